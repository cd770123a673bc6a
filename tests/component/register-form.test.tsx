import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterForm } from '@/app/[locale]/register/register-form';
import { registerAction, sendRegistrationCodeAction } from '@/app/[locale]/register/actions';
import { renderWithIntl } from '../helpers/intl';
import { randomValidNationalCode } from '../helpers/national-code';

// The server boundary: the actions run on the server (covered by the integration and e2e tests); here
// the browser side is under test, so they answer as the server would.
jest.mock('@/app/[locale]/register/actions', () => ({
  registerAction: jest.fn(),
  sendRegistrationCodeAction: jest.fn(),
}));
// ALTCHA's widget needs workers, Web Crypto and a secure context, none of which jsdom has: its script
// is not loaded here (solveHumanCheck below does what it does once solved); e2e runs the real one.
jest.mock('@/app/_components/form/altcha-loader', () => ({ setUpAltcha: jest.fn() }));
// The app router is not mounted in jsdom (next/link then renders a plain anchor).
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn() }) }));

const registerMock = registerAction as jest.MockedFunction<typeof registerAction>;
const sendMock = sendRegistrationCodeAction as jest.MockedFunction<typeof sendRegistrationCodeAction>;

beforeEach(() => {
  registerMock.mockReset();
  sendMock.mockReset();
});

/**
 * Stands in for ALTCHA's widget, which jsdom cannot run (no workers, no Web Crypto): what the real
 * one does once its proof of work is solved — a hidden `altcha` field and a `statechange` event.
 */
function solveHumanCheck(proof: string) {
  const widget = document.querySelector('altcha-widget')!;
  let field = widget.querySelector<HTMLInputElement>('input[name="altcha"]');
  if (!field) {
    field = document.createElement('input');
    field.type = 'hidden';
    field.name = 'altcha';
    widget.appendChild(field);
  }
  field.value = proof;
  act(() => {
    widget.dispatchEvent(new CustomEvent('statechange', { detail: { state: 'verified', payload: proof } }));
  });
}

async function openForm() {
  renderWithIntl(<RegisterForm locale="fa" countries={[]} />);
  await userEvent.click(screen.getByRole('checkbox', { name: 'با قوانین گفته شده موافق هستم' }));
  await waitFor(() => expect(document.querySelector('altcha-widget')).not.toBeNull());
}

