import { expect } from '@open-wc/testing';
import { checkBaselines } from '../../bench/bench-page.js';

// `npm run bench` refuses to measure when a baseline no longer draws with its element's own style sheets or
// tones (bench/baselines.ts writes them out). Checked here too, so a change to an element's styles that the
// bench's baselines do not follow fails the tests, not a bench run sessions later.
describe('bench: the hand-written baselines', () => {
  it('draw with each element’s own style sheets, and the action tracker’s tones', () => {
    expect(() => checkBaselines()).not.to.throw();
  });
});
