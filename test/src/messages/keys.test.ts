/**
 * Every language has every message: a key in English and not in Welsh, or in
 * Welsh and not in English, fails here, as does a message that is a function
 * in one and text in the other. Text the Welsh module left in English (the
 * same string as en's) fails too, except the few strings that are the same in
 * both languages.
 */
import { expect } from '@open-wc/testing';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/index.js';

/**
 * Strings that read the same in Welsh and English: arrows (hidden from screen
 * readers), abbreviations. Not a bare dash for "none": a screen reader says
 * nothing, or "em dash", for it, so an empty cell says "None" or "Dim".
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set(['↑', '↓', '→', '▲', '▼', 'ID', 'CSV', 'Band']);

/** Settings of a language, not text: both languages are written left to right. */
const SETTINGS: ReadonlySet<string> = new Set(['messages.dir']);

interface Difference {
  path: string;
  problem: string;
}

const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Walks `a` and `b` together, listing where their shapes differ and where a string is the same in both. */
function compare(a: unknown, b: unknown, path: string, differences: Difference[], same: string[]): void {
  if (kind(a) !== kind(b)) {
    differences.push({ path, problem: `is ${kind(a)} in en but ${kind(b)} in cy` });
    return;
  }
  if (typeof a === 'string') {
    if (a === b && !SAME_IN_BOTH.has(a) && !SETTINGS.has(path)) same.push(`${path}: ${JSON.stringify(a)}`);
    return;
  }
  if (typeof a !== 'object' || a === null) return;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of Object.keys(left)) {
    if (!(key in right)) differences.push({ path: `${path}.${key}`, problem: 'is in en but not in cy' });
    else compare(left[key], right[key], `${path}.${key}`, differences, same);
  }
  for (const key of Object.keys(right)) {
    if (!(key in left)) differences.push({ path: `${path}.${key}`, problem: 'is in cy but not in en' });
  }
}

describe('messages: every language has every key', () => {
  const differences: Difference[] = [];
  const same: string[] = [];
  compare(en, cy, 'messages', differences, same);

  it('Welsh has exactly the keys of English, a function where English has one', () => {
    expect(differences.map((d) => `${d.path} ${d.problem}`)).to.deep.equal([]);
  });

  it('leaves no English text untranslated in Welsh', () => {
    // `lang` and `format.locale` differ by design; the rest is checked string by string.
    expect(same).to.deep.equal([]);
  });

  it('finds a missing key, a misplaced function and an untranslated string', () => {
    const found: Difference[] = [];
    const untranslated: string[] = [];
    compare(
      { a: { b: 'Save', c: () => 'x', d: '↑' }, e: 'Open', g: '—' },
      { a: { b: 'Cadw', c: 'x', d: '↑' }, e: 'Open', f: 1, g: '—' },
      'm',
      found,
      untranslated,
    );
    expect(found).to.deep.equal([
      { path: 'm.a.c', problem: 'is function in en but string in cy' },
      { path: 'm.f', problem: 'is in cy but not in en' },
    ]);
    expect(untranslated).to.deep.equal(['m.e: "Open"', 'm.g: "—"']);
  });

  it('gives the Welsh module its own language and locale', () => {
    expect(cy.lang).to.equal('cy');
    expect(cy.format.locale).to.equal('cy-GB');
  });
});

describe('messages: a CSV says a column the page names in the page’s word', () => {
  /** The `csv` words of each section that has them, with every other word of that section. */
  function repeated(): string[] {
    const found: string[] = [];
    const sections = en as unknown as Record<string, Record<string, unknown>>;
    const welsh = cy as unknown as Record<string, Record<string, unknown>>;
    for (const [name, section] of Object.entries(sections)) {
      const csv = section?.['csv'];
      if (typeof csv !== 'object' || csv === null) continue;
      const welshCsv = welsh[name]?.['csv'] as Record<string, unknown>;
      for (const [key, text] of Object.entries(csv)) {
        for (const [other, value] of Object.entries(section)) {
          // The same word in both languages: one key, so a council's own wording reads the same in the file.
          if (value === text && welsh[name]?.[other] === welshCsv[key])
            found.push(`${name}.csv.${key} = ${name}.${other}`);
        }
      }
    }
    return found;
  }

  it('has no CSV word that repeats, in English and Welsh alike, another word of its section', () => {
    expect(repeated()).to.deep.equal([]);
  });
});
