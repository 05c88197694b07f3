// The set-ups for rich-text editors (TinyMCE, CKEditor 5, WordPress's
// filter), in docs/embedding.md since the README linked its reference out, each list the elements and their attributes by hand. An attribute an
// element gains later (as `now` and `results` were) would be deleted on save
// by every editor set up from an old list: each list must be the manifest's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync('docs/embedding.md', 'utf8');
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

/** Each element's attributes, from the Custom Elements Manifest: `{ 'vote-panel': 'endpoint heading-level …' }`. */
const elements = Object.fromEntries(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map(({ tagName, attributes = [] }) => [
      tagName,
      attributes
        .map((a) => a.name)
        .sort()
        .join(' '),
    ]),
);

const sorted = (names) => [...new Set(names)].sort().join(' ');

test('TinyMCE: every element, with exactly its attributes', () => {
  const listed = Object.fromEntries(
    [...readme.matchAll(/'([a-z-]+)\[([a-z|-]+)\]'/g)].map(([, name, attributes]) => [
      name,
      sorted(attributes.split('|')),
    ]),
  );
  assert.deepEqual(listed, elements);
  const custom = /custom_elements:\s*'([^']+)'/.exec(readme)?.[1].split(',');
  assert.equal(sorted(custom ?? []), sorted(Object.keys(elements)));
});

test('CKEditor 5: every element, and every attribute any of them has', () => {
  const allow = /name: \/\^\(\\\$customElement\|([a-z|-]+)\)\$\/,\s*attributes:\s*\/\^\(([a-z|-]+)\)\$\//.exec(readme);
  assert.ok(allow, 'the htmlSupport allow rule');
  assert.equal(sorted(allow[1].split('|')), sorted(Object.keys(elements)));
  assert.equal(sorted(allow[2].split('|')), sorted(Object.values(elements).flatMap((a) => a.split(' '))));
});

test("WordPress's must-use plugin: every element, with exactly its attributes", () => {
  const php = /```php\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const listed = Object.fromEntries(
    [...php.matchAll(/'([a-z-]+)'\s*=>\s*'([a-z -]+)'/g)].map(([, name, attributes]) => [
      name,
      sorted(attributes.split(' ')),
    ]),
  );
  assert.deepEqual(listed, elements);
});

test("WordPress's block editor: the README says where the elements survive, and that wpautop is the Classic editor's", () => {
  const section = readme.slice(
    readme.indexOf("## In a CMS's rich-text editor"),
    readme.indexOf('## Several partnerships'),
  );
  // Pasted into a Paragraph or the canvas, Gutenberg's pasteHandler keeps only blocks it knows: the elements and
  // their script are dropped. Its Custom HTML block (core/html) saves the markup as written, and do_blocks() turns
  // wpautop off for a page made of blocks, so the advice about paragraphs added applies to the Classic editor only.
  assert.match(
    section,
    /In WordPress's block editor .*, add a \*\*Custom HTML\*\* block\s+and paste the elements into it/,
  );
  assert.match(section, /Do not paste them into a Paragraph/);
  assert.match(section, /WordPress adds no paragraphs to a page made of blocks/);
  assert.match(section, /The Classic editor's pages, made of no blocks, get paragraphs added[^.]*\(`wpautop`\)/);
});
