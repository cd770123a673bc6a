import { kavenegarDriver, resendDriver, smtpDriver } from '@/lib/delivery/providers';
import { PROVIDER_TIMEOUT_MS } from '@/lib/delivery/policy';
import { resetEnvCache } from '@/lib/env';
import {
  mailText,
  refusedPort,
  startRecordingServer,
  startSmtpSink,
  type RecordingServer,
} from '../helpers/fake-providers';

/**
 * Each provider driver against a local server that records exactly what it receives: the request the
 * provider would get, and the outcome the worker acts on for 2xx, 4xx, 5xx, a hung server and a
 * refused connection (retryable or final).
 */
const saved = { ...process.env };
let http: RecordingServer;

beforeAll(async () => {
  http = await startRecordingServer();
  process.env.KAVENEGAR_BASE_URL = http.url;
  process.env.RESEND_BASE_URL = http.url;
  process.env.EMAIL_FROM = 'Portal <no-reply@portal.example>';
  process.env.KAVENEGAR_OTP_TEMPLATE = 'otp-template';
  process.env.KAVENEGAR_SENDER = '10004346';
  resetEnvCache();
});

afterAll(async () => {
  await http.close();
  process.env = saved;
  resetEnvCache();
});

beforeEach(() => {
  http.requests.length = 0;
  http.reply = () => ({
    status: 200,
    json: { return: { status: 200 }, entries: [{ messageid: 77 }], id: 'r-1' },
  });
});

const form = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('Kavenegar driver', () => {
  const driver = () => kavenegarDriver('KEY/1');

  test('a code SMS goes through the verify template with the bare code', async () => {
    const result = await driver().send({
      channel: 'sms',
      to: '09121234567',
      body: 'code 123456',
      code: '123456',
    });
    expect(result).toEqual({ ok: true, id: '77', driver: 'kavenegar' });
    expect(http.requests).toHaveLength(1);
    const [req] = http.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/KEY%2F1/verify/lookup.json');
    expect(form(req.body)).toEqual({ receptor: '09121234567', token: '123456', template: 'otp-template' });
  });

  test('a plain SMS carries the text and the sender; a call is text-to-speech', async () => {
    await driver().send({ channel: 'sms', to: '09121234567', body: 'سلام 1' });
    await driver().send({ channel: 'voice', to: '09121234567', body: 'کد شما 123456 است', code: '123456' });
    expect(http.requests.map((r) => r.path)).toEqual([
      '/v1/KEY%2F1/sms/send.json',
      '/v1/KEY%2F1/call/maketts.json',
    ]);
    expect(form(http.requests[0].body)).toEqual({
      receptor: '09121234567',
      message: 'سلام 1',
      sender: '10004346',
    });
    expect(form(http.requests[1].body)).toEqual({ receptor: '09121234567', message: 'کد شما 123456 است' });
  });

  test('4xx is final, 5xx and an error status in the body are retried', async () => {
    http.reply = () => ({ status: 418, json: { return: { status: 418, message: 'credit' } } });
    expect(await driver().send({ channel: 'sms', to: '0912', body: 'x' })).toEqual({
      ok: false,
      error: 'status_418',
      driver: 'kavenegar',
      retryable: false,
    });
    http.reply = () => ({ status: 502, json: {} });
    expect(await driver().send({ channel: 'sms', to: '0912', body: 'x' })).toMatchObject({
      ok: false,
      error: 'status_502',
      retryable: true,
    });
    http.reply = () => ({ status: 429 });
    expect(await driver().send({ channel: 'sms', to: '0912', body: 'x' })).toMatchObject({ retryable: true });
  });
});

describe('Resend driver', () => {
  test('sends exactly the email, with the delivery id as idempotency key', async () => {
    const result = await resendDriver('re_key').send({
      id: 'd-1',
      channel: 'email',
      to: 'a@b.example',
      subject: 'موضوع',
      body: 'متن ۱۲۳',
    });
    expect(result).toEqual({ ok: true, id: 'r-1', driver: 'resend' });
    const [req] = http.requests;
    expect(req.path).toBe('/emails');
    expect(req.headers.authorization).toBe('Bearer re_key');
    expect(req.headers['idempotency-key']).toBe('d-1');
    expect(JSON.parse(req.body)).toEqual({
      from: 'Portal <no-reply@portal.example>',
      to: ['a@b.example'],
      subject: 'موضوع',
      text: 'متن ۱۲۳',
    });
  });

  test('422 is final, 500 is retried', async () => {
    // Resend's error bodies carry the status and a name, as its API documents them.
    http.reply = () => ({
      status: 422,
      json: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' },
    });
    expect(await resendDriver('k').send({ channel: 'email', to: 'a@b.example', body: 'x' })).toEqual({
      ok: false,
      error: 'status_422',
      driver: 'resend',
      retryable: false,
    });
    http.reply = () => ({
      status: 500,
      json: { statusCode: 500, name: 'internal_server_error', message: 'Unexpected error.' },
    });
    expect(await resendDriver('k').send({ channel: 'email', to: 'a@b.example', body: 'x' })).toMatchObject({
      retryable: true,
    });
  });
});

