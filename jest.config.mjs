import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

// next-intl and its dependencies ship ESM only; so do marked, sanitize-html's parser (htmlparser2 & co)
// and file-type (documents) with its dependencies.
const ESM_PACKAGES = [
  'next-intl',
  'use-intl',
  'intl-messageformat',
  '@formatjs',
  'date-fns-jalali',
  'marked',
  'htmlparser2',
  'domhandler',
  'domutils',
  'dom-serializer',
  'entities',
  'domelementtype',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
];

const shared = {
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // Server-only modules are imported by tests running on the server side by definition.
    '^server-only$': '<rootDir>/tests/helpers/empty-module.js',
  },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/tests/e2e/'],
};

async function project(name, overrides) {
  const config = await createJestConfig({ ...shared, ...overrides })();
  config.transformIgnorePatterns = [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`];
  return { displayName: name, ...config };
}

export default async function config() {
  return {
    globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
    // Each worker holds one in-memory PGlite (~200 MB); two workers fit this machine's two cores.
    maxWorkers: process.env.JEST_WORKERS ?? 2,
    testTimeout: 60_000,
    projects: [
      await project('node', {
        testEnvironment: 'node',
        // Jest 30 poisons globals after a file ends; ioredis and PGlite singletons still settle then.
        testEnvironmentOptions: { globalsCleanup: 'off' },
        testMatch: [
          '<rootDir>/tests/unit/**/*.test.ts',
          '<rootDir>/tests/integration/**/*.test.ts',
          '<rootDir>/lib/**/*.test.ts',
        ],
        setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-node.ts'],
      }),
      await project('dom', {
        testEnvironment: 'jsdom',
        testMatch: ['<rootDir>/tests/component/**/*.test.tsx'],
        setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-dom.ts'],
      }),
    ],
  };
}
