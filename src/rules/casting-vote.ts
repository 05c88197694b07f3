/**
 * The chair's casting vote: which seat gives it, whether it has been given
 * or is still to come, why no one can give it, and what a published count
 * leaves unsaid of it. Only a tie under simple majority, in a group that
 * breaks ties by the chair, asks any of this, so it is kept apart from the
 * count itself.
 */
import type { GroupRules } from '../contract/group-rules.js';
import { seatAsAt } from '../contract/seat-standing.js';
import type { DecisionRule, Group, PartnershipDocument, Proposal, Seat, VoteChoice } from '../contract/schema.js';
import { forVotesNeeded, type Count } from './decision-rules.js';
import { seatBar, seatMayVote } from './seat-bar.js';
import type { CountedVote } from './counted-votes.js';
import type { Outcome } from './outcome-fields.js';

/**
 * The seat whose casting vote breaks a tie, when the group broke ties by the chair: the first seat whose role was
 * chair on the proposal's `date` (1.2: a chair who has handed over since still had the casting vote then).
 */
export function castingChair(group: Group, rules: GroupRules, date: string | null): Seat | undefined {
  if (rules.tieBreak !== 'chair') return undefined;
  return group.seats.find((seat) => seatAsAt(seat, date).role === 'chair');
}

/**
 * `castingSeat`: the chair's seat, and whether it has a counted vote, gave the casting vote a published count
 * holds, or is a voting seat on `votingOn`; and, a voting seat with neither, why no one can give its vote at
 * `barredAt` (`seatBar`).
 */
export function castingSeatOf(
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
export function castingMoment(proposal: Proposal, open: boolean, date: string | null, now: string | undefined) {
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

/**
 * Whether a count is the public's live count read once voting has closed (`publicLiveCount`, and `result` asked at
 * a moment after the close): its totals are what the public was shown while voting was open, and seats may have
 * voted since, so no result is read from them. The host publishes every vote once voting has closed; until a page
 * has that copy (a static page never will), it shows these totals as published and says the result is not known.
 */
export function liveCountOutlived(proposal: Proposal, result: Pick<Outcome, 'published' | 'open'>): boolean {
  return publicLiveCount(proposal, result) && !result.open;
}

/** Whether the chair's seat may give a casting vote: it has one, it votes, and no declaration bars it. */
function chairMayCast(castingSeat: Outcome['castingSeat']): boolean {
  return castingSeat !== null && castingSeat.voting && castingSeat.barred === undefined;
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
 * with fewer votes for than against, the chair's seat has no vote counted, and its holder or proxy may vote at
 * `now` (a casting vote is a vote, judged at its moment). Only then can the chair's vote for make the tie it
 * decides: with the votes tied, or more for, any further vote for carries it by the count, the chair's or
 * another's, and naming the chair's seat said no other vote would do. A published count says only the casting
 * vote given, not whether the chair's seat has voted otherwise: nothing is promised of it.
 */
export function castingToCome(
  doc: PartnershipDocument,
  proposal: Proposal,
  { rule, count, chair, casting, published, open }: CastingQuestion,
  now: string | undefined,
): boolean {
  if (!chair || published || casting !== undefined || !open) return false;
  if (rule !== 'simple-majority' || count.for >= count.against) return false;
  return seatMayVote(doc, proposal.id, chair.id, now);
}

/** `neededCastingVote`: whether `needed` counts on the chair's vote for, given or to come, to carry a tie. */
export function neededCastingOf(
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
export function neededIfChairForOf(
  { rule, count, casting, published, open }: Omit<CastingQuestion, 'chair'>,
  castingSeat: Outcome['castingSeat'],
): number | null {
  if (!published || !open || casting !== undefined || rule !== 'simple-majority' || count.against === 0) return null;
  return chairMayCast(castingSeat) ? forVotesNeeded(rule, count, 'for') : null;
}
