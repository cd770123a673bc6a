import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlatCompat } from '@eslint/eslintrc';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import noServerCodeInClient from './eslint-rules/no-server-code-in-client.mjs';

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) });

/**
 * The layers' walls (README, Architecture). Data flows one way: app → lib → db. The `import` plugin
 * comes with next's config and resolves the `@/` alias through tsconfig, so a path rule is enough here;
 * eslint-plugin-boundaries would add a dependency for the same three zones.
 */
const LAYER_ZONES = [
  {
    target: './lib',
    from: './app',
    message: 'lib is below app: a use-case or helper never imports a page, component or action.',
  },
  {
    target: './db',
    from: './app',
    message: 'db is the bottom layer: it never imports from app.',
  },
  {
    target: './db',
    from: './lib',
    // The environment and the crypto primitives (the seed hashes the demo passwords) only.
    except: ['./env.ts', './crypto'],
    message: 'db is the bottom layer: it may import lib/env and lib/crypto, never a use-case.',
  },
];

const config = [
  {
    ignores: [
      '.scratch/**',
      'node_modules/**',
      '.next/**',
      '.data/**',
      'db/migrations/**',
      'artifacts/**',
      'next-env.d.ts',
    ],
  },
  ...compat.extends('next/core-web-vitals', 'next/typescript'),
  {
    plugins: { portal: { rules: { 'no-server-code-in-client': noServerCodeInClient } } },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'portal/no-server-code-in-client': 'error',
    },
  },
];

export default config;
