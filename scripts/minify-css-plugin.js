// An esbuild plugin that minifies the CSS inside Lit's css`…` templates with
// esbuild's own CSS minifier: esbuild leaves template literals as written, so
// the elements' stylesheets would ship with their comments and indentation.
// Only templates without ${…} or backslashes are touched (the kit's have none).
//
// What the minifier writes goes back inside a template literal, where a CSS
// escape is not one: esbuild wrote '▸' as "\25b8", a tagged template's cooked
// string for "\2…" is undefined, and the risk register's whole table sheet
// shipped as the word "undefined" (the tests, run from the source, passed).
// So the minifier keeps UTF-8 as it is, and any backslash, backtick or ${ it
// writes is escaped for the template.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

/** `css` as the text of a template literal whose cooked value is `css` itself. */
function asTemplateText(css) {
  return css.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

/** `source` with each css`…` template's CSS minified. */
export async function minifyTemplates(source) {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(CSS_TEMPLATE)) {
    const { code } = await transform(match[1], { loader: 'css', minify: true, charset: 'utf8' });
    out += `${source.slice(last, match.index)}css\`${asTemplateText(code.trim())}\``;
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
