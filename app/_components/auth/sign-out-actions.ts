'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signOutEverywhere } from '@/lib/accounts/sign-in/sign-out-everywhere';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { signOut } from '@/lib/auth';
import { endSession } from '@/lib/auth/ended-sessions';
import { getCurrentAccount, getSessionClaims } from '@/lib/auth/session';
import { endStaffSession } from '@/lib/staff/sign-in-staff';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';

// Actions can be called with anything; a missing or odd form just means the default locale.
function localeOf(form: unknown): 'fa' | 'en' {
  return form instanceof FormData && form.get('locale') === 'en' ? 'en' : 'fa';
}

/** Sign-out is a POST (a server action, Origin-checked by Next): a link or image cannot sign anyone out. */
export async function signOutAction(form: FormData): Promise<void> {
  const account = await getCurrentAccount();
  if (account) {
    const clientHash = hashClientAddress(clientAddress(await headers()));
    await recordAuditEvent({ type: 'logout', accountId: account.id, clientHash });
  }
  // The session also ends on the server, so a copy of the cookie stops working: a staff session's row
  // is closed, an applicant's id is recorded as ended.
  const claims = await getSessionClaims();
  if (claims?.kind === 'staff') await endStaffSession(claims.sessionId);
  else if (claims) await endSession(claims);
  await signOut({ redirect: false });
  redirect(`/${localeOf(form)}`);
}

export async function signOutEverywhereAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const account = await getCurrentAccount();
  if (account) {
    const clientHash = hashClientAddress(clientAddress(await headers()));
    await signOutEverywhere(account.id, { clientHash });
  }
  await signOut({ redirect: false });
  redirect(`/${locale}/login`);
}
