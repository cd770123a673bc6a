import type { ActionResult } from '@/lib/validation/result';

/**
 * What a sign-in action answers: the usual result, whether the next try needs the captcha, and (staff)
 * whether the password was accepted and the second factor is asked for now.
 */
export type SignInState =
  (ActionResult<undefined> & { captchaRequired?: boolean; secondFactor?: boolean }) | null;
