import { expect } from '@open-wc/testing';
import {
  addDays,
  addWorkingDays,
  dateOf,
  holidaysOf,
  instantOf,
  isWorkingDay,
  meetingDeadlines,
} from '../../../src/rules/calendar.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../src/rules/bank-holidays.js';
import { at, rulesDocument, type Parts } from '../../fixtures/documents.js';

describe('calendar: dates', () => {
  it('adds calendar days across months, years and the clock change, in UTC', () => {
    expect(addDays('2019-10-26', 2)).to.equal('2019-10-28'); // British Summer Time ends on the 27th
    expect(addDays('2019-12-31', 1)).to.equal('2020-01-01');
    expect(addDays('2020-03-01', -1)).to.equal('2020-02-29');
    expect(addDays('2019-10-15', 0)).to.equal('2019-10-15');
  });

  it('adds days in every year a date can be written in, and stops at its ends', () => {
    expect(addDays('0050-01-01', 1)).to.equal('0050-01-02'); // Date.UTC would read year 50 as 1950
    expect(addDays('0001-03-01', -1)).to.equal('0001-02-28');
    expect(addDays('9999-12-30', 1)).to.equal('9999-12-31');
    expect(addDays('9999-12-31', 1)).to.equal('9999-12-31');
    expect(addDays('0000-01-01', -1)).to.equal('0000-01-01');
    expect(addWorkingDays('9999-12-30', 5)).to.equal('9999-12-31'); // stops, rather than never finishing
  });

  it('takes a date-time’s date as written, in its own offset', () => {
    expect(dateOf('2019-10-15T00:30:00+01:00')).to.equal('2019-10-15'); // 23:30 on the 14th in UTC
    expect(dateOf('2019-10-14T23:30:00-05:00')).to.equal('2019-10-14'); // 04:30 on the 15th in UTC
  });

  it('compares instants with their offsets applied', () => {
    expect(instantOf('2019-10-15T17:00:00+01:00')).to.equal(instantOf('2019-10-15T16:00:00Z'));
    expect(instantOf('2019-10-15T16:30:00Z')).to.be.above(instantOf('2019-10-15T17:00:00+01:00'));
  });
});

describe('calendar: working days', () => {
  it('skips weekends, forwards and back', () => {
    expect(addWorkingDays('2019-10-18', 1)).to.equal('2019-10-21'); // Friday to Monday
    expect(addWorkingDays('2019-10-21', -1)).to.equal('2019-10-18');
    expect(addWorkingDays('2019-10-19', 1)).to.equal('2019-10-21'); // from a Saturday
    expect(addWorkingDays('2019-10-19', -1)).to.equal('2019-10-18');
    expect(addWorkingDays('2019-10-14', 5)).to.equal('2019-10-21');
    expect(addWorkingDays('2019-10-15', -7)).to.equal('2019-10-04');
  });

  it('0 days is the date itself, even at a weekend', () => {
    expect(addWorkingDays('2019-10-15', 0)).to.equal('2019-10-15');
    expect(addWorkingDays('2019-10-19', 0)).to.equal('2019-10-19');
  });

  it('skips Christmas Day and Boxing Day, both ways', () => {
    expect(addWorkingDays('2019-12-20', 1)).to.equal('2019-12-23');
    expect(addWorkingDays('2019-12-24', 1)).to.equal('2019-12-27');
    expect(addWorkingDays('2019-12-27', -1)).to.equal('2019-12-24');
  });

  it('skips the substitute days when Christmas falls at a weekend', () => {
    expect(addWorkingDays('2020-12-24', 1)).to.equal('2020-12-29'); // Fri 25, Mon 28 for Boxing Day
    expect(addWorkingDays('2021-12-24', 1)).to.equal('2021-12-29'); // Mon 27 and Tue 28
    expect(addWorkingDays('2021-12-29', -1)).to.equal('2021-12-24');
    expect(addWorkingDays('2022-12-23', 1)).to.equal('2022-12-28'); // Boxing Day Mon 26, Christmas Tue 27
  });

  it('skips New Year’s Day and its substitute', () => {
    expect(addWorkingDays('2019-12-31', 1)).to.equal('2020-01-02');
    expect(addWorkingDays('2021-12-31', 1)).to.equal('2022-01-04'); // Sat 1, Mon 3 substitute
    expect(addWorkingDays('2022-01-04', -1)).to.equal('2021-12-31');
    expect(addWorkingDays('2022-12-30', 1)).to.equal('2023-01-03'); // Sun 1, Mon 2 substitute
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(addWorkingDays('2019-04-18', 1)).to.equal('2019-04-23');
    expect(addWorkingDays('2019-04-23', -1)).to.equal('2019-04-18');
    expect(addWorkingDays('2024-03-28', 1)).to.equal('2024-04-02');
    expect(addWorkingDays('2027-03-25', 1)).to.equal('2027-03-30'); // a computed year
  });

  it('skips the one-off days, and works the days they replaced', () => {
    expect(addWorkingDays('2020-05-07', 1)).to.equal('2020-05-11'); // VE Day, Fri 8 May 2020
    expect(addWorkingDays('2020-05-01', 1)).to.equal('2020-05-04'); // the usual early May Monday was worked
    expect(addWorkingDays('2022-06-01', 1)).to.equal('2022-06-06'); // spring bank holiday and Platinum Jubilee
    expect(addWorkingDays('2022-05-27', 1)).to.equal('2022-05-30');
    expect(addWorkingDays('2022-09-16', 1)).to.equal('2022-09-20'); // State Funeral
    expect(addWorkingDays('2023-05-05', 1)).to.equal('2023-05-09'); // Coronation
  });

  it('given holidays replace the bank holidays', () => {
    expect(addWorkingDays('2019-12-24', 1, ['2019-12-25'])).to.equal('2019-12-26');
    expect(addWorkingDays('2019-12-24', 1, [])).to.equal('2019-12-25');
    expect(addWorkingDays('2019-10-17', 1, ['2019-10-18'])).to.equal('2019-10-21');
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => addWorkingDays('2019-10-15', 1.5)).to.throw(RangeError, '1.5');
    expect(() => addWorkingDays('2019-10-15', Infinity)).to.throw(RangeError);
  });

  it('knows a working day', () => {
    expect(isWorkingDay('2019-10-15')).to.equal(true);
    expect(isWorkingDay('2019-10-19')).to.equal(false);
    expect(isWorkingDay('2019-12-25')).to.equal(false);
    expect(isWorkingDay('2019-12-25', [])).to.equal(true);
  });

  it('a document’s holidays are its own list, else the shipped bank holidays', () => {
    expect(holidaysOf(rulesDocument())).to.equal(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    expect(holidaysOf(rulesDocument({ holidays: ['2019-10-18'] }))).to.deep.equal(['2019-10-18']);
  });
});

