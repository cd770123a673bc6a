'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Countdown, useCountdown } from './countdown';
import { FieldErrors, RequiredMark } from './field-parts';

import type { SendResult } from '@/lib/actions/states';

export interface CodeInputProps {
  /** `mobileCode` or `emailCode`: the input's id and name. */
  name: string;
  legend: string;
  intro: string;
  label: string;
  buttons: Array<{ channel: string; label: string; sentMessage: string }>;
  /** Sends a code over a channel; the answer's expiry drives the countdown. */
  onSend: (channel: string) => Promise<SendResult>;
  errors?: string[];
  defaultValue?: string;
  locale: string;
  required?: boolean;
  /** The code input's registration with the form (name, ref and change/blur handlers). */
  registration?: UseFormRegisterReturn;
}

/**
 * A one-time-code field with its send buttons and countdown: the buttons
 * are disabled while a code is alive, and at zero the expiry message appears and they come back.
 */
export function CodeInput({
  name,
  legend,
  intro,
  label,
  buttons,
  onSend,
  errors = [],
  defaultValue,
  locale,
  required = true,
  registration,
}: CodeInputProps) {
  const t = useTranslations('register');
  const [deadline, setDeadline] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const [status, setStatus] = useState<{ text: string; isError: boolean } | null>(null);
  const seconds = useCountdown(deadline, () => {
    setDeadline(null);
    setExpired(true);
    setStatus(null);
  });

  async function send(channel: string, sentMessage: string) {
    setBusy(true);
    setExpired(false);
    try {
      const result = await onSend(channel);
      if (result.ok) {
        // The server's clock decides the expiry; only the remaining duration is carried over to ours.
        const remaining = Date.parse(result.expiresAt) - Date.parse(result.serverNow);
        setDeadline(Date.now() + remaining);
        setStatus({ text: sentMessage, isError: false });
      } else {
        setStatus({ text: result.message, isError: true });
      }
    } catch {
      setStatus({ text: t('sendFailed'), isError: true });
    } finally {
      setBusy(false);
    }
  }

  const running = seconds !== null && seconds > 0;
  const errorId = errors.length ? `${name}-error` : undefined;
  const statusId = `${name}-status`;
  return (
    <fieldset className="code-input">
      <legend>
        {legend}
        <RequiredMark required={required} />
      </legend>
      <p className="hint">{intro}</p>
      <div className="button-row">
        {buttons.map((b) => (
          <button
            key={b.channel}
            type="button"
            className="button"
            disabled={busy || running}
            onClick={() => void send(b.channel, b.sentMessage)}
          >
            {b.label}
          </button>
        ))}
      </div>
      <div id={statusId} role="status" className="code-status">
        {status ? <p className={status.isError ? 'error-text' : 'hint'}>{status.text}</p> : null}
        {expired ? <p className="error-text">{t('expired')}</p> : null}
      </div>
      {running ? <Countdown seconds={seconds} locale={locale} /> : null}
      <div className="field">
        <label htmlFor={name}>{label}</label>
        <input
          {...registration}
          id={name}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          dir="ltr"
          className="ltr code"
          maxLength={12}
          defaultValue={defaultValue}
          required={required}
          aria-required={required || undefined}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={[statusId, errorId].filter(Boolean).join(' ')}
        />
        <FieldErrors id={errorId} errors={errors} />
      </div>
    </fieldset>
  );
}
