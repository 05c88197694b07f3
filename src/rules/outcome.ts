/**
 * The outcome of a proposal: one counted vote per seat (the latest valid one,
 * a holder's always over a proxy's), the decision rule, ties and the chair's
 * casting vote, quorum, and the result.
 */
import type { DecisionRule, PartnershipDocument, Proposal, Vote, VoteChoice } from '../contract/index.js';
import { instantOf } from './calendar.js';
import { carries, forVotesNeeded, type Count } from './decision-rules.js';
import { storedVoteCheck, type VoteRejection } from './eligibility.js';
import { quorum } from './quorum.js';
import { groupOf, proposalOf } from './records.js';

export type Result = 'carried' | 'not-carried' | 'tied' | 'inquorate' | 'pending';
export type Standing = Exclude<Result, 'pending'>;

export interface CountedVote {
  seat: string;
  vote: string;
  by: string;
  as: 'holder' | 'proxy';
  choice: VoteChoice;
  cast: string;
}

export interface Outcome {
  rule: DecisionRule;
  /** Where the rule comes from: the group's own rule, or the meeting where the group agreed another unanimously. */
  ruleSource: { kind: 'group-default' } | { kind: 'agreed'; meeting: string };
  for: number;
  against: number;
  abstain: number;
  entitled: number;
  needed: number | null;
  quorate: boolean | null;
  result: Result;
  standing: Standing;
  invalid: { vote: string; reason: VoteRejection; message: string }[];
  counted: CountedVote[];
}

/** Later cast wins; on the same instant, the one later in the document. */
function later(a: { vote: Vote; index: number }, b: { vote: Vote; index: number }): boolean {
  const diff = instantOf(a.vote.cast) - instantOf(b.vote.cast);
  return diff > 0 || (diff === 0 && a.index > b.index);
}

/** One counted vote per seat: the latest valid holder's vote, else the latest valid proxy's. */
function countVotes(doc: PartnershipDocument, proposal: Proposal) {
  const group = groupOf(doc, proposal.group);
  const invalid: Outcome['invalid'] = [];
  const bySeat = new Map<string, { vote: Vote; index: number; as: 'holder' | 'proxy' }>();
  doc.votes.forEach((vote, index) => {
    if (vote.proposal !== proposal.id) return;
    const check = storedVoteCheck(doc, vote);
    if (!check.ok) {
      invalid.push({ vote: vote.id, reason: check.reason, message: check.message });
      return;
    }
    const seat = group.seats.find((s) => s.id === vote.seat);
    const as = seat?.holder === vote.by ? 'holder' : 'proxy';
    const current = bySeat.get(vote.seat);
    const wins =
      !current || (as === 'holder' && current.as === 'proxy') || (as === current.as && later({ vote, index }, current));
    if (wins) bySeat.set(vote.seat, { vote, index, as });
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

function standingOf(
  rule: DecisionRule,
  count: Count,
  chairVote: VoteChoice | undefined,
  quorate: boolean | null,
): Standing {
  if (quorate === false) return 'inquorate';
  if (rule === 'simple-majority' && count.for === count.against && count.for > 0) {
    if (chairVote === 'for') return 'carried';
    if (chairVote === 'against') return 'not-carried';
    return 'tied';
  }
  return carries(rule, count) ? 'carried' : 'not-carried';
}

/** A draft is pending; a withdrawn proposal is not carried; an open one is pending with its standing shown. */
function resultOf(proposal: Proposal, standing: Standing): Result {
  if (proposal.status === 'closed') return standing;
  if (proposal.status === 'withdrawn') return 'not-carried';
  return 'pending';
}

/**
 * The outcome of a proposal, as it stands.
 *
 * @example
 * const result = outcome(doc, 'hnb-plan');
 * `${result.for} for, ${result.against} against: ${result.result}`; // '7 for, 2 against: carried'
 */
export function outcome(doc: PartnershipDocument, proposalId: string): Outcome {
  const proposal = proposalOf(doc, proposalId);
  const group = groupOf(doc, proposal.group);
  const rule = proposal.decisionRule ?? group.decisionRule;
  const ownRule = rule === group.decisionRule || !proposal.ruleAgreedUnanimously;
  const { counted, invalid } = countVotes(doc, proposal);
  const tally = (choice: VoteChoice) => counted.filter((v) => v.choice === choice).length;
  const count: Count = {
    for: tally('for'),
    against: tally('against'),
    abstain: tally('abstain'),
    entitled: group.seats.filter((s) => s.voting).length,
  };
  const quorate = proposal.meeting ? quorum(doc, proposal.meeting).quorate : null;
  const chairSeats = new Set(group.seats.filter((s) => s.role === 'chair').map((s) => s.id));
  const chairVote = group.tieBreak === 'chair' ? counted.find((v) => chairSeats.has(v.seat))?.choice : undefined;
  const standing = standingOf(rule, count, chairVote, quorate);
  return {
    rule,
    ruleSource: ownRule ? { kind: 'group-default' } : { kind: 'agreed', meeting: proposal.ruleAgreedUnanimously! },
    ...count,
    needed: forVotesNeeded(rule, count),
    quorate,
    result: resultOf(proposal, standing),
    standing,
    invalid,
    counted,
  };
}
