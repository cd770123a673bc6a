import { isCommonPassword } from '@/lib/validation/common-passwords';
import { passwordStrength } from '@/lib/validation/password';
import { registerSchema } from '@/lib/validation/register';
import { serverChecks } from '@/lib/validation/server-checks';
import { normalizePersonName } from '@/lib/validation/text';
import { applicantForm } from '../../integration/register-helpers';

const today = new Date('2026-01-01T12:00:00Z');
// What the server actions run; the browser runs the same schema without the server-only checks.
const fa = registerSchema('iranian', today, serverChecks);
const en = registerSchema('international', today, serverChecks);
const faBrowser = registerSchema('iranian', today);

function errorsOf(schema: typeof fa, form: Record<string, string>): Record<string, string[]> {
  const result = schema.safeParse(form);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
}

describe('registration schema (fa)', () => {
  test('a complete form passes and is normalized', () => {
    const form = applicantForm({
      firstName: ' علي  رضا ',
      mobile: '+98 912 123 4567',
      birthYear: '۱۳۸۰',
      birthDay: '٢١',
      mobileCode: '۱۲۳۴۵۶',
    });
    const code = form.nationalCode;
    form.nationalCode = code.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    const data = fa.parse(form);
    expect(data.nationalCode).toBe(code);
    expect(data.firstName).toBe('علی رضا');
    expect(data.mobile).toBe('09121234567');
    expect(data.birthDate).toBe('2001-04-10');
    expect(data.mobileCode).toBe('123456');
  });

  test('an empty form lists every required message', () => {
    expect(errorsOf(fa, {})).toEqual({
      firstName: ['firstNameRequired'],
      lastName: ['lastNameRequired'],
      nationalCode: ['nationalCodeInvalid'],
      mobile: ['mobileRequired'],
      email: ['emailRequired'],
      password: ['passwordRequired'],
      mobileCode: ['mobileCodeInvalid'],
      emailCode: ['emailCodeInvalid'],
      altcha: ['captchaRequired'],
      rulesAccepted: ['rulesNotAccepted'],
      nationality: ['nationalityRequired'],
      birthDate: ['birthDateRequired'],
      passwordConfirm: ['passwordConfirmRequired'],
    });
  });

  test.each([
    [{ nationalCode: '1234567890' }, 'nationalCode', 'nationalCodeInvalid'],
    [{ mobile: '0812345678' }, 'mobile', 'mobileInvalid'],
    [{ email: 'not-an-email' }, 'email', 'emailInvalid'],
    [{ firstName: 'Ali' }, 'firstName', 'firstNamePersian'],
    [{ lastName: 'ک' }, 'lastName', 'lastNameLength'],
    [{ password: 'abc1', passwordConfirm: 'abc1' }, 'password', 'passwordTooShort'],
    [{ password: 'abcdefghij', passwordConfirm: 'abcdefghij' }, 'password', 'passwordNoDigit'],
    [{ password: 'password1', passwordConfirm: 'password1' }, 'password', 'passwordCommon'],
    [{ passwordConfirm: 'Golestan-1404y' }, 'passwordConfirm', 'passwordsDiffer'],
    [{ birthYear: '1990' }, 'birthDate', 'birthDateGregorianYear'],
    [{ birthMonth: '12', birthDay: '31', birthYear: '1401' }, 'birthDate', 'birthDateInvalid'],
    [{ birthYear: '1395' }, 'birthDate', 'birthDateAge'],
    [{ birthYear: '1280' }, 'birthDate', 'birthDateAge'],
    [{ birthYear: '1410' }, 'birthDate', 'birthDateFuture'],
    [{ mobileCode: '12345' }, 'mobileCode', 'mobileCodeInvalid'],
    [{ emailCode: 'abcdef' }, 'emailCode', 'emailCodeInvalid'],
    [{ rulesAccepted: '' }, 'rulesAccepted', 'rulesNotAccepted'],
    [{ nationality: 'other' }, 'nationality', 'nationalityRequired'],
  ])('%j → %s: %s', (overrides, field, message) => {
    expect(errorsOf(fa, applicantForm(overrides as Record<string, string>))[field]).toContain(message);
  });

  test('a password containing the national code or the mobile is refused', () => {
    const form = applicantForm();
    const withCode = `x${form.nationalCode}`;
    expect(errorsOf(fa, { ...form, password: withCode, passwordConfirm: withCode }).password).toContain(
      'passwordContainsIdentifier',
    );
    const withMobile = `p${form.mobile.slice(1)}`;
    expect(errorsOf(fa, { ...form, password: withMobile, passwordConfirm: withMobile }).password).toContain(
      'passwordContainsIdentifier',
    );
  });
});

describe('registration schema in the browser (no common-password list)', () => {
  test('a common password passes the browser copy and is refused by the server copy', () => {
    const form = applicantForm({ password: 'password1', passwordConfirm: 'password1' });
    expect(errorsOf(faBrowser, form).password).toBeUndefined();
    expect(errorsOf(fa, form).password).toEqual(['passwordCommon']);
  });
  test('every other password rule runs in the browser too', () => {
    const short = applicantForm({ password: 'abc1', passwordConfirm: 'abc1' });
    expect(errorsOf(faBrowser, short).password).toContain('passwordTooShort');
    const form = applicantForm();
    const withCode = `x${form.nationalCode}`;
    expect(
      errorsOf(faBrowser, { ...form, password: withCode, passwordConfirm: withCode }).password,
    ).toContain('passwordContainsIdentifier');
  });
});

describe('registration schema (en)', () => {
  const enForm = (o: Record<string, string> = {}) =>
    applicantForm({
      firstName: 'Amina',
      lastName: 'Okafor',
      nationalCode: '',
      passportNumber: 'A1234567',
      citizenship: 'NG',
      birthYear: '2001',
      birthMonth: '3',
      birthDay: '5',
      mobile: '+234 803 123 4567',
      ...o,
    });
  test('passes with a foreign mobile in E.164', () => {
    expect(en.parse(enForm()).mobile).toBe('+2348031234567');
  });
  test.each([
    [{ firstName: 'علی' }, 'firstName', 'firstNameLatin'],
    [{ citizenship: 'IR' }, 'citizenship', 'citizenshipInvalid'],
    [{ passportNumber: '' }, 'passportNumber', 'passportRequired'],
    [{ mobile: '12345' }, 'mobile', 'mobileInvalidInternational'],
    [{ birthMonth: '2', birthDay: '30' }, 'birthDate', 'birthDateInvalid'],
  ])('%j → %s: %s', (overrides, field, message) => {
    expect(errorsOf(en as unknown as typeof fa, enForm(overrides))[field]).toContain(message);
  });
});

describe('helpers', () => {
  test('names: Arabic letters become Persian, ZWNJ kept, spaces collapsed', () => {
    expect(normalizePersonName('  محمد\u200Cكاظم   يزدي ')).toBe('محمد\u200Cکاظم یزدی');
  });
  test('common passwords are refused case-insensitively; strength grows with length and variety', () => {
    expect(isCommonPassword('Password1')).toBe(true);
    expect(isCommonPassword('Golestan-1404x')).toBe(false);
    expect(passwordStrength('')).toBe('empty');
    expect(passwordStrength('abc')).toBe('weak');
    expect(passwordStrength('kooh1234z')).toBe('fair');
    expect(passwordStrength('Kooh-Damavand-1404')).toBe('strong');
  });
});
