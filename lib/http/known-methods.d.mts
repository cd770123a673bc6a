import type { IncomingMessage, ServerResponse } from 'node:http';

export const KNOWN_METHODS: string[];
export function withKnownMethods(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
): (req: IncomingMessage, res: ServerResponse) => unknown;
