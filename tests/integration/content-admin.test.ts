import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { auditEvents, news, services, staffUsers } from '@/db/schema';
import { listForEditors } from '@/lib/content/admin';
import { getNews, listFaqs, listNews } from '@/lib/content/queries';
import { inlineScriptHashes, withScriptHashes, withStaticPageCsp } from '@/lib/security/static-page-csp.mjs';
import { bumpPublicPagesVersion } from '@/lib/security/static-paths.mjs';
import { isStaticPublicPath } from '@/lib/security/static-pages';
import { staticPageContentSecurityPolicy } from '@/lib/security/headers';
import { saveContentForm as saveContent } from '../helpers/as-action';
import { setupTestDatabase } from '../helpers/db';

const getDb = setupTestDatabase();

async function adminId(): Promise<string> {
  const db = await getDb();
  const [a] = await db.select().from(staffUsers).where(eq(staffUsers.username, 'admin'));
  return a.id;
}

const newsValues = (over: Record<string, string> = {}) => ({
  slug: `n-${randomUUID().slice(0, 8)}`,
  titleFa: 'خبر آزمایشی تازه',
  titleEn: 'A fresh test news item',
  bodyFa: 'متن **خبر**',
  bodyEn: 'News **text**',
  state: 'published',
  publishDate: '1405/01/01',
  publishTime: '08:00',
  ...over,
});

