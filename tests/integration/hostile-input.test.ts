/**
 * Hostile input against the shared form schemas (the same objects the browser and the server actions
 * use) and against the registration use-case on a real database. The identity validators' own
 * properties live in tests/unit/formats/properties.test.ts; these build on top of them.
 */
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { accounts } from '@/db/schema';
import { registerApplicant } from '@/lib/accounts/registration/register-applicant';
import { resetEnvCache } from '@/lib/env';
import { isValidNationalCode } from '@/lib/formats';
import { issueTestCode } from '../helpers/delivery';
import { registerSchema, REGISTER_FIELD_ORDER, type ApplicantKind } from '@/lib/validation/register';
import { serverChecks } from '@/lib/validation/server-checks';
import { echoValues } from '@/lib/validation/result';
import fa from '@/messages/fa.json';
import en from '@/messages/en.json';
import { setupTestDatabase } from '../helpers/db';
import { applicantForm } from './register-helpers';

process.env.CAPTCHA_TEST_ANSWER = 'test-captcha';
const getDb = setupTestDatabase();
beforeAll(() => resetEnvCache());

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const toScript = (s: string, digits: string) => s.replace(/\d/g, (d) => digits[Number(d)]);
/** Characters that must never reach the database: controls, bidi overrides and isolates, BOM. */
const FORBIDDEN_IN_OUTPUT = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\ufeff]/;

