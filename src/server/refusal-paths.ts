/**
 * Where in a sent record each refusal of the rules lies: the field the member's page can point at, and a host
 * can put beside the control that set it. A refusal names what is wrong (`reason`, `values`); this names where.
 */
import type { ChangeRefusal, VoteRejection } from '../rules/index.js';
import type { SentKind } from './record-shapes.js';

/**
 * A refusal of a sent record: the core's (`checkVote` when not `ok`, `attendanceChangeRefusal`,
 * `actionChangeRefusal`), or a host's own of the same shape (`id-reused`: another record under a stored id).
 */
export interface RecordRefusal {
  /** The code: `not-holder-or-proxy`, `waited-too-long`, `changed-since`, `id-reused`… */
  reason: string;
  /** Its English words, for a person reading the answer. */
  message: string;
  /** What the words say, for a member's page to say them in its own language. */
  values?: object;
}

/**
 * One problem in partnership-kit/server's answer to a refused record (`RefusalAnswer`'s `problems`): where (a JSON
 * path in the record), what (a code), its values and words, each always given. A page reads it as `partnership-kit`'s
 * `RefusalProblem`, whose `values` and `message` a host's own `submit` may leave out.
 */
export interface RefusalAnswerProblem {
  path: string;
  code: string;
  /** Keyed by name, as the page's `RefusalProblem` reads them, so a host may pass the answer's problems on. */
  values: Record<string, unknown>;
  message: string;
}

/**
 * @deprecated Use `RefusalAnswerProblem`: `partnership-kit` exports another `RefusalProblem`, the page's reading
 * of it (`values` and `message` optional), and a portal importing both packages could not tell them apart.
 */
export type RefusalProblem = RefusalAnswerProblem;

/**
 * partnership-kit/server's answer to a refused record: 403 when the person may not make it at all, else 422; the
 * body names the record (`record`, so the kit's outbox takes it off the device as refused), says why (`error`,
 * `reason`, `values`) and where (`path`, with the refusal as the one problem there).
 */
export interface RefusalAnswer {
  status: 403 | 422;
  body: {
    error: string;
    reason: string;
    values?: object;
    path: string;
    problems: [RefusalAnswerProblem];
    record: string;
  };
}

/** A refusal of a record the rules did not make: the same record under a used id. */
type HostRefusal = 'id-reused';

// Typed by the rules' codes, so a new reason does not compile until it is given its field.
const VOTE_FIELDS: Record<VoteRejection | HostRefusal, string> = {
  // Never reached by the host, which checks the shape first and answers 400 with each problem's own path.
  malformed: '',
  'unknown-proposal': 'proposal',
  'proposal-not-open': 'proposal',
  'unknown-seat': 'seat',
  'not-in-group': 'seat',
  'non-voting-seat': 'seat',
  'vacant-seat': 'seat',
  // The seat the member voted for, which another person holds: the field that names the other person.
  'not-holder-or-proxy': 'seat',
  'holder-present': 'seat',
  'term-ended': 'seat',
  'term-not-started': 'seat',
  // The person who withdrew for the item is the voter.
  'declared-interest': 'by',
  'cast-in-future': 'cast',
  'waited-too-long': 'cast',
  'later-vote-stored': 'cast',
  'id-reused': 'id',
};

const ATTENDANCE_FIELDS: Record<ChangeRefusal['reason'] | HostRefusal, string> = {
  'unknown-meeting': 'meeting',
  'meeting-decided': 'meeting',
  'unknown-seat': 'seat',
  // The person recording, who is not the group's clerk or chair.
  'not-permitted': 'by',
  'attendance-not-allowed': 'attendance',
  // A check-out (`attendance: "left"`) of a seat not in the room.
  'not-in-room': 'attendance',
  // What the clerk saw when making the change, which no longer holds.
  'changed-since': 'was',
  // An attendance change names no action: these are an action's.
  'unknown-action': '',
  'completed-without-done': '',
  'completed-in-future': '',
  'completed-before-raised': '',
  'id-reused': 'id',
};

const ACTION_FIELDS: Record<ChangeRefusal['reason'] | HostRefusal, string> = {
  'unknown-action': 'action',
  // The person changing it, who is neither its owner nor the group's clerk or chair.
  'not-permitted': 'by',
  'completed-without-done': 'completed',
  'completed-in-future': 'completed',
  'completed-before-raised': 'completed',
  'changed-since': 'was',
  // An action's change names no meeting or seat: these are attendance's.
  'unknown-meeting': '',
  'meeting-decided': '',
  'unknown-seat': '',
  'attendance-not-allowed': '',
  'not-in-room': '',
  'id-reused': 'id',
};

const FIELDS: Record<SentKind, Readonly<Record<string, string>>> = {
  vote: VOTE_FIELDS,
  attendance: ATTENDANCE_FIELDS,
  action: ACTION_FIELDS,
};

/**
 * The JSON path, inside a sent record of `kind`, of the field a refusal is about: `vote.seat` for
 * `not-holder-or-proxy`, `action.completed` for `completed-in-future`; the record itself (`vote`) for a reason
 * no one field carries.
 */
export function refusalPath(kind: SentKind, reason: string): string {
  const field = Object.hasOwn(FIELDS[kind], reason) ? FIELDS[kind][reason] : '';
  return field ? `${kind}.${field}` : kind;
}

/** The reason of each kind refused as forbidden (403): the person may not make such a record at all. */
const FORBIDDEN: Record<SentKind, string> = {
  // A vote for a seat the member neither holds nor stands proxy for is forbidden to them, not merely late or void.
  vote: 'not-holder-or-proxy',
  attendance: 'not-permitted',
  action: 'not-permitted',
};

/**
 * The answer partnership-kit/server sends when it refuses `record` (the record's id), a record of `kind`, for
 * `refusal`: for a host that writes its own route with the core's rules, so the kit's elements name the field as
 * they do for partnership-kit/server's. `refusalAnswer('vote', vote.id, checkVote(doc, vote, { now }))` for a vote
 * the core refuses is 403 or 422 with `{ error, reason, values, path: "vote.seat", problems, record }`.
 */
export function refusalAnswer(kind: SentKind, record: string, refusal: RecordRefusal): RefusalAnswer {
  const { reason, message: error, values } = refusal;
  const path = refusalPath(kind, reason);
  const problems: [RefusalAnswerProblem] = [{ path, code: reason, values: { ...values }, message: error }];
  // One appointed from a later date (`from`) may make it then: a matter of time, 422, as a term not started is.
  const appointedLater = values !== undefined && 'from' in values;
  const status = reason === FORBIDDEN[kind] && !appointedLater ? 403 : 422;
  return { status, body: { error, reason, ...(values ? { values } : {}), path, problems, record } };
}
