import 'server-only';
import { isCommonPassword } from './common-passwords';
import { internationalChecks } from './international-checks';
import type { RegisterChecks } from './register';

/**
 * Every check of the shared schemas, for the server actions. The browser runs the same schemas with
 * fewer checks (the common-password list stays here; the phone metadata loads only on the en form);
 * importing this from a client component is a build error (`server-only`).
 */
export const serverChecks: Required<RegisterChecks> = { isCommonPassword, ...internationalChecks };
