/**
 * A document that takes longer than usual to arrive (a phone's mobile data stalled): the element adds that it
 * is still loading, rather than showing "Loading…" unchanged until the fetch times out, and drops the words
 * once the document has come.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureData } from '../../../src/data/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { heldResponse, uniqueKey } from '../../fixtures/probe-element.js';
import { textOf } from '../../fixtures/text.js';
import '../../../components/index.js';

let sutton: LooseDocument;
let restore: () => void;
before(async () => {
  sutton = await seedDocument('sutton');
});
beforeEach(() => {
  restore = configureData({ slowLoadingMs: 50 });
});
afterEach(() => restore());
const stubFetch = freshDocumentsEachTest();

/** A roster in `lang` on a document held until `release`. */
async function heldRoster(lang = 'en') {
  const src = `/held/${uniqueKey()}.json`;
  const held = heldResponse();
  stubFetch((url) => (url.includes(src) ? held.promise : undefined));
  const roster = await fixture<HTMLElement>(html`<partnership-roster src=${src} lang=${lang}></partnership-roster>`);
  const loading = () => textOf(roster.shadowRoot?.querySelector('.loading'));
  return { roster, loading, release: () => held.release(sutton) };
}

describe('a document that takes longer than usual to load', () => {
  it('is said to be still loading, beside the loading line, and the words go once it has come', async () => {
    const { roster, loading, release } = await heldRoster();
    await waitUntil(() => loading().includes(en.shared.loadingSlow), 'said to be slow');
    expect(loading()).to.equal(`${en.shared.loading} ${en.shared.loadingSlow}`);
    expect(roster.shadowRoot!.querySelectorAll('[role=status]').length, 'one status region').to.equal(1);
    release();
    await waitUntil(() => roster.shadowRoot!.querySelector('table'), 'the roster drawn');
    expect(textOf(roster.shadowRoot!)).not.to.include(en.shared.loadingSlow);
  });

  it('is said in the element’s language', async () => {
    const { loading, release } = await heldRoster('cy');
    await waitUntil(() => loading().includes(cy.shared.loadingSlow), 'said to be slow, in Welsh');
    release();
  });
});
