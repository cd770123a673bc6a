import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInForm } from '@/app/_components/auth/sign-in-form';
import type { SignInState } from '@/lib/actions/states';
import { renderWithIntl } from '../helpers/intl';

// ALTCHA's widget needs workers and Web Crypto, which jsdom lacks; e2e runs the real one.
jest.mock('@/app/_components/form/altcha-loader', () => ({ setUpAltcha: jest.fn() }));

type Action = (state: SignInState, form: FormData) => Promise<SignInState>;

/** The sign-in form as the applicant page renders it, with the server's answers given by the test. */
function renderForm(action: Action, identifierName: 'nationalCode' | 'username' = 'nationalCode') {
  const { router } = renderWithIntl(
    <SignInForm
      action={action}
      identifierName={identifierName}
      identifierLabel="نام کاربری"
      identifierHint="کد ملی"
      locale="fa"
    />,
  );
  return {
    identifier: screen.getByLabelText(/نام کاربری/) as HTMLInputElement,
    password: screen.getByLabelText(/رمز عبور/) as HTMLInputElement,
    submit: () => userEvent.click(screen.getByRole('button', { name: 'ورود' })),
    router,
  };
}

describe('SignInForm (the shared form hook)', () => {
  test('an empty submit lists both problems at the top, focused, and never reaches the server', async () => {
    const action = jest.fn<Promise<SignInState>, [SignInState, FormData]>();
    const form = renderForm(action);
    await form.submit();
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByText('لطفاً نام کاربری را وارد نمایید')).toBeVisible();
    expect(within(summary).getByText('لطفاً رمز عبور را وارد نمایید')).toBeVisible();
    expect(action).not.toHaveBeenCalled();
  });

  test('a refusal keeps the typed name, clears the password and says nothing about which was wrong', async () => {
    const action = jest.fn(async (_state: SignInState, data: FormData): Promise<SignInState> => ({
      ok: false,
      fieldErrors: {},
      formError: 'invalidCredentials',
      captchaRequired: false,
      values: { nationalCode: String(data.get('nationalCode')) },
    }));
    const form = renderForm(action);
    await userEvent.type(form.identifier, '0012345679');
    await userEvent.type(form.password, 'wrong-password-1');
    await form.submit();
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('نام کاربری یا رمز عبور اشتباه است')).toBeVisible();
    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0][1];
    expect(sent.get('nationalCode')).toBe('0012345679');
    expect(sent.get('password')).toBe('wrong-password-1');
    await waitFor(() => expect(form.password.value).toBe(''));
    expect(form.identifier.value).toBe('0012345679');
  });

  test('after failures the server asks for the human check; a throttle shows the wait in Persian digits', async () => {
    const values = { nationalCode: '0012345679' };
    const answers: SignInState[] = [
      { ok: false, fieldErrors: {}, formError: 'invalidCredentials', captchaRequired: true, values },
      {
        ok: false,
        fieldErrors: {},
        formError: 'signInThrottled',
        formErrorValues: { seconds: 45 },
        captchaRequired: true,
        values,
      },
    ];
    const action = jest.fn(async (): Promise<SignInState> => answers.shift()!);
    const form = renderForm(action);
    expect(screen.queryByRole('group', { name: /تأیید انسان بودن/ })).toBeNull();
    await userEvent.type(form.identifier, '0012345679');
    await userEvent.type(form.password, 'wrong-password-1');
    await form.submit();
    expect(await screen.findByRole('group', { name: /تأیید انسان بودن/ })).toBeInTheDocument();

    await userEvent.type(form.password, 'wrong-password-2');
    await form.submit();
    expect(action).toHaveBeenCalledTimes(2);
    expect(await screen.findByText(/۴۵ ثانیه/)).toBeVisible();
  });

  test('staff: an accepted password moves to the second factor', async () => {
    const action = jest.fn(async (): Promise<SignInState> => ({
      ok: true,
      data: undefined,
      secondFactor: true,
    }));
    const form = renderForm(action, 'username');
    await userEvent.type(form.identifier, 'reviewer1');
    await userEvent.type(form.password, 'Correct-pass-1');
    await form.submit();
    const code = await screen.findByRole('textbox', { name: /کد/ });
    expect(code).toHaveAttribute('name', 'totp');
    expect(screen.queryByLabelText(/رمز عبور/)).toBeNull();
  });

  test('an accepted password moves on to where the server said, the button busy until then', async () => {
    const action = jest.fn(async (): Promise<SignInState> => ({
      ok: true,
      data: { redirectTo: '/fa/dashboard' },
    }));
    const form = renderForm(action);
    await userEvent.type(form.identifier, '0012345679');
    await userEvent.type(form.password, 'Correct-pass-1');
    await form.submit();
    await waitFor(() => expect(form.router.push).toHaveBeenCalledWith('/fa/dashboard'));
    expect(form.router.push).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'ورود' })).toBeDisabled();
  });

  test('a refusal moves nowhere', async () => {
    const action = jest.fn(async (): Promise<SignInState> => ({
      ok: false,
      fieldErrors: {},
      formError: 'invalidCredentials',
    }));
    const form = renderForm(action);
    await userEvent.type(form.identifier, '0012345679');
    await userEvent.type(form.password, 'wrong-password-1');
    await form.submit();
    await screen.findByRole('alert');
    expect(form.router.push).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'ورود' })).toBeEnabled();
  });
});
