/**
 * The vote panel counts its proposal's votes once a document, not once for
 * itself, once for the tally and once for each seat's form at every render,
 * and once between every panel showing the same document (issue 12): a reading
 * is kept while the document, the proposal, today and whether voting is open
 * stay as they were, and gives the core's answers.
 */
import { expect } from '@open-wc/testing';
import { readingOf } from '../../../components/vote-panel/proposal-reading.js';
import { outcome, ownVote, ownVotes } from '../../../src/rules/index.js';
import { board, boardVote } from '../../fixtures/documents.js';

const CLOSES = '2019-10-15T18:00:00+01:00';
const AT_1700 = '2019-10-15T17:00:00+01:00';
const AT_1730 = '2019-10-15T17:30:00+01:00';
const AFTER_CLOSE = '2019-10-15T18:30:00+01:00';
const TODAY = '2019-10-15';

const closing = () =>
  board(
    [boardVote('s-b', 'p-b2', 'for', 40), boardVote('s-b', 'p-b', 'against', 10), boardVote('s-c', 'p-c', 'for')],
    (d) => {
      d.proposals[0].closes = CLOSES;
    },
  );

describe('the vote panel’s reading of its proposal', () => {
  it('is the core’s outcome with the clock and today, and its own votes', () => {
    const doc = closing();
    const reading = readingOf(doc, doc.proposals[0]!, AT_1700, TODAY);
    expect(reading.result).to.deep.equal(outcome(doc, 'p1', { now: AT_1700, today: TODAY }));
    for (const [seat, voter] of [
      ['s-b', 'p-b'],
      ['s-b', 'p-b2'],
      ['s-c', 'p-c'],
      ['s-a', 'p-a'],
    ] as const) {
      expect(reading.ownVote(seat, voter), `${seat} ${voter}`).to.deep.equal(ownVote(doc, 'p1', seat, voter));
    }
  });

  it('is kept, for every panel asking, while the clock moves on and voting stays open, and asks each own vote once', () => {
    const doc = closing();
    const first = readingOf(doc, doc.proposals[0]!, AT_1700, TODAY);
    expect(readingOf(doc, doc.proposals[0]!, AT_1730, TODAY)).to.equal(first);
    expect(first.ownVote('s-b', 'p-b2')).to.equal(first.ownVote('s-b', 'p-b2'));
    // The closed panel's list of a member's own votes, at every render: before, worked out anew each time.
    expect(first.ownVotes('p-b2')).to.equal(first.ownVotes('p-b2'));
    expect(first.ownVotes('p-b2')).to.deep.equal(ownVotes(doc, 'p1', 'p-b2'));
  });

  it('is read again for a new document, today, or once voting has closed by the clock', () => {
    const doc = closing();
    const first = readingOf(doc, doc.proposals[0]!, AT_1700, TODAY);
    const closed = readingOf(doc, doc.proposals[0]!, AFTER_CLOSE, TODAY);
    expect(closed).not.to.equal(first);
    expect([first.result.open, closed.result.open]).to.deep.equal([true, false]);
    expect(closed.result).to.deep.equal(outcome(doc, 'p1', { now: AFTER_CLOSE, today: TODAY }));
    expect(readingOf(doc, doc.proposals[0]!, AFTER_CLOSE, '2019-10-16')).not.to.equal(closed);
    const next = closing();
    const renewed = readingOf(next, next.proposals[0]!, AFTER_CLOSE, '2019-10-16');
    expect(renewed.document).to.equal(next);
    expect(renewed).not.to.equal(readingOf(doc, doc.proposals[0]!, AFTER_CLOSE, '2019-10-16'));
  });
});
