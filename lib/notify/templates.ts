import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import type { Channel } from '@/lib/delivery/types';

/**
 * The texts of every SMS, call and email live in messages/{fa,en}.json under `notifications`, as ICU
 * messages like the page copy: one key per channel (`sms`, `voice`, `email` + `emailSubject`).
 * Numbers are formatted for the locale (Persian digits on fa); strings are left as given, so codes
 * stay ASCII digits (phones offer them for auto-fill and providers' templates expect them).
 */
export type NotificationLocale = 'fa' | 'en';
type Catalog = typeof fa.notifications;
export type TemplateName = keyof Catalog;
export type TemplateValues = Record<string, string | number>;

const catalogs = { fa, en } as const;

export const templateNames = Object.keys(fa.notifications) as TemplateName[];

export const asNotificationLocale = (locale: string | null | undefined): NotificationLocale =>
  locale === 'en' ? 'en' : 'fa';

/** The channels a template has a text for, in the order notify() prefers them. */
export function templateChannels(template: TemplateName): Channel[] {
  // `in`, not typeof: the build precompiles message strings into another shape.
  const entry = fa.notifications[template] as Record<string, unknown>;
  return (['email', 'sms', 'voice'] as const).filter((c) => c in entry);
}

export interface RenderedMessage {
  subject: string | null;
  body: string;
}

export function renderTemplate(
  template: TemplateName,
  channel: Channel,
  locale: string | null | undefined,
  values: TemplateValues = {},
): RenderedMessage {
  const lang = asNotificationLocale(locale);
  if (!templateChannels(template).includes(channel))
    throw new Error(`notification "${template}" has no ${channel} text`);
  const t = createTranslator({
    locale: lang,
    messages: catalogs[lang] as unknown as Record<string, unknown>,
    namespace: `notifications.${template}` as never,
    timeZone: 'Asia/Tehran',
  }) as unknown as (key: string, values?: TemplateValues) => string;
  return {
    subject: channel === 'email' ? t('emailSubject', values) : null,
    body: t(channel, values),
  };
}
