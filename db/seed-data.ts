/**
 * Seed content of the portal (bilingual). This is data, not code: db/seed.ts inserts it idempotently.
 *
 * Persian copy uses Persian «ی» and «ک», ZWNJ inside words, Persian punctuation and Persian digits.
 *
 * Times are Tehran local time written with their UTC offset. Iran observed daylight saving time until
 * 2022, so the 2019 items carry +04:30 (their offset on that day) and everything from 2023 on carries
 * +03:30; formatting with the `Asia/Tehran` zone then shows the times of the source (e.g. ۵:۱۳).
 */
import type {
  announcements,
  departments,
  examCalendar,
  faqs,
  news,
  services,
  staffUsers,
  universities,
} from './schema';

export type NewsSeed = Omit<typeof news.$inferInsert, 'id'>;
export type FaqSeed = Omit<typeof faqs.$inferInsert, 'id'>;
export type DepartmentSeed = Omit<typeof departments.$inferInsert, 'id'>;
export type ServiceSeed = Omit<typeof services.$inferInsert, 'id' | 'departmentId'> & {
  departmentSlug: string;
};
export type ExamSeed = Omit<typeof examCalendar.$inferInsert, 'id'>;
export type AnnouncementSeed = Omit<typeof announcements.$inferInsert, 'id'>;
export type UniversitySeed = Omit<typeof universities.$inferInsert, 'id'>;
export type StaffSeed = Omit<
  typeof staffUsers.$inferInsert,
  'id' | 'passwordHash' | 'universityId' | 'sessionVersion' | 'createdAt'
> & {
  universitySlug: string | null;
  /** Plain text on purpose: development demo accounts only; db/seed.ts stores an argon2id hash. */
  demoPassword: string;
  /** The demo accounts' TOTP secret (base32, public like the password; refused in production). */
  demoTotpSecret: string;
};

/* ------------------------------------------------------------------ news («اخبار») */

