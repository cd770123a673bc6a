import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isProfileEditable } from '@/lib/accounts/lifecycle/account-status';
import { getProfile } from '@/lib/accounts/profile/get-profile';
import { profileFormValues } from '@/lib/accounts/profile/profile-form-values';
import { requireAccount } from '@/lib/auth/session';
import { listUniversities, pick } from '@/lib/content/queries';
import { localizeDigits } from '@/lib/identity';
import { Link } from '@/app/_components/localized-link';
import { redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { FOREIGN_UNIVERSITY, PROFILE_STEPS, stepNumber, type ProfileStep } from '@/lib/validation/profile';
import { EducationForm } from './education-form';
import { PersonalForm } from './personal-form';
import { SubmitForm } from './submit-form';
import { ProfileDocuments } from './profile-documents';
import { listOwnDocuments } from '@/lib/documents/document-access';
import { PROFILE_DOCUMENTS, type DocumentKind } from '@/lib/documents/kinds';
import { formatJalaliShort } from '@/lib/identity/jalali';
import { SummaryList } from '@/app/_components/summary-list';

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
        {step === 'personal' ? (
          <>
            <p className="muted">{t('savedNotice')}</p>
            <PersonalForm initialValues={values} />
          </>
        ) : null}
        {step === 'education' ? <EducationForm initialValues={values} universities={universities} /> : null}
        {step === 'review' ? (
          <Review
            values={values}
            account={account}
            universityName={universities.find((u) => u.id === values.universityId)?.name}
            editable={editable}
            locale={locale}
          />
        ) : null}
      </section>
    </div>
  );
}

/** The stored Gregorian birth date as the applicant entered it: Jalali on fa, Gregorian on en. */
function birthDateText(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (locale === 'fa') return formatJalaliShort(date, 'fa');
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

async function Review({
  values,
  account,
  universityName,
  editable,
  locale,
}: {
  values: Record<string, string>;
  account: {
    id: string;
    firstName: string;
    lastName: string;
    username: string;
    birthDate: string;
    mobile: string;
    email: string;
  };
  universityName?: string;
  editable: boolean;
  locale: string;
}) {
  const [t, td, own] = await Promise.all([
    getTranslations('profile'),
    getTranslations('documents'),
    listOwnDocuments(account.id),
  ]);
  const profileDocuments = Object.fromEntries(
    own
      .filter((d) => !d.requestId && PROFILE_DOCUMENTS.includes(d.kind as DocumentKind))
      .map((d) => [d.kind, { id: d.id, fileName: d.fileName, size: d.size }]),
  ) as Partial<Record<DocumentKind, { id: string; fileName: string; size: number }>>;
  const digits = (s: string) => localizeDigits(s, locale);
  const show = (v: string | undefined) => (v ? v : <span className="muted">{t('notProvided')}</span>);
  const university =
    values.universityId === FOREIGN_UNIVERSITY
      ? `${t('foreignUniversityOption')}: ${values.foreignUniversity ?? ''} (${values.foreignCountry ?? ''})`
      : universityName;
  const section = (title: string, rows: Array<[string, React.ReactNode]>, edit?: string) => (
    <section className="stack" aria-label={title}>
      <h3>{title}</h3>
      <SummaryList rows={rows.map(([term, value]) => ({ term, value }))} />
      {edit && editable ? (
        <p>
          <Link href={edit}>
            {t('edit')}: {title}
          </Link>
        </p>
      ) : null}
    </section>
  );
  return (
    <div className="stack">
      {editable ? <p>{t('reviewIntro')}</p> : null}
      {section(t('identitySection'), [
        [t('name'), `${account.firstName} ${account.lastName}`],
        [t('nationalCode'), digits(account.username)],
        [t('birthDate'), birthDateText(account.birthDate, locale)],
        [t('mobile'), <bdi key="m">{digits(account.mobile)}</bdi>],
        [t('email'), <bdi key="e">{account.email}</bdi>],
      ])}
      {section(
        t('personalSection'),
        [
          [t('fatherName'), show(values.fatherName)],
          [t('gender'), show(values.gender ? t(`gender_${values.gender}`) : undefined)],
          [t('birthPlace'), show(values.birthPlace)],
          [t('address'), show(values.address)],
          [t('postalCode'), show(values.postalCode && digits(values.postalCode))],
          [t('landline'), show(values.landline && digits(values.landline))],
        ],
        '/dashboard/profile/personal',
      )}
      {section(
        t('educationSection'),
        [
          [
            t('educationStatus'),
            show(values.educationStatus ? t(`status_${values.educationStatus}`) : undefined),
          ],
          [t('university'), show(university)],
          [t('level'), show(values.level ? t(`level_${values.level}`) : undefined)],
          [t('field'), show(values.field)],
          [t('studentNumber'), show(values.studentNumber && digits(values.studentNumber))],
          [t('entryYear'), show(values.entryYear && digits(values.entryYear))],
          ...(values.educationStatus === 'graduate'
            ? ([[t('graduationDate'), show(values.graduationDate && digits(values.graduationDate))]] as Array<
                [string, React.ReactNode]
              >)
            : []),
        ],
        '/dashboard/profile/education',
      )}
      <section className="stack" aria-labelledby="documents-title">
        <h3 id="documents-title">{td('title')}</h3>
        {editable ? (
          <>
            <p className="muted">{td('profileIntro')}</p>
            <ProfileDocuments initial={profileDocuments} />
          </>
        ) : (
          <SummaryList
            rows={PROFILE_DOCUMENTS.map((kind) => {
              const document = profileDocuments[kind];
              return {
                key: kind,
                term: td(`kind_${kind}`),
                value: document ? (
                  <a href={`/api/documents/${document.id}`} target="_blank" rel="noopener">
                    {document.fileName}
                  </a>
                ) : (
                  <span className="muted">{td('none')}</span>
                ),
              };
            })}
          />
        )}
      </section>
      {editable ? <SubmitForm /> : null}
    </div>
  );
}
