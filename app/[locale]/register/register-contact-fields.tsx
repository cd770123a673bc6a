'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { Field } from '@/app/_components/form/field';
import { passwordStrength } from '@/lib/validation/password-rules';
import type { RegisterFormValues } from './register-form-model';

/**
 * Mobile, email and the password twice, with the password's strength said as it is typed.
 * `passwordsCleared` changes whenever the form empties the passwords (after a server answer).
 */
export function RegisterContactFields({
  register,
  fieldMessages,
  onPasswordChange,
  passwordsCleared,
}: {
  register: UseFormRegister<RegisterFormValues>;
  fieldMessages: (name: string) => string[];
  /** Told of every change of the password (the repeat is re-checked against it). */
  onPasswordChange: () => void;
  passwordsCleared: unknown;
}) {
  const t = useTranslations('register');
  const [strength, setStrength] = useState(passwordStrength(''));
  const [cleared, setCleared] = useState(passwordsCleared);
  if (cleared !== passwordsCleared) {
    // The passwords were emptied: so is the strength shown for them.
    setCleared(passwordsCleared);
    setStrength(passwordStrength(''));
  }
  return (
    <div className="form-grid">
      <Field
        id="mobile"
        type="tel"
        label={t('mobile')}
        hint={t('mobileHint')}
        inputMode="tel"
        autoComplete="tel"
        maxLength={24}
        ltr
        required
        errors={fieldMessages('mobile')}
        {...register('mobile')}
      />
      <Field
        id="email"
        type="email"
        label={t('email')}
        hint={t('emailHint')}
        autoComplete="email"
        maxLength={254}
        ltr
        required
        errors={fieldMessages('email')}
        {...register('email')}
      />
      <Field
        id="password"
        type="password"
        label={t('password')}
        hint={
          <>
            {t('passwordHint')}
            <span className="strength" aria-live="polite" data-strength={strength}>
              {strength === 'empty' ? '' : ` — ${t(`strength.${strength}`)}`}
            </span>
          </>
        }
        autoComplete="new-password"
        maxLength={128}
        ltr
        required
        errors={fieldMessages('password')}
        {...register('password', {
          onChange: (e: { target: { value: string } }) => {
            setStrength(passwordStrength(e.target.value));
            onPasswordChange();
          },
        })}
      />
      <Field
        id="passwordConfirm"
        type="password"
        label={t('passwordConfirm')}
        autoComplete="new-password"
        maxLength={128}
        ltr
        required
        errors={fieldMessages('passwordConfirm')}
        {...register('passwordConfirm')}
      />
    </div>
  );
}