export const NEWS: NewsSeed[] = [
  {
    slug: 'initial-student-currency-request',
    titleFa: 'درخواست ارز اولیه دانشجویی',
    titleEn: 'Initial student foreign-currency request',
    bodyFa:
      'دانشجویان ایرانی که از دانشگاه‌های خارج از کشور پذیرش گرفته‌اند و برای نخستین بار متقاضی دریافت ارز دانشجویی هستند، می‌توانند درخواست ارز اولیه را از طریق سامانه امور دانشجویان ثبت کنند.\n\n' +
      'ثبت درخواست تنها پس از تکمیل ثبت‌نام و تأیید حساب کاربری امکان‌پذیر است. متقاضیان لازم است تصویر پذیرش تحصیلی، گذرنامه معتبر و مدارک مربوط به هزینه تحصیل را در سامانه بارگذاری کنند.\n\n' +
      'نتیجه بررسی هر درخواست از طریق کارتابل متقاضی در سامانه و با پیامک به اطلاع وی می‌رسد. لطفاً برای پیگیری درخواست، به‌صورت حضوری مراجعه نفرمایید.',
    bodyEn:
      'Iranian students who have been admitted to universities abroad and are applying for the student foreign-currency allocation for the first time may now file their initial currency request through the Student Affairs portal.\n\n' +
      'A request can be filed only once registration has been completed and the account approved. Applicants must upload their letter of admission, a valid passport and documents showing the cost of their studies.\n\n' +
      "The outcome of each request is announced in the applicant's portal inbox and by SMS. Please do not visit the Organization in person to follow up on a request.",
    publishedAt: new Date('2019-08-25T05:13:00+04:30'),
  },
  {
    slug: 'forgotten-username-and-password',
    titleFa: 'اطلاعیه در خصوص فراموشی نام کاربری و رمز عبور سامانه',
    titleEn: 'Notice on forgotten portal usernames and passwords',
    bodyFa:
      'نام کاربری متقاضیان ایرانی در سامانه امور دانشجویان، همان کد ملی آنان است. کاربرانی که رمز عبور خود را فراموش کرده‌اند، می‌توانند با انتخاب گزینه «فراموشی رمز عبور» در صفحه ورود و وارد کردن کد ملی، کد بازیابی را روی شماره موبایل یا پست الکترونیک تأیید‌شده خود دریافت کنند.\n\n' +
      'کد بازیابی فقط یک بار قابل استفاده است و ۵ دقیقه اعتبار دارد. در صورت منقضی شدن کد، می‌توانید دوباره کد جدیدی دریافت کنید.\n\n' +
      'لطفاً به دلیل فراموشی رمز عبور، حساب کاربری جدیدی ایجاد نکنید؛ برای هر کد ملی تنها یک حساب کاربری در سامانه پذیرفته می‌شود. برای راهنمایی بیشتر با پشتیبانی فنی سامانه تماس بگیرید.',
    bodyEn:
      'For Iranian applicants, the username on the Student Affairs portal is their national code. Users who have forgotten their password can choose "Forgotten password" on the login page and enter their national code to receive a recovery code on their verified mobile number or email address.\n\n' +
      'The recovery code can be used only once and is valid for 5 minutes. If it expires, you can request a new one.\n\n' +
      "Please do not create a new account because you have forgotten your password: only one account is accepted for each national code. For further help, contact the portal's technical support.",
    publishedAt: new Date('2019-04-24T10:49:00+04:30'),
  },
  {
    slug: 'hosting-students-notice-1',
    titleFa: 'اطلاعیه شماره ۱: در خصوص میزبانی دانشجویان دانشگاه‌ها و مراکز آموزش عالی دولتی و غیردولتی',
    titleEn:
      'Notice No. 1: Hosting students of public and private universities and higher-education institutions',
    bodyFa:
      'به اطلاع دانشجویان دانشگاه‌ها و مراکز آموزش عالی دولتی و غیردولتی می‌رساند که درخواست‌های میزبانی (تحصیل به‌صورت مهمان در دانشگاهی غیر از دانشگاه محل تحصیل) از این پس فقط از طریق سامانه امور دانشجویان دریافت و بررسی می‌شود.\n\n' +
      'متقاضیان پیش از ثبت درخواست، باید ثبت‌نام خود را در سامانه تکمیل کرده و تأیید دانشگاه محل تحصیل را دریافت کرده باشند. موافقت نهایی با هر درخواست، منوط به پذیرش دانشگاه میزبان است.\n\n' +
      'درخواست‌هایی که به‌صورت نامه یا با مراجعه حضوری ارائه شود، بررسی نخواهد شد. زمان‌بندی ثبت درخواست در اطلاعیه‌های بعدی همین بخش اعلام می‌شود.',
    bodyEn:
      'Students of public and private universities and higher-education institutions are hereby informed that requests for hosting (studying as a guest student at a university other than their own) will from now on be received and reviewed only through the Student Affairs portal.\n\n' +
      'Before filing a request, applicants must have completed their registration on the portal and obtained the approval of their own university. Final consent to each request depends on acceptance by the host university.\n\n' +
      'Requests submitted by letter or in person will not be considered. The schedule for filing requests will be announced in later notices in this section.',
    publishedAt: new Date('2019-04-17T02:17:00+04:30'),
  },
  {
    slug: 'study-exemption-online',
    titleFa: 'ثبت الکترونیکی درخواست صدور معافیت تحصیلی',
    titleEn: 'Study exemption requests now filed online',
    bodyFa:
      'از ابتدای خرداد ۱۴۰۵، درخواست صدور معافیت تحصیلی فقط از طریق سامانه امور دانشجویان ثبت و پیگیری می‌شود و نیازی به مراجعه حضوری یا ارسال نامه نیست.\n\n' +
      'متقاضیان پس از تأیید حساب کاربری، از منوی «خدمات» گزینه «صدور معافیت تحصیلی» را انتخاب کرده و گواهی اشتغال به تحصیل و مدارک مربوط را بارگذاری می‌کنند. پس از بررسی، نامه معافیت به‌صورت الکترونیکی برای سازمان وظیفه عمومی ارسال می‌شود.\n\n' +
      'کد رهگیری درخواست پس از ثبت نمایش داده می‌شود؛ لطفاً آن را برای پیگیری‌های بعدی نزد خود نگه دارید.',
    bodyEn:
      'From the beginning of Khordad 1405 (22 May 2026), study exemption requests are filed and tracked only through the Student Affairs portal; there is no need to visit in person or send a letter.\n\n' +
      'Once their account has been approved, applicants choose "Study exemption" from the "Services" menu and upload their certificate of enrolment and the related documents. After review, the exemption letter is sent electronically to the Public Conscription Organization.\n\n' +
      'A tracking number is shown once the request has been filed; please keep it for later enquiries.',
    publishedAt: new Date('2026-05-18T08:45:00+03:30'),
  },
  {
    slug: 'final-year-scholarship-1405',
    titleFa: 'آغاز ثبت درخواست بورس سال آخر ۱۴۰۵',
    titleEn: 'Final-year scholarship applications open for 1405',
    bodyFa:
      'ثبت درخواست بورس سال آخر، ویژه دانشجویان ایرانی که سال پایانی تحصیل خود را در دانشگاه‌های معتبر خارج از کشور می‌گذرانند، از ۲۲ تیر ۱۴۰۵ آغاز شده است و تا ۳۱ مرداد ادامه دارد.\n\n' +
      'متقاضی باید حداکثر دو نیم‌سال تا پایان دوره تحصیل خود فاصله داشته باشد. ریز نمرات، گواهی اشتغال به تحصیل و تأییدیه استاد راهنما درباره زمان پایان دوره باید در سامانه بارگذاری شود.\n\n' +
      'نتیجه بررسی درخواست‌ها پس از پایان مهلت ثبت، از طریق سامانه اعلام خواهد شد.',
    bodyEn:
      'Applications for the final-year scholarship, open to Iranian students in the final year of their studies at reputable universities abroad, opened on 13 July 2026 (22 Tir 1405) and remain open until 22 August 2026 (31 Mordad).\n\n' +
      "Applicants must be no more than two semesters away from completing their programme. A transcript, a certificate of enrolment and the supervisor's confirmation of the expected completion date must be uploaded to the portal.\n\n" +
      'The results will be announced on the portal after the application period closes.',
    publishedAt: new Date('2026-07-13T09:00:00+03:30'),
  },
  {
    slug: 'new-registration-system',
    titleFa: 'راه‌اندازی نسخه جدید سامانه ثبت‌نام متقاضیان',
    titleEn: 'New version of the applicant registration system launched',
    bodyFa:
      'نسخه جدید سامانه امور دانشجویان با هدف ساده‌تر شدن ثبت‌نام و افزایش امنیت حساب‌های کاربری راه‌اندازی شد. از این پس، هنگام ثبت‌نام، شماره موبایل و پست الکترونیک متقاضی هر دو با کد فعال‌سازی تأیید می‌شوند.\n\n' +
      'کد فعال‌سازی موبایل به انتخاب متقاضی با پیامک یا تماس تلفنی خودکار اعلام می‌شود و ۵ دقیقه اعتبار دارد. رمز عبور هرگز از طریق ایمیل یا پیامک برای کاربران ارسال نمی‌شود.\n\n' +
      'ثبت‌نام دانشجویان غیر ایرانی نیز با همین روال و از طریق صفحه انگلیسی سامانه انجام می‌شود؛ نام کاربری این دانشجویان، نشانی پست الکترونیک آنان است.',
    bodyEn:
      "A new version of the Student Affairs portal has been launched to make registration simpler and user accounts more secure. From now on, both the applicant's mobile number and email address are confirmed with an activation code during registration.\n\n" +
      "The mobile activation code is delivered, at the applicant's choice, by SMS or by an automated phone call, and is valid for 5 minutes. Passwords are never sent to users by email or SMS.\n\n" +
      'Non-Iranian students register through the English page of the portal following the same procedure; their username is their email address.',
    publishedAt: new Date('2026-09-06T09:30:00+03:30'),
  },
  {
    slug: 'phd-research-opportunity-call-1405',
    titleFa: 'فراخوان فرصت تحقیقاتی دانشجویان دکتری در نیم‌سال دوم سال تحصیلی ۱۴۰۶-۱۴۰۵',
    titleEn: 'Call for PhD research opportunities abroad: second semester of 2026–2027',
    bodyFa:
      'دانشجویان دکتری دانشگاه‌ها و مؤسسات آموزش عالی کشور که متقاضی استفاده از فرصت تحقیقاتی در دانشگاه‌های معتبر خارج از کشور در نیم‌سال دوم سال تحصیلی ۱۴۰۶-۱۴۰۵ هستند، می‌توانند از ۲۰ مهر تا ۳۰ آبان ۱۴۰۵ درخواست خود را در سامانه ثبت کنند.\n\n' +
      'متقاضی باید از پیشنهاد رساله خود با موفقیت دفاع کرده و موافقت استاد راهنما و دانشگاه محل تحصیل را دریافت کرده باشد. پذیرش استاد میزبان در دانشگاه خارجی نیز از مدارک الزامی است.\n\n' +
      'درخواست‌ها پس از تأیید دانشگاه محل تحصیل، در اداره کل بورس و اعزام دانشجویان بررسی می‌شود و نتیجه از طریق سامانه اعلام خواهد شد.',
    bodyEn:
      'PhD students of Iranian universities and higher-education institutions who wish to take up a research opportunity at a reputable university abroad in the second semester of the 2026–2027 academic year may file their request on the portal from 12 October to 21 November 2026.\n\n' +
      'Applicants must have successfully defended their dissertation proposal and obtained the consent of their supervisor and their university. A letter of acceptance from a host supervisor at the foreign university is also required.\n\n' +
      "Once approved by the applicant's university, requests are reviewed by the Directorate General of Scholarships and Student Dispatch, and the outcome is announced on the portal.",
    publishedAt: new Date('2026-10-12T10:00:00+03:30'),
  },
  {
    slug: 'language-exam-calendar-1405',
    titleFa: 'انتشار تقویم آزمون‌های زبان تا پایان خرداد ۱۴۰۶',
    titleEn: 'Language exam calendar published up to June 2027',
    bodyFa:
      'تقویم آزمون‌های زبان انگلیسی مورد پذیرش سازمان، از دی ۱۴۰۵ تا پایان خرداد ۱۴۰۶، در بخش «تقویم آزمون زبان» منتشر شد.\n\n' +
      'داوطلبان می‌توانند تاریخ برگزاری، مهلت ثبت‌نام و محل برگزاری آزمون‌های زبان وزارت علوم، دانشگاه تهران، سازمان سنجش و دانشگاه آزاد اسلامی را در این بخش ببینند. ثبت‌نام در هر آزمون از طریق سایت مرکز برگزارکننده همان آزمون انجام می‌شود.\n\n' +
      'تاریخ‌های اعلام‌شده ممکن است از سوی مراکز برگزارکننده تغییر کند؛ لطفاً پیش از ثبت‌نام، اطلاعیه مرکز برگزارکننده را نیز مطالعه فرمایید.',
    bodyEn:
      'The calendar of English-language exams recognised by the Organization, from December 2026 to June 2027, has been published in the "Language exam calendar" section.\n\n' +
      'Candidates can find there the date, registration deadline and venue of the exams held by the Ministry of Science (MSRT), the University of Tehran (UTEPT), the National Organization of Educational Testing (TOLIMO) and Islamic Azad University (EPT). Registration for each exam is done on the website of the centre that holds it.\n\n' +
      "The announced dates may be changed by the organising centres; please also read the organiser's own notice before registering.",
    publishedAt: new Date('2026-11-03T11:15:00+03:30'),
  },
  {
    slug: 'incomplete-accounts-reminder',
    titleFa: 'یادآوری: حذف حساب‌های کاربری تکمیل‌نشده پس از یک ماه',
    titleEn: 'Reminder: incomplete accounts are deleted after one month',
    bodyFa:
      'به اطلاع متقاضیان می‌رساند که حساب کاربری ایجاد‌شده در مرحله پیش‌ثبت‌نام، تنها یک ماه اعتبار دارد. اگر در این مدت ثبت‌نام خود را تکمیل نکنید، حساب کاربری شما باطل و اطلاعات آن حذف می‌شود.\n\n' +
      'چند روز پیش از پایان این مهلت، یادآوری به پست الکترونیک شما ارسال می‌شود. برای تکمیل ثبت‌نام، با کد ملی و رمز عبور خود وارد سامانه شوید و اطلاعات شخصی و تحصیلی خود را تکمیل و برای تأیید ارسال کنید.\n\n' +
      'پس از حذف حساب، می‌توانید دوباره ثبت‌نام کنید؛ اما اطلاعات وارد‌شده قبلی قابل بازیابی نیست.',
    bodyEn:
      'Applicants are reminded that an account created at pre-registration is valid for one month only. If you do not complete your registration within that period, your account will be cancelled and its data deleted.\n\n' +
      'A reminder is sent to your email address a few days before the deadline. To complete your registration, sign in with your national code and password, fill in your personal and education details and submit them for approval.\n\n' +
      'Once an account has been deleted you may register again, but the information entered previously cannot be recovered.',
    publishedAt: new Date('2026-11-15T10:30:00+03:30'),
  },
];

