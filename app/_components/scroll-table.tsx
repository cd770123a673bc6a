import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own region on phones (the page itself never does): the
 * region is labelled by the section's heading and reachable by keyboard, so it can be scrolled without
 * a pointer. `hint` tells touch users to swipe; `caption` names the table when no heading does.
 */
export function ScrollTable({
  labelledBy,
  columns,
  children,
  hint,
  caption,
  className,
}: {
  labelledBy: string;
  columns: ReactNode[];
  children: ReactNode;
  hint?: ReactNode;
  caption?: ReactNode;
  className?: string;
}) {
  return (
    <>
      {hint ? <p className="hint table-scroll-hint">{hint}</p> : null}
      <div
        className={['table-wrap', className].filter(Boolean).join(' ')}
        role="region"
        aria-labelledby={labelledBy}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrolls by keyboard on phones
        tabIndex={0}
      >
        <table>
          {caption ? (
            <caption id={labelledBy} className="visually-hidden">
              {caption}
            </caption>
          ) : null}
          <thead>
            <tr>
              {columns.filter(Boolean).map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
}
