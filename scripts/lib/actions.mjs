/**
 * Calling server actions over HTTP the way React's client does, for the benchmark and the hostile
 * input gates: POST to the page with `Next-Action: <id>`; arguments as JSON, or as multipart when one
 * of them is a FormData (its fields go out as `_<part>_<name>`, the root refers to it as `$K<part>`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The id of an exported server action in the current build, by its exported name. */
export function findAction(exportedName) {
  const file = path.join(root, '.next', 'server', 'server-reference-manifest.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  return Object.entries(manifest.node ?? {}).find(([, v]) => v.exportedName === exportedName)?.[0];
}

const FORM = Symbol('form');
/** Marks an argument to be sent as FormData (what a <form action> passes). */
export const asForm = (fields) => ({ [FORM]: fields });

const escapeString = (s) => (typeof s === 'string' && s.startsWith('$') ? `$${s}` : s);

/** Reads the action's return value out of the RSC answer (the row whose value looks like a result). */
function parseFlight(text) {
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (!m) continue;
    try {
      const value = JSON.parse(m[2]);
      if (value && typeof value === 'object' && 'ok' in value) return value;
    } catch {
      /* not a JSON row */
    }
  }
  return undefined;
}

export async function invokeAction(baseUrl, page, actionId, args, extraHeaders = {}) {
  const headers = { 'next-action': actionId, origin: baseUrl, accept: 'text/x-component', ...extraHeaders };
  let body;
  const formIndex = args.findIndex((a) => a && typeof a === 'object' && FORM in a);
  if (formIndex === -1) {
    body = JSON.stringify(args.map(escapeString));
    headers['content-type'] = 'text/plain;charset=UTF-8';
  } else {
    const form = new FormData();
    const rootArgs = args.map((a, i) => (i === formIndex ? '$K1' : escapeString(a)));
    for (const [k, v] of Object.entries(args[formIndex][FORM])) form.append(`_1_${k}`, v ?? '');
    // The root part goes last, as React's client sends it: the server decodes the body as it streams
    // and resolves `$K1` when the root arrives, so parts sent after it are never seen (empty FormData).
    form.append('0', JSON.stringify(rootArgs));
    body = form;
  }
  // Under load a connection can be refused or reset: that is a counted failure (status 0), not a crash.
  try {
    const res = await fetch(`${baseUrl}${page}`, { method: 'POST', headers, body, redirect: 'manual' });
    const text = await res.text();
    // An action that redirects does so only when it succeeds: a redirect answer counts as
    // `{ ok: true }`, with where it went.
    const redirect = res.headers.get('x-action-redirect');
    if (redirect)
      return {
        status: res.status,
        value: { ok: true, redirect: redirect.split(';')[0] },
        text,
        headers: res.headers,
      };
    const value = parseFlight(text);
    // A success that leaves the page (sign-in, registration) answers where to go (moveTo in
    // lib/actions/define-action.ts); it counts the same as a redirect.
    if (value?.ok === true && typeof value.data?.redirectTo === 'string')
      value.redirect = value.data.redirectTo;
    return { status: res.status, value, text, headers: res.headers };
  } catch (error) {
    return { status: 0, value: undefined, text: '', error: String(error?.cause?.code ?? error) };
  }
}

/** A random national code with a valid check digit (not ten equal digits). */
export function validNationalCode() {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
    if (new Set(digits).size === 1) continue;
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const r = sum % 11;
    return [...digits, r < 2 ? r : 11 - r].join('');
  }
}

/**
 * The fa registration form of one prepared applicant, as the browser posts it (the bench and the
 * reliability suite register this way): `a` is who (codes default to empty), `form` what the caller
 * decides (the rules version of the build, the password, the human check's test answer).
 */
export function registrationFields(a, { rulesVersion, password, altcha }) {
  return {
    rulesAccepted: rulesVersion,
    nationality: 'IR',
    firstName: 'علی',
    lastName: 'محمدی',
    nationalCode: a.nationalCode,
    birthYear: '1375',
    birthMonth: '6',
    birthDay: '15',
    mobile: a.mobile,
    email: a.email,
    password,
    passwordConfirm: password,
    mobileCode: a.mobileCode ?? '',
    emailCode: a.emailCode ?? '',
    altcha,
  };
}
