'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { acceptedTypes, MAX_DOCUMENT_BYTES, type DocumentKind } from '@/lib/documents/kinds';
import { FieldErrors, FieldLabel } from './field-parts';

export interface UploadedDocument {
  id: string;
  fileName: string;
  size: number;
}

interface Props {
  kind: DocumentKind;
  purpose: 'profile' | 'request';
  label: string;
  /** The uploaded document shown (controlled, so a form that re-mounts after a refusal keeps it). */
  value: UploadedDocument | null;
  onChange: (document: UploadedDocument) => void;
  /** For a request form: the hidden field that carries the document's id to the server action. */
  fieldName?: string;
  /** Translated messages from the form's validation (e.g. "please upload …"). */
  errors?: string[];
  required?: boolean;
  disabled?: boolean;
  id?: string;
}

type Failure = { key: string; seconds?: number };

const PLAIN_ERRORS = [
  'tooLarge',
  'wrongType',
  'unreadable',
  'empty',
  'kindUnknown',
  'locked',
  'sessionExpired',
  'network',
] as const;

/**
 * One document: a file input, a progress bar while the bytes go up (XMLHttpRequest, because fetch
 * reports no upload progress) and a clear message for a refused file. The browser checks the size first
 * to spare a pointless upload; the server decides the type from the bytes and enforces the size anyway.
 */
export function DocumentUpload({
  kind,
  purpose,
  label,
  value,
  onChange,
  fieldName,
  errors = [],
  required,
  disabled,
  id,
}: Props) {
  const t = useTranslations('documents');
  const generated = useId();
  const inputId = id ?? `document-${generated}`;
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const statusId = `${inputId}-status`;
  const failureText = failure ? failureMessage(failure) : null;

  function failureMessage({ key, seconds }: Failure): string {
    if (key === 'wrongType' && kind === 'photo') return t('error_wrongTypePhoto');
    if (key === 'rateLimited') return t('error_rateLimited', { seconds: seconds ?? 60 });
    const plain = PLAIN_ERRORS.find((k) => k === key);
    return plain ? t(`error_${plain}`) : t('error_generic');
  }
  const messages = [...(failureText ? [failureText] : []), ...(failure ? [] : errors)];

  function upload(file: File) {
    setFailure(null);
    if (file.size > MAX_DOCUMENT_BYTES) return setFailure({ key: 'tooLarge' });
    if (file.size === 0) return setFailure({ key: 'empty' });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/documents?kind=${kind}&purpose=${purpose}`);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      setProgress(null);
      const body = (xhr.response ?? {}) as Partial<UploadedDocument> & {
        error?: string;
        retryAfterSeconds?: number;
      };
      if (xhr.status === 201 && body.id) {
        onChange({ id: body.id, fileName: body.fileName ?? file.name, size: body.size ?? file.size });
      } else {
        setFailure({ key: body.error ?? 'generic', seconds: body.retryAfterSeconds });
      }
      if (input.current) input.current.value = '';
    };
    xhr.onerror = () => {
      setProgress(null);
      setFailure({ key: 'network' });
    };
    setProgress(0);
    xhr.send(file);
  }

  const describedBy = [hintId, statusId, messages.length ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field document-upload">
      <FieldLabel htmlFor={inputId} label={label} required={required} />
      <p id={hintId} className="hint">
        {kind === 'photo' ? t('hintPhoto') : t('hintDocument')}
      </p>
      <p id={statusId} className="document-status" role="status">
        {progress !== null ? (
          t('uploading', { percent: progress })
        ) : value ? (
          <>
            <span className="document-done" aria-hidden="true">
              ✓{' '}
            </span>
            {t('uploaded', { name: value.fileName })}{' '}
            <a href={`/api/documents/${value.id}`} target="_blank" rel="noopener">
              {t('view')}
            </a>
          </>
        ) : (
          <span className="muted">{t('none')}</span>
        )}
      </p>
      {progress !== null ? (
        <progress className="upload-progress" max={100} value={progress} aria-labelledby={statusId} />
      ) : null}
      {/* The native input, visually replaced by a button in the page's language (a file input shows the
          browser's own words, e.g. "No file chosen", whatever the page's language); it keeps the focus. */}
      <div className="file-picker">
        <input
          ref={input}
          id={inputId}
          type="file"
          className="file-picker-input"
          accept={acceptedTypes(kind).join(',')}
          disabled={disabled || progress !== null}
          aria-describedby={describedBy}
          aria-invalid={messages.length ? true : undefined}
          aria-required={required || undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) upload(file);
          }}
        />
        <label htmlFor={inputId} className="button file-picker-button">
          {value ? t('replace') : t('choose')}
        </label>
      </div>
      <FieldErrors id={errorId} errors={messages} role={failure ? 'alert' : undefined} />
      {fieldName ? <input type="hidden" name={fieldName} value={value?.id ?? ''} /> : null}
    </div>
  );
}
