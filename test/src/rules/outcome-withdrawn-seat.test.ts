/**
 * outcome() of a seat whose holder declared an interest and withdrew (contract 1.1, "Declarations of
 * interest"): the holder cannot vote, and only the seat's proxy may vote in their place. With no proxy, or
 * one who withdrew too, no one can vote for the seat: a page says "cannot vote" of it, not "not voted yet",
 * and `needed` and `tooEarlyToSay` do not wait on a vote that cannot come.
 */
import { expect } from '@open-wc/testing';
import { outcome } from '../../../src/rules/outcome.js';
import { at, plainSeats, rulesDocument, seat, vote, type SeatInput } from '../../fixtures/documents.js';

type Declared = { person: string; interest: string; withdrew: boolean };
const declared = (person: string, withdrew = true): Declared => ({ person, interest: 'Governor of Carew', withdrew });

/**
 * Six seats under absolute majority, s5 and s6 vacant; s1–s3 voted for. Asked at noon on 16 October of a
 * proposal with no meeting that closes at 6pm on 25 October, with `declarations`.
 */
function sixSeats(declarations: Declared[], s4: SeatInput = seat('s4', 'h4')) {
  const seats = [...plainSeats(3), s4, seat('s5', null), seat('s6', null)];
  const cast = at('10:00', '2019-10-14');
  const votes = ['s1', 's2', 's3'].map((id, i) => vote(id, `h${i + 1}`, 'for', cast));
  const proposal = { meeting: undefined, closes: at('18:00', '2019-10-25'), declarations };
  const doc = rulesDocument({ seats, votes, proposal, group: { decisionRule: 'absolute-majority' } });
  return outcome(doc, 'p', { now: at('12:00', '2019-10-16'), today: '2019-10-16' });
}

describe('outcome() of a seat whose holder withdrew for a declared interest', () => {
  it('counts a seat with no proxy as one no one can vote for', () => {
    const result = sixSeats([declared('h4')]);
    expect(result.withoutVote.find((s) => s.seat === 's4')).to.deep.equal({
      seat: 's4',
      holder: 'h4',
      cannotVote: { code: 'declared-interest', person: 'h4' },
    });
    // Four of six carry it: three for, and only s4 held besides, whose vote cannot come.
    expect(result).to.include({ entitled: 6, seatsCannotVote: 3, needed: null, tooEarlyToSay: false });
  });

  it('waits on the proxy, who votes in the holder’s place', () => {
    const result = sixSeats([declared('h4')], seat('s4', 'h4', { proxy: 'x4' }));
    expect(result.withoutVote.find((s) => s.seat === 's4')).to.deep.equal({ seat: 's4', holder: 'h4' });
    expect(result).to.include({ seatsCannotVote: 2, needed: 4, tooEarlyToSay: true });
  });

  it('counts the seat as one no one can vote for when its proxy withdrew too', () => {
    const result = sixSeats([declared('h4'), declared('x4')], seat('s4', 'h4', { proxy: 'x4' }));
    expect(result.withoutVote.find((s) => s.seat === 's4')?.cannotVote).to.deep.equal({
      code: 'declared-interest',
      person: 'h4',
    });
    expect(result).to.include({ seatsCannotVote: 3, needed: null });
  });

  it('still waits on a holder who declared an interest and stayed', () => {
    const result = sixSeats([declared('h4', false)]);
    expect(result.withoutVote.find((s) => s.seat === 's4')).to.deep.equal({ seat: 's4', holder: 'h4' });
    expect(result).to.include({ seatsCannotVote: 2, needed: 4, tooEarlyToSay: true });
  });
});
