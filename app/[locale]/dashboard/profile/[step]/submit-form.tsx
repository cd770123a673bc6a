'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { Link } from '@/lib/i18n/navigation';
import { submitProfileSchema } from '@/lib/validation/profile';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { submitProfileAction } from './actions';

export function SubmitForm() {
  const t = useTranslations('profile');
  const f = useSchemaForm('review', submitProfileSchema, submitProfileAction, { fieldOrder: ['confirm'] });
  const errors = f.errorsFor('confirm');
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary items={f.summary} />
      <div className="field">
        <label className="check-option" htmlFor={f.id('confirm')}>
          <input
            type="checkbox"
            id={f.id('confirm')}
            name="confirm"
            value="yes"
            required
            aria-invalid={errors.length ? true : undefined}
            aria-describedby={errors.length ? `${f.id('confirm')}-error` : undefined}
          />
          {t('confirm')}
        </label>
        {errors.length ? (
          <p id={`${f.id('confirm')}-error`} className="error-text">
            {errors.join(' ')}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('submit')}</SubmitButton>
        <Link className="button button-quiet" href="/dashboard/profile/education">
          {t('back')}
        </Link>
      </div>
    </form>
  );
}
