import 'server-only';
import { env } from '@/lib/env';
import { formatDateForLocale, localizeDigits } from '@/lib/identity';
import type { AccountStatus } from './account-status';

/**
 * The texts of the emails the applicant's area sends, in the account's language. Kept together so
 * the wording stays consistent and no email ever carries a password or a code it does not need.
 */
type Lang = 'fa' | 'en';
export interface EmailText {
  subject: string;
  body: string;
}

const lang = (locale: string | null | undefined): Lang => (locale === 'en' ? 'en' : 'fa');

function dashboardLink(locale: Lang): string {
  const base = env().APP_URL;
  return base ? `${base.replace(/\/$/, '')}/${locale}/dashboard` : '';
}

function signOff(locale: Lang): string {
  const link = dashboardLink(locale);
  if (locale === 'en') return `${link ? `Your dashboard: ${link}\n\n` : ''}Student Affairs Organization`;
  return `${link ? `پیشخوان شما: ${link}\n\n` : ''}با تشکر\nسازمان امور دانشجویان`;
}

export function statusChangedEmail(
  status: AccountStatus,
  locale: string,
  username: string,
  reason?: string | null,
): EmailText {
  const l = lang(locale);
  const user = localizeDigits(username, l);
  if (l === 'en') {
    const lines: Record<AccountStatus, [string, string]> = {
      pre_registered: ['Registration started', 'Your registration has been started.'],
      profile_submitted: [
        'Your details were submitted for approval',
        `Your completed details (username ${user}) were submitted and will be reviewed by your university.`,
      ],
      approved: [
        'Your registration was approved',
        `Your registration (username ${user}) was approved. You can now file requests for services.`,
      ],
      rejected: [
        'Your registration needs corrections',
        `Your registration (username ${user}) was not approved.\nReason: ${reason ?? '-'}\nPlease correct your details and submit them again.`,
      ],
    };
    const [subject, text] = lines[status];
    return { subject, body: `Dear applicant,\n\n${text}\n\n${signOff(l)}` };
  }
  const lines: Record<AccountStatus, [string, string]> = {
    pre_registered: ['آغاز ثبت نام', 'پیش‌ثبت‌نام شما انجام شد.'],
    profile_submitted: [
      'اطلاعات شما برای تأیید ارسال شد',
      `اطلاعات تکمیلی شما با نام کاربری ${user} ارسال شد و پس از بررسی دانشگاه، نتیجه به شما اعلام می‌شود.`,
    ],
    approved: [
      'ثبت نام شما تأیید شد',
      `ثبت نام شما با نام کاربری ${user} تأیید شد. از این پس می‌توانید درخواست‌های خود را در بخش «خدمات» ثبت کنید.`,
    ],
    rejected: [
      'ثبت نام شما نیاز به اصلاح دارد',
      `ثبت نام شما با نام کاربری ${user} تأیید نشد.\nدلیل: ${reason ?? '-'}\nلطفاً اطلاعات خود را اصلاح و دوباره برای تأیید ارسال کنید.`,
    ],
  };
  const [subject, text] = lines[status];
  return { subject, body: `با سلام\n\nمتقاضی گرامی، ${text}\n\n${signOff(l)}` };
}

export function completionReminderEmail(locale: string, username: string, deadline: Date): EmailText {
  const l = lang(locale);
  const when = formatDateForLocale(deadline, l);
  if (l === 'en') {
    return {
      subject: 'Complete your registration before your account is deleted',
      body:
        `Dear applicant,\n\nYour registration (username ${username}) is not complete yet. ` +
        `If you do not complete your details and submit them for approval by ${when}, your account and its data will be deleted.\n\n${signOff(l)}`,
    };
  }
  return {
    subject: 'یادآوری تکمیل ثبت نام',
    body:
      `با سلام\n\nمتقاضی گرامی، ثبت نام شما با نام کاربری ${localizeDigits(username, l)} هنوز تکمیل نشده است. ` +
      `اگر تا ${when} اطلاعات خود را تکمیل و برای تأیید ارسال نکنید، حساب کاربری و اطلاعات شما حذف می‌شود.\n\n${signOff(l)}`,
  };
}

export function contactChangedEmail(locale: string): EmailText {
  const l = lang(locale);
  if (l === 'en') {
    return {
      subject: 'The email address of your account was changed',
      body:
        'Dear applicant,\n\nThe email address of your Student Affairs portal account was changed to a new address. ' +
        'If you did not do this, contact support at once.\n\n' +
        signOff(l),
    };
  }
  return {
    subject: 'تغییر پست الکترونیک حساب کاربری',
    body:
      'با سلام\n\nمتقاضی گرامی، پست الکترونیک حساب کاربری شما در پورتال سازمان امور دانشجویان تغییر کرد. ' +
      'اگر این تغییر را شما انجام نداده‌اید، فوراً با پشتیبانی تماس بگیرید.\n\n' +
      signOff(l),
  };
}

/** SMS to the old mobile: short, no link (links in SMS are a phishing pattern users are taught to distrust). */
export function mobileChangedSms(locale: string): string {
  return lang(locale) === 'en'
    ? 'Student Affairs portal: the mobile number of your account was changed. If this was not you, contact support.'
    : 'سازمان امور دانشجویان: شماره موبایل حساب کاربری شما تغییر کرد. اگر این تغییر را شما انجام نداده‌اید، با پشتیبانی تماس بگیرید.';
}

export function changeCodeMessage(locale: string, code: string): { subject: string; body: string } {
  return lang(locale) === 'en'
    ? {
        subject: 'Confirmation code',
        body: `Student Affairs portal confirmation code: ${code}\nValid for ${Math.round(env().OTP_TTL_SECONDS / 60)} minutes. Never share it.`,
      }
    : {
        subject: 'کد تأیید',
        body: `کد تأیید سازمان امور دانشجویان: ${code}\nاعتبار: ${localizeDigits(Math.round(env().OTP_TTL_SECONDS / 60), 'fa')} دقیقه. این کد را در اختیار دیگران قرار ندهید.`,
      };
}
