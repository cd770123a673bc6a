/** The dev accounts fixture is a state-changing route handler like any other: same Origin, capped JSON. */
import { POST } from '@/app/api/dev/accounts/route';
import { resetEnvCache } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';
import { randomValidNationalCode } from '../helpers/national-code';

setupTestDatabase();
beforeAll(() => {
  process.env.OUTBOX_API = '1';
  resetEnvCache();
});
afterAll(() => {
  delete process.env.OUTBOX_API;
  resetEnvCache();
});

const body = () =>
  JSON.stringify({
    nationalCode: randomValidNationalCode(),
    password: 'Dev-account-1405',
    mobile: `0912${String(Date.now()).slice(-7)}`,
    email: `dev${Date.now()}@example.ir`,
  });

const post = (headers: Record<string, string>, payload: string = body()) =>
  POST(new Request('http://localhost:3000/api/dev/accounts', { method: 'POST', headers, body: payload }));

test('without an Origin, or from another origin, it is refused before anything is read', async () => {
  expect((await post({ host: 'localhost:3000', 'content-type': 'application/json' })).status).toBe(403);
  const foreign = await post({
    host: 'localhost:3000',
    origin: 'https://evil.example',
    'content-type': 'application/json',
  });
  expect(foreign.status).toBe(403);
  expect(await foreign.json()).toEqual({ error: 'forbidden_origin' });
});

test('the body is read as capped JSON', async () => {
  const same = { host: 'localhost:3000', origin: 'http://localhost:3000' };
  expect((await post({ ...same, 'content-type': 'text/plain' })).status).toBe(415);
  expect(
    (await post({ ...same, 'content-type': 'application/json' }, `{"password":"${'x'.repeat(20_000)}"}`))
      .status,
  ).toBe(413);
  expect((await post({ ...same, 'content-type': 'application/json' })).status).toBe(201);
});
