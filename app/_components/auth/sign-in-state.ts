import type { ActionResult } from '@/lib/validation/result';

/** What a sign-in action answers: the usual result, and whether the next try needs the captcha. */
export type SignInState = (ActionResult<undefined> & { captchaRequired?: boolean }) | null;
