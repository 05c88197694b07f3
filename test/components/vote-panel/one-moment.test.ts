// The panel reads its clock once a render (issue 12): who may vote, each seat's form and the count are judged at
// the moment read, where each part read it again (the clock's attribute checked, a date-time parsed and written).
import { expect } from '@open-wc/testing';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { uniqueKey } from '../../fixtures/probe-element.js';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';

freshDocumentsEachTest();
let element: VotePanel | undefined;
afterEach(() => element?.remove());

/** The panel's clock, read by its render and its parts: a private method, counted from the prototype. */
type Clocked = { castNow(): string };

describe('the vote panel’s clock', () => {
  it('is read once a render, for the vote, the seat’s form and the count', async () => {
    element = document.createElement('vote-panel');
    const src = `${location.origin}/demo/data/sutton.json?${uniqueKey()}`;
    const attributes = {
      src,
      live: 'off',
      today: '2019-12-10',
      now: '2019-12-10T16:30:00+00:00',
      proposal: 'wsoa-reporting',
      voter: 'p-carew-head',
    };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.submit = async () => undefined;
    document.body.append(element);
    for (let turn = 0; turn < 200 && !element.shadowRoot?.querySelector('.seat-form'); turn += 1)
      await new Promise((done) => setTimeout(done, 10));
    await element.updateComplete;
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
