import vectors from '../../fixtures/vectors/jalali.json';
import {
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
  tehranIsoDate,
  toJalali,
} from '../../../lib/formats/jalali';

const GREGORIAN_MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const HOUR = 60 * 60 * 1000;
const PROCESS_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const utcMidnight = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Instants that fall on the same Tehran calendar day whatever Tehran's offset was
 * (+3:25:44 before 1946, +3:30, +4:30 in former summers): 00:25 at the earliest, 23:30 at the latest.
 */
const sameTehranDay = (iso: string) => {
  const midnight = utcMidnight(iso).getTime();
  return [midnight - 3 * HOUR, midnight, midnight + 12 * HOUR, midnight + 19 * HOUR].map((t) => new Date(t));
};

const pairs = vectors.pairs.map((p) => [`${p.gregorian} = ${p.jalali} (${p.category})`, p] as const);

describe('jalali.json pairs', () => {
  it('covers the whole file', () => {
    expect(vectors.pairs.length).toBe(95);
  });

  it.each(pairs)('%s', (_name, p) => {
    const [gy, gm, gd] = p.gregorian.split('-').map(Number);

    // Gregorian → Jalali, from every reading of that day. Process-local midnight is the same Tehran
    // day only in zones up to Tehran's offset (UTC and Asia/Tehran, which the suite runs under).
    const localMidnight = new Date(gy, gm - 1, gd);
    const sameAsTehran = PROCESS_ZONE === 'Asia/Tehran' || localMidnight.getTimezoneOffset() >= -210;
    const local = sameAsTehran ? [localMidnight] : [];
    for (const date of [...sameTehranDay(p.gregorian), ...local]) {
      expect(toJalali(date)).toEqual({ jy: p.jy, jm: p.jm, jd: p.jd });
    }

    // Jalali → Gregorian.
    const back = fromJalali(p.jy, p.jm, p.jd);
    expect(back?.toISOString()).toBe(`${p.gregorian}T00:00:00.000Z`);
    expect(parseJalaliDate(p.jalali)).toEqual({ jy: p.jy, jm: p.jm, jd: p.jd });

    const date = utcMidnight(p.gregorian);
    expect(jalaliWeekdayFa(date)).toBe(p.weekday_fa);
    expect(formatJalaliLong(date)).toBe(p.jalali_long_fa);
    expect(formatDateForLocale(date, 'fa')).toBe(p.jalali_long_fa);
    expect(formatDateForLocale(date, 'en')).toBe(
      `${p.weekday_en}, ${gd} ${GREGORIAN_MONTHS_EN[gm - 1]} ${gy}`,
    );
    expect(isJalaliLeapYear(p.jy)).toBe(p.jalali_leap_year);
    expect(jalaliMonthLength(p.jy, p.jm)).toBe(p.month_length);
    expect(isValidJalaliDate(p.jy, p.jm, p.jd)).toBe(true);
  });
});

describe('jalali.json validity', () => {
  it.each(vectors.validity.map((v) => [`${v.jalali}: ${v.why}`, v] as const))('%s', (_name, v) => {
    const [jy, jm, jd] = v.jalali.split('/').map(Number);
    expect(isValidJalaliDate(jy, jm, jd)).toBe(v.valid);
    expect(fromJalali(jy, jm, jd) !== null).toBe(v.valid);
    expect(parseJalaliDate(v.jalali) !== null).toBe(v.valid);
  });
});

describe('jalali.json leap years and names', () => {
  it('marks exactly the listed years 1370–1430 as leap', () => {
    const leap: number[] = [];
    for (let jy = 1370; jy <= 1430; jy++) if (isJalaliLeapYear(jy)) leap.push(jy);
    expect(leap).toEqual(vectors.leap_years_1370_1430);
  });

  it('gives Esfand 30 days in leap years and 29 otherwise', () => {
    for (let jy = 1370; jy <= 1430; jy++) {
      const leap = vectors.leap_years_1370_1430.includes(jy);
      expect(jalaliMonthLength(jy, 12)).toBe(leap ? 30 : 29);
      expect(fromJalali(jy, 12, 30) !== null).toBe(leap);
    }
  });

  it('has the Persian month names', () => {
    expect([...JALALI_MONTHS_FA]).toEqual(vectors.months_fa);
  });

  it('has the weekday names, Saturday first, with ZWNJ', () => {
    expect([...JALALI_WEEKDAYS_FA]).toEqual(vectors.weekdays_fa_saturday_first);
    vectors.weekdays_fa_sunday_first.forEach((name, jsDay) => {
      expect(JALALI_WEEKDAYS_FA[(jsDay + 1) % 7]).toBe(name);
    });
    expect(JALALI_WEEKDAYS_FA[3]).toBe('سه\u200cشنبه');
  });

  it('has English transliterations of the twelve months', () => {
    expect(JALALI_MONTHS_EN).toHaveLength(12);
    expect(JALALI_MONTHS_EN[0]).toBe('Farvardin');
    expect(JALALI_MONTHS_EN[6]).toBe('Mehr');
    expect(JALALI_MONTHS_EN[11]).toBe('Esfand');
  });
});

