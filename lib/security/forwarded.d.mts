import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER: 'x-portal-client-address';
export const CLIENT_TOKEN_HEADER: 'x-portal-client-token';
export const MAX_PROXY_HOPS: number;
export function normalizeAddress(raw: unknown): string | null;
export function resolveClientAddress(
  socketPeer: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops?: number,
): string;
export function limitBucket(address: string): string;
export function parseProxyHops(
  value: string | undefined,
): { hops: number; error?: undefined } | { error: string; hops?: undefined };
export function stampClientAddress(req: IncomingMessage, hops: number, token: string): void;
