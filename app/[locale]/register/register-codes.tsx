'use client';

import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import { proofWhenReady } from '@/app/_components/form/captcha';
import { CodeInput } from '@/app/_components/form/code-input';
import type { SendResult } from '@/lib/actions/states';
import type { Locale } from '@/lib/i18n/routing';
import { sendRegistrationCodeAction } from './actions';
import type { RegisterFormValues } from './register-form-model';

/**
 * The mobile code (SMS or a call) and the email code. A code is sent once its target passes the same
 * field check as on submit (the server checks again) and the human check is done: every code sent
 * costs one solved proof, which the server spends (`onProofSpent`).
 */
export function RegisterCodes({
  locale,
  form,
  fieldMessages,
  onProofSpent,
}: {
  locale: Locale;
  form: Pick<
    UseFormReturn<RegisterFormValues>,
    'register' | 'trigger' | 'getValues' | 'setValue' | 'clearErrors'
  >;
  fieldMessages: (name: string) => string[];
  onProofSpent: () => void;
}) {
  const t = useTranslations('register');
  const { register, trigger, getValues, setValue, clearErrors } = form;

  async function sendCode(
    field: 'mobile' | 'email',
    request: (altcha: string) => Promise<SendResult>,
  ): Promise<SendResult> {
    if (!(await trigger(field))) {
      document.getElementById(field)?.focus();
      return { ok: false, message: t(field === 'mobile' ? 'enterMobileFirst' : 'enterEmailFirst') };
    }
    const proof = getValues('altcha') || (await proofWhenReady('altcha'));
    if (!proof) {
      document.getElementById('altcha')?.focus();
      return { ok: false, message: t('humanCheckFirst') };
    }
    try {
      const result = await request(proof);
      // A new code is on its way: "expired or incorrect" no longer describes the empty code field.
      if (result.ok) clearErrors(field === 'mobile' ? 'mobileCode' : 'emailCode');
      return result;
    } finally {
      setValue('altcha', '');
      onProofSpent();
    }
  }
  const sendMobile = (channel: string) =>
    sendCode('mobile', (altcha) =>
      sendRegistrationCodeAction({
        channel,
        mobile: getValues('mobile'),
        nationalCode: getValues('nationalCode'),
        altcha,
      }),
    );
  const sendEmail = () =>
    sendCode('email', (altcha) =>
      sendRegistrationCodeAction({ channel: 'email', email: getValues('email'), altcha }),
    );

  return (
    <>
      <CodeInput
        name="mobileCode"
        legend={t('mobileCodeSection')}
        intro={t('mobileCodeIntro')}
        label={t('codeLabel')}
        locale={locale}
        buttons={[
          { channel: 'sms', label: t('sendSms'), sentMessage: t('sentSms') },
          { channel: 'voice', label: t('sendVoice'), sentMessage: t('sentVoice') },
        ]}
        onSend={sendMobile}
        errors={fieldMessages('mobileCode')}
        registration={register('mobileCode')}
      />
      <CodeInput
        name="emailCode"
        legend={t('emailCodeSection')}
        intro={t('emailCodeIntro')}
        label={t('codeLabel')}
        locale={locale}
        buttons={[{ channel: 'email', label: t('sendEmail'), sentMessage: t('sentEmail') }]}
        onSend={sendEmail}
        errors={fieldMessages('emailCode')}
        registration={register('emailCode')}
      />
    </>
  );
}
