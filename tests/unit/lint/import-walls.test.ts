import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The layer walls of eslint.config.mjs (README, Architecture) hold: each case lints a small source text
 * as if it were a file at `file`, with the project's own configuration (the one `npm run lint` uses),
 * and expects the wall's rule to report it — or, for an allowed import, not to.
 *
 * ESLint runs in a child process: its flat config is an ES module loaded with import(), which jest's
 * module sandbox does not run.
 */
const ROOT = path.resolve(__dirname, '../../..');
const WALL_RULES = ['import/no-restricted-paths', 'portal/no-server-code-in-client'];

interface Case {
  name: string;
  file: string;
  code: string;
  expected: string | null;
}

function imports(specifier: string, { client = false, typeOnly = false } = {}): string {
  const directive = client ? "'use client';\n\n" : '';
  return typeOnly
    ? `${directive}import type * as m from '${specifier}';\nexport type Used = typeof m;\n`
    : `${directive}import * as m from '${specifier}';\nexport const used = m;\n`;
}

const CASES: Case[] = [
  // lib ↛ app
  {
    name: 'lib imports app',
    file: 'lib/wall-fixture.ts',
    code: imports('@/app/_components/page-title'),
    expected: 'import/no-restricted-paths',
  },
  {
    name: 'lib imports lib',
    file: 'lib/wall-fixture.ts',
    code: imports('@/lib/formats/digits'),
    expected: null,
  },
  // db ↛ lib use-cases (lib/env and lib/crypto only)
  {
    name: 'db imports a use-case',
    file: 'db/wall-fixture.ts',
    code: imports('@/lib/accounts/sign-in/authenticate'),
    expected: 'import/no-restricted-paths',
  },
  {
    name: 'db imports app',
    file: 'db/wall-fixture.ts',
    code: imports('../app/_components/page-title'),
    expected: 'import/no-restricted-paths',
  },
  { name: 'db imports lib/env', file: 'db/wall-fixture.ts', code: imports('@/lib/env'), expected: null },
  {
    name: 'db imports lib/crypto',
    file: 'db/wall-fixture.ts',
    code: imports('../lib/crypto/password'),
    expected: null,
  },
  // client components ↛ server-only code
  {
    name: "client imports 'server-only'",
    file: 'app/_components/wall-fixture.tsx',
    code: imports('server-only', { client: true }),
    expected: 'portal/no-server-code-in-client',
  },
  {
    name: 'client imports db',
    file: 'app/_components/wall-fixture.tsx',
    code: imports('@/db/schema', { client: true }),
    expected: 'portal/no-server-code-in-client',
  },
  {
    name: 'client imports a server-only lib module',
    file: 'app/_components/wall-fixture.tsx',
    code: imports('@/lib/env', { client: true }),
    expected: 'portal/no-server-code-in-client',
  },
  {
    name: 'client imports a module that imports server-only code',
    file: 'app/_components/wall-fixture.tsx',
    code: imports('@/lib/crypto/keyed-hash', { client: true }),
    expected: 'portal/no-server-code-in-client',
  },
  {
    name: 'client imports a shared schema',
    file: 'app/_components/wall-fixture.tsx',
    code: imports('@/lib/validation/password', { client: true }),
    expected: null,
  },
  {
    name: 'client imports only types from db',
    file: 'app/_components/wall-fixture.tsx',
    code: imports('@/db/schema', { client: true, typeOnly: true }),
    expected: null,
  },
  {
    name: 'client imports server actions',
    file: 'app/_components/wall-fixture.tsx',
    code: imports('@/app/[locale]/dashboard/support/actions', { client: true }),
    expected: null,
  },
  {
    name: 'server component imports server-only code',
    file: 'app/_components/wall-fixture.tsx',
    code: imports('@/lib/env'),
    expected: null,
  },
];

const RUNNER = `
import { ESLint } from 'eslint';
const { cases, rules } = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const found = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: c.file });
  found.push(result.messages.filter((m) => rules.includes(m.ruleId) || m.fatal).map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(found));
`;

describe('import walls (eslint.config.mjs)', () => {
  let found: string[][];

  beforeAll(() => {
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', RUNNER, JSON.stringify({ cases: CASES, rules: WALL_RULES })],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    found = JSON.parse(output) as string[][];
  }, 150_000);

  it.each(CASES.map((c, index) => [c.name, c, index] as const))('%s', (_name, c, index) => {
    expect(found[index]).toEqual(c.expected ? [c.expected] : []);
  });
});
