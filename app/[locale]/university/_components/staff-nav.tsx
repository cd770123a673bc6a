'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';

export interface StaffNavItem {
  href: string;
  label: string;
  /** Other path prefixes that belong to this item (the queue's applicant pages). */
  also?: string[];
}

/** The staff menu. Labels and hrefs come translated and localized from the server. */
export function StaffNav({ label, items }: { label: string; items: StaffNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="dashboard-nav">
      <ul>
        {items.map((item) => {
          // The queue's path is a prefix of every other staff page: it matches exactly, or by `also`.
          const active =
            pathname === item.href ||
            (item.href.split('/').length > 3 && pathname.startsWith(`${item.href}/`)) ||
            (item.also ?? []).some((p) => pathname.startsWith(p));
          return (
            <li key={item.href}>
              <NextLink href={item.href} aria-current={active ? 'page' : undefined}>
                {item.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
