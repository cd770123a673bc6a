import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/localized-link';

/** The approval gate, worded as the guide words it, with the way forward. */
export async function GateNotice() {
  const t = await getTranslations();
  return (
    <div className="warning-box stack" role="status">
      <p>
        <strong>{t('services.gate')}</strong>
      </p>
      <p>
        <Link href="/dashboard/profile">{t('requests.gateHint')}</Link>
      </p>
    </div>
  );
}
