import { sql } from 'drizzle-orm';
import { connection } from '@/db/client';
import { seed } from '@/db/seed';
import { departments, news, services, universities } from '@/db/schema';
import { listDepartmentsWithServices, listNews } from '@/lib/content/queries';
import { deliver } from '@/lib/delivery';
import { listOutbox } from '../helpers/delivery';
import { setupTestDatabase, usingPostgres } from '../helpers/db';
import { randomValidNationalCode } from '../helpers/national-code';

const getDb = setupTestDatabase();

describe('database foundation', () => {
  test('runs on the engine the environment asks for', async () => {
    expect((await connection()).kind).toBe(usingPostgres() ? 'postgres' : 'pglite');
  });

  test('migrations and seed are idempotent', async () => {
    const db = await getDb();
    const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(services))[0].n;
    const before = await count();
    await (await connection()).migrate();
    await seed(db);
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThan(5);
  });

  test('seed has the demo university and the spec news', async () => {
    const db = await getDb();
    const slugs = (await db.select({ slug: universities.slug }).from(universities)).map((r) => r.slug);
    expect(slugs).toContain('demo-university');
    const titles = (await db.select({ t: news.titleFa }).from(news)).map((r) => r.t);
    expect(titles).toContain('درخواست ارز اولیه دانشجویی');
    const deps = (await db.select({ n: departments.nameFa }).from(departments)).map((r) => r.n);
    expect(deps).toContain('اداره کل بورس و اعزام دانشجویان');
  });

  test('news come newest first', async () => {
    const items = await listNews();
    const times = items.map((i) => i.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  test('services are grouped under their departments', async () => {
    const grouped = await listDepartmentsWithServices();
    expect(grouped.length).toBeGreaterThanOrEqual(3);
    for (const d of grouped) for (const s of d.services) expect(s.departmentId).toBe(d.id);
  });
});

describe('dev outbox', () => {
  test('stores every channel and filters by recipient and channel, newest first', async () => {
    // Unique recipients per run: the PostgreSQL pass shares one database between test files.
    const mobile = `09${randomValidNationalCode().slice(0, 9)}`;
    const email = `u${randomValidNationalCode()}@example.com`;
    expect((await deliver({ channel: 'sms', to: mobile, body: 'کد: 123456', code: '123456' })).ok).toBe(true);
    expect((await deliver({ channel: 'voice', to: mobile, body: 'code 654321', code: '654321' })).ok).toBe(
      true,
    );
    expect((await deliver({ channel: 'email', to: email, subject: 'Subject', body: 'Body' })).ok).toBe(true);

    const forMobile = await listOutbox({ to: mobile });
    expect(forMobile.map((m) => m.channel)).toEqual(['voice', 'sms']);
    expect(forMobile[1].body).toContain('123456');
    expect(await listOutbox({ to: mobile, channel: 'sms' })).toHaveLength(1);
    const [mail] = await listOutbox({ to: email });
    expect(mail).toMatchObject({ channel: 'email', subject: 'Subject', body: 'Body' });
  });
});
