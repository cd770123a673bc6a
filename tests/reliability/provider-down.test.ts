/**
 * The email provider (an SMTP sink) is down when an applicant registers: the registration
 * is answered at once, and the welcome email arrives when the sink comes back, with nobody acting.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, stopAll } from '../../scripts/lib/server.mjs';
import { mailText, startSmtpSink, type SmtpSink } from '../helpers/fake-providers';
import {
  codeOf,
  newEmail,
  newMobile,
  PORT_BASE,
  register,
  registrationFields,
  sendCode,
  sleep,
  validNationalCode,
  waitForMessage,
} from './helpers';

const SMTP_PORT = PORT_BASE + 10;
let server: { url: string };
let sink: SmtpSink | undefined;

before(async () => {
  sink = await startSmtpSink(SMTP_PORT);
  server = await startServer(
    PORT_BASE + 3,
    { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, EMAIL_FROM: 'Portal <no-reply@portal.example>' },
    { name: 'reliability-provider-down' },
  );
});
after(async () => {
  stopAll();
  await sink?.close();
});

async function waitForMail(s: SmtpSink, to: string, text: string, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = s.messages.find((m) => m.to.includes(to) && mailText(m.raw).includes(text));
    if (found || Date.now() > deadline) return found;
    await sleep(100);
  }
}

describe('provider down', () => {
  test('the welcome email waits for the SMTP server and is then delivered without anyone acting', async () => {
    const who = { nationalCode: validNationalCode(), mobile: newMobile(), email: newEmail() };
    // Codes while the provider is up: the SMS goes to the outbox, the email through the sink.
    assert.equal((await sendCode(server.url, { channel: 'sms', mobile: who.mobile })).value?.ok, true);
    assert.equal((await sendCode(server.url, { channel: 'email', email: who.email })).value?.ok, true);
    const mobileCode = codeOf(await waitForMessage(server.url, who.mobile, 'sms'));
    const codeMail = await waitForMail(sink!, who.email, 'کد فعال‌سازی', 10_000);
    const emailCode = codeMail && mailText(codeMail.raw).match(/\b(\d{6})\b/)?.[1];
    assert.ok(mobileCode && emailCode, 'codes arrived');

    await sink!.close();
    sink = undefined;
    const t0 = Date.now();
    const answer = await register(server.url, registrationFields({ ...who, mobileCode, emailCode }));
    const answeredMs = Date.now() - t0;
    assert.equal(answer.value?.ok, true, answer.text.slice(0, 300));
    assert.ok(answeredMs < 1_000, `registration answered in ${answeredMs} ms with the provider down`);
    console.info(`# registration with the SMTP server down answered in ${answeredMs} ms`);

    // The worker's first attempt fails (connection refused) and is retried with backoff.
    await sleep(2_000);
    const queue = (await (await fetch(`${server.url}/api/dev/deliveries?status=pending`)).json()) as Array<{
      template: string;
      attempts: number;
      lastError: string | null;
    }>;
    assert.ok(
      queue.some((d) => d.template === 'welcome' && d.attempts >= 1 && d.lastError === 'network'),
      JSON.stringify(queue),
    );

    sink = await startSmtpSink(SMTP_PORT);
    const welcome = await waitForMail(sink, who.email, '/fa/login', 30_000);
    assert.ok(welcome, 'the welcome email arrived after the provider came back');
    // The username is written in Persian digits in a fa email, like every number in a Persian text.
    const persian = who.nationalCode.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    assert.match(mailText(welcome.raw), new RegExp(persian));
    console.info(
      `# welcome email delivered ${Math.round((Date.now() - t0) / 1000)} s after the registration`,
    );
  });
});
