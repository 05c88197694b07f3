/**
 * Who may record what, judged as at its moment: the clerk or chair of the
 * meeting's date records attendance, with only the values the seat allowed
 * then; an action's owner, or its group's clerk or chair on the day, changes
 * its status. Roster warnings use the appointment in force on today.
 */
import { expect } from '@open-wc/testing';
import type { ActionStatusChange, AttendanceChange } from '../../../src/rules/changes.js';
import {
  actionChangeRefusal,
  allowedAttendance,
  attendanceChangeRefusal,
  mayChangeAction,
  mayRecordAttendance,
} from '../../../src/rules/permissions.js';
import { rosterWarnings } from '../../../src/rules/roster.js';
import {
  at,
  attendanceChange,
  boardSeats,
  rulesDocument,
  seat,
  type Parts,
  handedOverClerk,
  parsed,
  seedDocument,
} from '../../fixtures/documents.js';
import type { PartnershipDocument } from '../../../src/contract/schema.js';

/** An action of the EOG's meeting of 5 November 2019 that names no group of its own (A-92 of the reviewer's). */
const MEETING_ONLY = {
  id: 'A-92',
  owner: 'p-carew-head',
  due: '2019-12-02',
  status: 'open',
  meeting: 'eog-2019-11-05',
} as const;

/** Dan clerked until 31 October 2019; Olive since 1 November. */
const clerk = handedOverClerk;
/** Secondary had no proxy until Bea was appointed on 1 November. */
const secondary = seat('secondary', 'ben', {
  proxy: 'bea',
  term: { from: '2019-11-01' },
  previous: [{ holder: 'ben', from: '2019-01-01', to: '2019-10-31' }],
});
const [chair, primary, , special, adviser] = boardSeats();
const parts: Parts = {
  seats: [chair!, primary!, secondary, special!, adviser!, seat('vacant', null), clerk],
  meetings: [{ id: 'm2', group: 'g', start: at('16:00', '2019-11-20') }],
  actions: [{ id: 'A-1', title: 'Draft the options paper', owner: 'ann', due: '2019-11-01', group: 'g' }],
};
const doc = rulesDocument(parts);

describe('mayRecordAttendance', () => {
  it('is the clerk or chair appointed on today, whichever meeting it is', () => {
    const on = (today: string, meeting = 'm') =>
      ['dan', 'olive', 'cara', 'ann'].map((p) => mayRecordAttendance(doc, p, meeting, today));
    expect(on('2019-10-15')).to.deep.equal([true, false, true, false]);
    expect(on('2019-11-20', 'm2')).to.deep.equal([false, true, true, false]);
    // Dan's appointment ended on 31 October: correcting October's meeting is Olive's now.
    expect(on('2019-12-10')).to.deep.equal([false, true, true, false]);
    expect(mayRecordAttendance(doc, 'dan', 'nope', '2019-10-15')).to.equal(false);
  });

  it('is no longer a clerk or chair whose term has ended, until the document names a new term', () => {
    const ended = rulesDocument({
      ...parts,
      seats: [seat('chair', 'cara', { role: 'chair', term: { from: '2019-01-01', to: '2019-12-31' } }), clerk],
    });
    expect(mayRecordAttendance(ended, 'cara', 'm', '2019-12-31')).to.equal(true);
    expect(mayRecordAttendance(ended, 'cara', 'm', '2020-01-01')).to.equal(false);
    expect(mayChangeAction(ended, 'cara', 'A-1', '2020-01-01')).to.equal(false);
    expect(mayRecordAttendance(ended, 'olive', 'm', '2020-01-01')).to.equal(true);
  });

  it('without today, is the clerk or chair appointed now', () => {
    expect(['dan', 'olive'].map((p) => mayRecordAttendance(doc, p, 'm'))).to.deep.equal([false, true]);
  });
});

