/**
 * The client address over real HTTP: a node:http server stamps requests exactly as server.mjs does
 * (stampClientAddress) and answers with what the app's clientAddress() reads from the stamped headers.
 * Forged X-Real-IP / X-Forwarded-For / stamp headers must not change the answer in either mode.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resetEnvCache } from '@/lib/env';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { CLIENT_ADDRESS_HEADER, CLIENT_TOKEN_HEADER, stampClientAddress } from '@/lib/security/forwarded.mjs';

const TOKEN = 'test-boot-token-0123456789abcdef';
const servers: Server[] = [];

/** Answers with the address the app would use, the way a route handler sees the headers. */
function start(hops: number, port: number): Promise<string> {
  const server = createServer((req, res) => {
    stampClientAddress(req, hops, TOKEN);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    res.end(clientAddress(headers));
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

function get(url: string, headers: Record<string, string | string[]>): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

const FORGERIES: Array<Record<string, string | string[]>> = [
  {},
  { 'x-real-ip': '203.0.113.50' },
  { 'x-forwarded-for': '203.0.113.51' },
  { 'x-forwarded-for': '203.0.113.52, 198.51.100.1', 'x-real-ip': '203.0.113.53' },
  { forwarded: 'for=203.0.113.54' },
  { [CLIENT_ADDRESS_HEADER]: '203.0.113.55', [CLIENT_TOKEN_HEADER]: 'guessed-token' },
  { 'x-forwarded-for': 'x'.repeat(8000) },
];

beforeAll(() => {
  process.env.PORTAL_CLIENT_TOKEN = TOKEN;
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.PORTAL_CLIENT_TOKEN;
  resetEnvCache();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

test('reached directly (TRUST_PROXY_HOPS=0): every forged header gives the socket peer', async () => {
  const url = await start(0, 4210);
  const seen = new Set<string>();
  for (const headers of FORGERIES) seen.add(await get(url, headers));
  expect([...seen]).toEqual(['127.0.0.1']);
});

test('behind one proxy (TRUST_PROXY_HOPS=1): the address the proxy appended, not what the client wrote', async () => {
  const url = await start(1, 4211);
  // The proxy (this test, on 127.0.0.1) appends the client's socket address 198.51.100.7 to
  // whatever X-Forwarded-For the client sent; the client also forges X-Real-IP.
  const viaProxy = (clientSent: string | undefined, extra: Record<string, string> = {}) =>
    get(url, { ...extra, 'x-forwarded-for': clientSent ? `${clientSent}, 198.51.100.7` : '198.51.100.7' });
  expect(await viaProxy(undefined)).toBe('198.51.100.7');
  expect(await viaProxy('203.0.113.60', { 'x-real-ip': '203.0.113.61' })).toBe('198.51.100.7');
  expect(await viaProxy('203.0.113.62, 203.0.113.63')).toBe('198.51.100.7');
  expect(await viaProxy('x'.repeat(6000))).toBe('198.51.100.7');
  expect(
    await viaProxy(undefined, {
      [CLIENT_ADDRESS_HEADER]: '203.0.113.64',
      [CLIENT_TOKEN_HEADER]: TOKEN.slice(1),
    }),
  ).toBe('198.51.100.7');
  // A malformed entry from the proxy: the proxy itself, never the client's words.
  expect(await get(url, { 'x-forwarded-for': '203.0.113.65, garbage' })).toBe('127.0.0.1');
});

test('without the boot token (not started through server.mjs) every client shares one bucket', () => {
  const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.70', 'x-real-ip': '203.0.113.71' });
  expect(clientAddress(headers)).toBe('unknown');
});

test('limit keys bucket an IPv6 client by its /64', () => {
  expect(hashClientAddress('2001:db8:5:6::1')).toBe(hashClientAddress('2001:db8:5:6:abcd::99'));
  expect(hashClientAddress('2001:db8:5:6::1')).not.toBe(hashClientAddress('2001:db8:5:7::1'));
  expect(hashClientAddress('203.0.113.1')).not.toBe(hashClientAddress('203.0.113.2'));
});
