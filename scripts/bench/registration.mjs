/**
 * Registration under load: 200 concurrent code requests and registrations, nothing lost or doubled.
 */
import { tsImport } from 'tsx/esm/api';
import { asForm, findAction, invokeAction, validNationalCode } from '../lib/actions.mjs';
import { CAPTCHA, budget, codeIn, newMobile, outbox, registrationFields, uniq } from './common.mjs';

export async function benchRegistration(url, kindLabel) {
  const { RULES_VERSION } = await tsImport('../../lib/validation/register.ts', import.meta.url);
  const send = findAction('sendRegistrationCodeAction');
  const register = findAction('registerAction');
  if (!send || !register) {
    budget(
      `${kindLabel}: no 5xx under 200 concurrent registrations`,
      'SKIP',
      'registration actions not in this build yet',
    );
    budget(
      `${kindLabel}: limits hold under 200 concurrent code requests`,
      'SKIP',
      'registration actions not in this build yet',
    );
    return;
  }
  const page = '/fa/register';
  const ip = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const base = Math.floor(Math.random() * 1_000_000);

  // 200 concurrent code requests for ONE mobile from 200 addresses: exactly one may pass.
  {
    const mobile = newMobile();
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        invokeAction(url, page, send, [{ channel: 'sms', mobile, altcha: CAPTCHA }], {
          'x-forwarded-for': ip(base + i),
        }),
      ),
    );
    const accepted = answers.filter((a) => a.value?.ok === true).length;
    const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
    const stored = (await outbox(url, mobile, 'sms')).length;
    console.info(
      `  200 code requests, one mobile: ${accepted} accepted, ${stored} in outbox, ${fivexx} 5xx, ${Date.now() - started} ms`,
    );
    budget(
      `${kindLabel}: one code per mobile per lifetime under 200 concurrent requests`,
      accepted === 1 && stored === 1 && fivexx === 0 ? 'PASS' : 'FAIL',
      `${accepted} accepted, ${stored} stored, ${fivexx} 5xx (want 1, 1, 0)`,
    );
  }
  // 200 concurrent code requests from ONE address to 200 mobiles: exactly the per-client limit passes.
  {
    const mobiles = Array.from({ length: 200 }, newMobile);
    const clientIp = ip(base + 500);
    const answers = await Promise.all(
      mobiles.map((mobile) =>
        invokeAction(url, page, send, [{ channel: 'sms', mobile, altcha: CAPTCHA }], {
          'x-forwarded-for': clientIp,
        }),
      ),
    );
    const accepted = answers.filter((a) => a.value?.ok === true).length;
    const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
    let stored = 0;
    for (const m of mobiles) stored += (await outbox(url, m, 'sms')).length;
    console.info(`  200 code requests, one client: ${accepted} accepted, ${stored} in outbox, ${fivexx} 5xx`);
    budget(
      `${kindLabel}: per-client code limit (20/hour) holds under 200 concurrent requests`,
      accepted === 20 && stored === 20 && fivexx === 0 ? 'PASS' : 'FAIL',
      `${accepted} accepted, ${stored} stored, ${fivexx} 5xx (want 20, 20, 0)`,
    );
  }

  // SMS pumping: 1,000 code requests for numbers in ONE foreign prefix (+234 803, Nigeria), each from its
  // own address (so per-client limits never bite): at most the prefix budget (10 an hour) may be sent.
  {
    const prefixMobiles = Array.from(
      { length: 1000 },
      (_, i) => `+234803${String(1_000_000 + ((base + i) % 9_000_000)).padStart(7, '0')}`,
    );
    const answers = [];
    // In waves of 100, as a pumping script would, so the server is not simply flooded.
    for (let w = 0; w < prefixMobiles.length; w += 100) {
      answers.push(
        ...(await Promise.all(
          prefixMobiles.slice(w, w + 100).map((mobile, j) =>
            invokeAction(url, '/en/register', send, [{ channel: 'sms', mobile, altcha: CAPTCHA }], {
              'x-forwarded-for': ip(base + 10_000 + w + j),
            }),
          ),
        )),
      );
    }
    const accepted = answers.filter((a) => a.value?.ok === true).length;
    const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
    let stored = 0;
    for (const m of prefixMobiles) stored += (await outbox(url, m, 'sms')).length;
    console.info(
      `  SMS pumping, 1,000 requests to one foreign prefix from 1,000 addresses: ${accepted} accepted, ${stored} SMS sent, ${fivexx} 5xx`,
    );
    budget(
      `${kindLabel}: SMS pumping to one foreign prefix is capped at the prefix budget (10/hour)`,
      accepted <= 10 && stored <= 10 && fivexx === 0 ? 'PASS' : 'FAIL',
      `${accepted} accepted, ${stored} sent, ${fivexx} 5xx (want ≤ 10, ≤ 10, 0)`,
    );
  }

  // 200 concurrent registrations from 200 addresses; 20 of them reuse 10 national codes.
  const attempts = [];
  for (let i = 0; i < 200; i++) {
    const client = ip(base + 1000 + i);
    const mobile = newMobile();
    const email = `bench-${uniq()}-${i}@example.com`;
    attempts.push({ client, mobile, email, nationalCode: i >= 180 ? null : validNationalCode() });
  }
  for (let i = 180; i < 200; i++) attempts[i].nationalCode = attempts[i - 180].nationalCode;
  // Codes first (not timed: the outbox is the tests' path to them).
  await Promise.all(
    attempts.map(async (a) => {
      const h = { 'x-forwarded-for': a.client };
      await invokeAction(
        url,
        page,
        send,
        [{ channel: 'sms', mobile: a.mobile, nationalCode: a.nationalCode, altcha: CAPTCHA }],
        h,
      );
      await invokeAction(
        url,
        page,
        send,
        [{ channel: 'email', email: a.email, nationalCode: a.nationalCode, altcha: CAPTCHA }],
        h,
      );
      a.mobileCode = codeIn(await outbox(url, a.mobile, 'sms'));
      a.emailCode = codeIn(await outbox(url, a.email, 'email'));
    }),
  );
  const started = Date.now();
  const latencies = [];
  const answers = await Promise.all(
    attempts.map(async (a) => {
      const t0 = Date.now();
      const fields = registrationFields(a, RULES_VERSION);
      const answer = await invokeAction(url, page, register, [null, asForm(fields)], {
        'x-forwarded-for': a.client,
      });
      latencies.push(Date.now() - t0);
      return answer;
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  const accepted = answers.filter((a) => a.value?.ok === true);
  const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
  const refusedDuplicate = answers.filter((a) => a.value?.formError === 'duplicateAccount').length;
  const otherErrors = answers
    .filter((a) => a.value?.ok === false && a.value?.formError !== 'duplicateAccount')
    .map((a) => a.value.formError ?? Object.keys(a.value.fieldErrors ?? {}).join('+'));
  // Nothing lost: every accepted registration sent exactly one welcome email; no national code twice.
  // Emails are queued with the account and sent by the delivery worker: give it a moment to finish.
  let welcomes = 0;
  for (const deadline = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 500))) {
    welcomes = 0;
    for (const a of attempts)
      welcomes += (await outbox(url, a.email, 'email')).filter((m) => !/\b\d{6}\b/.test(m.body)).length;
    if (welcomes >= accepted.length || Date.now() > deadline) break;
  }
  const acceptedCodes = new Set(accepted.map((a) => a.value.data?.username));
  console.info(
    `  200 registrations: ${accepted.length} accepted (${acceptedCodes.size} distinct usernames), ` +
      `${refusedDuplicate} refused as duplicates, ${otherErrors.length} other refusals ${JSON.stringify(otherErrors.slice(0, 5))}, ` +
      `${fivexx} 5xx, ${(200 / elapsed).toFixed(1)} req/s, p50 ${latencies[100]} ms, p99 ${latencies[197]} ms`,
  );
  budget(
    `${kindLabel}: no 5xx under 200 concurrent registrations`,
    fivexx === 0 ? 'PASS' : 'FAIL',
    `${fivexx} 5xx`,
  );
  budget(
    `${kindLabel}: nothing lost or doubled`,
    accepted.length === 180 && acceptedCodes.size === 180 && welcomes === 180 ? 'PASS' : 'FAIL',
    `${accepted.length} accepted, ${acceptedCodes.size} distinct, ${welcomes} welcome emails (want 180 each; 20 duplicates refused)`,
  );
}
