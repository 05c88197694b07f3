/**
 * The outcome of a proposal: its count under the decision rule (or its
 * published count), the votes for it needs, quorum, and the result. Each part
 * is worked out in its own module (the count, the casting vote, the seats of
 * a decision, the date it is judged on); this one puts them together, and
 * names again what they export, so that a page or a host imports `outcome`'s
 * answers from one place.
 */
import { rulesOn, type GroupRules } from '../contract/group-rules.js';
import type { DecisionRule, Group, PartnershipDocument, Proposal, Seat, VoteChoice } from '../contract/schema.js';
import { londonDate } from './london-time.js';
import { carries, forVotesNeeded, type Count } from './decision-rules.js';
import { quorum } from './quorum.js';
import { groupOf, proposalOf } from './records.js';
import { countVotes, type CountedVote, type VoteCount } from './counted-votes.js';
import { openAt, proposalDate, quorumJudged, seatsDate } from './decision-date.js';
import {
  castingChair,
  castingMoment,
  castingSeatOf,
  castingToCome,
  neededCastingOf,
  neededIfChairForOf,
  tieUnderMajority,
} from './casting-vote.js';
import { declarationsOf, entitledSeats, seatsWithoutVote } from './decision-seats.js';
import type { Outcome, OutcomeQuestion, Result, RuleSource, SeatWithoutVote, Standing } from './outcome-fields.js';

export type {
  Outcome,
  OutcomeQuestion,
  Result,
  RuleSource,
  SeatCannotVote,
  SeatWithoutVote,
  Standing,
} from './outcome-fields.js';
export { countVotes, type CountedVote, type UncountedVote } from './counted-votes.js';
export {
  castMoment,
  openAt,
  proposalDate,
  quorumMoment,
  seatsNamedOn,
  type QuorumMomentKind,
} from './decision-date.js';
export { castingUnpublished, liveCountOutlived, publicLiveCount, tieUnderMajority } from './casting-vote.js';
export { inPlaceOfWithdrawn } from './decision-seats.js';

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

/** Closed (or open past `closes` at `now`): the standing. Withdrawn: not carried, whatever the count. Else pending. */
function resultOf(proposal: Proposal, standing: Standing, open: boolean): Result {
  if (proposal.status === 'closed' || (proposal.status === 'open' && !open)) return standing;
  if (proposal.status === 'withdrawn') return 'not-carried';
  return 'pending';
}

/**
 * While open: too early to say unless more than half the voting seats have voted, every seat someone can still vote
 * for has (`seatsCannotVote`: no vote is still to come, so waiting would change nothing), it cannot carry (with the
 * chair's casting vote neither, where a published count does not say how the chair's seat voted), or it is inquorate.
 */
function tooEarly(result: Result, standing: Standing, count: Count, needs: Needs): boolean {
  const voted = count.for + count.against + count.abstain;
  const toCome = count.entitled - voted - (count.seatsCannotVote ?? 0);
  const canCarry = needs.needed !== null || needs.neededIfChairFor !== null;
  return result === 'pending' && standing !== 'inquorate' && canCarry && toCome > 0 && voted * 2 <= count.entitled;
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

/** The tally: the published `count`, else the counted votes; and how many seats are entitled (`entitledSeats`). */
function tallyOf({ proposal }: Setting, counted: CountedVote[], entitled: Set<string>): Count {
  const tally = (choice: VoteChoice) => proposal.count?.[choice] ?? counted.filter((v) => v.choice === choice).length;
  return {
    for: tally('for'),
    against: tally('against'),
    abstain: tally('abstain'),
    entitled: entitled.size,
  };
}

/** `quorumJudgedAt` of a quorum judged at a moment, or up to one. */
function judgedAtOf(judged: ReturnType<typeof quorumJudged>): Outcome['quorumJudgedAt'] {
  const at = judged.at ?? judged.until;
  return at !== undefined && judged.moment ? { at, moment: judged.moment } : null;
}

/**
 * Quorum as `outcome` gives it: of the proposal's meeting, at its `quorumMoment` (which `quorumJudgedAt` names, so
 * that a page says when), with each requirement as it stood then; null of each without a meeting.
 */
function quorumOfProposal(
  doc: PartnershipDocument,
  proposal: Proposal,
  options: OutcomeQuestion,
): Pick<Outcome, 'quorate' | 'quorumState' | 'quorumNow' | 'quorumJudgedAt' | 'quorumRequirements'> {
  const judged = quorumJudged(doc, proposal.id, options.now);
  const room = proposal.meeting
    ? quorum(doc, proposal.meeting, {
        at: judged.at,
        until: judged.until,
        proposal: proposal.id,
        today: options.today,
        now: options.now,
      })
    : null;
  return {
    quorate: room?.quorate ?? null,
    quorumState: room?.state ?? null,
    quorumNow: judged.roomNow,
    quorumJudgedAt: judgedAtOf(judged),
    quorumRequirements: room?.requirements ?? null,
  };
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

/**
 * The seats with no vote counted that no one can vote for until the close (`seatsCannotVote`): vacant, a term
 * ended today, or its holder withdrew with no proxy to vote in their place (`cannotVote`), and no holder appointed
 * by the close (`heldFrom`). No vote for can come from them, so
 * `needed` and `tooEarlyToSay` do not wait on them; a seat only vacant today (`entitled` reads the seats on the
 * closing date) may still carry it. Only seats of the base (`entitled`): `withoutVote` reads today's, and a seat
 * that votes today but not on the closing date, counted, took a vote to come away from seats that can still give
 * it. Empty on a published count (`withoutVote`).
 */
const cannotVoteCount = (withoutVote: SeatWithoutVote[], entitled: Set<string>): number =>
  withoutVote.filter((s) => s.cannotVote && !s.heldFrom && entitled.has(s.seat)).length;

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
 * `${result.for} for, ${result.against} against: ${result.result}`; // '6 for, 1 against: carried' (the Sutton demo document)
 */
export function outcome(doc: PartnershipDocument, proposalId: string, options: OutcomeQuestion = {}): Outcome {
  const setting = settingOf(doc, proposalId, options.now);
  const { proposal, group, open, rule, groupRules, published } = setting;
  const votes = votesOf(doc, setting);
  const entitled = entitledSeats(group, votes.counted, setting.seatsOn);
  const count = tallyOf(setting, votes.counted, entitled);
  const room = quorumOfProposal(doc, proposal, options);
  const chairing = chairingOf(doc, setting, votes.counted);
  const { standing, decidedBy } = standingOf(rule, count, chairing.casting, room.quorate);
  const withoutVote = published ? [] : seatsWithoutVote(doc, proposal, group, votes, open ? options.now : undefined);
  const seatsCannotVote = cannotVoteCount(withoutVote, entitled);
  const toCome = { ...count, seatsCannotVote };
  const needs = neededOf(doc, setting, toCome, chairing);
  const result = resultOf(proposal, standing, open);
  return {
    rule,
    ruleSource: ruleSourceOf(proposal, groupRules.decisionRule),
    tieBreak: groupRules.tieBreak,
    ...count,
    ...needs,
    seatsCannotVote,
    ...room,
    result,
    standing,
    tooEarlyToSay: tooEarly(result, standing, toCome, needs),
    decidedBy,
    castingSeat: chairing.castingSeat,
    invalid: votes.invalid,
    counted: votes.counted,
    withoutVote,
    published,
    open,
    status: proposal.status === 'open' && !open ? 'closed' : proposal.status,
    declarations: declarationsOf(proposal, group, setting.seatsOn),
  };
}
