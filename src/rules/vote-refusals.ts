/**
 * Why a vote is refused: each reason's code and the values its message
 * names. The reasons are the contract's (docs/contract.md), and every rule a
 * vote is judged by gives one, so they are named once, apart from the rules.
 */
import type { ProposalStatus } from '../contract/schema.js';
import type { Problem } from '../contract/problems.js';

/**
 * What each reason a vote is refused carries for its message: ids (seat,
 * person, proposal, group, meeting) and raw facts (ISO dates and date-times,
 * statuses), never names or words. A message resolves the names itself, in
 * its own language.
 */
export interface VoteRejectionValues {
  /**
   * The vote is not of a vote's shape (`parseVote`'s problems, each at its
   * path inside the vote, like `vote.choice`): not an object, a field missing
   * or of the wrong type or format, a field the contract does not know, or,
   * in a new vote, `received`, which only the host sets. Checked before every
   * other reason.
   */
  malformed: { problems: Problem[] };
  /** The id the vote names, which no proposal has. */
  'unknown-proposal': { proposal: string };
  /**
   * The proposal takes no votes: its `status` does not (a draft or withdrawn
   * one; a closed one for a new vote), or, with `closes`, the vote was cast
   * or reached the host after it.
   */
  'proposal-not-open': { proposal: string; status: ProposalStatus; closes?: string };
  /** The id the vote names, which no seat of any group has. */
  'unknown-seat': { seat: string };
  /** A seat of another group than the proposal's. */
  'not-in-group': { seat: string; group: string; proposal: string };
  'non-voting-seat': { seat: string; proposal: string };
  /** The seat had no holder on `date`, or now when `date` is absent. */
  'vacant-seat': { seat: string; date?: string };
  /**
   * `person` was neither the seat's holder nor its proxy; `from` and `as`, when they are appointed to it from a
   * later date (as its holder or its proxy).
   */
  'not-holder-or-proxy': { seat: string; person: string; from?: string; as?: 'holder' | 'proxy' };
  /**
   * The seat's `holder` was in the room at `meeting` (held on `date`), so its
   * `proxy` may not vote for it; `arrived`, the date-time the holder came in, when recorded; `declared`, the
   * date-time the holder later declared an interest and withdrew, when the proxy voted before it.
   */
  'holder-present': {
    seat: string;
    holder: string;
    proxy: string;
    meeting: string;
    date: string;
    arrived?: string;
    declared?: string;
  };
  /** The term of the seat ended on `to`. */
  'term-ended': { seat: string; to: string };
  'declared-interest': { person: string; proposal: string };
  /** The vote's `cast` is more than `CAST_SKEW_MS` after the host's `now`. */
  'cast-in-future': { cast: string; now: string };
  // Beyond docs/contract.md's list: a host may bound how long a vote waits on a device (`VoteQuestion.maxWaitMinutes`).
  /** The vote's `cast` is more than `maxWaitMinutes` before the host's `now`. */
  'waited-too-long': { cast: string; now: string; maxWaitMinutes: number };
  // Beyond docs/contract.md's list, a choice of the kit's: a seat's term that has not begun gives it no vote yet.
  /** The seat's first term starts on `from`. */
  'term-not-started': { seat: string; from: string };
  // Beyond docs/contract.md's list: a member's later vote counts, so a new one dated before it would be stored and never count.
  /** The voter's stored vote for `seat` on this proposal is dated `cast`, after the new vote's own `cast`. */
  'later-vote-stored': { seat: string; cast: string };
}

/** Why a vote is refused: a code, given in docs/contract.md. */
export type VoteRejection = keyof VoteRejectionValues;

/** Every reason `ineligibility` gives: a vote's, and `no-seat`. */
export interface VoteReasonValues extends VoteRejectionValues {
  /** `person` holds no seat of `group`, and is no seat's proxy. */
  'no-seat': { person: string; group: string };
}

/** A reason with its values, `reason` telling which values. */
export type VoteReason = {
  [C in keyof VoteReasonValues]: { reason: C; values: VoteReasonValues[C] };
}[keyof VoteReasonValues];

/** A reason a vote is refused, with its values. */
export type VoteRefusal = Extract<VoteReason, { reason: VoteRejection }>;

export type VoteCheck = { ok: true } | ({ ok: false } & VoteRefusal);
export type Refusal = Extract<VoteCheck, { ok: false }>;

/** One reason a person may not vote: for one seat, or (`no-seat`, no `seat`) for none at all. */
export type Ineligibility = { seat?: string } & VoteReason;

export const refuse = <C extends VoteRejection>(reason: C, values: VoteRejectionValues[C]): Refusal =>
  ({ ok: false, reason, values }) as Refusal;

/** A refusal's reason and values, without its `ok`. */
export function reasonOf(refusal: Refusal): VoteRefusal {
  const { ok: _ok, ...reason } = refusal;
  return reason;
}
