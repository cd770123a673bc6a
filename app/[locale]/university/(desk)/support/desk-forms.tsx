'use client';

import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { TicketReplyForm } from '@/app/_components/support/ticket-reply-form';
import { answerTicketAction, closeTicketAction } from './actions';

export function AnswerForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('staff.desk');
  return (
    <TicketReplyForm
      formId="answer"
      ticketId={ticketId}
      action={answerTicketAction}
      label={t('answer')}
      submit={t('sendAnswer')}
      rows={5}
    />
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
