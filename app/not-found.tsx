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
            <a href="/fa">بازگشت به صفحه اصلی</a>
          </p>
          <p lang="en" dir="ltr">
            Page not found. <a href="/en">Go to the English home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
