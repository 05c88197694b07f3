// The README's element reference, generated from the Custom Elements
// Manifest (dist/custom-elements.json, written by `cem analyze --litelement`
// from the elements' JSDoc). `npm run docs` writes it into README.md between
// the markers; a Node test checks that the README is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

export const START = '<!-- elements:start -->';
export const END = '<!-- elements:end -->';

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function elementSection(d) {
  const attributes = (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.description ?? '']);
  const properties = (d.members ?? [])
    .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && m.description)
    .map((m) => [`\`${m.name}\``, m.type?.text ? `\`${m.type.text}\`` : '', m.description]);
  const events = (d.events ?? []).filter((e) => e.description).map((e) => [`\`${e.name}\``, e.description ?? '']);
  const parts = (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
  const props = (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
  return [
    `### \`<${d.tagName}>\``,
    d.summary ?? d.description ?? '',
    table(['attribute', 'what it does'], attributes),
    table(['property', 'type', 'what it holds'], properties),
    table(['event', 'when'], events),
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
