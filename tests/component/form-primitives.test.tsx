import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { renderWithIntl } from '../helpers/intl';

describe('ErrorSummary', () => {
  test('is an alert that takes focus and links every item to its field', async () => {
    renderWithIntl(
      <>
        <ErrorSummary
          items={[{ fieldId: 'firstName', message: 'لطفاً نام را وارد نمایید' }, { message: 'خطای کلی' }]}
        />
        <Field id="firstName" name="firstName" label="نام" errors={['لطفاً نام را وارد نمایید']} required />
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('لطفاً موارد زیر را اصلاح کنید');
    const link = screen.getByRole('link', { name: 'لطفاً نام را وارد نمایید' });
    expect(link).toHaveAttribute('href', '#firstName');
    await userEvent.click(link);
    expect(screen.getByRole('textbox', { name: /نام/ })).toHaveFocus();
    expect(screen.getByText('خطای کلی').closest('a')).toBeNull();
  });

  test('renders nothing without errors', () => {
    const { container } = renderWithIntl(<ErrorSummary items={[]} />);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('Field', () => {
  test('wires label, hint and error to the input', () => {
    renderWithIntl(
      <Field
        id="mobile"
        name="mobile"
        label="شماره موبایل"
        hint="مثال: ۰۹۱۲۱۲۳۴۵۶۷"
        errors={['نامعتبر']}
        ltr
        required
      />,
    );
    const input = screen.getByRole('textbox', { name: /شماره موبایل/ });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'mobile-hint mobile-error');
    expect(input).toHaveAttribute('dir', 'ltr');
    expect(input).toBeRequired();
    expect(screen.getByText('نامعتبر')).toHaveAttribute('id', 'mobile-error');
  });

  test('a valid field has no aria-invalid and no error text', () => {
    renderWithIntl(<Field id="email" name="email" label="ایمیل" />);
    const input = screen.getByRole('textbox', { name: 'ایمیل' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});
