/**
 * JSON text as a council officer edits it by hand: a syntax error says its
 * line and column whatever the engine's own message gives, so the person can
 * go to it in a 1,000-line file.
 */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/contract/index.js';
import { readJsonText, syntaxErrorAt } from '../../../src/contract/json-text.js';
import { minimalDocument } from '../../fixtures/documents.js';

const reasonOf = (text: string): string => {
  const result = parseDocument(text);
  if (result.ok || result.problems[0]?.code !== 'not-json')
    return expect.fail(`not-json, not ${JSON.stringify(result)}`);
  return result.problems[0].values.reason;
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
});
