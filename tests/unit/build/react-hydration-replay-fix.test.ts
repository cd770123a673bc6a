/**
 * @jest-environment jsdom
 *
 * The React DOM client Next bundles, hydrating a server-rendered element whose child is a lazy node
 * that resolves a moment later (what a client component's chunk arriving after the HTML looks like):
 * unpatched it reports a hydration mismatch (React #418) and rebuilds the element; with
 * scripts/build/react-hydration-replay-fix.cjs it hydrates the server's nodes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { patchReactDomClient } = require('../../../scripts/build/react-hydration-replay-fix.cjs') as {
  patchReactDomClient: (source: string) => string;
};

const client = (build: 'production' | 'development') =>
  path.join(process.cwd(), `node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.${build}.js`);
// Inside the project's node_modules, so the copies resolve `next/dist/compiled/*` like the original.
const COPIES = path.join(process.cwd(), 'node_modules', '.cache', 'react-hydration-replay-test');

function copyOfClient(name: string, source: string): string {
  mkdirSync(COPIES, { recursive: true });
  const file = path.join(COPIES, name);
  writeFileSync(file, source);
  return file;
}

/** A thenable in React's status protocol: pending when React first reads it, fulfilled a microtask later. */
function pendingChunk<T>(value: T) {
  const listeners: ((v: T) => void)[] = [];
  const thenable = {
    status: 'pending' as string,
    value: undefined as T | undefined,
    then(resolve: (v: T) => void) {
      listeners.push(resolve);
      queueMicrotask(() => {
        thenable.status = 'fulfilled';
        thenable.value = value;
        for (const l of listeners.splice(0)) l(value);
      });
    },
  };
  return thenable;
}

interface Outcome {
  recoverableErrors: string[];
  /** Whether the server's <section> is still the node in the page (hydrated, not rebuilt). */
  keptServerNode: boolean;
}

async function hydrateWith(
  clientFile: string,
  build: 'production' | 'development' = 'production',
): Promise<Outcome> {
  const previousEnv = process.env.NODE_ENV;
  (process.env as Record<string, string>).NODE_ENV = build;
  try {
    let outcome: Outcome | undefined;
    await jest.isolateModulesAsync(async () => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const React = require('next/dist/compiled/react') as typeof import('react');
      const { renderToString } = require('next/dist/compiled/react-dom/server.node') as {
        renderToString: (node: React.ReactNode) => string;
      };
      const { hydrateRoot } = require(clientFile) as typeof import('react-dom/client');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const child = React.createElement('section', { id: 'child' }, 'lazy child');
      const tree = (lazyChild: unknown) =>
        React.createElement(
          'div',
          { id: 'outer' },
          React.createElement('p', { id: 'before' }, 'before'),
          React.createElement('div', { id: 'target' }, lazyChild as React.ReactNode),
          React.createElement('p', { id: 'after' }, 'after'),
        );
      // The server had the chunk: the lazy node is already resolved there.
      const resolved = { then: (resolve: (m: unknown) => void) => resolve({ default: child }) };
      const container = document.createElement('div');
      container.innerHTML = renderToString(tree(React.lazy(() => resolved as never)));
      document.body.replaceChildren(container);
      const serverSection = container.querySelector('#child');

      const recoverableErrors: string[] = [];
      React.startTransition(() => {
        hydrateRoot(container, tree(React.lazy(() => pendingChunk({ default: child }) as never)), {
          onRecoverableError: (error) => recoverableErrors.push(String(error)),
        });
      });
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 10));
      expect(container.querySelector('#child')?.textContent).toBe('lazy child');
      outcome = { recoverableErrors, keptServerNode: container.querySelector('#child') === serverSection };
    });
    return outcome!;
  } finally {
    (process.env as Record<string, string | undefined>).NODE_ENV = previousEnv;
  }
}

const original = readFileSync(client('production'), 'utf8');

test('the bundled React DOM client, unpatched, throws the server HTML away (the upstream bug is there)', async () => {
  const outcome = await hydrateWith(copyOfClient('unpatched.js', original));
  expect(outcome.recoverableErrors.join('\n')).toMatch(/#418/);
  expect(outcome.keptServerNode).toBe(false);
});

test('patched, it hydrates the server nodes without a mismatch', async () => {
  const outcome = await hydrateWith(copyOfClient('patched.js', patchReactDomClient(original)));
  expect(outcome.recoverableErrors).toEqual([]);
  expect(outcome.keptServerNode).toBe(true);
});

test('the development build (npm run dev) is patched the same way', async () => {
  const development = readFileSync(client('development'), 'utf8');
  const silenced = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const before = await hydrateWith(copyOfClient('dev-unpatched.js', development), 'development');
    expect(before.keptServerNode).toBe(false);
    const after = await hydrateWith(
      copyOfClient('dev-patched.js', patchReactDomClient(development)),
      'development',
    );
    expect(after.recoverableErrors).toEqual([]);
    expect(after.keptServerNode).toBe(true);
  } finally {
    silenced.mockRestore();
  }
});

test('the loader refuses a React DOM whose replay code it does not recognise', () => {
  expect(() => patchReactDomClient('function popToNextHostParent() {}')).toThrow(/changed/);
  const patched = patchReactDomClient(original);
  // Patched once, and a second application finds nothing left to patch.
  expect(() => patchReactDomClient(patched)).toThrow(/changed/);
});
