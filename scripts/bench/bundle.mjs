/**
 * First-load JS per route, from the build manifests (gzip, as `next build` reports it).
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { root } from '../lib/server.mjs';

export function firstLoadJs() {
  const appManifest = JSON.parse(
    readFileSync(path.join(root, '.next', 'app-build-manifest.json'), 'utf8'),
  ).pages;
  const buildManifest = JSON.parse(readFileSync(path.join(root, '.next', 'build-manifest.json'), 'utf8'));
  const sizeCache = new Map();
  const gz = (file) => {
    if (!sizeCache.has(file))
      sizeCache.set(file, gzipSync(readFileSync(path.join(root, '.next', file)), { level: 9 }).length);
    return sizeCache.get(file);
  };
  const rows = [];
  for (const route of Object.keys(appManifest)
    .filter((k) => k.endsWith('/page'))
    .sort()) {
    // A page downloads its own chunks and those of every layout, template, error and loading boundary above it.
    const segments = route.split('/').slice(1, -1);
    const files = new Set([...buildManifest.rootMainFiles, ...appManifest[route]]);
    for (let i = 0; i <= segments.length; i++) {
      const dir = segments
        .slice(0, i)
        .map((s) => `/${s}`)
        .join('');
      for (const kind of ['layout', 'template', 'error', 'loading', 'not-found']) {
        for (const f of appManifest[`${dir}/${kind}`] ?? []) files.add(f);
      }
    }
    const js = [...files].filter((f) => f.endsWith('.js'));
    rows.push({ route, bytes: js.reduce((n, f) => n + gz(f), 0) });
  }
  return rows;
}
