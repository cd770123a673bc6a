import { toPersianDigits } from '@/lib/formats/digits';
import { and, eq, like } from 'drizzle-orm';
import { accounts, outboxMessages, verificationCodes } from '@/db/schema';
import { registerApplicant } from '@/lib/accounts/registration/register-applicant';
import { resetEnvCache } from '@/lib/env';
import { verifyPassword } from '@/lib/crypto/password';
import { drainDeliveries } from '@/lib/delivery/worker';
import { issueTestCode } from '../helpers/delivery';
import { registerSchema } from '@/lib/validation/register';
import { serverChecks } from '@/lib/validation/server-checks';
import { setupTestDatabase } from '../helpers/db';
import { applicantForm } from './register-helpers';

process.env.CAPTCHA_TEST_ANSWER = 'test-captcha';
const getDb = setupTestDatabase();
beforeAll(() => resetEnvCache());

const options = { locale: 'fa' as const, loginUrl: 'https://portal.example/fa/login' };

/** A schema-valid input whose two codes were really issued. */
async function validInput(
  overrides: Record<string, string> = {},
  kind: 'iranian' | 'international' = 'iranian',
) {
  const form = applicantForm(overrides);
  const draft = registerSchema(kind, new Date(), serverChecks).parse(form);
  const m = await issueTestCode('register-mobile', draft.mobile, 'sms');
  const e = await issueTestCode('register-email', draft.email, 'email');
  return registerSchema(kind, new Date(), serverChecks).parse({
    ...form,
    mobileCode: m.code,
    emailCode: e.code,
  });
}

describe('registerApplicant', () => {
  test('creates a pre-registered account and emails the username, never the password', async () => {
    const input = await validInput();
    const now = new Date();
    const outcome = await registerApplicant(input, { ...options, now });
    expect(outcome).toMatchObject({ ok: true, username: input.nationalCode });
    const db = await getDb();
    const [row] = await db.select().from(accounts).where(eq(accounts.username, input.nationalCode!));
    expect(row).toMatchObject({
      kind: 'iranian',
      status: 'pre_registered',
      mobile: input.mobile,
      email: input.email,
      birthDate: '2001-04-10',
      rulesVersion: '1404-01',
      locale: 'fa',
    });
    expect(row.mobileVerifiedAt).not.toBeNull();
    expect(row.emailVerifiedAt).not.toBeNull();
    expect(row.completionDeadline.getTime() - now.getTime()).toBe(30 * 86_400_000);
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(row.passwordHash, input.password)).toBe(true);
    await drainDeliveries({ to: input.email });
    const mails = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.to, input.email), like(outboxMessages.body, '%portal.example/fa/login%')));
    expect(mails).toHaveLength(1);
    // The username in Persian digits, as every number in a Persian email body (issue 10, defect 7).
    expect(mails[0].body).toContain(toPersianDigits(input.nationalCode!));
    expect(mails[0].body).not.toContain(input.password);
  });

  test('a wrong human-check proof stops before the codes are tried', async () => {
    const input = await validInput();
    const outcome = await registerApplicant({ ...input, altcha: 'nope' }, options);
    expect(outcome).toEqual({ ok: false, fieldErrors: { altcha: ['captchaInvalid'] } });
    const db = await getDb();
    const [code] = await db
      .select()
      .from(verificationCodes)
      .where(eq(verificationCodes.target, input.mobile));
    expect(code.attempts).toBe(0);
  });

  test('a wrong mobile code is refused, costs a try, and leaves the email code usable', async () => {
    const input = await validInput();
    const wrong = input.mobileCode === '999999' ? '888888' : '999999';
    const outcome = await registerApplicant({ ...input, mobileCode: wrong }, options);
    expect(outcome).toEqual({ ok: false, fieldErrors: { mobileCode: ['mobileCodeInvalid'] } });
    const db = await getDb();
    const [code] = await db
      .select()
      .from(verificationCodes)
      .where(eq(verificationCodes.target, input.mobile));
    expect(code.attempts).toBe(1);
    expect(await registerApplicant(input, options)).toMatchObject({ ok: true });
  });

  test('two simultaneous registrations with one national code: one account, one duplicate answer', async () => {
    const first = await validInput();
    const second = await validInput({ nationalCode: first.nationalCode! });
    const outcomes = await Promise.all([
      registerApplicant(first, options),
      registerApplicant(second, options),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([
      { ok: false, fieldErrors: {}, formError: 'duplicateAccount' },
    ]);
    const db = await getDb();
    const rows = await db.select().from(accounts).where(eq(accounts.nationalCode, first.nationalCode!));
    expect(rows).toHaveLength(1);
    // The loser's codes were not used up: the transaction rolled back.
    const loser = outcomes[0].ok ? second : first;
    const [code] = await db
      .select()
      .from(verificationCodes)
      .where(eq(verificationCodes.target, loser.mobile));
    expect(code.consumedAt).toBeNull();
  });

  test('a later duplicate gets the duplicate answer', async () => {
    const first = await validInput();
    expect((await registerApplicant(first, options)).ok).toBe(true);
    const again = await validInput({ nationalCode: first.nationalCode! });
    expect(await registerApplicant(again, options)).toMatchObject({ formError: 'duplicateAccount' });
  });

  test('an international student registers with the email as username', async () => {
    const input = await validInput(
      {
        firstName: 'Amina',
        lastName: "O'Neil",
        nationality: '',
        nationalCode: '',
        passportNumber: 'a 1234567',
        citizenship: 'NG',
        birthYear: '2001',
        birthMonth: '3',
        birthDay: '5',
        mobile: `+234 80 ${String(Date.now()).slice(-8)}`,
      },
      'international',
    );
    const outcome = await registerApplicant(input, { ...options, locale: 'en' });
    expect(outcome).toMatchObject({ ok: true, username: input.email });
    const db = await getDb();
    const [row] = await db.select().from(accounts).where(eq(accounts.username, input.email));
    expect(row).toMatchObject({
      kind: 'international',
      nationalCode: null,
      passportNumber: 'A1234567',
      citizenship: 'NG',
      birthDate: '2001-03-05',
      locale: 'en',
    });
    expect(row.mobile).toMatch(/^\+23480\d{8}$/);
  });
});
