// An element inside a <partnership-data> whose script the page lacks (element files loaded one by one, without
// partnership-data.js): it said it had no document, "or place it inside <partnership-data src=…>", which it was.
// Now it says which script to add, and shows the document once that script runs. While the page is still loading
// it waits for the script, rather than fire a `partnership-error` that a later script tag puts right.
import { expect } from '@open-wc/testing';
import {
  collectPartnershipErrors,
  documentUrl,
  failOnPageErrors,
  untilShows,
  type ProbeElement,
} from '../../fixtures/probe-element.js';
import { namedDocument } from '../../fixtures/documents.js';
import { en } from '../../../src/messages/en.js';
import { shownText } from '../../fixtures/text.js';

failOnPageErrors();

/** A probe inside a `<partnership-data>` (not defined in this page until `define`) loading the document `name`. */
function insideData(name: string): { data: HTMLElement; probe: ProbeElement } {
  const data = document.createElement('partnership-data');
  data.setAttribute('src', documentUrl(namedDocument(name)));
  const probe = data.appendChild(document.createElement('probe-element'));
  return { data, probe };
}

/** Runs `during` while the page reads as still loading its scripts, then lets it load. */
async function whileLoading(during: () => Promise<void>): Promise<void> {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
  try {
    await during();
  } finally {
    delete (document as { readyState?: unknown }).readyState;
  }
}

describe('an element inside a <partnership-data> whose script is not on the page', () => {
  // One test: the page can define <partnership-data> once, and both elements show the document when it does.
  it('says which script to add once the page has loaded, waits while it loads, and shows the document when the script runs', async () => {
    const errors = collectPartnershipErrors();
    const loaded = insideData('Loaded Partnership');
    document.body.append(loaded.data);
    await untilShows(loaded.probe, 'partnership-data.js');
    expect(shownText(loaded.probe)).to.contain(en.shared.failure({ kind: 'no-source', dataUndefined: true }));
    expect(errors.events.map((event) => event.detail.failure)).to.deep.equal([
      { kind: 'no-source', dataUndefined: true },
    ]);

    const loading = insideData('Loading Partnership');
    await whileLoading(async () => {
      document.body.append(loading.data);
      await loading.probe.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shownText(loading.probe)).not.to.contain('partnership-data.js');
      expect(errors.events, 'no failure while a later script may define it').to.have.length(1);
      await import('../../../components/partnership-data/partnership-data.js');
      await untilShows(loading.probe, 'Loading Partnership');
    });
    await untilShows(loaded.probe, 'Loaded Partnership');
    expect(errors.events).to.have.length(1);
    errors.stop();
    loaded.data.remove();
    loading.data.remove();
  });
});
