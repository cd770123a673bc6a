// A file marked 'use client' is shipped to the browser with everything it imports. This rule reports
// an import, in such a file, of `server-only`, of anything under db/, or of a module that is marked
// `import 'server-only'` — directly or through modules it imports in turn. Type-only imports are erased
// at build and allowed; a 'use server' module is the sanctioned bridge (the browser gets only
// references to its actions), so the walk stops there.
//
// A path rule (import/no-restricted-paths) cannot say this: which files are client components is
// written in the files, not in their paths.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];
const SERVER_ONLY_MARK = /^\s*import\s+['"]server-only['"]/m;
const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use (client|server)['"]/;
// Value imports and re-exports; `import type …` and `export type …` are erased and left out.
const IMPORT_SPECIFIERS =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpecifier(specifier, fromFile) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('./') || specifier.startsWith('../'))
    base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function isUnderDb(file) {
  return path.relative(ROOT, file).split(path.sep)[0] === 'db';
}

const verdicts = new Map();

/** The chain of modules from `file` to the first server-only one, or null when there is none. */
function serverChain(file, seen = new Set()) {
  if (verdicts.has(file)) return verdicts.get(file);
  if (seen.has(file)) return null;
  seen.add(file);
  let verdict = null;
  if (isUnderDb(file)) verdict = [file];
  else {
    const text = readFileSync(file, 'utf8');
    const directive = DIRECTIVE.exec(text)?.[1];
    if (directive === 'server') verdict = null;
    else if (SERVER_ONLY_MARK.test(text)) verdict = [file];
    else {
      for (const match of text.matchAll(IMPORT_SPECIFIERS)) {
        const specifier = match[1] ?? match[2];
        if (specifier === 'server-only') {
          verdict = [file];
          break;
        }
        const target = resolveSpecifier(specifier, file);
        const chain = target && serverChain(target, seen);
        if (chain) {
          verdict = [file, ...chain];
          break;
        }
      }
    }
  }
  verdicts.set(file, verdict);
  return verdict;
}

function isClientModule(program) {
  return program.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
}

const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: "A 'use client' module must not import server-only code (db/, `import 'server-only'`).",
    },
    schema: [],
    messages: {
      serverOnly:
        "'{{specifier}}' is server-only code ({{chain}}); a 'use client' module ships to the browser. Pass the data in as props or call a server action.",
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    let isClient = false;
    function check(node, source) {
      if (!isClient || !source || typeof source.value !== 'string') return;
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      const specifiers = node.specifiers ?? [];
      if (
        specifiers.length > 0 &&
        specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')
      )
        return;
      const specifier = source.value;
      let chain = specifier === 'server-only' ? ['server-only'] : null;
      if (!chain) {
        const target = resolveSpecifier(specifier, filename);
        chain = target && serverChain(target);
      }
      if (chain) {
        const shown = chain
          .map((file) => (file === 'server-only' ? file : path.relative(ROOT, file)))
          .join(' → ');
        context.report({ node: source, messageId: 'serverOnly', data: { specifier, chain: shown } });
      }
    }
    return {
      Program(program) {
        isClient = isClientModule(program);
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default rule;
