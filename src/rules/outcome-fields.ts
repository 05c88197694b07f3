/**
 * What `outcome` answers, field by field: in a module of its own so that the
 * parts that work a field out (the count, the casting vote, the seats of a
 * decision) name it from here, and none of them needs `outcome` itself.
 */
import type { DecisionRule, Proposal, TieBreak } from '../contract/schema.js';
import type { SeatBar } from './seat-bar.js';
import type { QuorumResult, RequirementResult } from './quorum.js';
import type { QuorumMomentKind } from './decision-date.js';
import type { CountedVote, UncountedVote } from './counted-votes.js';

export type Result = 'carried' | 'not-carried' | 'tied' | 'inquorate' | 'pending';
export type Standing = Exclude<Result, 'pending'>;

/**
 * Why no one could vote for a seat on the date it is read on, in the codes eligibility refuses a vote with: no
 * appointment in force (`vacant-seat`), its holder's term had ended (`term-ended`: who held it, and the last
 * day of the term), or its holder declared an interest and withdrew, with no proxy who may vote in their place
 * (`declared-interest`: the holder).
 */
export type SeatCannotVote =
  | { code: 'vacant-seat' }
  | { code: 'term-ended'; holder: string; to: string }
  | { code: 'declared-interest'; person: string };

/** A voting seat with no vote counted: its holder on the proposal's date, or null when it was vacant. */
export interface SeatWithoutVote {
  seat: string;
  /** Null where no one held it in post: vacant, or its holder's term had ended (`cannotVote` says which). */
  holder: string | null;
  /**
   * Why no vote could be cast for the seat, where none could: a page says "cannot vote" of it, not "not voted
   * yet", which tells a chair a vote is still to come. Left out where its holder or proxy could vote. Judged on
   * the date the seat is read on (while open, today), as a vote cast for it then would be refused.
   */
  cannotVote?: SeatCannotVote;
  /**
   * Where no one can vote for the seat today (`cannotVote`) but a holder is appointed to it on or before the day
   * the proposal closes: the day their appointment begins, from when a vote may yet come for it. Left out once
   * decided, and without a `closes` (judged by now alone).
   */
  heldFrom?: string;
  /**
   * The votes cast for the seat that the count does not take (a proxy's, with the holder in the room), as
   * `invalid` lists them, in the order cast: the seat did vote, so a page says "voted, not counted" of it, not
   * "not voted yet". Left out when none was cast for it.
   */
  uncounted?: UncountedVote[];
}

/** Where a proposal's decision rule comes from: the group's own, or the meeting that agreed another unanimously. */
export type RuleSource = { kind: 'group-default' } | { kind: 'agreed'; meeting: string };

