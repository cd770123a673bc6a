/**
 * Login and recovery timing for existing vs missing accounts (enumeration), printed only.
 */
import { baseEnv } from '../lib/server.mjs';
import { asForm, findAction, invokeAction, validNationalCode } from '../lib/actions.mjs';
import { CAPTCHA, mean, newMobile, safeFetch, uniq } from './common.mjs';

export const p95 = (xs) =>
  [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

export async function benchEnumeration(url) {
  const login = findAction('loginAction');
  const reset = findAction('requestResetAction');
  if (!login || !reset) {
    console.info('  SKIP enumeration timing: sign-in or recovery actions not in this build yet');
    return;
  }
  const TRIES = Number(baseEnv.BENCH_ENUM_TRIES ?? 30);
  // One existing account per try: each name is tried once, so the per-name throttling (captcha and
  // waits from the 3rd failure) and the per-target code limit never kick in; each try comes from its
  // own address for the same reason. Missing names are fresh valid national codes.
  const existing = [];
  for (let i = 0; i < TRIES; i++) {
    const nationalCode = validNationalCode();
    const res = await safeFetch(`${url}/api/dev/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({
        nationalCode,
        password: 'Bench-exists-1405',
        mobile: newMobile(),
        email: `bench-enum-${uniq()}@example.com`,
        status: 'pre_registered',
      }),
    });
    if (res?.status === 201) existing.push(nationalCode);
  }
  if (existing.length < TRIES) {
    console.info(`  SKIP enumeration timing: only ${existing.length}/${TRIES} dev accounts created`);
    return;
  }
  const base = Math.floor(Math.random() * 1_000_000);
  const ip = (i) => `10.${200 + ((i >> 16) & 31)}.${(i >> 8) & 255}.${i & 255}`;
  const timings = { login: { existing: [], missing: [] }, reset: { existing: [], missing: [] } };
  const answers = {
    login: { existing: new Set(), missing: new Set() },
    reset: { existing: new Set(), missing: new Set() },
  };
  let n = 0;
  const timed = async (kind, which, page, action, fields) => {
    const t0 = performance.now();
    const a = await invokeAction(url, page, action, [null, asForm(fields)], {
      'x-forwarded-for': ip(base + n++),
    });
    timings[kind][which].push(performance.now() - t0);
    // What a visitor could compare: the status and the shape of the answer (no codes or names in it).
    answers[kind][which].add(`${a.status} ${JSON.stringify(a.value?.ok)} ${a.value?.formError ?? ''}`);
  };
  // Sequential and interleaved, so load from elsewhere on the machine hits both sides alike.
  for (let i = 0; i < TRIES; i++) {
    for (const which of i % 2 ? ['existing', 'missing'] : ['missing', 'existing']) {
      const nationalCode = which === 'existing' ? existing[i] : validNationalCode();
      await timed('login', which, '/fa/login', login, {
        nationalCode,
        password: 'Wrong-pass-1405',
        locale: 'fa',
      });
      await timed('reset', which, '/fa/forgot-password', reset, {
        nationalCode,
        channel: 'email',
        locale: 'fa',
        altcha: CAPTCHA,
      });
    }
  }
  for (const [kind, label] of [
    ['login', 'login, wrong password'],
    ['reset', 'forgot-password, email code'],
  ]) {
    const e = timings[kind].existing;
    const m = timings[kind].missing;
    const same = [...answers[kind].existing].join('|') === [...answers[kind].missing].join('|');
    console.info(
      `  ${label.padEnd(28)} existing mean ${mean(e).toFixed(1)} ms p95 ${p95(e).toFixed(1)} ms | ` +
        `missing mean ${mean(m).toFixed(1)} ms p95 ${p95(m).toFixed(1)} ms | ` +
        `difference mean ${(mean(e) - mean(m)).toFixed(1)} ms p95 ${(p95(e) - p95(m)).toFixed(1)} ms | ` +
        `answers ${same ? 'identical' : 'DIFFER'} (${[...answers[kind].existing].join(', ')})` +
        (same ? '' : ` vs (${[...answers[kind].missing].join(', ')})`),
    );
  }
}
