'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { localizeDigits } from '@/lib/formats/digits';

/** `4:49` — minutes without padding, seconds with, as a clock reads. */
export function formatCountdown(seconds: number, locale: string): string {
  const s = Math.max(0, seconds);
  return localizeDigits(`${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`, locale);
}

/**
 * Seconds left until `deadline` (a local Date.now() timestamp), ticking once a second; calls
 * `onExpire` once at zero. The deadline is derived from the server's expiry, not from a client guess.
 */
export function useCountdown(deadline: number | null, onExpire: () => void): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline) {
        clearInterval(timer);
        onExpire();
      }
    }, 1000);
    return () => clearInterval(timer);
    // onExpire is a fresh closure each render; the timer only needs the deadline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadline]);
  if (deadline === null) return null;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/**
 * The visible `m:ss` is hidden from screen readers (it would be read every second); a polite live
 * region says how many minutes are left when the count crosses a whole minute and at 30 seconds.
 */
export function Countdown({ seconds, locale }: { seconds: number; locale: string }) {
  const t = useTranslations('register');
  const minutes = Math.ceil(seconds / 60);
  const milestone = seconds <= 30 ? 0 : minutes;
  return (
    <p className="countdown">
      <span aria-hidden="true">
        {t.rich('remaining', {
          time: formatCountdown(seconds, locale),
          clock: (chunks) => (
            <span className="countdown-time" dir="ltr">
              {chunks}
            </span>
          ),
        })}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {t('remainingAnnounce', { minutes: milestone })}
      </span>
    </p>
  );
}
