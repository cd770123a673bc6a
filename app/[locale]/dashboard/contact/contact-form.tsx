'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { Captcha } from '@/app/_components/form/captcha';
import { ErrorSummary, type SummaryItem } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { localizeDigits } from '@/lib/formats/digits';
import {
  confirmContactChangeSchema,
  requestContactCodeSchema,
  type ContactKind,
} from '@/lib/validation/contact-change';
import { fieldErrorsFromIssues, type ActionResult, type FieldErrors } from '@/lib/validation/result';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { confirmContactChangeAction, requestContactCodeAction } from './actions';

const ORDER = ['newValue', 'currentPassword', 'altcha', 'code'];

export function ContactChangeForm({ kind }: { kind: ContactKind }) {
  const t = useTranslations('contact');
  const te = useTranslations('errors');
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const f = useSchemaForm(kind, confirmContactChangeSchema(kind), confirmContactChangeAction, {
    fieldOrder: ORDER,
  });
  const [sending, startSending] = useTransition();
  const [send, setSend] = useState<{
    errors: FieldErrors;
    formError?: string;
    seconds?: number;
    expiresAt?: string;
  } | null>(null);

  const sendCode = () => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const parsed = requestContactCodeSchema(kind).safeParse(Object.fromEntries(data));
    if (!parsed.success) {
      setSend({ errors: fieldErrorsFromIssues(parsed.error.issues) });
      return;
    }
    startSending(async () => {
      const result: ActionResult<unknown> = await requestContactCodeAction(null, data);
      if (result.ok) setSend({ errors: {}, expiresAt: (result.data as { expiresAt: string }).expiresAt });
      else
        setSend({
          errors: result.fieldErrors,
          formError: result.formError,
          seconds: Number(result.formErrorValues?.seconds ?? 0),
        });
    });
  };

  const sendSummary: SummaryItem[] = send
    ? [
        ...(send.formError
          ? [
              {
                message: te.has(send.formError)
                  ? te(send.formError, { seconds: send.seconds ?? 0 })
                  : te('generic'),
              },
            ]
          : []),
        ...ORDER.flatMap((name) =>
          (send.errors[name] ?? []).map((k) => ({
            fieldId: `${kind}-${name}`,
            message: te.has(k) ? te(k) : te('generic'),
          })),
        ),
      ]
    : [];
  const sendErrorsFor = (name: string) =>
    (send?.errors[name] ?? []).map((k) => (te.has(k) ? te(k) : te('generic')));
  const summary = sendSummary.length ? sendSummary : f.summary;
  const errorsFor = (name: string) => (sendSummary.length ? sendErrorsFor(name) : f.errorsFor(name));
  const done = f.state?.ok;
  const expiry = send?.expiresAt
    ? localizeDigits(
        new Date(send.expiresAt).toLocaleTimeString(locale === 'fa' ? 'fa-IR-u-nu-latn' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Asia/Tehran',
        }),
        locale,
      )
    : null;

  if (done) {
    return (
      <p className="success-box" role="status">
        {kind === 'mobile' ? t('changedMobile') : t('changedEmail')}
      </p>
    );
  }

  return (
    <form
      ref={formRef}
      action={f.formAction}
      onSubmit={(e) => {
        setSend(null);
        f.onSubmit(e);
      }}
      noValidate
      className="stack"
      key={f.version}
    >
      <ErrorSummary items={summary} />
      <input type="hidden" name="kind" value={kind} />
      <div className="form-grid">
        <Field
          id={f.id('newValue')}
          name="newValue"
          type={kind === 'mobile' ? 'tel' : 'email'}
          inputMode={kind === 'mobile' ? 'numeric' : 'email'}
          autoComplete={kind === 'mobile' ? 'tel' : 'email'}
          label={kind === 'mobile' ? t('newMobile') : t('newEmail')}
          required
          ltr
          defaultValue={f.value('newValue')}
          errors={errorsFor('newValue')}
        />
        <Field
          id={f.id('currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('currentPassword')}
          required
          ltr
          errors={errorsFor('currentPassword')}
        />
      </div>
      {/* Every code sent costs a solved human check (spent by the server, renewed after each send). */}
      <Captcha id={`${kind}-altcha`} purpose="contact" errors={sendErrorsFor('altcha')} refreshKey={send} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={sendCode}
          disabled={sending}
          aria-busy={sending || undefined}
        >
          {t('sendCode')}
        </button>
      </div>
      {expiry ? (
        <p className="notice" role="status">
          {t('codeSent', { time: expiry })}
        </p>
      ) : null}
      <Field
        id={f.id('code')}
        name="code"
        label={t('code')}
        hint={t('codeHint')}
        required
        ltr
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        errors={errorsFor('code')}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('confirm')}</SubmitButton>
      </div>
    </form>
  );
}
