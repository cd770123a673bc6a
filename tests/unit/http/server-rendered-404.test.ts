import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { INTERNAL_404_HEADER, localeOfPath, withServerRendered404 } from '@/lib/http/server-rendered-404.mjs';

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>x</script></body></html>';
const PAGE = '<!DOCTYPE html><html lang="fa" dir="rtl"><body><h1>صفحه پیدا نشد</h1></body></html>';

/** A stand-in for Next's handler: answers each path the way Next would, gzip when asked. */
function fakeNext(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
  const send = (status: number, html: string) => {
    res.statusCode = status;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', "script-src 'nonce-shell'");
    res.setHeader('set-cookie', 'portal-signed-in=1; Path=/');
    if (gzip) res.setHeader('content-encoding', 'gzip');
    const body = gzip ? gzipSync(html) : Buffer.from(html);
    // Streamed in two writes, as Next does.
    res.write(body.subarray(0, 10));
    res.end(body.subarray(10));
  };
  if (path.startsWith('/fa/news/missing') || path.startsWith('/en/news/missing')) send(404, SHELL);
  else if (path === '/fa/plain-404') send(404, PAGE);
  else send(200, '<!DOCTYPE html><html><body>ok</body></html>');
}

async function withServer(
  fetchNotFound: (locale: string, req: IncomingMessage) => Promise<Response>,
  run: (base: string) => Promise<void>,
): Promise<void> {
  const server = createServer(withServerRendered404(fakeNext, fetchNotFound));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

const notFoundPage = (locale: string) =>
  new Response(`<!DOCTYPE html><html lang="${locale}"><body><h1>404 ${locale}</h1></body></html>`, {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'nonce-page'",
    },
  });

describe('server-drawn 404 documents', () => {
  test.each([
    ['plain', {}],
    ['gzip', { 'accept-encoding': 'gzip' }],
  ])('an empty notFound() shell is replaced by the 404 page of its language (%s)', async (_, extra) => {
    const asked: Array<{ locale: string; cookie?: string }> = [];
    await withServer(
      async (locale, req) => {
        asked.push({ locale, cookie: req.headers.cookie });
        return notFoundPage(locale);
      },
      async (base) => {
        const res = await fetch(`${base}/en/news/missing`, {
          headers: { accept: 'text/html', cookie: 'a=1', ...extra },
        });
        expect(res.status).toBe(404);
        const html = await res.text();
        expect(html).toContain('<h1>404 en</h1>');
        expect(html).not.toContain('__next_error__');
        // The replacement's own policy (its nonce matches its scripts), the shell's cookies kept.
        expect(res.headers.get('content-security-policy')).toBe("script-src 'nonce-page'");
        expect(res.headers.get('set-cookie')).toContain('portal-signed-in=1');
        expect(asked).toEqual([{ locale: 'en', cookie: 'a=1' }]);
      },
    );
  });

  test('other answers pass untouched: a drawn 404, a 200, a router request, the server’s own request', async () => {
    const fetchNotFound = jest.fn(async (locale: string) => notFoundPage(locale));
    await withServer(fetchNotFound, async (base) => {
      const drawn = await fetch(`${base}/fa/plain-404`, { headers: { accept: 'text/html' } });
      expect(drawn.status).toBe(404);
      expect(await drawn.text()).toBe(PAGE);
      expect(drawn.headers.get('content-security-policy')).toBe("script-src 'nonce-shell'");
      const ok = await fetch(`${base}/fa`, { headers: { accept: 'text/html' } });
      expect(await ok.text()).toContain('ok');
      const rsc = await fetch(`${base}/fa/news/missing`, { headers: { accept: 'text/html', rsc: '1' } });
      expect(await rsc.text()).toBe(SHELL);
      const internal = await fetch(`${base}/fa/news/missing`, {
        headers: { accept: 'text/html', [INTERNAL_404_HEADER]: '1' },
      });
      expect(await internal.text()).toBe(SHELL);
    });
    expect(fetchNotFound).not.toHaveBeenCalled();
  });

  test('when the 404 page cannot be had, the shell is sent as it was', async () => {
    await withServer(
      async () => {
        throw new Error('down');
      },
      async (base) => {
        const res = await fetch(`${base}/fa/news/missing`, { headers: { accept: 'text/html' } });
        expect(res.status).toBe(404);
        expect(await res.text()).toBe(SHELL);
      },
    );
  });

  test('the language comes from the first segment of the path', () => {
    expect(localeOfPath('/en/news/x?y=1')).toBe('en');
    expect(localeOfPath('/fa/faq')).toBe('fa');
    expect(localeOfPath('/xx/faq')).toBe('fa');
    expect(localeOfPath('/')).toBe('fa');
  });
});
