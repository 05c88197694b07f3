/**
 * The decision rules a group may use. Counted votes only: abstentions never
 * count as for or against.
 */
import type { DecisionRule, VoteChoice } from '../contract/schema.js';

/** The counted votes of a proposal, and the seats entitled to vote on it. */
export interface Count {
  for: number;
  against: number;
  abstain: number;
  /** The group's voting seats. */
  entitled: number;
  /**
   * Of the voting seats with no vote counted, those no one can vote for (vacant, or a term ended: `outcome`'s
   * `withoutVote` says which). They stay in an absolute majority's base but can give no vote for. Left out: none.
   */
  seatsCannotVote?: number;
}

/**
 * Whether a count carries under a rule, ties and quorum aside (`outcome` deals with those).
 *
 * @example
 * carries('two-thirds', { for: 6, against: 3, abstain: 0, entitled: 9 }); // true: 6 is two thirds of 9
 */
export function carries(rule: DecisionRule, count: Count): boolean {
  const { for: yes, against: no, abstain } = count;
  switch (rule) {
    case 'simple-majority':
      return yes > no;
    case 'absolute-majority':
      return yes > count.entitled / 2;
    case 'two-thirds':
      return yes > 0 && 3 * yes >= 2 * (yes + no);
    case 'three-quarters':
      return yes > 0 && 4 * yes >= 3 * (yes + no);
    case 'unanimous':
      return yes > 0 && no === 0 && abstain === 0;
  }
}

/**
 * The least total of votes for that would carry the proposal, the votes
 * against and abstentions as they stand; null when more are needed than the
 * seats not voting against or abstaining, less those no one can vote for. `casting`: the chair's vote, where
 * the group breaks ties by the chair, counted or (while the votes for are
 * fewer than against, `castingToCome`) to come among those for; under simple
 * majority a tie then carries when it is for. The other rules have no tie to
 * break.
 *
 * @example
 * forVotesNeeded('three-quarters', { for: 0, against: 2, abstain: 0, entitled: 9 }); // 6
 * forVotesNeeded('simple-majority', { for: 1, against: 1, abstain: 1, entitled: 3 }, 'for'); // 1
 * forVotesNeeded('simple-majority', { for: 0, against: 1, abstain: 0, entitled: 5, seatsCannotVote: 3 }); // null
 */
export function forVotesNeeded(rule: DecisionRule, count: Count, casting?: VoteChoice): number | null {
  const least = rule === 'simple-majority' && casting === 'for' ? Math.max(1, count.against) : leastFor(rule, count);
  const available = count.entitled - count.against - count.abstain - (count.seatsCannotVote ?? 0);
  return least === null || least > available ? null : least;
}

function leastFor(rule: DecisionRule, { against, abstain, entitled }: Count): number | null {
  switch (rule) {
    case 'simple-majority':
      return against + 1;
    case 'absolute-majority':
      return Math.floor(entitled / 2) + 1;
    case 'two-thirds':
      return Math.max(1, 2 * against);
    case 'three-quarters':
      return Math.max(1, 3 * against);
    case 'unanimous':
      return against === 0 && abstain === 0 ? 1 : null;
  }
}
