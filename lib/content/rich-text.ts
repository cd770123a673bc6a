import 'server-only';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Rich text of news, announcements, FAQ answers and service descriptions. Editors write Markdown
 * (blank lines between paragraphs, `**bold**`, lists, `[link](https://…)`); it is rendered to HTML and
 * then cleaned by sanitize-html with a short allowlist, so whatever an editor (or a stolen admin
 * session) types — raw `<script>`, `onerror=` handlers, `javascript:` links, `<iframe>`, inline styles —
 * never reaches a page. The stored text is the Markdown source; this runs when a page is rendered
 * (public pages are rendered once per edit, see docs/decisions/0005-fast-public-pages.md) and for the preview.
 */
/** http(s), mailto, tel, a path on this site, an anchor; nothing with any other scheme or another host without one. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

const ALLOWED_TAGS = [
  'span',
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'blockquote',
  'code',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
  // Relative links and these schemes only: no javascript:, data:, vbscript: (also when entity-encoded).
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Elements whose text is code, not content: dropped with everything inside them.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  transformTags: {
    // Markdown headings sit under the page's own h1/h2.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    // Links leaving the portal do not get the portal's window.
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      // A link whose target is refused (javascript:, data:, //host …) stays as plain text, not a dead link.
      if (!SAFE_HREF.test(href)) return { tagName: 'span', attribs: {} };
      const out: sanitizeHtml.Attributes = { href };
      if (/^https?:/i.test(href)) out.rel = 'noopener noreferrer nofollow';
      return { tagName, attribs: out };
    },
  },
};

const markdown = new Marked({ gfm: true, breaks: false, async: false });

/** Cleans HTML with the portal's allowlist (exported so tests can throw hostile HTML at it directly). */
export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Markdown source → safe HTML for a page. Never throws: broken input gives escaped text. */
export function renderRichText(source: string): string {
  try {
    return sanitizeRichHtml(markdown.parse(source, { async: false }) as string);
  } catch {
    return sanitizeHtml(source, { allowedTags: [], allowedAttributes: {} });
  }
}
