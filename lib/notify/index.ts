import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { deliveries } from '@/db/schema';
import type { Channel } from '@/lib/delivery/types';
import { DELIVERY_CHANNEL, maxAttemptsFor } from '@/lib/delivery/policy';
import type { CodePurpose } from '@/lib/verification/codes';
import { renderTemplate, templateChannels, type TemplateName, type TemplateValues } from './templates';

export { renderTemplate, templateNames, type TemplateName } from './templates';

export interface NotifyInput {
  template: TemplateName;
  /** The recipient's language (fa when unknown). */
  locale: string | null | undefined;
  to: { mobile?: string | null; email?: string | null };
  /** Forces a channel; otherwise the first of the template's channels (email, sms, voice) with a recipient. */
  channel?: Channel;
  values?: TemplateValues;
  /**
   * For one-time codes: the code (as `{code}` in the text, and for the provider's own template) and
   * what it proves. When the delivery finally fails the code is voided, which gives its limit back.
   */
  code?: { value: string; purpose: CodePurpose };
  /**
   * Does all the work (render, queue row, wake-up) but the message is never sent (status
   * `suppressed`): for answers that must cost the same whether or not a real recipient exists.
   */
  suppress?: boolean;
}

export interface Notified {
  id: string;
  channel: Channel;
}

function pickChannel(input: NotifyInput): { channel: Channel; to: string } {
  const channels = input.channel ? [input.channel] : templateChannels(input.template);
  for (const channel of channels) {
    const to = channel === 'email' ? input.to.email : input.to.mobile;
    if (to) return { channel, to };
  }
  throw new Error(`notification "${input.template}": no recipient for ${channels.join('/')}`);
}

/**
 * The one way to send an SMS, a call or an email: renders the template in the recipient's language
 * and queues it in `deliveries` on the given handle, so it commits (or rolls back) with the change
 * that causes it. Pass the open transaction when there is one. The delivery worker sends it right
 * after the commit (a NOTIFY wakes it) and retries on failure; the caller never waits on a provider.
 */
export async function notify(db: DbOrTx, input: NotifyInput): Promise<Notified> {
  const { channel, to } = pickChannel(input);
  const values: TemplateValues = { ...input.values };
  if (input.code) {
    values.code = input.code.value;
    values.spaced = input.code.value.split('').join(input.locale === 'en' ? ', ' : '، ');
  }
  const { subject, body } = renderTemplate(input.template, channel, input.locale, values);
  const [row] = await db
    .insert(deliveries)
    .values({
      template: input.template,
      channel,
      to,
      subject,
      body,
      code: input.code?.value ?? null,
      codePurpose: input.code?.purpose ?? null,
      maxAttempts: maxAttemptsFor(Boolean(input.code)),
      ...(input.suppress ? { status: 'suppressed', body: '', code: null } : {}),
    })
    .returning({ id: deliveries.id });
  // Delivered to listeners when the transaction commits, and dropped if it rolls back.
  await db.execute(sql`select pg_notify(${DELIVERY_CHANNEL}, '')`);
  return { id: row.id, channel };
}
