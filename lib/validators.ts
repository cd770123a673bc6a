/**
 * The validator entry point named by the project contract ("importable from `lib/`"); the
 * implementations and the rest of the identity helpers live in lib/identity.
 */
export {
  isValidEmail,
  isValidMobile,
  isValidNationalCode,
  normalizeDigits,
  normalizeEmail,
  normalizeMobile,
  normalizeNationalCode,
} from './identity';
