/**
 * The outcome of a proposal: which votes count, the decision rule, ties and
 * the chair's casting vote, quorum, and the result.
 */
import { rulesOn, type GroupRules } from '../contract/group-rules.js';
import { seatAsAt } from '../contract/seat-standing.js';
import type {
  DecisionRule,
  Group,
  PartnershipDocument,
  Proposal,
  Seat,
  TieBreak,
  Vote,
  VoteChoice,
} from '../contract/schema.js';
import { appointmentAt, beforeFirstAppointment, holderInPost } from './appointments.js';
import { instantOf, meetingDate } from './calendar.js';
import { londonDate } from './london-time.js';
import { carries, forVotesNeeded, type Count } from './decision-rules.js';
import {
  capacityOn,
  seatBar,
  seatMayVote,
  storedVoteValidity,
  type EligibleSeat,
  type SeatBar,
  type VoteRefusal,
} from './eligibility.js';
import { decisionMoment, inProgress, roomMoment } from './presence.js';
import { quorum, type QuorumResult } from './quorum.js';
import { byId, votesFor } from './indexes.js';
import { compareVotes } from './vote-order.js';
import { groupOf, meetingOf, proposalOf, seatOf } from './records.js';
import { dateTimeArgument, optional } from './moments.js';

export type Result = 'carried' | 'not-carried' | 'tied' | 'inquorate' | 'pending';
export type Standing = Exclude<Result, 'pending'>;

/** The one vote counted for a seat. */
export interface CountedVote {
  seat: string;
  /** The vote's id. */
  vote: string;
  by: string;
  as: 'holder' | 'proxy';
  choice: VoteChoice;
  cast: string;
}

/**
 * A vote the count does not take: its id, the seat it was cast for and who cast it (as a `CountedVote` names
 * them), its reason and the reason's values (as `checkVote` refuses it). A page names the seat and the voter
 * from it, without looking the vote up in the document.
 */
export type UncountedVote = {
  /** The vote's id. */
  vote: string;
  /** The seat it was cast for, as the vote names it (one the group may not hold: `unknown-seat`, `not-in-group`). */
  seat: string;
  /** The person who cast it. */
  by: string;
} & VoteRefusal;

