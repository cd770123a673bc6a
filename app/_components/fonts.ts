import localFont from 'next/font/local';

// Self-hosted (no font CDN is reachable, and none should be trusted with visitors' IPs).
// Vazirmatn covers Persian and Latin, so one variable font serves both locales.
export const vazirmatn = localFont({
  src: '../../node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-vazirmatn',
  fallback: ['Tahoma', 'system-ui', 'sans-serif'],
});
