'use server';

import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { callAction, formAction, moveTo } from '@/lib/actions/define-action';
import type { Moved, SendResult } from '@/lib/actions/states';
import { registerApplicant } from '@/lib/accounts/registration/register-applicant';
import { sendRegistrationCode } from '@/lib/accounts/registration/send-registration-code';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { env } from '@/lib/env';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { enforce } from '@/lib/rate-limit/policies';
import { nationalCodeField } from '@/lib/validation/fields';
import { registerSchema, sendEmailCodeSchema, sendMobileCodeSchema } from '@/lib/validation/register';
import { fail, type ActionResult } from '@/lib/validation/result';
import { serverChecks } from '@/lib/validation/server-checks';

const kindOf = (locale: Locale) => (locale === 'fa' ? 'iranian' : 'international');

/** The public origin for links in emails: APP_URL when set, else what the request came to. */
async function siteOrigin(): Promise<URL> {
  const configured = env().APP_URL;
  if (configured) return new URL(configured);
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return new URL(`${proto}://${host}`);
}

type RegisterT = Awaited<ReturnType<typeof getTranslations<'register'>>>;

function waitText(t: RegisterT, seconds: number): string {
  return seconds >= 90
    ? t('waitMinutes', { minutes: Math.ceil(seconds / 60) })
    : t('waitSeconds', { seconds });
}

async function currentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : 'fa';
}

const registerText = (locale: Locale) => getTranslations({ locale, namespace: 'register' });

/** The send-code request's shape; which address it names is checked per channel in `run`. */
const sendCodeRequest = z.object({
  channel: z.string().max(10),
  mobile: z.string().max(64).optional(),
  email: z.string().max(320).optional(),
  nationalCode: z.string().max(32).optional(),
  altcha: z.string().max(20_000).optional(),
});

/**
 * "Send code" beside the mobile or email field: `{ channel, mobile | email, nationalCode?, altcha }`.
 * Answers a translated message (the button shows it as is), never which addresses have accounts.
 */
export const sendRegistrationCodeAction = callAction({
  name: 'register.sendCode',
  caller: 'anyone',
  accepts: 'object',
  schema: sendCodeRequest,
  // Not a request the page sends, or a failure: the button's generic "could not send".
  refuse: async (): Promise<SendResult> => ({
    ok: false,
    message: (await registerText(await currentLocale()))('sendFailed'),
  }),
  invalid: async (): Promise<SendResult> => ({
    ok: false,
    message: (await registerText(await currentLocale()))('sendFailed'),
  }),
  run: async (request, { locale, clientHash }): Promise<SendResult> => {
    const t = await registerText(locale);
    let target: string;
    let channel: 'sms' | 'voice' | 'email';
    if (request.channel === 'email') {
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
    const now = new Date();
    const result = await sendRegistrationCode({
      channel,
      target,
      locale,
      clientKey: await clientHash(),
      humanCheck: request.altcha,
      nationalCode: locale === 'fa' && nationalCode.success ? nationalCode.data : null,
      host: (await siteOrigin()).hostname,
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
  },
});

/**
 * The registration form. Both codes were just proven and the password just set: the applicant is
 * signed in at once and sent to the dashboard's welcome (its own URL, so a refresh keeps it).
 */
export const registerAction = formAction({
  name: 'register',
  caller: 'anyone',
  schema: (locale) => registerSchema(kindOf(locale), new Date(), serverChecks),
  // Counted before the form is read: a flood of invalid forms is limited too.
  guard: async ({ clientHash, values }) => {
    const limit = await enforce([{ policy: 'registerPerClient', key: await clientHash() }]);
    if (limit.ok) return undefined;
    return fail(
      {},
      { formError: 'rateLimited', formErrorValues: { seconds: limit.retryAfterSeconds }, values },
    );
  },
  run: async (input, { locale, clientHash }): Promise<ActionResult<Moved['data']>> => {
    const loginUrl = new URL(`/${locale}/login`, await siteOrigin()).toString();
    const outcome = await registerApplicant(input, { locale, loginUrl, clientHash: await clientHash() });
    if (!outcome.ok) return fail(outcome.fieldErrors, { formError: outcome.formError });
    const grant = createGrant('applicant', outcome.accountId, outcome.sessionVersion);
    await signIn('applicant', { grant, redirect: false });
    return moveTo(`/${locale}/dashboard?registered=1`);
  },
});
