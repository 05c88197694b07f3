/**
 * JSON text as a council officer edits it by hand: a syntax error says its
 * line and column whatever the engine's own message gives, so the person can
 * go to it in a 1,000-line file.
 */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/contract/index.js';
import { readJsonText, syntaxErrorAt, type JsonSyntaxError } from '../../../src/contract/json-text.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { enCore } from '../../../src/messages/en-core.js';
import { minimalDocument } from '../../fixtures/documents.js';

const reasonOf = (text: string): string => {
  const result = parseDocument(text);
  if (result.ok || result.problems[0]?.code !== 'not-json')
    return expect.fail(`not-json, not ${JSON.stringify(result)}`);
  return result.problems[0].values.reason;
};

/** The mistake `readJsonText` names in `text`, at its line and column. */
const syntaxOf = (text: string): JsonSyntaxError | undefined => {
  const read = readJsonText(text);
  return read.ok ? expect.fail(`${text} parsed`) : read.syntax;
};

/** The document as an editor shows it, with `mistake` made to its text. */
const edited = (mistake: (text: string) => string) => mistake(JSON.stringify(minimalDocument(), null, 2));

describe('contract: a JSON syntax error', () => {
  it('says the line and column of a comma left after the last entry of a list', () => {
    // V8 says "Unexpected token ']', ..."ate", ] }..." with no position, and Safari "Expected ..." with none.
    const text = edited((t) => t.replace(/("seats": \[[\s\S]*?\})(\s*\])/, '$1,$2'));
    const at = syntaxErrorAt(text)!;
    expect(text[at]).to.equal(']');
    const line = text.slice(0, at).split('\n').length;
    expect(reasonOf(text)).to.match(new RegExp(`\\(line ${line} column \\d+\\)$`));
  });

  it('says the line and column of a comma left after the last field of an object, once', () => {
    const text = edited((t) => t.replace('"contract": "partnership-kit/1"', '"contract": "partnership-kit/1",,'));
    expect(reasonOf(text).match(/line \d+ column \d+/g)).to.deep.equal(['line 2 column 35']);
  });

  it('says the line and column of a value left unquoted, whatever words the value has', () => {
    // V8 quotes ten characters either side of the error ('..."name": line 12 pa"... is not valid JSON'): its
    // "line 12" is the document's words, not the engine's place, and was taken as one, so no place was said.
    for (const words of ['line 12 partnership', 'position 3 partnership']) {
      const text = edited((t) => t.replace('"Test Education Partnership"', words));
      const at = text.indexOf(words);
      const line = text.slice(0, at).split('\n').length;
      const column = at - text.lastIndexOf('\n', at - 1);
      expect(reasonOf(text), words).to.match(new RegExp(`\\(line ${line} column ${column}\\)$`));
    }
  });

  it('finds the first error of each kind a hand edit makes, and none in JSON', () => {
    const cases: [string, number | undefined][] = [
      ['{"a": [1, 2, ]}', 13],
      ['{"a": 1,}', 8],
      ["{'a': 1}", 1],
      ['{"a": tru}', 6],
      ['{"a": "line\nbreak"}', 11],
      ['{"a": "\\x"}', 8],
      ['{"a" 1}', 5],
      ['{"a": 1} {"b": 2}', 9],
      ['{"a": [1, 2}', 11],
      ['{"a": 01}', 7],
      ['', 0],
      ['{"a": "open', 11],
      ['{"a": [{"b": null, "c": [true, false, -1.5e3, "\\u00e9\\n"]}], "d": {}}', undefined],
      [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, undefined],
    ];
    for (const [text, at] of cases) expect(syntaxErrorAt(text), text.slice(0, 40)).to.equal(at);
  });

  it('never says a place JSON.parse disagrees with: valid text has none', () => {
    const text = JSON.stringify(minimalDocument(), null, 2);
    expect(syntaxErrorAt(text)).to.equal(undefined);
    expect(readJsonText(`\uFEFF${text}`)).to.deep.equal({ ok: true, value: minimalDocument() });
  });

  it('names, at its line and column, each mistake people make editing JSON by hand', () => {
    const cases: [string, JsonSyntaxError][] = [
      // A comma after the last item: at the comma, which the reader is told to delete, not where the engine stops.
      // In an object or a list, on one line or across lines (a CRLF file, blank lines, one inside another).
      ['[1, 2,]', { line: 1, column: 6, code: 'comma-after-last' }],
      ['{"a": 1 , }', { line: 1, column: 9, code: 'comma-after-last' }],
      ['{\n  "a": 1,\n}', { line: 2, column: 9, code: 'comma-after-last' }],
      ['{\n  "a": 1,\n\n\n}', { line: 2, column: 9, code: 'comma-after-last' }],
      ['[\n  1,\n  2,\n]', { line: 3, column: 4, code: 'comma-after-last' }],
      ['{"a": [1, 2,\r\n  ]}', { line: 1, column: 12, code: 'comma-after-last' }],
      ['{\n  "a": {\n    "b": [1,],\n  },\n}', { line: 3, column: 12, code: 'comma-after-last' }],
      ['{"a": 1,,"b": 2}', { line: 1, column: 9, code: 'extra-comma' }],
      ['[,1]', { line: 1, column: 2, code: 'extra-comma' }],
      // A comma left out: at the item after it, as editors show it.
      ['{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, code: 'missing-comma' }],
      ['[{"a": 1}\n{"b": 2}]', { line: 2, column: 1, code: 'missing-comma' }],
      ['[1 2]', { line: 1, column: 4, code: 'missing-comma' }],
      ['{"a": 1, // why\n "b": 2}', { line: 1, column: 10, code: 'comment' }],
      ['{"a": /* why */ 1}', { line: 1, column: 7, code: 'comment' }],
      ["{'a': 1}", { line: 1, column: 2, code: 'single-quotes' }],
      ['{"a": \'b\'}', { line: 1, column: 7, code: 'single-quotes' }],
      ['{“a”: 1}', { line: 1, column: 2, code: 'curly-quote', quote: '“' }],
      ['{"a": ‘b’}', { line: 1, column: 7, code: 'curly-quote', quote: '‘' }],
      // Opened straight and closed curly, the text runs on to the line's end: the place is the curly quote.
      ['{"a": "Sutton”,\n "b": 2}', { line: 1, column: 14, code: 'curly-quote', quote: '”' }],
      ['{\n  name: "x"}', { line: 2, column: 3, code: 'unquoted-name', word: 'name' }],
      ['{"a": Bus line 12}', { line: 1, column: 7, code: 'unquoted-text', word: 'Bus' }],
      ['{"a": True}', { line: 1, column: 7, code: 'not-json-word', word: 'True', use: 'true' }],
      ['[False]', { line: 1, column: 2, code: 'not-json-word', word: 'False', use: 'false' }],
      ['{"a": None}', { line: 1, column: 7, code: 'not-json-word', word: 'None', use: 'null' }],
      ['{"a": NULL}', { line: 1, column: 7, code: 'not-json-word', word: 'NULL', use: 'null' }],
      ['{"a": undefined}', { line: 1, column: 7, code: 'not-json-word', word: 'undefined' }],
      ['{"a": NaN}', { line: 1, column: 7, code: 'not-json-word', word: 'NaN' }],
      // The file ends early: the bracket still open is the innermost, with where it opened.
      ['{\n  "a": [1, 2\n', { line: 3, column: 1, code: 'not-closed', bracket: '[', opened: { line: 2, column: 8 } }],
      ['{"a": "open', { line: 1, column: 12, code: 'not-closed', bracket: '{', opened: { line: 1, column: 1 } }],
      // A bracket closed by the other kind: the one still open.
      ['{"a": [1, 2}', { line: 1, column: 12, code: 'not-closed', bracket: '[', opened: { line: 1, column: 7 } }],
      // Anything else: the place, and no name.
      ['{"a" 1}', { line: 1, column: 6, code: 'other' }],
      ['{"a": 01}', { line: 1, column: 8, code: 'other' }],
      // Text after the JSON has ended: a closing bracket too many (a block deleted), or a second document.
      ['{"a": {"b": 1}}}', { line: 1, column: 16, code: 'after-end', bracket: '}' }],
      ['{"a": 1} {"b": 2}', { line: 1, column: 10, code: 'after-end' }],
      // No text at all, or only spaces: "check the text there" pointed at a mistake where there is nothing.
      ['', { line: 1, column: 1, code: 'empty' }],
      ['  \n', { line: 2, column: 1, code: 'empty' }],
    ];
    for (const [text, syntax] of cases) expect(syntaxOf(text), text).to.deep.equal(syntax);
  });

  it('carries the mistake to the not-json problem, beside the engine’s words', () => {
    const text = edited((t) => t.replace('"partnership-kit/1"', "'partnership-kit/1'"));
    const result = parseDocument(text);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.code === 'not-json' && problem.values.syntax).to.deep.equal({
      line: 2,
      column: 15,
      code: 'single-quotes',
    });
  });
});

