/**
 * JSON text a council's web team edits by hand, often in a CMS (reviewed December 2026): a field name written
 * twice in one object, which JSON.parse reads as the last and so kept an old seat holder with no error, and the
 * characters a CMS puts in pasted JSON (a non-breaking or zero-width space, `&quot;`, a tab or a line break
 * inside a text), which were only "Check the text there".
 */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/contract/index.js';
import { readJsonText, type JsonSyntaxError } from '../../../src/contract/json-text.js';
import { checkJsonText, fetchDocument } from '../../../src/data/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { enCore } from '../../../src/messages/en-core.js';

/** The mistake `readJsonText` names in `text`. */
const syntaxOf = (text: string): JsonSyntaxError | undefined => {
  const read = readJsonText(text);
  return read.ok ? expect.fail(`${text.slice(0, 40)} parsed`) : read.syntax;
};

/** The Sutton document as the demo serves it. */
const sutton = async () => (await fetch('/demo/data/sutton.json')).text();

/** Line and column of offset `at` in `text`, as an editor shows them. */
const placeOf = (text: string, at: number) => {
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
};

describe('contract: a field name written twice in one object', () => {
  it('is refused at the second, naming the field and where the first is: the old seat holder was kept', async () => {
    // The reviewer's case: the clerk adds the new holder above the old one and leaves the old line in.
    const text = await sutton();
    const edited = text.replace(
      '"holder": "p-limes-head"',
      '"holder": "p-carew-deputy",\n          "holder": "p-limes-head"',
    );
    expect(edited).not.to.equal(text);
    const first = edited.indexOf('"holder": "p-carew-deputy"');
    const second = edited.indexOf('"holder": "p-limes-head"');
    const result = parseDocument(edited);
    expect(result.ok).to.equal(false);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.code).to.equal('not-json');
    const syntax = problem?.code === 'not-json' ? problem.values.syntax : undefined;
    expect(syntax).to.deep.equal({
      ...placeOf(edited, second),
      code: 'repeated-name',
      name: 'holder',
      first: placeOf(edited, first),
    });
    const { line, column } = placeOf(edited, first);
    expect(enCore.json.mistake(syntax!)).to.equal(
      `The field "holder" is written twice in the same object, first at line ${line} column ${column}: keep one, and delete the line that is wrong.`,
    );
    expect(cy.json.mistake(syntax!)).to.contain(`"holder"`).and.to.contain(`ar linell ${line} colofn ${column}`);
  });

  it('finds a name written twice however it is escaped, and only in the same object', () => {
    expect(syntaxOf('{"a": 1, "\\u0061": 2}')).to.deep.equal({
      line: 1,
      column: 10,
      code: 'repeated-name',
      name: 'a',
      first: { line: 1, column: 2 },
    });
    expect(syntaxOf('{"a": {"b": 1}, "c": [{"b": 2, "x\\"y": 3}], "c": 4}')).to.include({
      column: 45,
      name: 'c',
    });
    // The same name in sibling or nested objects, or a text value equal to a name, is JSON.
    for (const ok of [
      '{"a": {"a": 1}, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}',
      '{"a": "b", "b": "a", "x\\\\": ":", "y": {"a": [":", "a"]}}',
      '[{}, [], "\\"a\\": 1, \\"a\\": 2"]',
    ]) {
      expect(readJsonText(ok).ok, ok).to.equal(true);
    }
  });

  it('is said in both languages, and so is every new mistake', () => {
    const mistakes: JsonSyntaxError[] = [
      { line: 2, column: 3, code: 'repeated-name', name: 'holder', first: { line: 1, column: 2 } },
      { line: 1, column: 2, code: 'invisible', codePoint: 'U+200B' },
      { line: 1, column: 2, code: 'invisible', codePoint: 'U+2003' },
      { line: 1, column: 2, code: 'html-entity', entity: '&quot;', means: '"' },
      { line: 1, column: 2, code: 'html-entity', entity: '&amp;' },
      { line: 1, column: 2, code: 'tab-in-text' },
      { line: 1, column: 2, code: 'break-in-text' },
    ];
    for (const mistake of mistakes) {
      expect(enCore.json.mistake(mistake), mistake.code).not.to.equal('');
      expect(cy.json.mistake(mistake), mistake.code).not.to.equal('');
      const failure = { kind: 'not-json', url: '/d.json', message: 'x', syntax: mistake } as const;
      expect(en.shared.failure(failure)).to.contain(enCore.json.mistake(mistake));
      expect(cy.shared.failure(failure)).to.contain(cy.json.mistake(mistake));
    }
  });
});

