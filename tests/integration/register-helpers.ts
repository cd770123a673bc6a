import { randomValidNationalCode } from '../helpers/national-code';

let counter = 0;

/** A unique applicant per call (tests share the database on PostgreSQL). */
export function applicantForm(overrides: Record<string, string> = {}): Record<string, string> {
  counter += 1;
  const n = `${Date.now() % 1e6}${counter}${Math.floor(Math.random() * 1e3)}`.padStart(7, '0').slice(-7);
  return {
    rulesAccepted: '1404-01',
    nationality: 'IR',
    firstName: 'زهرا',
    lastName: 'کریمی',
    nationalCode: randomValidNationalCode(),
    birthYear: '1380',
    birthMonth: '1',
    birthDay: '21',
    mobile: `0935${n}`,
    email: `reg.${n}.${counter}@example.com`,
    password: 'Golestan-1404x',
    passwordConfirm: 'Golestan-1404x',
    mobileCode: '000000',
    emailCode: '000000',
    altcha: 'test-captcha',
    ...overrides,
  };
}