// A comma after the last item, where the reader is told to delete it: the place is the comma's own line and column,
// not the bracket after it, and a line or column is plain digits an editor's "go to line" box takes.
describe('contract: a comma after the last item', () => {
  it('is placed at the comma at the end of a long file, and said in plain digits in English and Welsh', async () => {
    // The reviewer's case: the Sutton document with a comma after its last member, far past line 1,000.
    const sutton = await (await fetch('/demo/data/sutton.json')).text();
    const lines = sutton.trimEnd().split('\n');
    const last = lines.length - 2;
    const text = lines.map((l, i) => (i === last ? `${l},` : l)).join('\n');
    const line = last + 1;
    const column = lines[last]!.length + 1;
    expect(line).to.be.above(1000);
    const syntax = syntaxOf(text)!;
    expect(syntax).to.deep.equal({ line, column, code: 'comma-after-last' });
    const failure = { kind: 'not-json', url: '/d.json', message: 'Unexpected token', syntax } as const;
    expect(en.shared.failure(failure)).to.contain(`, line ${line} column ${column}. Delete the comma`);
    expect(cy.shared.failure(failure)).to.contain(`, llinell ${line} colofn ${column}. Dilëwch y coma`);
  });

  it('says every place in plain digits, never with a thousands separator', () => {
    const far = { line: 12345, column: 1024 };
    expect(enCore.json.place(far)).to.equal('line 12345 column 1024');
    expect(cy.json.place(far)).to.equal('llinell 12345 colofn 1024');
    const opened = { line: 1234, column: 5 };
    const unclosed = { line: 2000, column: 1, code: 'not-closed', bracket: '{', opened } as const;
    expect(enCore.json.mistake(unclosed)).to.equal('The { opened at line 1234 column 5 is not closed: add }.');
    expect(cy.json.mistake(unclosed)).to.equal(
      'Nid yw’r { a agorwyd ar linell 1234 colofn 5 wedi’i gau: ychwanegwch }.',
    );
    const problem = { reason: 'Unexpected token', syntax: { line: 1423, column: 1, code: 'other' } } as const;
    expect(enCore.problems['not-json'](problem)).to.contain('at line 1423 column 1.');
    expect(cy.problems['not-json'](problem)).to.contain('ar linell 1423 colofn 1.');
  });
});
