export function isStaticPublicPath(pathname: string): boolean;
export const STATIC_CSP_MARKER: string;
export const SESSION_HINT_COOKIE: string;
export function hasSessionCookie(cookieNames: Iterable<string>): boolean;
export function bumpPublicPagesVersion(): void;
export function publicPagesVersion(): number;
