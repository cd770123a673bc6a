import { ageOn, fromJalali, toJalali } from '@/lib/formats/jalali';
import { compactDigits } from './text';

export type Calendar = 'jalali' | 'gregorian';

export const MIN_AGE = 15;
export const MAX_AGE = 100;

export type BirthDateCheck =
  | { ok: true; isoDate: string }
  | {
      ok: false;
      message:
        | 'birthDateRequired'
        | 'birthDateInvalid'
        | 'birthDateGregorianYear'
        | 'birthDateFuture'
        | 'birthDateAge';
    };

function gregorianAge(birth: Date, today: Date): number {
  const beforeBirthday =
    today.getUTCMonth() < birth.getUTCMonth() ||
    (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() < birth.getUTCDate());
  return today.getUTCFullYear() - birth.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

/**
 * Day, month and year as typed (any digits) → `YYYY-MM-DD` of a real past date for an applicant
 * aged 15–100 on `today`. Jalali on the Persian form, Gregorian on the English one.
 */
export function checkBirthDate(
  parts: { year: unknown; month: unknown; day: unknown },
  calendar: Calendar,
  today: Date,
): BirthDateCheck {
  const [year, month, day] = [parts.year, parts.month, parts.day].map((p) =>
    compactDigits(typeof p === 'string' ? p : ''),
  );
  if (!year && !month && !day) return { ok: false, message: 'birthDateRequired' };
  if (![year, month, day].every((p) => /^\d{1,4}$/.test(p)))
    return { ok: false, message: 'birthDateInvalid' };
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  let birth: Date | null;
  if (calendar === 'jalali') {
    // Browsers autofill bday-year with the Gregorian year; say so rather than "invalid".
    if (y >= 1800 && y <= 2200) return { ok: false, message: 'birthDateGregorianYear' };
    birth = fromJalali(y, m, d);
  } else {
    const candidate = new Date(Date.UTC(y, m - 1, d));
    const real =
      y >= 1000 &&
      candidate.getUTCFullYear() === y &&
      candidate.getUTCMonth() === m - 1 &&
      candidate.getUTCDate() === d;
    birth = real ? candidate : null;
  }
  if (!birth) return { ok: false, message: 'birthDateInvalid' };
  if (birth.getTime() > today.getTime()) return { ok: false, message: 'birthDateFuture' };
  const age = calendar === 'jalali' ? ageOn(birth, today) : gregorianAge(birth, today);
  if (!(age >= MIN_AGE && age <= MAX_AGE)) return { ok: false, message: 'birthDateAge' };
  return { ok: true, isoDate: birth.toISOString().slice(0, 10) };
}

/** The years a select or a hint may offer: from the oldest to the youngest allowed applicant. */
export function birthYearRange(calendar: Calendar, today: Date): { min: number; max: number } {
  const current = calendar === 'jalali' ? toJalali(today).jy : today.getUTCFullYear();
  return { min: current - MAX_AGE - 1, max: current - MIN_AGE };
}
