/**
 * Quorum's answers agreeing with each other: one rule for a seat whose terms had all ended, the same under every
 * requirement of the meeting; and "not yet known" only while attendance is still to come.
 */
import { expect } from '@open-wc/testing';
import type { QuorumRequirement } from '../../../src/contract/schema.js';
import { outcome } from '../../../src/rules/outcome.js';
import { attendanceAwaitedUntil, awaitingAttendance, quorum, type QuorumResult } from '../../../src/rules/quorum.js';
import { at, boardSeats, rulesDocument, type MeetingInput } from '../../fixtures/documents.js';

const day = at('16:00').slice(0, 10);
const requirements: QuorumRequirement[] = [
  { label: 'Two of the voting members', seats: { voting: true }, min: 2, proxies: true },
  { label: 'A primary member present', seats: { partner: 'primary' }, min: 1, proxies: true },
];
const half: QuorumRequirement[] = [
  { label: 'Half of the voting seats', seats: { voting: true }, min: '1/2', proxies: true },
];

/** The board after every voting seat's term ended on 30 September 2019 (the meeting is on 15 October), but `renewed`'s. */
function lapsedBoard(renewed: string[]) {
  const term = (id: string) => ({ from: '2019-01-01', to: renewed.includes(id) ? '2020-09-30' : '2019-09-30' });
  const seats = boardSeats().map((s) => (s.voting === false ? s : { ...s, term: term(s.id) }));
  const attendance = { chair: 'holder', primary: 'holder', secondary: 'holder', special: 'holder' } as const;
  const proposal = { status: 'closed' as const, closes: at('17:00') };
  return rulesDocument({ seats, group: { quorum: requirements }, meeting: { attendance }, proposal });
}

/** Each seat as the requirements list it: missing (counted) or vacant (not counted). */
function standings(result: QuorumResult): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  const say = (seat: string, how: string) => seen.set(seat, (seen.get(seat) ?? new Set()).add(how));
  for (const r of result.requirements) {
    r.vacant.forEach((seat) => say(seat, 'not counted'));
    r.missing.forEach((seat) => say(seat, 'counted'));
  }
  return seen;
}

describe('quorum: a seat whose terms had all ended', () => {
  it('is not counted under any requirement of the meeting, whichever other seats are in post', () => {
    for (const renewed of [[], ['secondary'], ['primary'], ['secondary', 'primary']]) {
      const said = standings(quorum(lapsedBoard(renewed), 'm'));
      for (const seat of ['chair', 'primary', 'secondary', 'special']) {
        // Every seat attended: one in post is present (listed nowhere), one whose term ended is not counted.
        const expected = renewed.includes(seat) ? undefined : ['not counted'];
        const listed = said.has(seat) ? [...said.get(seat)!] : undefined;
        expect(listed, `${seat}, renewed [${renewed}]`).to.deep.equal(expected);
      }
    }
  });

  it('renewing one member’s term never turns a quorate meeting, or its decision, inquorate', () => {
    const steps = [[], ['secondary'], ['secondary', 'primary'], ['secondary', 'primary', 'chair', 'special']];
    const quorate = steps.map((renewed) => quorum(lapsedBoard(renewed), 'm').quorate);
    const decided = steps.map((renewed) => outcome(lapsedBoard(renewed), 'p').quorate);
    // Only seats in post count: their holders' votes are the ones that count (term-ended refuses the others').
    expect(quorate).to.deep.equal([false, false, true, true]);
    expect(decided).to.deep.equal(quorate);
  });

  it('names the primary seat the same way under both requirements once one other term is renewed', () => {
    const [voting, primary] = quorum(lapsedBoard(['secondary']), 'm').requirements;
    expect(voting).to.deep.include({ present: 1, needed: 2, met: false });
    expect(voting!.vacant).to.include('primary');
    expect(primary).to.deep.include({ present: 0, met: false, vacant: ['primary'], missing: [] });
  });
});