describe('the long format', () => {
  const brief = vectors.pairs.find((p) => p.category === 'brief-check')!;

  it('is «سه‌شنبه، ۱۶ مهر ۱۳۹۸» for 2019-10-08, byte for byte', () => {
    expect(brief.gregorian).toBe('2019-10-08');
    const text = formatJalaliLong(utcMidnight('2019-10-08'));
    expect(text).toBe('سه\u200cشنبه\u060c \u06f1\u06f6 مهر \u06f1\u06f3\u06f9\u06f8');
    expect(text).toBe(brief.jalali_long_fa);
    expect(text).not.toMatch(/[0-9,]/);
  });
});

describe('Tehran is the reference zone', () => {
  it('puts an instant just after Tehran midnight on the Tehran day', () => {
    // 2019-10-07T21:00Z is 00:30 on 8 October in Tehran.
    const date = new Date('2019-10-07T21:00:00Z');
    expect(toJalali(date)).toEqual({ jy: 1398, jm: 7, jd: 16 });
    expect(formatDateForLocale(date, 'en')).toBe('Tuesday, 8 October 2019');
  });

  it('formats news times in Tehran time with Persian digits', () => {
    expect(formatJalaliDateTime(new Date('2019-10-08T07:19:00Z'))).toBe('۱۶ مهر ۱۳۹۸، ۱۰:۴۹');
    expect(formatJalaliDateTime(new Date('2024-03-20T20:35:00Z'))).toBe('۲ فروردین ۱۴۰۳، ۰۰:۰۵');
    expect(formatDateTimeForLocale(new Date('2019-10-08T07:19:00Z'), 'fa')).toBe('۱۶ مهر ۱۳۹۸، ۱۰:۴۹');
    expect(formatDateTimeForLocale(new Date('2019-10-08T07:19:00Z'), 'en')).toBe('8 October 2019, 10:49');
  });

  it('follows the summer time Iran kept until 2022', () => {
    expect(formatJalaliDateTime(new Date('2019-07-01T06:00:00Z'))).toBe('۱۰ تیر ۱۳۹۸، ۱۰:۳۰');
    expect(formatJalaliDateTime(new Date('2023-07-01T06:00:00Z'))).toBe('۱۰ تیر ۱۴۰۲، ۰۹:۳۰');
  });
});

describe('formatJalaliShort', () => {
  it('writes the date without weekday in both languages', () => {
    const date = utcMidnight('2019-10-08');
    expect(formatJalaliShort(date, 'fa')).toBe('۱۶ مهر ۱۳۹۸');
    expect(formatJalaliShort(date, 'en')).toBe('16 Mehr 1398');
  });
});

describe('fromJalali / isValidJalaliDate edges', () => {
  it('refuses impossible dates', () => {
    expect(fromJalali(1403, 12, 31)).toBeNull();
    expect(fromJalali(1404, 12, 30)).toBeNull();
    expect(fromJalali(1403, 0, 1)).toBeNull();
    expect(fromJalali(1403, 7, 31)).toBeNull();
    expect(fromJalali(1403, 1, 1.5)).toBeNull();
    expect(fromJalali(0, 1, 1)).toBeNull();
    expect(fromJalali(NaN, 1, 1)).toBeNull();
    expect(fromJalali(1403, 1, Infinity)).toBeNull();
  });

  it('accepts the last day of every month of a leap year', () => {
    expect(fromJalali(1403, 12, 30)?.toISOString().slice(0, 10)).toBe('2025-03-20');
    expect(fromJalali(1403, 6, 31)?.toISOString().slice(0, 10)).toBe('2024-09-21');
  });

  it('gives 0 days for months that do not exist', () => {
    expect(jalaliMonthLength(1403, 13)).toBe(0);
    expect(jalaliMonthLength(1403, 0)).toBe(0);
    expect(jalaliMonthLength(1403.5, 1)).toBe(0);
  });
});

