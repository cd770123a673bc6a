'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';

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
}

/**
 * The security image with its answer input (`captcha`) and challenge id (`captchaId`).
 * Digits only, so a Persian keyboard works (the server normalizes Persian digits).
 */
export function Captcha({ errors = [], refreshKey, required = true }: CaptchaProps) {
  const t = useTranslations('captcha');
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [failed, setFailed] = useState(false);
  const [answer, setAnswer] = useState('');

  const load = useCallback(async () => {
    setFailed(false);
    try {
      const res = await fetch('/api/captcha', { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      setChallenge((await res.json()) as Challenge);
      setAnswer('');
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
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
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
