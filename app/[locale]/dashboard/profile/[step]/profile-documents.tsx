'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DocumentUpload, type UploadedDocument } from '@/app/_components/form/document-upload';
import { PROFILE_DOCUMENTS, type DocumentKind } from '@/lib/documents/kinds';

/** The photo and identity document of the profile, uploaded (or replaced) one at a time. */
export function ProfileDocuments({ initial }: { initial: Partial<Record<DocumentKind, UploadedDocument>> }) {
  const t = useTranslations('documents');
  const [documents, setDocuments] = useState(initial);
  return (
    <div className="stack">
      {PROFILE_DOCUMENTS.map((kind) => (
        <DocumentUpload
          key={kind}
          id={`profile-document-${kind}`}
          kind={kind}
          purpose="profile"
          label={t(`kind_${kind}`)}
          value={documents[kind] ?? null}
          onChange={(document) => setDocuments((current) => ({ ...current, [kind]: document }))}
        />
      ))}
    </div>
  );
}
