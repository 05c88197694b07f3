// The elements write their templates with the kit's own `html` tag
// (components/internal/html.ts), which drops the white space that only lays
// out the source: an element that imported Lit's own would draw a text node
// for every line break between its tags again (issue 12). A template holding
// a comment, a <pre> or a <textarea> is left as written by that tag, so none
// of the elements' templates holds one; a note for the reader goes in a
// script comment beside the template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = readdirSync('components', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join('components', file));
/** A file's code, its comment lines left out (a doc comment may show a template). */
const code = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line))
    .join('\n');
const withTemplates = files.filter((file) => /(?<![\w.])html`/.test(code(file)));
// The tag itself, and the headings: a template of Lit's own for each level, each on one line (no layout white space).
const OWN = new Set([join('components', 'internal', 'html.ts'), join('components', 'internal', 'heading.ts')]);

test('every element template is written with the kit’s html tag', () => {
  assert.ok(withTemplates.length > 20, `found only ${withTemplates.length} files with templates`);
  const litHtml = withTemplates.filter(
    (file) => !OWN.has(file) && !/import \{ html \} from '(?:\.\.?\/)+(?:internal\/)?html\.js';/.test(code(file)),
  );
  assert.deepEqual(litHtml, [], 'import { html } from components/internal/html.js in these, not from lit');
});

test('no element template holds a comment, a <pre> or a <textarea>, which would leave it as written', () => {
  const holding = withTemplates.filter((file) => /<!--|<pre[\s>]|<textarea[\s>]/.test(code(file)));
  assert.deepEqual(
    holding.filter((file) => !OWN.has(file)),
    [],
  );
});
