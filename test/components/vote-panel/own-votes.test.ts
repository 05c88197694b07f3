/**
 * The core answers the vote panel renders (src/rules/own-votes.ts): a
 * member's own vote as it stands, the date a new vote needs to count, the
 * warning for a vote still on the device near `closes`, and what may be shown.
 */
import { expect } from '@open-wc/testing';
import { arrivalDeadline, castToCount, disclosure, ownVote, withVote } from '../../../src/rules/index.js';
import type { Proposal, Vote } from '../../../src/contract/index.js';
import { board, boardVote } from '../../fixtures/documents.js';

const CLOSES = '2019-10-15T18:00:00+01:00';
const proposal = (extra: Partial<Proposal> = {}): Proposal =>
  ({ id: 'p1', group: 'board', title: 'The plan', status: 'open', declarations: [], ...extra }) as Proposal;

describe('ownVote', () => {
  it('is the member’s latest valid vote for the seat, and whether it counts', () => {
    const doc = board([
      boardVote('s-b', 'p-b2', 'for', 10),
      boardVote('s-b', 'p-b2', 'against', 20),
      boardVote('s-b', 'p-d', 'for', 30),
    ]);
    const mine = ownVote(doc, 'p1', 's-b', 'p-b2');
    expect(mine?.vote.choice).to.equal('against');
    expect(mine?.counted).to.equal(true);
    expect(ownVote(doc, 'p1', 's-b', 'p-d'), 'an invalid vote does not stand').to.equal(undefined);
  });

  it('says when the holder’s vote counts instead of the proxy’s', () => {
    const doc = board([boardVote('s-b', 'p-b2', 'for', 40), boardVote('s-b', 'p-b', 'against', 10)]);
    const mine = ownVote(doc, 'p1', 's-b', 'p-b2');
    expect(mine?.counted).to.equal(false);
    expect(mine?.instead).to.include({ by: 'p-b', as: 'holder' });
  });

  it('does not know whether it counts when the tally is a published count', () => {
    const doc = board(
      [boardVote('s-b', 'p-b', 'for')],
      (d) => (d.proposals[0].count = { for: 2, against: 0, abstain: 0 }),
    );
    expect(ownVote(doc, 'p1', 's-b', 'p-b')).to.deep.include({ counted: null });
  });
});

describe('castToCount', () => {
  it('is now, or just after the seat’s latest vote, stored or waiting, when that is not before now', () => {
    const stored = boardVote('s-b', 'p-b', 'for', 30); // 16:30+01:00
    const doc = board([stored]);
    expect(castToCount(doc, 'p1', 's-b', '2019-10-15T16:45:00+01:00')).to.equal('2019-10-15T16:45:00+01:00');
    expect(castToCount(doc, 'p1', 's-b', '2019-10-15T16:00:00+01:00')).to.equal('2019-10-15T15:30:01.000Z');
    const waiting = { ...boardVote('s-b', 'p-b', 'against', 50) };
    expect(castToCount(withVote(doc, waiting as Vote), 'p1', 's-b', '2019-10-15T16:45:00+01:00')).to.equal(
      '2019-10-15T15:50:01.000Z',
    );
    expect(castToCount(doc, 'p1', 's-c', '2019-10-15T16:00:00+01:00'), 'another seat').to.equal(
      '2019-10-15T16:00:00+01:00',
    );
  });
});

describe('arrivalDeadline', () => {
  it('warns within the hour before closes, and after it, of an open proposal only', () => {
    const open = proposal({ closes: CLOSES });
    expect(arrivalDeadline(open, '2019-10-15T16:59:59+01:00')).to.equal(undefined);
    expect(arrivalDeadline(open, '2019-10-15T17:00:00+01:00')).to.deep.equal({ closes: CLOSES, passed: false });
    expect(arrivalDeadline(open, '2019-10-15T18:00:00+01:00')).to.deep.equal({ closes: CLOSES, passed: false });
    expect(arrivalDeadline(open, '2019-10-15T18:00:01+01:00')).to.deep.equal({ closes: CLOSES, passed: true });
    expect(arrivalDeadline(proposal(), '2019-10-15T17:30:00+01:00'), 'no closes').to.equal(undefined);
    expect(arrivalDeadline(proposal({ closes: CLOSES, status: 'closed' }), '2019-10-15T17:30:00+01:00')).to.equal(
      undefined,
    );
  });
});

describe('disclosure', () => {
  const before = '2019-10-15T17:00:00+01:00';
  const after = '2019-10-15T19:00:00+01:00';
  it('hides the count of an open after-close proposal or secret ballot, and names no voter on a secret ballot', () => {
    expect(disclosure(proposal({ closes: CLOSES }), before)).to.deep.equal({ count: true, choices: true });
    expect(disclosure(proposal({ closes: CLOSES, results: 'after-close' }), before)).to.deep.equal({
      count: false,
      choices: false,
      countHiddenBy: 'after-close',
    });
    // Whatever its results: a secret ballot's count moving while it is open would say how each member just voted.
    expect(disclosure(proposal({ closes: CLOSES, ballot: 'secret' }), before)).to.deep.equal({
      count: false,
      choices: false,
      countHiddenBy: 'secret',
    });
    expect(disclosure(proposal({ closes: CLOSES, results: 'after-close' }), after)).to.deep.equal({
      count: true,
      choices: true,
    });
    expect(disclosure(proposal({ closes: CLOSES, ballot: 'secret' }), after)).to.deep.equal({
      count: true,
      choices: false,
    });
  });
});