/** A voting seat with no vote counted: its holder on the proposal's date, or null when it was vacant. */
export interface SeatWithoutVote {
  seat: string;
  holder: string | null;
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
   * none could. Where the chair's casting vote breaks a tie, one of them may be the chair's seat's
   * (`neededCastingVote`).
   */
  needed: number | null;
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
  result: Result;
  standing: Standing;
  /**
   * While voting is open, whether it is too early to say how the proposal
   * stands: no more than half the voting seats have voted, it can still
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

interface Candidate {
  vote: Vote;
  as: 'holder' | 'proxy';
}

/**
 * Whether `a` replaces `b` as a seat's counted vote: the holder over the proxy, then the later by `cast`, a tie
 * in `cast` broken by `received` and then `id` (`compareVotes`), never by the order the document lists them in.
 */
function replaces(a: Candidate, b: Candidate): boolean {
  if (a.as !== b.as) return a.as === 'holder';
  return compareVotes(a.vote, b.vote) > 0;
}

/** What `countVotes` finds: the counted and invalid votes, and the invalid ones by the seat they were cast for. */
interface VoteCount extends Pick<Outcome, 'counted' | 'invalid'> {
  uncountedBySeat: ReadonlyMap<string, UncountedVote[]>;
}

/** A vote the count does not take, and why (`storedVoteValidity`'s refusal). */
interface Refused {
  vote: Vote;
  refusal: VoteRefusal;
}

/**
 * One counted vote per seat, and every invalid vote with its reason, of
 * `votes`: the proposal's votes (all of them, or those of one person for one
 * seat). Their order in the document changes nothing: the counted votes come
 * in the group's order of seats, the invalid ones in the order cast.
 */
export function countVotes(
  doc: PartnershipDocument,
  proposal: Proposal,
  group: Group,
  votes: readonly Vote[] = votesFor(doc, proposal.id),
): VoteCount {
  const refused: Refused[] = [];
  const bySeat = new Map<string, Candidate>();
  for (const vote of votes) {
    const check = storedVoteValidity(doc, vote);
    if (!check.ok) {
      const { ok: _ok, ...refusal } = check;
      refused.push({ vote, refusal });
      continue;
    }
    // A person named as both holder and proxy of a seat votes as its holder.
    const seat = seatOf(group, vote.seat);
    const as = (seat && capacityOn(seat, vote.by, londonDate(vote.cast))) === 'holder' ? 'holder' : 'proxy';
    const candidate: Candidate = { vote, as };
    const current = bySeat.get(vote.seat);
    if (!current || replaces(candidate, current)) bySeat.set(vote.seat, candidate);
  }
  return { counted: countedInGroupOrder(group, bySeat), ...uncountedOf(refused) };
}

/** Each seat's counted vote, in the group's order of seats, whatever the order the votes came in. */
function countedInGroupOrder(group: Group, bySeat: ReadonlyMap<string, Candidate>): CountedVote[] {
  // One seat (a member's own few votes, asked by `ownVote`) needs no walk through a group of thousands.
  const inGroupOrder =
    bySeat.size <= 1
      ? [...bySeat.values()]
      : group.seats.flatMap((seat) => {
          const candidate = bySeat.get(seat.id);
          return candidate ? [candidate] : [];
        });
  return inGroupOrder.map(({ vote, as }) => ({
    seat: vote.seat,
    vote: vote.id,
    by: vote.by,
    as,
    choice: vote.choice,
    cast: vote.cast,
  }));
}

/**
 * The votes the count does not take, in the order cast, each naming its seat and voter; and the same by the seat
 * they were cast for, so that a seat that voted but has no vote counted says so (`SeatWithoutVote.uncounted`).
 */
function uncountedOf(refused: Refused[]): Pick<VoteCount, 'invalid' | 'uncountedBySeat'> {
  const uncountedBySeat = new Map<string, UncountedVote[]>();
  const invalid = refused
    .sort((a, b) => compareVotes(a.vote, b.vote))
    .map(({ vote, refusal }) => {
      const uncounted: UncountedVote = { vote: vote.id, seat: vote.seat, by: vote.by, ...refusal };
      uncountedBySeat.set(vote.seat, [...(uncountedBySeat.get(vote.seat) ?? []), uncounted]);
      return uncounted;
    });
  return { invalid, uncountedBySeat };
}

/**
 * The seat whose casting vote breaks a tie, when the group broke ties by the chair: the first seat whose role was
 * chair on the proposal's `date` (1.2: a chair who has handed over since still had the casting vote then).
 */
function castingChair(group: Group, rules: GroupRules, date: string | null): Seat | undefined {
  if (rules.tieBreak !== 'chair') return undefined;
  return group.seats.find((seat) => seatAsAt(seat, date).role === 'chair');
}

/**
 * `castingSeat`: the chair's seat, and whether it has a counted vote, gave the casting vote a published count
 * holds, or is a voting seat on `votingOn`; and, a voting seat with neither, why no one can give its vote at
 * `barredAt` (`seatBar`).
 */
function castingSeatOf(
  doc: PartnershipDocument,
  proposal: Proposal,
  chair: Seat | undefined,
  counted: CountedVote[],
  {
    votingOn,
    barredAt,
    castPublished,
  }: { votingOn: string | null; barredAt: string | undefined; castPublished: boolean },
): Outcome['castingSeat'] {
  if (!chair) return null;
  const cast = castPublished || counted.some((v) => v.seat === chair.id);
  if (cast) return { seat: chair.id, voting: true };
  if (!seatAsAt(chair, votingOn).voting) return { seat: chair.id, voting: false };
  const barred = seatBar(doc, proposal.id, chair.id, barredAt);
  return barred ? { seat: chair.id, voting: true, barred } : { seat: chair.id, voting: true };
}

/**
 * When to ask whether anyone can give the chair's casting vote: at `now` while voting is open (or, without `now`,
 * an open proposal's meeting date); once decided, at the close, its `closes` (else the proposal's date), when the
 * last vote could be cast. A vacancy filled, or a term ended, after it changes nothing decided.
 */
function castingMoment(proposal: Proposal, open: boolean, date: string | null, now: string | undefined) {
  if (open || proposal.status === 'draft') return now;
  return proposal.closes ?? date ?? undefined;
}

/**
 * Whether the votes for and against tie under simple majority, the one rule a casting vote can decide. 0 for and
 * 0 against is no tie: nothing was decided either way, so it is not carried.
 */
export function tieUnderMajority(rule: DecisionRule, count: Pick<Count, 'for' | 'against'>): boolean {
  return rule === 'simple-majority' && count.for === count.against && count.for > 0;
}

/**
 * Whether a published count leaves unsaid how its tie goes: the public's live count of a recorded proposal still
 * open (served while it took votes), tied under simple majority, without `casting`, the chair's seat one that
 * could give a casting vote (it votes, and someone may give its vote). A host on this kit publishes `casting` with
 * the tie once the chair's seat has voted for or against; a host from before it never does, and the copy may
 * predate the chair's vote, so it cannot tell "no casting vote yet" from "one given and not published". A secret
 * ballot's count is served only once voting has closed, and a closed proposal's count is final: a tie without
 * `casting` there was given none, as the contract's addition says. A page says the tie carries only on the
 * chair's casting vote for, not that none was given.
 *
 * @example
 * castingUnpublished(proposal, outcome(publicCopy, proposal.id, { now })); // true: a tie, an older host
 */
export function castingUnpublished(
  proposal: Proposal,
  result: Pick<Outcome, 'published' | 'standing' | 'castingSeat'>,
): boolean {
  if (!publicLiveCount(proposal, result) || result.standing !== 'tied') return false;
  return chairMayCast(result.castingSeat);
}

/**
 * Whether a published count is the public's live count, served while the proposal took votes: a recorded
 * proposal still open in the copy. Seats may have voted since it was served, so once read after the close it is
 * not the final count; the host then publishes every vote. A secret ballot's count is served only once voting has
 * closed, and a closed proposal's count is final.
 */
export function publicLiveCount(proposal: Proposal, result: Pick<Outcome, 'published'>): boolean {
  return proposal.status === 'open' && proposal.ballot !== 'secret' && result.published;
}

/** Whether the chair's seat may give a casting vote: it has one, it votes, and no declaration bars it. */
function chairMayCast(castingSeat: Outcome['castingSeat']): boolean {
  return castingSeat !== null && castingSeat.voting && castingSeat.barred === undefined;
}

/** The standing, and whether the chair's casting vote decided it. */
function standingOf(
  rule: DecisionRule,
  count: Count,
  casting: VoteChoice | undefined,
  quorate: boolean | null,
): { standing: Standing; decidedBy: Outcome['decidedBy'] } {
  const byCount = (standing: Standing) => ({ standing, decidedBy: 'count' as const });
  if (quorate === false) return byCount('inquorate');
  if (tieUnderMajority(rule, count)) {
    if (casting === 'for' || casting === 'against') {
      return { standing: casting === 'for' ? 'carried' : 'not-carried', decidedBy: 'casting-vote' };
    }
    return byCount('tied');
  }
  return byCount(carries(rule, count) ? 'carried' : 'not-carried');
}

/** What `castingToCome` asks of a count: its rule and tally, the chair's seat and its casting vote, and whether voting is open. */
interface CastingQuestion {
  rule: DecisionRule;
  count: Count;
  chair: Seat | undefined;
  casting: VoteChoice | undefined;
  published: boolean;
  open: boolean;
}

/**
 * Whether the chair's casting vote is still to come, and would count: voting is open, the rule is simple majority
 * with a vote against to tie, the chair's seat has no vote counted, and its holder or proxy may vote at `now` (a
 * casting vote is a vote, judged at its moment). A published count says only the casting vote given, not whether
 * the chair's seat has voted otherwise: nothing is promised of it.
 */
function castingToCome(
  doc: PartnershipDocument,
  proposal: Proposal,
  { rule, count, chair, casting, published, open }: CastingQuestion,
  now: string | undefined,
): boolean {
  if (!chair || published || casting !== undefined || !open) return false;
  if (rule !== 'simple-majority' || count.against === 0) return false;
  return seatMayVote(doc, proposal.id, chair.id, now);
}

/** `neededCastingVote`: whether `needed` counts on the chair's vote for, given or to come, to carry a tie. */
function neededCastingOf(
  rule: DecisionRule,
  count: Count,
  needed: number | null,
  casting: VoteChoice | undefined,
  toCome: boolean,
): Outcome['neededCastingVote'] {
  // With no vote against, one vote for carries it: no tie, and no casting vote, is needed.
  if (needed === null || rule !== 'simple-majority' || count.against === 0) return null;
  if (casting === 'for') return 'given';
  return toCome ? 'to-come' : null;
}

/**
 * `neededIfChairFor`: on a published count still open, the votes for that carry it when the chair's seat's is among
 * them, where the chair's seat may give a casting vote now and the count does not say it gave one.
 */
function neededIfChairForOf(
  { rule, count, casting, published, open }: Omit<CastingQuestion, 'chair'>,
  castingSeat: Outcome['castingSeat'],
): number | null {
  if (!published || !open || casting !== undefined || rule !== 'simple-majority' || count.against === 0) return null;
  return chairMayCast(castingSeat) ? forVotesNeeded(rule, count, 'for') : null;
}

/** Whether the proposal takes votes at `now`: open, and `now` not past its `closes`. Without `now`, its status alone. */
export function openAt(proposal: Proposal, now?: string): boolean {
  if (proposal.status !== 'open') return false;
  const checked = optional(dateTimeArgument)(now, 'now');
  return checked === undefined || !proposal.closes || instantOf(checked) <= instantOf(proposal.closes);
}

/** Closed (or open past `closes` at `now`): the standing. Withdrawn: not carried, whatever the count. Else pending. */
function resultOf(proposal: Proposal, standing: Standing, open: boolean): Result {
  if (proposal.status === 'closed' || (proposal.status === 'open' && !open)) return standing;
  if (proposal.status === 'withdrawn') return 'not-carried';
  return 'pending';
}

/**
 * The moment `outcome` judges a proposal's quorum at (undefined: over the
 * whole meeting): its decision's (`decisionMoment`); or, for a proposal open
 * at `now` with no such moment while its meeting is in progress, the room
 * now (`roomMoment`). Its standing says how it would go if voting closed
 * now, and the room now is what would decide it, as the quorum indicator
 * says: read over the whole meeting, it stayed quorate after half the room
 * had left. Once decided, the whole meeting again (docs/contract.md).
 */
export function quorumMoment(doc: PartnershipDocument, proposalId: string, now?: string): string | undefined {
  return quorumJudged(doc, proposalId, now).at;
}

/** `quorumMoment`, and whether it is the room at `now`. */
function quorumJudged(doc: PartnershipDocument, proposalId: string, now?: string): { at?: string; roomNow: boolean } {
  const proposal = proposalOf(doc, proposalId);
  if (!proposal.meeting) return { roomNow: false };
  const meeting = meetingOf(doc, proposal.meeting);
  const decided = decisionMoment(proposal, meeting);
  if (decided !== undefined || now === undefined || !openAt(proposal, now) || !inProgress(meeting, now)) {
    return { at: decided, roomNow: false };
  }
  return { at: roomMoment(meeting, now), roomNow: true };
}

/**
 * The date a proposal's seats and declarations are judged on: the date of its `closes` in London (as a vote's
 * `cast` is dated), else its meeting's date. A proposal with neither (a decision by correspondence) that is
 * closed or withdrawn is dated by its last vote, the latest of the votes' `cast` and `received` in London:
 * judged by the current appointments, its record would name a holder appointed a year later as not voting,
 * and a seat added since would join an absolute majority's base. Else, while it is open, has no votes, or is a
 * secret ballot (whose published copies hold no one's votes but the viewer's), the current appointments (null).
 */
export function proposalDate(doc: PartnershipDocument, proposal: Proposal): string | null {
  if (proposal.closes) return londonDate(proposal.closes);
  const meeting = proposal.meeting ? byId(doc.meetings, proposal.meeting) : undefined;
  if (meeting) return meetingDate(meeting);
  if (proposal.status !== 'closed' && proposal.status !== 'withdrawn') return null;
  // A secret ballot's copies hold only the viewer's own votes: dated by them, each viewer's base would differ.
  if (proposal.ballot === 'secret' || proposal.count !== undefined) return null;
  let last: string | undefined;
  for (const vote of votesFor(doc, proposal.id)) {
    for (const moment of [vote.cast, vote.received]) {
      if (moment !== undefined && (last === undefined || instantOf(moment) > instantOf(last))) last = moment;
    }
  }
  return last === undefined ? null : londonDate(last);
}

/**
 * The date a proposal's seats are judged on for its base and its declarations: its own `date` (`proposalDate`), else,
 * while it is open with none (no meeting, no `closes`), the date of `openNow` when given, as
 * `seatsWithoutVote` lists it; else the seats as the document names them. A seat whose first holder is
 * appointed from next month is no seat of it yet, and the holder of the day is who withdrew from it.
 */
function seatsDate(date: string | null, openNow: string | undefined): string | null {
  return date ?? (openNow ? londonDate(openNow) : null);
}

/**
 * The group's voting seats on `date` (`seatsDate`), vacant ones included: not a seat whose first appointment
 * began after it (a seat added to the group later). A roster change never rewrites a decided count. A seat
 * with a counted vote is always entitled: a proposal with no `closes` is dated by its meeting, yet takes
 * valid votes after it, and a seat first appointed in between would otherwise be counted but not entitled
 * (more votes than seats, and `needed` null though one more vote for would carry it). So is one that had a
 * vote when it was cast and lost it before the proposal's date (1.2, `previousStanding`).
 */
function entitledSeats(group: Group, counted: CountedVote[], date: string | null): number {
  const voted = new Set(counted.map((vote) => vote.seat));
  return group.seats.filter(
    (seat) =>
      voted.has(seat.id) || (seatAsAt(seat, date).voting && !(date !== null && beforeFirstAppointment(seat, date))),
  ).length;
}

/**
 * The voting seats with no vote counted, each with its holder and the votes cast for it that the count does
 * not take: while the proposal is open, on the date of `now` (who may vote for it today, as eligibility asks);
 * once decided, on the proposal's date. Not a seat whose first appointment began after that date: once
 * decided, a seat added to the group later was no seat of the decision (as `entitled` says), and its record
 * must not grow a "vacant seat, no vote" row.
 */
function seatsWithoutVote(
  doc: PartnershipDocument,
  proposal: Proposal,
  group: Group,
  { counted, uncountedBySeat }: VoteCount,
  openNow: string | undefined,
): SeatWithoutVote[] {
  const date = openNow ? londonDate(openNow) : proposalDate(doc, proposal);
  const voted = new Set(counted.map((vote) => vote.seat));
  return group.seats
    .filter(
      (seat) =>
        seatAsAt(seat, date).voting && !voted.has(seat.id) && !(date !== null && beforeFirstAppointment(seat, date)),
    )
    .map((seat) => {
      const without: SeatWithoutVote = { seat: seat.id, holder: holderInPost(seat, date) };
      const uncounted = uncountedBySeat.get(seat.id);
      return uncounted ? { ...without, uncounted } : without;
    });
}

/**
 * Each declaration with the voting seat its person held on `date` (`seatsDate`), else one they stood proxy for,
 * else null. The seat held first: someone who holds a seat and stands proxy for another is there for their own,
 * and their proxy is who votes in their place (`inPlaceOfWithdrawn`), wherever the group lists the other seat.
 */
function declarationsOf(proposal: Proposal, group: Group, date: string | null): Outcome['declarations'] {
  if (proposal.declarations.length === 0) return [];
  const voting = group.seats.filter((s) => seatAsAt(s, date).voting);
  const named = (person: string, as: 'holder' | 'proxy') => voting.find((s) => appointmentAt(s, date)[as] === person);
  return proposal.declarations.map(({ person, withdrew }) => {
    const seat = named(person, 'holder') ?? named(person, 'proxy');
    return { person, seat: seat?.id ?? null, withdrew };
  });
}

/**
 * Whether `voter`, voting `seat` as its proxy, votes in place of the other
 * appointee, who declared an interest and withdrew: a page then says whose
 * place the proxy takes.
 *
 * @example
 * const { seat, as } = eligibleSeats(doc, 'p', 'amy')[0];
 * inPlaceOfWithdrawn(outcome(doc, 'p'), { seat, as }, 'amy'); // true once the holder withdrew
 */
export function inPlaceOfWithdrawn(
  result: Pick<Outcome, 'declarations'>,
  { seat, as }: EligibleSeat,
  voter: string,
): boolean {
  return as === 'proxy' && result.declarations.some((d) => d.seat === seat && d.withdrew && d.person !== voter);
}

/**
 * While open: too early to say unless more than half the voting seats have voted, it cannot carry (with the chair's
 * casting vote neither, where a published count does not say how the chair's seat voted), or it is inquorate.
 */
function tooEarly(result: Result, standing: Standing, count: Count, needs: Needs): boolean {
  const voted = count.for + count.against + count.abstain;
  const canCarry = needs.needed !== null || needs.neededIfChairFor !== null;
  return result === 'pending' && standing !== 'inquorate' && canCarry && voted * 2 <= count.entitled;
}

function ruleSourceOf(proposal: Proposal, groupRule: DecisionRule): RuleSource {
  const agreed = proposal.ruleAgreedUnanimously;
  const own = proposal.decisionRule === undefined || proposal.decisionRule === groupRule;
  return own || agreed === undefined ? { kind: 'group-default' } : { kind: 'agreed', meeting: agreed };
}

/**
 * What a proposal is judged under: its group; its date (`proposalDate`); whether it takes votes at `now`; the date
 * its seats and the group's rules are read on (`seatsDate`), so that a rule changed since, or a seat that has gained
 * or lost its vote or the chair, does not recount a decision taken before; its decision rule; and whether its
 * tally is a published `count`.
 */
interface Setting {
  proposal: Proposal;
  group: Group;
  date: string | null;
  open: boolean;
  seatsOn: string | null;
  groupRules: GroupRules;
  rule: DecisionRule;
  published: boolean;
  now: string | undefined;
}

function settingOf(doc: PartnershipDocument, proposalId: string, now: string | undefined): Setting {
  const proposal = proposalOf(doc, proposalId);
  const group = groupOf(doc, proposal.group);
  const date = proposalDate(doc, proposal);
  const open = openAt(proposal, now);
  const seatsOn = seatsDate(date, open ? now : undefined);
  // On `seatsOn`: an open decision by correspondence, undated yet, stands ("if voting closed now") under the
  // rules of now's date, as it is counted once closed now, not under a change the document records for later.
  const groupRules = rulesOn(group, seatsOn);
  const rule = proposal.decisionRule ?? groupRules.decisionRule;
  return { proposal, group, date, open, seatsOn, groupRules, rule, published: proposal.count !== undefined, now };
}

/** The votes counted and not: none of a published count, which stands in for votes the viewer may not see. */
function votesOf(doc: PartnershipDocument, { proposal, group, published }: Setting): VoteCount {
  // The votes a copy with a published count holds are only the viewer's own.
  return published ? { counted: [], invalid: [], uncountedBySeat: new Map() } : countVotes(doc, proposal, group);
}

/** The tally: the published `count`, else the counted votes; and the seats entitled on `seatsOn`. */
function tallyOf({ proposal, group, seatsOn }: Setting, counted: CountedVote[]): Count {
  const tally = (choice: VoteChoice) => proposal.count?.[choice] ?? counted.filter((v) => v.choice === choice).length;
  return {
    for: tally('for'),
    against: tally('against'),
    abstain: tally('abstain'),
    entitled: entitledSeats(group, counted, seatsOn),
  };
}

/** Quorum as `outcome` gives it: of the proposal's meeting, at its `quorumMoment`; null of each without one. */
function quorumOfProposal(
  doc: PartnershipDocument,
  proposal: Proposal,
  options: OutcomeQuestion,
): Pick<Outcome, 'quorate' | 'quorumState' | 'quorumNow'> {
  const judged = quorumJudged(doc, proposal.id, options.now);
  const room = proposal.meeting
    ? quorum(doc, proposal.meeting, { at: judged.at, proposal: proposal.id, today: options.today })
    : null;
  return { quorate: room?.quorate ?? null, quorumState: room?.state ?? null, quorumNow: judged.roomNow };
}

/** The chair's seat that breaks ties, its casting vote (its counted vote, or a published count's), and `castingSeat`. */
interface Chairing {
  chair: Seat | undefined;
  casting: VoteChoice | undefined;
  castingSeat: Outcome['castingSeat'];
}

function chairingOf(doc: PartnershipDocument, setting: Setting, counted: CountedVote[]): Chairing {
  const { proposal, group, groupRules, seatsOn, published, open, date, now } = setting;
  const chair = castingChair(group, groupRules, seatsOn);
  // A published count holds no votes: the chair's casting vote, given openly, is published with it (`casting`).
  const casting = chair && (published ? proposal.count?.casting : counted.find((v) => v.seat === chair.id)?.choice);
  // Whether it votes, on the date `withoutVote` lists the voting seats: a page names it with them.
  const castingSeat = castingSeatOf(doc, proposal, chair, counted, {
    votingOn: open && now ? londonDate(now) : date,
    barredAt: castingMoment(proposal, open, date, now),
    castPublished: published && casting !== undefined,
  });
  return { chair, casting, castingSeat };
}

type Needs = Pick<Outcome, 'needed' | 'neededCastingVote' | 'neededIfChairFor'>;

/** The votes for it needs: without the chair's casting vote, counting on it given or to come, and if it is among them. */
function neededOf(
  doc: PartnershipDocument,
  { proposal, rule, published, open, now }: Setting,
  count: Count,
  { chair, casting, castingSeat }: Chairing,
): Needs {
  const toCome = castingToCome(doc, proposal, { rule, count, chair, casting, published, open }, now);
  const needed = forVotesNeeded(rule, count, toCome ? 'for' : casting);
  return {
    needed,
    neededCastingVote: neededCastingOf(rule, count, needed, casting, toCome),
    neededIfChairFor: neededIfChairForOf({ rule, count, casting, published, open }, castingSeat),
  };
}

/**
 * The outcome of a proposal: the counted votes under its decision rule (or
 * its published `count`), the votes for it needed, quorum (at its `closes`
 * when it has one, leaving out seats attended only by someone who withdrew),
 * and the result: `pending` while open, with `standing` as if it closed now
 * (and `tooEarlyToSay` while too few have voted to say so); `not-carried`
 * once withdrawn. With `now`, an open proposal past its
 * `closes` is decided. Every outcome is indicative: the partnership steers and
 * holds no delegated statutory powers.
 *
 * @example
 * const result = outcome(doc, 'hnb-plan');
 * `${result.for} for, ${result.against} against: ${result.result}`; // '7 for, 2 against: carried'
 */
export function outcome(doc: PartnershipDocument, proposalId: string, options: OutcomeQuestion = {}): Outcome {
  const setting = settingOf(doc, proposalId, options.now);
  const { proposal, group, open, rule, groupRules, published } = setting;
  const votes = votesOf(doc, setting);
  const count = tallyOf(setting, votes.counted);
  const room = quorumOfProposal(doc, proposal, options);
  const chairing = chairingOf(doc, setting, votes.counted);
  const { standing, decidedBy } = standingOf(rule, count, chairing.casting, room.quorate);
  const needs = neededOf(doc, setting, count, chairing);
  const result = resultOf(proposal, standing, open);
  return {
    rule,
    ruleSource: ruleSourceOf(proposal, groupRules.decisionRule),
    tieBreak: groupRules.tieBreak,
    ...count,
    ...needs,
    ...room,
    result,
    standing,
    tooEarlyToSay: tooEarly(result, standing, count, needs),
    decidedBy,
    castingSeat: chairing.castingSeat,
    invalid: votes.invalid,
    counted: votes.counted,
    withoutVote: published ? [] : seatsWithoutVote(doc, proposal, group, votes, open ? options.now : undefined),
    published,
    open,
    status: proposal.status === 'open' && !open ? 'closed' : proposal.status,
    declarations: declarationsOf(proposal, group, setting.seatsOn),
  };
}
