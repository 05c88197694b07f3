// What every element shows when it cannot have its document: the error
// summary, announced, saying what went wrong, with nothing of the document
// beside it, and one partnership-error that leaves the shadow root. One suite
// for every element (test/fixtures/all-elements.ts): each shows its failure
// through the shared base class, and a copy of these tests per element drifted.
import { expect } from '@open-wc/testing';
import type { LoadFailure } from '../../src/data/index.js';
import { en } from '../../src/messages/en.js';
import { cy } from '../../src/messages/cy.js';
import { ELEMENTS } from '../fixtures/all-elements.js';
import { minimalDocument } from '../fixtures/documents.js';
import { documentUrl, failOnPageErrors, respondUrl, uniqueKey } from '../fixtures/probe-element.js';
import { shadowOf, showElement, until } from '../fixtures/show-element.js';
import { textOf } from '../fixtures/text.js';
import { everyNode, said, speech, wholePageTree } from '../fixtures/spoken.js';
import { errorPaths, partnershipErrorsEachTest, untilOneFailure } from '../fixtures/failures.js';
import { freshDocumentsEachTest, offline } from '../fixtures/fresh-documents.js';

const stubFetch = freshDocumentsEachTest();

/** A document the contract refuses, with the path its error summary names. */
function brokenDocument() {
  const doc = minimalDocument();
  doc.partnership.name = '';
  return doc;
}

/** Each failure: what the test calls it, the source attributes that cause it, and what the failure says. */
const FAILURES: [what: string, source: () => Record<string, string>, failure: Partial<LoadFailure>][] = [
  [
    'network failure: says the connection failed',
    () => {
      const src = `/offline/${uniqueKey()}.json`;
      stubFetch(offline(src));
      return { src };
    },
    { kind: 'network', message: 'Failed to fetch' },
  ],
  [
    'HTTP 404: says it could not be found',
    () => ({ src: respondUrl({ status: 404, type: 'text/plain', body: 'Not Found' }) }),
    { kind: 'http', status: 404 },
  ],
  [
    'HTTP 500: names the status',
    () => ({ src: respondUrl({ status: 500, type: 'text/plain', body: '' }) }),
    { kind: 'http', status: 500 },
  ],
  [
    'not JSON: says so',
    () => ({ src: respondUrl({ type: 'text/html', body: '<h1>Sign in</h1>' }) }),
    { kind: 'not-json' },
  ],
  ['no source: says how to give one', () => ({}), { kind: 'no-source' }],
  // Fetched, the page itself came back ("sent a web page"): a CMS field left blank writes spaces.
  ['a src of spaces alone: says no document was given', () => ({ src: '   ' }), { kind: 'no-source' }],
  [
    // Fetched, it failed as a lost connection does, and a member was told to check their connection.
    'a src that is no web address: says so, naming what it starts with',
    () => ({ src: 'ftp://files.council.example/sutton.json' }),
    { kind: 'not-web-address', scheme: 'ftp:' },
  ],
  [
    // React 18 sets `data={doc}` as an attribute; the element said "No partnership document was given. Set the src…".
    'a data attribute, as React 18 writes a document: says to set the property',
    () => ({ data: '[object Object]' }),
    { kind: 'no-source', dataAttribute: '[object Object]' },
  ],
  [
    'a fetched document that breaks the contract: says so',
    () => ({ src: documentUrl(brokenDocument()) }),
    { kind: 'contract' },
  ],
];

for (const [tag, attrs] of ELEMENTS) {
  describe(`<${tag}>: a document it cannot have`, () => {
    failOnPageErrors();
    const errors = partnershipErrorsEachTest();

    for (const [what, source, expected] of FAILURES) {
      it(what, async () => {
        const element = await showElement(tag, { ...attrs, today: '2019-12-10', ...source() });
        const failure = await untilOneFailure(element, errors);
        expect(failure).to.include(expected);
        const summary = shadowOf(element).querySelector('[part="error-summary"]');
        const alert = summary?.querySelector('[role="alert"]') ?? null;
        expect(alert, 'the error summary is announced').not.to.equal(null);
        expect(textOf(alert)).to.contain(en.shared.problemTitle).and.contain(en.shared.failure(failure));
        expect(textOf(summary)).to.contain(en.shared.problemTitle).and.contain(en.shared.failure(failure));
      });
    }

    // The whole summary was one assertive alert: a screen reader read out every problem at once, 1,898 characters
    // for the demo's broken document, and could not be stopped to find one. GOV.UK's summary is heard by its heading.
    it('a document with several problems: the alert says the heading and the count, the list follows it', async () => {
      const doc = brokenDocument();
      Object.assign(doc.partnership, { website: 'https://example.org' });
      const element = await showElement(tag, { ...attrs, src: documentUrl(doc) });
      const failure = await untilOneFailure(element, errors);
      const summary = shadowOf(element).querySelector('[part="error-summary"]')!;
      const alert = summary.querySelector('[role="alert"]')!;
      expect(said(textOf(alert))).to.equal(said(`${en.shared.problemTitle} ${en.shared.failure(failure)}`));
      const list = summary.querySelector('.error-summary__list')!;
      expect(list.querySelectorAll('li'), 'each problem').to.have.length(2);
      expect(alert.contains(list), 'the problems are not in the alert').to.equal(false);

      const tree = await wholePageTree();
      const heard = everyNode(tree).filter((node) => node.role === 'alert');
      expect(heard.map(speech)).to.deep.equal([said(`${en.shared.problemTitle} ${en.shared.failure(failure)}`)]);
      const listed = everyNode(tree).filter((node) => node.role === 'list' && speech(node).includes('website'));
      expect(listed, 'the list, after the alert, for a reader to go on to').to.have.length(1);
    });

    it('a fetched document that breaks the contract: the summary names the path', async () => {
      const element = await showElement(tag, { ...attrs, src: documentUrl(brokenDocument()) });
      await untilOneFailure(element, errors);
      expect(errorPaths(element)).to.deep.equal(['partnership.name']);
    });
  });
}

describe('a file that is not JSON, on a Welsh page', () => {
  failOnPageErrors();
  const errors = partnershipErrorsEachTest();

  it('names the mistake and its place in Welsh, not in the browser’s English', async () => {
    const [tag, attrs] = ELEMENTS[0]!;
    const body = '{\n  "contract": "partnership-kit/1",\n}';
    const src = respondUrl({ type: 'application/json', body });
    const element = await showElement(tag, { ...attrs, today: '2019-12-10', lang: 'cy', src });
    const summary = () => textOf(shadowOf(element).querySelector('[part="error-summary"]'));
    await until(() => summary().includes(cy.shared.problemTitle), 'the Welsh error summary');
    await until(() => errors.events.some((e) => e.target === element), 'a partnership-error');
    const failure = errors.events.find((e) => e.target === element)!.detail.failure;
    expect(failure).to.deep.include({ kind: 'not-json', syntax: { line: 2, column: 34, code: 'comma-after-last' } });
    expect(summary()).to.contain(cy.shared.failure(failure)).and.contain('llinell 2 colofn 34');
    expect(summary()).to.contain('Dilëwch y coma ar ôl yr eitem olaf.');
    expect(summary()).not.to.contain('Unexpected').and.not.to.contain('is not valid JSON');
  });
});
