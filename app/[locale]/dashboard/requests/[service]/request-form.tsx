'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { Link } from '@/lib/i18n/navigation';
import { DETAIL_FIELDS, detailFieldsFor, serviceRequestSchema } from '@/lib/validation/service-request';
import { TextAreaField } from '../../_components/choice-fields';
import { useSchemaForm } from '../../_components/use-schema-form';
import { fileRequestAction } from './actions';

export function RequestForm({ serviceSlug }: { serviceSlug: string }) {
  const t = useTranslations('requests');
  const details = detailFieldsFor(serviceSlug);
  const f = useSchemaForm('request', serviceRequestSchema(serviceSlug), fileRequestAction, {
    fieldOrder: [...details, 'description'],
  });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      <input type="hidden" name="service" value={serviceSlug} />
      {details.length ? (
        <div className="form-grid">
          {details.map((name) => (
            <Field
              key={name}
              id={f.id(name)}
              name={name}
              label={t(`detail_${name}`)}
              hint={t(`detail_${name}Hint`)}
              required
              ltr={name === 'gpa'}
              inputMode={DETAIL_FIELDS[name].inputMode}
              defaultValue={f.value(name)}
              errors={f.errorsFor(name)}
            />
          ))}
        </div>
      ) : null}
      <TextAreaField
        id={f.id('description')}
        name="description"
        label={t('description')}
        hint={t('descriptionHint')}
        required
        defaultValue={f.value('description')}
        errors={f.errorsFor('description')}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('submit')}</SubmitButton>
        <Link className="button button-quiet" href="/dashboard/requests">
          {t('backToList')}
        </Link>
      </div>
    </form>
  );
}
