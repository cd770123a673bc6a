import 'server-only';
import { env } from '@/lib/env';
import type { Driver, Message, SendResult } from './types';

const fail = (driver: string, error: string): SendResult => ({ ok: false, error, driver });

/**
 * Kavenegar: SMS through a verification template when the message carries a code (operators
 * deliver templates faster and they bypass advertising filters), plain SMS otherwise, and
 * text-to-speech calls for the voice channel.
 */
export function kavenegarDriver(apiKey: string): Driver {
  const base = `https://api.kavenegar.com/v1/${encodeURIComponent(apiKey)}`;
  return {
    name: 'kavenegar',
    async send(message: Message) {
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
          signal: AbortSignal.timeout(10_000),
        });
        const json = (await response.json().catch(() => null)) as {
          return?: { status?: number };
          entries?: Array<{ messageid?: number }>;
        } | null;
        if (!response.ok || json?.return?.status !== 200)
          return fail('kavenegar', `status_${json?.return?.status ?? response.status}`);
        return { ok: true, id: String(json?.entries?.[0]?.messageid ?? ''), driver: 'kavenegar' };
      } catch {
        return fail('kavenegar', 'network');
      }
    },
  };
}

/** Resend's client throws when constructed without a key, so it is created on first use only. */
export function resendDriver(apiKey: string): Driver {
  let client: import('resend').Resend | undefined;
  return {
    name: 'resend',
    async send(message) {
      try {
        if (!client) {
          const { Resend } = await import('resend');
          client = new Resend(apiKey);
        }
        const { data, error } = await client.emails.send({
          from: env().EMAIL_FROM,
          to: message.to,
          subject: message.subject ?? '',
          text: message.body,
          ...(message.html ? { html: message.html } : {}),
        });
        if (error || !data) return fail('resend', error?.name ?? 'unknown');
        return { ok: true, id: data.id, driver: 'resend' };
      } catch {
        return fail('resend', 'network');
      }
    },
  };
}

export function smtpDriver(url: string): Driver {
  let transport: import('nodemailer').Transporter | undefined;
  return {
    name: 'smtp',
    async send(message) {
      try {
        if (!transport) {
          const nodemailer = await import('nodemailer');
          transport = nodemailer.createTransport(url);
        }
        const info = await transport.sendMail({
          from: env().EMAIL_FROM,
          to: message.to,
          subject: message.subject ?? '',
          text: message.body,
          ...(message.html ? { html: message.html } : {}),
        });
        return { ok: true, id: String(info.messageId ?? ''), driver: 'smtp' };
      } catch {
        return fail('smtp', 'send_failed');
      }
    },
  };
}
