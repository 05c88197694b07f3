/**
 * outcome().seatsCannotVote counts only seats of the base `entitled` counts, read on the closing date: a seat
 * that votes today but loses its vote before the close (contract 1.2, `previousStanding`) is no seat of the
 * base, so its vote neither adds to the seats nor, vacant, takes a vote away from those that can still come.
 */
import { expect } from '@open-wc/testing';
import { outcome } from '../../../src/rules/outcome.js';
import { at, plainSeats, rulesDocument, seat, vote, type SeatInput } from '../../fixtures/documents.js';

/** s1–s3 held, s1 for and s2 against, and `s4`; asked at noon on 16 October, voting closes at 6pm on 25 October. */
function withFourth(s4: SeatInput) {
  const cast = at('10:00', '2019-10-14');
  const votes = [vote('s1', 'h1', 'for', cast), vote('s2', 'h2', 'against', cast)];
  const proposal = { meeting: undefined, closes: at('18:00', '2019-10-25') };
  const doc = rulesDocument({ seats: [...plainSeats(3), s4], votes, proposal });
  return outcome(doc, 'p', { now: at('12:00', '2019-10-16'), today: '2019-10-16' });
}

describe('outcome().seatsCannotVote', () => {
  it('leaves out a vacant seat that loses its vote before the close: it is not in the base', () => {
    // s4 votes until 20 October, vacant; on the 25th it has no vote, so three seats decide, and s3's vote for
    // carries it 2 to 1.
    const result = withFourth(
      seat('s4', null, { voting: false, previousStanding: [{ to: '2019-10-20', voting: true }] }),
    );
    expect(result).to.include({ entitled: 3, seatsCannotVote: 0, needed: 2, tooEarlyToSay: false });
  });

  it('still counts a vacant seat that votes on the closing date', () => {
    const result = withFourth(seat('s4', null));
    expect(result).to.include({ entitled: 4, seatsCannotVote: 1, needed: 2 });
  });
});