describe('allowedAttendance', () => {
  it("offers holder and proxy only when the seat had them on the meeting's date", () => {
    expect(allowedAttendance(doc, 'primary', 'm')).to.deep.equal(['holder', 'proxy', 'apologies', 'absent']);
    expect(allowedAttendance(doc, 'special', 'm')).to.deep.equal(['holder', 'apologies', 'absent']);
    expect(allowedAttendance(doc, 'vacant', 'm')).to.deep.equal(['apologies', 'absent']);
    expect(allowedAttendance(doc, 'secondary', 'm')).to.deep.equal(['holder', 'apologies', 'absent']);
    expect(allowedAttendance(doc, 'secondary', 'm2')).to.deep.equal(['holder', 'proxy', 'apologies', 'absent']);
  });

  it('offers no holder or proxy for a seat whose term had ended by the meeting: it is not counted until a new term', () => {
    // Primary's term ran to 31 December 2019: at a January meeting its holder and proxy are no member of the group.
    const january = rulesDocument({ ...parts, meetings: [{ id: 'm3', group: 'g', start: at('16:00', '2020-01-14') }] });
    expect(allowedAttendance(january, 'primary', 'm3')).to.deep.equal(['apologies', 'absent']);
    expect(allowedAttendance(january, 'primary', 'm')).to.deep.equal(['holder', 'proxy', 'apologies', 'absent']);
  });

  it('offers no proxy for a vacant seat that still names one: the quorum leaves it out, as checkVote refuses its vote', () => {
    const seats = parts.seats!.map((s) => (s.id === 'vacant' ? seat('vacant', null, { proxy: 'amy' }) : s));
    const kept = rulesDocument({ ...parts, seats });
    expect(allowedAttendance(kept, 'vacant', 'm')).to.deep.equal(['apologies', 'absent']);
    expect(attendanceChangeRefusal(kept, attendanceChange({ seat: 'vacant', attendance: 'proxy' }))?.reason).to.equal(
      'attendance-not-allowed',
    );
  });

  it('offers nothing for a seat or meeting the document does not hold', () => {
    expect(allowedAttendance(doc, 'nope', 'm')).to.deep.equal([]);
    expect(allowedAttendance(doc, 'primary', 'nope')).to.deep.equal([]);
  });
});

