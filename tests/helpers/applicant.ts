import { randomInt } from 'node:crypto';
import { createDevAccount } from '@/lib/accounts/registration/create-dev-account';
import { randomValidNationalCode } from './national-code';

export const TEST_PASSWORD = 'Secret-pass-1404';

/** Unique mobile in an allocated block (0912…), unique email: tests may share a PostgreSQL database. */
export function uniqueContact() {
  const mobile = `0912${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
  const email = `t${randomValidNationalCode()}${randomInt(0, 1000)}@example.com`;
  return { mobile, email };
}

/** An applicant created the way the dev endpoint does, with its completion deadline counted from `now`. */
export async function createApplicant(
  options: { now?: Date; status?: 'pre_registered' | 'profile_submitted' | 'approved' | 'rejected' } = {},
) {
  const { mobile, email } = uniqueContact();
  const result = await createDevAccount(
    {
      nationalCode: randomValidNationalCode(),
      password: TEST_PASSWORD,
      mobile,
      email,
      status: options.status,
    },
    { now: options.now },
  );
  if (!result.ok) throw new Error(`could not create test applicant: ${result.error}`);
  return result.account;
}

/** Valid step inputs as a person types them: Persian digits, dashes, Arabic «ي». */
export const PERSONAL_INPUT = {
  fatherName: 'علي',
  gender: 'male',
  birthPlace: 'تهران',
  address: 'تهران، خیابان انقلاب، کوچه یکم، پلاک ۱۲',
  postalCode: '۱۳۱۴۶-۶۷۸۹۱',
  landline: '۰۲۱-۶۶۱۲۳۴۵۶',
};

export const educationInput = (universityId: string) => ({
  educationStatus: 'student',
  universityId,
  foreignCountry: '',
  foreignUniversity: '',
  level: 'master',
  field: 'مهندسی کامپیوتر',
  studentNumber: '۴۰۱۲۳۴۵۶',
  entryYear: '۱۴۰۱',
  graduationDate: '',
});
