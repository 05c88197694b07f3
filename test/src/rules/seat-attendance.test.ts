/**
 * A meeting's attendance seat by seat, as its roster reads it: what was recorded for a seat; for a seat with nothing
 * recorded, "not recorded yet" while the meeting has yet to end, "absent" once it is over, and "vacant" for a seat
 * no one held on the meeting's date. Judged for the whole meeting at once, a meeting under way with two members
 * checked in read "absent" for everyone else.
 */
import { expect } from '@open-wc/testing';
import { seatAttendance, seatsAwaitedUntil } from '../../../src/rules/seat-attendance.js';
import { at, boardSeats, rulesDocument, seat, type MeetingInput } from '../../fixtures/documents.js';

const day = at('16:00').slice(0, 10);
/** The board, and a seat 'vacant' with no holder; the meeting from 4pm to 6pm on its day. */
const board = (meeting: Partial<MeetingInput>) =>
  rulesDocument({
    seats: [...boardSeats(), seat('vacant', null)],
    meeting: { start: at('16:00'), end: at('18:00'), ...meeting },
  });
const read = (doc: ReturnType<typeof board>, today: string, now?: string) =>
  Object.fromEntries(
    ['chair', 'primary', 'secondary', 'vacant'].map((id) => [id, seatAttendance(doc, 'm', id, today, now)]),
  );

describe('seatAttendance', () => {
  it('during the meeting, with two recorded: the others are not recorded yet, not absent', () => {
    const doc = board({ attendance: { chair: 'holder', primary: 'holder' } });
    expect(read(doc, day, at('16:10'))).to.deep.equal({
      chair: 'recorded',
      primary: 'recorded',
      secondary: 'not-recorded-yet',
      vacant: 'vacant',
    });
  });

  it('once the meeting is over, a seat with nothing recorded was absent', () => {
    const doc = board({ attendance: { chair: 'holder' } });
    expect(read(doc, day, at('18:01')).secondary).to.equal('absent');
    expect(read(doc, '2019-10-16').secondary, 'the day after, by the date').to.equal('absent');
  });

  it('before the meeting, apologies sent ahead are recorded, and the others not yet', () => {
    const doc = board({ attendance: { primary: 'apologies' } });
    expect(read(doc, '2019-10-01')).to.deep.equal({
      chair: 'not-recorded-yet',
      primary: 'recorded',
      secondary: 'not-recorded-yet',
      vacant: 'vacant',
    });
  });

  it('names a seat the meeting’s group does not have', () => {
    expect(() => seatAttendance(board({}), 'm', 'nowhere', day)).to.throw(RangeError, /nowhere/);
  });
});

describe('seatsAwaitedUntil', () => {
  it('is the meeting’s end while a seat is not recorded yet, though others have been checked in', () => {
    const doc = board({ attendance: { chair: 'holder', primary: 'holder' } });
    expect(seatsAwaitedUntil(doc, 'm', day, at('16:10'))).to.equal(new Date(at('18:00')).toISOString());
  });

  it('is undefined once every seat held is recorded, or the meeting is over', () => {
    const all = {
      chair: 'holder',
      primary: 'holder',
      secondary: 'apologies',
      special: 'absent',
      adviser: 'holder',
    } as const;
    expect(seatsAwaitedUntil(board({ attendance: all }), 'm', day, at('16:10'))).to.equal(undefined);
    expect(seatsAwaitedUntil(board({ attendance: {} }), 'm', day, at('18:01'))).to.equal(undefined);
  });
});
