'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { FieldList } from '@/app/_components/form/field-list';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { GENDERS, personalSchema } from '@/lib/validation/profile';
import { RadioGroup } from '@/app/_components/form/choice-fields';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { savePersonalAction } from './actions';

const ORDER = ['fatherName', 'gender', 'birthPlace', 'address', 'postalCode', 'landline'];

export function PersonalForm({ initialValues }: { initialValues: Record<string, string> }) {
  const t = useTranslations('profile');
  const f = useSchemaForm('personal', personalSchema, savePersonalAction, {
    initialValues,
    fieldOrder: ORDER,
  });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      <div className="form-grid">
        <FieldList
          form={f}
          fields={[
            { name: 'fatherName', label: t('fatherName'), required: true, autoComplete: 'off' },
            { name: 'birthPlace', label: t('birthPlace'), required: true },
          ]}
        />
        <div className="span-all">
          <RadioGroup
            id={f.id('gender')}
            name="gender"
            label={t('gender')}
            required
            defaultValue={f.value('gender')}
            errors={f.errorsFor('gender')}
            options={GENDERS.map((g) => ({ value: g, label: t(`gender_${g}`) }))}
          />
        </div>
        <FieldList
          form={f}
          fields={[
            {
              name: 'address',
              label: t('address'),
              required: true,
              autoComplete: 'street-address',
              className: 'span-all',
            },
            {
              name: 'postalCode',
              label: t('postalCode'),
              hint: t('postalCodeHint'),
              required: true,
              ltr: true,
              inputMode: 'numeric',
              autoComplete: 'postal-code',
            },
            {
              name: 'landline',
              type: 'tel',
              label: t('landline'),
              hint: t('landlineHint'),
              ltr: true,
              inputMode: 'numeric',
              autoComplete: 'tel',
            },
          ]}
        />
      </div>
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('saveAndContinue')}</SubmitButton>
      </div>
    </form>
  );
}
