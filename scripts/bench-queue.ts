/**
 * The review queue on PostgreSQL with many applicants (`npm run bench -- queue`, and part of the full
 * `npm run bench`): seeds BENCH_QUEUE_APPLICANTS (default 100,000) submitted applicants into the
 * DATABASE_URL given by scripts/bench.mjs (a scratch database), then times the use-case the page calls
 * (listReviewQueue: the page's rows and the count of waiting applicants) for a reviewer's first page,
 * a page deep in the queue, and searches, and an administrator's first page. Prints one JSON line per
 * measurement (`QUEUE {...}`) for bench.mjs to tabulate.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { universities } from '../db/schema';
import { encodeCursor, listReviewQueue } from '../lib/review/list-review-queue';

const N = Number(process.env.BENCH_QUEUE_APPLICANTS ?? 100_000);
const RUNS = Number(process.env.BENCH_QUEUE_RUNS ?? 200);
const LAST_NAMES = ['احمدی', 'محمدی', 'حسینی', 'رضایی', 'کریمی', 'موسوی', 'جعفری', 'قاسمی', 'صادقی', 'هاشمی'];
const FIRST_NAMES = ['علی', 'مریم', 'حسین', 'زهرا', 'محمد', 'فاطمه', 'رضا', 'سارا', 'امیر', 'نرگس'];

/** A PostgreSQL array literal (drizzle would expand a JS array into a row). */
const pgArray = (xs: string[]) => `{${xs.join(',')}}`;

async function seedApplicants(): Promise<{ demoId: string }> {
  const db = await getDb();
  const unis = await db.select({ id: universities.id, slug: universities.slug }).from(universities);
  const demo = unis.find((u) => u.slug === 'demo-university')!;
  const others = unis.filter((u) => u.id !== demo.id).map((u) => u.id);
  const started = performance.now();
  // One statement each: applicants i = 1…N, 60 % at the demo university, 70 % waiting, submitted one
  // second apart (newest last), national codes 10 digits and unique.
  await db.execute(sql`
    insert into accounts (kind, username, national_code, first_name, last_name, birth_date, mobile, email,
      password_hash, rules_version, rules_accepted_at, status, status_changed_at, completion_deadline,
      created_at, updated_at)
    select 'iranian', lpad(i::text, 10, '0'), lpad(i::text, 10, '0'),
      (${pgArray(FIRST_NAMES)}::text[])[1 + i % 10], (${pgArray(LAST_NAMES)}::text[])[1 + (i / 10) % 10] || (i % 1000)::text,
      '2000-01-01', '0912' || lpad(i::text, 7, '0'), 'bench' || i || '@example.com', 'x', 'bench', now(),
      (case when (i / 7) % 10 < 7 then 'profile_submitted' when (i / 7) % 10 < 8 then 'rejected' else 'approved' end)::account_status,
      now(), now() + interval '30 days', now(), now()
    from generate_series(1, ${N}) as i`);
  await db.execute(sql`
    insert into profiles (account_id, university_id, completed_step, submitted_at, review_status, updated_at)
    select a.id,
      case when (a.username::bigint % 10) < 6 then ${demo.id}::uuid
           else (${pgArray(others)}::uuid[])[1 + (a.username::bigint % ${others.length})] end,
      3, now() - ((${N} - a.username::bigint) * interval '1 second'), a.status, now()
    from accounts a where a.rules_version = 'bench'`);
  await db.execute(sql`
    insert into review_queue_counts (university_key, waiting)
    select university_id, count(*)::int from profiles where review_status = 'profile_submitted' group by 1
    on conflict (university_key) do update set waiting = excluded.waiting`);
  // What autovacuum does on a live server: statistics and the visibility map (index-only scans).
  await db.execute(sql`vacuum analyze accounts`);
  await db.execute(sql`vacuum analyze profiles`);
  console.info(`seeded ${N} applicants in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { demoId: demo.id };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function measure(name: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 20; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.info(
    `QUEUE ${JSON.stringify({ name, runs: RUNS, p50: percentile(times, 0.5), p99: percentile(times, 0.99) })}`,
  );
}

async function main(): Promise<void> {
  await prepareDatabase();
  const { demoId } = await seedApplicants();
  const reviewer = { role: 'reviewer' as const, universityId: demoId };
  const admin = { role: 'admin' as const, universityId: null };
  const db = await getDb();
  // The cursor of the waiting row in the middle of the reviewer's queue (OFFSET here only to find it).
  const [middle] = (await db.execute(sql`
    select p.submitted_at, p.account_id from profiles p join accounts a on a.id = p.account_id
    where p.university_id = ${demoId} and a.status = 'profile_submitted'
    order by p.submitted_at, p.account_id offset ${Math.floor(N * 0.6 * 0.7 * 0.5)} limit 1`)) as unknown as Array<{
    submitted_at: string;
    account_id: string;
  }>;
  const deep = encodeCursor({ submittedAt: new Date(middle.submitted_at), id: middle.account_id });
  const first = await listReviewQueue(reviewer);
  const [someone] = (await db.execute(sql`
    select a.national_code from accounts a join profiles p on p.account_id = a.id
    where p.university_id = ${demoId} and a.status = 'profile_submitted' order by a.national_code desc limit 1`)) as unknown as Array<{
    national_code: string;
  }>;
  console.info(`reviewer queue: ${first.waiting} waiting, first page ${first.rows.length} rows`);

  await measure('reviewer: first page', () => listReviewQueue(reviewer));
  await measure('reviewer: page in the middle of the queue', () =>
    listReviewQueue(reviewer, { after: deep }),
  );
  await measure('reviewer: search by national code', () =>
    listReviewQueue(reviewer, { q: someone.national_code }),
  );
  await measure('reviewer: search by last name (10 % match)', () =>
    listReviewQueue(reviewer, { q: 'کریمی' }),
  );
  await measure('administrator: first page, all universities', () => listReviewQueue(admin));
  await measure('administrator: all statuses, search by name', () =>
    listReviewQueue(admin, { q: 'حسینی۱۲', status: 'all' }),
  );
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error('bench-queue failed:', error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
