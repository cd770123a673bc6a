'use server';

import { headers } from 'next/headers';
import { remindUsername } from '@/lib/accounts/recovery/remind-username';
import { requestPasswordReset } from '@/lib/accounts/recovery/request-password-reset';
import { resetPassword } from '@/lib/accounts/recovery/reset-password';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { remindUsernameSchema, requestResetSchema, resetPasswordSchema } from '@/lib/validation/recovery';
import { serverChecks } from '@/lib/validation/server-checks';
import {
  echoValues,
  fieldErrorsFromIssues,
  type ActionResult,
  isFormData,
  notAForm,
} from '@/lib/validation/result';

export type RecoveryState = ActionResult<{ expiresAt?: string }> | null;

async function clientHash(): Promise<string> {
  return hashClientAddress(clientAddress(await headers()));
}

function localeOf(form: FormData): 'fa' | 'en' {
  return form.get('locale') === 'en' ? 'en' : 'fa';
}

function throttled(seconds: number, values: Record<string, string>): RecoveryState {
  return { ok: false, fieldErrors: {}, formError: 'throttled', formErrorValues: { seconds }, values };
}

function humanCheckRefused(values: Record<string, string>): RecoveryState {
  return { ok: false, fieldErrors: { altcha: ['captchaInvalid'] }, values };
}

function failed(values: Record<string, string>): RecoveryState {
  return { ok: false, fieldErrors: {}, formError: 'generic', values };
}

export async function requestResetAction(_prev: RecoveryState, form: FormData): Promise<RecoveryState> {
  if (!isFormData(form)) return notAForm();
  const values = echoValues(form);
  delete values.altcha;
  const parsed = requestResetSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  try {
    const result = await requestPasswordReset({
      identifier: parsed.data.nationalCode,
      channel: parsed.data.channel,
      clientHash: await clientHash(),
      locale: localeOf(form),
      humanCheck: parsed.data.altcha,
    });
    if (!result.ok && result.reason === 'humanCheck') return humanCheckRefused(values);
    if (!result.ok) return throttled(result.retryAfterSeconds, values);
    return { ok: true, data: { expiresAt: result.expiresAt.toISOString() }, values };
  } catch (error) {
    console.error('[recovery] request failed:', error instanceof Error ? error.name : 'unknown');
    return failed(values);
  }
}

export async function resetPasswordAction(_prev: RecoveryState, form: FormData): Promise<RecoveryState> {
  if (!isFormData(form)) return notAForm();
  const values = echoValues(form);
  delete values.code;
  const parsed = resetPasswordSchema(serverChecks).safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  try {
    const result = await resetPassword({
      identifier: parsed.data.nationalCode,
      channel: parsed.data.channel,
      code: parsed.data.code,
      password: parsed.data.password,
      clientHash: await clientHash(),
    });
    if (result.ok) return { ok: true, data: {}, values };
    if (result.reason === 'throttled') return throttled(result.retryAfterSeconds, values);
    if (result.reason === 'passwordContainsIdentifier') {
      return { ok: false, fieldErrors: { password: ['passwordContainsIdentifier'] }, values };
    }
    return { ok: false, fieldErrors: { code: ['codeInvalid'] }, values };
  } catch (error) {
    console.error('[recovery] reset failed:', error instanceof Error ? error.name : 'unknown');
    return failed(values);
  }
}

export async function remindUsernameAction(_prev: RecoveryState, form: FormData): Promise<RecoveryState> {
  if (!isFormData(form)) return notAForm();
  const values = echoValues(form);
  delete values.altcha;
  const parsed = remindUsernameSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  try {
    const result = await remindUsername({
      contact: parsed.data.contact,
      clientHash: await clientHash(),
      humanCheck: parsed.data.altcha,
    });
    if (!result.ok && result.reason === 'humanCheck') return humanCheckRefused(values);
    if (!result.ok) return throttled(result.retryAfterSeconds, values);
    return { ok: true, data: {}, values };
  } catch (error) {
    console.error('[recovery] username reminder failed:', error instanceof Error ? error.name : 'unknown');
    return failed(values);
  }
}
