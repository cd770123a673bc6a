import { contentStatus } from '@/lib/content/status';
import {
  contentSchema,
  dayForInput,
  instantForInput,
  parseContentDate,
  parseContentTime,
  tehranInstant,
} from '@/lib/validation/content';

describe('content editor schema', () => {
  test('dates are typed in the page calendar: Jalali (Persian digits too) or Gregorian', () => {
    expect(parseContentDate('۱۴۰۵/۰۹/۱۵')).toBe('2026-12-06');
    expect(parseContentDate('1405-9-15')).toBe('2026-12-06');
    expect(parseContentDate('2026-12-06')).toBe('2026-12-06');
    expect(parseContentDate('1405/12/31')).toBeNull(); // 1405 is not a leap year
    expect(parseContentDate('2026-02-30')).toBeNull();
    expect(parseContentDate('tomorrow')).toBeNull();
    expect(parseContentDate(42)).toBeNull();
    expect(dayForInput('2026-12-06', 'fa')).toBe('۱۴۰۵/۰۹/۱۵');
    expect(dayForInput('2026-12-06', 'en')).toBe('2026-12-06');
  });

  test('times are Tehran clock times', () => {
    expect(parseContentTime('۹:۰۵')).toBe('09:05');
    expect(parseContentTime('24:00')).toBeNull();
    expect(tehranInstant('2026-12-06', '09:00').toISOString()).toBe('2026-12-06T05:30:00.000Z');
    expect(instantForInput(new Date('2026-12-06T05:30:00Z'), 'fa')).toEqual({
      date: '۱۴۰۵/۰۹/۱۵',
      time: '۰۹:۰۰',
    });
    expect(instantForInput(new Date('2026-12-06T05:30:00Z'), 'en')).toEqual({
      date: '2026-12-06',
      time: '09:00',
    });
  });

  test('every field is checked and named in the result; a new row needs a valid slug', () => {
    const parsed = contentSchema('news', { isNew: true }).safeParse({
      slug: 'Bad Slug!',
      titleFa: 'ي',
      titleEn: '',
      bodyFa: '',
      bodyEn: 'x',
      state: 'live',
      publishDate: '1405/13/01',
      publishTime: '7',
    });
    expect(parsed.success).toBe(false);
    const fields = new Set(parsed.error!.issues.map((i) => String(i.path[0])));
    expect(fields).toEqual(
      new Set(['slug', 'titleFa', 'titleEn', 'bodyFa', 'state', 'publishDate', 'publishTime']),
    );
  });

  test('a service’s eligibility and deadline are optional; a typed deadline must be a date', () => {
    const base = {
      nameFa: 'معافیت تحصیلی',
      nameEn: 'Study exemption',
      descriptionFa: 'متن',
      descriptionEn: 'Text',
    };
    expect(contentSchema('services', { isNew: false }).parse(base)).toMatchObject({
      eligibilityFa: '',
      eligibilityEn: '',
      deadline: '',
    });
    expect(
      contentSchema('services', { isNew: false }).parse({
        ...base,
        eligibilityFa: 'دانشجويان',
        deadline: '۱۴۰۶/۰۳/۳۱',
      }),
    ).toMatchObject({ eligibilityFa: 'دانشجویان', deadline: '2027-06-21' });
    const bad = contentSchema('services', { isNew: false }).safeParse({ ...base, deadline: 'soon' });
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['deadline', 'contentDateInvalid'],
    ]);
  });

  test('Arabic «ي» «ك» become Persian in saved text', () => {
    const parsed = contentSchema('faq', { isNew: false }).parse({
      questionFa: 'كد ملي چيست؟',
      questionEn: 'What is it?',
      answerFa: 'پاسخ',
      answerEn: 'Answer',
      position: '۱۲',
      state: 'published',
      publishDate: '1405/09/15',
      publishTime: '10:00',
    });
    expect(parsed.questionFa).toBe('کد ملی چیست؟');
    expect(parsed.position).toBe('12');
  });

  test('status: draft, scheduled, published, unpublished', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    const past = new Date('2026-12-01T00:00:00Z');
    const future = new Date('2026-12-07T00:00:00Z');
    expect(contentStatus({ state: 'draft', publishAt: past }, now)).toBe('draft');
    expect(contentStatus({ state: 'published', publishAt: future }, now)).toBe('scheduled');
    expect(contentStatus({ state: 'published', publishAt: past }, now)).toBe('published');
    expect(contentStatus({ state: 'unpublished', publishAt: past }, now)).toBe('unpublished');
  });
});
