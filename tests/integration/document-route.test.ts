import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { profiles, universities, type Account, type StaffUser } from '@/db/schema';
import { resetDocumentStorage } from '@/lib/documents/storage';
import { storeDocument } from '@/lib/documents/store-document';
import { resetEnvCache } from '@/lib/env';
import { createApplicant } from '../helpers/applicant';
import { setupTestDatabase } from '../helpers/db';
import { createStaffMember } from '../helpers/staff';

/**
 * GET /api/documents/{id} as the browser reaches it, with the session stubbed to who is signed in
 * (getCurrentAccount / getCurrentStaff read cookies, which a route test has none of). The staff rows
 * are real (staff:create), so the decision is the server's: role plus the applicant's university.
 */
const signedIn: { account: Account | null; staff: StaffUser | null } = { account: null, staff: null };
jest.mock('@/lib/auth/session', () => ({
  getCurrentAccount: async () => signedIn.account,
  getCurrentStaff: async () => signedIn.staff,
}));

import { GET } from '@/app/api/documents/[id]/route';

const DATA = mkdtempSync(path.join(tmpdir(), 'document-route-test-'));
process.env.DATA_DIR = DATA;
const getDb = setupTestDatabase();
beforeAll(() => {
  resetEnvCache();
  resetDocumentStorage();
});
afterAll(() => rmSync(DATA, { recursive: true, force: true }));

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function get(id: string, who: Partial<typeof signedIn>): Promise<Response> {
  signedIn.account = who.account ?? null;
  signedIn.staff = who.staff ?? null;
  return GET(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) });
}

test('staff of the applicant’s university and admins open a document; another university’s reviewer gets 404', async () => {
  const db = await getDb();
  const [demo] = await db.select().from(universities).where(eq(universities.slug, 'demo-university'));
  const owner = await createApplicant();
  await db.insert(profiles).values({ accountId: owner.id, universityId: demo.id, completedStep: 2 });
  const stored = await storeDocument({
    accountId: owner.id,
    kind: 'identity',
    purpose: 'profile',
    body: new ReadableStream({
      start(c) {
        c.enqueue(PDF);
        c.close();
      },
    }),
    fileName: 'کارت ملی.pdf',
  });
  if (!stored.ok) throw new Error(`upload refused: ${stored.error}`);
  const id = stored.document.id;

  const demoReviewer = await createStaffMember('reviewer', 'demo-university');
  const otherReviewer = await createStaffMember('reviewer', 'university-of-tehran');
  const admin = await createStaffMember('admin');
  const stranger = await createApplicant();

  const own = await get(id, { account: owner });
  expect(own.status).toBe(200);
  expect(own.headers.get('Content-Type')).toBe('application/pdf');
  expect(Buffer.from(await own.arrayBuffer())).toEqual(PDF);

  expect((await get(id, { staff: demoReviewer })).status).toBe(200);
  expect((await get(id, { staff: admin })).status).toBe(200);

  // Another university's reviewer: the same 404 as a document that does not exist, nothing of it.
  const other = await get(id, { staff: otherReviewer });
  expect(other.status).toBe(404);
  expect(await other.json()).toEqual({ error: 'not_found' });
  expect((await get(id, { account: stranger })).status).toBe(404);
  expect((await get(id, {})).status).toBe(404);
  expect((await get(id, { staff: { ...demoReviewer, disabledAt: new Date() } })).status).toBe(404);

  // Moving the applicant to another university moves who may read: checked on every request.
  await db
    .update(profiles)
    .set({ universityId: otherReviewer.universityId })
    .where(eq(profiles.accountId, owner.id));
  expect((await get(id, { staff: demoReviewer })).status).toBe(404);
  expect((await get(id, { staff: otherReviewer })).status).toBe(200);
});
