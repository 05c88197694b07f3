/**
 * Who was in the room, and when (contract 1.1 "Arrival and departure"). A
 * seat's attendance is a value, a span with `arrived` and `left`, or a list
 * of spans; a seat is present at moment T when one of its `holder` or `proxy`
 * spans has arrived by T and not left by T. With no times, a seat that
 * attended is present throughout.
 */
import type { Attendance, AttendanceSpan, Meeting, Proposal } from '../contract/schema.js';
import { instantOf } from './calendar.js';
import { dateTimeArgument } from './moments.js';

/** The seat's attendance at a meeting as spans; a seat not listed has none (it was absent). */
export function spansOf(meeting: Meeting, seatId: string): AttendanceSpan[] {
  // Only the document's own entries: a seat id like "constructor" must not read a built-in property.
  if (!Object.hasOwn(meeting.attendance, seatId)) return [];
  const entry = meeting.attendance[seatId];
  // An own entry of a parsed document is never undefined (attendance-checks refuses it); this narrows the index type.
  if (entry === undefined) return [];
  if (typeof entry === 'string') return [{ as: entry }];
  return Array.isArray(entry) ? entry : [entry];
}

/** Whether a span puts its seat in the room at `instant` (ms), or at any time when `instant` is null. */
export function spanCovers(span: AttendanceSpan, instant: number | null): boolean {
  if (span.as !== 'holder' && span.as !== 'proxy') return false;
  if (instant === null) return true;
  return (
    (span.arrived === undefined || instantOf(span.arrived) <= instant) &&
    (span.left === undefined || instantOf(span.left) > instant)
  );
}

/**
 * A seat's attendance at a meeting in one word, as 1.0 wrote it: `holder`
 * when its holder attended at any time, else `proxy` when its proxy did,
 * else `apologies` when any were sent, else `absent`.
 */
export function attendanceAt(meeting: Meeting, seatId: string): Attendance {
  const values = new Set(spansOf(meeting, seatId).map((span) => span.as));
  for (const value of ['holder', 'proxy', 'apologies'] as const) if (values.has(value)) return value;
  return 'absent';
}

/**
 * A seat's attendance at a meeting as the clerk's check-in last left it: `holder` or `proxy` while a stretch in
 * that capacity has not ended (or was recorded without times), `left` once every stretch in the room has ended,
 * else `apologies` or `absent`. An attendance change says what it was made on in these words (`was`), and a host
 * compares them with the seat's now to tell whether someone changed it meanwhile.
 *
 * @example
 * attendanceNow(meeting, 'elg-chair'); // 'left': arrived at 4pm, checked out at 5pm
 */
export function attendanceNow(meeting: Meeting, seatId: string): Attendance | 'left' {
  const attended = spansOf(meeting, seatId).filter((span) => span.as === 'holder' || span.as === 'proxy');
  const open = attended.filter((span) => span.left === undefined);
  if (open.length > 0) return open[open.length - 1]!.as;
  return attended.length > 0 ? 'left' : attendanceAt(meeting, seatId);
}

/** In which capacities the seat is in the room at `instant` (any time when null). */
export function presentAs(meeting: Meeting, seatId: string, instant: number | null): Set<'holder' | 'proxy'> {
  const present = new Set<'holder' | 'proxy'>();
  for (const span of spansOf(meeting, seatId)) {
    if (spanCovers(span, instant)) present.add(span.as as 'holder' | 'proxy');
  }
  return present;
}

/** Whether anyone has been recorded in the room for the meeting. */
export function anyonePresent(meeting: Meeting): boolean {
  return Object.keys(meeting.attendance).some((seatId) => presentAs(meeting, seatId, null).size > 0);
}

/**
 * Whether the meeting's attendance was taken as from its minutes: someone attended, and no arrival or departure
 * has a time. A clerk's check-in on the day stamps every arrival and departure, so such a record tells who came,
 * not who is in the room at any moment of the meeting.
 */
export function attendanceMinuted(meeting: Meeting): boolean {
  const spans = Object.keys(meeting.attendance).flatMap((seatId) => spansOf(meeting, seatId));
  return spans.some((span) => spanCovers(span, null)) && spans.every((s) => !s.arrived && !s.left);
}

/** When the meeting ends: its `end`, else the end of its date in its own offset. */
export function meetingEnd(meeting: Meeting): number {
  if (meeting.end) return instantOf(meeting.end);
  return instantOf(`${meeting.start.slice(0, 10)}T23:59:59.999${offsetOf(meeting.start)}`);
}

/**
 * The moment a proposal's quorum, and who withdrew from it, are judged: its `closes` while its meeting is on;
 * undefined, over the meeting up to `closes` (quorum.ts `until`), when voting closed after the meeting was over
 * (`meetingOverBy`). docs/contract.md says `closes`; read literally, a proposal left open after the meeting would be
 * inquorate as soon as the clerk had checked everyone out. Judged at the meeting's `end` instead, it was all the
 * same: a member who left at the end, or a meeting that finished early and was checked out before the `end` written
 * for it, left the room empty then, and a decision the quorate meeting took was "not quorate". Over the meeting, it
 * is as quorate as the quorum indicator's verdict on the meeting says; only up to `closes`, so that an arrival
 * recorded after voting closed changes no decided count.
 */
