/**
 * The changes applied to a document: a clerk's check-in and check-out record
 * arrival and departure times on the meeting's day (the host's `timed`, else
 * its `received`, when stamped) and plain values outside it; votes and action statuses.
 */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/contract/parse.js';
import type { PartnershipDocument } from '../../../src/contract/schema.js';
import {
  withActionStatus,
  withAttendance,
  withAttendanceEntry,
  withVote,
  type AttendanceChange,
} from '../../../src/rules/changes.js';
import { at, rulesDocument, vote, type Parts } from '../../fixtures/documents.js';

const START = rulesDocument();
let changes = 0;
const change = (seat: string, attendance: AttendanceChange['attendance'], when: string): AttendanceChange => {
  changes += 1;
  return { id: `c${changes}`, meeting: 'm', seat, attendance, by: 'cara', at: when };
};
/** The document after each change in turn. */
const after = (doc: PartnershipDocument, ...steps: AttendanceChange[]) => steps.reduce(withAttendance, doc);
const entry = (doc: PartnershipDocument, seat = 'primary') => doc.meetings[0]!.attendance[seat];

describe('withAttendance on the meeting day', () => {
  it('checks a seat in with its arrival time', () => {
    expect(entry(after(START, change('primary', 'holder', at('16:05'))))).to.deep.equal({
      as: 'holder',
      arrived: at('16:05'),
    });
  });

  it("stamps the host's received time, not the device's", () => {
    const stamped = { ...change('primary', 'holder', at('16:05')), received: at('16:07') };
    expect(entry(after(START, stamped))).to.deep.equal({ as: 'holder', arrived: at('16:07') });
  });

  it("times a change the host kept at the clerk's own moment (timed) at that moment, not at received", () => {
    // Checked in at 16:05 with no signal; the clerk's phone reached the host at 16:40.
    const kept = { ...change('primary', 'holder', at('16:05')), received: at('16:40'), timed: at('16:05') };
    expect(entry(after(START, kept))).to.deep.equal({ as: 'holder', arrived: at('16:05') });
    // Stored the next day, it is still an arrival on the meeting's day.
    const nextDay = { ...kept, received: at('09:00', '2019-10-16') };
    expect(entry(after(START, nextDay))).to.deep.equal({ as: 'holder', arrived: at('16:05') });
  });

  it("closes the proxy's span when the holder arrives", () => {
    const doc = after(START, change('primary', 'proxy', at('16:00')), change('primary', 'holder', at('16:40')));
    expect(entry(doc)).to.deep.equal([
      { as: 'proxy', arrived: at('16:00'), left: at('16:40') },
      { as: 'holder', arrived: at('16:40') },
    ]);
  });

  it('checks a seat out, and in again as a new span', () => {
    const out = after(START, change('primary', 'holder', at('16:05')), change('primary', 'left', at('17:00')));
    expect(entry(out)).to.deep.equal({ as: 'holder', arrived: at('16:05'), left: at('17:00') });
    expect(entry(after(out, change('primary', 'holder', at('17:10'))))).to.deep.equal([
      { as: 'holder', arrived: at('16:05'), left: at('17:00') },
      { as: 'holder', arrived: at('17:10') },
    ]);
  });

  it('changes nothing when the seat is already in the room in that capacity', () => {
    const once = after(START, change('primary', 'holder', at('16:05')));
    expect(entry(after(once, change('primary', 'holder', at('16:30'))))).to.deep.equal(entry(once));
  });

  it("changes nothing when the host timed the same arrival a moment after the device's time", () => {
    // A page lays a check-in the host confirmed over the host's document for a few seconds, timed by the device's
    // clock, which runs behind the host's: the seat is in the room already, by the host's later stamp.
    const out = after(START, change('primary', 'holder', at('16:05')), change('primary', 'left', at('16:30')));
    const back = { ...change('primary', 'holder', at('16:36')), received: at('16:37') };
    const hosts = after(out, back);
    const { received: _stamp, ...asSent } = back;
    expect(entry(after(hosts, asSent))).to.deep.equal(entry(hosts));
  });

  it('records a time of departure for a seat recorded present ahead of the day', () => {
    const ahead = withAttendanceEntry(START, 'm', 'primary', 'holder');
    expect(entry(after(ahead, change('primary', 'left', at('17:00'))))).to.deep.equal({
      as: 'holder',
      left: at('17:00'),
    });
  });

  it('records apologies or absent as the plain value, as a correction', () => {
    const doc = after(START, change('primary', 'holder', at('16:05')), change('primary', 'apologies', at('16:10')));
    expect(entry(doc)).to.equal('apologies');
  });

  it('counts the whole of the meeting date in its own offset when the meeting has no end', () => {
    // 00:30 on the 15th in BST is 23:30 on the 14th in UTC.
    expect(entry(after(START, change('primary', 'holder', '2019-10-14T23:30:00Z')))).to.deep.equal({
      as: 'holder',
      arrived: '2019-10-14T23:30:00Z',
    });
    expect(entry(after(START, change('primary', 'holder', at('23:59'))))).to.deep.include({ as: 'holder' });
  });

  it('keeps the document within the contract', () => {
    const doc = after(
      START,
      change('primary', 'proxy', at('16:00')),
      change('primary', 'holder', at('16:40')),
      change('primary', 'left', at('17:30')),
      change('secondary', 'holder', at('16:01')),
      change('special', 'apologies', at('16:02')),
    );
    expect(parseDocument(doc).ok).to.equal(true);
  });
});

