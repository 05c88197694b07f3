/**
 * A rule asked at a moment that is not one throws, naming the argument,
 * rather than answering wrongly: NaN made a late vote acceptable and an
 * after-close count public.
 */
import { expect } from '@open-wc/testing';
import { actionStatus } from '../../../src/rules/actions.js';
import { appointmentOn, withdrew } from '../../../src/rules/appointments.js';
import { addDays, addWorkingDays, isWorkingDay } from '../../../src/rules/calendar.js';
import { londonDate } from '../../../src/rules/index.js';
import { seatOn } from '../../../src/rules/roster.js';
import { checkVote, eligibleSeats } from '../../../src/rules/eligibility.js';
import { highlightReport, monthEnd, projectMonths, reportDue } from '../../../src/rules/highlight-report.js';
import { openAt, outcome } from '../../../src/rules/outcome.js';
import { castToCount, disclosure } from '../../../src/rules/own-votes.js';
import { inProgress, isMeetingDay, meetingOver } from '../../../src/rules/presence.js';
import { publishedDocument } from '../../../src/rules/privacy.js';
import { awaitingAttendance, quorum } from '../../../src/rules/quorum.js';
import { riskStatus } from '../../../src/rules/risk.js';
import { inTheRoom } from '../../../src/rules/room.js';
import { rosterWarnings } from '../../../src/rules/roster.js';
import { parsed, at, minimalDocument, rulesDocument, plainSeats, vote } from '../../fixtures/documents.js';

const NOT_MOMENTS: unknown[] = ['garbage', '', '2026-06-01T25:00:00Z', '2026-02-30', 42, null, {}];

