/**
 * When a check-in or check-out happened. The clerk's device dates a change
 * `at` by its clock, corrected by the host's `Date` header where it is behind
 * or more than a minute ahead (src/data/host-clock.ts). A change made with no signal
 * waits in the outbox and reaches the host later: timed by the host's clock,
 * a member checked in at 16:05 and heard of at 16:40 would count as arriving
 * at 16:40, and the quorum at 16:10, and their proxy's vote at 16:10, would be
 * judged without them. Every rule judges an act at its moment, so the host
 * takes the clerk's `at` for a change that waited, within bounds it enforces.
 *
 * The host's own clock times the change, as it always has, when its `at`:
 * - is within a minute of the host's clock (`CLOCK_SKEW_MS`): a change sent at
 *   once, whose wait cannot be told from clocks drifting apart; one clock then
 *   orders every live check-in, whichever device made it;
 * - is more than a minute ahead of it (`at-in-future`): no device holds a change
 *   made in the future;
 * - is older than the host lets a record wait on a device (`waited-too-long`,
 *   `maxVoteWaitMinutes`, a day by default);
 * - is before the meeting's doors open (`before-doors-open`): an hour before its
 *   `start`, and never before its day, when a check-in records arrival at all.
 *   A device whose clock is hours out, and never heard the host, claims no
 *   arrival long before the meeting;
 * - is before (or at) the `closes` of a proposal of the meeting that the
 *   host's clock had passed when the change arrived (`before-decision`). Like
 *   a postal vote, a check-in counts for a decision only if it reaches the
 *   host before voting closes; until then the room may still be corrected,
 *   as the minutes may correct it (`attendanceChangeRefusal`);
 * - is before a time already recorded for the seat at the meeting
 *   (`before-seat-times`): the seat's later arrival or departure is known, and a
 *   change put before it would rewrite the room, or close nothing.
 * Otherwise the change is timed at its `at` (stored as `timed`). Each of these
 * but the first is a note in the host's answer, saying why. Apologies and
 * absent are no time in the room: they are never timed, and never noted.
 */
import type { AttendanceChange } from '../rules/index.js';
import { instantOf } from '../rules/calendar.js';
import { CLOCK_SKEW_MS, spansOf } from '../rules/presence.js';
import { proposalsAt } from '../rules/indexes.js';
import type { Meeting, PartnershipDocument } from '../contract/index.js';
import { CAST_SKEW_MS } from '../rules/eligibility.js';
import type { CheckInNote } from '../rules/check-in-notes.js';

/** How long before a meeting's `start` a check-in may be timed: members come early, not hours early. */
export const DOORS_OPEN_MS = 60 * 60_000;

/** The moment the host times a change at: `timed` when it took the clerk's `at`, and a note when it did not. */
export interface CheckInMoment {
  /** The clerk's `at`, as the host's clock writes a moment; undefined when the change is timed by `received`. */
  timed?: string;
  note?: CheckInNote;
}

/**
 * When to time `change`, which reached the host at `now` (its clock) and is stored with `received`: its `at`
 * when it waited on the device and lies within the bounds above, else `received`. `maxWaitMinutes` undefined:
 * no bound on the wait (the host's `maxVoteWaitMinutes: null`).
 *
 * @example
 * // Checked in at 16:05 with no signal; the clerk's phone reached the host at 16:40.
 * checkInMoment(doc, { …change, at: '2019-12-10T16:05:00Z' }, '2019-12-10T16:40:00.000Z', '2019-12-10T16:40:00.000Z', 1440);
 * // { timed: '2019-12-10T16:05:00.000Z' }
 */
export function checkInMoment(
  document: PartnershipDocument,
  change: AttendanceChange,
  now: string,
  received: string,
  maxWaitMinutes: number | undefined,
): CheckInMoment {
  if (change.attendance === 'apologies' || change.attendance === 'absent') return {};
  const at = instantOf(change.at);
  const clock = instantOf(now);
  if (at - clock > CLOCK_SKEW_MS) return { note: { reason: 'at-in-future', values: { at: change.at, now } } };
  if (clock - at <= CLOCK_SKEW_MS) return {};
  if (maxWaitMinutes !== undefined && clock - at > maxWaitMinutes * 60_000) {
    return { note: { reason: 'waited-too-long', values: { at: change.at, now, maxWaitMinutes } } };
  }
  const meeting = document.meetings.find((m) => m.id === change.meeting);
  const note = meeting && (beforeDoorsOpen(meeting, change.at) ?? beforeDecision(document, meeting, change.at, now));
  const kept = note ?? (meeting && beforeSeatTimes(meeting, change, received));
  if (kept) return { note: kept };
  const timed = new Date(at).toISOString();
  return timed === received ? {} : { timed };
}