describe('quorum: not yet known only while attendance is still to come', () => {
  const away = { chair: 'apologies', primary: 'absent', secondary: 'apologies', special: 'absent' } as const;
  const meetingWith = (meeting: Partial<MeetingInput>, proposal = {}) =>
    rulesDocument({ group: { quorum: half }, meeting: { attendance: {}, ...meeting }, proposal });

  it('a meeting on its day with every seat in post recorded is known: not quorate', () => {
    const doc = meetingWith({ end: at('18:00'), attendance: { ...away, adviser: 'absent' } });
    expect(awaitingAttendance(doc, 'm', day)).to.equal(false);
    expect(quorum(doc, 'm', { today: day }).state).to.equal('not-quorate');
  });

  it('a meeting on its day with nobody recorded: not yet known until it has ended by `now`', () => {
    const doc = meetingWith({ end: at('18:00') });
    expect(quorum(doc, 'm', { today: day }).state).to.equal('not-yet-known');
    expect(quorum(doc, 'm', { today: day, now: at('17:00') }).state).to.equal('not-yet-known');
    expect(quorum(doc, 'm', { today: day, now: at('19:00') }).state).to.equal('not-quorate');
    expect(awaitingAttendance(doc, 'm', day, at('19:00'))).to.equal(false);
  });

  it('attendance is awaited by the clock until the meeting’s end, on its own day only', () => {
    const doc = rulesDocument({ meeting: { end: at('18:00') } });
    const end = new Date(at('18:00')).toISOString();
    expect(attendanceAwaitedUntil(doc, 'm', day, at('16:30'))).to.equal(end);
    expect(attendanceAwaitedUntil(doc, 'm', day, at('18:01')), 'over').to.equal(undefined);
    expect(attendanceAwaitedUntil(doc, 'm', '2019-10-01', at('09:00', '2019-10-01')), 'a day before').to.equal(
      undefined,
    );
    const recorded = rulesDocument({ meeting: { end: at('18:00'), attendance: { chair: 'holder' } } });
    expect(attendanceAwaitedUntil(recorded, 'm', day, at('16:30')), 'someone recorded present').to.equal(undefined);
  });

  it('the clock’s hour only on its own day: a page given an earlier today is not told the meeting is over', () => {
    const doc = meetingWith({ end: at('18:00') });
    // A page replaying the morning of 1 October, on a device whose clock reads years later.
    const replay = { today: '2019-10-01', now: '2026-12-07T09:00:00Z' };
    expect(quorum(doc, 'm', replay).state).to.equal('not-yet-known');
    expect(awaitingAttendance(doc, 'm', replay.today, replay.now)).to.equal(true);
  });

  it('a decided proposal’s quorum is known once voting has closed, as its result is', () => {
    // Voting closed at 18:00 on the meeting's day; nobody was checked in; the page's clock says 18:30.
    const doc = meetingWith({}, { status: 'open', closes: at('18:00') });
    const closed = outcome(doc, 'p', { now: at('18:30'), today: day });
    expect([closed.result, closed.quorumState]).to.deep.equal(['inquorate', 'not-quorate']);
    const open = outcome(doc, 'p', { now: at('17:00'), today: day });
    expect([open.result, open.quorumState]).to.deep.equal(['pending', 'not-yet-known']);
    const statusClosed = meetingWith({}, { status: 'closed', closes: at('18:00') });
    expect(outcome(statusClosed, 'p', { today: day }).quorumState).to.equal('not-quorate');
  });

  it('a draft or withdrawn proposal decides nothing: its meeting’s quorum is not yet known before anyone is recorded', () => {
    for (const status of ['draft', 'withdrawn'] as const) {
      const doc = meetingWith({ end: at('18:00') }, { status });
      expect(quorum(doc, 'm', { today: day, now: at('09:00'), proposal: 'p' }).state, status).to.equal('not-yet-known');
      expect(outcome(doc, 'p', { now: at('09:00'), today: day }).quorumState, status).to.equal('not-yet-known');
    }
  });
});

describe('quorum: a meeting still on past midnight is still awaiting its attendance', () => {
  /** The board meeting from `start` to `end`, nobody recorded yet. */
  const meetingFrom = (start: string, end: string) =>
    rulesDocument({ group: { quorum: half }, meeting: { attendance: {}, start, end } });
  const lateNight = meetingFrom('2026-12-07T23:30:00Z', '2026-12-08T01:00:00Z');

  it('reads not yet known after midnight while the meeting is on by `now`, and not quorate once it is over', () => {
    const asked = (now: string) => quorum(lateNight, 'm', { today: now.slice(0, 10), now }).state;
    expect(asked('2026-12-07T23:59:00Z'), 'before midnight').to.equal('not-yet-known');
    expect(asked('2026-12-08T00:01:00Z'), 'after midnight, still on').to.equal('not-yet-known');
    expect(awaitingAttendance(lateNight, 'm', '2026-12-08', '2026-12-08T00:01:00Z')).to.equal(true);
    expect(asked('2026-12-08T01:01:00Z'), 'over').to.equal('not-quorate');
  });

  it('is awaited by the clock until the meeting’s end, after midnight too', () => {
    const end = '2026-12-08T01:00:00.000Z';
    expect(attendanceAwaitedUntil(lateNight, 'm', '2026-12-07', '2026-12-07T23:59:00Z')).to.equal(end);
    expect(attendanceAwaitedUntil(lateNight, 'm', '2026-12-08', '2026-12-08T00:01:00Z')).to.equal(end);
  });

  it('a meeting at 00:30 BST on 1 July written in UTC is not yet known from London’s midnight until its end', () => {
    const summer = meetingFrom('2026-06-30T23:30:00Z', '2026-07-01T01:00:00Z');
    // London's date turns at 23:00 UTC, when the meeting written on 30 June is still to come.
    for (const [now, today] of [
      ['2026-06-30T22:50:00Z', '2026-06-30'],
      ['2026-06-30T23:00:00Z', '2026-07-01'],
      ['2026-06-30T23:35:00Z', '2026-07-01'],
    ] as const)
      expect(quorum(summer, 'm', { today, now }).state, now).to.equal('not-yet-known');
    expect(quorum(summer, 'm', { today: '2026-07-01', now: '2026-07-01T01:05:00Z' }).state).to.equal('not-quorate');
  });
});
