/**
 * ownVote given the proposal's outcome already worked out (src/rules/own-votes.ts):
 * the vote panel works the outcome out once a document and hands it to each
 * seat's form, so the answer must be the one ownVote gives on its own,
 * whatever `now` and `today` the outcome was asked with.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { outcome } from '../../../src/rules/outcome.js';
import { ownVote } from '../../../src/rules/own-votes.js';
import { board, boardVote, parsed } from '../../fixtures/documents.js';
import { validDocument } from '../../fixtures/document-arbitrary.js';

const DURING = { now: '2019-10-15T16:45:00+01:00', today: '2019-10-15' };
const AFTER = { now: '2019-10-16T09:00:00+01:00', today: '2019-10-16' };

describe('ownVote with the outcome in hand', () => {
  it('takes the seat’s counted vote from the outcome given, not counting again', () => {
    const doc = board([boardVote('s-b', 'p-b2', 'for', 40), boardVote('s-b', 'p-b', 'against', 10)]);
    const result = outcome(doc, 'p1', DURING);
    const mine = ownVote(doc, 'p1', 's-b', 'p-b2', result);
    expect(mine?.counted).to.equal(false);
    // The very record of the outcome given: it was read, not worked out again.
    expect(mine?.instead).to.equal(result.counted.find((c) => c.seat === 's-b'));
  });

  it('answers as without it for the holder, the proxy, another seat and a published count', () => {
    const doc = board([
      boardVote('s-b', 'p-b2', 'for', 10),
      boardVote('s-b', 'p-b', 'against', 20),
      boardVote('s-c', 'p-c', 'for'),
    ]);
    const asked: [string, string][] = [
      ['s-b', 'p-b'],
      ['s-b', 'p-b2'],
      ['s-c', 'p-c'],
      ['s-a', 'p-a'],
    ];
    for (const moment of [DURING, AFTER, {}]) {
      const result = outcome(doc, 'p1', moment);
      for (const [seat, person] of asked) {
        expect(ownVote(doc, 'p1', seat, person, result), `${seat} ${person}`).to.deep.equal(
          ownVote(doc, 'p1', seat, person),
        );
      }
    }
    const published = board(
      [boardVote('s-b', 'p-b', 'for')],
      (d) => (d.proposals[0].count = { for: 2, against: 0, abstain: 0 }),
    );
    expect(ownVote(published, 'p1', 's-b', 'p-b', outcome(published, 'p1', DURING))).to.deep.include({
      counted: null,
    });
  });

  it('answers as without it for every seat and voter of generated documents', () => {
    fc.assert(
      fc.property(validDocument, fc.constantFrom(DURING, AFTER), (input, moment) => {
        const doc = parsed(input);
        for (const proposal of doc.proposals) {
          const result = outcome(doc, proposal.id, moment);
          for (const { seat, by } of doc.votes.filter((v) => v.proposal === proposal.id)) {
            expect(ownVote(doc, proposal.id, seat, by, result)).to.deep.equal(ownVote(doc, proposal.id, seat, by));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
