'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { getTranslations } from 'next-intl/server';
import { registerApplicant } from '@/lib/accounts/registration/register-applicant';
import { sendRegistrationCode } from '@/lib/accounts/registration/send-registration-code';
import { env } from '@/lib/env';
import { routing, type Locale } from '@/lib/i18n/routing';
import { enforce } from '@/lib/rate-limit/policies';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { registerSchema, sendEmailCodeSchema, sendMobileCodeSchema } from '@/lib/validation/register';
import { serverChecks } from '@/lib/validation/server-checks';
import { nationalCodeField } from '@/lib/validation/fields';
import { echoValues, fail, fieldErrorsFromIssues, type ActionResult } from '@/lib/validation/result';
import type { SendResult } from '@/app/_components/form/code-input';

const kindOf = (locale: Locale) => (locale === 'fa' ? 'iranian' : 'international');
const asLocale = (locale: unknown): Locale =>
  routing.locales.includes(locale as Locale) ? (locale as Locale) : 'fa';

/** The public origin for links in emails: APP_URL when set, else what the request came to. */
async function siteOrigin(): Promise<URL> {
  const configured = env().APP_URL;
  if (configured) return new URL(configured);
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return new URL(`${proto}://${host}`);
}

async function clientKey(): Promise<string> {
  return hashClientAddress(clientAddress(await headers()));
}

function waitText(t: Awaited<ReturnType<typeof getTranslations<'register'>>>, seconds: number): string {
  return seconds >= 90
    ? t('waitMinutes', { minutes: Math.ceil(seconds / 60) })
    : t('waitSeconds', { seconds });
}

/** Sends a mobile (sms/voice) or email code for the registration form. Server actions check Origin themselves. */
export async function sendRegistrationCodeAction(
  rawLocale: string,
  request: { channel: string; mobile?: string; email?: string; nationalCode?: string; altcha?: string },
): Promise<SendResult> {
  const locale = asLocale(rawLocale);
  const t = await getTranslations({ locale, namespace: 'register' });
  try {
    const isEmail = request.channel === 'email';
    let target: string;
    let channel: 'sms' | 'voice' | 'email';
    if (isEmail) {
      const parsed = sendEmailCodeSchema.safeParse({ email: request.email });
      if (!parsed.success) return { ok: false, message: t('enterEmailFirst') };
      target = parsed.data.email;
      channel = 'email';
    } else {
      const parsed = sendMobileCodeSchema(kindOf(locale), serverChecks).safeParse(request);
      if (!parsed.success) return { ok: false, message: t('enterMobileFirst') };
      target = parsed.data.mobile;
      channel = parsed.data.channel;
    }
    const nationalCode = nationalCodeField.safeParse(request.nationalCode);
    const origin = await siteOrigin();
    const now = new Date();
    const result = await sendRegistrationCode({
      channel,
      target,
      locale,
      clientKey: await clientKey(),
      humanCheck: request.altcha,
      nationalCode: locale === 'fa' && nationalCode.success ? nationalCode.data : null,
      host: origin.hostname,
      now,
    });
    if (result.ok)
      return { ok: true, expiresAt: result.expiresAt.toISOString(), serverNow: now.toISOString() };
    if (result.reason === 'humanCheck') return { ok: false, message: t('humanCheckFirst') };
    if (result.reason === 'voiceUnsupported') return { ok: false, message: t('voiceUnsupported') };
    if (result.reason === 'budgetExhausted') return { ok: false, message: t('phoneBudgetExhausted') };
    if (result.reason === 'prefixLimited')
      return { ok: false, message: t('sendPrefixLimited', { wait: waitText(t, result.retryAfterSeconds) }) };
    if (result.reason === 'rateLimited')
      return { ok: false, message: t('sendLimited', { wait: waitText(t, result.retryAfterSeconds) }) };
    return { ok: false, message: t('sendUnavailable') };
  } catch (error) {
    // Only the kind of failure is logged: the request carries a mobile or an email.
    console.error(`[register] sending a code failed: ${(error as Error)?.name ?? 'unknown'}`);
    return { ok: false, message: t('sendFailed') };
  }
}

export type RegisterActionData = { username: string };

export async function registerAction(
  rawLocale: string,
  _previous: ActionResult<RegisterActionData> | null,
  form: FormData,
): Promise<ActionResult<RegisterActionData>> {
  const locale = asLocale(rawLocale);
  const values = echoValues(form);
  let grant: string;
  try {
    const key = await clientKey();
    const limit = await enforce([{ policy: 'registerPerClient', key }]);
    if (!limit.ok)
      return fail(
        {},
        { formError: 'rateLimited', formErrorValues: { seconds: limit.retryAfterSeconds }, values },
      );
    const parsed = registerSchema(kindOf(locale), new Date(), serverChecks).safeParse(
      Object.fromEntries(form),
    );
    if (!parsed.success) return fail(fieldErrorsFromIssues(parsed.error.issues), { values });
    const origin = await siteOrigin();
    const loginUrl = new URL(`/${locale}/login`, origin).toString();
    const outcome = await registerApplicant(parsed.data, { locale, loginUrl, clientHash: key });
    if (!outcome.ok) return fail(outcome.fieldErrors, { formError: outcome.formError, values });
    // Both codes were just proven and the password just set: the applicant is signed in at once
    // instead of being sent to type it all again.
    grant = createGrant('applicant', outcome.accountId, outcome.sessionVersion);
    await signIn('applicant', { grant, redirect: false });
  } catch (error) {
    console.error(`[register] registration failed: ${(error as Error)?.name ?? 'unknown'}`);
    return fail({}, { formError: 'generic', values });
  }
  // Outside the try: redirect() works by throwing. The welcome has its own URL, so a refresh keeps it.
  redirect(`/${locale}/dashboard?registered=1`);
}
