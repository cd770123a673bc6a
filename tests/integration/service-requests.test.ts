import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { deliveries, documents, profiles, universities } from '@/db/schema';
import { listOutbox } from '../helpers/delivery';
import { resetDocumentStorage } from '@/lib/documents/storage';
import { storeDocument } from '@/lib/documents/store-document';
import { resetEnvCache } from '@/lib/env';
import { decideServiceRequest } from '@/lib/requests/decide-service-request';
import { getOwnRequest } from '@/lib/requests/get-own-request';
import { createApplicant } from '../helpers/applicant';
import { setupTestDatabase } from '../helpers/db';
import { createStaffMember } from '../helpers/staff';
import { fileRequest } from '../helpers/as-action';

const DATA = mkdtempSync(path.join(tmpdir(), 'requests-test-'));
process.env.DATA_DIR = DATA;
const getDb = setupTestDatabase();
beforeAll(() => {
  resetEnvCache();
  resetDocumentStorage();
});
afterAll(() => rmSync(DATA, { recursive: true, force: true }));

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const pdfStream = () =>
  new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(PDF);
      c.close();
    },
  });

async function upload(accountId: string, kind: string): Promise<string> {
  const r = await storeDocument({
    accountId,
    kind,
    purpose: 'request',
    body: pdfStream(),
    fileName: `${kind}.pdf`,
  });
  if (!r.ok) throw new Error(`upload refused: ${r.error}`);
  return r.document.id;
}

const DESCRIPTION = 'درخواست معافیت تحصیلی برای مقطع کارشناسی ارشد';

async function fileExemption(accountId: string) {
  const enrollment = await upload(accountId, 'enrollment');
  const military = await upload(accountId, 'military');
  const filed = await fileRequest(accountId, 'study-exemption', {
    description: DESCRIPTION,
    document_enrollment: enrollment,
    document_military: military,
  });
  if (!filed.ok) throw new Error(`not filed: ${JSON.stringify(filed)}`);
  return { trackingNumber: filed.data.trackingNumber, enrollment, military };
}

describe('filing a request with its documents', () => {
  test('the required documents are asked for, must be the applicant’s own, and are attached', async () => {
    const account = await createApplicant({ status: 'approved' });
    const other = await createApplicant({ status: 'approved' });
    expect(await fileRequest(account.id, 'study-exemption', { description: DESCRIPTION })).toMatchObject({
      ok: false,
      fieldErrors: {
        document_enrollment: ['documentRequired_enrollment'],
        document_military: ['documentRequired_military'],
      },
    });
    // Someone else's upload, or one of the wrong kind, is not accepted in its place.
    const foreign = await upload(other.id, 'enrollment');
    const wrongKind = await upload(account.id, 'transcript');
    expect(
      await fileRequest(account.id, 'study-exemption', {
        description: DESCRIPTION,
        document_enrollment: foreign,
        document_military: wrongKind,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        document_enrollment: ['documentRequired_enrollment'],
        document_military: ['documentRequired_military'],
      },
    });

    const { trackingNumber, enrollment, military } = await fileExemption(account.id);
    const request = await getOwnRequest(account.id, trackingNumber.toLowerCase());
    expect(request).toMatchObject({
      status: 'submitted',
      serviceSlug: 'study-exemption',
      details: { description: DESCRIPTION },
    });
    expect(request!.documents.map((d) => d.id).sort()).toEqual([enrollment, military].sort());
    expect(request!.events.map((e) => e.status)).toEqual(['submitted']);
    // Not visible to another applicant, and a filed document cannot be filed again.
    expect(await getOwnRequest(other.id, trackingNumber)).toBeNull();
    expect(
      await fileRequest(account.id, 'study-exemption', {
        description: DESCRIPTION,
        document_enrollment: enrollment,
        document_military: military,
      }),
    ).toMatchObject({ ok: false });
    const db = await getDb();
    const rows = await db.select().from(documents).where(eq(documents.id, enrollment));
    expect(rows[0].requestId).toBe(request!.id);
  });
});

