import { NotFoundContent } from '@/app/_components/not-found-content';

/** A notFound() inside a page, reached by client navigation; a document request gets app/not-found.tsx. */
export default function LocaleNotFound() {
  return <NotFoundContent />;
}
