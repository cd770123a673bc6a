import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, test } from 'node:test';
import { BASE_URL } from './helpers';
import { HOSTILE_STRINGS, HOSTILE_JSON_BODIES } from './hostile-values';

/**
 * Hostile and malformed requests against every route of `next start` over real HTTP. Whatever comes
 * in, the answer is a 4xx or a page, never a 5xx, never a stack trace or internal error text, and
 * never a redirect to another host. Adding a route means adding a line to ROUTE_HANDLERS or PAGES.
 */
const base = new URL(BASE_URL);
const ORIGIN = base.origin;

/** Route handlers and the methods they implement. */
const ROUTE_HANDLERS: Array<{ path: string; query?: string[]; methods: string[] }> = [
  { path: '/api/health', methods: ['GET'] },
  { path: '/api/dev/outbox', query: ['to', 'channel'], methods: ['GET'] },
  { path: '/api/altcha', query: ['purpose'], methods: ['GET'] },
  { path: '/api/dev/accounts', methods: ['POST'] },
  { path: '/api/auth/session', methods: ['GET'] },
  { path: '/api/auth/csrf', methods: ['GET'] },
  { path: '/api/auth/providers', methods: ['GET'] },
  { path: '/api/auth/callback/credentials', methods: ['POST'] },
  { path: '/api/auth/signout', methods: ['POST'] },
  { path: '/api/account/header', methods: ['GET'] },
];

/** Pages (without locale) whose dynamic segments and query strings get hostile values. */
const PAGES = [
  '',
  '/news',
  '/faq',
  '/services',
  '/exam-calendar',
  '/announcements',
  '/guide',
  '/dev/outbox',
  '/register',
  '/login',
  '/forgot-password',
  '/university/login',
  '/dashboard',
  '/account/security',
  '/university',
  '/university/support',
  '/university/staff',
  '/university/universities',
  '/university/audit',
  '/university/deliveries',
  '/university/account',
  '/university/applicants/00000000-0000-0000-0000-000000000000',
  '/university/support/00000000-0000-0000-0000-000000000000',
  '/university/setup/not-a-real-token',
  '/university/content',
  '/university/content/news/new',
  '/university/content/news/00000000-0000-0000-0000-000000000000',
];

const RAW_PATHS = [
  '/fa/news/..%2F..%2Fetc',
  '/fa/news/..%2F..%2F..%2Fetc%2Fpasswd',
  '/fa/news/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/fa/news/..%5C..%5Cwindows%5Cwin.ini',
  '/fa/news/%00',
  '/fa/news/a%00b',
  '/fa/news/%E0%A4%A',
  '/fa/news/%',
  '/fa/news/%ZZ',
  '/fa/news/%C0%AE%C0%AE%2F',
  '/fa/news/%D8%B3%D9%84%D8%A7%D9%85',
  '/fa/news/%E2%80%AEtxt.exe',
  `/fa/news/${'a'.repeat(4000)}`,
  '/fa/news/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "/fa/news/'%20OR%201=1--",
  '/fa/news/..',
  '/fa/news/.',
  '/fa/../../etc/passwd',
  '/fa/%2F%2Fevil.example',
  '//evil.example/',
  '/%2F%2Fevil.example',
  '/\\evil.example',
  '/xx',
  '/xx/faq',
  '/FA/faq',
  '/fa-IR/faq',
  '/en-US',
  '/de/news',
  '/%66%61/faq',
  '/fa/faq/extra/segments/that/do/not/exist',
  '/fa/faq?',
  '/fa/faq?%',
  '/fa/faq?a=%E0%A4%A',
  '/fa/faq?a[]=1&a[]=2&a[b]=3',
  '/fa/faq?__proto__[x]=1&constructor[prototype][y]=2',
  `/fa/faq?${'a='.repeat(3000)}`,
  '/fa/news?page=-1',
  '/fa/news?page=1e309',
  '/fa/news?page=NaN',
  '/api/dev/outbox?to=a&to=b&channel=sms&channel=email',
  '/api/dev/outbox?channel[]=sms',
  '/api/dev/outbox?to=%00',
  '/api/dev/outbox?to=%E0%A4%A',
  '/api/nope',
  '/api/../fa',
  '/_next/static/..%2F..%2Fpackage.json',
  '/_next/static/chunks/nope.js',
  '/_next/image?url=http://evil.example/x.png&w=64&q=75',
  '/_next/image?url=%2F..%2F..%2Fetc%2Fpasswd&w=64&q=75',
  '/.env',
  '/.git/config',
  '/package.json',
  '/next.config.ts',
  '/favicon.ico',
  '/robots.txt',
];

