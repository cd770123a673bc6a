export type Channel = 'sms' | 'voice' | 'email';

export interface Message {
  /** The delivery's id: an idempotency key where the provider supports one. */
  id?: string;
  channel: Channel;
  /** Normalized recipient: 09xxxxxxxxx (or E.164 for international numbers) or an email address. */
  to: string;
  subject?: string | null;
  body: string;
  /** Optional HTML alternative for email. */
  html?: string;
  /** When the message was queued (the outbox lists messages in this order). */
  queuedAt?: Date;
  /** For code messages: the bare code, so a provider's template (Kavenegar verify lookup) can carry it. */
  code?: string;
}

/**
 * Providers fail; drivers never throw for that and report it instead. `retryable` is false when
 * sending the same message again cannot succeed (refused recipient, bad key, insufficient credit).
 */
export type SendResult =
  { ok: true; id: string; driver: string } | { ok: false; error: string; driver: string; retryable: boolean };

export interface Driver {
  name: string;
  send(message: Message): Promise<SendResult>;
}
