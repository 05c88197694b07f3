// The deadlines view renders the core's answer to "not sent, overdue":
// meetingDeadlines(doc, meetingId, { today }), not a comparison of its own.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderDeadlines } from '../../../components/action-tracker/deadlines-view.js';
import { meetingDeadlines } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import type { Messages } from '../../../src/messages/index.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { rulesDocument } from '../../fixtures/documents.js';
import { textOf } from '../../fixtures/text.js';

/** Meeting 'm' is on Tuesday 15 October 2019: notice due Friday 4 October, minutes due Thursday 24 October. */
const NOTICE_DUE = '2019-10-04';
const MINUTES_DUE = '2019-10-24';

function shown(doc = rulesDocument(), today: string, words: Messages = en): string[] {
  const host = document.createElement('div');
  document.body.append(host);
  render(renderDeadlines(words, doc, doc.meetings, today), host);
  const cells = [...host.querySelectorAll('tbody td')].map((td) => textOf(td));
  host.remove();
  return cells;
}

describe('meetingDeadlines with today: what is overdue', () => {
  it('is not overdue on its due day, and is the day after', () => {
    const doc = rulesDocument();
    expect(meetingDeadlines(doc, 'm', { today: NOTICE_DUE })).to.include({
      noticeOverdue: false,
      minutesOverdue: false,
    });
    expect(meetingDeadlines(doc, 'm', { today: '2019-10-05' })).to.include({
      noticeOverdue: true,
      minutesOverdue: false,
    });
    expect(meetingDeadlines(doc, 'm', { today: '2019-10-25' })).to.include({
      noticeOverdue: true,
      minutesOverdue: true,
    });
  });

  it('something sent is never overdue, however late it went', () => {
    const doc = rulesDocument({ meeting: { noticeSent: '2019-10-10', minutesSent: '2019-11-30' } });
    expect(meetingDeadlines(doc, 'm', { today: '2020-01-01' })).to.include({
      noticeLate: true,
      noticeOverdue: false,
      minutesLate: true,
      minutesOverdue: false,
    });
  });

  // Every act is judged as at its moment: on a day before it went, a notice or minutes was not yet sent.
  it('something sent after today is not yet sent on today: to come, or overdue once due', () => {
    const doc = rulesDocument({ meeting: { noticeSent: '2019-10-10', minutesSent: '2019-11-30' } });
    /** [noticeLate, noticeOverdue, minutesLate, minutesOverdue] on `today`. */
    const judged = (today: string) => {
      const d = meetingDeadlines(doc, 'm', { today });
      return [d.noticeLate, d.noticeOverdue, d.minutesLate, d.minutesOverdue];
    };
    expect(judged('2019-10-02')).to.deep.equal([null, false, null, false]);
    expect(judged('2019-11-25')).to.deep.equal([true, false, null, true]);
    expect(judged('2019-11-30')).to.deep.equal([true, false, true, false]);
  });

  it('throws a RangeError naming a today that is not a date', () => {
    expect(() => meetingDeadlines(rulesDocument(), 'm', { today: '31/12/2019' })).to.throw(RangeError, 'today');
  });

  it('without today, the 1.0 answer is unchanged', () => {
    expect(meetingDeadlines(rulesDocument(), 'm')).to.deep.equal({
      noticeDue: NOTICE_DUE,
      minutesDue: MINUTES_DUE,
      noticeLate: null,
      minutesLate: null,
    });
  });
});

describe('the deadlines view', () => {
  it('shows "to come" on the due day and "not sent, overdue" the day after, as the core says', () => {
    const { toCome, notSentOverdue } = en.actions;
    const noticeDue = en.format.shortDate(NOTICE_DUE);
    const minutesDue = en.format.shortDate(MINUTES_DUE);
    expect(shown(undefined, NOTICE_DUE)).to.deep.equal([noticeDue, toCome, minutesDue, toCome]);
    expect(shown(undefined, MINUTES_DUE)).to.deep.equal([noticeDue, notSentOverdue('notice'), minutesDue, toCome]);
    expect(shown(undefined, '2019-10-25')).to.deep.equal([
      noticeDue,
      notSentOverdue('notice'),
      minutesDue,
      notSentOverdue('minutes'),
    ]);
  });

  it('shows a notice or minutes sent after today as not yet sent on today', () => {
    const { toCome, notSentOverdue, sentLate } = en.actions;
    const doc = rulesDocument({ meeting: { noticeSent: '2019-10-10', minutesSent: '2019-11-30' } });
    const noticeDue = en.format.shortDate(NOTICE_DUE);
    const minutesDue = en.format.shortDate(MINUTES_DUE);
    expect(shown(doc, '2019-10-02')).to.deep.equal([noticeDue, toCome, minutesDue, toCome]);
    expect(shown(doc, '2019-11-25')).to.deep.equal([
      noticeDue,
      sentLate(en.format.shortDate('2019-10-10')),
      minutesDue,
      notSentOverdue('minutes'),
    ]);
  });

  // A meeting held on 15 October with minutes "sent" on the 14th read "Sent 14 Oct 2019, on time".
  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`says minutes sent before the meeting need their date checked, not that they were on time (${lang})`, () => {
      const doc = rulesDocument({ meeting: { noticeSent: '2019-10-04', minutesSent: '2019-10-14' } });
      const cells = shown(doc, '2019-12-01', words);
      const sent = words.format.shortDate('2019-10-14');
      expect(cells[3]).to.equal(words.actions.sentBeforeMeeting(sent));
      expect(cells[3]).not.to.equal(words.actions.sentOnTime(sent));
      expect(cells[1]).to.equal(words.actions.sentOnTime(words.format.shortDate('2019-10-04')));
    });
  }

  it('takes the group’s own working days for its caption', async () => {
    const doc = rulesDocument({ group: { noticeDays: 10, minutesDays: 3 } });
    const host = document.createElement('div');
    document.body.append(host);
    render(renderDeadlines(en, doc, doc.meetings, '2019-10-02'), host);
    expect(textOf(host.querySelector('caption'))).to.equal(en.actions.deadlinesCaption(10, 3));
    await expectNoAxeViolations(host);
    host.remove();
  });
});
