/**
 * A rule asked at a moment that is not one throws, naming the argument,
 * rather than answering wrongly: NaN made a late vote acceptable and an
 * after-close count public.
 */
import { expect } from '@open-wc/testing';
import { actionStatus } from '../../../src/rules/actions.js';
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
