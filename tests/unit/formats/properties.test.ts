import fc from 'fast-check';
import * as identity from '../../../lib/formats';
import {
  fromJalali,
  isValidJalaliDate,
  isValidNationalCode,
  jalaliMonthLength,
  nationalCodeCheckDigit,
  normalizeDigits,
  normalizeEmail,
  normalizeMobile,
  normalizeNationalCode,
  toJalali,
  toPersianDigits,
} from '../../../lib/formats';
import { randomValidNationalCode } from '../../helpers/national-code';

const DAY = 24 * 60 * 60 * 1000;

// Arbitrary unicode (lone surrogates included) mixed with strings built from the characters the
// validators actually care about, so both random junk and near-misses are explored.
const interesting = fc.constantFrom(
  ...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩+-.()[]{} @_/\t\n\r\u00a0\u200c\u200e\u200f\u2013\u2212\ufeffaA9O'.split(
    '',
  ),
);
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: interesting, maxLength: 24 }),
);
const anyValue = fc.oneof(anyString, fc.anything());

const randomCode = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((digits) => {
  let i = 0;
  return randomValidNationalCode(() => digits[i++] / 10);
});

describe('totality', () => {
  const stringFunctions: Array<[string, (s: string) => unknown]> = [
    ['normalizeDigits', identity.normalizeDigits],
    ['toPersianDigits', identity.toPersianDigits],
    ['localizeDigits fa', (s) => identity.localizeDigits(s, 'fa')],
    ['localizeDigits (locale)', (s) => identity.localizeDigits('12', s)],
    ['removeInvisibleMarks', identity.removeInvisibleMarks],
    ['normalizeNationalCode', identity.normalizeNationalCode],
    ['isValidNationalCode', identity.isValidNationalCode],
    ['nationalCodeCheckDigit', identity.nationalCodeCheckDigit],
    ['normalizeMobile', identity.normalizeMobile],
    ['isValidMobile', identity.isValidMobile],
    ['sanitizeEmail', identity.sanitizeEmail],
    ['isValidEmail', identity.isValidEmail],
    ['normalizeEmail', identity.normalizeEmail],
    ['parseJalaliDate', identity.parseJalaliDate],
    ['formatDateForLocale (locale)', (s) => identity.formatDateForLocale(new Date(), s)],
  ];

  it.each(stringFunctions)('%s never throws on any string', (_name, fn) => {
    fc.assert(
      fc.property(anyString, (s) => void fn(s)),
      { numRuns: 500 },
    );
  });

  it('validators never throw on any runtime value and answer with the right type', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        expect(typeof identity.isValidNationalCode(v)).toBe('boolean');
        expect(typeof identity.isValidMobile(v)).toBe('boolean');
        expect(typeof identity.isValidEmail(v)).toBe('boolean');
        const results = [
          identity.normalizeNationalCode(v),
          identity.normalizeMobile(v),
          identity.normalizeEmail(v),
        ];
        for (const r of results) expect(r === null || typeof r === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('date functions never throw on any Date, valid or not', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), fc.date({ noInvalidDate: false }), (a, b) => {
        identity.toJalali(a);
        identity.formatJalaliLong(a);
        identity.formatJalaliDateTime(a);
        identity.formatDateForLocale(a, 'fa');
        identity.formatDateForLocale(a, 'en');
        identity.formatDateTimeForLocale(a, 'en');
        identity.formatJalaliShort(a, 'en');
        identity.jalaliWeekdayFa(a);
        identity.ageOn(a, b);
      }),
      { numRuns: 300 },
    );
  });

  it('calendar arithmetic never throws on any number', () => {
    const num = fc.oneof(fc.integer(), fc.double(), fc.integer({ min: -5, max: 40 }));
    fc.assert(
      fc.property(num, num, num, (y, m, d) => {
        expect(typeof identity.isValidJalaliDate(y, m, d)).toBe('boolean');
        expect(typeof identity.isJalaliLeapYear(y)).toBe('boolean');
        expect(Number.isInteger(jalaliMonthLength(y, m))).toBe(true);
        const date = fromJalali(y, m, d);
        expect(date === null || Number.isFinite(date.getTime())).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('digits', () => {
  it('normalizeDigits is idempotent and length-preserving', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = normalizeDigits(s);
        expect(normalizeDigits(once)).toBe(once);
        expect(once).toHaveLength(s.length);
        expect(once).not.toMatch(/[\u06F0-\u06F9\u0660-\u0669]/);
      }),
      { numRuns: 500 },
    );
  });

  it('toPersianDigits and normalizeDigits undo each other on ASCII digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'.split('')) }), (s) => {
        expect(normalizeDigits(toPersianDigits(s))).toBe(s);
      }),
    );
  });
});

