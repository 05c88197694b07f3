// `npm run build`: the library in dist/ as minified ES modules, two ways.
//
// - dist/partnership-kit.js: every element in one self-contained file, for a
//   script tag or a CDN (a council drops one file into its CMS asset folder).
//   A language loaded on demand (`import('./cy.js')`) is inlined.
// - The split build, for pages that load single elements and for bundlers:
//   dist/components/<element>.js, dist/index.js (every element, as
//   `partnership-kit` in a bundler) and dist/core.js share their modules
//   through dist/chunks/, so a page loading two element files downloads Lit,
//   zod and the kit's own shared code once, creates Lit's Trusted Types policy
//   once, and a bundler importing `partnership-kit` and `partnership-kit/core`
//   gets one copy of the core. See `splitBuild` for the chunks.
//
// Then the elements for Node (dist/node/), partnership-kit/server, the type
// declarations, the JSON Schema of the contract generated from the zod
// schema (never written by hand), and the demo's pages, generated from every
// element's examples (scripts/demo-pages.js).
//
// The library bundles use esbuild: on this code it tree-shakes zod/mini to a
// quarter less than Vite 8's Rolldown (40 KB against 55 KB minified), and
// every bundle has a size budget (scripts/size.js). Vite serves the demo in
// development.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { minifyCssPlugin } from './minify-css-plugin.js';
import { writeDemoPages } from './demo-pages.js';

/** Each element's file in dist/components/ → its source. */
const ELEMENTS = {
  'partnership-data': 'components/partnership-data/partnership-data.ts',
  'partnership-roster': 'components/partnership-roster/partnership-roster.ts',
  'quorum-indicator': 'components/quorum-indicator/quorum-indicator.ts',
  'vote-panel': 'components/vote-panel/vote-panel.ts',
  'risk-register': 'components/risk-register/risk-register.ts',
  'action-tracker': 'components/action-tracker/action-tracker.ts',
  'highlight-report': 'components/highlight-report/highlight-report.ts',
};
const KIT = 'components/index.ts';
const CORE = 'src/core.ts';

const BROWSER = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};

const LEGAL_START = '/*! Bundled license information:\n';

/**
 * The licence notices at the end of a browser bundle, each notice once with the packages it covers. esbuild's
 * `legalComments: 'eof'` names every file under its notice: Lit's six notices came under 31 file names, 0.2 KB of
 * the one-file kit's min+gzip. Each notice is kept as the package wrote it; only the file names go.
 */
function condensedLegalComments(code) {
  const start = code.indexOf(LEGAL_START);
  if (start < 0) return code;
  const end = code.indexOf('\n*/', start);
  const notices = new Map();
  let packages = [];
  let notice = [];
  const close = () => {
    if (notice.length === 0) return;
    const text = notice.join('\n');
    notices.set(text, new Set([...(notices.get(text) ?? []), ...packages]));
    packages = [];
    notice = [];
  };
  for (const line of code.slice(start + LEGAL_START.length, end).split('\n')) {
    if (line.startsWith(' ')) notice.push(line);
    else if (line.endsWith(':')) {
      close();
      packages.push(/^(?:@[^/]+\/)?[^/]+/.exec(line)[0]);
    }
  }
  close();
  const listed = [...notices].map(([text, names]) => `${[...names].sort().join(', ')}:\n${text}`);
  return `${code.slice(0, start)}${LEGAL_START}\n${listed.join('\n\n')}${code.slice(end)}`;
}

/** `condensedLegalComments` in every browser bundle in `folder`. */
function condenseLegalCommentsIn(folder) {
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.js'))) {
    const file = `${folder}/${name}`;
    const code = readFileSync(file, 'utf8');
    const condensed = condensedLegalComments(code);
    if (condensed !== code) writeFileSync(file, condensed);
  }
}

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

/**
 * What the split build's chunks are made of, from a build of the core and each
 * element on its own with the languages loaded on demand left out:
 * `shared`, every module an element uses that is not that element's own
 * (outside its components/<element>/ folder, or used by two elements);
 * `core`, every module dist/core.js reaches; `lazy`, the modules loaded
 * through `import()`.
 */
async function chunkPlan() {
  const lazy = new Set();
  const findLazy = {
    name: 'find-lazy-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async ({ kind, path, importer, resolveDir }) => {
        if (kind !== 'dynamic-import') return undefined;
        const found = await b.resolve(path, { kind: 'import-statement', importer, resolveDir });
        lazy.add(found.path);
        return { path, external: true };
      });
    },
  };
  const elementFiles = Object.values(ELEMENTS);
  const { metafile } = await build({
    ...BROWSER,
    entryPoints: [CORE, ...elementFiles],
    outdir: 'dist',
    write: false,
    sourcemap: false,
    metafile: true,
    plugins: [findLazy, minifyCssPlugin()],
  });
  const users = new Map();
  let core = [];
  for (const { entryPoint, inputs } of Object.values(metafile.outputs)) {
    if (entryPoint === CORE) core = Object.keys(inputs);
    else for (const input of Object.keys(inputs)) users.set(input, (users.get(input) ?? 0) + 1);
  }
  const own = (input) => /^components\/(?!internal\/)/.test(input);
  const shared = [...users].filter(([input, count]) => count > 1 || !own(input)).map(([input]) => resolve(input));
  return { shared, core: new Set(core.map((input) => resolve(input))), lazy };
}

const importsOf = (files) => files.map((file) => `import ${JSON.stringify(file)};`).join('\n');

