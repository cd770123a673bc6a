import type { ActionResult } from '@/lib/validation/result';

/**
 * The result shapes of actions whose forms need more than `ActionResult` (types only: client
 * components import them, so no server code lives here).
 */

/**
 * What a sign-in action answers: the usual result, whether the next try needs the captcha, and (staff)
 * whether the password was accepted and the second factor is asked for now.
 */
export type SignInState =
  (ActionResult<Moved['data'] | undefined> & { captchaRequired?: boolean; secondFactor?: boolean }) | null;

/** A success that sends the browser on: the client moves there (`useMoveOnSuccess`). */
export type Moved = { ok: true; data: { redirectTo: string } };

/** What "send code" answers: when the code expires (on the server's clock), or a message to show. */
export type SendResult = { ok: true; expiresAt: string; serverNow: string } | { ok: false; message: string };