describe('attendanceChangeRefusal', () => {
  const refused = (fields: Partial<AttendanceChange>, document = doc) =>
    attendanceChangeRefusal(document, attendanceChange(fields))?.reason;

  it('accepts the clerk of the day recording a value the seat allows', () => {
    expect(refused({})).to.equal(undefined);
    expect(refused({ seat: 'secondary', by: 'cara', attendance: 'apologies' })).to.equal(undefined);
  });

  it('refuses, in order: the meeting, the person, the seat, the value', () => {
    expect(refused({ meeting: 'nope', by: 'ann', seat: 'nope' })).to.equal('unknown-meeting');
    expect(refused({ by: 'olive', seat: 'nope' })).to.equal('not-permitted');
    expect(refused({ seat: 'nope', attendance: 'proxy' })).to.equal('unknown-seat');
    expect(refused({ seat: 'secondary', attendance: 'proxy' })).to.equal('attendance-not-allowed');
    const onItsDay = { meeting: 'm2', at: at('16:05', '2019-11-20') };
    expect(refused({ ...onItsDay, by: 'olive', seat: 'secondary', attendance: 'proxy' })).to.equal(undefined);
    expect(refused({ seat: 'vacant' })).to.equal('attendance-not-allowed');
  });

  it('judges who may record on the day it is recorded (the host’s received, else at), not the meeting’s', () => {
    const later = { attendance: 'apologies' as const, at: at('10:00', '2019-12-10') };
    expect(refused({ ...later, by: 'dan' })).to.equal('not-permitted'); // his appointment ended on 31 October
    expect(refused({ ...later, by: 'olive' })).to.equal(undefined);
    expect(refused({ ...later, by: 'olive', at: at('16:05'), received: at('10:00', '2019-12-10') })).to.equal(
      undefined,
    );
    expect(refused({ by: 'dan', received: '2019-10-31T23:30:00-01:00' })).to.equal('not-permitted'); // 1 November in London
  });

  it('gives the values a message needs: ids and the value refused', () => {
    const values = (fields: Partial<AttendanceChange>) =>
      attendanceChangeRefusal(doc, attendanceChange(fields))?.values;
    expect(values({ meeting: 'nope' })).to.deep.equal({ meeting: 'nope' });
    expect(values({ by: 'olive' })).to.deep.equal({ person: 'olive', group: 'g', meeting: 'm' });
    expect(values({ seat: 'nope' })).to.deep.equal({ seat: 'nope', group: 'g' });
    expect(values({ seat: 'secondary', attendance: 'proxy' })).to.deep.equal({
      seat: 'secondary',
      meeting: 'm',
      attendance: 'proxy',
    });
    expect(values({ attendance: 'left' })).to.deep.equal({ seat: 'primary', meeting: 'm', meetingDay: true });
  });

  it('refuses a check-in for a seat whose term had ended, naming the day it ended', () => {
    const january = rulesDocument({ ...parts, meetings: [{ id: 'm3', group: 'g', start: at('16:00', '2020-01-14') }] });
    const checkIn = (attendance: 'holder' | 'proxy') =>
      attendanceChangeRefusal(
        january,
        attendanceChange({ meeting: 'm3', by: 'cara', attendance, at: at('16:10', '2020-01-14') }),
      );
    for (const attendance of ['holder', 'proxy'] as const) {
      expect(checkIn(attendance)).to.deep.equal({
        reason: 'attendance-not-allowed',
        values: { seat: 'primary', meeting: 'm3', attendance, termEnded: '2019-12-31' },
      });
    }
  });

  it('refuses a check-out for a seat that is not in the room', () => {
    expect(refused({ attendance: 'left' })).to.equal('not-in-room');
    const present = rulesDocument({
      ...parts,
      meeting: { attendance: { primary: { as: 'holder', arrived: at('16:00') } } },
    });
    expect(refused({ attendance: 'left' }, present)).to.equal(undefined);
    const gone = rulesDocument({
      ...parts,
      meeting: { attendance: { primary: { as: 'holder', arrived: at('16:00'), left: at('17:00') } } },
    });
    expect(refused({ attendance: 'left' }, gone)).to.equal('not-in-room');
  });

  it("refuses a check-out outside the meeting's day, judged by the host's received time", () => {
    const present = rulesDocument({ ...parts, meeting: { attendance: { primary: 'holder' } } });
    expect(refused({ attendance: 'left', at: at('17:00') }, present)).to.equal(undefined);
    const nextDay = attendanceChangeRefusal(
      present,
      attendanceChange({ attendance: 'left', at: at('09:00', '2019-10-16') }),
    );
    expect(nextDay).to.deep.equal({
      reason: 'not-in-room',
      values: { seat: 'primary', meeting: 'm', meetingDay: false },
    });
    const stamped = { attendance: 'left' as const, at: at('17:00'), received: at('09:00', '2019-10-16') };
    expect(refused(stamped, present)).to.equal('not-in-room');
  });

  it('judges a check-out the host timed at its own moment (timed) by that moment, however late it arrived', () => {
    // Made at 17:00 with no signal, stored the next morning, timed at 17:00: withAttendance records the departure.
    const present = rulesDocument({ ...parts, meeting: { attendance: { primary: 'holder' } } });
    const kept = {
      attendance: 'left' as const,
      at: at('17:00'),
      received: at('09:00', '2019-10-16'),
      timed: at('17:00'),
    };
    expect(refused(kept, present)).to.equal(undefined);
    // Its arrival, timed on the meeting's day before a closing time it reached the host after, is still one timed
    // on the day (the host never times it before that closing time: src/server/check-in-moment.ts).
    const open = rulesDocument({ ...parts, proposal: { status: 'open', closes: at('18:00') } });
    const late = attendanceChange({ at: at('18:05'), received: at('09:00', '2019-10-16'), timed: at('18:05') });
    expect(attendanceChangeRefusal(open, late)).to.equal(undefined);
  });

  it('refuses a change made on an attendance the seat no longer has (was), naming what it has now', () => {
    const inRoom = { as: 'holder' as const, arrived: at('16:00') };
    const gone = rulesDocument({ ...parts, meeting: { attendance: { primary: { ...inRoom, left: at('17:00') } } } });
    const apologised = rulesDocument({ ...parts, meeting: { attendance: { primary: 'apologies' } } });
    const late = { at: at('17:30') };
    expect(
      attendanceChangeRefusal(gone, attendanceChange({ ...late, attendance: 'apologies', was: 'holder' })),
    ).to.deep.equal({
      reason: 'changed-since',
      values: { seat: 'primary', meeting: 'm', attendance: 'left', was: 'holder' },
    });
    // A check-out made while the seat showed in the room, of a seat someone has since given apologies for: that
    // is why, not that it is not checked in.
    expect(refused({ ...late, attendance: 'left', was: 'holder' }, apologised)).to.equal('changed-since');
    expect(refused({ ...late, attendance: 'holder', was: 'left' }, gone)).to.equal(undefined);
    expect(refused({ ...late, attendance: 'apologies', was: 'absent' }, apologised)).to.equal(undefined);
    expect(refused({ ...late, attendance: 'holder' }, apologised), 'no was: taken as before').to.equal(undefined);
  });

  it('refuses any change once a proposal decided at the meeting is closed, naming it', () => {
    const decided = rulesDocument({ ...parts, proposal: { status: 'closed' } });
    const refusal = attendanceChangeRefusal(decided, attendanceChange({}));
    expect(refusal).to.deep.equal({ reason: 'meeting-decided', values: { meeting: 'm', proposal: 'p' } });
  });

  it('after an open proposal of the meeting closed, refuses what would rewrite the room it was decided in', () => {
    const open = rulesDocument({ ...parts, proposal: { status: 'open', closes: at('18:00') } });
    expect(attendanceChangeRefusal(open, attendanceChange({ attendance: 'apologies', at: at('17:59') }))).to.equal(
      undefined,
    );
    expect(
      attendanceChangeRefusal(open, attendanceChange({ attendance: 'apologies', at: at('18:01') }))?.reason,
    ).to.equal('meeting-decided');
    // The next day a change is a plain value, as from the minutes: refused. The host's clock decides, not the device's.
    const stamped = attendanceChange({ at: at('17:00'), received: at('09:00', '2019-10-16') });
    expect(attendanceChangeRefusal(open, stamped)?.reason).to.equal('meeting-decided');
  });

  it('once an item is closed, records an arrival or departure timed after its closing time, for the items still to come', () => {
    // Item 1 was counted at 16:30 and marked closed; item 2 closes at 17:30, and who leaves at 17:00 decides it.
    const closed = rulesDocument({ ...parts, proposal: { status: 'closed', closes: at('16:30') } });
    expect(attendanceChangeRefusal(closed, attendanceChange({ at: at('16:45') }))).to.equal(undefined);
    const present = { as: 'holder' as const, arrived: at('16:00') };
    const inRoom = rulesDocument({
      ...parts,
      meeting: { attendance: { primary: present } },
      proposal: { status: 'closed', closes: at('16:30') },
    });
    expect(attendanceChangeRefusal(inRoom, attendanceChange({ attendance: 'left', at: at('17:00') }))).to.equal(
      undefined,
    );
    // Timed at or before the moment it was counted at, or closed before its closing time: the count would change.
    expect(attendanceChangeRefusal(closed, attendanceChange({ at: at('16:30') }))?.reason).to.equal('meeting-decided');
    const closedEarly = rulesDocument({ ...parts, proposal: { status: 'closed', closes: at('18:00') } });
    expect(attendanceChangeRefusal(closedEarly, attendanceChange({ at: at('17:00') }))?.reason).to.equal(
      'meeting-decided',
    );
    // Apologies are not timed: they would rewrite the whole meeting.
    expect(
      attendanceChangeRefusal(closed, attendanceChange({ attendance: 'apologies', at: at('16:45') }))?.reason,
    ).to.equal('meeting-decided');
  });

  it('after an open proposal closed, still records an arrival timed now: it says nothing of the room before', () => {
    const open = rulesDocument({ ...parts, proposal: { status: 'open', closes: at('18:00') } });
    expect(attendanceChangeRefusal(open, attendanceChange({ at: at('18:10') }))).to.equal(undefined);
  });
});

