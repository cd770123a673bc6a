import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canFileRequests, type AccountStatus } from '@/lib/accounts/lifecycle/account-status';
import { daysLeft } from '@/lib/accounts/lifecycle/completion-deadline';
import { getProfile } from '@/lib/accounts/profile/get-profile';
import { requireAccount } from '@/lib/auth/session';
import { formatDateForLocale, localizeDigits } from '@/lib/formats';
import { Link } from '@/app/_components/localized-link';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  return { title: t('title'), robots: { index: false } };
}

type StepState = 'done' | 'current' | 'pending' | 'problem';

function progressOf(status: AccountStatus): [StepState, StepState, StepState] {
  switch (status) {
    case 'pre_registered':
      return ['done', 'current', 'pending'];
    case 'profile_submitted':
      return ['done', 'done', 'current'];
    case 'approved':
      return ['done', 'done', 'done'];
    case 'rejected':
      return ['done', 'done', 'problem'];
  }
}

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ registered?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard`);
  const profile = await getProfile(account.id);
  const t = await getTranslations('dashboard');
  const tr = await getTranslations('register');
  // Right after registering (signed in by the registration itself): this URL survives a refresh.
  const welcome = (await searchParams).registered === '1';
  const now = new Date();
  const states = progressOf(account.status);
  const steps = [t('stepPreRegistered'), t('stepSubmitted'), t('stepApproved')];
  const stateText: Record<StepState, string> = {
    done: t('stepDone'),
    current: t('stepCurrent'),
    pending: t('stepPending'),
    problem: t('stepRejected'),
  };
  const digits = (s: string | number) => localizeDigits(s, locale);
  const showDeadline = account.status === 'pre_registered';
  const remaining = daysLeft(account.completionDeadline, now);
  const completed = Math.min(profile?.completedStep ?? 0, 2);

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      {welcome ? (
        <section className="success-box stack" aria-labelledby="register-success-title">
          <h2 id="register-success-title">{tr('successTitle')}</h2>
          <p>{tr('successBody', { username: digits(account.username) })}</p>
        </section>
      ) : null}
      <p>
        {t('greeting', { name: `${account.firstName} ${account.lastName}` })}
        <br />
        <span className="muted">{t('username', { username: digits(account.username) })}</span>
      </p>

      <section className="card stack" aria-labelledby="status-title">
        <h2 id="status-title">{t('statusLabel')}</h2>
        <ol className="progress" aria-label={t('progressLabel')}>
          {steps.map((label, i) => (
            <li key={label} className={states[i]} aria-current={states[i] === 'current' ? 'step' : undefined}>
              <span className="marker" aria-hidden="true">
                {states[i] === 'done' ? '✓' : states[i] === 'problem' ? '!' : digits(i + 1)}
              </span>
              <span>
                <strong>{label}</strong>
                <span className="state">{stateText[states[i]]}</span>
              </span>
            </li>
          ))}
        </ol>
        <p>
          <strong>{t(`status_${account.status}`)}</strong>
        </p>
        {account.status === 'rejected' && account.statusReason ? (
          <p className="warning-box">{t('rejectionReason', { reason: account.statusReason })}</p>
        ) : null}
      </section>

      {showDeadline ? (
        <section className="card stack" aria-labelledby="deadline-title">
          <h2 id="deadline-title">{t('deadlineTitle')}</h2>
          <p>{t('deadline', { date: formatDateForLocale(account.completionDeadline, locale) })}</p>
          <p className="deadline-days">
            {remaining > 0 ? digits(t('daysLeft', { days: remaining })) : t('lessThanADay')}
          </p>
          <p className="muted">{t('deadlineWarning')}</p>
        </section>
      ) : null}

      <section className="card stack" aria-labelledby="next-title">
        <h2 id="next-title">{t('nextTitle')}</h2>
        <p>{t(`next_${account.status}`)}</p>
        {account.status === 'pre_registered' ? (
          <p className="muted">{t('profileProgress', { done: completed, total: 2 })}</p>
        ) : null}
        <div className="button-row">
          {account.status === 'pre_registered' ? (
            <Link className="button button-primary" href="/dashboard/profile">
              {t('continueProfile')}
            </Link>
          ) : null}
          {account.status === 'rejected' ? (
            <Link className="button button-primary" href="/dashboard/profile">
              {t('fixProfile')}
            </Link>
          ) : null}
          {account.status === 'profile_submitted' ? (
            <Link className="button" href="/dashboard/profile/review">
              {t('viewProfile')}
            </Link>
          ) : null}
          {canFileRequests(account.status) ? (
            <Link className="button button-primary" href="/dashboard/requests">
              {t('goRequests')}
            </Link>
          ) : null}
        </div>
      </section>

      <section className="card stack" aria-labelledby="links-title">
        <h2 id="links-title">{t('quickLinks')}</h2>
        <ul>
          <li>
            <Link href="/dashboard/profile">{t('profile')}</Link>
          </li>
          <li>
            <Link href="/dashboard/requests">{t('requests')}</Link>
          </li>
          <li>
            <Link href="/dashboard/support">{t('support')}</Link>
          </li>
          <li>
            <Link href="/dashboard/contact">{t('contact')}</Link>
          </li>
        </ul>
        <h3>{t('securityTitle')}</h3>
        <p className="muted">{t('securityText')}</p>
        <ul className="contact-values">
          <li>
            <bdi>{digits(account.mobile)}</bdi>
          </li>
          <li>
            <bdi>{account.email}</bdi>
          </li>
        </ul>
        <p>
          <Link href="/account/security">{t('securityLink')}</Link>
        </p>
      </section>
    </div>
  );
}
