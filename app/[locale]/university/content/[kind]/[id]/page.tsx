import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import { Link } from '@/app/_components/localized-link';
import { requireAdmin } from '@/lib/auth/require-admin';
import { getForEditor, publicPathOf } from '@/lib/content/admin';
import { contentStatus } from '@/lib/content/status';
import type { Locale } from '@/lib/i18n/routing';
import {
  CONTENT_FIELDS,
  dayForInput,
  instantForInput,
  isContentKind,
  PUBLISHABLE_KINDS,
  type ContentState,
} from '@/lib/validation/content';
import { ContentEditor } from './content-editor';

type Params = { params: Promise<{ locale: Locale; kind: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contentAdmin' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ContentEditPage({ params }: Params) {
  const { locale, kind, id } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale);
  if (!isContentKind(kind)) notFound();
  const isNew = id === 'new';
  if (isNew && !PUBLISHABLE_KINDS.includes(kind)) notFound();
  const existing = isNew ? null : await getForEditor(kind, id);
  if (!isNew && !existing) notFound();

  const t = await getTranslations('contentAdmin');
  const initialValues: Record<string, string> = {};
  const publishable = PUBLISHABLE_KINDS.includes(kind);
  if (existing) {
    for (const field of CONTENT_FIELDS[kind]) {
      const v = existing.row[field];
      if (typeof v === 'string') initialValues[field] = v;
      if (typeof v === 'number') initialValues[field] = String(v);
    }
    for (const field of ['examDate', 'registrationDeadline', 'deadline']) {
      if (initialValues[field]) initialValues[field] = dayForInput(initialValues[field], locale);
    }
  }
  if (publishable) {
    const when = instantForInput(existing?.publishAt ?? new Date(), locale);
    initialValues.publishDate = when.date;
    initialValues.publishTime = when.time;
    initialValues.state ??= isNew ? 'draft' : String(existing?.row.state ?? 'draft');
    if (kind === 'faq') initialValues.position ??= '100';
  }
  const status =
    existing && publishable && existing.publishAt
      ? contentStatus({ state: existing.row.state as ContentState, publishAt: existing.publishAt })
      : null;
  const title = t(isNew ? 'newTitle' : 'editTitle', { kind: t(`kinds.${kind}`) });

  return (
    <div className="container stack content-admin">
      <p>
        <Link href="/university/content">{t('back')}</Link>
      </p>
      <h1>{title}</h1>
      {existing ? (
        <p className="muted">
          {status ? <span className={`status-badge status-${status}`}>{t(`statuses.${status}`)}</span> : null}{' '}
          <span dir="ltr">{t('publicUrl', { url: `/${locale}${publicPathOf(kind, existing.slug)}` })}</span>
        </p>
      ) : null}
      <ClientIntl namespaces={CLIENT_NAMESPACES.contentAdmin}>
        <ContentEditor kind={kind} id={existing ? id : ''} isNew={isNew} initialValues={initialValues} />
      </ClientIntl>
    </div>
  );
}
