'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DocumentUpload, type UploadedDocument } from '@/app/_components/form/document-upload';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { Link } from '@/lib/i18n/navigation';
import { documentFieldName, type DocumentKind } from '@/lib/documents/kinds';
import { DETAIL_FIELDS, detailFieldsFor, serviceRequestSchema } from '@/lib/validation/service-request';
import { TextAreaField } from '@/app/_components/form/choice-fields';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { fileRequestAction } from './actions';

export function RequestForm({
  serviceSlug,
  documentKinds,
}: {
  serviceSlug: string;
  documentKinds: readonly DocumentKind[];
}) {
  const t = useTranslations('requests');
  const td = useTranslations('documents');
  const details = detailFieldsFor(serviceSlug);
  // Kept outside the form, which re-mounts after a refusal: uploaded files stay uploaded.
  const [uploaded, setUploaded] = useState<Partial<Record<DocumentKind, UploadedDocument>>>({});
  const f = useSchemaForm('request', serviceRequestSchema(serviceSlug), fileRequestAction, {
    fieldOrder: [...details, 'description', ...documentKinds.map(documentFieldName)],
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
      {documentKinds.length ? (
        <fieldset className="stack">
          <legend>{t('documentsTitle')}</legend>
          {documentKinds.map((kind) => (
            <DocumentUpload
              key={kind}
              id={f.id(documentFieldName(kind))}
              kind={kind}
              purpose="request"
              label={td(`kind_${kind}`)}
              required
              fieldName={documentFieldName(kind)}
              value={uploaded[kind] ?? null}
              onChange={(document) => setUploaded((current) => ({ ...current, [kind]: document }))}
              errors={uploaded[kind] ? [] : f.errorsFor(documentFieldName(kind))}
            />
          ))}
        </fieldset>
      ) : null}
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('submit')}</SubmitButton>
        <Link className="button button-quiet" href="/dashboard/requests">
          {t('backToList')}
        </Link>
      </div>
    </form>
  );
}
