import { z } from 'zod';
import { asText } from './text';

/**
 * The sign-in forms (applicants and staff). Only presence is checked here: telling someone their
 * national code is malformed would be a hint, and the answer to a wrong one is the generic message.
 * Messages are keys of the `errors` namespace.
 */
const identifier = z.preprocess(
  asText,
  z.string().trim().min(1, 'identifierRequired').max(320, 'invalidCredentials'),
);
const password = z.preprocess(asText, z.string().min(1, 'passwordRequired').max(256, 'invalidCredentials'));

/** Applicants type `nationalCode` (the contract's input name; an email on international accounts). */
export const loginSchema = z.object({ nationalCode: identifier, password });
/** University staff and administrators type `username`. */
export const staffLoginSchema = z.object({ username: identifier, password });

export type LoginInput = z.infer<typeof loginSchema>;
export type StaffLoginInput = z.infer<typeof staffLoginSchema>;

export const signInSchemaFor = (name: 'nationalCode' | 'username') =>
  name === 'nationalCode' ? loginSchema : staffLoginSchema;
