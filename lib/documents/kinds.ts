/**
 * Which documents an applicant uploads where, and what each may be. Pure data shared by the upload
 * widget (accept list, limits) and the server (which decides from the bytes, never from these hints).
 */
export const DOCUMENT_KINDS = [
  'photo',
  'identity',
  'enrollment',
  'transcript',
  'military',
  'admission',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);

/** The types kept after checking the bytes. Images are re-encoded; PDFs are stored as they are. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PDF_TYPE = 'application/pdf';

/** A photo must be an image; every other document may be a scan (image) or a PDF. */
export function acceptedTypes(kind: DocumentKind): readonly string[] {
  return kind === 'photo' ? IMAGE_TYPES : [...IMAGE_TYPES, PDF_TYPE];
}

/**
 * 5 MB: a phone photo or a scanned multi-page PDF fits; anything larger is refused while it streams,
 * before it is held in memory or written anywhere.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The profile's own documents: one of each, a new upload replaces the previous one. */
export const PROFILE_DOCUMENTS: readonly DocumentKind[] = ['photo', 'identity'];

/**
 * What each service needs besides the profile (the service page lists them under "what to prepare").
 * The profile's kinds are not repeated here: staff see the profile's photo and identity document anyway.
 */
export const SERVICE_DOCUMENTS: Record<string, readonly DocumentKind[]> = {
  'domestic-scholarship': ['enrollment', 'transcript'],
  'outstanding-students-scholarship': ['enrollment', 'transcript'],
  'final-year-scholarship': ['enrollment', 'transcript', 'admission'],
  'phd-research-opportunity': ['enrollment', 'admission'],
  'phd-research-opportunity-settlement': ['enrollment', 'other'],
  'study-exemption': ['enrollment', 'military'],
  'certificate-verification': ['transcript'],
  'student-loan': ['enrollment'],
  'guest-and-transfer': ['enrollment', 'transcript'],
  'international-admission': ['transcript', 'admission'],
  'residence-permit-letter': ['enrollment', 'admission'],
  'international-scholarship': ['enrollment', 'transcript'],
  'study-period-extension': ['enrollment', 'transcript'],
  'enrolment-certificate': [],
  'academic-record-inquiry': [],
};

export const serviceDocumentsFor = (slug: string): readonly DocumentKind[] => SERVICE_DOCUMENTS[slug] ?? [];

/** The field name a request form uses for the id of an uploaded document of that kind. */
export const documentFieldName = (kind: DocumentKind): string => `document_${kind}`;

/** Upload refusals, as keys of the `documents` message namespace. */
export type UploadError =
  | 'tooLarge'
  | 'wrongType'
  | 'empty'
  | 'unreadable'
  | 'kindUnknown'
  | 'locked'
  | 'rateLimited'
  | 'sessionExpired'
  | 'generic';
