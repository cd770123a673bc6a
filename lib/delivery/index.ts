import 'server-only';
import { env } from '@/lib/env';
import { outboxDriver } from './outbox';
import { PROVIDER_TIMEOUT_MS } from './policy';
import { kavenegarDriver, resendDriver, smtpDriver } from './providers';
import type { Channel, Driver, Message, SendResult } from './types';

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

/** The driver for a channel: Kavenegar for SMS and calls, Resend or SMTP for email, else the outbox. */
export function driverFor(channel: Channel): Driver {
  return channel === 'email' ? mail() : phone();
}

/** Lets tests put a fake provider in place (the providers are outside this machine); undefined = configured. */
export function setDrivers(drivers: { phone?: Driver; mail?: Driver }): void {
  phoneDriver = drivers.phone;
  mailDriver = drivers.mail;
}

/**
 * One provider call with a hard deadline on top of the driver's own timeouts, so a driver that hangs
 * in a way its timeouts miss still cannot hold the worker. Called by the delivery worker only:
 * use-cases queue messages with notify().
 */
export async function deliver(message: Message): Promise<SendResult> {
  const driver = driverFor(message.channel);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<SendResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: 'timeout', driver: driver.name, retryable: true }),
      PROVIDER_TIMEOUT_MS + 500,
    );
  });
  try {
    return await Promise.race([
      driver.send(message).catch((): SendResult => ({
        ok: false,
        error: 'driver_threw',
        driver: driver.name,
        retryable: true,
      })),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
