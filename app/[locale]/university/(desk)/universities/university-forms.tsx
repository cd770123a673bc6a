'use client';

import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { FieldList } from '@/app/_components/form/field-list';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { saveUniversityAction, toggleUniversityAction } from './actions';

interface Props {
  university?: { id: string; code: string; nameFa: string; nameEn: string; active: boolean };
}

/** Add (code + names) or rename (names; the code stays) a university. */
export function UniversityForm({ university }: Props) {
  const t = useTranslations('staff.universities');
  const formId = university ? `uni-${university.code}` : 'uni-new';
  const f = useSchemaForm(formId, z.object({}), saveUniversityAction, {
    fieldOrder: ['code', 'nameFa', 'nameEn'],
    initialValues: university ? { nameFa: university.nameFa, nameEn: university.nameEn } : {},
  });
  const saved = f.state?.ok;
  return (
    <form action={f.formAction} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      {saved ? (
        <p className="success-box" role="status">
          {t('saved')}
        </p>
      ) : null}
      {university ? <input type="hidden" name="id" value={university.id} /> : null}
      <FieldList
        form={f}
        fields={[
          ...(university
            ? []
            : [
                {
                  name: 'code',
                  label: t('code'),
                  hint: t('codeHint'),
                  required: true,
                  ltr: true,
                  autoComplete: 'off',
                },
              ]),
          { name: 'nameFa', label: t('nameFa'), required: true, dir: 'rtl', lang: 'fa' },
          { name: 'nameEn', label: t('nameEn'), required: true, ltr: true, lang: 'en' },
        ]}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{university ? t('rename') : t('add')}</SubmitButton>
      </div>
    </form>
  );
}

export function UniversityToggle({ id, active, name }: { id: string; active: boolean; name: string }) {
  const t = useTranslations('staff.universities');
  const f = useSchemaForm(`toggle-${id}`, z.object({}), toggleUniversityAction);
  return (
    <form action={f.formAction}>
      <ErrorSummary items={f.summary} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? '0' : '1'} />
      <button
        type="submit"
        className="button"
        disabled={f.pending}
        aria-label={t(active ? 'deactivateFor' : 'activateFor', { name })}
      >
        {t(active ? 'deactivate' : 'activate')}
      </button>
    </form>
  );
}