/* ------------------------------------------------------------------ FAQ («سوالات متداول») */

export const FAQS: FaqSeed[] = [
  {
    slug: 'how-to-register',
    position: 1,
    questionFa: 'چگونه در سامانه ثبت‌نام کنم؟',
    questionEn: 'How do I register on the portal?',
    answerFa:
      'در صفحه اصلی پورتال روی «ثبت نام» کلیک کنید، قوانین را با دقت بخوانید و گزینه «با قوانین گفته شده موافق هستم» را انتخاب کنید. سپس نام، نام خانوادگی، کد ملی، تاریخ تولد، شماره موبایل، پست الکترونیک و رمز عبور را وارد کنید، کدهای فعال‌سازی موبایل و ایمیل و تصویر امنیتی را وارد کرده و روی «ارسال» کلیک کنید. رمز عبور باید دست‌کم ۸ کاراکتر و شامل عدد باشد.',
    answerEn:
      'Click "Register" on the portal home page, read the rules carefully and choose "I agree with the rules stated". Then enter your first name, last name, national code, date of birth, mobile number, email address and password, type in the mobile and email activation codes and the security image, and click "Submit". Your password must be at least 8 characters long and contain digits.',
  },
  {
    slug: 'two-activation-codes',
    position: 2,
    questionFa: 'چرا باید دو کد فعال‌سازی وارد کنم؟',
    questionEn: 'Why do I have to enter two activation codes?',
    answerFa:
      'برای اطمینان از این‌که شماره موبایل و پست الکترونیک وارد‌شده متعلق به خود شما و در دسترس است، یک کد به موبایل و یک کد به ایمیل شما ارسال می‌شود و ثبت‌نام تنها با وارد کردن هر دو کد انجام می‌شود. کد موبایل را می‌توانید با دکمه «پیامک» به‌صورت پیامک یا با دکمه «تماس» از طریق تماس تلفنی خودکار دریافت کنید.',
    answerEn:
      'To make sure that the mobile number and email address you entered belong to you and can be reached, one code is sent to your mobile and another to your email, and registration is completed only when both codes have been entered. You can receive the mobile code by text message with the "SMS" button or through an automated phone call with the "Call" button.',
  },
  {
    slug: 'activation-code-expiry',
    position: 3,
    questionFa: 'کد فعال‌سازی چه مدت اعتبار دارد؟',
    questionEn: 'How long is an activation code valid?',
    answerFa:
      'هر کد فعال‌سازی از لحظه زدن دکمه ارسال، ۵ دقیقه اعتبار دارد و زمان باقی‌مانده کنار فیلد نمایش داده می‌شود. پس از پایان این مهلت، سامانه منقضی شدن کد را اعلام می‌کند و باید کد جدیدی دریافت کنید. با دریافت کد جدید، کد قبلی باطل می‌شود و هر کد فقط یک بار قابل استفاده است.',
    answerEn:
      'Each activation code is valid for 5 minutes from the moment you press the send button, and the time remaining is shown next to the field. When the time runs out, the portal tells you that the code has expired and you need to request a new one. Requesting a new code cancels the previous one, and each code can be used only once.',
  },
  {
    slug: 'code-not-received',
    position: 4,
    questionFa: 'پیامک کد فعال‌سازی به دستم نرسید؛ چه کنم؟',
    questionEn: 'I did not receive the activation code by SMS. What should I do?',
    answerFa:
      'ابتدا از درستی شماره موبایل وارد‌شده اطمینان حاصل کنید؛ شماره باید ۱۱ رقم باشد و با ۰۹ شروع شود. پس از پایان شمارش معکوس، می‌توانید دوباره روی «پیامک» کلیک کنید یا با انتخاب «تماس»، کد را از طریق تماس تلفنی خودکار دریافت کنید. اگر دریافت پیامک‌های تبلیغاتی را روی خط خود مسدود کرده‌اید، ممکن است پیامک‌های سامانه نیز به دست شما نرسد.',
    answerEn:
      'First make sure the mobile number you entered is correct: it must have 11 digits and start with 09. When the countdown ends, you can click "SMS" again, or choose "Call" to receive the code through an automated phone call. If you have blocked promotional text messages on your line, messages from the portal may not reach you either.',
  },
  {
    slug: 'username-is-national-code',
    position: 5,
    questionFa: 'نام کاربری من چیست؟',
    questionEn: 'What is my username?',
    answerFa:
      'نام کاربری متقاضیان ایرانی، همان کد ملی ۱۰ رقمی آنان است و رمز عبور را خودتان هنگام ثبت‌نام تعیین می‌کنید. برای هر کد ملی فقط یک حساب کاربری ایجاد می‌شود. نام کاربری دانشجویان غیر ایرانی، نشانی پست الکترونیک آنان است.',
    answerEn:
      'For Iranian applicants, the username is their 10-digit national code, and you choose your own password when you register. Only one account can be created for each national code. For non-Iranian students, the username is their email address.',
  },
  {
    slug: 'forgotten-password-or-username',
    position: 6,
    questionFa: 'رمز عبور یا نام کاربری خود را فراموش کرده‌ام؛ چه کنم؟',
    questionEn: 'I have forgotten my password or username. What should I do?',
    answerFa:
      'در صفحه ورود، گزینه «فراموشی رمز عبور» را انتخاب و کد ملی خود را وارد کنید تا کد بازیابی به موبایل یا ایمیل تأیید‌شده شما ارسال شود؛ سپس با این کد، رمز عبور جدیدی تعیین کنید. اگر نام کاربری خود را فراموش کرده‌اید، پست الکترونیک ثبت‌شده خود را وارد کنید تا نام کاربری به همان نشانی ارسال شود. برای حفظ امنیت حساب‌ها، سامانه اعلام نمی‌کند که حسابی با اطلاعات وارد‌شده وجود دارد یا نه.',
    answerEn:
      'On the login page, choose "Forgotten password" and enter your national code; a recovery code will be sent to your verified mobile number or email address, which you can then use to set a new password. If you have forgotten your username, enter your registered email address and the username will be sent to it. To protect accounts, the portal never reveals whether an account exists for the details entered.',
  },
  {
    slug: 'completion-deadline',
    position: 7,
    questionFa: 'تا چه زمانی فرصت دارم ثبت‌نام خود را تکمیل کنم؟',
    questionEn: 'How long do I have to complete my registration?',
    answerFa:
      'پیش‌ثبت‌نام تنها نام کاربری و رمز عبور شما را تعیین می‌کند. پس از آن یک ماه فرصت دارید با کد ملی خود وارد سامانه شوید، اطلاعات شخصی و تحصیلی را تکمیل کنید و برای تأیید بفرستید؛ در غیر این صورت، حساب کاربری شما باطل و حذف می‌شود. چند روز پیش از پایان مهلت، یادآوری به ایمیل شما ارسال خواهد شد.',
    answerEn:
      'Pre-registration only sets your username and password. After that you have one month to sign in with your national code, complete your personal and education details and submit them for approval; otherwise your account is cancelled and deleted. A reminder is sent to your email a few days before the deadline.',
  },
  {
    slug: 'university-approval',
    position: 8,
    questionFa: 'چه کسی ثبت‌نام من را تأیید می‌کند و از چه زمانی می‌توانم درخواست ثبت کنم؟',
    questionEn: 'Who approves my registration, and when can I file requests?',
    answerFa:
      'پس از ارسال اطلاعات تکمیلی، کارشناس امور دانشجویی دانشگاه شما آن را بررسی می‌کند و تأیید یا با ذکر دلیل رد می‌کند. تا پیش از تکمیل ثبت‌نام و دریافت تأیید، امکان ثبت هیچ درخواستی در بخش «خدمات» وجود ندارد. پس از تأیید، می‌توانید درخواست‌های خود را ثبت و وضعیت آن‌ها را در سامانه پیگیری کنید.',
    answerEn:
      'Once you submit your completed details, the student affairs officer of your university reviews them and either approves them or rejects them with a reason. No request can be filed under "Services" until your registration has been completed and approved. After approval, you can file requests and track their status on the portal.',
  },
  {
    slug: 'technical-support',
    position: 9,
    questionFa: 'چگونه با پشتیبانی فنی تماس بگیرم؟',
    questionEn: 'How do I contact technical support?',
    answerFa:
      'پس از ورود به سامانه، از منوی «خدمات» گزینه «پشتیبانی سامانه» را انتخاب کنید و درخواست پشتیبانی (تیکت) ثبت کنید؛ پاسخ کارشناسان در همان بخش نمایش داده می‌شود. اگر امکان ورود به سامانه را ندارید، می‌توانید از طریق ایمیل پشتیبانی که در صفحه اصلی پورتال درج شده است، با ما مکاتبه کنید.',
    answerEn:
      'After signing in, choose "System support" from the "Services" menu and open a support ticket; replies from our staff appear in the same section. If you cannot sign in, you can write to the support email address shown on the portal home page.',
  },
  {
    slug: 'non-iranian-students',
    position: 10,
    questionFa: 'دانشجوی غیر ایرانی هستم؛ چگونه ثبت‌نام کنم؟',
    questionEn: 'I am a non-Iranian student. How do I register?',
    answerFa:
      'دانشجویان غیر ایرانی شاغل به تحصیل در ایران باید از طریق صفحه انگلیسی سامانه ثبت‌نام کنند. در این صفحه به‌جای کد ملی، شماره گذرنامه و کشور تابعیت وارد می‌شود، شماره موبایل بین‌المللی پذیرفته است و نام کاربری، نشانی پست الکترونیک شماست. اگر در فرم فارسی تابعیتی غیر از ایرانی انتخاب کنید، به صفحه انگلیسی هدایت می‌شوید.',
    answerEn:
      'Non-Iranian students studying in Iran must register through the English page of the portal. There you enter your passport number and country of citizenship instead of a national code, international mobile numbers are accepted, and your username is your email address. If you choose a nationality other than Iranian on the Persian form, you are taken to the English page.',
  },
];

