/**
 * The validator entry point named by the project contract ("importable from `lib/`"); the
 * implementations and the rest of the helpers for Iranian formats live in lib/formats.
 */
export {
  isValidEmail,
  isValidMobile,
  isValidNationalCode,
  normalizeDigits,
  normalizeEmail,
  normalizeMobile,
  normalizeNationalCode,
} from './formats';
