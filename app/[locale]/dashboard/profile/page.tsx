import { setRequestLocale } from 'next-intl/server';
import { isProfileEditable } from '@/lib/accounts/lifecycle/account-status';
import { getProfile } from '@/lib/accounts/profile/get-profile';
import { requireAccount } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import { PROFILE_STEPS } from '@/lib/validation/profile';

/** Resumes where the applicant stopped: the first step not saved yet (or the review once locked). */
export default async function ProfileIndex({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/profile`);
  const profile = await getProfile(account.id);
  const done = profile?.completedStep ?? 0;
  const step = isProfileEditable(account.status) ? PROFILE_STEPS[Math.min(done, 2)] : 'review';
  redirect({ href: `/dashboard/profile/${step}`, locale });
}
