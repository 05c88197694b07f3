/**
 * outcome().tooEarlyToSay: the kit's own rule, not the contract's, for when a
 * page may say how an open proposal would go if voting closed now. It is too
 * early while no more than half the voting seats have voted, unless the
 * proposal can no longer carry or quorum already settles it.
 */
import { expect } from '@open-wc/testing';
import { outcome } from '../../../src/rules/outcome.js';
import {
  at,
  plainSeats,
  repeat,
  rulesDocument,
  seat,
  votesOf,
  type Choice,
  type Parts,
} from '../../fixtures/documents.js';

const ALL_VOTING = { quorum: [{ label: 'Every voting seat', seats: { voting: true }, min: 'all' as const }] };

/** Outcome of proposal 'p' among ten voting seats, taken away from a meeting unless `parts` says otherwise. */
const tenSeats = (choices: Choice[], parts: Parts = {}) =>
  outcome(
    rulesDocument({
      seats: plainSeats(10),
      votes: votesOf(choices),
      ...parts,
      proposal: { meeting: undefined, ...parts.proposal },
    }),
    'p',
  );

describe('outcome().tooEarlyToSay', () => {
  it('is true while open and no more than half the voting seats have voted, however it leans', () => {
    expect(tenSeats(repeat(3, 'for'))).to.include({ result: 'pending', standing: 'carried', tooEarlyToSay: true });
    expect(tenSeats([...repeat(4, 'for'), 'abstain'])).to.include({ tooEarlyToSay: true });
  });

  it('is false once more than half have voted, abstentions included', () => {
    expect(tenSeats([...repeat(4, 'for'), 'against', 'abstain'])).to.include({
      result: 'pending',
      standing: 'carried',
      tooEarlyToSay: false,
    });
  });

  it('is false once the proposal can no longer carry, however few have voted', () => {
    const result = tenSeats(['against'], { group: { decisionRule: 'unanimous' } });
    expect(result).to.include({ needed: null, standing: 'not-carried', tooEarlyToSay: false });
  });

  it('is false when quorum settles it: the meeting is not quorate', () => {
    const result = tenSeats(['for'], { group: ALL_VOTING, proposal: { meeting: 'm' } });
    expect(result).to.include({ result: 'pending', standing: 'inquorate', tooEarlyToSay: false });
  });

  it('is false once decided: closed or withdrawn', () => {
    expect(tenSeats(['for'], { proposal: { status: 'closed' } })).to.include({
      result: 'carried',
      tooEarlyToSay: false,
    });
    expect(tenSeats(['for'], { proposal: { status: 'withdrawn' } })).to.include({ tooEarlyToSay: false });
  });

  it('counts a published count as it counts votes', () => {
    const published = (yes: number) => tenSeats([], { proposal: { count: { for: yes, against: 1, abstain: 0 } } });
    expect(published(4)).to.include({ published: true, tooEarlyToSay: true });
    expect(published(5)).to.include({ published: true, tooEarlyToSay: false });
  });

  it('counts no vote for from a seat no one can vote for: vacant, or its term ended', () => {
    // s1 voted against; s3 and s4 are vacant and s5's term ended: only s2 can still vote, and its vote ties.
    const ended = { term: { from: '2019-01-01', to: '2019-09-30' } };
    const seats = [seat('s1', 'h1'), seat('s2', 'h2'), seat('s3', null), seat('s4', null), seat('s5', 'h5', ended)];
    const result = fiveSeats(seats, ['against']);
    expect(result.withoutVote.filter((s) => s.cannotVote).map((s) => s.seat)).to.deep.equal(['s3', 's4', 's5']);
    expect(result).to.include({ result: 'pending', needed: null, tooEarlyToSay: false });
  });

  it('under absolute majority keeps every voting seat in its base, vacant ones included', () => {
    const held = (n: number) => plainSeats(5).map((s, i) => (i < n ? s : seat(s.id, null)));
    const absolute = { group: { decisionRule: 'absolute-majority' as const } };
    // Three of five carry it: two seats held cannot, four can.
    expect(fiveSeats(held(2), [], absolute)).to.include({ entitled: 5, needed: null, tooEarlyToSay: false });
    expect(fiveSeats(held(4), [], absolute)).to.include({ entitled: 5, needed: 3, tooEarlyToSay: true });
  });

  it('still counts the seats that can vote: two vacant of five leave it open', () => {
    const seats = [seat('s1', 'h1'), seat('s2', 'h2'), seat('s3', 'h3'), seat('s4', null), seat('s5', null)];
    expect(fiveSeats(seats, ['against'])).to.include({ needed: 2, tooEarlyToSay: true });
  });
});

/** Outcome of proposal 'p', open until the meeting day's evening and asked that afternoon, among `seats`. */
function fiveSeats(seats: Parts['seats'], choices: Choice[], parts: Parts = {}) {
  const proposal = { meeting: undefined, closes: at('18:00') };
  return outcome(rulesDocument({ seats, votes: votesOf(choices), proposal, ...parts }), 'p', { now: at('17:00') });
}
