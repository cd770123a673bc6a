import NextLink from 'next/link';
import type { useTranslations } from 'next-intl';
import type { SummaryItem } from '@/app/_components/form/error-summary';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { Locale } from '@/lib/i18n/routing';
import { REGISTER_FIELD_ORDER } from '@/lib/validation/register-fields';
import type { ActionResult, FieldErrors } from '@/lib/validation/result';
import type { Moved } from '@/lib/actions/states';
import { FIELD_TARGET } from './register-form-model';

type Translate = ReturnType<typeof useTranslations>;

/**
 * The error summary's lines: the server's form-level error (unless the browser stopped the last
 * submit, which makes it stale), then each field's errors in the order of the form. A duplicate
 * account links to the recovery page.
 */
export function registerSummary({
  locale,
  state,
  refusedByClient,
  fieldErrors,
  te,
}: {
  locale: Locale;
  state: ActionResult<Moved['data']> | null;
  refusedByClient: boolean;
  fieldErrors: FieldErrors;
  /** Translations of `errors`. */
  te: Translate;
}): SummaryItem[] {
  const summary: SummaryItem[] = [];
  if (!refusedByClient && state && !state.ok && state.formError) {
    const key = state.formError;
    if (key === 'duplicateAccount') {
      const messageKey = locale === 'fa' ? 'duplicateAccount' : 'duplicateAccountEmail';
      summary.push({
        message: te.markup(messageKey, { link: (chunks) => chunks }),
        content: te.rich(messageKey, {
          link: (chunks) => (
            <NextLink href={localizedPathname('/forgot-password', locale)}>{chunks}</NextLink>
          ),
        }),
      });
    } else if (key === 'rateLimited') {
      summary.push({ message: te('rateLimited', { seconds: Number(state.formErrorValues?.seconds ?? 60) }) });
    } else {
      summary.push({ message: te('generic') });
    }
  }
  for (const name of REGISTER_FIELD_ORDER) {
    for (const key of fieldErrors[name] ?? [])
      summary.push({ fieldId: FIELD_TARGET[name] ?? name, message: te(key) });
  }
  return summary;
}
