import type { ReactNode } from 'react';

/** One row: the term and its value; `null`, `false` or `undefined` leaves the row out. */
export type SummaryRow = { key?: string; term: string; value: ReactNode; className?: string };

/**
 * Label–value pairs as a description list (a submitted profile, a ticket, a request): each pair in its
 * own row, so on a phone the value wraps below its label and a screen reader reads them as pairs.
 */
export function SummaryList({ rows }: { rows: ReadonlyArray<SummaryRow | null | false | undefined> }) {
  return (
    <dl className="summary-list">
      {rows.map((row) =>
        row ? (
          <div key={row.key ?? row.term} className="summary-row">
            <dt>{row.term}</dt>
            <dd className={row.className}>{row.value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
