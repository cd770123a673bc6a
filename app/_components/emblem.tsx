/** A neutral, decorative mark (the official emblem is not ours to redraw). */
export function Emblem() {
  return (
    <svg className="emblem" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path
        d="M12 30 L24 12 L36 30 Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
      <path d="M16 34 H32" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="24" cy="24" r="3.5" fill="currentColor" />
    </svg>
  );
}