describe('moving a request: filed → under review → decided', () => {
  test('each step is recorded on the timeline and the applicant is told by email and SMS', async () => {
    const account = await createApplicant({ status: 'approved' });
    const { trackingNumber } = await fileExemption(account.id);

    // No skipping the review, and a rejection needs a reason.
    expect(await decideServiceRequest({ kind: 'system' }, trackingNumber, 'approved')).toEqual({
      ok: false,
      error: 'invalidTransition',
    });
    expect((await decideServiceRequest({ kind: 'system' }, trackingNumber, 'in_review')).ok).toBe(true);
    // Queued through notify() with the change (email + SMS), not sent inline; a refused step queues nothing.
    const db = await getDb();
    const queued = async () =>
      (await db.select().from(deliveries).where(eq(deliveries.template, 'requestStatusChanged'))).filter(
        (d) => d.to === account.email || d.to === account.mobile,
      );
    expect((await queued()).map((d) => d.channel).sort()).toEqual(['email', 'sms']);
    expect(await decideServiceRequest({ kind: 'system' }, trackingNumber, 'rejected', '  ')).toEqual({
      ok: false,
      error: 'reasonRequired',
    });
    expect(
      (
        await decideServiceRequest(
          { kind: 'system' },
          trackingNumber,
          'rejected',
          'گواهی اشتغال به تحصیل منقضی شده است',
        )
      ).ok,
    ).toBe(true);
    expect(await decideServiceRequest({ kind: 'system' }, trackingNumber, 'approved')).toEqual({
      ok: false,
      error: 'invalidTransition',
    });
    expect(await queued()).toHaveLength(4);

    const request = await getOwnRequest(account.id, trackingNumber);
    expect(request).toMatchObject({
      status: 'rejected',
      decisionReason: 'گواهی اشتغال به تحصیل منقضی شده است',
    });
    expect(request!.events.map((e) => e.status)).toEqual(['submitted', 'in_review', 'rejected']);

    const mails = await listOutbox({ to: account.email, channel: 'email' });
    const about = mails.filter((m) => m.subject?.includes(trackingNumber));
    expect(about.map((m) => m.subject)).toEqual([
      `درخواست ${trackingNumber}: رد شده`,
      `درخواست ${trackingNumber}: در حال بررسی`,
    ]);
    expect(about[0].body).toContain('توضیح کارشناس: گواهی اشتغال به تحصیل منقضی شده است');
    expect(about[0].body).toContain('«صدور معافیت تحصیلی»');
    const sms = (await listOutbox({ to: account.mobile, channel: 'sms' })).filter((m) =>
      m.body.includes(trackingNumber),
    );
    expect(sms).toHaveLength(2);
  });

  test('staff move only requests of their own university; others get notFound', async () => {
    const account = await createApplicant({ status: 'approved' });
    const db = await getDb();
    const unis = await db.select({ id: universities.id, slug: universities.slug }).from(universities);
    const demo = unis.find((u) => u.slug === 'demo-university')!.id;
    const tehran = unis.find((u) => u.slug === 'university-of-tehran')!.id;
    await db.insert(profiles).values({ accountId: account.id, universityId: demo, completedStep: 3 });
    const { trackingNumber } = await fileExemption(account.id);
    const tehranReviewer = await createStaffMember('reviewer', 'university-of-tehran');
    const demoReviewer = await createStaffMember('reviewer', 'demo-university');
    expect(tehranReviewer.universityId).toBe(tehran);

    expect(
      await decideServiceRequest({ kind: 'staff', staff: tehranReviewer }, trackingNumber, 'in_review'),
    ).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(
      (await decideServiceRequest({ kind: 'staff', staff: demoReviewer }, trackingNumber, 'in_review')).ok,
    ).toBe(true);
    // The timeline names the reviewer who moved it (a real staff row: the column references staff_users).
    const request = await getOwnRequest(account.id, trackingNumber);
    expect(request!.events.map((e) => e.status)).toEqual(['submitted', 'in_review']);
    expect(await decideServiceRequest({ kind: 'system' }, 'SA-14050101-ZZZZZZ', 'in_review')).toEqual({
      ok: false,
      error: 'notFound',
    });
  });
});
