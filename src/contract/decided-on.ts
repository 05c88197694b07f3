/**
 * The date a proposal is decided on, read loosely from the input as
 * `proposalDate` (src/rules/decision-date.ts) reads it from a parsed document: its `closes`,
 * else its meeting, else, decided by correspondence, its last vote. The
 * decision rule and casting vote checks judge a proposal under the group's
 * rules of that date, and must agree with the count.
 */
import { londonDate } from './london-time.js';
import { isDateTime } from './primitives.js';
import { looseRecords, textOf, type DecisionRuleHistory, type Targets } from './targets.js';
import { idOf } from './record-references.js';

type Loose = Record<string, unknown>;

/**
 * The date a proposal is counted on, as `outcome` dates it (docs/contract.md, 1.2): its `closes` in London,
 * else its meeting's date as written, else, once closed or withdrawn by correspondence (not a secret ballot
 * or a published count), the London date of its last vote; null (the group's own rules) otherwise.
 *
 * `closes` before the meeting, unlike `checkAgreedBefore`, on purpose: this is the date decision-date.ts
 * `proposalDate` counts under, and the two must agree; the meeting that agreed another rule must still meet
 * no later than the meeting that took the vote.
 */
export function decidedOn(proposal: Loose, t: Targets, lastVotes: () => ReadonlyMap<string, string>): string | null {
  const closes = textOf(proposal.closes);
  if (closes !== undefined && isDateTime(closes)) return londonDate(closes);
  const meeting = textOf(proposal.meeting);
  const start = meeting === undefined ? undefined : t.meetingStarts.get(meeting);
  if (start !== undefined) return start.slice(0, 10);
  const last = lastVoteOfCorrespondence(proposal, lastVotes);
  return last === undefined ? null : londonDate(last);
}

/**
 * The dates a count's casting vote is checked on, the one a problem names first: its `decidedOn` date, the one
 * `outcome` counts it under. An open decision by correspondence (no `closes`, no meeting) has none yet:
 * `outcome` counts it under the rules of now's date, and a document check has no now. It is read on every date
 * the group's rules may stand on (each earlier entry's `to`, and its current rules, named first), and the
 * check refuses only what no one of them allows: a count the host published under the rules in force today,
 * before a change the document already records, must not be refused for the rules that follow it.
 */
export function datesRead(
  proposal: Loose,
  rules: DecisionRuleHistory,
  t: Targets,
  lastVotes: () => ReadonlyMap<string, string>,
): (string | null)[] {
  const date = decidedOn(proposal, t, lastVotes);
  if (date !== null || !openByCorrespondence(proposal)) return [date];
  return [null, ...rules.previousRules.map((entry) => entry.to)];
}

/** Open, with neither `closes` nor a meeting: `outcome` dates it by its `now`. */
const openByCorrespondence = (proposal: Loose): boolean =>
  proposal.status === 'open' && proposal.closes === undefined && proposal.meeting === undefined;

/**
 * The last vote's moment (`cast` or `received`) of a proposal decided by correspondence, as `decidedOn` and
 * decision-date.ts `proposalDate` read it: once it is closed or withdrawn, and not a secret ballot or a published
 * count (a viewer's copy holds only their own votes, which would date it for one viewer and not another).
 * Undefined otherwise. Only for a proposal with no `closes` and no meeting: the callers ask those first.
 */
export function lastVoteOfCorrespondence(
  proposal: Loose,
  lastVotes: () => ReadonlyMap<string, string>,
): string | undefined {
  return byCorrespondence(proposal) ? lastVotes().get(idOf(proposal)) : undefined;
}

/** Whether `lastVoteOfCorrespondence` dates `proposal` by its last vote, when it has one. */
export const byCorrespondence = (proposal: Loose): boolean =>
  (proposal.status === 'closed' || proposal.status === 'withdrawn') &&
  proposal.ballot !== 'secret' &&
  proposal.count === undefined;

/**
 * Each proposal's latest vote `cast` or `received`, as written: read once, for the first proposal that asks.
 * With `only`, the votes of those proposals alone.
 */
export function lastVotesOf(input: unknown, only?: ReadonlySet<string>): () => ReadonlyMap<string, string> {
  let last: Map<string, string> | undefined;
  return () => {
    if (last) return last;
    last = new Map();
    for (const [, vote] of looseRecords(input, 'votes')) {
      const proposal = textOf(vote.proposal);
      if (proposal === undefined || (only !== undefined && !only.has(proposal))) continue;
      for (const moment of [textOf(vote.cast), textOf(vote.received)]) {
        if (moment === undefined || !isDateTime(moment)) continue;
        const latest = last.get(proposal);
        if (latest === undefined || Date.parse(moment) > Date.parse(latest)) last.set(proposal, moment);
      }
    }
    return last;
  };
}
