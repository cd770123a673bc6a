import { act, fireEvent, screen } from '@testing-library/react';
import { CodeInput } from '@/app/_components/form/code-input';
import type { SendResult } from '@/lib/actions/states';
import { renderWithIntl } from '../helpers/intl';

const EXPIRED = 'کد فعال‌سازی قبلی منقضی شده است، لطفاً مجدداً اقدام به دریافت کد نمایید';

function renderField(onSend: (channel: string) => Promise<SendResult>) {
  return renderWithIntl(
    <CodeInput
      name="mobileCode"
      legend="کد فعال‌سازی پیامک"
      intro="intro"
      label="کد فعال‌سازی را وارد نمایید"
      locale="fa"
      buttons={[
        { channel: 'sms', label: 'پیامک', sentMessage: 'پیامک شد' },
        { channel: 'voice', label: 'تماس', sentMessage: 'تماس گرفته می‌شود' },
      ]}
      onSend={onSend}
    />,
  );
}

describe('CodeInput countdown', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-01T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  test('runs from the server expiry in Persian digits, disables the buttons, then shows the expiry message', async () => {
    // The server's clock is 1 hour off ours: only the remaining 10 seconds matter.
    const serverNow = new Date('2026-01-01T11:00:00Z');
    const onSend = jest.fn(async () => ({
      ok: true as const,
      serverNow: serverNow.toISOString(),
      expiresAt: new Date(serverNow.getTime() + 10_000).toISOString(),
    }));
    const { container } = renderField(onSend);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'پیامک' }));
    });
    expect(onSend).toHaveBeenCalledWith('sms');
    expect(container.querySelector('.countdown-time')?.textContent).toBe('۰:۱۰');
    expect(screen.getByRole('button', { name: 'تماس' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'پیامک' })).toBeDisabled();
    expect(screen.getByText('پیامک شد')).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(3000));
    expect(container.querySelector('.countdown-time')?.textContent).toBe('۰:۰۷');
    expect(screen.queryByText(EXPIRED)).toBeNull();
    act(() => jest.advanceTimersByTime(8000));
    expect(screen.getByText(EXPIRED)).toBeInTheDocument();
    expect(container.querySelector('.countdown-time')).toBeNull();
    expect(screen.getByRole('button', { name: 'پیامک' })).toBeEnabled();
  });

  test('a refused send shows the message and keeps the buttons usable', async () => {
    renderField(async () => ({ ok: false, message: 'لطفاً ۵ دقیقه دیگر دوباره تلاش کنید.' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'تماس' }));
    });
    expect(screen.getByRole('status')).toHaveTextContent('لطفاً ۵ دقیقه دیگر دوباره تلاش کنید.');
    expect(screen.getByRole('button', { name: 'تماس' })).toBeEnabled();
    expect(screen.getByLabelText('کد فعال‌سازی را وارد نمایید')).toHaveAttribute(
      'autocomplete',
      'one-time-code',
    );
  });

  test('the live region announces minutes, not every second', async () => {
    const now = new Date();
    renderField(async () => ({
      ok: true,
      serverNow: now.toISOString(),
      expiresAt: new Date(now.getTime() + 300_000).toISOString(),
    }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'پیامک' }));
    });
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toContain('۵ دقیقه');
    act(() => jest.advanceTimersByTime(5000));
    expect(live.textContent).toContain('۵ دقیقه');
    act(() => jest.advanceTimersByTime(60_000));
    expect(live.textContent).toContain('۴ دقیقه');
  });
});
