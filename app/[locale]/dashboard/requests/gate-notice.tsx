import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/localized-link';

/** The approval gate («پیش از تکمیل ثبت نام و دریافت تأیید…») with the way forward. */
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
