/**
 * What the clerk's check-in offers for a seat: exactly the attendance the
 * host would accept from that person at that moment (attendanceChangeRefusal),
 * a check-out only on the meeting's day for a seat in the room, and a reason
 * only when nothing at all may be recorded.
 */
import { expect } from '@open-wc/testing';
import { checkInOffer } from '../../../src/rules/check-in.js';
import { at, boardSeats, rulesDocument, seat, type Parts, handedOverClerk } from '../../fixtures/documents.js';

/** Dan clerked until 31 October 2019; Olive since 1 November. */
const clerk = handedOverClerk;
const [chair, primary, , special] = boardSeats();
const parts: Parts = { seats: [chair!, primary!, seat('secondary', 'ben'), special!, clerk] };
const doc = rulesDocument(parts);
const during = at('16:05');

describe('checkInOffer', () => {
  it('offers the clerk of the day every value the seat allows, and no check-out for a seat not in the room', () => {
    expect(checkInOffer(doc, 'dan', 'm', 'primary', during)).to.deep.equal({
      attendance: ['holder', 'proxy', 'apologies', 'absent'],
      checkOut: false,
      refusal: null,
    });
    // No proxy on the meeting's date: the host would refuse `proxy`, so it is not offered.
    expect(checkInOffer(doc, 'dan', 'm', 'secondary', during).attendance).to.deep.equal([
      'holder',
      'apologies',
      'absent',
    ]);
  });

  it('offers nothing to someone who may not record, and says why', () => {
    // Olive's clerkship begins on 1 November: on 15 October she records nothing.
    expect(checkInOffer(doc, 'olive', 'm', 'primary', during)).to.deep.equal({
      attendance: [],
      checkOut: false,
      refusal: 'not-permitted',
    });
  });

  it('gives no reason while something may still be recorded: after closes, an arrival timed now but not apologies', () => {
    const closed = rulesDocument({ ...parts, proposal: { status: 'open', closes: at('18:00') } });
    expect(checkInOffer(closed, 'dan', 'm', 'primary', at('18:10'))).to.deep.equal({
      attendance: ['holder', 'proxy'],
      checkOut: false,
      refusal: null,
    });
  });

  it("offers a check-out for a seat in the room on the meeting's day, and not the next day", () => {
    const present = rulesDocument({ ...parts, meeting: { attendance: { primary: 'holder' } } });
    expect(checkInOffer(present, 'dan', 'm', 'primary', at('17:00')).checkOut).to.equal(true);
    expect(checkInOffer(present, 'dan', 'm', 'primary', at('09:00', '2019-10-16')).checkOut).to.equal(false);
  });
});
