// `npm run build`: each library entry as one self-contained, minified ES
// module in dist/ (a council drops one file into its CMS asset folder), the
// type declarations, and the JSON Schema of the contract generated from the
// zod schema (never written by hand).
//
// The library bundles use esbuild: on this code it tree-shakes zod/mini to a
// quarter less than Vite 8's Rolldown (40 KB against 55 KB minified), and
// dist/core.js has a 14 KB gzip budget. Vite serves the demo in development.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/** dist file (without .js) → source. The element bundles join as their issues land. */
export const ENTRIES = {
  core: 'src/core.ts',
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
});
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsx', 'scripts/write-json-schema.ts']);
