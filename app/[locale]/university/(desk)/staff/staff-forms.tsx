'use client';

import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { FieldList } from '@/app/_components/form/field-list';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { SelectField } from '@/app/_components/form/choice-fields';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { createStaffAction, resetStaffAction, toggleStaffAction } from './actions';

function SetupLink({ url, username }: { url: string; username: string }) {
  const t = useTranslations('staff.manage');
  return (
    <div className="success-box stack" role="status">
      <p>{t('linkCreated', { username })}</p>
      <p className="secret-text" dir="ltr">
        <code data-testid="setup-url">{url}</code>
      </p>
      <p>{t('linkOnce')}</p>
    </div>
  );
}

export function CreateStaffForm({ universities }: { universities: Array<{ code: string; name: string }> }) {
  const t = useTranslations('staff.manage');
  const f = useSchemaForm('staff', z.object({}), createStaffAction, {
    fieldOrder: ['username', 'email', 'displayName', 'role', 'university'],
  });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      {f.state?.ok ? <SetupLink {...f.state.data} /> : null}
      <FieldList
        form={f}
        fields={[
          {
            name: 'username',
            label: t('username'),
            hint: t('usernameHint'),
            required: true,
            ltr: true,
            autoComplete: 'off',
          },
          { name: 'email', type: 'email', label: t('email'), required: true, ltr: true, autoComplete: 'off' },
          { name: 'displayName', label: t('displayName'), maxLength: 100 },
        ]}
      />
      <SelectField
        id={f.id('role')}
        name="role"
        label={t('role')}
        required
        defaultValue={f.value('role') || 'reviewer'}
        errors={f.errorsFor('role')}
      >
        <option value="reviewer">{t('roles.reviewer')}</option>
        <option value="admin">{t('roles.admin')}</option>
      </SelectField>
      <SelectField
        id={f.id('university')}
        name="university"
        label={t('university')}
        hint={t('universityHint')}
        defaultValue={f.value('university')}
        errors={f.errorsFor('university')}
      >
        <option value="">{t('noUniversity')}</option>
        {universities.map((u) => (
          <option key={u.code} value={u.code}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('create')}</SubmitButton>
      </div>
    </form>
  );
}

export function StaffRowActions({
  staffId,
  username,
  disabled,
}: {
  staffId: string;
  username: string;
  disabled: boolean;
}) {
  const t = useTranslations('staff.manage');
  const reset = useSchemaForm(`reset-${staffId}`, z.object({}), resetStaffAction);
  const toggle = useSchemaForm(`toggle-${staffId}`, z.object({}), toggleStaffAction);
  return (
    <div className="stack">
      <ErrorSummary items={[...reset.summary, ...toggle.summary]} />
      {reset.state?.ok ? <SetupLink {...reset.state.data} /> : null}
      <div className="row-actions">
        <form action={reset.formAction}>
          <input type="hidden" name="staffId" value={staffId} />
          <button
            type="submit"
            className="button"
            disabled={reset.pending}
            aria-label={t('resetFor', { username })}
          >
            {t('reset')}
          </button>
        </form>
        <form action={toggle.formAction}>
          <input type="hidden" name="staffId" value={staffId} />
          <input type="hidden" name="disable" value={disabled ? '0' : '1'} />
          <button
            type="submit"
            className="button"
            disabled={toggle.pending}
            aria-label={t(disabled ? 'enableFor' : 'disableFor', { username })}
          >
            {t(disabled ? 'enable' : 'disable')}
          </button>
        </form>
      </div>
    </div>
  );
}
