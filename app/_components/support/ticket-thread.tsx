import { formatDateTimeForLocale } from '@/lib/formats/jalali';

interface Message {
  id: string;
  /** 'staff' or 'applicant'. */
  author: string;
  body: string;
  createdAt: Date;
}

/** A support ticket's messages, oldest first, as the applicant and the staff desk both show them. */
export function TicketThread({
  messages,
  locale,
  authors,
}: {
  messages: readonly Message[];
  locale: string;
  /** The translated name of each side. */
  authors: { staff: string; applicant: string };
}) {
  return (
    <ol className="thread">
      {messages.map((m) => (
        <li key={m.id} className={`card ${m.author === 'staff' ? 'from-staff' : 'from-applicant'}`}>
          <p className="muted">
            <strong>{m.author === 'staff' ? authors.staff : authors.applicant}</strong> —{' '}
            {formatDateTimeForLocale(m.createdAt, locale)}
          </p>
          <p className="message">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
