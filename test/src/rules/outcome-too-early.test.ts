/**
 * outcome().tooEarlyToSay: the kit's own rule, not the contract's, for when a
 * page may say how an open proposal would go if voting closed now. It is too
 * early while no more than half the voting seats have voted, unless every
 * seat someone can still vote for has, the proposal can no longer carry, or
 * quorum already settles it.
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
  vote,
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

  it('is false once every seat someone can still vote for has voted', () => {
    // Three of five vacant through the close; s1 and s2 voted for: no vote is still to come.
    const seats = [seat('s1', 'h1'), seat('s2', 'h2'), seat('s3', null), seat('s4', null), seat('s5', null)];
    const result = fiveSeats(seats, ['for', 'for']);
    expect(result).to.include({ result: 'pending', needed: 1, seatsCannotVote: 3, tooEarlyToSay: false });
  });

  it('waits on a seat vacant now whose next holder is appointed before the close', () => {
    // s3 is vacant 1–19 October and h3 holds it from the 20th; voting closes on the 25th. With s3 and s5 for, it
    // carries 3 to 2: before, on the 15th, it "could not carry", and on the 21st it needed 3.
    const result = asked(seatFrom('2019-10-20', '2019-10-19'), '2019-10-15');
    expect(result).to.include({ needed: 3, seatsCannotVote: 0, standing: 'not-carried' });
    expect(result.withoutVote[0]).to.deep.equal({
      seat: 's3',
      holder: null,
      cannotVote: { code: 'vacant-seat' },
      heldFrom: '2019-10-20',
    });
    expect(asked(seatFrom('2019-10-20', '2019-10-19'), '2019-10-21')).to.include({ needed: 3, seatsCannotVote: 0 });
    expect(asked(seatFrom('2019-10-25', '2019-10-24'), '2019-10-15')).to.include({ needed: 3, seatsCannotVote: 0 });
  });

  it('still counts a seat vacant now and through the close as one no one can vote for', () => {
    const result = asked(seatFrom('2019-10-26', '2019-10-25'), '2019-10-15');
    expect(result).to.include({ needed: null, seatsCannotVote: 1 });
    expect(result.withoutVote[0]).not.to.have.property('heldFrom');
  });
});

/** Five plain seats, s3 vacant from 1 October to `vacantTo`, and its holder h3's term begins on `from`. */
const seatFrom = (from: string, vacantTo: string) =>
  plainSeats(5).map((s) =>
    s.id === 's3'
      ? seat('s3', 'h3', { term: { from }, previous: [{ holder: null, from: '2019-10-01', to: vacantTo }] })
      : s,
  );

/** Outcome at noon on `day` of a proposal with no meeting closing at 6pm on 25 October: s1 for, s2 and s4 against. */
function asked(seats: Parts['seats'], day: string) {
  const cast = at('10:00', '2019-10-14');
  const votes = [vote('s1', 'h1', 'for', cast), vote('s2', 'h2', 'against', cast), vote('s4', 'h4', 'against', cast)];
  const proposal = { meeting: undefined, closes: at('18:00', '2019-10-25') };
  return outcome(rulesDocument({ seats, votes, proposal }), 'p', { now: at('12:00', day), today: day });
}

/** Outcome of proposal 'p', open until the meeting day's evening and asked that afternoon, among `seats`. */
function fiveSeats(seats: Parts['seats'], choices: Choice[], parts: Parts = {}) {
  const proposal = { meeting: undefined, closes: at('18:00') };
  return outcome(rulesDocument({ seats, votes: votesOf(choices), proposal, ...parts }), 'p', { now: at('17:00') });
}