/** When a check-in may first be timed at a meeting: an hour before its start, on its own day. */
export function doorsOpen(meeting: Meeting): number {
  const dayStart = instantOf(`${meeting.start.slice(0, 10)}T00:00:00${offsetOf(meeting.start)}`);
  return Math.max(dayStart, instantOf(meeting.start) - DOORS_OPEN_MS);
}

function beforeDoorsOpen(meeting: Meeting, at: string): CheckInNote | undefined {
  const doors = doorsOpen(meeting);
  if (instantOf(at) >= doors) return undefined;
  return { reason: 'before-doors-open', values: { at, doorsOpen: new Date(doors).toISOString() } };
}

/** The latest closing time of a proposal of the meeting at or after `at` and by `now`: the change came too late for it. */
function beforeDecision(
  document: PartnershipDocument,
  meeting: Meeting,
  at: string,
  now: string,
): CheckInNote | undefined {
  let latest: { proposal: string; closes: string } | undefined;
  for (const proposal of proposalsAt(document, meeting.id)) {
    // A draft or withdrawn proposal decides nothing.
    if (proposal.status !== 'open' && proposal.status !== 'closed') continue;
    const { closes } = proposal;
    if (closes === undefined) continue;
    const instant = instantOf(closes);
    // The room is judged at `closes` itself (arrived at or before it): a check-in timed at it would change it too.
    if (instant < instantOf(at) || instant > instantOf(now)) continue;
    if (!latest || instant > instantOf(latest.closes)) latest = { proposal: proposal.id, closes };
  }
  return latest && { reason: 'before-decision', values: { at, ...latest } };
}

/**
 * The latest time recorded for the seat at the meeting after `at`, as a note. A time further ahead of the host's
 * stamp than clocks drift (CAST_SKEW_MS) is a mistake in the document, as decisions.ts reads it, and is not followed.
 */
function beforeSeatTimes(meeting: Meeting, change: AttendanceChange, received: string): CheckInNote | undefined {
  const at = instantOf(change.at);
  const stamp = instantOf(received);
  let recorded: string | undefined;
  for (const span of spansOf(meeting, change.seat)) {
    for (const time of [span.arrived, span.left]) {
      if (time === undefined) continue;
      const instant = instantOf(time);
      if (instant > at && instant - stamp <= CAST_SKEW_MS && (!recorded || instant > instantOf(recorded))) {
        recorded = time;
      }
    }
  }
  return recorded === undefined ? undefined : { reason: 'before-seat-times', values: { at: change.at, recorded } };
}

function offsetOf(dateTime: string): string {
  // A parsed meeting's start always ends in Z or an offset (primitives.ts, dateTime).
  return /(Z|[+-]\d{2}:\d{2})$/.exec(dateTime)?.[1] ?? 'Z';
}

/** The note as a sentence for a person reading the host's answer (the kit's elements show "recorded"). */
export function noteText(note: CheckInNote, received: string): string {
  const by = `It is timed by the server's clock, ${received}, instead`;
  switch (note.reason) {
    case 'at-in-future':
      return `The change says it was made at ${note.values.at}, more than a minute after the server's clock (${note.values.now}). ${by}: check the device's clock.`;
    case 'waited-too-long':
      return `The change says it was made at ${note.values.at}, more than ${note.values.maxWaitMinutes} minutes before it reached the server. ${by}.`;
    case 'before-doors-open':
      return `The change says it was made at ${note.values.at}, before a check-in at this meeting can be timed (${note.values.doorsOpen}, an hour before it starts). ${by}: check the device's clock.`;
    case 'before-decision':
      return `The change says it was made at ${note.values.at}, but it reached the server after voting on proposal '${note.values.proposal}' closed (${note.values.closes}), and it does not change that decision. ${by}.`;
    case 'before-seat-times':
      return `The change says it was made at ${note.values.at}, before a time already recorded for the seat (${note.values.recorded}). ${by}.`;
  }
}
