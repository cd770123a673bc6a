'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';

interface Challenge {
  id: string;
  image: string;
}

export interface CaptchaProps {
  /** Already translated messages for the captcha field. */
  errors?: string[];
  /** Change it (e.g. after every failed submit) to fetch a new image: a challenge is single use. */
  refreshKey?: unknown;
  required?: boolean;
  /** The answer, when the parent form owns it (e.g. react-hook-form's controller); else kept inside. */
  value?: string;
  onValueChange?: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Called whenever a new challenge replaces the old one: the old answer is worthless now. */
  onNewChallenge?: () => void;
}

/**
 * The security image with its answer input (`captcha`) and challenge id (`captchaId`).
 * Digits only, so a Persian keyboard works (the server normalizes Persian digits).
 */
export function Captcha({
  errors = [],
  refreshKey,
  required = true,
  value,
  onValueChange,
  onBlur,
  inputRef,
  onNewChallenge,
}: CaptchaProps) {
  const t = useTranslations('captcha');
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [failed, setFailed] = useState(false);
  const [ownAnswer, setOwnAnswer] = useState('');
  const answer = value ?? ownAnswer;
  // The latest callback without making `load` (and so the fetch effect) depend on it.
  const newChallengeRef = useRef(onNewChallenge);
  useEffect(() => {
    newChallengeRef.current = onNewChallenge;
  });

  const load = useCallback(async () => {
    setFailed(false);
    try {
      const res = await fetch('/api/captcha', { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      setChallenge((await res.json()) as Challenge);
      setOwnAnswer('');
      newChallengeRef.current?.();
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const errorId = errors.length ? 'captcha-error' : undefined;
  return (
    <div className="field captcha">
      <label htmlFor="captcha">
        {t('label')}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      <p id="captcha-hint" className="hint">
        {t('hint')}
      </p>
      <div className="captcha-row">
        {challenge ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing for next/image to optimize
          <img src={challenge.image} alt={t('alt')} width={160} height={56} className="captcha-image" />
        ) : (
          <span className="captcha-image captcha-placeholder" role="status">
            {failed ? t('loadFailed') : t('loading')}
          </span>
        )}
        <button type="button" className="button button-quiet" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </div>
      <input type="hidden" name="captchaId" value={challenge?.id ?? ''} />
      <input
        id="captcha"
        name="captcha"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        className="ltr"
        maxLength={12}
        ref={inputRef}
        value={answer}
        onChange={(e) => (onValueChange ?? setOwnAnswer)(e.target.value)}
        onBlur={onBlur}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={['captcha-hint', errorId].filter(Boolean).join(' ')}
      />
      {errors.length ? (
        <p id="captcha-error" className="error-text">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