describe('SMTP driver', () => {
  test('delivers the message to the SMTP server', async () => {
    const sink = await startSmtpSink();
    try {
      const result = await smtpDriver(sink.url).send({
        id: 'd-2',
        channel: 'email',
        to: 'x@y.example',
        subject: 'Welcome',
        body: 'Hello ۱۲ there',
      });
      expect(result).toMatchObject({ ok: true, driver: 'smtp' });
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0].to).toEqual(['x@y.example']);
      expect(sink.messages[0].from).toBe('no-reply@portal.example');
      expect(sink.messages[0].raw).toMatch(/^Subject: Welcome$/m);
      expect(mailText(sink.messages[0].raw)).toContain('Hello ۱۲ there');
    } finally {
      await sink.close();
    }
  });

  test('a permanent refusal (5xx reply) is final', async () => {
    const sink = await startSmtpSink(0, { reject: 550 });
    try {
      expect(await smtpDriver(sink.url).send({ channel: 'email', to: 'x@y.example', body: 'x' })).toEqual({
        ok: false,
        error: 'reply_550',
        driver: 'smtp',
        retryable: false,
      });
    } finally {
      await sink.close();
    }
  });
});

describe('every driver: refused connections and hung servers', () => {
  test('a refused connection is a retryable network failure', async () => {
    const port = await refusedPort();
    process.env.KAVENEGAR_BASE_URL = `http://127.0.0.1:${port}`;
    process.env.RESEND_BASE_URL = `http://127.0.0.1:${port}`;
    resetEnvCache();
    try {
      const results = await Promise.all([
        kavenegarDriver('k').send({ channel: 'sms', to: '0912', body: 'x' }),
        resendDriver('k').send({ channel: 'email', to: 'a@b.example', body: 'x' }),
        smtpDriver(`smtp://127.0.0.1:${port}`).send({ channel: 'email', to: 'a@b.example', body: 'x' }),
      ]);
      expect(results).toEqual([
        { ok: false, error: 'network', driver: 'kavenegar', retryable: true },
        { ok: false, error: 'network', driver: 'resend', retryable: true },
        { ok: false, error: 'network', driver: 'smtp', retryable: true },
      ]);
    } finally {
      process.env.KAVENEGAR_BASE_URL = http.url;
      process.env.RESEND_BASE_URL = http.url;
      resetEnvCache();
    }
  });

  test(`a server that never answers is given up within ${PROVIDER_TIMEOUT_MS} ms`, async () => {
    http.reply = () => 'hang';
    // An SMTP server that accepts the connection and never greets.
    const silent = await startRecordingServer();
    const { createServer } = await import('node:net');
    const mute = createServer(() => {});
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
    const mutePort = (mute.address() as import('node:net').AddressInfo).port;
    try {
      const t0 = Date.now();
      const results = await Promise.all([
        kavenegarDriver('k').send({ channel: 'sms', to: '0912', body: 'x' }),
        resendDriver('k').send({ channel: 'email', to: 'a@b.example', body: 'x' }),
        smtpDriver(`smtp://127.0.0.1:${mutePort}`).send({ channel: 'email', to: 'a@b.example', body: 'x' }),
      ]);
      const elapsed = Date.now() - t0;
      expect(results.map((r) => !r.ok && r.retryable)).toEqual([true, true, true]);
      expect(results.slice(0, 2).map((r) => !r.ok && r.error)).toEqual(['timeout', 'timeout']);
      expect(elapsed).toBeLessThan(PROVIDER_TIMEOUT_MS + 1_500);
    } finally {
      mute.close();
      await silent.close();
    }
  }, 20_000);
});
