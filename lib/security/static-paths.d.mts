export function isStaticPublicPath(pathname: string): boolean;
export const STATIC_CSP_MARKER: string;