describe('actionChangeRefusal', () => {
  const change = (fields: Partial<ActionStatusChange>): ActionStatusChange => ({
    id: 'c',
    action: 'A-1',
    status: 'done',
    completed: '2019-10-30',
    by: 'ann',
    at: at('09:00', '2019-10-31'),
    ...fields,
  });
  const refused = (fields: Partial<ActionStatusChange>, today = '2019-10-31') =>
    actionChangeRefusal(doc, change(fields), today)?.reason;

  it("accepts the owner's change", () => {
    expect(refused({})).to.equal(undefined);
    expect(refused({ status: 'in-progress', completed: undefined })).to.equal(undefined);
  });

  it('refuses an unknown action, someone else, a completed date without done or still to come', () => {
    expect(refused({ action: 'nope' })).to.equal('unknown-action');
    expect(refused({ by: 'ben' })).to.equal('not-permitted');
    expect(refused({ status: 'open' })).to.equal('completed-without-done');
    expect(refused({ completed: '2019-11-01' })).to.equal('completed-in-future');
    expect(refused({ completed: '2019-10-31' })).to.equal(undefined);
  });

  it('gives the values a message needs: ids and raw facts', () => {
    const refusal = (fields: Partial<ActionStatusChange>) => actionChangeRefusal(doc, change(fields), '2019-10-31');
    expect(refusal({ action: 'nope' })).to.deep.equal({ reason: 'unknown-action', values: { action: 'nope' } });
    expect(refusal({ by: 'ben' })).to.deep.equal({ reason: 'not-permitted', values: { person: 'ben', action: 'A-1' } });
    expect(refusal({ status: 'open' })?.values).to.deep.equal({ action: 'A-1', status: 'open' });
    expect(refusal({ completed: '2019-11-01' })?.values).to.deep.equal({
      action: 'A-1',
      completed: '2019-11-01',
      today: '2019-10-31',
    });
  });

  // A year typed wrong (2018 for 2019) made a late action read as done on time: nothing is done before it is raised.
  it("refuses a completed date before the action was raised, at its meeting's date", () => {
    const raisedAtM = { id: 'A-2', title: 'Visit the schools', owner: 'ann', due: '2019-11-01', meeting: 'm' };
    const withMeeting = rulesDocument({ ...parts, actions: [...parts.actions!, raisedAtM] });
    const refusal = (completed: string) =>
      actionChangeRefusal(withMeeting, change({ action: 'A-2', completed }), '2019-10-31');
    expect(refusal('2018-01-01')).to.deep.equal({
      reason: 'completed-before-raised',
      values: { action: 'A-2', completed: '2018-01-01', raised: '2019-10-15' },
    });
    expect(refusal('2019-10-14')?.reason).to.equal('completed-before-raised');
    // Done on the day it was raised is possible; an action of no meeting has no day it was raised.
    expect(refusal('2019-10-15')).to.equal(undefined);
    expect(actionChangeRefusal(withMeeting, change({ completed: '2018-01-01' }), '2019-10-31')).to.equal(undefined);
  });

  it('lets the clerk or chair of the group change it, as appointed on today', () => {
    expect(refused({ by: 'cara' })).to.equal(undefined);
    expect(refused({ by: 'dan' }, '2019-10-31')).to.equal(undefined);
    expect(refused({ by: 'olive' }, '2019-10-31')).to.equal('not-permitted');
    expect(refused({ by: 'olive' }, '2019-11-05')).to.equal(undefined);
    expect(refused({ by: 'dan' }, '2019-11-05')).to.equal('not-permitted');
  });

  it('mayChangeAction: the owner, or the clerk or chair', () => {
    expect(['ann', 'cara', 'olive', 'ben'].map((p) => mayChangeAction(doc, p, 'A-1'))).to.deep.equal([
      true,
      true,
      true,
      false,
    ]);
    expect(mayChangeAction(doc, 'ann', 'nope')).to.equal(false);
  });

  it('mayChangeAction with today offers what actionChangeRefusal accepts that day', () => {
    for (const today of ['2019-10-31', '2019-11-05']) {
      for (const by of ['ann', 'cara', 'dan', 'olive', 'ben']) {
        const offered = mayChangeAction(doc, by, 'A-1', today);
        expect(offered, `${by} on ${today}`).to.equal(refused({ by, completed: undefined }, today) === undefined);
      }
    }
    expect(mayChangeAction(doc, 'dan', 'A-1', '2019-10-31')).to.equal(true);
  });

  it('mayChangeAction: an action of no group is changed by its owner only, not by any clerk or chair', () => {
    const ungrouped = rulesDocument({
      ...parts,
      actions: [{ id: 'A-2', title: 'Book the hall', owner: 'ann', due: '2019-11-01' }],
    });
    expect(['ann', 'cara', 'olive'].map((p) => mayChangeAction(ungrouped, p, 'A-2'))).to.deep.equal([
      true,
      false,
      false,
    ]);
  });
});

