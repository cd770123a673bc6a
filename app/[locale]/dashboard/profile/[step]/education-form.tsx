'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { FieldList } from '@/app/_components/form/field-list';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { Link } from '@/lib/i18n/navigation';
import { EDUCATION_STATUSES, educationSchema, FOREIGN_UNIVERSITY, LEVELS } from '@/lib/validation/profile';
import { RadioGroup, SelectField } from '@/app/_components/form/choice-fields';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { saveEducationAction } from './actions';

const ORDER = [
  'educationStatus',
  'universityId',
  'foreignCountry',
  'foreignUniversity',
  'level',
  'field',
  'studentNumber',
  'entryYear',
  'graduationDate',
];

export function EducationForm({
  initialValues,
  universities,
}: {
  initialValues: Record<string, string>;
  universities: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations('profile');
  const f = useSchemaForm('education', educationSchema, saveEducationAction, {
    initialValues,
    fieldOrder: ORDER,
  });
  // The dependent fields follow the choices as they are made, not only after a submit.
  const [university, setUniversity] = useState(f.value('universityId'));
  const [status, setStatus] = useState(f.value('educationStatus'));
  const isForeign = (university || f.value('universityId')) === FOREIGN_UNIVERSITY;
  const isGraduate = (status || f.value('educationStatus')) === 'graduate';

  return (
    <form
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      className="stack"
      key={f.version}
      onChange={(e) => {
        const target = e.target as unknown as { name?: string; value: string };
        if (target.name === 'universityId') setUniversity(target.value);
        if (target.name === 'educationStatus') setStatus(target.value);
      }}
    >
      <ErrorSummary items={f.summary} />
      <RadioGroup
        id={f.id('educationStatus')}
        name="educationStatus"
        label={t('educationStatus')}
        required
        defaultValue={f.value('educationStatus')}
        errors={f.errorsFor('educationStatus')}
        options={EDUCATION_STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) }))}
      />
      <div className="form-grid">
        <SelectField
          id={f.id('universityId')}
          name="universityId"
          label={t('university')}
          required
          defaultValue={f.value('universityId')}
          errors={f.errorsFor('universityId')}
        >
          <option value="">{t('chooseUniversity')}</option>
          {universities.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
          <option value={FOREIGN_UNIVERSITY}>{t('foreignUniversityOption')}</option>
        </SelectField>
        <SelectField
          id={f.id('level')}
          name="level"
          label={t('level')}
          required
          defaultValue={f.value('level')}
          errors={f.errorsFor('level')}
        >
          <option value="">{t('chooseUniversity')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`level_${l}`)}
            </option>
          ))}
        </SelectField>
        <FieldList
          form={f}
          fields={[
            ...(isForeign
              ? [
                  { name: 'foreignCountry', label: t('foreignCountry'), required: true },
                  { name: 'foreignUniversity', label: t('foreignUniversity'), required: true },
                ]
              : []),
            { name: 'field', label: t('field'), required: true },
            {
              name: 'studentNumber',
              label: t('studentNumber'),
              required: true,
              ltr: true,
              inputMode: 'numeric',
            },
            {
              name: 'entryYear',
              label: t('entryYear'),
              hint: t('entryYearHint'),
              required: true,
              ltr: true,
              inputMode: 'numeric',
              maxLength: 4,
            },
            ...(isGraduate
              ? [
                  {
                    name: 'graduationDate',
                    label: t('graduationDate'),
                    hint: t('graduationDateHint'),
                    required: true,
                    ltr: true,
                  },
                ]
              : []),
          ]}
        />
      </div>
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('saveAndContinue')}</SubmitButton>
        <Link className="button button-quiet" href="/dashboard/profile/personal">
          {t('back')}
        </Link>
      </div>
    </form>
  );
}
