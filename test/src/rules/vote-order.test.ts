/**
 * compareVotes, the one order of a seat's votes ("the latest valid one by
 * `cast`"): by `cast`, then `received` (none first), then `id`; 0 only for
 * the same record, so a sort keeps no two votes in the document's order.
 */
import { expect } from '@open-wc/testing';
import { compareVotes } from '../../../src/rules/vote-order.js';
import { at } from '../../fixtures/documents.js';

const cast = at('16:30');

describe('compareVotes', () => {
  it('is 0 only for the same cast, received and id', () => {
    const stored = { id: 'v1', cast, received: at('16:31') };
    expect(compareVotes(stored, { ...stored })).to.equal(0);
    expect(compareVotes({ id: 'v1', cast }, { id: 'v1', cast })).to.equal(0);
    expect(compareVotes(stored, { ...stored, id: 'v2' })).to.be.below(0);
    expect(compareVotes({ ...stored, id: 'v2' }, stored)).to.be.above(0);
  });

  it('places a vote without received before one the host stamped, at the same cast', () => {
    expect(compareVotes({ id: 'z', cast }, { id: 'a', cast, received: at('16:31') })).to.be.below(0);
  });
});
