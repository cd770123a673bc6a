export { localizeDigits, normalizeDigits, removeInvisibleMarks, toPersianDigits } from './digits';
export { isValidEmail, normalizeEmail, sanitizeEmail } from './email';
export {
  JALALI_MONTHS_EN,
  JALALI_MONTHS_FA,
  JALALI_WEEKDAYS_FA,
  ageOn,
  formatDateForLocale,
  formatDateTimeForLocale,
  formatJalaliDateTime,
  formatJalaliLong,
  formatJalaliShort,
  fromJalali,
  isJalaliLeapYear,
  isValidJalaliDate,
  jalaliMonthLength,
  jalaliWeekdayFa,
  parseJalaliDate,
  toJalali,
} from './jalali';
export type { DisplayLocale, JalaliDate } from './jalali';
export { isValidMobile, normalizeMobile } from './mobile';
export { isValidNationalCode, nationalCodeCheckDigit, normalizeNationalCode } from './national-code';
