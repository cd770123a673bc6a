import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KNOWN_METHODS, withKnownMethods } from '@/lib/http/known-methods.mjs';

let server: Server;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer(
    withKnownMethods((req, res) => {
      seen.push(req.method ?? '');
      res.end('app');
    }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path: '/fa' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

test.each(['TRACE', 'PROPFIND', 'MKCOL'])(
  '%s gets 405 with Allow, never reaching the app',
  async (method) => {
    seen.length = 0;
    const answer = await send(method);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe(KNOWN_METHODS.join(', '));
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(answer.body)).toEqual({ error: 'method_not_allowed' });
    expect(seen).toEqual([]);
  },
);

test.each(['GET', 'POST', 'DELETE'])('%s reaches the app', async (method) => {
  seen.length = 0;
  const answer = await send(method);
  expect(answer.status).toBe(200);
  expect(seen).toEqual([method]);
});
