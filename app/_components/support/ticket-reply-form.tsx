'use client';

import { ErrorSummary } from '@/app/_components/form/error-summary';
import { TextAreaField } from '@/app/_components/form/choice-fields';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import type { ActionResult } from '@/lib/validation/result';
import { replyTicketSchema } from '@/lib/validation/support';

interface Props<T> {
  formId: string;
  ticketId: string;
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  label: string;
  submit: string;
  rows: number;
}

/**
 * A message added to a support ticket's thread: the applicant's reply and the staff desk's answer. Both
 * actions validate with the same `replyTicketSchema` and redirect to the thread when it is saved.
 */
export function TicketReplyForm<T>({ formId, ticketId, action, label, submit, rows }: Props<T>) {
  const f = useSchemaForm(formId, replyTicketSchema, action, { fieldOrder: ['message'] });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <TextAreaField
        id={f.id('message')}
        name="message"
        label={label}
        required
        rows={rows}
        defaultValue={f.value('message')}
        errors={f.errorsFor('message')}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{submit}</SubmitButton>
      </div>
    </form>
  );
}
