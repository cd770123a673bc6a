import { z } from 'zod';
import { rowIdField } from './form-fields';
import { longTextField, textField } from './profile-fields';

export const ticketMessageField = longTextField(5, 5000, 'messageRequired', 'messageLength');

export const openTicketSchema = z.object({
  subject: textField(3, 150, 'subjectRequired', 'subjectLength'),
  message: ticketMessageField,
});
export type OpenTicketInput = z.infer<typeof openTicketSchema>;

export const replyTicketSchema = z.object({ message: ticketMessageField });
export type ReplyTicketInput = z.infer<typeof replyTicketSchema>;

/** The applicant's reply form: the message and which of their tickets it answers. */
export const replyTicketFormSchema = replyTicketSchema.extend({ ticketId: rowIdField });