describe('content administration (use-case, real database)', () => {
  test('a save creates the row, writes one audit event with ids only, and the public read shows it', async () => {
    const staffId = await adminId();
    const values = newsValues();
    const saved = await saveContent({ staffId, kind: 'news', id: null, values });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect((await getNews(values.slug))?.titleEn).toBe('A fresh test news item');

    const db = await getDb();
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, 'content_created')));
    const mine = events.filter((e) => e.meta?.contentId === saved.data.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].meta).toEqual({ staffId, kind: 'news', contentId: saved.data.id, state: 'published' });
    // ids only: no title or body text in the audit row
    expect(JSON.stringify(mine[0])).not.toMatch(/خبر|news item|text/);

    const updated = await saveContent({
      staffId,
      kind: 'news',
      id: saved.data.id,
      values: { ...values, titleEn: 'Renamed' },
    });
    expect(updated.ok).toBe(true);
    expect((await getNews(values.slug))?.titleEn).toBe('Renamed');
    const updates = (
      await db.select().from(auditEvents).where(eq(auditEvents.type, 'content_updated'))
    ).filter((e) => e.meta?.contentId === saved.data.id);
    expect(updates).toHaveLength(1);
  });

  test('drafts, scheduled and unpublished rows never reach the public reads; editors see their status', async () => {
    const staffId = await adminId();
    const draft = newsValues({ state: 'draft' });
    const scheduled = newsValues({ publishDate: '2099-01-01' });
    const off = newsValues({ state: 'unpublished' });
    for (const values of [draft, scheduled, off]) {
      expect((await saveContent({ staffId, kind: 'news', id: null, values })).ok).toBe(true);
      expect(await getNews(values.slug)).toBeNull();
    }
    const publicSlugs = new Set((await listNews(500)).map((n) => n.slug));
    for (const v of [draft, scheduled, off]) expect(publicSlugs.has(v.slug)).toBe(false);
    const rows = await listForEditors('news');
    const status = (slug: string) => rows.find((r) => r.slug === slug)?.status;
    expect(status(draft.slug)).toBe('draft');
    expect(status(scheduled.slug)).toBe('scheduled');
    expect(status(off.slug)).toBe('unpublished');
    expect(rows.find((r) => r.slug === draft.slug)?.publicPath).toBe(`/news/${draft.slug}`);
  });

  test('bad input is refused with field keys; a taken slug is a field error; unknown rows are not found', async () => {
    const staffId = await adminId();
    const bad = await saveContent({
      staffId,
      kind: 'news',
      id: null,
      values: newsValues({ titleFa: '', publishDate: '1405/13/40' }),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.fieldErrors.titleFa).toEqual(['contentRequired']);
    expect(bad.fieldErrors.publishDate).toEqual(['contentDateInvalid']);

    const db = await getDb();
    const [existing] = await db.select().from(news).limit(1);
    const taken = await saveContent({
      staffId,
      kind: 'news',
      id: null,
      values: newsValues({ slug: existing.slug }),
    });
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.fieldErrors.slug).toEqual(['contentSlugTaken']);

    // A well-formed edit of a row that does not exist, of a forged id, or a new service (services
    // are created by migrations, never by editors): refused as not found.
    const [faq] = await listFaqs();
    const faqValues = {
      questionFa: faq.questionFa,
      questionEn: faq.questionEn,
      answerFa: faq.answerFa,
      answerEn: faq.answerEn,
      position: String(faq.position),
      state: 'published',
      publishDate: '1405/01/01',
      publishTime: '08:00',
    };
    const unknown = await saveContent({ staffId, kind: 'faq', id: randomUUID(), values: faqValues });
    expect(unknown).toMatchObject({ ok: false, formError: 'contentNotFound' });
    const notUuid = await saveContent({ staffId, kind: 'faq', id: "1' OR 1=1", values: faqValues });
    expect(notUuid).toMatchObject({ ok: false, formError: 'contentNotFound' });
    const [service] = await db.select().from(services).limit(1);
    const newService = await saveContent({
      staffId,
      kind: 'services',
      id: null,
      values: {
        nameFa: service.nameFa,
        nameEn: service.nameEn,
        descriptionFa: service.descriptionFa,
        descriptionEn: service.descriptionEn,
      },
    });
    expect(newService).toMatchObject({ ok: false, formError: 'contentNotFound' });
  });

  test('a service’s eligibility and deadline are edited with its texts; emptied, they are cleared', async () => {
    const staffId = await adminId();
    const db = await getDb();
    const [row] = await db.select().from(services).where(eq(services.slug, 'study-exemption'));
    const texts = {
      nameFa: row.nameFa,
      nameEn: row.nameEn,
      descriptionFa: row.descriptionFa,
      descriptionEn: row.descriptionEn,
    };
    const saved = await saveContent({
      staffId,
      kind: 'services',
      id: row.id,
      values: {
        ...texts,
        eligibilityFa: 'دانشجویان **پسر**',
        eligibilityEn: 'Male students',
        deadline: '۱۴۰۶/۰۳/۳۱',
      },
    });
    expect(saved.ok).toBe(true);
    const [after] = await db.select().from(services).where(eq(services.id, row.id));
    expect(after).toMatchObject({
      eligibilityFa: 'دانشجویان **پسر**',
      eligibilityEn: 'Male students',
      deadline: '2027-06-21',
    });
    expect(
      (await saveContent({ staffId, kind: 'services', id: row.id, values: { ...texts, deadline: '' } })).ok,
    ).toBe(true);
    const [cleared] = await db.select().from(services).where(eq(services.id, row.id));
    expect(cleared).toMatchObject({ eligibilityFa: null, eligibilityEn: null, deadline: null });
    // Put the seeded texts back for the other tests of this database.
    await db
      .update(services)
      .set({ eligibilityFa: row.eligibilityFa, eligibilityEn: row.eligibilityEn, deadline: row.deadline })
      .where(eq(services.id, row.id));
  });

  test('unpublishing a FAQ entry takes it off the public list', async () => {
    const staffId = await adminId();
    const [first] = await listFaqs();
    const res = await saveContent({
      staffId,
      kind: 'faq',
      id: first.id,
      values: {
        questionFa: first.questionFa,
        questionEn: first.questionEn,
        answerFa: first.answerFa,
        answerEn: first.answerEn,
        position: String(first.position),
        state: 'unpublished',
        publishDate: '2026-01-01',
        publishTime: '00:00',
      },
    });
    expect(res.ok).toBe(true);
    expect((await listFaqs()).some((f) => f.id === first.id)).toBe(false);
  });
});

