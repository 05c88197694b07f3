// `npm run build`: each library entry as one self-contained, minified ES
// module in dist/ (a council drops one file into its CMS asset folder), the
// type declarations, and the JSON Schema of the contract generated from the
// zod schema (never written by hand).
//
// The library bundles use esbuild: on this code it tree-shakes zod/mini to a
// quarter less than Vite 8's Rolldown (40 KB against 55 KB minified), and
// every bundle has a size budget (scripts/size.js). Vite serves the demo in
// development.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { minifyCssPlugin } from './minify-css-plugin.js';

/** dist file (without .js) → source. Each is self-contained: one copy of Lit in each. */
export const ENTRIES = {
  core: 'src/core.ts',
  'partnership-kit': 'components/index.ts',
  'components/partnership-data': 'components/partnership-data/partnership-data.ts',
  'components/partnership-roster': 'components/partnership-roster/partnership-roster.ts',
  'components/quorum-indicator': 'components/quorum-indicator/quorum-indicator.ts',
  'components/vote-panel': 'components/vote-panel/vote-panel.ts',
  'components/risk-register': 'components/risk-register/risk-register.ts',
  'components/action-tracker': 'components/action-tracker/action-tracker.ts',
};

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ENTRIES,
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  plugins: [minifyCssPlugin()],
});
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
run('npx', ['tsx', 'scripts/write-json-schema.ts']);
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'components/**/*.ts', '--outdir', 'dist', '--quiet']);
