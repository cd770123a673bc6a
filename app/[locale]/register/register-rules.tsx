'use client';

import { useTranslations } from 'next-intl';
import NextLink from 'next/link';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { Locale } from '@/lib/i18n/routing';
import { RULES_VERSION } from '@/lib/validation/register-fields';

const RULES = ['1', '2', '3', '4', '5'] as const;

/** The registration rules and the box that accepts them; the form opens once it is ticked. */
export function RegisterRules({
  locale,
  agreed,
  onAgreedChange,
}: {
  locale: Locale;
  agreed: boolean;
  onAgreedChange: (agreed: boolean) => void;
}) {
  const t = useTranslations('register');
  return (
    <section className="card stack" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <p>{t('rulesIntro')}</p>
      <ol className="steps">
        {RULES.map((k) => (
          <li key={k}>
            {t.rich(`rules.${k}`, {
              link: (chunks) => (
                <NextLink href={localizedPathname('/register', locale === 'fa' ? 'en' : 'fa')}>
                  {chunks}
                </NextLink>
              ),
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </li>
        ))}
      </ol>
      <p>
        <NextLink href={localizedPathname('/guide', locale)}>{t('guideLink')}</NextLink>
      </p>
      <div className="checkbox-field">
        {/* Kept in state (not left to the DOM), so it stays ticked whatever happens to the form. */}
        <input
          id="rulesAccepted"
          name="rulesAccepted"
          type="checkbox"
          value={RULES_VERSION}
          checked={agreed}
          onChange={(e) => onAgreedChange(e.target.checked)}
        />
        <label htmlFor="rulesAccepted">{t('agree')}</label>
      </div>
    </section>
  );
}
