import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Link } from '@/app/_components/localized-link';
import { profileFormValues } from '@/lib/accounts/profile/profile-form-values';
import { requireStaff } from '@/lib/auth/session';
import { localizeDigits } from '@/lib/formats/digits';
import { formatDateForLocale, formatDateTimeForLocale } from '@/lib/formats/jalali';
import { listApplicantDocuments } from '@/lib/documents/document-access';
import { isDocumentKind } from '@/lib/documents/kinds';
import { getApplicantForReview } from '@/lib/review/get-applicant-for-review';
import { universityName } from '@/lib/staff/universities';
import { FOREIGN_UNIVERSITY } from '@/lib/validation/profile';
import { DecisionForms } from './decision-forms';
import { SummaryList } from '@/app/_components/summary-list';

type Params = Promise<{ locale: 'fa' | 'en'; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.applicant' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * One applicant as submitted, the status history and the decision. Another university's applicant,
 * a malformed id and an applicant who never submitted are all the same 404.
 */
export default async function ApplicantPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ decided?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const found = await getApplicantForReview(staff, id);
  if (!found) notFound();
  // Checked again by the documents use-case (and by /api/documents/{id} on every download).
  const files = (await listApplicantDocuments(staff, found.account.id)) ?? [];
  const [t, tp, tq, td] = await Promise.all([
    getTranslations('staff.applicant'),
    getTranslations('profile'),
    getTranslations('staff.queue'),
    getTranslations('documents'),
  ]);
  const { decided } = await searchParams;
  const { account, profile, university, history } = found;
  const values = profileFormValues(profile);
  const digits = (s: string | number) => localizeDigits(s, locale);
  const show = (v: ReactNode) => (v ? v : <span className="muted">{tp('notProvided')}</span>);
  const uni =
    values.universityId === FOREIGN_UNIVERSITY
      ? `${tp('foreignUniversityOption')}: ${values.foreignUniversity ?? ''} (${values.foreignCountry ?? ''})`
      : university
        ? universityName(university, locale)
        : '';
  const section = (title: string, rows: Array<[string, ReactNode]>) => (
    <section className="card stack" aria-label={title}>
      <h2>{title}</h2>
      <SummaryList rows={rows.map(([term, value]) => ({ term, value }))} />
    </section>
  );
  const waiting = account.status === 'profile_submitted';

  return (
    <div className="stack">
      <p>
        <Link href="/university">{t('backToQueue')}</Link>
      </p>
      <h1>
        {t('title')}: {account.firstName} {account.lastName}
      </h1>
      {decided === 'approved' || decided === 'rejected' ? (
        <p className="success-box" role="status">
          {t(decided === 'approved' ? 'approvedNotice' : 'rejectedNotice')}
        </p>
      ) : null}
      <p>
        {t('status')}:{' '}
        <span className={`status-badge status-${account.status}`}>{tq(`statuses.${account.status}`)}</span>
        {profile.submittedAt
          ? ` — ${t('submittedAt', { date: formatDateTimeForLocale(profile.submittedAt, locale) })}`
          : ''}
      </p>
      {!waiting &&
      account.statusChangedAt &&
      (account.status === 'approved' || account.status === 'rejected') ? (
        <div className="card stack">
          <p>
            {t('decidedBy', {
              by: found.decidedBy ?? t('unknownReviewer'),
              at: formatDateTimeForLocale(account.statusChangedAt, locale),
            })}
          </p>
          {account.status === 'rejected' && account.statusReason ? (
            <p>
              {t('reasonShown')}: <q className="message">{account.statusReason}</q>
            </p>
          ) : null}
        </div>
      ) : null}

      {section(tp('identitySection'), [
        [tp('name'), `${account.firstName} ${account.lastName}`],
        account.kind === 'iranian'
          ? [tp('nationalCode'), <bdi key="nc">{digits(account.nationalCode ?? account.username)}</bdi>]
          : [t('passportNumber'), <bdi key="pp">{account.passportNumber ?? ''}</bdi>],
        ...(account.kind === 'international'
          ? ([[t('citizenship'), show(account.citizenship)]] as Array<[string, ReactNode]>)
          : []),
        [t('birthDate'), formatDateForLocale(new Date(`${account.birthDate}T12:00:00Z`), locale)],
        [tp('mobile'), <bdi key="m">{digits(account.mobile)}</bdi>],
        [tp('email'), <bdi key="e">{account.email}</bdi>],
      ])}
      {section(tp('personalSection'), [
        [tp('fatherName'), show(values.fatherName)],
        [tp('gender'), show(values.gender ? tp(`gender_${values.gender}`) : undefined)],
        [tp('birthPlace'), show(values.birthPlace)],
        [tp('address'), show(values.address)],
        [tp('postalCode'), show(values.postalCode && digits(values.postalCode))],
        [tp('landline'), show(values.landline && digits(values.landline))],
      ])}
      {section(tp('educationSection'), [
        [
          tp('educationStatus'),
          show(values.educationStatus ? tp(`status_${values.educationStatus}`) : undefined),
        ],
        [tp('university'), show(uni)],
        [tp('level'), show(values.level ? tp(`level_${values.level}`) : undefined)],
        [tp('field'), show(values.field)],
        [tp('studentNumber'), show(values.studentNumber && digits(values.studentNumber))],
        [tp('entryYear'), show(values.entryYear && digits(values.entryYear))],
        ...(values.educationStatus === 'graduate'
          ? ([[tp('graduationDate'), show(values.graduationDate && digits(values.graduationDate))]] as Array<
              [string, ReactNode]
            >)
          : []),
      ])}

      <section className="card stack" aria-labelledby="documents-title">
        <h2 id="documents-title">{td('title')}</h2>
        {files.length === 0 ? (
          <p>{td('none')}</p>
        ) : (
          <ul className="document-list stack">
            {files.map((d) => (
              <li key={d.id}>
                {isDocumentKind(d.kind) ? td(`kind_${d.kind}`) : d.kind}
                {d.requestId ? ` (${t('requestDocument')})` : ''}:{' '}
                <a href={`/api/documents/${d.id}`} target="_blank" rel="noopener">
                  <bdi>{d.fileName}</bdi>
                </a>{' '}
                <span className="muted">
                  — {td('size', { size: digits(Math.max(1, Math.round(d.size / 1024))) })} —{' '}
                  {formatDateTimeForLocale(d.createdAt, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card stack" aria-labelledby="history-title">
        <h2 id="history-title">{t('history')}</h2>
        {history.length === 0 ? (
          <p>{t('noHistory')}</p>
        ) : (
          <ol className="stack history">
            {history.map((h, i) => (
              <li key={i}>
                {formatDateTimeForLocale(h.at, locale)} — {t(`events.${h.event}` as 'events.submit')}
                {h.by ? ` (${h.by})` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>

      {waiting ? (
        <section aria-labelledby="decision-title" className="stack">
          <h2 id="decision-title">{t('decision')}</h2>
          <DecisionForms accountId={account.id} />
        </section>
      ) : null}
    </div>
  );
}
