import { z } from 'zod';
import { asText } from './text';

/**
 * A hidden field naming a row (a ticket, an applicant, a staff member): any text, at most 64
 * characters, missing as ''. Whether the row exists and the caller may touch it is the use-case's
 * question, answered `notFound` alike for both.
 */
export const rowIdField = z.preprocess((v) => asText(v).slice(0, 64), z.string());

/**
 * A field whose rules the use-case applies itself (it is also called from a script, or checks it
 * together with a stored value): text, '' when missing or not text.
 */
export const plainText = z.preprocess(asText, z.string());
