import 'server-only';
import { env } from '@/lib/env';
import { outboxDriver } from './outbox';
import { kavenegarDriver, resendDriver, smtpDriver } from './providers';
import type { Driver, Message, SendResult } from './types';

export type { Channel, Message, SendResult } from './types';

let phoneDriver: Driver | undefined;
let mailDriver: Driver | undefined;

function phone(): Driver {
  if (!phoneDriver) {
    const key = env().KAVENEGAR_API_KEY;
    phoneDriver = key ? kavenegarDriver(key) : outboxDriver;
  }
  return phoneDriver;
}

function mail(): Driver {
  if (!mailDriver) {
    const { RESEND_API_KEY, SMTP_URL } = env();
    mailDriver = RESEND_API_KEY
      ? resendDriver(RESEND_API_KEY)
      : SMTP_URL
        ? smtpDriver(SMTP_URL)
        : outboxDriver;
  }
  return mailDriver;
}

/** Lets tests put a fake provider in place (the providers are outside this machine). */
export function setDrivers(drivers: { phone?: Driver; mail?: Driver }): void {
  phoneDriver = drivers.phone;
  mailDriver = drivers.mail;
}

async function deliver(driver: Driver, message: Message): Promise<SendResult> {
  const result = await driver.send(message);
  // Only the channel and the outcome are logged: recipients and bodies are personal data.
  if (!result.ok) console.error(`[delivery] ${message.channel} via ${result.driver} failed: ${result.error}`);
  return result;
}

export function sendSms(to: string, body: string, code?: string): Promise<SendResult> {
  return deliver(phone(), { channel: 'sms', to, body, code });
}

export function sendVoiceCode(to: string, body: string, code?: string): Promise<SendResult> {
  return deliver(phone(), { channel: 'voice', to, body, code });
}

export function sendEmail(to: string, subject: string, body: string, html?: string): Promise<SendResult> {
  return deliver(mail(), { channel: 'email', to, subject, body, html });
}
