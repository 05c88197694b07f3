// The package as an adopting team gets it: `npm pack`, installed into a fresh
// project without zod (a dev dependency of ours), then used as a strict
// TypeScript portal under three module resolutions, a React 19 TSX page, a
// Node script with a server-rendering import, a CommonJS portal, and a Vite app. The consumer's
// files are in test/fixtures/consumer/. `npm test` builds dist/ first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const vite = join(root, 'node_modules/vite/bin/vite.js');
const reactTypes = require('@types/react/package.json').version;
const nodeTypes = require('@types/node/package.json').version;
let project;
/** The package's files, as `npm pack` lists them. */
let packedFiles;

const run = (command, args, cwd = project) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** tsc's report, or '' when the project compiles. */
function typeErrors(config) {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config, null, 2));
  try {
    run(process.execPath, [tsc, '-p', 'tsconfig.json']);
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
}

// skipLibCheck is off, so the package's declarations are checked as the portal resolves them; TypeScript's own
// lib files are not ours to check, and checking them took half of each run.
const strict = (options, files) => ({
  compilerOptions: {
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    noEmit: true,
    lib: ['ES2023', 'DOM'],
    types: [],
    ...options,
  },
  files,
});

before(() => {
  project = mkdtempSync(join(tmpdir(), 'pk-consumer-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root))[0];
  packedFiles = new Set(packed.files.map((file) => file.path));
  cpSync(join(root, 'test/fixtures/consumer'), project, { recursive: true });
  const manifest = {
    name: 'council-portal',
    private: true,
    type: 'module',
    dependencies: {
      'partnership-kit': `file:./${packed.filename}`,
      '@types/react': reactTypes,
      '@types/node': nodeTypes,
    },
  };
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
  // What a team's CI does next: a clean install from the lock file npm just wrote.
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
});

after(() => rmSync(project, { recursive: true, force: true }));

test('the package installs with its own dependencies only: no zod, no demo bundle', () => {
  assert.equal(existsSync(join(project, 'node_modules/zod')), false);
  const shipped = readdirSync(join(project, 'node_modules/partnership-kit/dist'));
  assert.ok(!shipped.includes('demo'), `dist/ ships ${shipped.join(', ')}`);
  assert.ok(existsSync(join(project, 'node_modules/partnership-kit/LICENSE')));
});

// The README sends a team to these: the example documents to start theirs from, the working React page, and the
// words of each language to read and translate. A team with the package alone had a README naming files it lacked.
test('the files the README sends a reader to, to copy or to translate, are in the package', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const named = [...readme.matchAll(/`(demo\/data\/[\w-]+\.json|demo\/react\.html|src\/messages\/[\w-]+\.ts)`/g)];
  const sentTo = new Set(named.map(([, path]) => path));
  for (const file of readdirSync(join(root, 'demo/data'))) sentTo.add(`demo/data/${file}`);
  assert.ok(sentTo.has('src/messages/cy.ts') && sentTo.has('demo/react.html'), `the README names ${[...sentTo]}`);
  assert.deepEqual(
    [...sentTo].filter((path) => !packedFiles.has(path)),
    [],
    'named in the README, missing from the package',
  );
});

for (const [resolution, module] of [
  ['bundler', 'esnext'],
  ['node16', 'node16'],
  ['node10', 'esnext'],
]) {
  test(`a strict TypeScript portal compiles against the types under moduleResolution ${resolution}, with no any`, () => {
    const options = { module, moduleResolution: resolution, target: 'es2022' };
    assert.equal(typeErrors(strict(options, ['consumer.ts'])), '');
  });
}

test('a strict TypeScript portal serves the API from node:http and node:http2, with no any', () => {
  const options = { module: 'node16', moduleResolution: 'node16', target: 'es2022', types: ['node'] };
  assert.equal(typeErrors(strict(options, ['server-portal.ts'])), '');
});

test('a React 19 TSX page types the elements, their properties and their events', () => {
  const options = {
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    jsx: 'react-jsx',
    types: ['react'],
  };
  assert.equal(typeErrors(strict(options, ['page.tsx'])), '');
});

test('a Node script parses a document with the core and imports the elements', () => {
  const printed = run(process.execPath, ['node-script.mjs', join(root, 'demo/data/sutton.json')]);
  const report = JSON.parse(printed);
  assert.equal(report.element, 'VotePanel');
  assert.ok(report.proposals > 0);
});

test('a CommonJS portal requires the server module and the core', () => {
  const printed = run(process.execPath, ['portal.cjs', join(root, 'demo/data/sutton.json')]);
  assert.deepEqual(JSON.parse(printed), { server: 'function', parsed: true });
});

/** How often `text` occurs in the .js files of `folder`. */
function occurrences(folder, text) {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + readFileSync(join(folder, file), 'utf8').split(text).length - 1, 0);
}

test('a Vite app bundles the elements and the core, one copy of the core', () => {
  run(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', 'built']);
  // A problem code the contract checks and the English words name: in the package once, so in the app once.
  const code = 'term-ends-before-start';
  const packed = occurrences(join(project, 'node_modules/partnership-kit/dist/chunks'), code);
  assert.ok(packed > 0, `the package's chunks hold ${code}`);
  assert.equal(occurrences(join(project, 'built/assets'), code), packed);
});
