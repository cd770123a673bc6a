'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { isAdmin } from '@/lib/auth/require-admin';
import { getCurrentStaff } from '@/lib/auth/session';
import { parseContent, saveContent } from '@/lib/content/admin';
import { renderRichText } from '@/lib/content/rich-text';
import { isSameOrigin } from '@/lib/security/same-origin';
import { bumpPublicPagesVersion } from '@/lib/security/static-pages';
import { isContentKind, MAX_BODY } from '@/lib/validation/content';
import { fail, isFormData, notAForm, ok, type ActionResult } from '@/lib/validation/result';

export type ContentPreview = Record<string, string>;
type Result = ActionResult<{ preview?: ContentPreview }>;

/** Every string field, kept whole up to the body limit (echoValues cuts at 500, too short for a body). */
function editorValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$')) out[key] = value.slice(0, MAX_BODY + 100);
  }
  return out;
}

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

/**
 * Preview (intent=preview: validate and render, save nothing) or save (create/update, audit, then the
 * public pages' cache is invalidated so the very next request shows the change). Refused unless the
 * caller is a signed-in administrator and the POST is same-origin.
 */
export async function saveContentAction(_prev: Result | null, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return notAForm();
  const values = editorValues(formData);
  if (!isSameOrigin(await headers())) return fail({}, { formError: 'generic', values });
  const staff = await getCurrentStaff();
  if (!isAdmin(staff)) return fail({}, { formError: 'contentForbidden', values });
  const kind = values.kind;
  if (!isContentKind(kind)) return fail({}, { formError: 'contentNotFound', values });
  const id = values.id ? values.id : null;

  if (values.intent === 'preview') {
    const parsed = parseContent(kind, id === null, values);
    if (!parsed.ok) return parsed;
    const preview: ContentPreview = {};
    for (const field of RICH_FIELDS) {
      if (parsed.data[field]) preview[field] = renderRichText(parsed.data[field]);
    }
    return ok({ preview }, values);
  }

  const result = await saveContent({ staffId: staff.id, kind, id, values });
  if (!result.ok) return result;
  // Every public page is cached until the next edit (docs/decisions/0005-fast-public-pages.md).
  revalidatePath('/', 'layout');
  bumpPublicPagesVersion();
  redirect({ href: `/university/content?saved=${kind}`, locale: await getLocale() });
  return ok({});
}
