'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, type ReactNode } from 'react';

export interface SummaryItem {
  /** The id of the input the message belongs to (the link target); absent for form-level errors. */
  fieldId?: string;
  message: string;
  /** Rich content shown instead of `message` (e.g. a message with a link); `message` still identifies it. */
  content?: ReactNode;
}

/**
 * All problems at the top of the form: a role="alert" region that takes
 * focus when it appears (so keyboard and screen-reader users land on it), each item linking to its field.
 */
export function ErrorSummary({
  items,
  title,
  focusKey,
}: {
  items: SummaryItem[];
  title?: string;
  /** Changes on every submit, so the summary takes focus again even when the same errors come back. */
  focusKey?: unknown;
}) {
  const t = useTranslations('forms');
  const ref = useRef<HTMLDivElement>(null);
  const signature = items.map((i) => `${i.fieldId}:${i.message}`).join('|');
  // With a focusKey the summary takes focus once per submit (when it shows after that submit), not
  // when its items change while the applicant types: they follow the corrections, and that must not
  // pull the focus out of the field being corrected.
  const followsKey = focusKey !== undefined;
  const focusedKey = useRef(focusKey);
  useEffect(() => {
    if (!signature) return;
    if (!followsKey) {
      ref.current?.focus();
    } else if (focusedKey.current !== focusKey) {
      focusedKey.current = focusKey;
      ref.current?.focus();
    }
  }, [signature, focusKey, followsKey]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title ?? t('errorSummaryTitle')}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.fieldId ?? 'form'}-${i}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  const el = document.getElementById(item.fieldId!);
                  if (el) {
                    e.preventDefault();
                    // Focusing scrolls the field into view; the hash jump alone would not move focus.
                    el.focus();
                  }
                }}
              >
                {item.message}
              </a>
            ) : (
              (item.content ?? item.message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