const hostileChars = fc.constantFrom(
  ...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩ابپتکگیيكهٔ‌ aAzZ@.+-_\'"<>;/\\%$`{}[]()\u0000\u0007\u202e\u202d\u2066\u2069\u200b\u200d\u200e\ufeff\u00a0\u0430\u0435'.split(
    '',
  ),
);
const hostileString = fc.oneof(
  fc.string({ unit: hostileChars, maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom("' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', 'x'.repeat(100_000)),
);
const anyValue = fc.oneof(hostileString, fc.anything({ maxDepth: 2 }));
const fieldNames = [...REGISTER_FIELD_ORDER, 'birthYear', 'birthMonth', 'birthDay'] as const;
const kinds: ApplicantKind[] = ['iranian', 'international'];
const knownKeys = new Set(Object.keys(fa.errors));

describe('registerSchema under hostile input', () => {
  test.each(kinds)('%s: never throws, and every message is a translated key', (kind) => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fieldNames), anyValue), (form) => {
        const result = registerSchema(kind, new Date(), serverChecks).safeParse(form);
        if (result.success) return;
        for (const issue of result.error.issues) {
          expect(knownKeys.has(issue.message)).toBe(true);
          expect(en.errors[issue.message as keyof typeof en.errors]).toBeTruthy();
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a valid form with one field replaced by junk either still parses clean or is refused on that field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fieldNames), hostileString, (field, junk) => {
        const form = { ...applicantForm(), [field]: junk };
        const result = registerSchema('iranian', new Date(), serverChecks).safeParse(form);
        if (!result.success) return;
        const out = result.data;
        for (const value of [out.firstName, out.lastName, out.email, out.mobile, out.nationalCode]) {
          expect(value ?? '').not.toMatch(FORBIDDEN_IN_OUTPUT);
        }
        expect(out.firstName + out.lastName).not.toMatch(/[يك]/);
        expect(out.nationalCode).toMatch(/^\d{10}$/);
        expect(isValidNationalCode(out.nationalCode!)).toBe(true);
        expect(out.mobile).toMatch(/^09\d{9}$/);
        expect(out.email).not.toMatch(/\s/);
      }),
      { numRuns: 600 },
    );
  });

  test('Persian, Arabic and mixed digits give exactly the same result as ASCII', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ascii', 'persian', 'arabic'), { minLength: 14, maxLength: 14 }),
        (scripts) => {
          const form = applicantForm();
          const ascii = registerSchema('iranian', new Date(), serverChecks).parse(form);
          const mixed = (s: string) =>
            [...s]
              .map((ch, i) =>
                scripts[i % 14] === 'persian'
                  ? toScript(ch, PERSIAN)
                  : scripts[i % 14] === 'arabic'
                    ? toScript(ch, ARABIC)
                    : ch,
              )
              .join('');
          const localized = { ...form };
          for (const f of ['nationalCode', 'mobile', 'birthYear', 'birthMonth', 'birthDay'] as const)
            localized[f] = mixed(form[f]);
          expect(registerSchema('iranian', new Date(), serverChecks).parse(localized)).toEqual(ascii);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('bidi overrides, zero-width characters and Arabic letters never survive in a name', () => {
    const form = applicantForm({ firstName: '\u202Eعلي\u200b\u200d  ', lastName: '\u2066كريمي\u2069' });
    const out = registerSchema('iranian', new Date(), serverChecks).parse(form);
    expect(out.firstName).toBe('علی');
    expect(out.lastName).toBe('کریمی');
  });

  test('a Cyrillic look-alike is not a Latin name on the international form', () => {
    const form = applicantForm({ firstName: 'Аnna' });
    const result = registerSchema('international', new Date(), serverChecks).safeParse({
      ...form,
      passportNumber: 'X1234567',
      citizenship: 'DE',
      mobile: '+4915112345678',
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path[0])).toContain('firstName');
  });

  test('echoValues never hands a password back, whatever the field names look like', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('password', 'passwordConfirm', 'firstName', '$ACTION_ID_x', 'newPassword'),
            fc.string(),
          ),
          fc.string(),
        ),
        (fields) => {
          const form = new FormData();
          for (const [k, v] of Object.entries(fields)) form.append(k, v);
          const echoed = echoValues(form);
          expect(Object.keys(echoed).some((k) => /password/i.test(k))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('registration use-case: hostile attempts never change a saved account', () => {
  const options = { locale: 'fa' as const, loginUrl: 'https://portal.example/fa/login' };

  async function issued(form: Record<string, string>) {
    const draft = registerSchema('iranian', new Date(), serverChecks).parse(form);
    const m = await issueTestCode('register-mobile', draft.mobile, 'sms');
    const e = await issueTestCode('register-email', draft.email, 'email');
    return registerSchema('iranian', new Date(), serverChecks).parse({
      ...form,
      mobileCode: m.code,
      emailCode: e.code,
    });
  }

  test('the same national code in Persian/Arabic digits, with bidi marks or spaces, is the same person', async () => {
    const original = applicantForm();
    const first = await registerApplicant(await issued(original), options);
    expect(first.ok).toBe(true);
    const db = await getDb();
    const [before] = await db.select().from(accounts).where(eq(accounts.username, original.nationalCode));

    const variants = [
      toScript(original.nationalCode, PERSIAN),
      toScript(original.nationalCode, ARABIC),
      `\u202E${original.nationalCode}\u202C`,
      ` ${original.nationalCode.slice(0, 3)}-${original.nationalCode.slice(3, 9)}-${original.nationalCode.slice(9)} `,
      `\u200c${original.nationalCode}\u200b`,
    ];
    for (const nationalCode of variants) {
      const attempt = applicantForm({
        nationalCode,
        firstName: 'مهاجم',
        password: 'Other-pass-99x',
        passwordConfirm: 'Other-pass-99x',
      });
      const parsed = registerSchema('iranian', new Date(), serverChecks).safeParse(attempt);
      if (!parsed.success) continue; // refused by the schema: nothing reached the database
      const outcome = await registerApplicant(await issued(attempt), options);
      expect(outcome).toMatchObject({ ok: false, formError: 'duplicateAccount' });
    }
    const rows = await db.select().from(accounts).where(eq(accounts.username, original.nationalCode));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(before);
  });

  test('a quote in an email is stored as text; markup in a name never gets in', async () => {
    const form = applicantForm({ email: `o'brien+${Date.now()}@example.com` });
    const outcome = await registerApplicant(await issued(form), options);
    expect(outcome.ok).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(accounts).where(eq(accounts.username, form.nationalCode));
    expect(row.email).toBe(form.email);
    // Markup in a name is refused by the schema (Persian letters only), so it never reaches a page.
    expect(
      registerSchema('iranian', new Date(), serverChecks).safeParse(applicantForm({ firstName: '<script>' }))
        .success,
    ).toBe(false);
  });
});
