import { format as formatGregorian } from 'date-fns';
import {
  format as formatJalali,
  getDate as getJalaliDay,
  getDaysInMonth as getJalaliDaysInMonth,
  getMonth as getJalaliMonthIndex,
  getYear as getJalaliYear,
  newDate as newJalaliDate,
} from 'date-fns-jalali';
import { faIR } from 'date-fns-jalali/locale';
import { localizeDigits, normalizeDigits, toPersianDigits } from './digits';

/**
 * Jalali (Solar Hijri) dates for the portal.
 *
 * Time zone decision: a `Date` is an instant, and its calendar day and clock time are always read in
 * Asia/Tehran, whatever the server's or the browser's zone. The portal is Iranian: a news item posted
 * at 01:00 in Tehran belongs to that Tehran day even on a server running in UTC, and a visitor abroad
 * sees the same date as everyone else. Results are therefore identical under TZ=UTC, TZ=Asia/Tehran
 * or any other zone.
 *
 * Calendar dates (birth dates) built here are 00:00 UTC of the Gregorian day, which is 03:30 (or
 * 04:30 under the former summer time) in Tehran, so the same day. That is also how
 * `new Date('2019-10-08')`, JSON and SQL `date` columns represent a day, and `toISOString()` gives
 * the right `YYYY-MM-DD` back.
 *
 * Conversions come from date-fns-jalali. It reads and writes dates in the process's local zone, so
 * it is only ever given a Date at local noon of the already-resolved Tehran day: noon never falls in
 * a DST gap, so the library sees exactly the intended day.
 *
 * Invalid input never throws: conversions give NaN fields, formatters give '', ageOn gives NaN.
 */

export interface JalaliDate {
  jy: number;
  jm: number;
  jd: number;
}

export type DisplayLocale = 'fa' | 'en';

export const JALALI_MONTHS_FA = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

export const JALALI_MONTHS_EN = [
  'Farvardin',
  'Ordibehesht',
  'Khordad',
  'Tir',
  'Mordad',
  'Shahrivar',
  'Mehr',
  'Aban',
  'Azar',
  'Dey',
  'Bahman',
  'Esfand',
] as const;

/** Saturday first, the order of the Iranian week. The ZWNJ inside «یک‌شنبه» etc. is intended. */
export const JALALI_WEEKDAYS_FA = [
  'شنبه',
  'یک‌شنبه',
  'دوشنبه',
  'سه‌شنبه',
  'چهارشنبه',
  'پنج‌شنبه',
  'جمعه',
] as const;

// Four-digit years keep every conversion inside Date's range and the library's tested range.
const MIN_JALALI_YEAR = 1;
const MAX_JALALI_YEAR = 9999;

const TEHRAN_TIME_ZONE = 'Asia/Tehran';
// Iran's offset since it dropped summer time in 2022; used only if the runtime lacks tz data.
const TEHRAN_FALLBACK_OFFSET_MS = 3.5 * 60 * 60 * 1000;

interface CivilDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday, as Date#getDay */
  weekday: number;
}

let tehranFormatter: Intl.DateTimeFormat | null | undefined;

// Built lazily so importing this module has no side effects; small-ICU runtimes throw RangeError
// for an unknown zone, which is the one case the try/catch exists for.
function getTehranFormatter(): Intl.DateTimeFormat | null {
  if (tehranFormatter === undefined) {
    try {
      tehranFormatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
        timeZone: TEHRAN_TIME_ZONE,
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      });
    } catch {
      tehranFormatter = null;
    }
  }
  return tehranFormatter;
}

function isValidDate(date: unknown): date is Date {
  return date instanceof Date && Number.isFinite(date.getTime());
}

/** A UTC-fields Date: getUTC* of the result read as a civil (wall-clock) date and time. */
function utcDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

function tehranDateTime(date: unknown): CivilDateTime | null {
  if (!isValidDate(date)) return null;
  const formatter = getTehranFormatter();
  let shifted: Date;
  if (formatter) {
    const parts: Record<string, string> = {};
    for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
    const year = Number(parts.year);
    shifted = utcDate(
      parts.era === 'BC' ? 1 - year : year,
      Number(parts.month),
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
    );
  } else {
    shifted = new Date(date.getTime() + TEHRAN_FALLBACK_OFFSET_MS);
  }
  if (!Number.isFinite(shifted.getTime())) return null;
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** Local noon of a Gregorian day: the only kind of Date handed to date-fns(-jalali). */
function localNoon(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1, 12, 0, 0, 0);
  d.setFullYear(year, month - 1, day);
  return d;
}

function tehranLocalNoon(date: unknown): { noon: Date; civil: CivilDateTime } | null {
  const civil = tehranDateTime(date);
  if (!civil) return null;
  const noon = localNoon(civil.year, civil.month, civil.day);
  return Number.isFinite(noon.getTime()) ? { noon, civil } : null;
}

function isIntegerIn(n: unknown, min: number, max: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
}

/** Days in a Jalali month (31, 30, or 29/30 for Esfand), or 0 for an out-of-range year or month. */
export function jalaliMonthLength(jy: number, jm: number): number {
  if (!isIntegerIn(jy, MIN_JALALI_YEAR, MAX_JALALI_YEAR) || !isIntegerIn(jm, 1, 12)) return 0;
  return getJalaliDaysInMonth(newJalaliDate(jy, jm - 1, 1, 12));
}

export function isJalaliLeapYear(jy: number): boolean {
  return jalaliMonthLength(jy, 12) === 30;
}

