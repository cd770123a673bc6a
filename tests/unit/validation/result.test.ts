import { echoValues, fieldErrorsFromIssues } from '@/lib/validation/result';

describe('echoValues', () => {
  test('echoes text fields, never passwords or action ids, and caps long values', () => {
    const form = new FormData();
    form.set('firstName', 'زهرا');
    form.set('password', 'secret-1');
    form.set('passwordConfirm', 'secret-1');
    form.set('$ACTION_ID_abc', '');
    form.set('note', 'x'.repeat(2000));
    const values = echoValues(form);
    expect(values).toEqual({ firstName: 'زهرا', note: 'x'.repeat(500) });
  });

  test('a longer cap when the form asks for one (the content editor)', () => {
    const form = new FormData();
    form.set('body', 'y'.repeat(9000));
    expect(echoValues(form, 8000)).toEqual({ body: 'y'.repeat(8000) });
  });

  test("a plain object (a button's call) echoes its strings, never a password", () => {
    expect(echoValues({ mobile: '09121234567', password: 'x', tries: 3, $x: 'y' })).toEqual({
      mobile: '09121234567',
    });
  });

  test('anything else gives nothing back (server actions accept any argument)', () => {
    for (const junk of [undefined, null, 'a string', [], [1, 2], 42]) expect(echoValues(junk)).toEqual({});
  });
});

describe('fieldErrorsFromIssues', () => {
  test('keeps every message per field, once, in order', () => {
    expect(
      fieldErrorsFromIssues([
        { path: ['password'], message: 'passwordShort' },
        { path: ['password'], message: 'passwordDigit' },
        { path: ['password'], message: 'passwordShort' },
        { path: [], message: 'formLevel' },
      ]),
    ).toEqual({ password: ['passwordShort', 'passwordDigit'], _form: ['formLevel'] });
  });
});
