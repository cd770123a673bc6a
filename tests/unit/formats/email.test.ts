import vectors from '../../fixtures/vectors/emails.json';
import { isValidEmail, normalizeEmail, sanitizeEmail } from '../../../lib/formats/email';

describe('email vectors (WHATWG type=email)', () => {
  it('covers the whole file', () => {
    expect(vectors.cases.length).toBe(33);
  });

  it('uses the same regex as the vectors file', () => {
    const reference = new RegExp(vectors.regex);
    for (const v of vectors.cases) expect(reference.test(v.sanitized)).toBe(v.valid);
  });

  it.each(vectors.cases.map((v) => [JSON.stringify(v.input), v] as const))('%s', (_name, v) => {
    expect(sanitizeEmail(v.input)).toBe(v.sanitized);
    expect(isValidEmail(v.input)).toBe(v.valid);
    // Every vector's domain is lower-case already, so normalizing changes nothing else.
    expect(normalizeEmail(v.input)).toBe(v.valid ? v.sanitized : null);
  });
});

describe('normalizeEmail', () => {
  it('lower-cases the domain only', () => {
    expect(normalizeEmail('  Ali.Rezaei@Gmail.COM\r\n')).toBe('Ali.Rezaei@gmail.com');
    expect(normalizeEmail('STUDENT@UT.AC.IR')).toBe('STUDENT@ut.ac.ir');
  });

  it('strips CR/LF inside the value, as browsers do', () => {
    expect(sanitizeEmail('ali@exam\r\nple.com')).toBe('ali@example.com');
    expect(isValidEmail('ali@exam\nple.com')).toBe(true);
  });

  it('trims ASCII whitespace only', () => {
    expect(isValidEmail('\u00a0ali@example.com')).toBe(false);
    expect(isValidEmail('\u200cali@example.com')).toBe(false);
    expect(isValidEmail('\f\tali@example.com ')).toBe(true);
  });

  it('handles 63- and 64-character labels as the standard says', () => {
    expect(isValidEmail(`a@${'b'.repeat(63)}.ir`)).toBe(true);
    expect(isValidEmail(`a@${'b'.repeat(64)}.ir`)).toBe(false);
  });

  it('is quick on hostile input', () => {
    const started = Date.now();
    expect(isValidEmail(`a@${'a-'.repeat(50_000)}!`)).toBe(false);
    expect(isValidEmail(`a@${'ab.'.repeat(50_000)}-`)).toBe(false);
    expect(isValidEmail(`${'a'.repeat(100_000)}`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is false/null, not a throw, for non-strings', () => {
    for (const value of [null, undefined, 1, {}, []]) {
      expect(isValidEmail(value)).toBe(false);
      expect(normalizeEmail(value)).toBeNull();
      expect(sanitizeEmail(value)).toBe('');
    }
  });
});
