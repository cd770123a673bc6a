import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/localized-link';
import { SummaryList } from '@/app/_components/summary-list';
import { listOwnDocuments } from '@/lib/documents/document-access';
import { PROFILE_DOCUMENTS, type DocumentKind } from '@/lib/documents/kinds';
import { localizeDigits } from '@/lib/formats';
import { formatJalaliShort } from '@/lib/formats/jalali';
import { FOREIGN_UNIVERSITY } from '@/lib/validation/profile';
import { ProfileDocuments } from './profile-documents';
import { SubmitForm } from './submit-form';

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

/**
 * The last step: everything saved so far, each section with a link back to its step while the profile
 * is editable, the profile documents, and the submit.
 */
export async function ProfileReview({
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
