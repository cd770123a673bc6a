import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PasswordRecovery } from '@/app/[locale]/forgot-password/password-recovery';
import { UsernameReminder } from '@/app/[locale]/forgot-password/username-reminder';
import {
  remindUsernameAction,
  requestResetAction,
  resetPasswordAction,
} from '@/app/[locale]/forgot-password/actions';
import { renderWithIntl } from '../helpers/intl';

// The server boundary: the actions answer as the server would (their own tests run them for real).
jest.mock('@/app/[locale]/forgot-password/actions', () => ({
  remindUsernameAction: jest.fn(),
  requestResetAction: jest.fn(),
  resetPasswordAction: jest.fn(),
}));
jest.mock('@/app/_components/form/altcha-loader', () => ({ setUpAltcha: jest.fn() }));
jest.mock('@/lib/i18n/navigation', () => ({ Link: (props: { children: unknown }) => props.children }));

const remind = remindUsernameAction as jest.Mock;
const request = requestResetAction as jest.Mock;
const reset = resetPasswordAction as jest.Mock;

/** What ALTCHA's widget leaves in the form once solved (jsdom cannot run its proof of work). */
function solveHumanCheck(proof: string) {
  const widget = document.querySelector('altcha-widget')!;
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = 'altcha';
  field.value = proof;
  widget.appendChild(field);
}

beforeEach(() => jest.resetAllMocks());

describe('recovery forms (the shared form hook)', () => {
  test('username reminder: the empty field is refused in the browser; the answer never says if an account exists', async () => {
    remind.mockResolvedValue({ ok: true, data: {}, values: {} });
    renderWithIntl(<UsernameReminder />);
    await userEvent.click(screen.getByRole('button', { name: 'ارسال نام کاربری' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('لطفاً شماره موبایل یا پست الکترونیک را وارد نمایید')).toBeVisible();
    expect(remind).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(/شماره موبایل یا پست الکترونیک/), 'someone@example.com');
    solveHumanCheck('proof-1');
    await userEvent.click(screen.getByRole('button', { name: 'ارسال نام کاربری' }));
    expect(await screen.findByText(/اگر حسابی با این مشخصات وجود داشته باشد، نام کاربری/)).toBeVisible();
    expect(remind.mock.calls[0][1].get('contact')).toBe('someone@example.com');
  });

  test('password recovery: code requested, a wrong code refused beside its field, then the new password', async () => {
    request.mockResolvedValue({
      ok: true,
      data: { expiresAt: '2026-11-30T00:05:00Z' },
      values: { nationalCode: '0012345679', channel: 'sms' },
    });
    reset
      .mockResolvedValueOnce({ ok: false, fieldErrors: { code: ['recoveryCodeWrong'] }, values: {} })
      .mockResolvedValueOnce({ ok: true, data: {}, values: {} });
    renderWithIntl(<PasswordRecovery locale="fa" />);
    await userEvent.type(screen.getByLabelText(/نام کاربری \(کد ملی\)/), '0012345679');
    solveHumanCheck('proof-1');
    await userEvent.click(screen.getByRole('button', { name: 'دریافت کد بازیابی' }));
    expect(await screen.findByText(/کد بازیابی فرستاده شد/)).toBeVisible();
    expect(request.mock.calls[0][1].get('channel')).toBe('sms');

    await userEvent.type(screen.getByLabelText(/کد بازیابی/), '123456');
    await userEvent.type(screen.getByLabelText(/^رمز عبور جدید/), 'Golestan-1404x');
    await userEvent.type(screen.getByLabelText(/تکرار رمز عبور جدید/), 'Golestan-1404x');
    await userEvent.click(screen.getByRole('button', { name: 'تغییر رمز عبور' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'کد بازیابی منقضی شده و یا صحیح نمی‌باشد' }),
    ).toHaveAttribute('href', '#reset-code');
    // The reset form carries what the first step asked for.
    const sent = reset.mock.calls[0][1] as FormData;
    expect(sent.get('nationalCode')).toBe('0012345679');

    // A refused form is reset by React (nothing secret is echoed back): the person types again.
    for (const [label, value] of [
      [/کد بازیابی/, '654321'],
      [/^رمز عبور جدید/, 'Golestan-1404x'],
      [/تکرار رمز عبور جدید/, 'Golestan-1404x'],
    ] as const) {
      await userEvent.clear(screen.getByLabelText(label));
      await userEvent.type(screen.getByLabelText(label), value);
    }
    await userEvent.click(screen.getByRole('button', { name: 'تغییر رمز عبور' }));
    await waitFor(() => expect(reset).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByText(/رمز عبور شما تغییر کرد/)).toBeVisible());
  });
});