export interface Outcome {
  rule: DecisionRule;
  ruleSource: RuleSource;
  /**
   * How the group broke a tie on the proposal's date (contract 1.2, `previousRules`); for an open decision by
   * correspondence, which has no date yet, on the date of `now`.
   */
  tieBreak: TieBreak;
  for: number;
  against: number;
  abstain: number;
  /**
   * The group's voting seats, vacant ones included, as at the proposal's date (its `closes` in London, else
   * its meeting's date, else, once decided, its last vote's; while open with none of these, the date of
   * `now`): a seat whose first appointment began later is not counted, so adding a seat to the group never
   * rewrites a decided count, unless it has a counted vote (never more votes than seats).
   */
  entitled: number;
  /**
   * The least votes for that would carry the proposal, the votes against and abstentions as they stand; null when
   * none could. A seat no one can vote for until the close (`seatsCannotVote`) gives none, though an absolute
   * majority still counts it in its base (`entitled`). Where the chair's casting vote breaks a tie, one of them may be the chair's seat's
   * (`neededCastingVote`).
   */
  needed: number | null;
  /**
   * How many of `withoutVote`'s seats no one can vote for from now until the proposal closes: those with a
   * `cannotVote` and no `heldFrom` (once decided, or with no `closes`: those with a `cannotVote`), of the seats
   * `entitled` counts (a seat voting today but not on the closing date is not in the base). Counted from
   * `withoutVote`, so that the seats a page lists as "cannot vote" and the number `needed` and `tooEarlyToSay` leave
   * out never disagree; a page names this number where they stop it carrying, and does not count it again. None on
   * a published count, which does not say which seats voted.
   */
  seatsCannotVote: number;
  /**
   * Whether `needed` counts on the chair's casting vote for, which carries a tie under simple majority (so one
   * vote fewer is needed than without it): `given`, the chair's seat's counted vote is for (or a published
   * count's `casting`); `to-come`, while voting is open, the chair's seat has no vote counted yet and someone may
   * give it at `now` (its holder or proxy in post, judged as a vote then is: its vote that day, a vacancy, its
   * term, an interest declared, the holder in the room), so the votes for needed include it. Null when `needed` does not count on it: no tie to break, the chair breaks no ties, or the
   * chair's seat voted against or abstained, cannot vote now, or, once decided, never voted.
   */
  neededCastingVote: 'given' | 'to-come' | null;
  /**
   * On a published count of a proposal still open (the public's live count), which holds no votes and so does not
   * say whether the chair's seat has voted or how: the least votes for that would carry it if one of them is the
   * chair's seat's, whose casting vote carries a tie under simple majority (one fewer than `needed`, or a number
   * where `needed` is null). Null when no such tie can carry it: no vote against, a rule other than simple
   * majority, the chair breaks no ties or its seat cannot vote at `now` (`castingSeat`), the count says the
   * casting vote (`casting`), or the votes are in the document (`needed` and `neededCastingVote` say it there).
   */
  neededIfChairFor: number | null;
  quorate: boolean | null;
  /** Quorum in words a page can use: `not-yet-known` only when `today` was given; null when the proposal names no meeting. */
  quorumState: QuorumResult['state'] | null;
  /**
   * Whether quorum is judged by who is in the room at `now` (an open proposal, with no decision moment, while
   * its meeting is in progress: `quorumMoment`), not over the meeting: a page says "now" of it.
   */
  quorumNow: boolean;
  /**
   * The moment quorum was judged at (`quorumMoment`), and which it is: `closes`, when voting closed while the
   * meeting was on; `now`, the room at `now` (`quorumNow`); `up-to-close`, the meeting up to its close (`at`), when
   * voting closed after the meeting was over. Null where quorum is judged over the whole meeting (no `closes`), or
   * the proposal names no meeting. A page says "not quorate at 4:45pm, when voting closed" of a meeting quorate over
   * the whole, as the quorum indicator shows it, but not at the close; and "not quorate before voting closed" of one
   * whose quorum came only after it.
   */
  quorumJudgedAt: { at: string; moment: QuorumMomentKind } | null;
  /**
   * Each quorum requirement as it stood when quorum was judged (at `quorumJudgedAt`, else over the whole meeting):
   * its label, present and needed, and whether it was met; a page names the one that failed. Null when the
   * proposal names no meeting.
   */
  quorumRequirements: RequirementResult[] | null;
  result: Result;
  standing: Standing;
  /**
   * While voting is open, whether it is too early to say how the proposal
   * stands: no more than half the voting seats have voted, a seat someone can still vote for has not (not one of
   * `seatsCannotVote`), it can still
   * carry (on the public's live count, with the chair's casting vote too), and quorum does not already settle it. False once decided. This is
   * the kit's own rule, not the contract's, so that three votes of ten do not
   * read as a result: a page says "if voting closed now" only when this is
   * false.
   */
  tooEarlyToSay: boolean;
  /**
   * Each vote not counted: its id, its seat and voter (`seat`, `by`), its reason and the reason's values, in the
   * order the votes were cast (by `cast`, then `received`, then `id`, as `compareVotes`), whatever the order the
   * document lists them in. On a secret ballot a page names only the viewer's own: `uncountedNamed`.
   */
  invalid: UncountedVote[];
  /**
   * One per seat with a counted vote, in the group's order of seats, whatever the order the document lists the
   * votes in. Empty when the tally comes from a published `count`.
   */
  counted: CountedVote[];
  /**
   * Each voting seat with no vote counted, in the group's order: not voted (yet), voted but not counted
   * (`uncounted`: each of its votes in `invalid`), or vacant (while open, today, by `now`; once decided, on the
   * proposal's date). From the votes the document holds: on a copy that withholds others' votes (a secret
   * ballot's published document), every seat but the viewer's. Empty when the tally comes from a published
   * `count`.
   */
  withoutVote: SeatWithoutVote[];
  /**
   * How the result was reached: by the count, or by the chair's casting vote in a tie (from a published `count`,
   * its `casting`: a published tie without one was given none, and is tied).
   */
  decidedBy: 'count' | 'casting-vote';
  /**
   * When the group broke ties by the chair on the proposal's date: the chair's seat then, and whether it votes on
   * this proposal (it has a counted vote, gave a published count's `casting`, or it is a voting seat on the date
   * `withoutVote` is judged: the date of `now` while open, else the proposal's). One with no vote can never give
   * the casting vote, so every tie stays tied, and a page says why rather than promise it. Null when the chair
   * breaks no ties, or there is no chair seat.
   *
   * `barred`, where the seat votes but has no vote counted (nor a published `casting`): why no one can give its
   * vote, so no casting vote can break a tie, at that moment: while voting is open, at `now`; once decided, at the
   * close (its `closes`, else the proposal's date). `vacant-seat`, `term-ended` (with its `to`), `term-not-started`
   * (with its `from`), or `declared-interest` (its holder withdrew, and no proxy may vote in their place). Left out
   * when someone may.
   */
  castingSeat: { seat: string; voting: boolean; barred?: SeatBar } | null;
  /** Whether the tally is the proposal's published `count` (the votes behind it are not in the document). */
  published: boolean;
  /** With `now`: whether the proposal takes votes at `now` (open, and not past `closes`). */
  open: boolean;
  /** The proposal's status at `now`: its own, but `closed` for an open proposal past its `closes`. */
  status: Proposal['status'];
  /**
   * Each declared interest: the voting seat of the group the person held at the proposal's moment (on its date,
   * as `entitled`), else one they stood proxy for then, or null.
   */
  declarations: { person: string; seat: string | null; withdrew: boolean }[];
}

/** Options of `outcome`. */
export interface OutcomeQuestion {
  /** The clock: an open proposal past its `closes` is decided, since no vote can be added. */
  now?: string;
  /** With `today`, `quorumState` tells "not yet known" (a meeting to come, nobody in yet) from "not quorate". */
  today?: string;
}
