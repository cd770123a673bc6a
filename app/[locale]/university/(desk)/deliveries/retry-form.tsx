'use client';

import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { retryDeliveryAction } from './actions';

/** One failed delivery's "send again" button; the row says what it is in the button's name. */
export function RetryDelivery({ id, label }: { id: string; label: string }) {
  const t = useTranslations('staff.deliveries');
  const f = useSchemaForm(`retry-${id}`, z.object({}), retryDeliveryAction);
  return (
    <form action={f.formAction}>
      <ErrorSummary items={f.summary} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button" disabled={f.pending} aria-label={label}>
        {t('retry')}
      </button>
    </form>
  );
}
