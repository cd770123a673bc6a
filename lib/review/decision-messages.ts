import 'server-only';

/**
 * The SMS that tells an applicant their university decided: short, no link and no reason (the reason
 * is in the email and on the dashboard; links in SMS are a phishing pattern users learn to distrust).
 */
export function decisionSms(decision: 'approved' | 'rejected', locale: string): string {
  if (locale === 'en') {
    return decision === 'approved'
      ? 'Student Affairs portal: your registration was approved. You can now file requests.'
      : 'Student Affairs portal: your registration needs corrections. See the reason on your dashboard.';
  }
  return decision === 'approved'
    ? 'سازمان امور دانشجویان: ثبت نام شما تأیید شد. اکنون می‌توانید درخواست ثبت کنید.'
    : 'سازمان امور دانشجویان: ثبت نام شما نیاز به اصلاح دارد. دلیل آن را در پیشخوان خود ببینید.';
}