describe('withAttendance outside the meeting day', () => {
  const ended = rulesDocument({ meeting: { end: at('18:00') } } satisfies Parts);

  it('records the plain value before the day and after the end, as from the minutes', () => {
    expect(entry(after(START, change('primary', 'holder', '2019-10-14T22:59:00Z')))).to.equal('holder');
    expect(entry(after(ended, change('primary', 'proxy', at('18:01'))))).to.equal('proxy');
    expect(entry(after(START, change('primary', 'holder', at('09:00', '2019-10-16'))))).to.equal('holder');
  });

  it('replaces spans recorded on the day with the plain value', () => {
    const onTheDay = after(ended, change('primary', 'holder', at('16:05')));
    expect(entry(after(onTheDay, change('primary', 'apologies', at('09:00', '2019-10-20'))))).to.equal('apologies');
  });

  it('ignores a check-out, and a change for a meeting the document does not hold', () => {
    const present = withAttendanceEntry(ended, 'm', 'primary', 'holder');
    expect(after(present, change('primary', 'left', at('18:30')))).to.equal(present);
    expect(withAttendance(START, { ...change('primary', 'holder', at('16:05')), meeting: 'nope' })).to.equal(START);
  });
});

describe('withAttendanceEntry, withVote and withActionStatus', () => {
  it('replaces or removes one entry, leaving the others', () => {
    const two = withAttendanceEntry(withAttendanceEntry(START, 'm', 'primary', 'holder'), 'm', 'chair', 'proxy');
    expect(two.meetings[0]!.attendance).to.deep.equal({ primary: 'holder', chair: 'proxy' });
    expect(withAttendanceEntry(two, 'm', 'primary', undefined).meetings[0]!.attendance).to.deep.equal({
      chair: 'proxy',
    });
    expect(START.meetings[0]!.attendance).to.deep.equal({});
  });

  it('adds a vote, replacing a stored one with the same id', () => {
    const cast = vote('primary', 'ann', 'for');
    const once = withVote(START, cast);
    const again = withVote(once, { ...cast, choice: 'against' });
    expect(again.votes.map((v) => [v.id, v.choice])).to.deep.equal([[cast.id, 'against']]);
    expect(START.votes).to.deep.equal([]);
  });

  it('leaves a document that holds the very vote as it is', () => {
    const cast = vote('primary', 'ann', 'for');
    const once = withVote(START, cast);
    expect(withVote(once, cast)).to.equal(once);
    expect(withVote(once, { ...cast })).not.to.equal(once);
  });

  it('records a completion date only with done', () => {
    const doc = rulesDocument({ actions: [{ id: 'A-1', title: 'Paper', owner: 'ann', due: '2019-11-01' }] });
    const done = withActionStatus(doc, {
      id: 'c',
      action: 'A-1',
      status: 'done',
      completed: '2019-10-30',
      by: 'ann',
      at: at('09:00'),
    });
    expect(done.actions[0]).to.include({ status: 'done', completed: '2019-10-30' });
    const reopened = withActionStatus(done, { id: 'd', action: 'A-1', status: 'open', by: 'ann', at: at('10:00') });
    expect(reopened.actions[0]!.status).to.equal('open');
    expect(reopened.actions[0]).to.not.have.property('completed');
  });
});