describe('rosterWarnings on today', () => {
  const roster = rulesDocument({
    seats: [
      seat('chair', 'cara', { role: 'chair', proxy: 'colin' }),
      // Ann until the end of 2019, with Amy as proxy; Nina from 2020, with no proxy, for one month.
      seat('primary', 'nina', {
        term: { from: '2020-01-01', to: '2020-01-31' },
        previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-12-31' }],
      }),
      // Sam held Special until it fell vacant at the end of 2019.
      seat('special', null, { previous: [{ holder: 'sam', proxy: 'sue', from: '2019-01-01', to: '2019-12-31' }] }),
      // Cara takes Secondary too in 2020.
      seat('secondary', 'cara', {
        proxy: 'bea',
        term: { from: '2020-01-01' },
        previous: [{ holder: 'ben', proxy: 'bea', from: '2019-01-01', to: '2019-12-31' }],
      }),
    ],
  });
  const codes = (today: string) => rosterWarnings(roster, 'g', today).map((w) => `${w.seat}:${w.code}`);

  it('uses the holder and proxy in force on today', () => {
    expect(codes('2019-10-01')).to.deep.equal([]);
    expect(codes('2020-01-15')).to.deep.equal([
      'chair:multiple-seats',
      'primary:no-proxy',
      'primary:term-ending',
      'special:vacant',
      'secondary:multiple-seats',
    ]);
  });

  it('names the person appointed on today', () => {
    const noProxy = rosterWarnings(roster, 'g', '2020-01-15').find((w) => w.code === 'no-proxy');
    expect(noProxy?.values).to.deep.equal({ seat: 'primary', holder: 'nina' });
  });

  it('judges terms on the appointment in force today, naming its holder', () => {
    // Nina's term ends on 31 January 2020, but on 15 December Ann is the representative: no warning names Nina yet,
    // nor Ann, whom Nina follows the next day. Sam's term ends on 31 December with no one appointed from 1 January.
    expect(codes('2019-12-15')).to.deep.equal(['special:term-ending']);
    expect(rosterWarnings(roster, 'g', '2019-12-15')[0]!.values).to.deep.equal({
      seat: 'special',
      to: '2019-12-31',
      holder: 'sam',
    });
    const ending = rosterWarnings(roster, 'g', '2020-01-15').find((w) => w.code === 'term-ending');
    expect(ending!.values).to.deep.equal({ seat: 'primary', to: '2020-01-31', holder: 'nina' });
  });
});

