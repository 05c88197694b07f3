// The element reference, generated from the Custom Elements Manifest
// (dist/custom-elements.json, written by `cem analyze --litelement` from the
// elements' JSDoc). `npm run docs` writes it into docs/elements.md, and each
// element's summary into README.md, between the markers; a Node test checks
// that both are up to date. The reference, each element: its summary,
// description and example, then its attributes (with their properties), its
// other properties, its events with their detail types, slots, parts and
// `--pk-*` custom properties. The README's summary: the summary, the first
// example and the names alone, so that a web team finds in a few screens what
// to write and where each name is explained.
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

export const START = '<!-- elements:start -->';
export const END = '<!-- elements:end -->';
export const SUMMARY_START = '<!-- element-summaries:start -->';
export const SUMMARY_END = '<!-- element-summaries:end -->';
/** Where the README's summaries link to: the reference, from the README's folder. */
const REFERENCE = 'docs/elements.md';

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => `\`${text}\``;
/** A paragraph of JSDoc text, its source line breaks joined. */
const prose = (text = '') =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n\n');

function table(header, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/**
 * The description's prose, and its examples: the manifest carries each
 * `@example` as a fenced `html` block in the description
 * (custom-elements-manifest.config.mjs).
 */
function describe(description = '') {
  const examples = [...description.matchAll(/```html\n[\s\S]*?\n```/g)].map(([block]) => block);
  const text = prose(description.replace(/```html\n[\s\S]*?\n```/g, '').trim());
  return { text, examples };
}

function elementSection(d) {
  const { text, examples } = describe(d.description);
  const attributes = (d.attributes ?? []).map((a) => [
    code(a.name),
    a.fieldName ? code(a.fieldName) : '',
    a.description ?? '',
  ]);
  const properties = (d.members ?? [])
    .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && m.description)
    .map((m) => [code(m.name), m.type?.text ? code(m.type.text) : '', m.description]);
  const events = (d.events ?? []).map((e) => [
    code(e.name),
    e.type?.text ? code(e.type.text) : '',
    e.description ?? '',
  ]);
  const parts = (d.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']);
  const slots = (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description ?? '']);
  const props = (d.cssProperties ?? []).map((p) => [code(p.name), p.description ?? '']);
  return [
    `## \`<${d.tagName}>\``,
    prose(d.summary ?? ''),
    text,
    ...examples,
    table(['attribute', 'property', 'what it does'], attributes),
    table(['property', 'type', 'what it holds'], properties),
    table(['event', 'type', 'when'], events),
    table(['slot', 'what goes in it'], slots),
    table(['part', 'what it is'], parts),
    table(['custom property', 'what it sets'], props),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The elements the manifest declares, in the order of their tag names. */
const elementsOf = (manifest) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The generated reference, markers included. */
export function elementDocs(manifest) {
  return `${START}\n${elementsOf(manifest).map(elementSection).join('\n\n')}\n${END}`;
}

/** A list of names in code marks, or nothing when there are none. */
const names = (list = []) => list.map((each) => code(each.name)).join(', ');

/** One element in the README: what it is, its first example, and the names of what the reference describes. */
function elementSummary(d) {
  const [example] = describe(d.description).examples;
  const anchor = d.tagName; // GitHub's anchor for the heading `<tag-name>`: the marks dropped
  const properties = (d.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && m.description,
  );
  const rows = [
    ['attributes', names(d.attributes)],
    ['properties', names(properties)],
    ['events', names(d.events)],
    ['slots', (d.slots ?? []).map((s) => (s.name ? code(s.name) : '(default)')).join(', ')],
    ['parts', names(d.cssParts)],
    [
      'custom properties',
      d.cssProperties?.length ? `${d.cssProperties.length}: colours and spacing, as under [Theming](#theming)` : '',
    ],
  ].filter(([, list]) => list);
  return [
    `### \`<${d.tagName}>\``,
    prose(d.summary ?? ''),
    example,
    table(['it has', 'names'], rows),
    `Each described: [\`<${d.tagName}>\` in the reference](${REFERENCE}#${anchor}).`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The README's summaries, markers included. */
export function elementSummaries(manifest) {
  return `${SUMMARY_START}\n${elementsOf(manifest).map(elementSummary).join('\n\n')}\n${SUMMARY_END}`;
}

/** `text` with what lies between `start` and `end` replaced by `generated`, formatted as Prettier would. */
async function written(text, [start, end], generated, file) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${file} needs the markers ${start} and ${end}.`);
  const whole = text.slice(0, from) + generated + text.slice(to + end.length);
  return format(whole, { parser: 'markdown', singleQuote: true, printWidth: 120 });
}

/** docs/elements.md with the reference written in. */
export const referenceWithDocs = (reference, manifest) =>
  written(reference, [START, END], elementDocs(manifest), REFERENCE);

/** The README with each element's summary written in. */
export const readmeWithSummaries = (readme, manifest) =>
  written(readme, [SUMMARY_START, SUMMARY_END], elementSummaries(manifest), 'README.md');

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  writeFileSync(REFERENCE, await referenceWithDocs(readFileSync(REFERENCE, 'utf8'), manifest));
  writeFileSync('README.md', await readmeWithSummaries(readFileSync('README.md', 'utf8'), manifest));
  console.log(`${REFERENCE}: element reference written; README.md: each element's summary`);
}
