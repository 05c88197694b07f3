// The panel reads its clock once a render (issue 12): who may vote, each seat's form and the count are judged at
// the moment read, where each part read it again (the clock's attribute checked, a date-time parsed and written).
import { expect } from '@open-wc/testing';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { mountHolderPanel } from '../../fixtures/holder-vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';

freshDocumentsEachTest();
let element: VotePanel | undefined;
afterEach(() => element?.remove());

/** The panel's clock, read by its render and its parts: a private method, counted from the prototype. */
type Clocked = { castNow(): string };

describe('the vote panel’s clock', () => {
  it('is read once a render, for the vote, the seat’s form and the count', async () => {
    element = await mountHolderPanel('.seat-form');
    expect(element.shadowRoot!.querySelector('.tally tbody tr'), 'the count is drawn').not.to.equal(null);

    const prototype = Object.getPrototypeOf(element) as Clocked;
    const castNow = prototype.castNow;
    let reads = 0;
    prototype.castNow = function (this: Clocked) {
      reads += 1;
      return castNow.call(this);
    };
    try {
      element.requestUpdate();
      await element.updateComplete;
    } finally {
      prototype.castNow = castNow;
    }
    expect(reads, 'reads of the clock in one render').to.equal(1);
  });
});
