'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/** Disabled while its form's action runs, so a double click cannot submit twice. */
export function SubmitButton({ children, pending: forced }: { children: ReactNode; pending?: boolean }) {
  const { pending } = useFormStatus();
  const busy = pending || forced;
  return (
    <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}
