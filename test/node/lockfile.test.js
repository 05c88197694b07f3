// `npm ci` refuses a lock file that lacks any package it may install: the
// platform builds of esbuild, Rollup, Rolldown and lightningcss are optional
// dependencies, and a lock written on one machine without them stops CI on
// another (macOS, arm64, Windows) at its first step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages;

/** Where npm would look for `name` required from the package at `from`: its own node_modules, then each parent's. */
function resolves(from, name) {
  let base = from;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const at = base.lastIndexOf('node_modules/');
    base = at <= 0 ? '' : base.slice(0, at - 1);
  }
}

test('the lock file is in step with package.json', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const root = packages[''];
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    assert.deepEqual(root[field] ?? {}, manifest[field] ?? {}, `package-lock.json's ${field} differ: run npm install`);
  }
});

test('every optional dependency of every locked package is locked too, for every platform', () => {
  const missing = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolves(path, name)) missing.push(`${name} (for ${path || 'the project'})`);
    }
  }
  assert.deepEqual(missing, [], 'regenerate the lock with npm install on a clean node_modules');
});
