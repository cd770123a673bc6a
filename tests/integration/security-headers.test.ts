import nextConfig from '@/next.config';
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import { readJson } from '@/lib/security/read-json';
import { isSameOrigin, refuseCrossOrigin } from '@/lib/security/same-origin';

const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
}

function header(name: string): string | undefined {
  return STATIC_SECURITY_HEADERS.find((h) => h.key.toLowerCase() === name.toLowerCase())?.value;
}

describe('Content-Security-Policy (production)', () => {
  const csp = directives(contentSecurityPolicy(NONCE, false));

  test('scripts: self, this request’s nonce and strict-dynamic; never unsafe-inline or eval', () => {
    const script = csp.get('script-src') ?? '';
    expect(script.split(' ')).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  test('no framing, no plugins, no foreign base or form targets', () => {
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('default-src')).toBe("'self'");
  });

  test('nothing is loaded from another origin (no CDNs, no Google fonts)', () => {
    for (const [name, value] of csp) {
      expect(`${name} ${value}`).not.toMatch(/https?:|\*/);
    }
  });

  test('connections stay on this origin and http is upgraded', () => {
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
  });

  test('the development policy only adds what hot reload needs', () => {
    const dev = directives(contentSecurityPolicy(NONCE, true));
    expect(dev.get('script-src')).toBe(`'self' 'nonce-${NONCE}' 'strict-dynamic' 'unsafe-eval'`);
    expect(dev.get('connect-src')).toBe("'self' ws: wss:");
    expect(dev.has('upgrade-insecure-requests')).toBe(false);
  });

  test('the nonce is the only per-request part', () => {
    const a = contentSecurityPolicy('AAAA', false);
    const b = contentSecurityPolicy('BBBB', false);
    expect(a.replace('AAAA', 'BBBB')).toBe(b);
  });
});

describe('static security headers', () => {
  test.each([
    ['Strict-Transport-Security', /^max-age=(\d+); includeSubDomains; preload$/],
    ['X-Content-Type-Options', /^nosniff$/],
    ['X-Frame-Options', /^DENY$/],
    ['Referrer-Policy', /^strict-origin-when-cross-origin$/],
    ['Cross-Origin-Opener-Policy', /^same-origin$/],
    ['Cross-Origin-Resource-Policy', /^same-origin$/],
    ['X-DNS-Prefetch-Control', /^off$/],
  ])('%s', (name, pattern) => {
    expect(header(name)).toMatch(pattern);
  });

  test('HSTS lasts at least a year (the preload list requires it)', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(header('Strict-Transport-Security') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  });

  test('Permissions-Policy switches off every powerful feature the portal never uses', () => {
    const policy = header('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(policy).toContain(`${feature}=()`);
    }
  });

  test('next.config sends them on every path, including those the middleware never sees', async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === '/:path*');
    expect(all?.headers).toEqual(STATIC_SECURITY_HEADERS);
    // The CSP needs the per-request nonce, so only the middleware may send it.
    expect(rules.flatMap((r) => r.headers).some((h) => /content-security-policy/i.test(h.key))).toBe(false);
  });
});

describe('same-origin check for state-changing route handlers', () => {
  const post = (headers: Record<string, string>) =>
    new Request('http://portal.example/api/x', { method: 'POST', headers });

  test('accepts the page’s own origin', () => {
    expect(isSameOrigin(post({ origin: 'http://portal.example', host: 'portal.example' }))).toBe(true);
  });

  test.each([
    ['a foreign site', { origin: 'https://evil.example', host: 'portal.example' }],
    ['a look-alike subdomain', { origin: 'http://portal.example.evil.example', host: 'portal.example' }],
    ['another port', { origin: 'http://portal.example:8080', host: 'portal.example' }],
    ['no Origin at all', { host: 'portal.example' }],
    ['the opaque "null" origin (sandboxed frames, data: URLs)', { origin: 'null', host: 'portal.example' }],
    ['a malformed Origin', { origin: 'not a url', host: 'portal.example' }],
  ])('refuses %s', (_, headers) => {
    const request = post(headers);
    expect(isSameOrigin(request)).toBe(false);
    expect(refuseCrossOrigin(request)?.status).toBe(403);
  });

  test('a listed extra origin is accepted', () => {
    const request = post({ origin: 'https://admin.portal.example', host: 'portal.example' });
    expect(refuseCrossOrigin(request, ['https://admin.portal.example'])).toBeUndefined();
  });
});

describe('readJson: bounded request bodies', () => {
  const jsonRequest = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://portal.example/api/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      // Node's fetch needs this for stream bodies.
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);

  test('parses a small body', async () => {
    const result = await readJson(jsonRequest(JSON.stringify({ a: 'ب' })));
    expect(result).toEqual({ ok: true, value: { a: 'ب' } });
  });

  test('answers 413 for a body over the cap', async () => {
    const result = await readJson(jsonRequest(JSON.stringify({ a: 'x'.repeat(2000) })), 1000);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(413);
      expect(await result.response.json()).toEqual({ error: 'too_large' });
    }
  });

  test('stops reading a chunked body without Content-Length once it passes the cap', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        // An endless body: only the cap can end this read.
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const result = await readJson(jsonRequest(stream), 10 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  test('refuses a declared Content-Length over the cap before reading', async () => {
    const request = jsonRequest('{}', { 'content-length': String(10_000_000) });
    const result = await readJson(request, 1000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
  });

  test.each([
    ['broken JSON', '{"a":', 400],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 400],
  ])('refuses %s', async (_, body, status) => {
    const result = await readJson(jsonRequest(body as BodyInit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(status);
  });

  test('refuses a body that does not say it is JSON (a form post from another site)', async () => {
    const request = new Request('http://portal.example/api/x', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    const result = await readJson(request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(415);
  });
});