describe('parseJalaliDate', () => {
  it('reads Persian digits and the usual separators', () => {
    expect(parseJalaliDate('۱۴۰۳/۱۲/۳۰')).toEqual({ jy: 1403, jm: 12, jd: 30 });
    expect(parseJalaliDate(' 1403-1-5 ')).toEqual({ jy: 1403, jm: 1, jd: 5 });
    expect(parseJalaliDate('1403.01.05')).toEqual({ jy: 1403, jm: 1, jd: 5 });
  });

  it('is null for anything else', () => {
    for (const s of ['', '1404/12/30', '1403/13/01', '1403/12', '14031230', '1403/12/30x', null, 5]) {
      expect(parseJalaliDate(s)).toBeNull();
    }
  });
});

describe('ageOn', () => {
  const on = (jy: number, jm: number, jd: number) => fromJalali(jy, jm, jd)!;

  it('counts whole years on Jalali birthdays', () => {
    expect(ageOn(on(1380, 5, 10), on(1400, 5, 9))).toBe(19);
    expect(ageOn(on(1380, 5, 10), on(1400, 5, 10))).toBe(20);
    expect(ageOn(on(1380, 5, 10), on(1400, 12, 29))).toBe(20);
    expect(ageOn(on(1380, 5, 10), on(1380, 5, 10))).toBe(0);
  });

  it('reaches a 30 Esfand birthday on 1 Farvardin in common years', () => {
    expect(ageOn(on(1379, 12, 30), on(1380, 12, 29))).toBe(0);
    expect(ageOn(on(1379, 12, 30), on(1381, 1, 1))).toBe(1);
    expect(ageOn(on(1379, 12, 30), on(1383, 12, 30))).toBe(4);
  });

  it('reads both dates as Tehran days', () => {
    // 23:30 Tehran on the day before the 20th birthday, then 00:30 Tehran on it.
    const birth = new Date('2001-08-01T00:00:00Z');
    expect(ageOn(birth, new Date('2021-07-31T19:00:00Z'))).toBe(19);
    expect(ageOn(birth, new Date('2021-07-31T20:00:00Z'))).toBe(20);
  });

  it('is negative for a future birth and NaN for invalid dates', () => {
    expect(ageOn(on(1405, 1, 1), on(1404, 1, 1))).toBe(-1);
    expect(ageOn(new Date(NaN), on(1404, 1, 1))).toBeNaN();
    expect(ageOn(on(1404, 1, 1), new Date('nope'))).toBeNaN();
  });
});

describe('invalid dates', () => {
  it('never throws', () => {
    const bad = new Date(NaN);
    expect(toJalali(bad)).toEqual({ jy: NaN, jm: NaN, jd: NaN });
    expect(formatJalaliLong(bad)).toBe('');
    expect(formatJalaliDateTime(bad)).toBe('');
    expect(formatDateForLocale(bad, 'fa')).toBe('');
    expect(formatDateForLocale(bad, 'en')).toBe('');
    expect(formatDateTimeForLocale(bad, 'en')).toBe('');
    expect(formatJalaliShort(bad, 'fa')).toBe('');
    expect(jalaliWeekdayFa(bad)).toBe('');
    expect(toJalali(null as unknown as Date).jy).toBeNaN();
  });
});

describe('tehranIsoDate', () => {
  test('is the civil date in Tehran, the one the header shows, not the UTC date', () => {
    // 21:00 UTC is 00:30 of the next day in Tehran (UTC+03:30).
    expect(tehranIsoDate(new Date('2026-11-29T21:00:00Z'))).toBe('2026-11-30');
    expect(formatJalaliLong(new Date('2026-11-29T21:00:00Z'))).toContain('۹ آذر ۱۴۰۵');
    expect(tehranIsoDate(new Date('2026-11-29T20:29:00Z'))).toBe('2026-11-29');
    expect(tehranIsoDate(new Date('2026-03-20T12:00:00Z'))).toBe('2026-03-20');
    expect(tehranIsoDate(new Date(Number.NaN))).toBe('');
  });
});
