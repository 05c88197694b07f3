/**
 * The records a member or clerk sends to the host, checked on their own: a
 * vote, an attendance change, an action's status change. A host runs these
 * before the rules (`checkVote`, `attendanceChangeRefusal`,
 * `actionChangeRefusal`), and never re-checks the whole document to accept
 * one record. Like `parseDocument` they never throw and build no sentence:
 * each problem is a path inside the record (`vote.choice`), a code and its
 * values, which each language words in its messages module.
 */
import * as z from 'zod/mini';
import { primitiveSchemas, reference } from './primitives.js';
import { schemaOnFirstUse } from './schema-on-first-use.js';
import { problem, problemsFromIssues, type Problem } from './problems.js';
import { reasonOf } from './parse.js';
import {
  actionRecordStatuses,
  attendanceValues,
  voteSchema,
  type ActionRecordStatus,
  type Attendance,
  type Vote,
} from './schema.js';

/**
 * An attendance change the clerk records: a seat checked in as `holder` or
 * `proxy`, checked out (`left`), or marked `apologies` or `absent`.
 */
export interface AttendanceChange {
  id: string;
  meeting: string;
  seat: string;
  attendance: Attendance | 'left';
  by: string;
  /**
   * The seat's attendance the check-in showed when the change was made, as the core's `attendanceNow` reads it
   * (`left` once checked out). A host refuses the change (`changed-since`) when the seat's attendance is another
   * by the time it arrives: someone changed it meanwhile, and this change was made without knowing. Left out, the
   * change is taken whatever the attendance is now.
   */
  was?: Attendance | 'left';
  /** When the clerk made the change, by their device's clock. */
  at: string;
  /**
   * The host's clock when it stored the change. Arrival and departure are timed by it, unless the host took the
   * clerk's own moment (`timed`).
   */
  received?: string;
  /**
   * The moment a check-in or check-out is timed at, set by the host when it takes the clerk's `at` for it: a change
   * that waited on a device (queued offline) keeps the moment it was made, within the host's bounds
   * (src/server/check-in-moment.ts). Without it, `received` (else `at`) times the change.
   */
  timed?: string;
}

/** An action's status change by its owner or the clerk. */
export interface ActionStatusChange {
  id: string;
  action: string;
  status: ActionRecordStatus;
  /** With `done`: the completion date, YYYY-MM-DD. */
  completed?: string;
  /**
   * The status the person saw when they made the change. A host refuses the change (`changed-since`) when the
   * action's status is another by the time it arrives: someone changed it meanwhile, and this change was made
   * without knowing. Left out, the change is taken whatever the status is now.
   */
  was?: ActionRecordStatus;
  by: string;
  at: string;
}

/** Each kind of sent record's schema, made on first use (schema-on-first-use.ts): a page that sends none makes none. */
const sentShapes = schemaOnFirstUse(() => {
  const { date, dateTime, id } = primitiveSchemas();
  const attendanceChange = z.strictObject({
    id,
    meeting: reference('meeting'),
    seat: reference('seat'),
    attendance: z.enum([...attendanceValues, 'left']),
    was: z.optional(z.enum([...attendanceValues, 'left'])),
    by: reference('person'),
    at: dateTime,
  });
  const actionChange = z.strictObject({
    id,
    action: reference('action'),
    status: z.enum(actionRecordStatuses),
    completed: z.optional(date),
    was: z.optional(z.enum(actionRecordStatuses)),
    by: reference('person'),
    at: dateTime,
  });
  return { vote: voteSchema(), attendance: attendanceChange, action: actionChange } as const satisfies Record<
    SentKind,
    unknown
  >;
});

type SentShapes = ReturnType<typeof sentShapes>;

/** The kinds of record a host takes, each the first word of its problems' paths. */
export type SentKind = 'vote' | 'attendance' | 'action';

/** A vote as sent, or what is wrong with it. */
export type VoteParseResult = { ok: true; vote: Vote } | { ok: false; problems: Problem[]; total: number };
/** An attendance change as sent, or what is wrong with it. */
export type AttendanceChangeParseResult =
  { ok: true; change: AttendanceChange } | { ok: false; problems: Problem[]; total: number };
/** An action's status change as sent, or what is wrong with it. */
export type ActionChangeParseResult =
  { ok: true; change: ActionStatusChange } | { ok: false; problems: Problem[]; total: number };

/** A record's fields number in single figures: more problems than this are counted, not listed. */
const MAX_RECORD_PROBLEMS = 20;