export function decisionMoment(proposal: Proposal, meeting: Meeting | undefined): string | undefined {
  if (!proposal.closes || !meeting) return proposal.closes;
  return meetingOverBy(meeting, proposal.closes) ? undefined : proposal.closes;
}

/**
 * Whether the meeting was over at `moment`: at or after its end (`meetingEnd`; a seat checked out at the end is no
 * longer in the room then), or in fact, everyone who had come by then having left (`roomEmptiedBy`).
 */
export function meetingOverBy(meeting: Meeting, moment: string): boolean {
  const instant = instantOf(moment);
  return instant >= meetingEnd(meeting) || roomEmptiedBy(meeting, instant) !== undefined;
}

/**
 * The moment whether a member had withdrawn from a proposal is judged at, for its meeting's quorum: its `closes`
 * while the meeting is on (`decisionMoment`), else the moment the meeting last sat: its end, or when the last who
 * came had left, if that was sooner. An interest declared by correspondence after the meeting voids the member's
 * vote, but leaves them in the room the meeting had.
 */
export function withdrawalsJudgedAt(proposal: Proposal, meeting: Meeting): string | undefined {
  if (!proposal.closes) return undefined;
  if (decisionMoment(proposal, meeting) !== undefined) return proposal.closes;
  const emptied = roomEmptiedBy(meeting, instantOf(proposal.closes)) ?? Infinity;
  return new Date(Math.min(meetingEnd(meeting), emptied)).toISOString();
}

/**
 * When the room emptied for good by `instant` (ms): the last departure, everyone who had arrived by then having
 * left; undefined while anyone is still in it, or nobody came. An arrival recorded after `instant` does not count:
 * checked in after voting closed, it would have put the room back and the decision's quorum with it.
 */
function roomEmptiedBy(meeting: Meeting, instant: number): number | undefined {
  let last: number | undefined;
  for (const seatId of Object.keys(meeting.attendance)) {
    for (const span of spansOf(meeting, seatId)) {
      if (!spanCovers(span, null) || (span.arrived !== undefined && instantOf(span.arrived) > instant)) continue;
      const left = span.left === undefined ? Infinity : instantOf(span.left);
      if (left > instant) return undefined;
      last = Math.max(last ?? left, left);
    }
  }
  return last;
}

/**
 * How far a page's clock may be off the host's and still be taken as right:
 * a recorded arrival or departure this far past a page's `now` is read as
 * past (`roomMoment`), and the data layer dates a vote by the device's clock
 * when that is ahead of the host's by no more than this (host-clock.ts).
 */
export const CLOCK_SKEW_MS = 60_000;

/**
 * The moment at which to judge who is in the room `now`: `now`, or the latest
 * arrival or departure recorded less than a minute after it. The host stamps
 * a check-in with its own clock, which a page's may run a second or two
 * behind: read at the page's `now`, the clerk's check-out would still lie
 * ahead, and the seat would stay in the room until the clock next ticked.
 *
 * @example
 * // The host stamped a departure at 16:30:02; the page's clock says 16:30:00.
 * roomMoment(meeting, '2019-12-10T16:30:00Z'); // '2019-12-10T16:30:02Z'
 */
export function roomMoment(meeting: Meeting, now: string): string {
  const from = instantOf(dateTimeArgument(now, 'now'));
  let moment = now;
  let latest = from;
  for (const seatId of Object.keys(meeting.attendance)) {
    for (const span of spansOf(meeting, seatId)) {
      for (const stamp of [span.arrived, span.left]) {
        if (stamp === undefined) continue;
        const at = instantOf(stamp);
        if (at > latest && at - from < CLOCK_SKEW_MS) {
          moment = stamp;
          latest = at;
        }
      }
    }
  }
  return moment;
}

/**
 * Whether `now` falls on the meeting's day before it ended: the time a
 * clerk's check-in records arrivals and departures. Before its date or
 * after its end, attendance is recorded as a plain value, from the minutes.
 */
export function isMeetingDay(meeting: Meeting, now: string): boolean {
  const dayStart = instantOf(`${meeting.start.slice(0, 10)}T00:00:00${offsetOf(meeting.start)}`);
  const instant = instantOf(dateTimeArgument(now, 'now'));
  return instant >= dayStart && instant <= meetingEnd(meeting);
}

/** Whether the meeting is in progress at `now`: from its start to its end (or the end of its date). */
export function inProgress(meeting: Meeting, now: string): boolean {
  const instant = instantOf(dateTimeArgument(now, 'now'));
  return instant >= instantOf(meeting.start) && instant <= meetingEnd(meeting);
}

/**
 * Whether the meeting is over at `now`: after its end (or the end of its date). A tally then says it "was"
 * quorate, not "is".
 */
export function meetingOver(meeting: Meeting, now: string): boolean {
  return instantOf(dateTimeArgument(now, 'now')) > meetingEnd(meeting);
}

function offsetOf(dateTime: string): string {
  // A parsed meeting's start always ends in Z or an offset (primitives.ts, dateTime): 'Z' only satisfies the types.
  return /(Z|[+-]\d{2}:\d{2})$/.exec(dateTime)?.[1] ?? 'Z';
}
