'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction, fromOutcome } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { saveContent } from '@/lib/content/admin';
import { renderRichText } from '@/lib/content/rich-text';
import { bumpPublicPagesVersion } from '@/lib/security/static-pages';
import {
  contentSchema,
  isContentKind,
  MAX_BODY,
  RICH_TEXT_FIELDS,
  type ContentInput,
} from '@/lib/validation/content';
import { plainText, rowIdField } from '@/lib/validation/form-fields';
import { fail, ok, type ActionResult } from '@/lib/validation/result';

export type ContentPreview = Record<string, string>;
type Result = ActionResult<{ preview?: ContentPreview }>;

/** Which row of which kind, and whether to preview or save; the kind's own fields come from its schema. */
const envelope = { kind: plainText, id: rowIdField, intent: plainText };

/**
 * Preview (intent=preview: validate and render, save nothing) or save (create/update, audit, then the
 * public pages' cache is invalidated so the very next request shows the change). Refused unless the
 * caller is a signed-in administrator and the POST is same-origin.
 */
export const saveContentAction = formAction({
  name: 'content.save',
  caller: 'admin',
  forbidden: 'contentForbidden',
  // The schema the editor ran in the browser, for the kind the form names (a new row also has a slug).
  schema: (_locale, input) =>
    isContentKind(input.kind)
      ? contentSchema(input.kind, { isNew: !input.id }).extend(envelope)
      : z.object(envelope),
  // Whole values up to the body limit (the usual echo cuts at 500, too short for a body).
  echoLength: MAX_BODY + 100,
  run: async ({ kind, id, intent, ...data }, { caller, locale, values }): Promise<Result> => {
    if (!isContentKind(kind)) return fail({}, { formError: 'contentNotFound' });
    const fields = data as ContentInput;

    if (intent === 'preview') {
      const preview: ContentPreview = {};
      for (const field of RICH_TEXT_FIELDS) {
        if (fields[field]) preview[field] = renderRichText(fields[field]);
      }
      // The editor stays on the page with what was typed.
      return ok({ preview }, values);
    }

    const outcome = await saveContent({ staffId: caller.id, kind, id: id || null, data: fields });
    if (!outcome.ok) return fromOutcome(outcome);
    // Every public page is cached until the next edit (docs/decisions/0005-fast-public-pages.md).
    revalidatePath('/', 'layout');
    bumpPublicPagesVersion();
    redirect({ href: `/university/content?saved=${kind}`, locale });
    return ok({});
  },
});
