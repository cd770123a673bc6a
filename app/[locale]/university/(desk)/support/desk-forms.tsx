'use client';

import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { TextAreaField } from '@/app/[locale]/dashboard/_components/choice-fields';
import { useSchemaForm } from '@/app/[locale]/dashboard/_components/use-schema-form';
import { replyTicketSchema } from '@/lib/validation/support';
import { answerTicketAction, closeTicketAction } from './actions';

export function AnswerForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('staff.desk');
  const f = useSchemaForm('answer', replyTicketSchema, answerTicketAction, { fieldOrder: ['message'] });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <TextAreaField
        id={f.id('message')}
        name="message"
        label={t('answer')}
        required
        rows={5}
        defaultValue={f.value('message')}
        errors={f.errorsFor('message')}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('sendAnswer')}</SubmitButton>
      </div>
    </form>
  );
}

export function CloseForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('staff.desk');
  const f = useSchemaForm('close', z.object({}), closeTicketAction);
  return (
    <form action={f.formAction} noValidate className="stack">
      <ErrorSummary items={f.summary} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <div className="button-row">
        <button type="submit" className="button" disabled={f.pending}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}