describe('national code properties', () => {
  it('every generated code validates, in any digit script and with separators', () => {
    fc.assert(
      fc.property(randomCode, fc.constantFrom(' ', '-', '\u200c', '\u200f', '\u2013'), (code, sep) => {
        expect(normalizeNationalCode(code)).toBe(code);
        expect(normalizeNationalCode(toPersianDigits(code))).toBe(code);
        expect(normalizeNationalCode(`${code.slice(0, 3)}${sep}${code.slice(3, 9)}${sep}${code[9]}`)).toBe(
          code,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('changing the check digit always invalidates', () => {
    fc.assert(
      fc.property(randomCode, fc.integer({ min: 1, max: 9 }), (code, delta) => {
        const wrong = `${code.slice(0, 9)}${(Number(code[9]) + delta) % 10}`;
        expect(isValidNationalCode(wrong)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  // A single-digit change always moves the weighted sum mod 11 (11 is prime, weights 2..10), but
  // remainders 1 and 10 share check digit 1, so codes ending in 1 have undetectable typos.
  it('any single-digit change in the first nine digits invalidates, unless the check digit is 1', () => {
    fc.assert(
      fc.property(
        randomCode,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (code, at, delta) => {
          const digit = (Number(code[at]) + delta) % 10;
          const wrong = `${code.slice(0, at)}${digit}${code.slice(at + 1)}`;
          if (code[9] !== '1') expect(isValidNationalCode(wrong)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
    // The known blind spot, pinned so nobody "fixes" the validator into rejecting real codes.
    expect(isValidNationalCode('5701737071')).toBe(true);
    expect(isValidNationalCode('5701737081')).toBe(true);
  });

  it('the check digit function agrees with the validator', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 9, maxLength: 9 }),
        (first9) => {
          const code = `${first9}${nationalCodeCheckDigit(first9)}`;
          expect(isValidNationalCode(code)).toBe(!/^(\d)\1{9}$/.test(code));
        },
      ),
    );
  });
});

describe('normalizers are idempotent', () => {
  it('normalizeNationalCode, normalizeMobile, normalizeEmail', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        for (const normalize of [normalizeNationalCode, normalizeMobile, normalizeEmail]) {
          const once = normalize(s);
          if (once !== null) expect(normalize(once)).toBe(once);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every 09 mobile in an allocated block survives any written form', () => {
    const mobile = fc
      .tuple(
        fc.constantFrom('0', '1', '2', '3', '4', '9'),
        fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 8, maxLength: 8 }),
      )
      .map(([block, rest]) => `09${block}${rest}`);
    fc.assert(
      fc.property(mobile, fc.constantFrom('', '+98', '0098', '98', '+98 ', '(0098) '), (m, prefix) => {
        const written = prefix ? `${prefix}${m.slice(1)}` : m;
        expect(normalizeMobile(written)).toBe(m);
        expect(normalizeMobile(toPersianDigits(written))).toBe(m);
      }),
      { numRuns: 300 },
    );
  });
});

describe('jalali round trips', () => {
  // 1900-01-01 .. 2100-12-31, in whole days from 00:00 UTC.
  const day = fc.integer({ min: -25567, max: 47846 }).map((n) => new Date(n * DAY));

  it('fromJalali(toJalali(d)) is the same calendar day', () => {
    fc.assert(
      fc.property(day, (d) => {
        const { jy, jm, jd } = toJalali(d);
        expect(isValidJalaliDate(jy, jm, jd)).toBe(true);
        expect(fromJalali(jy, jm, jd)?.toISOString()).toBe(d.toISOString());
      }),
      { numRuns: 1000 },
    );
  });

  it('the next Gregorian day is the next Jalali day', () => {
    fc.assert(
      fc.property(day, (d) => {
        const a = toJalali(d);
        const b = toJalali(new Date(d.getTime() + DAY));
        if (a.jd < jalaliMonthLength(a.jy, a.jm)) expect(b).toEqual({ ...a, jd: a.jd + 1 });
        else if (a.jm < 12) expect(b).toEqual({ jy: a.jy, jm: a.jm + 1, jd: 1 });
        else expect(b).toEqual({ jy: a.jy + 1, jm: 1, jd: 1 });
      }),
      { numRuns: 1000 },
    );
  });

  it('toJalali(fromJalali(j)) gives j back for every valid Jalali date', () => {
    const jalali = fc
      .record({
        jy: fc.integer({ min: 1279, max: 1479 }),
        jm: fc.integer({ min: 1, max: 12 }),
        jd: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ jy, jm, jd }) => isValidJalaliDate(jy, jm, jd));
    fc.assert(
      fc.property(jalali, (j) => {
        const date = fromJalali(j.jy, j.jm, j.jd);
        expect(date).not.toBeNull();
        expect(toJalali(date!)).toEqual(j);
      }),
      { numRuns: 1000 },
    );
  });
});
