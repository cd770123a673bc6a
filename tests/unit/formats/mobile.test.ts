import vectors from '../../fixtures/vectors/mobiles.json';
import { isValidMobile, normalizeMobile } from '../../../lib/formats/mobile';
import { normalizeDigits } from '../../../lib/formats/digits';

// The vectors let these go either way ("prefix not in one library's operator list").
const eitherWay = (v: { note?: string }) =>
  v.note?.includes('accepting any 09 + 9 digits is also fine') === true;
const label = (v: { category: string; input: string }) => `${v.category} ${JSON.stringify(v.input)}`;

describe('mobile vectors', () => {
  it('covers the whole file', () => {
    expect(vectors.length).toBe(107);
    expect(vectors.filter(eitherWay).length).toBe(11);
  });

  const strict = vectors.filter((v) => !eitherWay(v));
  it.each(strict.map((v) => [label(v), v] as const))('%s', (_name, v) => {
    expect(normalizeMobile(v.input)).toBe(v.normalized);
    expect(isValidMobile(v.input)).toBe(v.valid);
  });

  const loose = vectors.filter(eitherWay);
  it.each(loose.map((v) => [label(v), v] as const))('either way: %s', (_name, v) => {
    const result = normalizeMobile(v.input);
    expect(result === null || result === normalizeDigits(v.input)).toBe(true);
    expect(isValidMobile(v.input)).toBe(result !== null);
  });
});

describe('mobile blocks (our choice for the either-way vectors)', () => {
  it('accepts any number in the allocated 090–094 and 099 blocks', () => {
    for (const prefix of ['0900', '0906', '0908', '0924', '0928', '0931', '0934', '0942', '0999']) {
      expect(normalizeMobile(`${prefix}1234567`)).toBe(`${prefix}1234567`);
    }
  });

  it('refuses the unallocated 095–098 blocks', () => {
    for (const prefix of ['0950', '0960', '0970', '0980', '0989']) {
      expect(normalizeMobile(`${prefix}1234567`)).toBeNull();
      expect(normalizeMobile(`+98${prefix.slice(1)}1234567`)).toBeNull();
    }
  });
});

describe('normalizeMobile extras', () => {
  it('drops brackets of every kind and Unicode dashes', () => {
    expect(normalizeMobile('[0912] {419} 1748')).toBe('09124191748');
    expect(normalizeMobile('0912\u2013419\u20141748')).toBe('09124191748');
    expect(normalizeMobile('(+98) 912 419 1748')).toBe('09124191748');
    expect(normalizeMobile('\u202b۰۹۱۲\u200c۴۱۹\u200c۱۷۴۸\u202c')).toBe('09124191748');
  });

  it('is null, not a throw, for non-strings', () => {
    for (const value of [null, undefined, 9124191748, {}, []]) {
      expect(normalizeMobile(value)).toBeNull();
      expect(isValidMobile(value)).toBe(false);
    }
  });
});
