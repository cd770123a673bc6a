'use server';

import { formAction } from '@/lib/actions/define-action';
import { remindUsername } from '@/lib/accounts/recovery/remind-username';
import { requestPasswordReset } from '@/lib/accounts/recovery/request-password-reset';
import { resetPassword } from '@/lib/accounts/recovery/reset-password';
import { remindUsernameSchema, requestResetSchema, resetPasswordSchema } from '@/lib/validation/recovery';
import { fail, type ActionResult } from '@/lib/validation/result';
import { serverChecks } from '@/lib/validation/server-checks';

export type RecoveryState = ActionResult<{ expiresAt?: string }> | null;

const throttled = (seconds: number): RecoveryState =>
  fail({}, { formError: 'throttled', formErrorValues: { seconds } });
const humanCheckRefused = (): RecoveryState => fail({ altcha: ['captchaInvalid'] });

/**
 * Every answer of these three is the same for an existing and a missing account: a sent code or
 * reminder is only ever announced as "if an account matches, …" (no account enumeration).
 */
export const requestResetAction = formAction({
  name: 'recovery.request',
  caller: 'anyone',
  schema: requestResetSchema,
  forget: ['altcha'],
  run: async (input, { clientHash, locale, values }): Promise<RecoveryState> => {
    const result = await requestPasswordReset({
      identifier: input.nationalCode,
      channel: input.channel,
      clientHash: await clientHash(),
      locale,
      humanCheck: input.altcha,
    });
    if (!result.ok)
      return result.reason === 'humanCheck' ? humanCheckRefused() : throttled(result.retryAfterSeconds);
    return { ok: true, data: { expiresAt: result.expiresAt.toISOString() }, values };
  },
});

export const resetPasswordAction = formAction({
  name: 'recovery.reset',
  caller: 'anyone',
  schema: () => resetPasswordSchema(serverChecks),
  forget: ['code'],
  run: async (input, { clientHash, values }): Promise<RecoveryState> => {
    const result = await resetPassword({
      identifier: input.nationalCode,
      channel: input.channel,
      code: input.code,
      password: input.password,
      clientHash: await clientHash(),
    });
    if (result.ok) return { ok: true, data: {}, values };
    if (result.reason === 'throttled') return throttled(result.retryAfterSeconds);
    if (result.reason === 'passwordContainsIdentifier')
      return fail({ password: ['passwordContainsIdentifier'] });
    return fail({ code: ['recoveryCodeWrong'] });
  },
});

export const remindUsernameAction = formAction({
  name: 'recovery.remind',
  caller: 'anyone',
  schema: remindUsernameSchema,
  forget: ['altcha'],
  run: async (input, { clientHash, values }): Promise<RecoveryState> => {
    const result = await remindUsername({
      contact: input.contact,
      clientHash: await clientHash(),
      humanCheck: input.altcha,
    });
    if (!result.ok)
      return result.reason === 'humanCheck' ? humanCheckRefused() : throttled(result.retryAfterSeconds);
    return { ok: true, data: {}, values };
  },
});
