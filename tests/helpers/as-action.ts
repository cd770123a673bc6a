import { z } from 'zod';
import { confirmContactChange, requestContactChangeCode } from '@/lib/accounts/profile/change-contact';
import { saveProfileStep, type EditableStep } from '@/lib/accounts/profile/save-profile-step';
import { submitProfile } from '@/lib/accounts/profile/submit-profile';
import { fromOutcome, runAction, type RequestScope } from '@/lib/actions/pipeline';
import { saveContent } from '@/lib/content/admin';
import { contentSchema, type ContentKind } from '@/lib/validation/content';
import type { Outcome } from '@/lib/outcome';
import { fileServiceRequest } from '@/lib/requests/file-service-request';
import { openTicket } from '@/lib/support/open-ticket';
import { replyToTicket } from '@/lib/support/reply-to-ticket';
import {
  confirmContactChangeSchema,
  requestContactCodeSchema,
  type ContactKind,
} from '@/lib/validation/contact-change';
import { educationSchema, personalSchema } from '@/lib/validation/profile';
import type { ActionResult } from '@/lib/validation/result';
import { serviceRequestSchema } from '@/lib/validation/service-request';
import { openTicketSchema, replyTicketSchema } from '@/lib/validation/support';

/** The request as a test has it: same origin, fa, one client, failures thrown (a test should see them). */
const testScope: RequestScope = {
  isSameOrigin: async () => true,
  locale: async () => 'fa',
  clientHash: async () => 'test-client',
  currentAccount: async () => null,
  currentStaff: async () => null,
  rethrowSignals: (error) => {
    throw error;
  },
  logFailure: () => undefined,
};

/**
 * What a form's action does with the posted values: the values as the browser's FormData, through
 * the action pipeline itself (`runAction`: the form's shared schema, the use-case with the typed
 * input, its outcome as the form's result). Only the request scope is the test's.
 */
export async function viaForm<S extends z.ZodType, T extends object>(
  schema: S,
  input: Record<string, unknown>,
  run: (data: z.infer<S>) => Promise<Outcome<T>>,
): Promise<ActionResult<T>> {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) if (value !== undefined) form.append(key, String(value));
  return runAction(
    {
      name: 'test',
      caller: 'anyone',
      schema,
      run: async (data): Promise<ActionResult<T>> => {
        const outcome = await run(data);
        if (!outcome.ok) return fromOutcome(outcome);
        const { ok: _ok, ...rest } = outcome as { ok: true } & T;
        return { ok: true, data: rest as unknown as T };
      },
    },
    form,
    testScope,
  );
}

export const saveStep = (accountId: string, step: EditableStep, input: Record<string, unknown>) =>
  step === 'personal'
    ? viaForm(personalSchema, input, (data) => saveProfileStep(accountId, 'personal', data))
    : viaForm(educationSchema, input, (data) => saveProfileStep(accountId, 'education', data));

export const submit = (accountId: string) => viaForm(z.object({}), {}, () => submitProfile(accountId));

export const fileRequest = (accountId: string, service: string, input: Record<string, unknown>) =>
  viaForm(serviceRequestSchema(service), input, (data) => fileServiceRequest(accountId, service, data));

export const openTicketForm = (accountId: string, input: Record<string, unknown>, now?: Date) =>
  viaForm(openTicketSchema, input, (data) => openTicket(accountId, data, now));

export const replyForm = (accountId: string, ticketId: string, input: Record<string, unknown>) =>
  viaForm(replyTicketSchema, input, (data) => replyToTicket(accountId, ticketId, data));

export const requestContactCode = (
  accountId: string,
  kind: ContactKind,
  input: Record<string, unknown>,
  options?: Parameters<typeof requestContactChangeCode>[3],
) =>
  viaForm(requestContactCodeSchema(kind), input, (data) =>
    requestContactChangeCode(accountId, kind, data, options),
  );

export const confirmContact = (
  accountId: string,
  kind: ContactKind,
  input: Record<string, unknown>,
  options?: Parameters<typeof confirmContactChange>[3],
) =>
  viaForm(confirmContactChangeSchema(kind), input, (data) =>
    confirmContactChange(accountId, kind, data, options),
  );

/** The content editor's save: the kind's schema (a new row needs its slug), then the use-case. */
export const saveContentForm = (input: {
  staffId: string;
  kind: ContentKind;
  id: string | null;
  values: Record<string, unknown>;
}) =>
  viaForm(contentSchema(input.kind, { isNew: input.id === null }), input.values, (data) =>
    saveContent({
      staffId: input.staffId,
      kind: input.kind,
      id: input.id,
      data: data as Record<string, string>,
    }),
  );
