// Words a person reads (an element's error, the console's notes, copyStore's refusal) and the code's comments send
// a reader to a section of the guide: `docs/host.md, "Notes for hosts"`. When the README's reference moved into
// docs/, a citation of the README would have sent them to a page without that section. Each citation here names
// a file that has a heading, or a bold label, starting with the words cited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const folders = ['src', 'components', 'demo', 'scripts'];

/** The source files that may cite the guide. */
const sources = folders.flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|js)$/.test(name))
    .map((name) => join(folder, name)),
);

/** Quotes and apostrophes as the guide writes them, so that “A CMS’s” cites "A CMS's". */
const plain = (text) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * Each citation of a file of the guide and one of its sections: `docs/host.md, "Live"`, `README y pecyn yn ei
 * ddweud (“In a CMS’s rich-text editor”)`. A string broken over lines (`'… "Notes ' + 'for hosts"'`) is joined first.
 */
function citations(file) {
  const text = plain(readFileSync(join(root, file), 'utf8')).replace(/['`]\s*\+\s*\n\s*['`]/g, '');
  return [
    ...text.matchAll(/\b(README\.md|README|(?:docs|bench)\/[\w-]+\.md)\b[^"\n]{0,40}?"([A-Z][^"\n]{2,80})"/g),
  ].map(([, page, section]) => ({ file, page: page === 'README' ? 'README.md' : page, section }));
}

/** The headings and bold labels of a page of the guide, as written. */
const sectionsOf = (page) =>
  [...plain(readFileSync(join(root, page), 'utf8')).matchAll(/^#{1,6} (.+)$|\*\*([^*\n]+)\*\*/gm)].map(
    ([, heading, label]) => (heading ?? label).replace(/`/g, ''),
  );

test('the sources cite sections of the guide', () => {
  assert.ok(sources.flatMap(citations).length >= 5, 'a citation of the guide was found');
});

/** Each citation once: a file citing one section in two messages is one test. */
const cited = new Map(sources.flatMap(citations).map((each) => [`${each.file} ${each.page} ${each.section}`, each]));

for (const { file, page, section } of cited.values()) {
  test(`${file} cites ${page}, "${section}"`, () => {
    assert.ok(existsSync(join(root, page)), `${page} is a file of the repository`);
    const sections = sectionsOf(page);
    assert.ok(
      sections.some((each) => each.startsWith(section)),
      `${page} has no heading or bold label "${section}"`,
    );
  });
}
