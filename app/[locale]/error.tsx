'use client';

import { useErrorText } from '@/app/_components/error-text';

/** Shown instead of a stack trace when rendering fails; the digest lets support find the server log line. */
export default function LocaleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useErrorText();
  return (
    <div className="container stack narrow" role="alert">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      {error.digest ? (
        <p className="muted">
          <code dir="ltr">{error.digest}</code>
        </p>
      ) : null}
      <p>
        <button type="button" className="button button-primary" onClick={reset}>
          {t.retry}
        </button>
      </p>
    </div>
  );
}
