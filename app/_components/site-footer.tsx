import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { Link } from '@/app/_components/localized-link';

export async function SiteFooter() {
  const t = await getTranslations();
  const email = env().SUPPORT_EMAIL;
  return (
    <footer className="site-footer">
      <div className="container stack">
        <p>
          {t.rich('footer.support', {
            address: email,
            email: (chunks) => (
              <a href={`mailto:${email}`} dir="ltr">
                {chunks}
              </a>
            ),
          })}
        </p>
        <p className="footer-meta">
          <Link href="/guide">{t('footer.guide')}</Link>
          <span aria-hidden="true"> · </span>
          <span>{t('footer.rights')}</span>
        </p>
      </div>
    </footer>
  );
}