const input = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('RegisterForm (react-hook-form with the shared zod schema)', () => {
  test('an empty submit lists every problem at the top, focused, and never reaches the server', async () => {
    await openForm();
    await userEvent.click(screen.getByRole('button', { name: 'ارسال' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    for (const message of [
      'لطفاً نام را وارد نمایید',
      'لطفاً نام خانوادگی را وارد نمایید',
      'کد ملی معتبر نیست',
      'لطفاً تاریخ تولد را وارد نمایید',
      'لطفاً شماره موبایل را وارد نمایید',
      'لطفاً پست الکترونیک را وارد نمایید',
      'لطفاً رمز عبور را وارد نمایید',
      'کد فعال‌سازی پیامک شما منقضی شده و یا صحیح نمی‌باشد',
      'لطفاً کادر «من ربات نیستم» را علامت بزنید',
    ])
      expect(within(summary).getByText(message)).toBeInTheDocument();
    expect(within(summary).getByText('لطفاً تاریخ تولد را وارد نمایید').closest('a')).toHaveAttribute(
      'href',
      '#birthDay',
    );
    expect(input('firstName')).toHaveAttribute('aria-invalid', 'true');
    expect(registerMock).not.toHaveBeenCalled();
  });

  test('the birth date is judged when the year is left, not while the day is typed', async () => {
    await openForm();
    await userEvent.type(input('birthDay'), '۳۱');
    await userEvent.tab();
    expect(document.getElementById('birthDate-error')).toBeNull();
    await userEvent.selectOptions(input('birthMonth'), '12');
    await userEvent.type(input('birthYear'), '۱۳۸۰');
    await userEvent.tab();
    // Esfand has no 31st day.
    expect(await screen.findByText('تاریخ تولد معتبر نیست')).toHaveAttribute('id', 'birthDate-error');
    await userEvent.clear(input('birthDay'));
    await userEvent.type(input('birthDay'), '۲۹');
    await waitFor(() => expect(document.getElementById('birthDate-error')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('the repeated password is re-checked when the password changes, once it was filled in', async () => {
    await openForm();
    await userEvent.type(input('password'), 'Golestan-1404x');
    await userEvent.tab();
    expect(screen.queryByText('لطفاً تکرار رمز عبور را وارد نمایید')).toBeNull();
    await userEvent.type(input('passwordConfirm'), 'Golestan-1404y');
    await userEvent.tab();
    expect(await screen.findByText('رمز عبور و تکرار آن یکسان نیستند')).toBeInTheDocument();
    await userEvent.clear(input('password'));
    await userEvent.type(input('password'), 'Golestan-1404y');
    await waitFor(() => expect(screen.queryByText('رمز عبور و تکرار آن یکسان نیستند')).toBeNull());
  });

  test('a server refusal keeps the entries and the agreement, empties passwords and the spent human check', async () => {
    registerMock.mockResolvedValue({
      ok: false,
      fieldErrors: { mobileCode: ['mobileCodeInvalid'], emailCode: ['emailCodeInvalid'] },
      values: {},
    });
    await openForm();
    const nationalCode = randomValidNationalCode();
    const typed: Record<string, string> = {
      firstName: 'زهرا',
      lastName: 'کریمی',
      nationalCode,
      birthDay: '۲۱',
      birthYear: '۱۳۸۰',
      mobile: '۰۹۱۲۱۲۳۴۵۶۷',
      email: 'zahra@example.com',
      password: 'Golestan-1404x',
      passwordConfirm: 'Golestan-1404x',
      mobileCode: '123456',
      emailCode: '654321',
    };
    for (const [name, value] of Object.entries(typed)) await userEvent.type(input(name), value);
    await userEvent.selectOptions(input('birthMonth'), '1');
    solveHumanCheck('proof-1');
    await act(async () => {
      fireEvent.submit(input('firstName').form!);
    });
    await waitFor(() => expect(registerMock).toHaveBeenCalledTimes(1));
    const sent = registerMock.mock.calls[0][1];
    expect(sent.get('nationalCode')).toBe(nationalCode);
    expect(sent.get('rulesAccepted')).toBe('1404-01');
    expect(sent.get('altcha')).toBe('proof-1');

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByText('کد فعال‌سازی پیامک شما منقضی شده و یا صحیح نمی‌باشد')).toBeVisible();
    expect(input('mobileCode')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('checkbox', { name: 'با قوانین گفته شده موافق هستم' })).toBeChecked();
    for (const name of ['firstName', 'lastName', 'nationalCode', 'birthDay', 'birthYear', 'mobile', 'email'])
      expect(input(name)).toHaveValue(typed[name]);
    expect(input('birthMonth')).toHaveValue('1');
    expect(input('mobileCode')).toHaveValue('123456');
    expect(input('password')).toHaveValue('');
    expect(input('passwordConfirm')).toHaveValue('');
    // A proof passes once: the spent one no longer counts, so a new submit needs a new proof.
    await act(async () => {
      fireEvent.submit(input('firstName').form!);
    });
    expect(
      await within(await screen.findByRole('alert')).findByText('لطفاً کادر «من ربات نیستم» را علامت بزنید'),
    ).toBeVisible();
    expect(registerMock).toHaveBeenCalledTimes(1);

    // Correcting a field clears its server message beside it.
    await userEvent.clear(input('mobileCode'));
    await userEvent.type(input('mobileCode'), '۶۵۴۳۲۱');
    await waitFor(() => expect(input('mobileCode')).not.toHaveAttribute('aria-invalid'));
  });

  test('a code is not requested for a mobile the schema refuses', async () => {
    await openForm();
    await userEvent.type(input('mobile'), '۰۸۱۲');
    await userEvent.click(screen.getByRole('button', { name: 'پیامک' }));
    expect(await screen.findByText('ابتدا شماره موبایل را درست وارد نمایید.')).toBeInTheDocument();
    expect(screen.getByText('شماره موبایل باید ۱۱ رقم باشد و با ۰۹ شروع شود')).toHaveAttribute(
      'id',
      'mobile-error',
    );
    expect(input('mobile')).toHaveFocus();
    expect(sendMock).not.toHaveBeenCalled();
  });

  test('no code is requested before the human check, and each code spends one proof', async () => {
    sendMock.mockResolvedValue({
      ok: true,
      expiresAt: new Date(Date.now() + 300_000).toISOString(),
      serverNow: new Date().toISOString(),
    });
    await openForm();
    await userEvent.type(input('mobile'), '09121234567');
    await userEvent.click(screen.getByRole('button', { name: 'پیامک' }));
    expect(await screen.findByText(/پیش از ارسال کد، کادر «من ربات نیستم»/)).toBeInTheDocument();
    expect(sendMock).not.toHaveBeenCalled();
    solveHumanCheck('proof-2');
    await userEvent.click(screen.getByRole('button', { name: 'پیامک' }));
    await waitFor(() => expect(sendMock).toHaveBeenCalledTimes(1));
    expect(sendMock.mock.calls[0][0]).toMatchObject({ channel: 'sms', altcha: 'proof-2' });
  });

  test('after an empty submit the errors follow the current state: fixed fields leave the summary, a sent code clears its field', async () => {
    await openForm();
    await userEvent.click(screen.getByRole('button', { name: 'ارسال' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('لطفاً نام را وارد نمایید')).toBeInTheDocument();
    expect(within(summary).getByText('لطفاً شماره موبایل را وارد نمایید')).toBeInTheDocument();

    await userEvent.type(input('firstName'), 'مریم');
    await userEvent.type(input('mobile'), '۰۹۱۲۳۴۵۶۷۸۹');
    await waitFor(() => expect(within(summary).queryByText('لطفاً نام را وارد نمایید')).toBeNull());
    expect(within(summary).queryByText('لطفاً شماره موبایل را وارد نمایید')).toBeNull();
    expect(input('firstName')).not.toHaveAttribute('aria-invalid');
    // Still listed: what is still wrong.
    expect(within(summary).getByText('لطفاً نام خانوادگی را وارد نمایید')).toBeInTheDocument();

    const codeError = 'کد فعال‌سازی پیامک شما منقضی شده و یا صحیح نمی‌باشد';
    expect(within(summary).getByText(codeError)).toBeInTheDocument();
    sendMock.mockResolvedValue({
      ok: true,
      expiresAt: new Date(Date.now() + 300_000).toISOString(),
      serverNow: new Date().toISOString(),
    });
    solveHumanCheck('proof-1');
    await userEvent.click(screen.getByRole('button', { name: 'پیامک' }));
    await waitFor(() => expect(sendMock).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryAllByText(codeError)).toHaveLength(0));
    expect(input('mobileCode')).not.toHaveAttribute('aria-invalid');
  });
});
