import vectors from '../../fixtures/vectors/national-codes.json';
import {
  isValidNationalCode,
  nationalCodeCheckDigit,
  normalizeNationalCode,
} from '../../../lib/formats/national-code';
import { randomValidNationalCode } from '../../helpers/national-code';

const label = (v: { category: string; input: string }) => `${v.category} ${JSON.stringify(v.input)}`;

describe('national code vectors', () => {
  it('covers the whole file', () => {
    expect(vectors.length).toBe(220);
  });

  it.each(vectors.map((v) => [label(v), v] as const))('%s', (_name, v) => {
    expect(isValidNationalCode(v.input)).toBe(v.valid);
    expect(normalizeNationalCode(v.input)).toBe(v.normalized);
  });
});

describe('nationalCodeCheckDigit', () => {
  it('computes the mod-11 check digit', () => {
    expect(nationalCodeCheckDigit('049937089')).toBe(9);
    expect(nationalCodeCheckDigit('290836131')).toBe(0); // remainder 0
    expect(nationalCodeCheckDigit('090424590')).toBe(1); // remainder 1
    expect(nationalCodeCheckDigit('296075783')).toBe(1); // remainder 10
  });

  it('refuses anything but nine ASCII digits', () => {
    expect(nationalCodeCheckDigit('04993708')).toBeNull();
    expect(nationalCodeCheckDigit('0499370899')).toBeNull();
    expect(nationalCodeCheckDigit('۰۴۹۹۳۷۰۸۹')).toBeNull();
    expect(nationalCodeCheckDigit('04993708a')).toBeNull();
  });
});

describe('normalizeNationalCode extras', () => {
  it('drops every dash kind, NBSP, bidi marks and ZWNJ', () => {
    for (const sep of [
      '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      '\u2014',
      '\u2212',
      '\u00a0',
      '\u200f',
      '\u200c',
      '\u2067',
    ]) {
      expect(normalizeNationalCode(`376${sep}284858${sep}0`)).toBe('3762848580');
    }
  });

  it('keeps refusing dots, slashes and underscores', () => {
    expect(normalizeNationalCode('376.284858.0')).toBeNull();
    expect(normalizeNationalCode('376/2848580')).toBeNull();
    expect(normalizeNationalCode('376_2848580')).toBeNull();
  });

  it('is null, not a throw, for non-strings', () => {
    for (const value of [null, undefined, 3762848580, {}, []]) {
      expect(normalizeNationalCode(value)).toBeNull();
      expect(isValidNationalCode(value)).toBe(false);
    }
  });
});

describe('randomValidNationalCode helper', () => {
  it('gives valid, varied codes', () => {
    const codes = new Set(Array.from({ length: 200 }, () => randomValidNationalCode()));
    expect(codes.size).toBeGreaterThan(190);
    for (const code of codes) expect(normalizeNationalCode(code)).toBe(code);
  });

  it('cannot produce ten equal digits, even from a constant source', () => {
    for (const r of [0, 0.15, 0.99999])
      expect(isValidNationalCode(randomValidNationalCode(() => r))).toBe(true);
  });
});
