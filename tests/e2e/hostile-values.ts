/**
 * Hostile and malformed values shared by the HTTP and browser gates. Each has a name for the logs;
 * values cover length, encodings, Unicode tricks, injection fragments and wrong types.
 */
export interface HostileValue {
  name: string;
  value: string;
}

export const HOSTILE_STRINGS: HostileValue[] = [
  { name: 'empty', value: '' },
  { name: 'spaces', value: '   \t  ' },
  { name: '20k chars', value: 'x'.repeat(20_000) },
  { name: 'Persian digits', value: '۰۹۱۲۱۲۳۴۵۶۷' },
  { name: 'Arabic digits', value: '٠٩١٢١٢٣٤٥٦٧' },
  { name: 'mixed digits', value: '09۱۲٣4567۸9' },
  { name: 'ZWNJ', value: 'علی\u200cرضا\u200c\u200c' },
  { name: 'bidi override', value: '\u202Egnp.exe\u202C' },
  { name: 'bidi isolates', value: '\u2066abc\u2069\u2067\u2068' },
  { name: 'homoglyph', value: 'аdmin@ехample.com' },
  { name: 'Arabic ye/kaf', value: 'علي كريمي' },
  { name: 'NUL', value: 'a\u0000b' },
  { name: 'control chars', value: '\u0001\u0007\u001b[31m\r\n' },
  { name: 'lone surrogate', value: 'a\uD800b' },
  { name: 'emoji ZWJ', value: '👩‍👩‍👧‍👦🇮🇷' },
  { name: 'combining marks', value: 'Z̴̡̛͉̓a̸̢͚͐l̷̢̈́g̵̙͌o̸͉̔' },
  { name: 'SQL quote', value: "' OR '1'='1' --" },
  { name: 'SQL stacked', value: "1'; DROP TABLE accounts; --" },
  { name: 'SQL comment', value: '1/**/UNION/**/SELECT/**/password/**/FROM/**/accounts' },
  { name: 'script tag', value: '<script>alert(1)</script>' },
  { name: 'attribute break', value: '"><img src=x onerror=alert(1)>' },
  { name: 'javascript URL', value: 'javascript:alert(1)' },
  { name: 'template', value: '${7*7}{{7*7}}<%= 7*7 %>' },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'encoded traversal', value: '%2e%2e%2f%2e%2e%2fetc%2fpasswd' },
  { name: 'CRLF injection', value: 'x\r\nSet-Cookie: evil=1' },
  { name: 'format string', value: '%s%s%s%n%x' },
  { name: 'huge number', value: '1e309' },
  { name: 'negative', value: '-1' },
  { name: 'prototype', value: '__proto__' },
  { name: 'JSON in string', value: '{"$ne":null}' },
];

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

export const HOSTILE_JSON_BODIES: HostileValue[] = [
  { name: 'empty body', value: '' },
  { name: 'broken JSON', value: '{"to":' },
  { name: 'null', value: 'null' },
  { name: 'array', value: '[1,2,3]' },
  { name: 'wrong types', value: JSON.stringify({ to: 123, channel: ['sms'], nationalCode: { $ne: null } }) },
  { name: 'prototype pollution', value: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
  {
    name: 'hostile strings',
    value: JSON.stringify(Object.fromEntries(HOSTILE_STRINGS.map((v) => [v.name, v.value]))),
  },
  { name: 'deep nesting', value: deep(100_000) },
  { name: '1 MB string', value: JSON.stringify({ to: 'x'.repeat(1_000_000) }) },
  { name: '5 MB array', value: JSON.stringify(Array.from({ length: 500_000 }, () => 'abcdefgh')) },
];
