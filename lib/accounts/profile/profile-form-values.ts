import type { profiles } from '@/db/schema';
import { toJalali } from '@/lib/formats/jalali';
import { FOREIGN_UNIVERSITY } from '@/lib/validation/profile';

type ProfileRow = typeof profiles.$inferSelect;

/** A saved profile as the string values the step forms start from (so a reload loses nothing). */
export function profileFormValues(profile: ProfileRow | null): Record<string, string> {
  if (!profile) return {};
  const graduation = profile.graduationDate
    ? toJalali(new Date(`${profile.graduationDate}T12:00:00Z`))
    : null;
  const values: Record<string, string | null | undefined> = {
    fatherName: profile.fatherName,
    gender: profile.gender,
    birthPlace: profile.birthPlace,
    address: profile.address,
    postalCode: profile.postalCode,
    landline: profile.landline,
    educationStatus: profile.educationStatus,
    universityId: profile.universityId ?? (profile.foreignUniversity ? FOREIGN_UNIVERSITY : null),
    foreignCountry: profile.foreignCountry,
    foreignUniversity: profile.foreignUniversity,
    level: profile.level,
    field: profile.field,
    studentNumber: profile.studentNumber,
    entryYear: profile.entryYear ? String(profile.entryYear) : null,
    graduationDate: graduation
      ? `${graduation.jy}/${String(graduation.jm).padStart(2, '0')}/${String(graduation.jd).padStart(2, '0')}`
      : null,
  };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v) out[k] = v;
  return out;
}
