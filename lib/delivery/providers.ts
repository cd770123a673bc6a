import 'server-only';
import { env } from '@/lib/env';
import { PROVIDER_TIMEOUT_MS } from './policy';
import type { Driver, Message, SendResult } from './types';

const fail = (driver: string, error: string, retryable: boolean): SendResult => ({
  ok: false,
  error,
  driver,
  retryable,
});

/** 408 (timeout), 429 (slow down) and 5xx may pass next time; any other 4xx will not. */
const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** Network failures and timeouts are worth a retry; the error's name says which, never its text. */
function networkFailure(driver: string, error: unknown): SendResult {
  const name = (error as { name?: string })?.name;
  return fail(driver, name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', true);
}

const trimBase = (url: string) => url.replace(/\/+$/, '');

/**
 * Kavenegar: SMS through a verification template when the message carries a code (operators
 * deliver templates faster and they bypass advertising filters), plain SMS otherwise, and
 * text-to-speech calls for the voice channel. KAVENEGAR_BASE_URL points it at a test server.
 */
export function kavenegarDriver(apiKey: string): Driver {
  return {
    name: 'kavenegar',
    async send(message: Message) {
      const base = `${trimBase(env().KAVENEGAR_BASE_URL)}/v1/${encodeURIComponent(apiKey)}`;
      const params = new URLSearchParams({ receptor: message.to });
      let endpoint: string;
      if (message.channel === 'voice') {
        endpoint = 'call/maketts.json';
        params.set('message', message.body);
      } else if (message.code) {
        endpoint = 'verify/lookup.json';
        params.set('token', message.code);
        params.set('template', env().KAVENEGAR_OTP_TEMPLATE);
      } else {
        endpoint = 'sms/send.json';
        params.set('message', message.body);
        const sender = env().KAVENEGAR_SENDER;
        if (sender) params.set('sender', sender);
      }
      try {
        const response = await fetch(`${base}/${endpoint}`, {
          method: 'POST',
          body: params,
          signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
        });
        const json = (await response.json().catch(() => null)) as {
          return?: { status?: number };
          entries?: Array<{ messageid?: number }>;
        } | null;
        const status = json?.return?.status ?? response.status;
        if (!response.ok || status !== 200)
          return fail(
            'kavenegar',
            `status_${status}`,
            retryableStatus(response.ok ? status : response.status),
          );
        return { ok: true, id: String(json?.entries?.[0]?.messageid ?? ''), driver: 'kavenegar' };
      } catch (error) {
        return networkFailure('kavenegar', error);
      }
    },
  };
}

/** Resend's error names for answers worth another try (its 5xx and its rate limit). */
const RESEND_RETRYABLE = new Set(['rate_limit_exceeded', 'internal_server_error', 'application_error']);

/**
 * Resend through its SDK, created lazily (`new Resend()` throws without a key) and pointed at
 * RESEND_BASE_URL. Every call has a deadline (the SDK passes `signal` on to fetch) and carries the
 * delivery id as its idempotency key, so a retry after a lost answer is not sent twice. The SDK
 * answers `{ data, error }` instead of throwing: its error carries the API's statusCode and name,
 * and a request that never got an answer comes back with statusCode null.
 */
export function resendDriver(apiKey: string): Driver {
  let client: import('resend').Resend | undefined;
  return {
    name: 'resend',
    async send(message) {
      const signal = AbortSignal.timeout(PROVIDER_TIMEOUT_MS);
      try {
        if (!client) {
          const { Resend } = await import('resend');
          client = new Resend(apiKey, { baseUrl: trimBase(env().RESEND_BASE_URL) });
        }
        const { data, error } = await client.emails.send(
          {
            from: env().EMAIL_FROM,
            to: [message.to],
            subject: message.subject ?? '',
            text: message.body,
            ...(message.html ? { html: message.html } : {}),
          },
          { ...(message.id ? { idempotencyKey: message.id } : {}), signal },
        );
        if (data?.id && !error) return { ok: true, id: data.id, driver: 'resend' };
        const status = (error as { statusCode?: number | null } | null)?.statusCode;
        if (typeof status === 'number') return fail('resend', `status_${status}`, retryableStatus(status));
        if (signal.aborted) return fail('resend', 'timeout', true);
        const name = (error as { name?: string } | null)?.name ?? '';
        // No status: either no answer at all (network) or an answer the SDK could not read.
        return name === 'application_error' || !name
          ? fail('resend', 'network', true)
          : fail('resend', name, RESEND_RETRYABLE.has(name));
      } catch (error) {
        return networkFailure('resend', error);
      }
    },
  };
}

/**
 * SMTP_URL with connect, greeting and socket timeouts under the provider deadline. nodemailer reads
 * options from the URL's query (and ignores other options given beside a URL), so they go there,
 * unless the operator set them in SMTP_URL already.
 */
export function withTimeouts(url: string): string {
  const parsed = new URL(url);
  const defaults = {
    connectionTimeout: PROVIDER_TIMEOUT_MS - 1_000,
    greetingTimeout: PROVIDER_TIMEOUT_MS - 1_000,
    socketTimeout: PROVIDER_TIMEOUT_MS,
  };
  for (const [key, value] of Object.entries(defaults))
    if (!parsed.searchParams.has(key)) parsed.searchParams.set(key, String(value));
  return parsed.toString();
}

/** SMTP through nodemailer (SMTP_URL), every step bounded (see withTimeouts). */
export function smtpDriver(url: string): Driver {
  let transport: import('nodemailer').Transporter | undefined;
  return {
    name: 'smtp',
    async send(message) {
      try {
        if (!transport) {
          const nodemailer = await import('nodemailer');
          transport = nodemailer.createTransport(withTimeouts(url));
        }
        const info = await transport.sendMail({
          from: env().EMAIL_FROM,
          to: message.to,
          subject: message.subject ?? '',
          text: message.body,
          ...(message.html ? { html: message.html } : {}),
          ...(message.id ? { messageId: `<${message.id}@portal>` } : {}),
        });
        return { ok: true, id: String(info.messageId ?? ''), driver: 'smtp' };
      } catch (error) {
        // A permanent SMTP refusal (5xx reply, e.g. unknown mailbox) will not pass on a retry.
        const code = (error as { responseCode?: number })?.responseCode;
        if (typeof code === 'number' && code >= 500 && code < 600)
          return fail('smtp', `reply_${code}`, false);
        if (typeof code === 'number') return fail('smtp', `reply_${code}`, true);
        const errCode = (error as { code?: string })?.code;
        return fail('smtp', errCode === 'ETIMEDOUT' ? 'timeout' : 'network', true);
      }
    },
  };
}