/* ------------------------------------------------------------------ services («خدمات») by department */

export const DEPARTMENTS: DepartmentSeed[] = [
  {
    slug: 'scholarships-and-dispatch',
    position: 1,
    nameFa: 'اداره کل بورس و اعزام دانشجویان',
    nameEn: 'Directorate General of Scholarships and Student Dispatch',
  },
  {
    slug: 'domestic-students',
    position: 2,
    nameFa: 'اداره کل امور دانشجویان داخلی',
    nameEn: 'Directorate General of Domestic Student Affairs',
  },
  {
    slug: 'international-students',
    position: 3,
    nameFa: 'اداره کل امور دانشجویان غیر ایرانی',
    nameEn: 'Directorate General of Non-Iranian Student Affairs',
  },
  {
    slug: 'general-services',
    position: 4,
    nameFa: 'خدمات عمومی و پشتیبانی',
    nameEn: 'General Services and Support',
  },
];

export const SERVICES: ServiceSeed[] = [
  {
    slug: 'domestic-scholarship',
    departmentSlug: 'scholarships-and-dispatch',
    position: 1,
    nameFa: 'اخذ بورس داخلی',
    nameEn: 'Domestic scholarship',
    descriptionFa:
      'ثبت درخواست بورس تحصیلی دوره دکتری در دانشگاه‌های داخل کشور، با تعهد خدمت در دانشگاه یا مؤسسه معرفی‌کننده.',
    descriptionEn:
      'Apply for a doctoral scholarship at a university in Iran, with a service commitment to the sponsoring university or institution.',
    eligibilityFa:
      'دانشجویان دکتری دانشگاه‌های دولتی با معدل کل دست‌کم ۱۷ که تعهد خدمت به دانشگاه یا مؤسسه معرفی‌کننده می‌دهند.',
    eligibilityEn:
      'Doctoral students of public universities with a grade point average of at least 17 who commit to serve the sponsoring university or institution.',
    deadline: '2027-06-21',
    requiresApproval: true,
  },
  {
    slug: 'phd-research-opportunity',
    departmentSlug: 'scholarships-and-dispatch',
    position: 2,
    nameFa: 'فرصت تحقیقاتی دانشجویان دکتری',
    nameEn: 'Research opportunity abroad for PhD students',
    descriptionFa:
      'ثبت درخواست اعزام دانشجویان دکتری داخل کشور برای انجام بخشی از پژوهش رساله در دانشگاه‌های معتبر خارج از کشور.',
    descriptionEn:
      'Apply to carry out part of your doctoral research at a reputable university abroad as a PhD student of an Iranian university.',
    eligibilityFa: 'دانشجویان دکتری که آزمون جامع را گذرانده‌اند و پذیرش یک دانشگاه معتبر خارجی را دارند.',
    eligibilityEn:
      'PhD students who have passed their comprehensive exam and hold an acceptance from a reputable university abroad.',
    deadline: '2027-03-05',
    requiresApproval: true,
  },
  {
    slug: 'phd-research-opportunity-settlement',
    departmentSlug: 'scholarships-and-dispatch',
    position: 3,
    nameFa: 'تسویه فرصت تحقیقاتی دانشجویان دکتری',
    nameEn: 'Settlement of a PhD research opportunity',
    descriptionFa:
      'ارائه گزارش پایان فرصت تحقیقاتی و مدارک بازگشت به کشور، برای تسویه حساب و آزادسازی تضمین‌های سپرده‌شده.',
    descriptionEn:
      'Submit your end-of-placement report and proof of return to Iran to settle your account and have your guarantees released.',
    eligibilityFa: 'دانشجویانی که دوره فرصت تحقیقاتی را به پایان رسانده و به کشور بازگشته‌اند.',
    eligibilityEn: 'Students who have completed their research period abroad and returned to Iran.',
    requiresApproval: true,
  },
  {
    slug: 'final-year-scholarship',
    departmentSlug: 'scholarships-and-dispatch',
    position: 4,
    nameFa: 'بورس سال آخر',
    nameEn: 'Final-year scholarship',
    descriptionFa:
      'ثبت درخواست بورس برای دانشجویان ایرانی که سال پایانی تحصیل خود را در دانشگاه‌های معتبر خارج از کشور می‌گذرانند.',
    descriptionEn:
      'Apply for a scholarship as an Iranian student in the final year of your studies at a reputable university abroad.',
    eligibilityFa: 'دانشجویان سال آخر دکتری با معدل کل دست‌کم ۱۷ و پذیرش دانشگاه مقصد.',
    eligibilityEn:
      'Final-year PhD students with a grade point average of at least 17 and an acceptance from the host university.',
    deadline: '2027-06-21',
    requiresApproval: true,
  },
  {
    slug: 'outstanding-students-scholarship',
    departmentSlug: 'scholarships-and-dispatch',
    position: 5,
    nameFa: 'بورس دانشجویان ممتاز',
    nameEn: 'Scholarship for outstanding students',
    descriptionFa:
      'ثبت درخواست بورس تحصیلی ویژه دانشجویان و دانش‌آموختگان ممتاز و برگزیدگان المپیادهای علمی دانشجویی.',
    descriptionEn:
      'Apply for a scholarship reserved for top-ranking students and graduates and for winners of the national student science Olympiads.',
    eligibilityFa: 'دانشجویان ممتاز و برگزیدگان المپیادهای علمی معرفی‌شده از سوی دانشگاه.',
    eligibilityEn: 'Outstanding students and science olympiad medallists nominated by their university.',
    deadline: '2027-02-19',
    requiresApproval: true,
  },
  {
    slug: 'study-exemption',
    departmentSlug: 'domestic-students',
    position: 1,
    nameFa: 'صدور معافیت تحصیلی',
    nameEn: 'Study exemption',
    descriptionFa: 'ثبت درخواست صدور معافیت تحصیلی از خدمت وظیفه عمومی برای مدت مجاز تحصیل.',
    descriptionEn:
      'Request a study exemption from compulsory military service for the permitted duration of your studies.',
    eligibilityFa: 'دانشجویان پسر مشمول خدمت وظیفه عمومی که در یکی از دانشگاه‌های کشور مشغول به تحصیل‌اند.',
    eligibilityEn: 'Male students liable for military service who are studying at a university in Iran.',
    requiresApproval: true,
  },
  {
    slug: 'certificate-verification',
    departmentSlug: 'domestic-students',
    position: 2,
    nameFa: 'تأیید مدارک تحصیلی',
    nameEn: 'Verification of academic credentials',
    descriptionFa: 'ثبت درخواست تأیید مدرک تحصیلی و ریز نمرات برای ارائه به مراجع داخل یا خارج از کشور.',
    descriptionEn:
      'Request verification of your degree certificate and transcript for submission to authorities in Iran or abroad.',
    eligibilityFa: 'دانش‌آموختگان دانشگاه‌های داخل و خارج از کشور که تأیید مدرک تحصیلی خود را لازم دارند.',
    eligibilityEn: 'Graduates of universities in Iran or abroad who need their degree certificate verified.',
    requiresApproval: true,
  },
  {
    slug: 'student-loan',
    departmentSlug: 'domestic-students',
    position: 3,
    nameFa: 'وام دانشجویی',
    nameEn: 'Student loan',
    descriptionFa: 'ثبت درخواست وام تحصیلی، وام ودیعه مسکن یا وام ضروری دانشجویی.',
    descriptionEn: 'Apply for a tuition loan, a housing-deposit loan or an emergency student loan.',
    eligibilityFa:
      'دانشجویان شاغل به تحصیل در دانشگاه‌های دولتی که وام دیگری از صندوق رفاه دریافت نکرده‌اند.',
    eligibilityEn: 'Students of public universities who have no other loan from the student welfare fund.',
    deadline: '2027-01-20',
    requiresApproval: true,
  },
  {
    slug: 'guest-and-transfer',
    departmentSlug: 'domestic-students',
    position: 4,
    nameFa: 'مهمانی و انتقال دانشجویان',
    nameEn: 'Guest study and transfer',
    descriptionFa:
      'ثبت درخواست تحصیل به‌صورت مهمان یا انتقال به دانشگاه دیگر، با موافقت دانشگاه‌های مبدأ و مقصد.',
    descriptionEn:
      'Request to study as a guest student at, or transfer to, another university, subject to the consent of both universities.',
    eligibilityFa: 'دانشجویانی که دست‌کم یک نیم‌سال را در دانشگاه مبدأ گذرانده‌اند.',
    eligibilityEn: 'Students who have completed at least one semester at their home university.',
    deadline: '2027-05-22',
    requiresApproval: true,
  },
  {
    slug: 'international-admission',
    departmentSlug: 'international-students',
    position: 1,
    nameFa: 'پذیرش دانشجویان غیر ایرانی',
    nameEn: 'Admission of non-Iranian students',
    descriptionFa: 'ثبت درخواست پذیرش تحصیلی در دانشگاه‌های ایران برای دانشجویان غیر ایرانی.',
    descriptionEn: 'Apply for admission to an Iranian university as a non-Iranian student.',
    eligibilityFa: 'داوطلبان غیر ایرانی دارای مدرک تحصیلی مقطع قبل.',
    eligibilityEn: 'Non-Iranian applicants holding the degree of the previous level.',
    deadline: '2027-04-20',
    requiresApproval: true,
  },
  {
    slug: 'residence-permit-letter',
    departmentSlug: 'international-students',
    position: 2,
    nameFa: 'صدور معرفی‌نامه اقامت تحصیلی',
    nameEn: 'Letter for a student residence permit',
    descriptionFa:
      'دریافت معرفی‌نامه برای صدور یا تمدید پروانه اقامت تحصیلی از اداره کل امور اتباع و مهاجرین خارجی.',
    descriptionEn:
      'Obtain a letter of introduction for the issue or renewal of your student residence permit by the Bureau for Aliens and Foreign Immigrants Affairs.',
    eligibilityFa: 'دانشجویان غیر ایرانی شاغل به تحصیل در دانشگاه‌های کشور.',
    eligibilityEn: 'Non-Iranian students currently studying at a university in Iran.',
    requiresApproval: true,
  },
  {
    slug: 'international-scholarship',
    departmentSlug: 'international-students',
    position: 3,
    nameFa: 'بورس تحصیلی دانشجویان غیر ایرانی',
    nameEn: 'Scholarships for non-Iranian students',
    descriptionFa: 'ثبت درخواست بورس تحصیلی یا تخفیف شهریه برای دانشجویان ممتاز غیر ایرانی.',
    descriptionEn: 'Apply for a scholarship or a tuition reduction as an outstanding non-Iranian student.',
    eligibilityFa: 'دانشجویان غیر ایرانی با معدل کل دست‌کم ۱۶ در مقطع قبل.',
    eligibilityEn: 'Non-Iranian students with a grade point average of at least 16 in their previous degree.',
    deadline: '2027-03-20',
    requiresApproval: true,
  },
  {
    slug: 'study-period-extension',
    departmentSlug: 'international-students',
    position: 4,
    nameFa: 'تمدید مدت تحصیل',
    nameEn: 'Extension of study period',
    descriptionFa: 'ثبت درخواست تمدید مدت مجاز تحصیل دانشجویان غیر ایرانی، با تأیید دانشگاه محل تحصیل.',
    descriptionEn:
      'Request an extension of your permitted study period as a non-Iranian student, with the endorsement of your university.',
    eligibilityFa: 'دانشجویانی که سنوات مجاز تحصیل آن‌ها رو به پایان است.',
    eligibilityEn: 'Students whose permitted study period is about to end.',
    requiresApproval: true,
  },
  {
    slug: 'support',
    departmentSlug: 'general-services',
    position: 1,
    nameFa: 'پشتیبانی سامانه',
    nameEn: 'System support',
    descriptionFa: 'ثبت درخواست پشتیبانی فنی (تیکت) درباره ورود، ثبت‌نام و کار با سامانه و پیگیری پاسخ آن.',
    descriptionEn:
      'Open a technical support ticket about signing in, registration or using the portal, and follow the replies.',
    requiresApproval: false,
  },
  {
    slug: 'enrolment-certificate',
    departmentSlug: 'general-services',
    position: 2,
    nameFa: 'صدور گواهی اشتغال به تحصیل',
    nameEn: 'Certificate of enrolment',
    descriptionFa: 'دریافت گواهی اشتغال به تحصیل برای ارائه به سفارت‌خانه‌ها، سازمان‌ها و مراجع قانونی.',
    descriptionEn:
      'Obtain a certificate of enrolment to present to embassies, organisations and legal authorities.',
    eligibilityFa: 'همه دانشجویان شاغل به تحصیل.',
    eligibilityEn: 'All students currently enrolled.',
    requiresApproval: true,
  },
  {
    slug: 'academic-record-inquiry',
    departmentSlug: 'general-services',
    position: 3,
    nameFa: 'استعلام سوابق تحصیلی',
    nameEn: 'Academic record enquiry',
    descriptionFa: 'ثبت درخواست ارسال استعلام سوابق تحصیلی شما به سازمان یا مرجعی که معرفی می‌کنید.',
    descriptionEn:
      'Ask for an official statement of your academic record to be sent to an organisation or authority you name.',
    eligibilityFa: 'دانشجویان و دانش‌آموختگان، برای استعلام سوابق تحصیلی خود.',
    eligibilityEn: 'Students and graduates enquiring about their own academic record.',
    requiresApproval: true,
  },
];

