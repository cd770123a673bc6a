// The ALTCHA proof-of-work worker (PBKDF2), bundled by Next as a same-origin worker chunk, so the
// CSP's `worker-src 'self'` admits it without blob: URLs or inline code.
import 'altcha/workers/pbkdf2';
