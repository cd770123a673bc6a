/**
 * Loaded with a dynamic import by the human-check component, so the widget (≈ 30 kB gzip) is not part
 * of any page's first-load JavaScript. The `external` build keeps styles and workers out of the script:
 * its CSS is a stylesheet (altcha/altcha.css) and its worker a same-origin file, which the strict CSP
 * (nonce scripts, no blob: or inline workers needed) allows.
 */
import 'altcha/external';
import type { AltchaGlobal } from 'altcha/types';

export function setUpAltcha(language: string, strings: Record<string, string>): void {
  const altcha = (globalThis as unknown as { $altcha: AltchaGlobal }).$altcha;
  if (!altcha.algorithms.has('PBKDF2/SHA-256')) {
    altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker(new URL('./altcha-worker.ts', import.meta.url)));
  }
  altcha.i18n.set(language, strings);
}
