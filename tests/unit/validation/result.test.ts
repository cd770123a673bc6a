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

  test('anything that is not a form gives nothing back (server actions accept any argument)', () => {
    for (const junk of [undefined, null, 'a string', [], [1, 2], { firstName: 'x' }, 42])
      expect(echoValues(junk)).toEqual({});
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
