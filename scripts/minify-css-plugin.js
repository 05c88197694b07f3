// An esbuild plugin that minifies the CSS inside Lit's css`…` templates with
// esbuild's own CSS minifier: esbuild leaves template literals as written, so
// the elements' stylesheets would ship with their comments and indentation.
// Only templates without ${…} or backslashes are touched (the kit's have none).
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

async function minifyTemplates(source) {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(CSS_TEMPLATE)) {
    const { code } = await transform(match[1], { loader: 'css', minify: true });
    out += `${source.slice(last, match.index)}css\`${code.trim()}\``;
    last = match.index + match[0].length;
  }
  return out + source.slice(last);
}

export function minifyCssPlugin() {
  return {
    name: 'minify-lit-css',
    setup(build) {
      build.onLoad({ filter: /[\\/]components[\\/].*\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes('css`')) return undefined;
        return { contents: await minifyTemplates(source), loader: 'ts' };
      });
    },
  };
}