/* ------------------------------------------------------------------ language exam calendar («تقویم آزمون زبان») */

const MSRT = {
  examFa: 'آزمون زبان وزارت علوم (MSRT)',
  examEn: 'Ministry of Science English Proficiency Test (MSRT)',
};
const UTEPT = {
  examFa: 'آزمون زبان دانشگاه تهران (UTEPT)',
  examEn: 'University of Tehran English Proficiency Test (UTEPT)',
};
const PROVINCES = { locationFa: 'تهران و مراکز استان‌ها', locationEn: 'Tehran and provincial capitals' };
const UT_CAMPUS = {
  locationFa: 'تهران، دانشکده زبان‌ها و ادبیات خارجی دانشگاه تهران',
  locationEn: 'Faculty of Foreign Languages and Literatures, University of Tehran, Tehran',
};

export const EXAM_CALENDAR: ExamSeed[] = [
  { slug: 'msrt-2026-12', ...MSRT, examDate: '2026-12-25', registrationDeadline: '2026-12-11', ...PROVINCES },
  {
    slug: 'utept-2027-01',
    ...UTEPT,
    examDate: '2027-01-22',
    registrationDeadline: '2027-01-08',
    ...UT_CAMPUS,
  },
  {
    slug: 'tolimo-2027-02',
    // TOLIMO is the test of the National Organization of Educational Testing (Sanjesh), not of Azad University.
    examFa: 'آزمون زبان سازمان سنجش (TOLIMO)',
    examEn: 'National Organization of Educational Testing English test (TOLIMO)',
    examDate: '2027-02-19',
    registrationDeadline: '2027-02-05',
    locationFa: 'حوزه‌های امتحانی سازمان سنجش آموزش کشور در تهران و مراکز استان‌ها',
    locationEn: 'National Organization of Educational Testing centres in Tehran and provincial capitals',
  },
  {
    slug: 'iau-ept-2027-03',
    examFa: 'آزمون زبان دانشگاه آزاد اسلامی (EPT)',
    examEn: 'Islamic Azad University English Proficiency Test (EPT)',
    examDate: '2027-03-05',
    registrationDeadline: '2027-02-19',
    locationFa: 'واحدهای منتخب دانشگاه آزاد اسلامی در سراسر کشور',
    locationEn: 'Selected Islamic Azad University branches across the country',
  },
  { slug: 'msrt-2027-05', ...MSRT, examDate: '2027-05-14', registrationDeadline: '2027-04-30', ...PROVINCES },
  {
    slug: 'utept-2027-06',
    ...UTEPT,
    examDate: '2027-06-11',
    registrationDeadline: '2027-05-28',
    ...UT_CAMPUS,
  },
];

