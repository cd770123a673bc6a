'use client';

import { useTranslations } from 'next-intl';
import { useRef, type FormEvent } from 'react';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { RadioGroup, TextAreaField } from '@/app/_components/form/choice-fields';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import {
  CONTENT_FIELDS,
  CONTENT_STATES,
  contentSchema,
  MAX_BODY,
  OPTIONAL_CONTENT_FIELDS,
  RICH_TEXT_FIELDS,
  type ContentKind,
} from '@/lib/validation/content';
import { saveContentAction } from '../../actions';

const RICH = RICH_TEXT_FIELDS;
const DAYS = new Set(['examDate', 'registrationDeadline', 'publishDate', 'deadline']);
const PUBLISHING = new Set(['state', 'publishDate', 'publishTime']);

/** fa/en pairs side by side: [['titleFa','titleEn'], …] from the kind's field list. */
function pairs(fields: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const f of fields) {
    if (PUBLISHING.has(f) || f.endsWith('En')) continue;
    if (f.endsWith('Fa')) out.push([f, `${f.slice(0, -2)}En`]);
    else out.push([f]);
  }
  return out;
}

export function ContentEditor({
  kind,
  id,
  isNew,
  initialValues,
}: {
  kind: ContentKind;
  id: string;
  isNew: boolean;
  initialValues: Record<string, string>;
}) {
  const t = useTranslations('contentAdmin');
  const fields = CONTENT_FIELDS[kind];
  const order = [...(isNew && kind !== 'services' ? ['slug'] : []), ...fields];
  const f = useSchemaForm(`content-${kind}`, contentSchema(kind, { isNew }), saveContentAction, {
    initialValues,
    fieldOrder: order,
  });
  // Which button sent the form: React's form actions leave the submitter out of the FormData.
  const intent = useRef<HTMLInputElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (intent.current)
      intent.current.value = submitter?.getAttribute('value') === 'preview' ? 'preview' : 'save';
    f.onSubmit(event);
  };
  const preview = f.state?.ok ? (f.state.data as { preview?: Record<string, string> }).preview : undefined;
  // The summary names the field each message belongs to: many fields share one message.
  const summary = f.summary.map((item) => {
    const name = item.fieldId?.slice(`content-${kind}-`.length);
    return name ? { ...item, message: `${t(`fields.${name}`)}: ${item.message}` } : item;
  });

  const input = (name: string) => {
    const lang = name.endsWith('Fa') ? 'fa' : name.endsWith('En') ? 'en' : undefined;
    const dir = lang === 'fa' ? 'rtl' : lang === 'en' ? 'ltr' : undefined;
    const common = {
      id: f.id(name),
      name,
      label: t(`fields.${name}`),
      required: !OPTIONAL_CONTENT_FIELDS.has(name),
      errors: f.errorsFor(name),
      defaultValue: f.value(name),
    };
    if (RICH.has(name)) {
      return (
        <TextAreaField
          key={name}
          {...common}
          hint={t(OPTIONAL_CONTENT_FIELDS.has(name) ? 'hints.markdownOptional' : 'hints.markdown')}
          rows={OPTIONAL_CONTENT_FIELDS.has(name) ? 5 : 10}
          maxLength={MAX_BODY}
          lang={lang}
          dir={dir}
        />
      );
    }
    if (DAYS.has(name))
      return (
        <Field
          key={name}
          {...common}
          hint={t(OPTIONAL_CONTENT_FIELDS.has(name) ? 'hints.dateOptional' : 'hints.date')}
          inputMode="numeric"
          ltr
        />
      );
    if (name === 'publishTime')
      return <Field key={name} {...common} hint={t('hints.time')} inputMode="numeric" ltr />;
    if (name === 'slug') return <Field key={name} {...common} hint={t('hints.slug')} maxLength={120} ltr />;
    if (name === 'position')
      return (
        <Field key={name} {...common} hint={t('hints.position')} inputMode="numeric" maxLength={3} ltr />
      );
    return <Field key={name} {...common} maxLength={300} lang={lang} dir={dir} />;
  };

  return (
    <form action={f.formAction} onSubmit={onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={summary} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="intent" defaultValue="save" ref={intent} />
      {isNew && kind !== 'services' ? <div className="card">{input('slug')}</div> : null}
      <div className="card stack">
        <div className="bilingual-head" aria-hidden="true">
          <span>{t('persian')}</span>
          <span>{t('english')}</span>
        </div>
        {pairs(fields).map((group) => (
          <div key={group[0]} className={group.length === 2 ? 'bilingual-row' : 'single-row'}>
            {group.map(input)}
          </div>
        ))}
      </div>
      {fields.includes('state') ? (
        <section className="card stack" aria-labelledby="publishing-title">
          <h2 id="publishing-title">{t('publishing')}</h2>
          <RadioGroup
            id={f.id('state')}
            name="state"
            label={t('fields.state')}
            hint={t('hints.state')}
            required
            errors={f.errorsFor('state')}
            defaultValue={f.value('state')}
            options={CONTENT_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
          />
          <div className="single-row publish-time">
            {input('publishDate')}
            {input('publishTime')}
          </div>
        </section>
      ) : null}
      <div className="button-row">
        <button type="submit" value="preview" className="button" disabled={f.pending}>
          {t('preview')}
        </button>
        <SubmitButton pending={f.pending}>{t('save')}</SubmitButton>
      </div>
      {preview ? (
        <section aria-labelledby="preview-title" className="card stack content-preview">
          <h2 id="preview-title">{t('previewTitle')}</h2>
          <div className="bilingual-row">
            {Object.entries(preview).map(([name, html]) => (
              <div key={name} className="preview-pane">
                <h3>{t(`fields.${name}`)}</h3>
                {/* Produced on the server by renderRichText (sanitize-html allowlist), never raw editor HTML. */}
                <div
                  className="prose"
                  lang={name.endsWith('Fa') ? 'fa' : 'en'}
                  dir={name.endsWith('Fa') ? 'rtl' : 'ltr'}
                  dangerouslySetInnerHTML={{ __html: html }}
                />
              </div>
            ))}
          </div>
        </section>
      ) : null}
    </form>
  );
}
