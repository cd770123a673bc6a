'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

/**
 * Announces the new page's title after a client-side navigation, politely.
 *
 * Next's own announcer (<next-route-announcer>) is hidden in app/styles/base.css: it is a second, always
 * present role="alert" region, so "the alert" on a page with an error summary would be ambiguous for
 * assistive technology and for tests; this one is a status region and speaks only on navigation.
 */
export function RouteAnnouncer() {
  const pathname = usePathname();
  const first = useRef(true);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The title is set by the time the navigation commits; wait a frame so it is the new one.
    const frame = requestAnimationFrame(() => setMessage(document.title));
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
