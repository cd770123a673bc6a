'use client';

import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { TextAreaField } from '@/app/_components/form/choice-fields';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { approveAction, rejectAction } from './actions';

// The browser's check of the reason (the server cleans and checks it again, with the same limits).
const rejectSchema = z.object({
  reason: z.string().trim().min(1, 'reasonRequired').min(3, 'reasonRequired').max(500, 'reasonTooLong'),
});

/** Approve «تأیید» and reject «رد» with a required reason; each shows its refusal in its own summary. */
export function DecisionForms({ accountId }: { accountId: string }) {
  const t = useTranslations('staff.applicant');
  const approve = useSchemaForm('approve', z.object({}), approveAction);
  const reject = useSchemaForm('reject', rejectSchema, rejectAction, { fieldOrder: ['reason'] });
  return (
    <div className="decision-forms">
      <form action={approve.formAction} onSubmit={approve.onSubmit} noValidate className="card stack">
        <h3>{t('approveTitle')}</h3>
        <ErrorSummary items={approve.summary} />
        <p>{t('approveHint')}</p>
        <input type="hidden" name="accountId" value={accountId} />
        <div className="button-row">
          <SubmitButton pending={approve.pending}>{t('approve')}</SubmitButton>
        </div>
      </form>
      <form
        action={reject.formAction}
        onSubmit={reject.onSubmit}
        noValidate
        className="card stack"
        key={reject.version}
      >
        <h3>{t('rejectTitle')}</h3>
        <ErrorSummary items={reject.summary} />
        <input type="hidden" name="accountId" value={accountId} />
        <TextAreaField
          id={reject.id('reason')}
          name="reason"
          label={t('reason')}
          hint={t('reasonHint')}
          required
          rows={4}
          maxLength={500}
          defaultValue={reject.value('reason')}
          errors={reject.errorsFor('reason')}
        />
        <div className="button-row">
          <SubmitButton pending={reject.pending}>{t('reject')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
