import { z } from 'zod';
import { documentFieldName, serviceDocumentsFor } from '@/lib/documents/kinds';
import { normalizeDigits } from '@/lib/formats/digits';
import { asText, longTextField, textField } from './profile-fields';

/**
 * The few service-specific fields a request carries besides its description, kept generic in the
 * `details` JSON column: which service asks for what is data, not a table per service.
 */
export const DETAIL_FIELDS = {
  gpa: { inputMode: 'decimal' as const },
  hostUniversity: { inputMode: 'text' as const },
  hostCountry: { inputMode: 'text' as const },
};
export type DetailField = keyof typeof DETAIL_FIELDS;

export const SERVICE_DETAIL_FIELDS: Record<string, DetailField[]> = {
  'domestic-scholarship': ['gpa'],
  'outstanding-students-scholarship': ['gpa'],
  'final-year-scholarship': ['gpa', 'hostUniversity'],
  'phd-research-opportunity': ['hostUniversity', 'hostCountry'],
  'phd-research-opportunity-settlement': ['hostUniversity', 'hostCountry'],
};

export const detailFieldsFor = (serviceSlug: string): DetailField[] =>
  SERVICE_DETAIL_FIELDS[serviceSlug] ?? [];

/** A grade point average on the Iranian 0–20 scale, «۱۷٫۵» or "17.50" alike. */
const gpaField = z.preprocess(
  (v) =>
    normalizeDigits(asText(v))
      .replace(/[\u066B,،/]/g, '.')
      .replace(/\s+/g, ''),
  z
    .string()
    .min(1, { error: 'gpaRequired', abort: true })
    .regex(/^\d{1,2}(\.\d{1,2})?$/, { error: 'gpaInvalid', abort: true })
    .refine((s) => Number(s) >= 10 && Number(s) <= 20, 'gpaInvalid'),
);

const DETAIL_SCHEMAS: Record<DetailField, z.ZodType<string>> = {
  gpa: gpaField,
  hostUniversity: textField(2, 150, 'hostUniversityRequired', 'hostUniversityInvalid'),
  hostCountry: textField(2, 60, 'hostCountryRequired', 'hostCountryInvalid'),
};

const description = longTextField(10, 2000, 'descriptionRequired', 'descriptionLength');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The schema of one service's request form: a description, that service's detail fields and the id
 * of each required document (set by the upload widget once the file is stored). Whose documents they
 * are is checked by the use-case; this only says that each one was uploaded.
 */
export function serviceRequestSchema(serviceSlug: string) {
  const shape: Record<string, z.ZodType<string>> = { description };
  for (const field of detailFieldsFor(serviceSlug)) shape[field] = DETAIL_SCHEMAS[field];
  for (const kind of serviceDocumentsFor(serviceSlug))
    shape[documentFieldName(kind)] = z.preprocess(
      asText,
      z.string().regex(UUID, { error: `documentRequired_${kind}` }),
    );
  return z.object(shape);
}
export type ServiceRequestInput = Record<string, string>;
