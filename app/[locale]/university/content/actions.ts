'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { parseContent, saveContent } from '@/lib/content/admin';
import { renderRichText } from '@/lib/content/rich-text';
import { bumpPublicPagesVersion } from '@/lib/security/static-pages';
import { isContentKind, MAX_BODY } from '@/lib/validation/content';
import { fail, ok, type ActionResult } from '@/lib/validation/result';

export type ContentPreview = Record<string, string>;
type Result = ActionResult<{ preview?: ContentPreview }>;

const RICH_FIELDS = [
  'bodyFa',
  'bodyEn',
  'answerFa',
  'answerEn',
  'descriptionFa',
  'descriptionEn',
  'eligibilityFa',
  'eligibilityEn',
];

/** The editor's envelope; each kind's own fields are validated by `contentSchema` in the use-case. */
const editorForm = z.looseObject({
  kind: z.string().max(40),
  id: z.string().max(64).optional(),
  intent: z.string().max(20).optional(),
});

/**
 * Preview (intent=preview: validate and render, save nothing) or save (create/update, audit, then the
 * public pages' cache is invalidated so the very next request shows the change). Refused unless the
 * caller is a signed-in administrator and the POST is same-origin.
 */
export const saveContentAction = formAction({
  name: 'content.save',
  caller: 'admin',
  forbidden: 'contentForbidden',
  schema: editorForm,
  // Whole values up to the body limit (the usual echo cuts at 500, too short for a body).
  echoLength: MAX_BODY + 100,
  run: async (input, { caller, locale, values }): Promise<Result> => {
    const { kind } = input;
    if (!isContentKind(kind)) return fail({}, { formError: 'contentNotFound' });
    const id = input.id ? input.id : null;

    if (input.intent === 'preview') {
      const parsed = parseContent(kind, id === null, values);
      if (!parsed.ok) return parsed;
      const preview: ContentPreview = {};
      for (const field of RICH_FIELDS) {
        if (parsed.data[field]) preview[field] = renderRichText(parsed.data[field]);
      }
      return ok({ preview }, values);
    }

    const result = await saveContent({ staffId: caller.id, kind, id, values });
    if (!result.ok) return result;
    // Every public page is cached until the next edit (docs/decisions/0005-fast-public-pages.md).
    revalidatePath('/', 'layout');
    bumpPublicPagesVersion();
    redirect({ href: `/university/content?saved=${kind}`, locale });
    return ok({});
  },
});
