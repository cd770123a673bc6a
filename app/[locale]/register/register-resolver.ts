import { zodResolver } from '@hookform/resolvers/zod';
import { registerSchema, type ApplicantKind, type RegisterChecks } from '@/lib/validation/register';

/**
 * The registration form's resolver: the very schema the server action runs. Its own module, loaded by
 * the form with a dynamic import, because zod and the Jalali calendar are most of the page's
 * JavaScript and nothing needs them before the first check.
 */
export function registerResolver(kind: ApplicantKind, today: Date, checks: RegisterChecks) {
  return zodResolver(registerSchema(kind, today, checks));
}