/** `path` inside a record of `kind`: `choice` → `vote.choice`, the whole record → `vote`. */
function within(kind: SentKind, path: string): string {
  if (path === '') return kind;
  // A path starts with '[' only below a list or an odd key; the sent records' fields are plain names, none a list,
  // so only `${kind}.${path}` is reached today. Kept so a list field would still read `vote[0]`, not `vote.[0]`.
  return path.startsWith('[') ? `${kind}${path}` : `${kind}.${path}`;
}

/** A change as sent has no `ext`: its unknown fields cannot be moved there. */
function withoutExt(kind: SentKind, p: Problem): Partial<Problem> {
  return p.code === 'unknown-fields' && kind !== 'vote' ? { values: { ...p.values, extAllowed: false } } : {};
}

type Checked<T> = { ok: true; data: T } | { ok: false; problems: Problem[]; total: number };

/**
 * A record of `kind` as its shape reads it, or its problems, each at its path
 * inside the record. Never throws: a hostile object (a getter that throws, a
 * proxy) is one `not-checked` problem.
 */
function check<K extends SentKind>(kind: K, input: unknown, stored = false): Checked<z.output<SentShapes[K]>> {
  let problems: Problem[];
  try {
    const shape = sentShapes()[kind];
    const parsed = z.safeParse(shape, input, { reportInput: true });
    problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues, input, shape);
    // The host stamps `received` with its own clock: a client never sets it.
    if (!stored && typeof input === 'object' && input !== null && 'received' in input) {
      problems.push(problem('received', 'set-by-host', { field: 'received' }));
    }
    if (parsed.success && problems.length === 0) return { ok: true, data: parsed.data as z.output<SentShapes[K]> };
  } catch (error) {
    problems = [problem('', 'not-checked', { reason: reasonOf(error) })];
  }
  const placed = problems.map((p) => ({ ...p, path: within(kind, p.path), ...withoutExt(kind, p) }) as Problem);
  return { ok: false, problems: placed.slice(0, MAX_RECORD_PROBLEMS), total: placed.length };
}

/**
 * Checks the shape of a vote a member sends: the fields of contract v1's
 * vote, each of its type and format (ids, `choice`, a `cast` date-time), no
 * field the contract does not know, and no `received`, which only the host
 * sets. Whether the vote counts is `checkVote`'s question, asked after this
 * one. Never throws.
 *
 * @example
 * const parsed = parseVote(request.body);
 * if (!parsed.ok) return response.status(400).json({ reason: 'malformed', values: { problems: parsed.problems } });
 * const check = checkVote(doc, parsed.vote, { now: new Date().toISOString() });
 */
export function parseVote(input: unknown): VoteParseResult {
  const checked = check('vote', input);
  if (!checked.ok) return checked;
  const vote: Vote = checked.data;
  return { ok: true, vote };
}

/**
 * Checks the shape of a vote as a document stores it: `parseVote`'s checks,
 * but `received` is the host's and allowed. For `voteValidity`, which is
 * given a vote a program took from somewhere. Never throws.
 */
export function parseStoredVote(input: unknown): VoteParseResult {
  const checked = check('vote', input, true);
  return checked.ok ? { ok: true, vote: checked.data } : checked;
}

/**
 * Checks the shape of an attendance change a clerk sends (`id`, `meeting`,
 * `seat`, `attendance` of `holder`, `proxy`, `apologies`, `absent` or `left`,
 * `was` of the same, optional, `by`, `at`), before `attendanceChangeRefusal`. Problems are at
 * `attendance.<field>`. Never throws.
 *
 * @example
 * parseAttendanceChange({ id: 'c1', meeting: 'm1', seat: 's1', attendance: 'late', by: 'p1', at: '2019-10-15T16:00:00Z' });
 * // { ok: false, problems: [{ path: 'attendance.attendance', code: 'wrong-value', values: { … } }], total: 1 }
 */
export function parseAttendanceChange(input: unknown): AttendanceChangeParseResult {
  const checked = check('attendance', input);
  if (!checked.ok) return checked;
  const change: AttendanceChange = checked.data;
  return { ok: true, change };
}

/**
 * Checks the shape of an action's status change (`id`, `action`, `status`,
 * `completed` when done, `was`, optional, `by`, `at`), before `actionChangeRefusal`.
 * Problems are at `action.<field>`. Never throws.
 */
export function parseActionChange(input: unknown): ActionChangeParseResult {
  const checked = check('action', input);
  if (!checked.ok) return checked;
  const change: ActionStatusChange = checked.data;
  return { ok: true, change };
}