/* ------------------------------------------------------------------ process announcements («اطلاع رسانی فرایندها») */

export const ANNOUNCEMENTS: AnnouncementSeed[] = [
  {
    slug: 'registration-procedure',
    titleFa: 'روال ثبت‌نام و تکمیل اطلاعات در سامانه',
    titleEn: 'Registration and profile completion procedure',
    bodyFa:
      'ثبت‌نام در سامانه در دو مرحله انجام می‌شود. در مرحله نخست (پیش‌ثبت‌نام)، متقاضی پس از پذیرش قوانین، اطلاعات اولیه خود را وارد می‌کند و شماره موبایل و پست الکترونیک خود را با دو کد فعال‌سازی تأیید می‌کند؛ نام کاربری او همان کد ملی است.\n\n' +
      'در مرحله دوم، متقاضی با کد ملی و رمز عبور وارد سامانه می‌شود، اطلاعات شخصی و تحصیلی (دانشگاه، مقطع، رشته، شماره دانشجویی و وضعیت تحصیل) را تکمیل می‌کند و برای تأیید می‌فرستد. این مرحله باید حداکثر تا یک ماه پس از پیش‌ثبت‌نام انجام شود.\n\n' +
      'پس از تأیید اطلاعات از سوی دانشگاه، امکان ثبت درخواست در بخش «خدمات» فراهم می‌شود. در صورت رد اطلاعات، دلیل آن در سامانه به اطلاع متقاضی می‌رسد.',
    bodyEn:
      'Registration takes place in two stages. In the first stage (pre-registration), the applicant accepts the rules, enters their basic details and confirms their mobile number and email address with two activation codes; their username is their national code.\n\n' +
      'In the second stage, the applicant signs in with their national code and password, completes their personal and education details (university, level, field of study, student number and student or graduate status) and submits them for approval. This must be done within one month of pre-registration.\n\n' +
      'Once the university has approved the details, requests can be filed under "Services". If the details are rejected, the reason is shown to the applicant on the portal.',
    publishedAt: new Date('2026-04-11T09:00:00+03:30'),
  },
  {
    slug: 'study-exemption-procedure',
    titleFa: 'روال درخواست صدور معافیت تحصیلی',
    titleEn: 'Study exemption request procedure',
    bodyFa:
      'متقاضی پس از تأیید حساب کاربری، در بخش «خدمات» گزینه «صدور معافیت تحصیلی» را انتخاب می‌کند و اطلاعات دوره تحصیلی و وضعیت نظام وظیفه خود را وارد می‌کند.\n\n' +
      'تصویر گواهی اشتغال به تحصیل با تاریخ معتبر، کارت ملی و آخرین برگ وضعیت نظام وظیفه باید در سامانه بارگذاری شود. درخواست‌هایی که مدارک آن‌ها ناقص باشد، تا تکمیل مدارک بررسی نمی‌شود.\n\n' +
      'پس از بررسی و تأیید، مراتب به‌صورت الکترونیکی به سازمان وظیفه عمومی اعلام می‌شود و متقاضی می‌تواند با کد رهگیری، وضعیت درخواست را در سامانه پیگیری کند.',
    bodyEn:
      'Once their account has been approved, the applicant chooses "Study exemption" under "Services" and enters the details of their programme and their military service status.\n\n' +
      'A copy of a current certificate of enrolment, the national ID card and the latest military service status document must be uploaded to the portal. Requests with incomplete documents are not reviewed until the documents are complete.\n\n' +
      'After review and approval, the exemption is notified electronically to the Public Conscription Organization, and the applicant can follow the request on the portal with its tracking number.',
    publishedAt: new Date('2026-05-20T10:00:00+03:30'),
  },
  {
    slug: 'scholarship-application-windows',
    titleFa: 'زمان‌بندی ثبت درخواست بورس‌ها در سال ۱۴۰۵',
    titleEn: 'Scholarship application windows for 1405 (2026–2027)',
    bodyFa:
      'درخواست «بورس سال آخر» از ۲۲ تیر تا ۳۱ مرداد ۱۴۰۵ و درخواست «اخذ بورس داخلی» از ۱ تا ۳۱ شهریور ۱۴۰۵ در سامانه پذیرفته می‌شود.\n\n' +
      'درخواست «بورس دانشجویان ممتاز» از ۱ تا ۳۰ مهر ۱۴۰۵ و درخواست «فرصت تحقیقاتی دانشجویان دکتری» برای نیم‌سال دوم، از ۲۰ مهر تا ۳۰ آبان ۱۴۰۵ ثبت می‌شود.\n\n' +
      'درخواست‌هایی که پس از پایان مهلت یا بدون تأیید دانشگاه محل تحصیل ارسال شود، بررسی نخواهد شد. پیش از ثبت درخواست، از تأیید حساب کاربری خود در سامانه اطمینان حاصل کنید.',
    bodyEn:
      'Applications for the "Final-year scholarship" are accepted from 13 July to 22 August 2026 (22 Tir to 31 Mordad 1405), and for the "Domestic scholarship" from 23 August to 22 September 2026 (1 to 31 Shahrivar 1405).\n\n' +
      'Applications for the "Scholarship for outstanding students" are accepted from 23 September to 22 October 2026 (1 to 30 Mehr 1405), and for the "Research opportunity abroad for PhD students" in the second semester from 12 October to 21 November 2026 (20 Mehr to 30 Aban 1405).\n\n' +
      "Applications filed after the deadline or without the approval of the applicant's university will not be considered. Before applying, make sure your account on the portal has been approved.",
    publishedAt: new Date('2026-06-20T09:00:00+03:30'),
  },
  {
    slug: 'research-opportunity-settlement-steps',
    titleFa: 'مراحل تسویه فرصت تحقیقاتی دانشجویان دکتری',
    titleEn: 'Steps to settle a PhD research opportunity',
    bodyFa:
      'دانشجویانی که دوره فرصت تحقیقاتی خود را به پایان رسانده‌اند، باید حداکثر تا یک ماه پس از بازگشت به کشور، درخواست «تسویه فرصت تحقیقاتی دانشجویان دکتری» را در سامانه ثبت کنند.\n\n' +
      'مدارک لازم عبارت‌اند از: تصویر صفحات گذرنامه شامل مهر ورود و خروج، گزارش علمی پایان دوره با تأیید استاد راهنمای داخلی و استاد میزبان، و گواهی حضور از دانشگاه میزبان.\n\n' +
      'پس از تأیید دانشگاه محل تحصیل و بررسی مدارک در اداره کل بورس و اعزام دانشجویان، تسویه حساب انجام می‌شود و تضمین‌های سپرده‌شده آزاد می‌شود. نتیجه هر مرحله از طریق سامانه اطلاع‌رسانی می‌شود.',
    bodyEn:
      'Students who have completed their research opportunity abroad must file a "Settlement of a PhD research opportunity" request on the portal within one month of returning to Iran.\n\n' +
      'The required documents are: copies of the passport pages bearing the entry and exit stamps, a final research report endorsed by the home supervisor and the host supervisor, and a certificate of attendance from the host university.\n\n' +
      "After approval by the student's university and review of the documents by the Directorate General of Scholarships and Student Dispatch, the account is settled and the guarantees provided are released. The outcome of each step is announced on the portal.",
    publishedAt: new Date('2026-08-05T09:30:00+03:30'),
  },
  {
    slug: 'request-tracking',
    titleFa: 'پیگیری درخواست‌ها با کد رهگیری',
    titleEn: 'Tracking requests with a tracking number',
    bodyFa:
      'برای هر درخواستی که در بخش «خدمات» ثبت می‌شود، یک کد رهگیری صادر می‌شود و در کارتابل متقاضی نمایش داده می‌شود.\n\n' +
      'وضعیت هر درخواست و پاسخ کارشناسان در همان بخش قابل مشاهده است. اگر برای پیگیری درخواست از «پشتیبانی سامانه» کمک می‌گیرید، کد رهگیری را در متن پیام خود ذکر کنید.',
    bodyEn:
      'Every request filed under "Services" receives a tracking number, which is shown in the applicant\'s portal inbox.\n\n' +
      'The status of each request and the replies from our staff can be seen in the same place. If you contact "System support" about a request, please quote its tracking number in your message.',
    publishedAt: new Date('2026-09-30T09:00:00+03:30'),
  },
];

