// nanostores reads process.env.NODE_ENV, which bundlers replace; the test
// server serves node_modules as they are, where a browser has no `process`.
// This replaces it as the production build does (esbuild, minified).
export function nodeEnvPlugin() {
  return {
    name: 'partnership-kit-node-env',
    transform(context) {
      const body = typeof context.body === 'string' ? context.body : undefined;
      if (!body || !context.path.includes('/node_modules/') || !body.includes('process.env.NODE_ENV')) return undefined;
      return { body: body.replaceAll('process.env.NODE_ENV', '"production"') };
    },
  };
}