const LEAKS: Array<[string, RegExp]> = [
  ['stack frame', /\n\s+at [\w$.<>[\] ]+ \(/],
  ['file path', /\/(work|home|root|usr)\/[\w.-]+\/|node_modules\/|webpack-internal:/],
  ['JS error name', /\b(TypeError|ReferenceError|SyntaxError|RangeError): /],
  [
    'database error',
    /PostgresError|PGlite|drizzle|syntax error at or near|invalid byte sequence|relation "\w+"/i,
  ],
  ['generic 500 text', /Internal Server Error/i],
  ['a secret', /e2e-secret-e2e-secret|AUTH_SECRET|OTP_SECRET/],
];

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP (not fetch) so paths, methods and bodies go out exactly as written, malformed ones included. */
function send(
  method: string,
  rawPath: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path: rawPath,
        headers: {
          ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size < 2_000_000) chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // A server may refuse a huge body and close early; the status it sent first is what counts.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET')
        resolve({ status: 0, headers: {}, body: '' });
      else reject(error);
    });
    // A request the server never answers is a finding too (a hung handler ties up a worker).
    req.setTimeout(30_000, () => {
      req.destroy();
      resolve({ status: -1, headers: {}, body: `no answer within 30 s: ${method} ${rawPath.slice(0, 120)}` });
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const cases: Array<{ name: string; run: () => Promise<Answer> }> = [];
const add = (name: string, run: () => Promise<Answer>) => cases.push({ name, run });
const sameOrigin = { origin: ORIGIN };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Percent-encodes; a lone surrogate (which encodeURIComponent refuses) goes out as its raw, invalid UTF-8 bytes. */
const q = (s: string) =>
  encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD')).replace(/%EF%BF%BD/g, '%ED%A0%80');

for (const p of RAW_PATHS) add(`GET ${p.slice(0, 80)}`, () => send('GET', p));

for (const locale of ['fa', 'en']) {
  for (const page of PAGES) {
    for (const value of HOSTILE_STRINGS) {
      add(`GET /${locale}${page}?q=${value.name}`, () =>
        send('GET', `/${locale}${page}?q=${q(value.value)}&page=${q(value.value)}`),
      );
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
      add(`${method} /${locale}${page} from another site`, () =>
        send(method, `/${locale}${page}`, {
          headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
          body: 'x',
        }),
      );
      add(`${method} /${locale}${page} same origin, not an action`, () =>
        send(method, `/${locale}${page}`, {
          headers: { ...sameOrigin, 'content-type': 'text/plain' },
          body: '[]',
        }),
      );
    }
  }
  for (const value of HOSTILE_STRINGS) {
    add(`GET /${locale}/news/${value.name}`, () =>
      send('GET', `/${locale}/news/${q(value.value).slice(0, 6000)}`),
    );
    for (const dynamic of ['/university/setup/', '/university/applicants/', '/university/support/']) {
      add(`GET /${locale}${dynamic}${value.name}`, () =>
        send('GET', `/${locale}${dynamic}${q(value.value).slice(0, 1500)}`),
      );
    }
  }
}

for (const route of ROUTE_HANDLERS) {
  for (const value of HOSTILE_STRINGS) {
    const params = (route.query ?? ['q']).map((k) => `${k}=${q(value.value)}`).join('&');
    const full = `${route.path}?${params}`;
    // Node refuses request lines over its header limit (431): that is a 4xx too, so it stays a case.
    add(`GET ${route.path}?…=${value.name}`, () => send('GET', full));
  }
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND']) {
    for (const body of HOSTILE_JSON_BODIES) {
      if (method === 'GET') continue;
      add(`${method} ${route.path} ${body.name}`, () =>
        send(method, route.path, {
          headers: { ...sameOrigin, 'content-type': 'application/json' },
          body: body.value,
        }),
      );
      add(`${method} ${route.path} ${body.name} from another site`, () =>
        send(method, route.path, {
          headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
          body: body.value,
        }),
      );
    }
    add(`${method} ${route.path} form-encoded junk`, () =>
      send(method, route.path, {
        headers: { ...sameOrigin, 'content-type': 'application/x-www-form-urlencoded' },
        body: method === 'GET' ? undefined : `a=%ZZ&${'b=1&'.repeat(2000)}`,
      }),
    );
  }
}

/** Server actions found in the build: each one with a foreign Origin, no Origin, and hostile bodies. */
function serverActions(): Array<{ id: string; page: string; name: string }> {
  const manifestPath = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    node?: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node ?? {}).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? 'app/[locale]/page';
    const page = worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace('[locale]', 'fa')
      .replace(/\[\.\.\.\w+\]|\[\w+\]/g, 'x');
    return { id, page: page || '/fa', name: entry.exportedName ?? id.slice(0, 8) };
  });
}

