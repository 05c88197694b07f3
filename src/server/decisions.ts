/**
 * Deciding one record, inside the store's write lock: a replay of a stored
 * record gets the stored answer, a different record under a used id is
 * refused, and a new record is judged by the core with the host's clock and
 * stamped with `received`. Every refusal of the record names it (`record`),
 * so the client's outbox can tell it from a refusal of the session.
 */
import type { Vote } from '../contract/index.js';
import type { ActionStatusChange, AttendanceChange } from '../rules/index.js';
import { actionChangeRefusal, attendanceChangeRefusal, checkVote } from '../english.js';
import { spansOf } from '../rules/presence.js';
import { votesCastAt } from '../rules/indexes.js';
import { CAST_SKEW_MS } from '../rules/eligibility.js';
import { checkInMoment, noteText } from './check-in-moment.js';
import type { Ledger } from './ledger.js';
import type { NewRecord, RecordKind } from './store.js';
import { refusalAnswer, type RecordRefusal } from './refusal-paths.js';
import type { SentKind } from './record-shapes.js';

/** An answer to send: its status and JSON body. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** The host's decision on one sent record: the record to store, if any, and the answer to send. */
export interface Decision {
  record?: NewRecord;
  answer: Answer;
}

/** JSON with the keys of every object sorted: two records are the same when their canonical texts are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The refusal of `record` (its id), a record of `kind`: its answer, and nothing to store. */
const refused = (kind: SentKind, record: string, refusal: RecordRefusal): Decision => ({
  answer: refusalAnswer(kind, record, refusal),
});

/** A replay of a stored record, or a different record under its id; undefined when the id is new. */
function replay(
  ledger: Ledger,
  kind: RecordKind,
  sent: Record<string, unknown> & { id: string },
): Decision | undefined {
  const stored = ledger.find(kind, sent.id);
  if (!stored) return undefined;
  // The host's own fields: `received`, and an attendance change's `timed`.
  const { received: _stamp, timed: _timed, ...asSent } = stored.body;
  if (canonical(asSent) === canonical(sent)) {
    return { answer: { status: 200, body: { id: sent.id, stored: stored.body, repeated: true } } };
  }
  const message = `A different ${kind} with the id '${sent.id}' is already stored.`;
  return refused(kind, sent.id, { reason: 'id-reused', message });
}

const stamped = (kind: RecordKind, sent: { id: string; timed?: string }, now: string): Decision => {
  // `received` before `timed`: the host's fields in the order they are set.
  const { timed, ...asSent } = sent;
  const body = { ...asSent, received: now, ...(timed ? { timed } : {}) };
  return { record: { kind, id: sent.id, body }, answer: { status: 201, body: { id: sent.id, stored: body } } };
};

/**
 * Decides a vote: the core's `checkVote` with the host's clock, and how long it lets a vote wait on a device.
 *
 * A vote it stores cannot make the document break the contract the way the stored votes can at start
 * (stored-problems.ts): only a decision by correspondence once closed or withdrawn is dated by its votes, and
 * `checkVote` takes a new vote only for an open proposal. Its `received`, the host's clock, dates nothing
 * until the seed is edited to close the proposal, and that takes a restart, which checks it.
 */
export function decideVote(ledger: Ledger, vote: Vote, now: string, maxWaitMinutes?: number): Decision {
  const repeated = replay(ledger, 'vote', vote as unknown as Record<string, unknown> & { id: string });
  if (repeated) return repeated;
  const received = receivedAfterSameInstant(ledger, vote, now);
  const check = checkVote(ledger.document, vote, { now: received, maxWaitMinutes });
  if (!check.ok) return refused('vote', vote.id, check);
  return stamped('vote', vote, received);
}

/**
 * The host's clock for a vote, but after the receipt of each vote stored for its seat that was cast at the same
 * instant: of two such votes the later received counts (`compareVotes`), and this one was received after them.
 * Within one millisecond, or on a process whose clock runs behind another's, the two stamps were equal and the
 * ids decided, so a member's second vote could be refused as followed by their first. A stamp further ahead
 * than clocks drift (CAST_SKEW_MS) is a mistake in the document, not a clock, and is not followed.
 */
function receivedAfterSameInstant(ledger: Ledger, vote: Vote, now: string): string {
  const clock = Date.parse(now);
  let stamp = clock;
  for (const stored of votesCastAt(ledger.document, vote.proposal, vote.seat, Date.parse(vote.cast))) {
    if (stored.received === undefined) continue;
    const at = Date.parse(stored.received);
    if (at >= stamp && at - clock <= CAST_SKEW_MS) stamp = at + 1;
  }
  return stamp === clock ? now : new Date(stamp).toISOString();
}

/**
 * Decides an attendance change: the core's `attendanceChangeRefusal`. Arrival and departure are timed by the
 * host's clock, or, for a change that waited on the clerk's device, by its `at` within the host's bounds
 * (check-in-moment.ts), stored as `timed`; when the host did not take an `at` that waited, its answer carries a
 * `note` saying why. `maxWaitMinutes`: the longest a record may wait on a device (undefined: no bound).
 */
export function decideAttendance(
  ledger: Ledger,
  change: AttendanceChange,
  clock: string,
  maxWaitMinutes?: number,
): Decision {
  const repeated = replay(ledger, 'attendance', change as unknown as Record<string, unknown> & { id: string });
  if (repeated) return repeated;
  const now = notBeforeSeatTimes(ledger, change, clock);
  const { timed, note } = checkInMoment(ledger.document, change, clock, now, maxWaitMinutes);
  const moment = timed ? { timed } : {};
  // Judged as withAttendance will apply it: recorded at the host's clock, timed at its moment.
  const refusal = attendanceChangeRefusal(ledger.document, { ...change, received: now, ...moment });
  if (refusal) return refused('attendance', change.id, refusal);
  const decision = stamped('attendance', { ...change, ...moment }, now);
  if (note) decision.answer.body.note = { reason: note.reason, values: note.values, message: noteText(note, now) };
  return decision;
}

/**
 * The host's clock for a check-in or check-out, but never before a time already recorded for the seat at the
 * meeting: another host process whose clock runs ahead (or this clock stepped back) would otherwise time a
 * check-out before the arrival it should close, and it would be answered "recorded" and change nothing. A
 * time further ahead than clocks drift (CAST_SKEW_MS) is a mistake in the document, not a clock: it is not
 * followed, or one mistyped time would carry every later change of the seat past the meeting's end.
 */
function notBeforeSeatTimes(ledger: Ledger, change: AttendanceChange, now: string): string {
  const meeting = ledger.document.meetings.find((m) => m.id === change.meeting);
  const clock = Date.parse(now);
  let latest = now;
  for (const span of meeting ? spansOf(meeting, change.seat) : []) {
    for (const time of [span.arrived, span.left]) {
      const at = time === undefined ? NaN : Date.parse(time);
      if (at > Date.parse(latest) && at - clock <= CAST_SKEW_MS) latest = time!;
    }
  }
  return latest;
}

/** Decides an action status change: the core's `actionChangeRefusal` on the host's date. */
export function decideAction(ledger: Ledger, change: ActionStatusChange, now: string, today: string): Decision {
  const repeated = replay(ledger, 'action', change as unknown as Record<string, unknown> & { id: string });
  if (repeated) return repeated;
  const refusal = actionChangeRefusal(ledger.document, change, today);
  if (refusal) return refused('action', change.id, refusal);
  return stamped('action', change, now);
}
