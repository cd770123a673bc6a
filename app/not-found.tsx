import Link from 'next/link';
import { vazirmatn } from './_components/fonts';

// Requests outside any locale (e.g. /xx/…) land here; the page is bilingual because the language is unknown.
export default function GlobalNotFound() {
  return (
    <html lang="fa" dir="rtl" className={vazirmatn.variable}>
      <body>
        <main id="main" className="container stack narrow">
          <h1>صفحه پیدا نشد</h1>
          <p>صفحه‌ای که به دنبال آن هستید وجود ندارد یا جابه‌جا شده است.</p>
          <p>
            <Link href="/fa">بازگشت به صفحه اصلی</Link>
          </p>
          <p lang="en" dir="ltr">
            Page not found. <Link href="/en">Go to the English home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
