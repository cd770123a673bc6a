import {
  limitBucket,
  normalizeAddress,
  parseProxyHops,
  resolveClientAddress,
} from '@/lib/security/forwarded.mjs';

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::1', '::1'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });

  it.each([
    '',
    'unknown',
    'evil.example',
    '999.1.1.1',
    '1.2.3',
    '[::1',
    '<script>',
    'x'.repeat(65),
    '1.2.3.4, 5.6.7.8',
  ])('refuses %j', (raw) => {
    expect(normalizeAddress(raw)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    expect(normalizeAddress(undefined)).toBeNull();
    expect(normalizeAddress(42)).toBeNull();
  });
});

describe('resolveClientAddress', () => {
  it('without trusted proxies is the socket peer, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('198.51.100.9', '1.1.1.1', 0)).toBe('198.51.100.9');
    expect(resolveClientAddress('::ffff:198.51.100.9', undefined, 0)).toBe('198.51.100.9');
  });

  it('behind one proxy is the entry that proxy appended (the right-most), not what the client wrote', () => {
    expect(resolveClientAddress('10.0.0.2', 'forged-by-client, 1.1.1.1, 203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('behind two proxies is the second entry from the right', () => {
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 203.0.113.7, 10.0.0.3', 2)).toBe('203.0.113.7');
    // Several X-Forwarded-For lines count as one list, in order.
    expect(resolveClientAddress('10.0.0.2', ['1.1.1.1', '203.0.113.7, 10.0.0.3'], 2)).toBe('203.0.113.7');
  });

  it('IPv6 and IPv4-mapped entries are canonical', () => {
    expect(resolveClientAddress('10.0.0.2', '[2001:DB8::7]:1234', 1)).toBe('2001:db8::7');
    expect(resolveClientAddress('10.0.0.2', '::ffff:203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('a malformed trusted entry falls back to the nearest trusted hop, never to a client-written one', () => {
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, not-an-address', 1)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, , ', 1)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });

  it('an overlong header is read from its right end only', () => {
    const huge = `${'9.9.9.9, '.repeat(20_000)}203.0.113.7`;
    expect(resolveClientAddress('10.0.0.2', huge, 1)).toBe('203.0.113.7');
    expect(resolveClientAddress('10.0.0.2', `${'x'.repeat(100_000)}`, 1)).toBe('10.0.0.2');
  });

  it('is unknown when nothing trustworthy is left', () => {
    expect(resolveClientAddress(undefined, undefined, 0)).toBe('unknown');
  });
});

describe('limitBucket', () => {
  it('keeps an IPv4 address as its own bucket', () => {
    expect(limitBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(limitBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('puts every address of one IPv6 /64 in one bucket, and other /64s in others', () => {
    const a = limitBucket('2001:db8:1:2::1');
    expect(limitBucket('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe(a);
    expect(limitBucket('2001:0DB8:0001:0002:0:0:0:9')).toBe(a);
    expect(limitBucket('2001:db8:1:3::1')).not.toBe(a);
    expect(a).toBe('2001:db8:1:2::/64');
  });

  it('is unknown for anything that is not an address', () => {
    expect(limitBucket('unknown')).toBe('unknown');
  });
});

describe('parseProxyHops', () => {
  it('accepts 0 to 10', () => {
    expect(parseProxyHops(undefined)).toEqual({ hops: 0 });
    expect(parseProxyHops('2')).toEqual({ hops: 2 });
  });
  it.each(['-1', '1.5', 'yes', '11', '1e1'])('refuses %j with a message', (value) => {
    expect(parseProxyHops(value).error).toMatch(/TRUST_PROXY_HOPS/);
  });
});