/* ------------------------------------------------------------------ universities */

export const UNIVERSITIES: UniversitySeed[] = [
  // The demo university the contracts require: the demo staff account below belongs to it.
  {
    slug: 'demo-university',
    nameFa: 'دانشگاه نمونه',
    nameEn: 'Demo University',
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'university-of-tehran',
    nameFa: 'دانشگاه تهران',
    nameEn: 'University of Tehran',
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'sharif-university-of-technology',
    nameFa: 'دانشگاه صنعتی شریف',
    nameEn: 'Sharif University of Technology',
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'amirkabir-university-of-technology',
    nameFa: 'دانشگاه صنعتی امیرکبیر',
    nameEn: 'Amirkabir University of Technology',
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'iran-university-of-science-and-technology',
    nameFa: 'دانشگاه علم و صنعت ایران',
    nameEn: 'Iran University of Science and Technology',
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'shahid-beheshti-university',
    nameFa: 'دانشگاه شهید بهشتی',
    nameEn: 'Shahid Beheshti University',
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'tarbiat-modares-university',
    nameFa: 'دانشگاه تربیت مدرس',
    nameEn: 'Tarbiat Modares University',
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'allameh-tabatabai-university',
    nameFa: 'دانشگاه علامه طباطبائی',
    nameEn: "Allameh Tabataba'i University",
    cityFa: 'تهران',
    cityEn: 'Tehran',
  },
  {
    slug: 'isfahan-university-of-technology',
    nameFa: 'دانشگاه صنعتی اصفهان',
    nameEn: 'Isfahan University of Technology',
    cityFa: 'اصفهان',
    cityEn: 'Isfahan',
  },
  {
    slug: 'ferdowsi-university-of-mashhad',
    nameFa: 'دانشگاه فردوسی مشهد',
    nameEn: 'Ferdowsi University of Mashhad',
    cityFa: 'مشهد',
    cityEn: 'Mashhad',
  },
  {
    slug: 'shiraz-university',
    nameFa: 'دانشگاه شیراز',
    nameEn: 'Shiraz University',
    cityFa: 'شیراز',
    cityEn: 'Shiraz',
  },
  {
    slug: 'university-of-tabriz',
    nameFa: 'دانشگاه تبریز',
    nameEn: 'University of Tabriz',
    cityFa: 'تبریز',
    cityEn: 'Tabriz',
  },
];

/* ------------------------------------------------------------------ staff */

/**
 * DEVELOPMENT DEMO ACCOUNTS. Their passwords are public (they are in this file and the README), so a
 * production deployment must change or remove them. The seed only creates a username that does not exist
 * yet, so a changed password is never overwritten.
 */
/** Marks a demo account's TOTP secret stored in plain text (development and tests only). */
export const DEMO_SECRET_PREFIX = 'demo:';

export const STAFF: StaffSeed[] = [
  {
    username: 'demo-staff',
    displayName: 'کارشناس امور دانشجویی دانشگاه نمونه',
    role: 'reviewer',
    universitySlug: 'demo-university',
    demoPassword: 'Demo-Staff-2026',
    demoTotpSecret: 'DEMOSTAFFREVIEWERTOTPSECRETAAAAA',
  },
  {
    username: 'admin',
    displayName: 'مدیر سامانه',
    role: 'admin',
    universitySlug: null,
    demoPassword: 'Admin-Portal-2026',
    demoTotpSecret: 'DEMOADMINPORTALTOTPSECRETAAAAAAA',
  },
];
