import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isProfileEditable } from '@/lib/accounts/lifecycle/account-status';
import { getProfile } from '@/lib/accounts/profile/get-profile';
import { profileFormValues } from '@/lib/accounts/profile/profile-form-values';
import { requireAccount } from '@/lib/auth/session';
import { listUniversities, pick } from '@/lib/content/queries';
import { localizeDigits } from '@/lib/formats';
import { Link } from '@/app/_components/localized-link';
import { redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { PROFILE_STEPS, stepNumber, type ProfileStep } from '@/lib/validation/profile';
import { EducationForm } from './education-form';
import { PersonalForm } from './personal-form';
import { ProfileReview } from './profile-review';

type Params = Promise<{ locale: string; step: string }>;

const isStep = (s: string): s is ProfileStep => (PROFILE_STEPS as readonly string[]).includes(s);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, step } = await params;
  const t = await getTranslations({ locale, namespace: 'profile' });
  return { title: isStep(step) ? t(`step_${step}`) : t('title'), robots: { index: false } };
}

export default async function ProfileStepPage({ params }: { params: Params }) {
  const { locale, step } = await params;
  if (!isStep(step)) notFound();
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/profile/${step}`);
  const [profile, universityRows, t] = await Promise.all([
    getProfile(account.id),
    listUniversities(),
    getTranslations('profile'),
  ]);
  const editable = isProfileEditable(account.status);
  const completed = profile?.completedStep ?? 0;
  // A step is open once the ones before it are saved; a locked profile only shows its review.
  const reachable = (s: ProfileStep) => (editable ? stepNumber(s) <= completed + 1 : s === 'review');
  if (!reachable(step)) {
    redirect({
      href: editable
        ? `/dashboard/profile/${PROFILE_STEPS[Math.min(completed, 2)]}`
        : '/dashboard/profile/review',
      locale,
    });
  }
  const values = profileFormValues(profile);
  const digits = (s: string | number) => localizeDigits(s, locale);
  const universities = universityRows.map((u) => ({ id: u.id, name: pick(u, 'name', locale as Locale) }));

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <nav aria-label={t('stepsLabel')}>
        <ol className="progress">
          {PROFILE_STEPS.map((s) => {
            const state = s === step ? 'current' : stepNumber(s) <= completed ? 'done' : 'pending';
            return (
              <li key={s} className={state} aria-current={s === step ? 'step' : undefined}>
                <span className="marker" aria-hidden="true">
                  {state === 'done' ? '✓' : digits(stepNumber(s))}
                </span>
                {reachable(s) && s !== step ? (
                  <Link href={`/dashboard/profile/${s}`}>{t(`step_${s}`)}</Link>
                ) : (
                  <strong>{t(`step_${s}`)}</strong>
                )}
              </li>
            );
          })}
        </ol>
      </nav>

      {account.status === 'rejected' && account.statusReason ? (
        <p className="warning-box" role="status">
          {t('rejectedNotice', { reason: account.statusReason })}
        </p>
      ) : null}
      {!editable ? <p className="notice">{t('lockedNotice')}</p> : null}

      <section className="card stack" aria-labelledby="step-title">
        <h2 id="step-title">
          {t(`step_${step}`)}{' '}
          <span className="muted">
            ({t('stepOf', { current: stepNumber(step), total: PROFILE_STEPS.length })})
          </span>
        </h2>
        <ClientIntl namespaces={CLIENT_NAMESPACES.profile}>
          {step === 'personal' ? (
            <>
              <p className="muted">{t('savedNotice')}</p>
              <PersonalForm initialValues={values} />
            </>
          ) : null}
          {step === 'education' ? <EducationForm initialValues={values} universities={universities} /> : null}
          {step === 'review' ? (
            <ProfileReview
              values={values}
              account={account}
              universityName={universities.find((u) => u.id === values.universityId)?.name}
              editable={editable}
              locale={locale}
            />
          ) : null}
        </ClientIntl>
      </section>
    </div>
  );
}
