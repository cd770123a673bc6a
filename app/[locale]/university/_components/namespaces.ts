/** The message namespaces the staff forms translate in the browser (passed to ClientIntl). */
export const STAFF_CLIENT_NAMESPACES = ['staff', 'errors', 'forms'] as const;
