/**
 * `npm run dev`: Vite serves the demo pages from source with live reload, for
 * working on the elements. The published bundles are built by
 * scripts/build.js (esbuild); the reference host (`npm start`) serves those.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: '.',
  server: { open: '/demo/', port: 5173 },
  esbuild: { target: 'es2022' },
});