describe('meetingDeadlines', () => {
  const deadlines = (parts: Parts = {}) => meetingDeadlines(rulesDocument(parts), 'm');

  it('notice 7 working days before the meeting, minutes 7 after; null while not sent', () => {
    expect(deadlines()).to.deep.equal({
      noticeDue: '2019-10-04',
      minutesDue: '2019-10-24',
      noticeLate: null,
      minutesLate: null,
    });
  });

  it('sent on the due day is on time; a day later is late', () => {
    expect(deadlines({ meeting: { noticeSent: '2019-10-04', minutesSent: '2019-10-24' } })).to.include({
      noticeLate: false,
      minutesLate: false,
    });
    expect(deadlines({ meeting: { noticeSent: '2019-10-07', minutesSent: '2019-10-25' } })).to.include({
      noticeLate: true,
      minutesLate: true,
    });
    expect(deadlines({ meeting: { noticeSent: '2019-09-20' } })).to.include({ noticeLate: false, minutesLate: null });
  });

  // Minutes of a meeting not yet held cannot have gone out: "Sent 14 Oct 2019, on time" hid a date typed wrong.
  it('minutes sent before the meeting are marked so, not on time; on its day they are not', () => {
    const early = deadlines({ meeting: { minutesSent: '2019-10-14' } });
    expect(early).to.include({ minutesLate: false, minutesBeforeMeeting: true });
    expect(
      meetingDeadlines(rulesDocument({ meeting: { minutesSent: '2019-10-14' } }), 'm', { today: '2019-12-01' }),
    ).to.include({ minutesBeforeMeeting: true });
    expect(deadlines({ meeting: { minutesSent: '2019-10-15' } })).not.to.have.property('minutesBeforeMeeting');
  });

  it('the group’s noticeDays and minutesDays override 7', () => {
    expect(deadlines({ group: { noticeDays: 10, minutesDays: 3 } })).to.include({
      noticeDue: '2019-10-01',
      minutesDue: '2019-10-18',
    });
    expect(deadlines({ group: { noticeDays: 0, minutesDays: 0 } })).to.include({
      noticeDue: '2019-10-15',
      minutesDue: '2019-10-15',
    });
  });

  it('counts from the meeting’s date as written in its own offset', () => {
    expect(deadlines({ meeting: { start: '2019-10-15T00:30:00+01:00' } }).noticeDue).to.equal('2019-10-04');
    expect(deadlines({ meeting: { start: '2019-10-14T23:30:00-05:00' } }).noticeDue).to.equal('2019-10-03');
  });

  it('skips bank holidays: back across New Year and Christmas, forward across Christmas', () => {
    // Back from Monday 6 January 2020: 3, 2, (1 January), 31, 30, 27, (26, 25), 24, 23 December.
    expect(deadlines({ meeting: { start: '2020-01-06T10:00:00Z' } }).noticeDue).to.equal('2019-12-23');
    // Forward from Thursday 19 December 2019: 20, 23, 24, (25, 26), 27, 30, 31, (1 January), 2.
    expect(deadlines({ meeting: { start: at('10:00', '2019-12-19') } }).minutesDue).to.equal('2020-01-02');
  });

  it('uses the document’s own holidays instead of the bank holidays', () => {
    expect(deadlines({ holidays: ['2019-10-11'] }).noticeDue).to.equal('2019-10-03');
    const christmas = { meeting: { start: at('10:00', '2019-12-19') }, holidays: [] };
    expect(deadlines(christmas).minutesDue).to.equal('2019-12-30');
  });

  it('meetingDeadlines throws a RangeError naming an unknown meeting', () => {
    expect(() => meetingDeadlines(rulesDocument(), 'nope')).to.throw(RangeError, "No meeting has the id 'nope'");
  });
});
