import { renderTemplate, templateChannels, templateNames } from '@/lib/notify/templates';

/** Every value any template may use; numbers are formatted by the locale, strings are kept as given. */
const VALUES = {
  code: '123456',
  spaced: '1، 2، 3، 4، 5، 6',
  host: 'portal.example',
  minutes: 5,
  number: 1234,
  username: 'user-name',
  loginUrl: 'https://portal.example/fa/login',
  reason: 'a-reason',
  deadline: 'a-deadline',
  link: 'https://portal.example/fa/dashboard',
  tracking: 'SA-14050907-7KQ2XM',
  service: 'a-service',
  status: 'rejected',
};

const cases = templateNames.flatMap((template) =>
  templateChannels(template).flatMap((channel) =>
    (['fa', 'en'] as const).map((locale) => [template, channel, locale] as const),
  ),
);

describe('notification templates', () => {
  test('there are templates for codes, welcome and status changes, each with at least one channel', () => {
    expect(templateNames).toEqual(
      expect.arrayContaining(['registrationCode', 'welcome', 'passwordResetCode', 'statusApproved']),
    );
    for (const template of templateNames) expect(templateChannels(template).length).toBeGreaterThan(0);
  });

  test.each(cases)('%s (%s) renders in %s', (template, channel, locale) => {
    const values = { ...VALUES, spaced: locale === 'fa' ? '1، 2، 3، 4، 5، 6' : '1, 2, 3, 4, 5, 6' };
    const { subject, body } = renderTemplate(template, channel, locale, values);
    expect(body.trim().length).toBeGreaterThan(10);
    // Every placeholder was filled: no ICU syntax left over.
    expect(body).not.toMatch(/[{}]/);
    if (channel === 'email') expect(subject?.trim()).toBeTruthy();
    else expect(subject).toBeNull();
    const text = `${subject ?? ''}\n${body}`;
    if (locale === 'fa') {
      expect(text).toMatch(/[\u0600-\u06FF]/);
      expect(text).not.toMatch(/[\u064A\u0643]/); // Arabic ي and ك
      // Latin digits only inside the values passed as strings (the code, URLs): none in the copy.
      const strings = Object.values(values).filter((v): v is string => typeof v === 'string');
      const copy = strings.reduce((t, v) => t.split(v).join(''), text);
      expect(copy).not.toMatch(/[0-9]/);
    } else {
      expect(text).not.toMatch(/[\u0600-\u06FF]/);
    }
  });

  test('numbers take Persian digits on fa and the code stays ASCII', () => {
    const fa = renderTemplate('registrationCode', 'email', 'fa', VALUES).body;
    expect(fa).toContain('۵ دقیقه');
    expect(fa).toContain('123456');
    const en = renderTemplate('registrationCode', 'email', 'en', VALUES).body;
    expect(en).toContain('5 minutes');
  });

  test('the SMS carries the WebOTP line; the dashboard link is left out when there is none', () => {
    expect(renderTemplate('registrationCode', 'sms', 'en', VALUES).body).toMatch(
      /\n@portal\.example #123456$/,
    );
    const withLink = renderTemplate('statusApproved', 'email', 'en', VALUES).body;
    expect(withLink).toContain('Your dashboard: https://portal.example/fa/dashboard');
    const without = renderTemplate('statusApproved', 'email', 'en', { ...VALUES, link: 'none' }).body;
    expect(without).not.toContain('dashboard');
  });

  test('a request status change names the status in the language, with the note only when there is one', () => {
    const fa = renderTemplate('requestStatusChanged', 'email', 'fa', VALUES);
    expect(fa.subject).toBe('درخواست SA-14050907-7KQ2XM: رد شده');
    expect(fa.body).toContain('توضیح کارشناس: a-reason');
    const review = renderTemplate('requestStatusChanged', 'email', 'en', {
      ...VALUES,
      status: 'in_review',
      reason: 'none',
      link: 'none',
    });
    expect(review.subject).toBe('Your request SA-14050907-7KQ2XM is under review');
    expect(review.body).not.toContain('note');
    expect(review.body).toContain('on your dashboard');
    expect(renderTemplate('requestStatusChanged', 'sms', 'fa', VALUES).body).toContain('رد شده');
  });

  test('a channel the template has no text for is refused', () => {
    expect(() => renderTemplate('welcome', 'sms', 'fa', VALUES)).toThrow(/no sms text/);
  });
});
