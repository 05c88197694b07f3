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

  it('counts from when the load began: an element moved on the page does not start the count again', async () => {
    restore();
    restore = configureData({ slowLoadingMs: 1000 });
    const began = performance.now();
    const { roster, loading, release } = await heldRoster();
    // A portal's script moves the element (a layout change, a framework re-parenting it): its request goes on.
    await new Promise((moved) => setTimeout(moved, 600));
    const movedAt = performance.now();
    roster.parentElement!.append(document.createElement('div'), roster);
    await waitUntil(() => loading().includes(en.shared.loadingSlow), 'said to be slow', { timeout: 4000 });
    // Started again at the move, it would be said no sooner than 1000 ms after it: here it is said about 1000 ms
    // after the element was put on the page (the margin is for a busy machine's late timers).
    expect(performance.now() - began, `said ${Math.round(performance.now() - movedAt)} ms after the move`).to.be.below(
      movedAt - began + 1000,
    );
    release();
  });

  it('is said in the element’s language', async () => {
    const { loading, release } = await heldRoster('cy');
    await waitUntil(() => loading().includes(cy.shared.loadingSlow), 'said to be slow, in Welsh');
    release();
  });
});
