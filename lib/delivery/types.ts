export type Channel = 'sms' | 'voice' | 'email';

export interface Message {
  channel: Channel;
  /** Normalized recipient: 09xxxxxxxxx (or E.164 for international numbers) or an email address. */
  to: string;
  subject?: string | null;
  body: string;
  /** Optional HTML alternative for email. */
  html?: string;
  /** For code messages: the bare code, so a provider's template (Kavenegar verify lookup) can carry it. */
  code?: string;
}

/** Providers fail; senders never throw for that and report it instead. */
export type SendResult =
  { ok: true; id: string; driver: string } | { ok: false; error: string; driver: string };

export interface Driver {
  name: string;
  send(message: Message): Promise<SendResult>;
}
