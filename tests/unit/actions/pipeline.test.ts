import { z } from 'zod';
import type { Account, StaffUser } from '@/db/schema';
import { fromOutcome, runAction, type RequestScope } from '@/lib/actions/pipeline';
import { loginSchema } from '@/lib/validation/login';

const applicant = { id: 'a-1' } as Account;
const reviewer = { id: 's-1', role: 'reviewer' } as StaffUser;
const admin = { id: 's-2', role: 'admin' } as StaffUser;

class RedirectSignal extends Error {}

function scope(overrides: Partial<RequestScope> = {}) {
  const logged: Array<[string, unknown]> = [];
  const s: RequestScope = {
    isSameOrigin: async () => true,
    locale: async () => 'fa',
    clientHash: async () => 'client-hash',
    currentAccount: async () => applicant,
    currentStaff: async () => admin,
    rethrowSignals: (error) => {
      if (error instanceof RedirectSignal) throw error;
    },
    logFailure: (name, error) => logged.push([name, error instanceof Error ? error.name : error]),
    ...overrides,
  };
  return { s, logged };
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

const subjectSchema = z.object({ subject: z.string().min(3, 'subjectRequired') });

describe('the action pipeline', () => {
  test('anything but the form the page sends is refused before anything else runs', async () => {
    const run = jest.fn();
    const spec = { name: 't', caller: 'anyone' as const, schema: subjectSchema, run };
    for (const raw of [{ subject: 'hello' }, 'subject=hello', null, [form({ subject: 'hello' })]]) {
      expect(await runAction(spec, raw, scope().s)).toEqual({
        ok: false,
        fieldErrors: {},
        formError: 'invalidInput',
        values: {},
      });
    }
    // An object action refuses a FormData (and a class instance) the same way.
    const objectSpec = { ...spec, accepts: 'object' as const };
    expect(await runAction(objectSpec, form({ subject: 'hello' }), scope().s)).toMatchObject({
      formError: 'invalidInput',
    });
    expect(await runAction(objectSpec, new Date(), scope().s)).toMatchObject({ formError: 'invalidInput' });
    expect(run).not.toHaveBeenCalled();
  });

  test('a signed-in action refuses another origin and keeps what was typed, never a password', async () => {
    const { s } = scope({ isSameOrigin: async () => false });
    const run = jest.fn();
    const answer = await runAction(
      { name: 't', caller: 'applicant', schema: subjectSchema, forget: ['code'], run },
      form({ subject: 'hello', currentPassword: 'secret-1', code: '123456' }),
      s,
    );
    expect(answer).toEqual({
      ok: false,
      fieldErrors: {},
      formError: 'generic',
      values: { subject: 'hello' },
    });
    expect(run).not.toHaveBeenCalled();
    // A sign-in form ('anyone') leaves the origin check to Next unless it asks for it.
    const open = await runAction(
      { name: 't', caller: 'anyone', schema: subjectSchema, run: async () => ({ ok: true, data: null }) },
      form({ subject: 'hello' }),
      s,
    );
    expect(open).toEqual({ ok: true, data: null });
  });

  test('who may call: a session for applicant and staff, the admin role for admin', async () => {
    const run = jest.fn(async (_input: unknown, ctx: { caller: unknown }) => ({
      ok: true as const,
      data: ctx.caller,
    }));
    const body = form({ subject: 'hello' });
    const noApplicant = scope({ currentAccount: async () => null }).s;
    expect(
      await runAction({ name: 't', caller: 'applicant', schema: subjectSchema, run }, body, noApplicant),
    ).toMatchObject({
      formError: 'sessionExpired',
      values: { subject: 'hello' },
    });
    // An applicant's session is no staff session.
    const noStaff = scope({ currentStaff: async () => null }).s;
    expect(
      await runAction({ name: 't', caller: 'staff', schema: subjectSchema, run }, body, noStaff),
    ).toMatchObject({
      formError: 'sessionExpired',
    });
    const asReviewer = scope({ currentStaff: async () => reviewer }).s;
    expect(
      await runAction({ name: 't', caller: 'admin', schema: subjectSchema, run }, body, asReviewer),
    ).toMatchObject({
      formError: 'notFound',
    });
    // One answer for everyone who is not an administrator when the action names it.
    for (const s of [asReviewer, noStaff]) {
      expect(
        await runAction(
          { name: 't', caller: 'admin', forbidden: 'contentForbidden', schema: subjectSchema, run },
          body,
          s,
        ),
      ).toMatchObject({ formError: 'contentForbidden' });
    }
    expect(run).not.toHaveBeenCalled();
    expect(
      await runAction({ name: 't', caller: 'admin', schema: subjectSchema, run }, body, scope().s),
    ).toEqual({
      ok: true,
      data: admin,
    });
    expect(
      await runAction({ name: 't', caller: 'applicant', schema: subjectSchema, run }, body, scope().s),
    ).toEqual({
      ok: true,
      data: applicant,
    });
  });

  test('the schema turns the form into typed input; its errors come back per field with the values', async () => {
    const run = jest.fn(async (input: { subject: string }) => ({
      ok: true as const,
      data: input.subject.length,
    }));
    const spec = { name: 't', caller: 'anyone' as const, schema: subjectSchema, run };
    expect(await runAction(spec, form({ subject: 'ab' }), scope().s)).toEqual({
      ok: false,
      fieldErrors: { subject: ['subjectRequired'] },
      values: { subject: 'ab' },
    });
    expect(await runAction(spec, form({ subject: 'hello', extra: 'x' }), scope().s)).toEqual({
      ok: true,
      data: 5,
    });
    expect(run).toHaveBeenCalledWith(
      { subject: 'hello' },
      expect.objectContaining({ locale: 'fa', caller: null }),
    );
  });

  test('a schema may depend on the locale and on the input', async () => {
    const spec = {
      name: 't',
      caller: 'anyone' as const,
      schema: (locale: string, input: Record<string, unknown>) =>
        z.object({ n: z.string().min(input.kind === 'long' ? 5 : 1, `short-${locale}`) }),
      run: async () => ({ ok: true as const, data: null }),
    };
    const en = scope({ locale: async () => 'en' }).s;
    expect(await runAction(spec, form({ kind: 'long', n: 'abc' }), en)).toMatchObject({
      fieldErrors: { n: ['short-en'] },
    });
    expect(await runAction(spec, form({ kind: 'short', n: 'abc' }), en)).toMatchObject({ ok: true });
  });

  test('a guard runs before parsing, so invalid forms count against a limit too', async () => {
    const guard = jest.fn(async () => ({ ok: false as const, fieldErrors: {}, formError: 'rateLimited' }));
    const answer = await runAction(
      { name: 't', caller: 'anyone', schema: subjectSchema, guard, run: jest.fn() },
      form({ subject: '' }),
      scope().s,
    );
    expect(answer).toMatchObject({ formError: 'rateLimited' });
    expect(guard).toHaveBeenCalledTimes(1);
  });

  test('a failure is logged by name only and answered generic; a redirect passes through', async () => {
    const { s, logged } = scope();
    const failing = {
      name: 'support.open',
      caller: 'applicant' as const,
      schema: subjectSchema,
      run: async () => {
        throw new TypeError('row for 0912 345 6789 not found');
      },
    };
    expect(await runAction(failing, form({ subject: 'hello' }), s)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: 'generic',
      values: { subject: 'hello' },
    });
    expect(logged).toEqual([['support.open', 'TypeError']]);

    const redirecting = { ...failing, run: async () => Promise.reject(new RedirectSignal('/fa/dashboard')) };
    await expect(runAction(redirecting, form({ subject: 'hello' }), s)).rejects.toBeInstanceOf(
      RedirectSignal,
    );
  });

  test('an action with its own result shape maps the refusals itself', async () => {
    const spec = {
      name: 'send',
      caller: 'anyone' as const,
      accepts: 'object' as const,
      schema: z.object({ channel: z.enum(['sms', 'email']) }),
      refuse: async (key: string) => ({ ok: false, message: `refused:${key}` }),
      invalid: () => ({ ok: false, message: 'invalid' }),
      run: async () => ({ ok: true, message: 'sent' }),
    };
    expect(await runAction(spec, 'x', scope().s)).toEqual({ ok: false, message: 'refused:invalidInput' });
    expect(await runAction(spec, { channel: 'fax' }, scope().s)).toEqual({ ok: false, message: 'invalid' });
    expect(await runAction(spec, { channel: 'sms' }, scope().s)).toEqual({ ok: true, message: 'sent' });
  });

  test('a forged post without the fields gets the same field errors as an empty form', async () => {
    const run = jest.fn();
    const spec = { name: 'login', caller: 'anyone' as const, schema: loginSchema, run };
    const empty = await runAction(spec, form({ nationalCode: '', password: '' }), scope().s);
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { nationalCode: ['identifierRequired'], password: ['passwordRequired'] },
    });
    const forged = await runAction(spec, form({ unrelated: 'x' }), scope().s);
    expect(forged).toMatchObject({ ok: false, fieldErrors: (empty as { fieldErrors: object }).fieldErrors });
    expect(run).not.toHaveBeenCalled();
  });
});

describe('fromOutcome', () => {
  test('maps each kind of refusal to the form result', () => {
    expect(fromOutcome({ ok: false, reason: 'invalid', fieldErrors: { x: ['xRequired'] } })).toEqual({
      ok: false,
      fieldErrors: { x: ['xRequired'] },
    });
    expect(fromOutcome({ ok: false, reason: 'rateLimited', retryAfterSeconds: 30 })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: 'rateLimited',
      formErrorValues: { seconds: 30 },
    });
    expect(fromOutcome({ ok: false, reason: 'universityRequired', field: 'universityId' })).toEqual({
      ok: false,
      fieldErrors: { universityId: ['universityRequired'] },
    });
    expect(fromOutcome({ ok: false, reason: 'closed' }, { closed: 'ticketClosed' })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: 'ticketClosed',
    });
  });
});
