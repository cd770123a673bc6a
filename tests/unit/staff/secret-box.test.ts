import { open, seal } from '@/lib/staff/secret-box';
import { canonicalRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, stepAt } from '@/lib/staff/totp';
import { resetEnvCache } from '@/lib/env';
import { Secret, TOTP } from 'otpauth';

describe('TOTP secrets at rest', () => {
  test('sealed secrets open again; a tampered box opens to nothing', () => {
    const secret = newTotpSecret();
    const box = seal(secret);
    expect(box).not.toContain(secret);
    expect(open(box)).toBe(secret);
    const [v, iv, body, tag] = box.split('.');
    expect(open([v, iv, body.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), tag].join('.'))).toBeNull();
    expect(open('garbage')).toBeNull();
  });

  test('the demo accounts’ public secret is refused in production', () => {
    expect(open('demo:DEMOSTAFFREVIEWERTOTPSECRETAAAAA')).toBe('DEMOSTAFFREVIEWERTOTPSECRETAAAAA');
    const saved = process.env.NODE_ENV;
    (process.env as Record<string, string>).NODE_ENV = 'production';
    resetEnvCache();
    try {
      expect(open('demo:DEMOSTAFFREVIEWERTOTPSECRETAAAAA')).toBeNull();
    } finally {
      (process.env as Record<string, string>).NODE_ENV = saved ?? 'test';
      resetEnvCache();
    }
  });
});

describe('TOTP codes', () => {
  const secret = newTotpSecret();
  const gen = (at: number) =>
    new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
      timestamp: at,
    });
  const now = new Date('2026-11-29T12:00:10Z');

  test('the current code and one step of drift are accepted, with the step they belong to', () => {
    expect(matchTotp(secret, gen(now.getTime()), now)).toBe(stepAt(now));
    expect(matchTotp(secret, gen(now.getTime() - 30_000), now)).toBe(stepAt(now) - 1);
    expect(matchTotp(secret, gen(now.getTime() + 30_000), now)).toBe(stepAt(now) + 1);
    expect(matchTotp(secret, gen(now.getTime() + 90_000), now)).toBeNull();
  });

  test('Persian digits are the same code; anything else is refused', () => {
    const code = gen(now.getTime());
    const persian = code.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    expect(matchTotp(secret, persian, now)).toBe(stepAt(now));
    expect(matchTotp(secret, '12345', now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
  });

  test('ten distinct recovery codes in a readable form', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    expect(canonicalRecoveryCode(' ab12c-de3fg ')).toBe('AB12CDE3FG');
  });
});
