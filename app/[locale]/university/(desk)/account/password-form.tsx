'use client';

import { useTranslations } from 'next-intl';
import { PasswordPairForm } from '../../_components/password-pair-form';
import { changeStaffPasswordAction } from './actions';

export function StaffPasswordForm() {
  const t = useTranslations('staff.account');
  return (
    <PasswordPairForm
      formId="staff-password"
      action={changeStaffPasswordAction}
      labels={{
        current: t('currentPassword'),
        password: t('newPassword'),
        hint: t('passwordHint'),
        confirm: t('passwordConfirm'),
        submit: t('save'),
      }}
      success={t('changed')}
    />
  );
}