// The contract makes an action's `group` and `meeting` optional links: an action linked to a group only through the
// meeting that raised it is that group's. Its clerk could not change it, though the tracker's CSV named its group.
describe('an action linked to its group only through its meeting', () => {
  async function sutton(): Promise<PartnershipDocument> {
    const loose = await seedDocument('sutton');
    loose.actions.push({ ...MEETING_ONLY, title: 'Report back on the satellite classes' });
    return parsed(loose);
  }

  it("its meeting's group's clerk may change it, as they may an action of the group's own", async () => {
    const doc = await sutton();
    expect(mayChangeAction(doc, 'p-project-manager', 'A-10', '2019-12-10'), 'A-10, of the EOG').to.equal(true);
    expect(mayChangeAction(doc, 'p-project-manager', 'A-92', '2019-12-10')).to.equal(true);
    const change = {
      id: 'c-92',
      action: 'A-92',
      status: 'done',
      by: 'p-project-manager',
      at: '2019-12-10T10:00:00Z',
    } as const;
    expect(actionChangeRefusal(doc, change, '2019-12-10')).to.equal(undefined);
  });

  it('the clerk of another group may not', async () => {
    expect(mayChangeAction(await sutton(), 'p-elg-chair', 'A-92', '2019-12-10')).to.equal(false);
  });
});
