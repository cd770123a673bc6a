import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/localized-link';

export async function NotFoundContent() {
  const t = await getTranslations('notFound');
  return (
    <div className="container stack narrow">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/" className="button button-primary">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
