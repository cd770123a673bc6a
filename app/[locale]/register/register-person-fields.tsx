'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { UseFormRegister } from 'react-hook-form';
import { Field } from '@/app/_components/form/field';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { RegisterFormValues } from './register-form-model';

/**
 * Who the applicant is: on the Persian form the nationality (choosing «other» moves to the English
 * form), names and national code; on the English form names, passport number and citizenship.
 */
export function RegisterPersonFields({
  iranian,
  countries,
  register,
  fieldMessages,
}: {
  iranian: boolean;
  countries: Array<{ code: string; name: string }>;
  register: UseFormRegister<RegisterFormValues>;
  fieldMessages: (name: string) => string[];
}) {
  const t = useTranslations('register');
  const router = useRouter();
  const citizenshipErrors = fieldMessages('citizenship');
  return (
    <div className="form-grid">
      {iranian ? (
        <div className="field">
          <label htmlFor="nationality">
            {t('nationality')}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </label>
          <select
            id="nationality"
            {...register('nationality', {
              onChange: (e: { target: { value: string } }) => {
                if (e.target.value !== 'IR') router.push(localizedPathname('/register', 'en'));
              },
            })}
          >
            <option value="IR">{t('nationalityIranian')}</option>
            <option value="other">{t('nationalityOther')}</option>
          </select>
        </div>
      ) : null}
      <Field
        id="firstName"
        label={t('firstName')}
        hint={t('nameHint')}
        autoComplete="given-name"
        required
        errors={fieldMessages('firstName')}
        {...register('firstName')}
      />
      <Field
        id="lastName"
        label={t('lastName')}
        hint={t('nameHint')}
        autoComplete="family-name"
        required
        errors={fieldMessages('lastName')}
        {...register('lastName')}
      />
      {iranian ? (
        <Field
          id="nationalCode"
          label={t('nationalCode')}
          hint={t('nationalCodeHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={14}
          ltr
          required
          errors={fieldMessages('nationalCode')}
          {...register('nationalCode')}
        />
      ) : (
        <>
          <Field
            id="passportNumber"
            label={t('passportNumber')}
            autoComplete="off"
            maxLength={24}
            ltr
            required
            errors={fieldMessages('passportNumber')}
            {...register('passportNumber')}
          />
          <div className="field">
            <label htmlFor="citizenship">
              {t('citizenship')}
              <span className="required-mark" aria-hidden="true">
                *
              </span>
            </label>
            <select
              id="citizenship"
              autoComplete="country"
              required
              aria-required
              aria-invalid={citizenshipErrors.length ? true : undefined}
              aria-describedby={citizenshipErrors.length ? 'citizenship-error' : undefined}
              {...register('citizenship')}
            >
              <option value="">{t('citizenshipPlaceholder')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {citizenshipErrors.length ? (
              <p id="citizenship-error" className="error-text">
                {citizenshipErrors.join(' ')}
              </p>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
