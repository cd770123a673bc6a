'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { JALALI_MONTHS_EN, JALALI_MONTHS_FA } from '@/lib/formats/jalali';
import { localizeDigits } from '@/lib/formats/digits';
import { RequiredMark } from './field-parts';

const GREGORIAN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Date of birth as day / month / year (`birthDay`, `birthMonth`, `birthYear`): numeric inputs that take
 * Persian and Arabic digits, and a month select with names so nobody has to count Jalali months.
 */
export function BirthDateInput({
  calendar,
  locale,
  errors = [],
  defaultValues = {},
  registrations = {},
}: {
  calendar: 'jalali' | 'gregorian';
  locale: string;
  errors?: string[];
  defaultValues?: { birthDay?: string; birthMonth?: string; birthYear?: string };
  /** Each part's registration with the form (name, ref and change/blur handlers). */
  registrations?: Partial<Record<'birthDay' | 'birthMonth' | 'birthYear', UseFormRegisterReturn>>;
}) {
  const t = useTranslations('register');
  const months =
    calendar === 'jalali' ? (locale === 'fa' ? JALALI_MONTHS_FA : JALALI_MONTHS_EN) : GREGORIAN_MONTHS;
  const invalid = errors.length ? true : undefined;
  const describedBy = ['birthDate-hint', errors.length ? 'birthDate-error' : null].filter(Boolean).join(' ');
  return (
    <fieldset className="field birth-date" aria-describedby={describedBy}>
      <legend>
        {t('birthDate')}
        <RequiredMark />
      </legend>
      <p id="birthDate-hint" className="hint">
        {t('birthDateHint')}
      </p>
      <div className="birth-date-parts">
        <div className="field">
          <label htmlFor="birthDay">{t('birthDay')}</label>
          <input
            {...registrations.birthDay}
            id="birthDay"
            name="birthDay"
            type="text"
            inputMode="numeric"
            autoComplete="bday-day"
            maxLength={2}
            dir="ltr"
            className="ltr"
            defaultValue={defaultValues.birthDay}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            required
            aria-required
          />
        </div>
        <div className="field">
          <label htmlFor="birthMonth">{t('birthMonth')}</label>
          <select
            {...registrations.birthMonth}
            id="birthMonth"
            name="birthMonth"
            autoComplete="bday-month"
            defaultValue={defaultValues.birthMonth ?? ''}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            required
            aria-required
          >
            <option value="">{t('monthPlaceholder')}</option>
            {months.map((name, i) => (
              <option key={name} value={String(i + 1)}>
                {`${localizeDigits(i + 1, locale)} – ${name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="birthYear">{t('birthYear')}</label>
          <input
            {...registrations.birthYear}
            id="birthYear"
            name="birthYear"
            type="text"
            inputMode="numeric"
            autoComplete="bday-year"
            maxLength={4}
            dir="ltr"
            className="ltr"
            defaultValue={defaultValues.birthYear}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            required
            aria-required
          />
        </div>
      </div>
      {errors.length ? (
        <p id="birthDate-error" className="error-text">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
