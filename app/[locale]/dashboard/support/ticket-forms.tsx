'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { TicketReplyForm } from '@/app/_components/support/ticket-reply-form';
import { openTicketSchema } from '@/lib/validation/support';
import { TextAreaField } from '@/app/_components/form/choice-fields';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { openTicketAction, replyTicketAction } from './actions';

export function OpenTicketForm() {
  const t = useTranslations('support');
  const f = useSchemaForm('ticket', openTicketSchema, openTicketAction, {
    fieldOrder: ['subject', 'message'],
  });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      <Field
        id={f.id('subject')}
        name="subject"
        label={t('subject')}
        required
        maxLength={150}
        defaultValue={f.value('subject')}
        errors={f.errorsFor('subject')}
      />
      <TextAreaField
        id={f.id('message')}
        name="message"
        label={t('message')}
        required
        defaultValue={f.value('message')}
        errors={f.errorsFor('message')}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('send')}</SubmitButton>
      </div>
    </form>
  );
}

export function ReplyForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('support');
  return (
    <TicketReplyForm
      formId="reply"
      ticketId={ticketId}
      action={replyTicketAction}
      label={t('reply')}
      submit={t('sendReply')}
      rows={4}
    />
  );
}
