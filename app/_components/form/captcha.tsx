'use client';

import 'altcha/altcha.css';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { FieldErrors, RequiredMark } from './field-parts';

/** The purposes lib/captcha signs into a challenge (a proof passes only for its own purpose). */
export type HumanCheckPurpose = 'register' | 'login' | 'recovery' | 'contact';

interface AltchaElement extends HTMLElement {
  configure(config: Record<string, unknown>): Promise<void>;
  getState(): string;
  reset(): void;
  verify(): Promise<unknown>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'altcha-widget': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        name?: string;
        auto?: string;
        type?: string;
        language?: string;
      };
    }
  }
}

/**
 * The proof of the human check with this id: at once when it is ready, after the work when it is
 * running (so a click on «پیامک» during the work waits for it), '' when nothing is running.
 */
export async function proofWhenReady(id = 'altcha', timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const widget = document.getElementById(id)?.querySelector<AltchaElement>('altcha-widget');
    const proof = widget?.querySelector<HTMLInputElement>('input[name="altcha"]')?.value ?? '';
    const state = widget && typeof widget.getState === 'function' ? widget.getState() : '';
    if (state === 'verified' && proof) return proof;
    if (state !== 'verifying' || Date.now() > deadline) return '';
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

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

  // The latest callback, without re-subscribing to the widget's events on every render.
  const proofChangeRef = useRef(onProofChange);
  useEffect(() => {
    proofChangeRef.current = onProofChange;
  });
  useEffect(() => {
    const widget = widgetRef.current;
    if (!widget) return;
    const checkbox = () => widget.querySelector<HTMLInputElement>('input[type="checkbox"]');
    const onState = (event: Event) => {
      const { state, payload } =
        (event as CustomEvent<{ state?: string; payload?: string | null }>).detail ?? {};
      proofChangeRef.current?.(state === 'verified' && payload ? payload : '');
      // The box shows what the person did: ticked while the work runs and once it is done, unticked
      // when it failed or expired (then a tick starts it again).
      const box = checkbox();
      if (box) box.checked = state === 'verifying' || state === 'verified';
    };
    // A tick on a box that is ticked already (the work running or done) changes nothing: the widget
    // would otherwise throw its work or its proof away.
    const keepTicked = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      const state = widget.getState();
      if (target?.type === 'checkbox' && (state === 'verified' || state === 'verifying')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // A tick starts the work and the box stays ticked while it runs (the widget would untick it until
    // the end, which tells a person, or a test that ticks it, that the tick did not take).
    const startWork = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      if (target?.type !== 'checkbox' || !target.checked) return;
      event.stopPropagation();
      const state = widget.getState();
      if (state !== 'verifying' && state !== 'verified') void widget.verify();
    };
    widget.addEventListener('statechange', onState);
    widget.addEventListener('click', keepTicked, true);
    widget.addEventListener('change', startWork, true);
    return () => {
      widget.removeEventListener('statechange', onState);
      widget.removeEventListener('click', keepTicked, true);
      widget.removeEventListener('change', startWork, true);
    };
  }, []);

  // A spent proof is replaced by a new one, solved in the background.
  const firstKey = useRef(refreshKey);
  useEffect(() => {
    if (refreshKey === firstKey.current) return;
    firstKey.current = refreshKey;
    const widget = widgetRef.current;
    if (!widget || typeof widget.getState !== 'function' || widget.getState() !== 'verified') return;
    widget.reset();
    void widget.verify();
  }, [refreshKey]);

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