const actions = serverActions();
const ACTION_BODIES: Array<[string, string, string]> = [
  ['empty array', 'text/plain;charset=UTF-8', '[]'],
  ['wrong types', 'text/plain;charset=UTF-8', JSON.stringify([null, 42, { $ne: null }, ['x']])],
  ['a string', 'text/plain;charset=UTF-8', JSON.stringify(['x'.repeat(50_000)])],
  ['broken JSON', 'text/plain;charset=UTF-8', '[{"a":'],
  ['1 MB', 'text/plain;charset=UTF-8', JSON.stringify(['x'.repeat(1_000_000)])],
  [
    'hostile form fields',
    'multipart/form-data; boundary=xx',
    HOSTILE_STRINGS.slice(0, 12)
      .map(
        (v, i) => `--xx\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n${v.value.slice(0, 2000)}\r\n`,
      )
      .join('') + '--xx--\r\n',
  ],
];
for (const { id, page, name: actionName } of actions) {
  add(`action ${actionName} on ${page} from another site`, () =>
    send('POST', page, {
      headers: { origin: 'https://evil.example', 'next-action': id, 'content-type': 'text/plain' },
      body: '[]',
    }),
  );
  add(`action ${actionName} on ${page} without Origin`, () =>
    send('POST', page, { headers: { 'next-action': id, 'content-type': 'text/plain' }, body: '[]' }),
  );
  for (const [name, type, body] of ACTION_BODIES) {
    add(`action ${actionName} on ${page}: ${name}`, () =>
      send('POST', page, { headers: { ...sameOrigin, 'next-action': id, 'content-type': type }, body }),
    );
  }
}
add('unknown action id', () =>
  send('POST', '/fa', {
    headers: { ...sameOrigin, 'next-action': '7f'.padEnd(42, '0'), 'content-type': 'text/plain' },
    body: '[]',
  }),
);

/**
 * Failures found by this gate in code owned by another branch, reported to its owner. They are printed
 * on every run (never hidden) and do not fail the suite; delete the entry once fixed — the test then
 * fails if the fix regresses.
 */
/** Server errors understood and accepted for now, each with why (none at the moment). */
const KNOWN_ISSUES: Array<{ pattern: RegExp; note: string }> = [];
const known: string[] = [];

const failures: string[] = [];
let serverErrors = 0;
after(() => {
  console.info(
    `hostile input: ${cases.length} cases, ${serverErrors} server errors (server actions found: ${actions.length}; ` +
      `${known.length} known and reported)`,
  );
  for (const k of known) console.info(`hostile input: KNOWN ${k}`);
});

function judge(name: string, answer: Answer): void {
  if (answer.status === -1) {
    failures.push(`${name}: ${answer.body}`);
    return;
  }
  const issue = KNOWN_ISSUES.find((k) => k.pattern.test(name));
  if (issue && answer.status >= 500) {
    known.push(`${name}: ${answer.status} — ${issue.note}`);
    return;
  }
  if (answer.status >= 500) {
    serverErrors += 1;
    failures.push(`${name}: status ${answer.status} ${answer.body.slice(0, 200).replace(/\s+/g, ' ')}`);
    return;
  }
  for (const [what, pattern] of LEAKS) {
    const m = pattern.exec(answer.body);
    if (m)
      failures.push(
        `${name}: body shows a ${what}: …${answer.body.slice(Math.max(0, m.index - 60), m.index + 80)}…`,
      );
  }
  const location = answer.headers.location;
  if (location) {
    const target = new URL(location, ORIGIN);
    if (target.origin !== ORIGIN) failures.push(`${name}: redirects to another host: ${location}`);
  }
}

test('hostile HTTP: never a 5xx, a stack trace or a foreign redirect', async () => {
  const BATCH = 6;
  for (let i = 0; i < cases.length; i += BATCH) {
    await Promise.all(
      cases.slice(i, i + BATCH).map(async (c) => {
        try {
          judge(c.name, await c.run());
        } catch (error) {
          failures.push(`${c.name}: request failed: ${String(error)}`);
        }
      }),
    );
  }
  assert.deepEqual(failures, [], `${failures.length} of ${cases.length} hostile requests were mishandled`);
});

test('server actions refuse foreign and missing origins with 403', async () => {
  const targets = actions.length ? actions : [{ id: '7f'.padEnd(42, '0'), page: '/fa' }];
  for (const { id, page } of targets) {
    for (const origin of [
      'https://evil.example',
      `${base.protocol}//${base.hostname}.evil.example:${base.port}`,
      undefined,
    ]) {
      const answer = await send('POST', page, {
        headers: {
          ...(origin ? { origin } : {}),
          'next-action': id,
          'content-type': 'text/plain;charset=UTF-8',
        },
        body: '[]',
      });
      assert.equal(answer.status, 403, `action ${id} on ${page} with Origin ${origin}`);
      assert.deepEqual(JSON.parse(answer.body), { error: 'forbidden_origin' });
    }
  }
});

/**
 * Next's middleware adapter builds a WHATWG Request, which refuses TRACE, so Next used to answer TRACE
 * with its plain 500 page before our middleware ran; server.mjs now refuses it first (405, like every
 * method the portal does not answer).
 */
test('TRACE gets 405 with Allow, not a 500', async () => {
  const answer = await send('TRACE', '/fa');
  console.info(`hostile input: TRACE /fa answers ${answer.status}`);
  assert.equal(answer.status, 405);
  assert.match(String(answer.headers.allow), /GET/);
  for (const [what, pattern] of LEAKS) assert.doesNotMatch(answer.body, pattern, what);
});

test('content pages still answer normally (the checks above can fail)', async () => {
  const ok = await send('GET', '/fa/faq');
  assert.equal(ok.status, 200);
  const missing = await send('GET', '/fa/news/..%2F..%2Fetc');
  assert.equal(missing.status, 404);
  assert.match(missing.body, /صفحه پیدا نشد/);
});
