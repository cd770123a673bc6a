import en from '@/messages/en.json';
import fa from '@/messages/fa.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
}

function lookup(tree: Tree, key: string): string {
  return key.split('.').reduce<Tree | string>((node, k) => (node as Tree)[k], tree) as string;
}

describe('messages', () => {
  test('fa and en have exactly the same keys', () => {
    expect(keys(fa as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  test('the same ICU placeholders on both sides', () => {
    for (const key of keys(fa as Tree)) {
      expect([key, placeholders(lookup(fa as Tree, key))]).toEqual([
        key,
        placeholders(lookup(en as Tree, key)),
      ]);
    }
  });

  test('Persian copy uses Persian ی and ک, never Arabic ي and ك', () => {
    const offenders = strings(fa as Tree).filter((s) => /[\u064A\u0643]/.test(s));
    expect(offenders).toEqual([]);
  });

  test('no Persian text is left untranslated on the English side', () => {
    const offenders = keys(en as Tree).filter((k) => /[\u0600-\u06FF]/.test(lookup(en as Tree, k)));
    // The language switch names the other language in its own script on purpose.
    expect(offenders.filter((k) => k !== 'nav.switchTo')).toEqual([]);
  });

  test('no empty strings', () => {
    expect(strings(fa as Tree).filter((s) => !s.trim())).toEqual([]);
    expect(strings(en as Tree).filter((s) => !s.trim())).toEqual([]);
  });
});
