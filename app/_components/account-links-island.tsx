'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';

const HINT = 'portal-signed-in=1';

/**
 * The per-user part of the header on pages served from cache (docs/decisions/0005-fast-public-pages.md):
 * the cached HTML shows the visitor links (`children`); only when the middleware's "signed in?" hint
 * cookie is present does the browser ask `/api/account/header`, and then swaps in the signed-in links
 * rendered on the server (`applicant` or `staff`). Anonymous visitors cost no extra request.
 * The header is in the layout, which a client transition keeps: after a sign-in, which moves on with
 * one (`moveTo`), each new path makes it look again (a sign-out's answer renders the header anew;
 * the middleware drops the hint on the next request without a session).
 */
export function AccountLinksIsland({
  children,
  applicant,
  staff,
}: {
  children: ReactNode;
  applicant: ReactNode;
  staff: ReactNode;
}) {
  const [home, setHome] = useState<string | null>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (!document.cookie.split(/;\s*/).includes(HINT)) {
      setHome(null);
      return;
    }
    const controller = new AbortController();
    fetch('/api/account/header', { credentials: 'same-origin', signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { home?: string | null } | null) => setHome(body?.home ?? null))
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname]);
  if (home === '/dashboard') return applicant;
  if (home === '/university') return staff;
  return children;
}
