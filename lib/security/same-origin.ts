import 'server-only';
import { env } from '@/lib/env';

/**
 * CSRF defence for state-changing server actions and route handlers: the browser's Origin header
 * must name this host. Next checks server actions too, but a check we own survives configuration
 * changes (serverActions.allowedOrigins) and covers route handlers, which Next does not check.
 * A missing Origin is refused: every browser that can run our forms sends it on POST.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const appUrl = env().APP_URL;
  if (appUrl && new URL(appUrl).host === originHost) return true;
  const forwarded = env().TRUST_PROXY ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwarded || headers.get('host');
  return Boolean(host) && host === originHost;
}
