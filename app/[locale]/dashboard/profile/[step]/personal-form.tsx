'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { GENDERS, personalSchema } from '@/lib/validation/profile';
import { RadioGroup } from '../../_components/choice-fields';
import { useSchemaForm } from '../../_components/use-schema-form';
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
        <Field
          id={f.id('fatherName')}
          name="fatherName"
          label={t('fatherName')}
          required
          autoComplete="off"
          defaultValue={f.value('fatherName')}
          errors={f.errorsFor('fatherName')}
        />
        <Field
          id={f.id('birthPlace')}
          name="birthPlace"
          label={t('birthPlace')}
          required
          defaultValue={f.value('birthPlace')}
          errors={f.errorsFor('birthPlace')}
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
        <div className="span-all">
          <Field
            id={f.id('address')}
            name="address"
            label={t('address')}
            required
            autoComplete="street-address"
            defaultValue={f.value('address')}
            errors={f.errorsFor('address')}
          />
        </div>
        <Field
          id={f.id('postalCode')}
          name="postalCode"
          label={t('postalCode')}
          hint={t('postalCodeHint')}
          required
          ltr
          inputMode="numeric"
          autoComplete="postal-code"
          defaultValue={f.value('postalCode')}
          errors={f.errorsFor('postalCode')}
        />
        <Field
          id={f.id('landline')}
          name="landline"
          type="tel"
          label={t('landline')}
          hint={t('landlineHint')}
          ltr
          inputMode="numeric"
          autoComplete="tel"
          defaultValue={f.value('landline')}
          errors={f.errorsFor('landline')}
        />
      </div>
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('saveAndContinue')}</SubmitButton>
      </div>
    </form>
  );
}