/** The error `ask` throws, or undefined. */
function thrown(ask: () => unknown): Error | undefined {
  try {
    ask();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

describe('rules: the moment a rule is asked at', () => {
  const doc = rulesDocument({ seats: plainSeats(2), proposal: { closes: at('18:00'), results: 'after-close' } });
  const small = parsed(minimalDocument());
  const asks: Record<string, (moment: never) => unknown> = {
    'checkVote now': (now) => checkVote(doc, vote('s1', 'h1', 'for', at('17:59')), { now }),
    'outcome now': (now) => outcome(doc, 'p', { now }),
    'outcome today': (today) => outcome(doc, 'p', { today }),
    'openAt now': (now) => openAt(doc.proposals[0]!, now),
    'disclosure now': (now) => disclosure(doc.proposals[0]!, now),
    'publishedDocument now': (now) => publishedDocument(doc, null, now),
    'castToCount now': (now) => castToCount(doc, 'p', 's1', now),
    'eligibleSeats at': (when) => eligibleSeats(doc, 'p', 'h1', { at: when }),
    'quorum at': (when) => quorum(doc, 'm', { at: when }),
    'quorum today': (today) => quorum(doc, 'm', { today }),
    'awaitingAttendance today': (today) => awaitingAttendance(doc, 'm', today),
    'isMeetingDay now': (now) => isMeetingDay(doc.meetings[0]!, now),
    'inProgress now': (now) => inProgress(doc.meetings[0]!, now),
    'meetingOver now': (now) => meetingOver(doc.meetings[0]!, now),
    'inTheRoom at': (when) => inTheRoom(doc, 'm', when),
    'rosterWarnings today': (today) => rosterWarnings(doc, 'g', today),
    'riskStatus today': (today) => riskStatus(small, 'R-01', today),
    'actionStatus today': (today) => actionStatus(small, 'A-01', today),
  };

  for (const [name, ask] of Object.entries(asks)) {
    it(`${name}: throws a RangeError that names the argument`, () => {
      const argument = name.split(' ')[1]!;
      for (const moment of NOT_MOMENTS) {
        const error = thrown(() => ask(moment as never));
        expect(error, `${name} ${String(moment)}`).to.be.instanceOf(RangeError);
        expect(error?.message).to.match(new RegExp(`^${argument} must be a date`));
      }
    });
  }

  it('names the value it was given: text in quotes, an object as one, anything else as written', () => {
    const said = (now: unknown) => thrown(() => outcome(doc, 'p', { now: now as never }))?.message;
    expect(said('garbage')).to.match(/, not 'garbage'\.$/);
    expect(said({})).to.match(/, not an object\.$/);
    expect(said(null)).to.match(/, not null\.$/);
    expect(said(42)).to.match(/, not 42\.$/);
  });

  it('answers as before at a real moment, and a left-out one', () => {
    expect(checkVote(doc, vote('s1', 'h1', 'for', at('17:59')), { now: at('18:30') })).to.deep.include({
      ok: false,
      reason: 'proposal-not-open',
    });
    expect(checkVote(doc, vote('s1', 'h1', 'for', at('17:59')), { now: at('17:59') }).ok).to.equal(true);
    expect(disclosure(doc.proposals[0]!, at('17:00')).count).to.equal(false);
    expect(disclosure(doc.proposals[0]!).count).to.equal(false);
    expect(eligibleSeats(doc, 'p', 'h1', '2019-10-15').map((s) => s.seat)).to.deep.equal(['s1']);
    expect(quorum(doc, 'm', { today: '2019-10-15' }).quorate).to.be.a('boolean');
  });

  it('a month that is not one is a RangeError too', () => {
    const report = thrown(() => reportDue(doc, { reportDays: 10 } as never, '2019-13'));
    expect(report).to.be.instanceOf(RangeError);
    expect(thrown(() => monthEnd('garbage'))?.message).to.equal("A period is a month written YYYY-MM, not 'garbage'.");
    expect(thrown(() => highlightReport(doc, 'x', '2019-11', 'today'))).to.be.instanceOf(RangeError);
    expect(thrown(() => projectMonths(doc, 'x', 'today'))?.message).to.match(/^today must be a date/);
  });
});

describe("rules: the core's dates, as a portal's code passes them", () => {
  const doc = rulesDocument({ seats: plainSeats(2) });
  const seat = doc.groups[0]!.seats[0]!;
  // Each answered before, and wrongly: '0NaN-NaN-NaN', 30 February as a working day, the current holder on any day.
  const asks: Record<string, (moment: never) => unknown> = {
    'addDays date': (date) => addDays(date, 1),
    'addWorkingDays date': (date) => addWorkingDays(date, 1),
    'isWorkingDay date': (date) => isWorkingDay(date),
    'appointmentOn date': (date) => appointmentOn(doc, 's1', date),
    'seatOn today': (today) => seatOn(seat, today),
    'withdrew judgedAt': (judgedAt) => withdrew(doc.proposals[0]!, 'h1', judgedAt),
    'londonDate dateTime': (dateTime) => londonDate(dateTime),
  };

  for (const [name, ask] of Object.entries(asks)) {
    it(`${name}: throws a RangeError that names the argument`, () => {
      const argument = name.split(' ')[1]!;
      for (const moment of ['31/12/2026', ...NOT_MOMENTS]) {
        if (argument === 'judgedAt' && moment === null) continue; // left out is null's neighbour, undefined
        const error = thrown(() => ask(moment as never));
        expect(error, `${name} ${String(moment)}`).to.be.instanceOf(RangeError);
        expect(error?.message).to.match(new RegExp(`^${argument} must be a date`));
      }
    });
  }

  it('a count of days that is not a whole number is a RangeError, as working days already were', () => {
    expect(thrown(() => addDays('2026-01-01', 1.5))?.message).to.equal('Days must be a whole number, not 1.5.');
    expect(thrown(() => addDays('2026-01-01', '3' as never))).to.be.instanceOf(RangeError);
  });

  it('answers as before with real dates', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addWorkingDays('2019-12-24', 1)).to.equal('2019-12-27');
    expect(isWorkingDay('2019-12-25')).to.equal(false);
    expect(appointmentOn(doc, 's1', '2019-10-15').holder).to.equal('h1');
    expect(seatOn(seat, '2019-10-15').holder).to.equal('h1');
    expect(withdrew(doc.proposals[0]!, 'h1')).to.equal(false);
    expect(londonDate('2019-06-30T23:30:00Z')).to.equal('2019-07-01');
  });
});

describe('rules: asked about a document that is not one', () => {
  const doc = rulesDocument({ seats: plainSeats(2) });
  const given: [string, unknown, RegExp][] = [
    ["parseDocument's result", { ok: true, document: doc }, /not parseDocument's result\.$/],
    ['undefined', undefined, /not undefined\.$/],
    ['the JSON text', JSON.stringify(doc), /not JSON text\.$/],
    ['an empty object', {}, /not an object without 'proposals'\.$/],
  ];
  for (const [what, wrong, says] of given) {
    it(`${what}: a TypeError that says to pass parseDocument's document`, () => {
      const error = thrown(() => outcome(wrong as never, 'p'));
      expect(error).to.be.instanceOf(TypeError);
      expect(error?.message).to.match(
        /^The document must be a partnership document, as parseDocument gives it in 'document'/,
      );
      expect(error?.message).to.match(says);
    });
  }

  it('every rule that looks a record up says the same', () => {
    const wrong = { ok: true, document: doc } as never;
    for (const ask of [
      () => quorum(wrong, 'm'),
      () => riskStatus(wrong, 'R-01', '2019-10-15'),
      () => actionStatus(wrong, 'A-01', '2019-10-15'),
      () => rosterWarnings(wrong, 'g', '2019-10-15'),
    ]) {
      expect(thrown(ask)?.message).to.match(/^The document must be a partnership document/);
    }
  });
});