describe('contract: what a CMS puts into pasted JSON', () => {
  it('names an invisible character between items, by its name and code point', () => {
    const cases: [string, JsonSyntaxError][] = [
      ['{\u200b"a": 1}', { line: 1, column: 2, code: 'invisible', codePoint: 'U+200B' }],
      ['{"a": 1,\n\u2060 "b": 2}', { line: 2, column: 1, code: 'invisible', codePoint: 'U+2060' }],
      // A byte-order mark is taken at the start only: one further on is a second file pasted in, or an editor's.
      ['{"a":\ufeff1}', { line: 1, column: 6, code: 'invisible', codePoint: 'U+FEFF' }],
      ['[1,\u2003 2]', { line: 1, column: 4, code: 'invisible', codePoint: 'U+2003' }],
      ['[1]\u200b', { line: 1, column: 4, code: 'invisible', codePoint: 'U+200B' }],
    ];
    for (const [text, syntax] of cases) expect(syntaxOf(text), JSON.stringify(text)).to.deep.equal(syntax);
    const zwsp = { line: 1, column: 2, code: 'invisible', codePoint: 'U+200B' } as const;
    expect(enCore.json.mistake(zwsp)).to.contain('a zero-width space (U+200B)').and.to.contain('plain text');
    expect(cy.json.mistake(zwsp)).to.contain('(U+200B)').and.to.contain('testun plaen');
  });

  it('names &quot; written for a quote, and other HTML entities', () => {
    expect(syntaxOf('{&quot;a&quot;: 1}')).to.deep.equal({
      line: 1,
      column: 2,
      code: 'html-entity',
      entity: '&quot;',
      means: '"',
    });
    expect(syntaxOf('{"a": &#34;b&#34;}')).to.include({ column: 7, entity: '&#34;', means: '"' });
    expect(syntaxOf('{"a":&nbsp;1}')).to.include({ column: 6, entity: '&nbsp;', means: ' ' });
    expect(syntaxOf('[&amp;]')).to.deep.equal({ line: 1, column: 2, code: 'html-entity', entity: '&amp;' });
    // Inside a text, an entity is the text's own.
    expect(readJsonText('{"a": "&quot;b&quot;"}')).to.deep.equal({ ok: true, value: { a: '&quot;b&quot;' } });
    const quot = { line: 1, column: 2, code: 'html-entity', entity: '&quot;', means: '"' } as const;
    expect(enCore.json.mistake(quot)).to.contain('&quot;').and.to.contain('write " in its place');
  });

  it('names a tab or a line break inside a text, at the character', () => {
    expect(syntaxOf('{"a": "Sutton\tEducation"}')).to.deep.equal({ line: 1, column: 14, code: 'tab-in-text' });
    expect(syntaxOf('{"a": "Sutton\nEducation"}')).to.deep.equal({ line: 1, column: 14, code: 'break-in-text' });
    expect(syntaxOf('{"a": "Sutton\r\nEducation"}')).to.deep.equal({ line: 1, column: 14, code: 'break-in-text' });
    // A closing quote left out: the text runs on to the line's end, and the message says to add it.
    expect(syntaxOf('{\n  "a": "Sutton,\n  "b": 2\n}')).to.deep.equal({ line: 2, column: 16, code: 'break-in-text' });
    expect(enCore.json.mistake({ line: 1, column: 1, code: 'break-in-text' })).to.contain('closing "');
  });

  it('reads a non-breaking space between items as a space, from src as inline: the two paths agree', async () => {
    // A rich-text editor writes a run of spaces as non-breaking ones; inline JSON took them (editor-markup.ts),
    // a file at src refused them, so the same text worked pasted into the page and failed as a file.
    const text = (await sutton()).replace('"contract": "partnership-kit/1"', '"contract":\u00a0"partnership-kit/1"');
    const indented = text.replace(/\n {4}/g, '\n\u00a0 \u00a0');
    for (const t of [text, indented]) {
      expect(readJsonText(t).ok).to.equal(true);
      expect(parseDocument(t).ok).to.equal(true);
      expect(checkJsonText(t).ok).to.equal(true);
      const fetcher = () => Promise.resolve(new Response(t));
      expect((await fetchDocument('/nbsp.json', fetcher as typeof fetch)).ok).to.equal(true);
    }
    // Inside a text it is the text's own, as before.
    expect(readJsonText('{"a": "x\u00a0y"}')).to.deep.equal({ ok: true, value: { a: 'x\u00a0y' } });
    // The mistake after it is still found, at its place.
    expect(syntaxOf('{"a":\u00a01,}')).to.deep.equal({ line: 1, column: 8, code: 'comma-after-last' });
  });
});
