'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the input the message belongs to (the link target); absent for form-level errors. */
  fieldId?: string;
  message: string;
}

/**
 * All problems at the top of the form, as the guide shows them: a role="alert" region that takes
 * focus when it appears (so keyboard and screen-reader users land on it), each item linking to its field.
 */
export function ErrorSummary({ items, title }: { items: SummaryItem[]; title?: string }) {
  const t = useTranslations('forms');
  const ref = useRef<HTMLDivElement>(null);
  const signature = items.map((i) => `${i.fieldId}:${i.message}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
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
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
