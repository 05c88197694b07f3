// The README's element reference, generated from the Custom Elements
// Manifest (dist/custom-elements.json, written by `cem analyze --litelement`
// from the elements' JSDoc). `npm run docs` writes it into README.md between
// the markers; a Node test checks that the README is up to date. Each
// element: its summary, description and example, then its attributes (with
// their properties), its other properties, its events with their detail
// types, slots, parts and `--pk-*` custom properties.
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

export const START = '<!-- elements:start -->';
export const END = '<!-- elements:end -->';

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
    `### \`<${d.tagName}>\``,
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

/** The generated reference, markers included. */
export function elementDocs(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return `${START}\n${elements.map(elementSection).join('\n\n')}\n${END}`;
}

/** The README with the reference written in, formatted as Prettier would. */
export async function readmeWithDocs(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md needs the markers ${START} and ${END}.`);
  const written = readme.slice(0, start) + elementDocs(manifest) + readme.slice(end + END.length);
  return format(written, { parser: 'markdown', singleQuote: true, printWidth: 120 });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  writeFileSync('README.md', await readmeWithDocs(readFileSync('README.md', 'utf8'), manifest));
  console.log('README.md: element reference written');
}
