import type { IncomingMessage, ServerResponse } from 'node:http';

export const INTERNAL_404_HEADER: string;
export const NOT_FOUND_PATH: string;
export function localeOfPath(url: string | undefined): 'fa' | 'en';
export function withServerRendered404(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  fetchNotFound: (locale: string, req: IncomingMessage) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse) => unknown;
