// The quorum verdict at 320 px in Welsh, the longer language: its explanation
// goes under the tag rather than being squeezed beside it to a word a line and
// cut off at the element's edge (found in a browser review, December 2026).
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { placeAt, resetWindow, widerThan } from '../action-tracker/layout-helpers.js';

type Indicator = HTMLElement & { updateComplete: Promise<boolean> };

describe('<quorum-indicator> verdict at 320 px, in Welsh', () => {
  afterEach(resetWindow);

  it('keeps the tag and its explanation inside the element, the explanation under the tag', async () => {
    const indicator = document.createElement('quorum-indicator') as Indicator;
    const attrs = {
      src: '/demo/data/sutton.json',
      meeting: 'elg-2019-12-10',
      now: '2019-12-10T16:30:00+00:00',
      lang: 'cy',
    };
    for (const [name, value] of Object.entries(attrs)) indicator.setAttribute(name, value);
    await placeAt(320, indicator);
    await waitUntil(() => indicator.shadowRoot?.querySelector('[part~=now-verdict]'), 'the verdict for now', {
      timeout: 5000,
    });
    await indicator.updateComplete;
    expect(widerThan(indicator)).to.deep.equal([]);
    const verdict = indicator.shadowRoot!.querySelector('[part~=now-verdict]')!;
    const tag = verdict.querySelector('.tag')!;
    const explanation = verdict.querySelector('span:not(.visually-hidden)')!;
    const below = explanation.getBoundingClientRect().top >= tag.getBoundingClientRect().bottom - 1;
    expect(below, 'the explanation starts below the tag').to.equal(true);
    // A screen reader reads the line's text: the tag, a full stop only it hears, then the explanation.
    expect(verdict.textContent).to.equal(`${tag.textContent}. ${explanation.textContent}`);
    expect(tag.textContent!.length && explanation.textContent!.length).to.be.greaterThan(0);
  });
});
