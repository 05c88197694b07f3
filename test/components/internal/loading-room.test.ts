/**
 * The room an element keeps while its document loads (`--pk-loading-min-height`): on a phone, the vote panel
 * grew from one line of "Loading…" to the whole proposal when the document landed, and the page below it
 * jumped out of view (a layout shift of 0.22 on the reference host's vote page, on a 360 × 740 screen).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { heldResponse, uniqueKey } from '../../fixtures/probe-element.js';
import '../../../components/index.js';

let sutton: LooseDocument;
before(async () => {
  sutton = await seedDocument('sutton');
});
const stubFetch = freshDocumentsEachTest();

/** A vote panel on a document held until `release`, given `minHeight` as its `--pk-loading-min-height`. */
async function heldPanel(minHeight?: string) {
  const src = `/held/${uniqueKey()}.json`;
  const held = heldResponse();
  stubFetch((url) => (url.includes(src) ? held.promise : undefined));
  const panel = await fixture<HTMLElement>(
    html`<vote-panel src=${src} proposal="wsoa-reporting" voter="p-carew-head" today="2019-12-10"></vote-panel>`,
  );
  if (minHeight) panel.style.setProperty('--pk-loading-min-height', minHeight);
  await waitUntil(() => panel.shadowRoot?.querySelector('.loading'), 'the panel says it is loading');
  const landed = async () => {
    await waitUntil(() => !panel.shadowRoot!.querySelector('.loading'), 'the document landed');
    expect(panel.shadowRoot!.querySelector('h2')?.textContent, 'the proposal drawn').to.include('highlight reports');
  };
  return { panel, release: () => held.release(sutton), landed };
}

describe('the room an element keeps while its document loads', () => {
  it('is the height the page asks for, so that what follows does not move when the document lands', async () => {
    const { panel, release, landed } = await heldPanel('400px');
    expect(panel.getBoundingClientRect().height).to.be.at.least(400);
    release();
    await landed();
  });

  it('is given up once the document has landed: the content takes its own height', async () => {
    const { panel, release, landed } = await heldPanel('5000px');
    release();
    await landed();
    expect(panel.getBoundingClientRect().height).to.be.below(5000);
  });

  it('is nothing unless the page asks: the loading line keeps its own height', async () => {
    const { panel, release, landed } = await heldPanel();
    expect(panel.getBoundingClientRect().height).to.be.below(100);
    release();
    await landed();
  });
});