export function isValidJalaliDate(jy: number, jm: number, jd: number): boolean {
  return isIntegerIn(jd, 1, 31) && jd <= jalaliMonthLength(jy, jm);
}

/** The Jalali date of the Tehran calendar day of `date`; NaN fields for an invalid Date. */
export function toJalali(date: Date): JalaliDate {
  const resolved = tehranLocalNoon(date);
  if (!resolved) return { jy: NaN, jm: NaN, jd: NaN };
  const { noon } = resolved;
  return { jy: getJalaliYear(noon), jm: getJalaliMonthIndex(noon) + 1, jd: getJalaliDay(noon) };
}

/** 00:00 UTC of the Gregorian day matching a Jalali date, or null if no such Jalali date exists. */
export function fromJalali(jy: number, jm: number, jd: number): Date | null {
  if (!isValidJalaliDate(jy, jm, jd)) return null;
  const noon = newJalaliDate(jy, jm - 1, jd, 12);
  return utcDate(noon.getFullYear(), noon.getMonth() + 1, noon.getDate());
}

const JALALI_TEXT = /^\s*(\d{1,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*$/;

/**
 * Parses «۱۴۰۳/۱۲/۳۰», "1403-12-30", "1403.1.5" (Persian/Arabic digits allowed) into a valid Jalali
 * date, or null.
 */
export function parseJalaliDate(s: unknown): JalaliDate | null {
  if (typeof s !== 'string') return null;
  const match = JALALI_TEXT.exec(normalizeDigits(s));
  if (!match) return null;
  const [jy, jm, jd] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidJalaliDate(jy, jm, jd) ? { jy, jm, jd } : null;
}

/** Persian weekday name («سه‌شنبه») of the Tehran day of `date`, or ''. */
export function jalaliWeekdayFa(date: Date): string {
  const civil = tehranDateTime(date);
  return civil ? JALALI_WEEKDAYS_FA[(civil.weekday + 1) % 7] : '';
}

/** «سه‌شنبه، ۱۶ مهر ۱۳۹۸»: weekday, Arabic comma, unpadded day, month name, year; Persian digits. */
export function formatJalaliLong(date: Date): string {
  const resolved = tehranLocalNoon(date);
  if (!resolved) return '';
  return toPersianDigits(formatJalali(resolved.noon, 'EEEE، d MMMM y', { locale: faIR }));
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** «۱۶ مهر ۱۳۹۸، ۱۰:۴۹» (Tehran time, 24-hour), for news items. */
export function formatJalaliDateTime(date: Date): string {
  const resolved = tehranLocalNoon(date);
  if (!resolved) return '';
  const { noon, civil } = resolved;
  const day = formatJalali(noon, 'd MMMM y', { locale: faIR });
  return toPersianDigits(`${day}، ${twoDigits(civil.hour)}:${twoDigits(civil.minute)}`);
}

function isFarsi(locale: string): boolean {
  return typeof locale === 'string' && (locale === 'fa' || locale.startsWith('fa-'));
}

/** Today's date in Tehran as YYYY-MM-DD (a `<time dateTime>` that matches the date shown), '' if invalid. */
export function tehranIsoDate(date: Date): string {
  const civil = tehranDateTime(date);
  if (!civil) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${civil.year}-${pad(civil.month)}-${pad(civil.day)}`;
}

/** `fa`: the long Jalali date; otherwise Gregorian English, "Tuesday, 8 October 2019". */
export function formatDateForLocale(date: Date, locale: DisplayLocale | string): string {
  if (isFarsi(locale)) return formatJalaliLong(date);
  const resolved = tehranLocalNoon(date);
  return resolved ? formatGregorian(resolved.noon, 'EEEE, d MMMM yyyy') : '';
}

/** `fa`: «۱۶ مهر ۱۳۹۸، ۱۰:۴۹»; otherwise "8 October 2019, 10:49" (Tehran time). */
export function formatDateTimeForLocale(date: Date, locale: DisplayLocale | string): string {
  if (isFarsi(locale)) return formatJalaliDateTime(date);
  const resolved = tehranLocalNoon(date);
  if (!resolved) return '';
  const { noon, civil } = resolved;
  return `${formatGregorian(noon, 'd MMMM yyyy')}, ${twoDigits(civil.hour)}:${twoDigits(civil.minute)}`;
}

/** "16 Mehr 1398" / «۱۶ مهر ۱۳۹۸»: a Jalali date without weekday, in either language. */
export function formatJalaliShort(date: Date, locale: DisplayLocale | string): string {
  const { jy, jm, jd } = toJalali(date);
  if (!Number.isFinite(jy)) return '';
  const months = isFarsi(locale) ? JALALI_MONTHS_FA : JALALI_MONTHS_EN;
  return localizeDigits(`${jd} ${months[jm - 1]} ${jy}`, locale);
}

/**
 * Whole years from `birth` to `today`, counted on Jalali birthdays (the calendar Iranian law uses).
 * A 30 Esfand birthday is reached on 1 Farvardin in common years. Negative if `birth` is after
 * `today`; NaN for an invalid Date.
 */
export function ageOn(birth: Date, today: Date): number {
  const b = toJalali(birth);
  const t = toJalali(today);
  if (!Number.isFinite(b.jy) || !Number.isFinite(t.jy)) return NaN;
  const beforeBirthday = t.jm < b.jm || (t.jm === b.jm && t.jd < b.jd);
  return t.jy - b.jy - (beforeBirthday ? 1 : 0);
}
