import { z } from 'zod';
import { normalizeDigits, removeInvisibleMarks } from '@/lib/formats/digits';
import { fromJalali, parseJalaliDate, toJalali } from '@/lib/formats/jalali';
import {
  asText,
  cleanText,
  digitsOnly,
  landlineField,
  nameField,
  postalCodeField,
  textField,
} from './profile-fields';

/** The profile is completed in these steps; `completedStep` in `profiles` remembers the last one saved. */
export const PROFILE_STEPS = ['personal', 'education', 'review'] as const;
export type ProfileStep = (typeof PROFILE_STEPS)[number];
export const stepNumber = (step: ProfileStep): number => PROFILE_STEPS.indexOf(step) + 1;

export const GENDERS = ['male', 'female'] as const;
export const EDUCATION_STATUSES = ['student', 'graduate'] as const;
export const LEVELS = ['associate', 'bachelor', 'master', 'doctorate'] as const;
/** The choice in the university list that stands for «دانشگاه خارج از کشور». */
export const FOREIGN_UNIVERSITY = 'foreign';

const choice = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.preprocess(asText, z.enum(values, { error: key }));

export const personalSchema = z.object({
  fatherName: nameField('fatherNameRequired', 'fatherNameInvalid'),
  gender: choice(GENDERS, 'genderRequired'),
  birthPlace: textField(2, 50, 'birthPlaceRequired', 'birthPlaceInvalid'),
  address: textField(10, 300, 'addressRequired', 'addressLength'),
  postalCode: postalCodeField,
  landline: landlineField,
});
export type PersonalInput = z.infer<typeof personalSchema>;

// Entry years before 1340 would make an applicant older than the registration form allows.
const MIN_ENTRY_YEAR = 1340;

const optionalText = z.preprocess((v) => cleanText(asText(v)), z.string().max(100, 'textTooLong'));

export const educationSchema = z
  .object({
    educationStatus: choice(EDUCATION_STATUSES, 'educationStatusRequired'),
    universityId: z.preprocess(
      asText,
      z
        .string()
        .min(1, { error: 'universityRequired', abort: true })
        .refine((s) => s === FOREIGN_UNIVERSITY || z.uuid().safeParse(s).success, 'universityRequired'),
    ),
    foreignCountry: optionalText,
    foreignUniversity: optionalText,
    level: choice(LEVELS, 'levelRequired'),
    field: textField(2, 100, 'fieldRequired', 'fieldInvalid'),
    studentNumber: z.preprocess(
      (v) => digitsOnly(asText(v)),
      z
        .string()
        .min(1, { error: 'studentNumberRequired', abort: true })
        .regex(/^\d{4,20}$/, 'studentNumberInvalid'),
    ),
    entryYear: z.preprocess(
      (v) => digitsOnly(asText(v)),
      z
        .string()
        .min(1, { error: 'entryYearRequired', abort: true })
        .regex(/^\d{4}$/, { error: 'entryYearInvalid', abort: true })
        .transform(Number)
        // The current Jalali year is read at validation time, so the rule never goes stale.
        .refine((y) => y >= MIN_ENTRY_YEAR && y <= toJalali(new Date()).jy, 'entryYearInvalid'),
    ),
    graduationDate: z.preprocess(
      (v) => removeInvisibleMarks(normalizeDigits(asText(v))).replace(/\s+/g, ''),
      z.string(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.universityId === FOREIGN_UNIVERSITY) {
      if (v.foreignCountry.length < 2)
        ctx.addIssue({ code: 'custom', path: ['foreignCountry'], message: 'foreignCountryRequired' });
      if (v.foreignUniversity.length < 2)
        ctx.addIssue({ code: 'custom', path: ['foreignUniversity'], message: 'foreignUniversityRequired' });
    }
    if (v.educationStatus !== 'graduate') return;
    if (!v.graduationDate) {
      ctx.addIssue({ code: 'custom', path: ['graduationDate'], message: 'graduationDateRequired' });
      return;
    }
    const parsed = parseJalaliDate(v.graduationDate);
    const date = parsed && fromJalali(parsed.jy, parsed.jm, parsed.jd);
    if (!parsed || !date || date.getTime() > Date.now()) {
      ctx.addIssue({ code: 'custom', path: ['graduationDate'], message: 'graduationDateInvalid' });
    } else if (parsed.jy < v.entryYear) {
      ctx.addIssue({ code: 'custom', path: ['graduationDate'], message: 'graduationBeforeEntry' });
    }
  })
  .transform((v) => {
    const foreign = v.universityId === FOREIGN_UNIVERSITY;
    const parsed = v.educationStatus === 'graduate' ? parseJalaliDate(v.graduationDate) : null;
    const graduation = parsed && fromJalali(parsed.jy, parsed.jm, parsed.jd);
    return {
      educationStatus: v.educationStatus,
      universityId: foreign ? null : v.universityId,
      foreignCountry: foreign ? v.foreignCountry : null,
      foreignUniversity: foreign ? v.foreignUniversity : null,
      level: v.level,
      field: v.field,
      studentNumber: v.studentNumber,
      entryYear: v.entryYear,
      /** ISO date (Gregorian) of the Jalali graduation date, for the `date` column. */
      graduationDate: graduation ? graduation.toISOString().slice(0, 10) : null,
    };
  });
export type EducationInput = z.infer<typeof educationSchema>;

/** Step 3 only confirms: the applicant declares the details are correct. */
export const submitProfileSchema = z.object({
  confirm: z.preprocess(asText, z.literal('yes', { error: 'confirmRequired' })),
});