/**
 * The split build. esbuild puts each module in the chunk of the entry points
 * that reach it, so left to itself it cuts the elements' shared code into
 * many small chunks (18, each element loading 5 to 12 files). Here every
 * element entry, dist/index.js and each module loaded on demand also import
 * every shared module, bare: that changes which entry points reach a module,
 * not what code is kept (a chunk holds the code that some entry uses; esbuild
 * drops a bare import of a module without side effects, silently here, but
 * still counts it as reaching the module). What comes out:
 *
 * - dist/chunks/chunk-<hash>.js shared by dist/core.js and every element: zod,
 *   the contract, the rules and the English words;
 * - dist/chunks/chunk-<hash>.js shared by every element: Lit, @lit/context,
 *   nanostores, idb-keyval, the data layer and components/internal, so one
 *   Lit and one Trusted Types policy however many element files a page loads;
 * - dist/chunks/<module>-<hash>.js for each module loaded on demand (cy.ts);
 * - each element's own code in its dist/components/<element>.js, and
 *   dist/index.js importing the element files.
 *
 * dist/core.js holds no Lit: its chunk is the one it shares with the elements,
 * and so carries whatever the elements use of the modules in it (the words of
 * every element, while src/messages/en.ts holds them beside the core's). A
 * page with one element file loads all the shared code, which the other
 * elements may need: <partnership-data> alone is the one that pays for it.
 * test/node/size.test.js checks this layout.
 */
async function splitBuild() {
  const plan = await chunkPlan();
  const kitFile = resolve(KIT);
  const elementOutputs = new Map(Object.entries(ELEMENTS).map(([name, file]) => [resolve(file), name]));
  const sharedChunks = {
    name: 'shared-chunks',
    setup(b) {
      b.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path, namespace: 'partnership-kit' }));
      b.onLoad({ filter: /.*/, namespace: 'partnership-kit' }, ({ path }) => {
        const source = resolve(path.slice('entry:'.length));
        return {
          contents: `export * from ${JSON.stringify(source)};\n${importsOf(plan.shared)}`,
          resolveDir: process.cwd(),
        };
      });
      // dist/index.js imports the elements from their own files rather than bundling them again.
      b.onResolve({ filter: /^\./ }, ({ path, importer }) => {
        if (importer !== kitFile) return undefined;
        const name = elementOutputs.get(resolve(dirname(importer), path.replace(/\.js$/, '.ts')));
        return name === undefined ? undefined : { path: `./components/${name}.js`, external: true };
      });
      // A module loaded on demand reaches the core chunk whole, so that chunk is not cut in two.
      b.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!plan.lazy.has(path)) return undefined;
        const reached = plan.shared.filter((file) => plan.core.has(file) && file !== path);
        return { contents: `${await readFile(path, 'utf8')}\n${importsOf(reached)}`, loader: 'ts' };
      });
    },
  };
  const entryPoints = { core: CORE, index: `entry:${KIT}` };
  for (const [name, file] of Object.entries(ELEMENTS)) entryPoints[`components/${name}`] = `entry:${file}`;
  await build({
    ...BROWSER,
    entryPoints,
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    logOverride: { 'ignored-bare-import': 'silent' },
    plugins: [sharedChunks, minifyCssPlugin()],
  });
}

/**
 * The elements for Node (dist/node/), so that server rendering (Next, Nuxt,
 * Astro) and tests in Node (Vitest, Jest) can import them: Lit and the other
 * runtime dependencies stay imports, which Node resolves to their own Node builds
 * (Lit's brings a DOM shim, so defining an element needs no browser). Package
 * exports pick these files under the `node` condition.
 */
async function nodeBuild() {
  const entryPoints = { index: KIT };
  for (const [name, file] of Object.entries(ELEMENTS)) entryPoints[`components/${name}`] = file;
  await build({
    entryPoints,
    outdir: 'dist/node',
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The runtime dependencies stay imports; zod, a dev dependency, is bundled as in every other build.
    external: ['lit', 'lit/*', '@lit/*', 'nanostores', 'idb-keyval'],
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

rmSync('dist', { recursive: true, force: true });
await build({
  ...BROWSER,
  entryPoints: { 'partnership-kit': KIT },
  outdir: 'dist',
  plugins: [minifyCssPlugin()],
});
await splitBuild();
for (const folder of ['dist', 'dist/components', 'dist/chunks']) condenseLegalCommentsIn(folder);
await nodeBuild();
// partnership-kit/server: for Node, with the store drivers left to the host
// to install (optional peer dependencies), and not minified: a portal team
// reads the code it runs.
await build({
  entryPoints: { server: 'src/server/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['better-sqlite3', 'pg'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
// The React demo page's script: React 19 with the kit, for demo/react.html.
await build({
  entryPoints: { 'demo/react-app': 'demo/react/app.tsx' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// partnership-kit/react is JSX types only; this empty module lets a plain `import` of it resolve.
writeFileSync('dist/react.js', '// JSX types for React 19: dist/types/components/react.d.ts\nexport {};\n');
run('npx', ['tsx', 'scripts/write-json-schema.ts']);
run('npx', [
  'cem',
  'analyze',
  '--litelement',
  '--globs',
  'components/**/*.ts',
  // The core's modules too, for the declarations the package root re-exports (custom-elements-manifest.config.mjs).
  'src/**/*.ts',
  '--exclude',
  'components/**/*examples.ts',
  '--outdir',
  'dist',
  '--quiet',
]);
// The demo's pages, from every element's examples.
await writeDemoPages();
