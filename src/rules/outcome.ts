/**
 * The outcome of a proposal: which votes count, the decision rule, ties and
 * the chair's casting vote, quorum, and the result.
 */
import type { DecisionRule, Group, PartnershipDocument, Proposal, Vote, VoteChoice } from '../contract/schema.js';
import { instantOf } from './calendar.js';
import { carries, forVotesNeeded, type Count } from './decision-rules.js';
import { voteValidity, type VoteRejection } from './eligibility.js';
import { quorum } from './quorum.js';
import { groupOf, proposalOf } from './records.js';

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

/** Where a proposal's decision rule comes from: the group's own, or the meeting that agreed another unanimously. */
export type RuleSource = { kind: 'group-default' } | { kind: 'agreed'; meeting: string };

export interface Outcome {
  rule: DecisionRule;
  ruleSource: RuleSource;
  for: number;
  against: number;
  abstain: number;
  /** The group's voting seats, vacant ones included. */
  entitled: number;
  needed: number | null;
  quorate: boolean | null;
  result: Result;
  standing: Standing;
  invalid: { vote: string; reason: VoteRejection; message: string }[];
  /** One per seat with a counted vote, in the order the seats' first valid votes appear. */
  counted: CountedVote[];
}

interface Candidate {
  vote: Vote;
  index: number;
  as: 'holder' | 'proxy';
}

/** Whether `a` replaces `b` as a seat's counted vote: the holder over the proxy, then the later cast, then the later record. */
function replaces(a: Candidate, b: Candidate): boolean {
  if (a.as !== b.as) return a.as === 'holder';
  const diff = instantOf(a.vote.cast) - instantOf(b.vote.cast);
  return diff > 0 || (diff === 0 && a.index > b.index);
}

/** One counted vote per seat, and every invalid vote of the proposal with its reason. */
function countVotes(doc: PartnershipDocument, proposal: Proposal, group: Group) {
  const invalid: Outcome['invalid'] = [];
  const bySeat = new Map<string, Candidate>();
  doc.votes.forEach((vote, index) => {
    if (vote.proposal !== proposal.id) return;
    const check = voteValidity(doc, vote);
    if (!check.ok) {
      invalid.push({
        vote: vote.id,
        reason: check.reason,
        message: check.message,
      });
      return;
    }
    // A person named as both holder and proxy of a seat votes as its holder.
    const as = group.seats.find((s) => s.id === vote.seat)?.holder === vote.by ? 'holder' : 'proxy';
    const candidate: Candidate = { vote, index, as };
    const current = bySeat.get(vote.seat);
    if (!current || replaces(candidate, current)) bySeat.set(vote.seat, candidate);
  });
  const counted: CountedVote[] = [...bySeat.values()].map(({ vote, as }) => ({
    seat: vote.seat,
    vote: vote.id,
    by: vote.by,
    as,
    choice: vote.choice,
    cast: vote.cast,
  }));
  return { counted, invalid };
}

/** The chair's counted vote when the group breaks ties by the chair: the first seat whose role is chair. */
function castingVote(group: Group, counted: CountedVote[]): VoteChoice | undefined {
  if (group.tieBreak !== 'chair') return undefined;
  const chair = group.seats.find((seat) => seat.role === 'chair');
  return chair && counted.find((v) => v.seat === chair.id)?.choice;
}

function standingOf(
  rule: DecisionRule,
  count: Count,
  casting: VoteChoice | undefined,
  quorate: boolean | null,
): Standing {
  if (quorate === false) return 'inquorate';
  // 0 for and 0 against is no tie: nothing was decided either way, so it is not carried.
  if (rule === 'simple-majority' && count.for === count.against && count.for > 0) {
    if (casting === 'for') return 'carried';
    if (casting === 'against') return 'not-carried';
    return 'tied';
  }
  return carries(rule, count) ? 'carried' : 'not-carried';
}

/** Closed: the standing. Withdrawn: not carried, whatever the count. Open or draft: pending. */
function resultOf(proposal: Proposal, standing: Standing): Result {
  if (proposal.status === 'closed') return standing;
  if (proposal.status === 'withdrawn') return 'not-carried';
  return 'pending';
}

function ruleSourceOf(proposal: Proposal, group: Group): RuleSource {
  const agreed = proposal.ruleAgreedUnanimously;
  const own = proposal.decisionRule === undefined || proposal.decisionRule === group.decisionRule;
  return own || agreed === undefined ? { kind: 'group-default' } : { kind: 'agreed', meeting: agreed };
}

/**
 * The outcome of a proposal: the counted votes under its decision rule, the
 * votes for it needed, quorum, and the result (`pending` while open or
 * draft, with `standing` as if it closed now; `not-carried` once withdrawn).
 * Every outcome is indicative: the partnership steers and holds no delegated
 * statutory powers.
 *
 * @example
 * const result = outcome(doc, 'hnb-plan');
 * `${result.for} for, ${result.against} against: ${result.result}`; // '7 for, 2 against: carried'
 */
export function outcome(doc: PartnershipDocument, proposalId: string): Outcome {
  const proposal = proposalOf(doc, proposalId);
  const group = groupOf(doc, proposal.group);
  const rule = proposal.decisionRule ?? group.decisionRule;
  const { counted, invalid } = countVotes(doc, proposal, group);
  const tally = (choice: VoteChoice) => counted.filter((v) => v.choice === choice).length;
  const count: Count = {
    for: tally('for'),
    against: tally('against'),
    abstain: tally('abstain'),
    entitled: group.seats.filter((s) => s.voting).length,
  };
  const quorate = proposal.meeting ? quorum(doc, proposal.meeting).quorate : null;
  const standing = standingOf(rule, count, castingVote(group, counted), quorate);
  return {
    rule,
    ruleSource: ruleSourceOf(proposal, group),
    ...count,
    needed: forVotesNeeded(rule, count),
    quorate,
    result: resultOf(proposal, standing),
    standing,
    invalid,
    counted,
  };
}