describe('cached public pages: paths and hash-based CSP (server.mjs step)', () => {
  test('exactly the public content pages are served from cache', () => {
    for (const p of [
      '/fa',
      '/en/',
      '/fa/news',
      '/en/news/some-item',
      '/fa/faq',
      '/en/services',
      '/fa/exam-calendar',
      '/en/announcements',
      '/fa/guide',
    ])
      expect(isStaticPublicPath(p)).toBe(true);
    for (const p of [
      '/',
      '/fa/register',
      '/fa/login',
      '/en/university/content',
      '/fa/dashboard',
      '/fa/news/a/b',
      '/fa/news/UPPER',
      '/xx/faq',
      '/fa/forgot-password',
      '/api/health',
    ])
      expect(isStaticPublicPath(p)).toBe(false);
  });

  test('hashes cover inline scripts only and are appended to script-src', () => {
    const html = '<script src="/a.js"></script><script>self.x=1</script><script type="x">y</script>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    const policy = withScriptHashes(staticPageContentSecurityPolicy(), hashes);
    expect(policy).toContain(`script-src 'self' ${hashes.join(' ')};`);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/unsafe|nonce|strict-dynamic/);
  });

  test('over real HTTP: the marked page gets its hashes, gzip when asked, no-cache, and the marker is removed', async () => {
    const body = `<!DOCTYPE html><html><body>${'x'.repeat(2000)}<script>self.__next_f=[1]</script></body></html>`;
    let calls = 0;
    const handler = withStaticPageCsp((req, res) => {
      calls += 1;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', staticPageContentSecurityPolicy());
      if (req.url?.startsWith('/fa')) res.setHeader('x-portal-static-csp', '1');
      // Next writes in pieces; the accept-encoding it sees must be gone (no double compression).
      res.write(body.slice(0, 100));
      res.end(body.slice(100) + (req.headers['accept-encoding'] ? 'LEAK' : ''));
    });
    const server = createServer(handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/fa/faq`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding')).toBe('gzip');
      const raw = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get('x-portal-static-csp')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('public, no-cache');
      expect(res.headers.get('content-security-policy')).toContain(inlineScriptHashes(body)[0]);
      // fetch decompresses; the body is the page, whole
      expect(raw.toString('utf8')).toBe(body);
      // A revalidation is answered here, from the bytes, with the same policy as the page it confirms.
      const etag = res.headers.get('etag') ?? '';
      const again = await fetch(`http://127.0.0.1:${port}/fa/faq`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('content-security-policy')).toBe(res.headers.get('content-security-policy'));
      // The front cache: plain document requests are answered without Next until a content save.
      const before = calls;
      const cached = await fetch(`http://127.0.0.1:${port}/fa/faq`);
      expect(await cached.text()).toBe(body);
      expect(cached.headers.get('content-security-policy')).toBe(res.headers.get('content-security-policy'));
      expect(calls).toBe(before);
      await (await fetch(`http://127.0.0.1:${port}/fa/faq?_rsc=1`)).text();
      expect(calls).toBe(before + 1); // router requests always reach Next
      const signedIn = await fetch(`http://127.0.0.1:${port}/fa/faq`, {
        headers: { cookie: 'authjs.session-token=x' },
      });
      expect(signedIn.headers.get('set-cookie')).toMatch(/^portal-signed-in=1; Path=\//);
      expect(calls).toBe(before + 1);
      bumpPublicPagesVersion();
      await (await fetch(`http://127.0.0.1:${port}/fa/faq`)).text();
      expect(calls).toBe(before + 2); // a save drops the front cache at once
      const plain = await fetch(`http://127.0.0.1:${port}/en/register`);
      expect(plain.headers.get('content-security-policy')).toBe(staticPageContentSecurityPolicy());
    } finally {
      server.close();
    }
  });
});
