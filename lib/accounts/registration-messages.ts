import { toPersianDigits } from '@/lib/identity/digits';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Texts of the registration messages, kept beside the use-cases that send them (they are not page
 * copy). Codes stay ASCII digits: phones offer them for auto-fill and providers' templates expect them.
 */
export function codeSms(locale: Locale, code: string, host: string): string {
  const first =
    locale === 'fa'
      ? `کد فعال‌سازی ثبت نام شما در سامانه امور دانشجویان: ${code}\nاین کد را در اختیار دیگران قرار ندهید.`
      : `Your Student Affairs Portal registration code: ${code}\nDo not share this code with anyone.`;
  // The last line is the WebOTP format, so the browser can offer the code to the right site only.
  return `${first}\n\n@${host} #${code}`;
}

/**
 * Spoken by a text-to-speech call. The code is said once whole (so the text carries it as one ASCII run,
 * as every code message does for providers' logs and the outbox contract), then digit by digit, so a
 * listener writing it down hears each digit alone.
 */
export function codeVoice(locale: Locale, code: string): string {
  const spaced = code.split('').join('، ');
  return locale === 'fa'
    ? `کد فعال‌سازی شما ${code} است. تکرار می‌کنم: ${spaced}.`
    : `Your registration code is ${code}. Again, digit by digit: ${spaced.replace(/،/g, ',')}.`;
}

export function codeEmail(locale: Locale, code: string, minutes: number): { subject: string; body: string } {
  return locale === 'fa'
    ? {
        subject: 'کد فعال‌سازی پست الکترونیک — سازمان امور دانشجویان',
        body: `با سلام\n\nکد فعال‌سازی پست الکترونیک شما: ${code}\nاین کد تا ${toPersianDigits(minutes)} دقیقه معتبر است. اگر شما درخواست ثبت نام نداده‌اید، این پیام را نادیده بگیرید.\n\nبا تشکر\nسازمان امور دانشجویان`,
      }
    : {
        subject: 'Your email verification code — Student Affairs Organization',
        body: `Hello,\n\nYour email verification code is: ${code}\nIt is valid for ${minutes} minutes. If you did not start a registration, ignore this message.\n\nStudent Affairs Organization`,
      };
}

/** PRODUCT.md §4: the username and the login link — never the password. */
export function registeredEmail(
  locale: Locale,
  username: string,
  loginUrl: string,
): { subject: string; body: string } {
  return locale === 'fa'
    ? {
        subject: 'ثبت نام در پورتال سازمان امور دانشجویان',
        body: `با سلام\n\nمتقاضی گرامی شما با نام کاربری ${toPersianDigits(username)} در پورتال سازمان امور دانشجویان ثبت نام شدید. شما می‌توانید برای ورود به سایت از طریق این آدرس اقدام نمایید:\n${loginUrl}\n\nبرای امنیت شما، رمز عبور هرگز با ایمیل فرستاده نمی‌شود.\n\nبا تشکر`,
      }
    : {
        subject: 'Your Student Affairs Portal registration',
        body: `Hello,\n\nDear applicant, you have registered on the Student Affairs Organization portal with the username ${username}. You can sign in at this address:\n${loginUrl}\n\nFor your security, your password is never sent by email.\n\nThank you`,
      };
}
