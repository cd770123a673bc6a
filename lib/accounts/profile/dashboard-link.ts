import 'server-only';
import { env } from '@/lib/env';

/** The applicant's dashboard URL for notification texts, or `none` (the templates' select) without APP_URL. */
export function dashboardLink(locale: string | null | undefined): string {
  const base = env().APP_URL;
  return base ? `${base.replace(/\/$/, '')}/${locale === 'en' ? 'en' : 'fa'}/dashboard` : 'none';
}
