'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * A form whose action succeeds by leaving the page (sign-in, registration) gets the path back
 * (`moveTo` in lib/actions/define-action.ts) and moves there with a client transition. Answers
 * whether it is leaving, so the submit button stays busy until the next page shows.
 */
export function useMoveOnSuccess(state: { ok: boolean; data?: unknown } | null): boolean {
  const router = useRouter();
  const target =
    state?.ok && state.data && typeof state.data === 'object' && 'redirectTo' in state.data
      ? String(state.data.redirectTo)
      : null;
  useEffect(() => {
    if (target) router.push(target);
  }, [state, target, router]);
  return target !== null;
}
