'use client';

import 'altcha/altcha.css';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useFreshProofOn, useWidgetEvents, type AltchaElement } from './captcha-widget';
import { FieldErrors, RequiredMark } from './field-parts';

export { proofWhenReady } from './captcha-widget';

/** The purposes lib/captcha signs into a challenge (a proof passes only for its own purpose). */
export type HumanCheckPurpose = 'register' | 'login' | 'recovery' | 'contact';

export interface CaptchaProps {
  /** The id the error summary links to (unique on the page); 'altcha' by default. */
  id?: string;
  /** What the proof will be used for; the server refuses it for anything else. */
  purpose?: HumanCheckPurpose;
  /** Already translated messages for the human check. */
  errors?: string[];
  /**
   * Change it whenever the server may have spent the proof (after every server answer): a proof passes
   * once, so the widget solves a new one by itself — the person ticked the box already.
   */
  refreshKey?: unknown;
  /** Told the proof whenever it changes ('' until solved, and again once spent or expired). */
  onProofChange?: (proof: string) => void;
}

/**
 * The human check: ALTCHA's proof-of-work widget (`<altcha-widget>`, hidden field `altcha`). Ticking
 * «من ربات نیستم» (or just starting on the form) makes the browser solve a challenge from /api/altcha
 * for a moment; there is no image, so nobody is left out. The widget's script is loaded only when this component mounts.
 */
export function Captcha({
  id = 'altcha',
  purpose = 'login',
  errors = [],
  refreshKey,
  onProofChange,
}: CaptchaProps) {
  const t = useTranslations('captcha');
  const locale = useLocale();
  const widgetRef = useRef<AltchaElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  // The widget's texts, in the page's language, from the messages (not the widget's own translations).
  const strings = {
    label: t('label'),
    verifying: t('verifying'),
    verified: t('verified'),
    error: t('error'),
    expired: t('expired'),
    verificationRequired: t('required'),
    waitAlert: t('waitAlert'),
    loading: t('loading'),
    reload: t('reload'),
    verify: t('verify'),
    cancel: t('cancel'),
    ariaLinkLabel: 'ALTCHA',
    footer: '',
  };
  const stringsKey = JSON.stringify(strings);

  useEffect(() => {
    let live = true;
    import('./altcha-loader')
      .then(async ({ setUpAltcha }) => {
        setUpAltcha(locale, JSON.parse(stringsKey) as Record<string, string>);
        await customElements.whenDefined('altcha-widget');
        await widgetRef.current?.configure({
          challenge: `/api/altcha?purpose=${purpose}`,
          language: locale,
          // The work starts as soon as the person starts on the form, so the proof is usually ready
          // before it is needed; ticking the box starts it too (and changes nothing once it is done).
          auto: 'onfocus',
          hideFooter: true,
          hideLogo: true,
        });
        if (live) setStatus('ready');
      })
      .catch(() => {
        if (live) setStatus('failed');
      });
    return () => {
      live = false;
    };
  }, [locale, purpose, stringsKey]);

  useWidgetEvents(widgetRef, onProofChange);
  useFreshProofOn(widgetRef, refreshKey);

  // The error summary links to the group; the focus goes on to the widget's checkbox itself.
  const groupRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    const onFocus = (event: FocusEvent) => {
      if (event.target === group) group.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
    };
    group.addEventListener('focus', onFocus);
    return () => group.removeEventListener('focus', onFocus);
  }, []);

  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div
      id={id}
      className="field human-check"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
      ref={groupRef}
      tabIndex={-1}
    >
      <p id={`${id}-title`} className="human-check-title">
        {t('title')}
        <RequiredMark />
      </p>
      <p id={`${id}-hint`} className="hint">
        {t('hint')}
      </p>
      <altcha-widget ref={widgetRef} auto="onfocus" type="checkbox" language={locale} />
      {status === 'failed' ? (
        <p className="error-text" role="status">
          {t('loadFailed')}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
