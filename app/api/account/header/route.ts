import { NextResponse } from 'next/server';
import { getCurrentAccount, getCurrentStaff } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/**
 * Who is signed in, for the header of the cached public pages (app/_components/account-links-island.tsx):
 * `{ "home": "/dashboard" | "/university" | null }`. No name or id: only where «پیشخوان من» leads. The
 * session is checked as on every page (sessionVersion), and the answer is never cached.
 */
export async function GET() {
  const [account, staff] = await Promise.all([getCurrentAccount(), getCurrentStaff()]);
  const home = account ? '/dashboard' : staff ? '/university' : null;
  return NextResponse.json({ home }, { headers: { 'Cache-Control': 'private, no-store' } });
}
