import { isValidPostalCode, normalizeLandline } from '@/lib/validation/profile-fields';
import { educationSchema, personalSchema } from '@/lib/validation/profile';
import { serviceRequestSchema } from '@/lib/validation/service-request';
import { newTrackingNumber, TRACKING_NUMBER } from '@/lib/requests/tracking-number';

const UNI = '5b0c3a8e-1f2d-4c3b-9a7e-2d4f6a8b0c1e';

describe('postal code', () => {
  test.each(['1314667891', '۱۳۱۴۶-۶۷۸۹۱', '٣١٤٥٦٧٨٩١٠', '9187654301'])('accepts %s', (s) => {
    expect(isValidPostalCode(s)).toBe(true);
  });
  test.each(['1204567891', '1314067891', '1314567892', '1111567891', '13145', '131456789', '1315567891'])(
    'refuses %s',
    (s) => {
      expect(isValidPostalCode(s)).toBe(false);
    },
  );
});

describe('landline', () => {
  test('normalizes written forms to 0 + area code + number', () => {
    expect(normalizeLandline('۰۲۱-۶۶۱۲۳۴۵۶')).toBe('02166123456');
    expect(normalizeLandline('+98 21 6612 3456')).toBe('02166123456');
    expect(normalizeLandline('0098 31 3222 1111')).toBe('03132221111');
  });
  test('refuses mobiles and short numbers', () => {
    expect(normalizeLandline('09121234567')).toBeNull();
    expect(normalizeLandline('66123456')).toBeNull();
  });
});

describe('personal step schema', () => {
  test('normalizes Arabic letters and Persian digits', () => {
    const r = personalSchema.parse({
      fatherName: 'علي',
      gender: 'female',
      birthPlace: 'كرج',
      address: 'كرج،  خیابان  اصلی، پلاک ۵',
      postalCode: '۳۱۴۵۶-۷۸۹۱۰',
      landline: '',
    });
    expect(r).toMatchObject({ fatherName: 'علی', birthPlace: 'کرج', postalCode: '3145678910', landline: '' });
    expect(r.address).toBe('کرج، خیابان اصلی، پلاک ۵');
  });
  test('reports every problem with its key', () => {
    const r = personalSchema.safeParse({ fatherName: '', postalCode: '0000000000', landline: '123' });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({
      fatherName: 'fatherNameRequired',
      gender: 'genderRequired',
      birthPlace: 'birthPlaceRequired',
      address: 'addressRequired',
      postalCode: 'postalCodeInvalid',
      landline: 'landlineInvalid',
    });
  });
});

describe('education step schema', () => {
  const base = {
    educationStatus: 'student',
    universityId: UNI,
    level: 'doctorate',
    field: 'فیزیک',
    studentNumber: '۹۸۱۲۳',
    entryYear: '۱۴۰۰',
  };
  test('a student needs no graduation date', () => {
    expect(educationSchema.parse(base)).toMatchObject({
      entryYear: 1400,
      studentNumber: '98123',
      graduationDate: null,
    });
  });
  test('a graduate needs a real Jalali date after entry, stored as ISO', () => {
    const missing = educationSchema.safeParse({ ...base, educationStatus: 'graduate' });
    expect(missing.error?.issues.map((i) => i.message)).toEqual(['graduationDateRequired']);
    const before = educationSchema.safeParse({
      ...base,
      educationStatus: 'graduate',
      graduationDate: '۱۳۹۹/۰۶/۳۱',
    });
    expect(before.error?.issues.map((i) => i.message)).toEqual(['graduationBeforeEntry']);
    const bad = educationSchema.safeParse({
      ...base,
      educationStatus: 'graduate',
      graduationDate: '1402/12/30',
    });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['graduationDateInvalid']);
    const good = educationSchema.parse({
      ...base,
      educationStatus: 'graduate',
      graduationDate: '۱۴۰۲/۰۶/۳۱',
    });
    expect(good.graduationDate).toBe('2023-09-22');
  });
  test('a foreign university needs country and name', () => {
    const r = educationSchema.safeParse({ ...base, universityId: 'foreign' });
    expect(r.error?.issues.map((i) => i.message).sort()).toEqual([
      'foreignCountryRequired',
      'foreignUniversityRequired',
    ]);
    const ok = educationSchema.parse({
      ...base,
      universityId: 'foreign',
      foreignCountry: 'آلمان',
      foreignUniversity: 'TU Berlin',
    });
    expect(ok).toMatchObject({ universityId: null, foreignCountry: 'آلمان', foreignUniversity: 'TU Berlin' });
  });
});

describe('service request schema and tracking number', () => {
  test('scholarship requests carry a GPA on the 0–20 scale, Persian decimal separator accepted', () => {
    const schema = serviceRequestSchema('domestic-scholarship');
    const documents = {
      document_enrollment: '0b1f6c0e-6a4e-4d8a-9a55-3c2f1d7e8a90',
      document_transcript: '5d0e2b7c-1f3a-4c6b-8e9d-2a4b6c8d0e1f',
    };
    expect(schema.parse({ description: 'درخواست بورس دکتری', gpa: '۱۷٫۵', ...documents })).toEqual({
      description: 'درخواست بورس دکتری',
      gpa: '17.5',
      ...documents,
    });
    // Each document the service needs is asked for by name until it is uploaded.
    expect(schema.safeParse({ description: 'کوتاه', gpa: '25' }).error?.issues.map((i) => i.message)).toEqual(
      ['descriptionLength', 'gpaInvalid', 'documentRequired_enrollment', 'documentRequired_transcript'],
    );
  });
  test('tracking numbers carry the Jalali date and a random suffix', () => {
    const now = new Date('2026-11-28T08:00:00Z');
    const a = newTrackingNumber(now);
    expect(a).toMatch(TRACKING_NUMBER);
    expect(a.startsWith('SA-14050907-')).toBe(true);
    const many = new Set(Array.from({ length: 200 }, () => newTrackingNumber(now)));
    expect(many.size).toBe(200);
  });
});
