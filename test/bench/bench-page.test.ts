import { expect } from '@open-wc/testing';
import { checkBaselines, drawnBy } from '../../bench/bench-page.js';
import { ELEMENT_TAGS } from '../../bench/widgets.js';

// `npm run bench` refuses to measure when a baseline no longer draws with its element's own style sheets or
// tones (bench/baselines.ts writes them out). Checked here too, so a change to an element's styles that the
// bench's baselines do not follow fails the tests, not a bench run sessions later.
describe('bench: the hand-written baselines', () => {
  it('draw with each element’s own style sheets, and the action tracker’s tones', () => {
    expect(() => checkBaselines()).not.to.throw();
  });
});

// The warm render's ratio is only honest while each baseline draws its element's DOM: the same elements, with
// the same classes, in the same order, and the same text. A change to an element that its baseline does not
// follow fails here, not silently in the bench's figures.
describe('bench: each hand-written baseline draws its element’s DOM', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`${tag}, from the Sutton document`, async () => {
      const { element, baseline } = await drawnBy(tag, new URL('/demo/data/sutton.json', location.href).href);
      expect(baseline.elements).to.deep.equal(element.elements);
      expect(baseline.text).to.equal(element.text);
    });
  }
});
