/**
 * A proposal's decision rule and casting vote against the group's rules of
 * the date it is decided on (decided-on.ts): a rule other than the
 * group's names the meeting that agreed it unanimously, and that meeting met
 * no later than the decision; a published count's casting vote breaks a tie
 * the chair could break. A host asks the checks that its votes date apart
 * (`voteDatedProblems`).
 */
import { formatPath, problem, type Problem, type Report } from './problems.js';
import { ruleOn } from './group-rules.js';
import { isDateTime, isId } from './primitives.js';
import { isObject, looseRecords, readTargets, textOf, type Targets } from './targets.js';
import { idOf } from './record-references.js';
import { byCorrespondence, datesRead, decidedOn, lastVoteOfCorrespondence, lastVotesOf } from './decided-on.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

/**
 * A check of one proposal: the proposal as sent, where it is (`['proposals', 2]`), the document's targets, the
 * date each proposal's votes last came (for `decidedOn`), and where its problems go.
 */
export type ProposalCheck = (
  proposal: Loose,
  at: Path,
  t: Targets,
  lastVotes: () => ReadonlyMap<string, string>,
  report: Report,
) => void;

/**
 * A published count's casting vote breaks a tie: for and against equal and above 0, under simple majority, in a
 * group whose tie-break was the chair on the proposal's date (as `outcome` dates it: `datesRead`). Anywhere else
 * it would be read as the chair's vote, published though it decided nothing, or ignored.
 */
export const checkCasting: ProposalCheck = (proposal, at, t, lastVotes, report) => {
  const count = proposal.count;
  if (!isObject(count) || count.casting === undefined) return;
  const group = textOf(proposal.group);
  const rules = group === undefined ? undefined : t.decisionRules.get(group);
  if (group === undefined || rules === undefined) return;
  const where = [...at, 'count', 'casting'];
  const dates = datesRead(proposal, rules, t, lastVotes);
  const ruleOf = (date: string | null) =>
    textOf(proposal.decisionRule) ?? ruleOn<'decisionRule', string>(rules, 'decisionRule', date);
  const [yes, against] = [count.for, count.against];
  if (typeof yes !== 'number' || typeof against !== 'number') return;
  const byMajority = dates.filter((date) => ruleOf(date) === 'simple-majority');
  const [date = null] = dates;
  if (yes !== against || yes === 0 || byMajority.length === 0) {
    report(where, 'casting-without-tie', { proposal: idOf(proposal), for: yes, against, rule: ruleOf(date) });
  } else if (!byMajority.some((on) => ruleOn<'tieBreak', string>(rules, 'tieBreak', on) === 'chair')) {
    report(where, 'casting-without-chair', { proposal: idOf(proposal), group, ...(date === null ? {} : { date }) });
  }
};

/**
 * A decision rule other than the group's on the proposal's date names the meeting that agreed it. Read on
 * `decidedOn` alone, unlike `checkCasting`: an open decision by correspondence is compared with the group's
 * rule after every recorded change, the strict reading, since the clerk can always name the meeting that
 * agreed the rule, where a count's casting vote is published by the host under the rules of today.
 */
export const checkRuleAgreed: ProposalCheck = (proposal, at, t, lastVotes, report) => {
  const group = textOf(proposal.group);
  const rule = textOf(proposal.decisionRule);
  const rules = group === undefined ? undefined : t.decisionRules.get(group);
  const groupRule =
    rules && ruleOn<'decisionRule', string | undefined>(rules, 'decisionRule', decidedOn(proposal, t, lastVotes));
  if (rule !== undefined && groupRule !== undefined && rule !== groupRule) {
    if (proposal.ruleAgreedUnanimously === undefined) {
      report([...at, 'ruleAgreedUnanimously'], 'rule-not-agreed', { proposal: idOf(proposal), rule, groupRule });
    }
  }
};

/**
 * The problems `checkReferences` finds in the proposals its votes date (decided by correspondence, closed or
 * withdrawn: `lastVoteOfCorrespondence`), `rule-not-agreed` and `rule-agreed-later`: what a document's votes
 * change of its problems beyond those of each vote itself. For a host, which checked the document without the
 * votes it has stored (each checked as it came, and applied only once its references resolve): read loosely,
 * with no limit on the votes (`MAX_RECORDS`), which a host may hold more of than `parseDocument` reads.
 * Each problem it finds, `parseDocument` finds in the same document: the same checks, on fewer proposals.
 *
 * @internal
 */
export function voteDatedProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  // Those a vote could date, found before any vote is read: most have a meeting, and then no vote is read.
  const dated = looseRecords(input, 'proposals').filter(
    ([, proposal]) => proposal.meeting === undefined && proposal.closes === undefined && byCorrespondence(proposal),
  );
  if (dated.length === 0) return problems;
  const targets = readTargets(input);
  const lastVotes = lastVotesOf(input, new Set(dated.map(([, proposal]) => idOf(proposal))));
  for (const [p, proposal] of dated) {
    if (lastVoteOfCorrespondence(proposal, lastVotes) === undefined) continue;
    // Placed with the proposal's id, as `parseDocument` places a problem inside a listed record.
    const record = isId(proposal.id) ? { record: proposal.id } : {};
    const report: Report = (path, code, values) =>
      problems.push({ ...problem(formatPath(path), code, values), ...record });
    checkRuleAgreed(proposal, ['proposals', p], targets, lastVotes, report);
    checkAgreedBefore(proposal, ['proposals', p], targets, lastVotes, report);
  }
  return problems;
}

/**
 * The meeting that agreed another rule met no later than the decision: the
 * proposal's meeting, else its closing time, else, decided by correspondence,
 * its last vote. A rule agreed at a later meeting ("simple majority unless
 * otherwise agreed unanimously") was not agreed when the decision was taken.
 *
 * The meeting before `closes`, unlike `decidedOn`, on purpose: a vote left open past its meeting was taken
 * there (its quorum is judged by that meeting too: presence.ts `decisionMoment`), so a rule agreed after it came too
 * late for those who voted, though the group's rule it is compared with is the one in force on the closing date.
 * With neither, once closed, the last vote: every vote was in before the group agreed the rule. Not while
 * open (votes may still come after the meeting), nor once withdrawn (nothing was decided: a clerk withdraws
 * a vote by correspondence to put it again under the rule the group has just agreed), nor where `decidedOn`
 * does not date by it (a secret ballot's copies hold only the viewer's own votes).
 */
export const checkAgreedBefore: ProposalCheck = (proposal, at, t, lastVotes, report) => {
  const agreedAt = textOf(proposal.ruleAgreedUnanimously);
  const agreed = agreedAt === undefined ? undefined : t.meetingStarts.get(agreedAt);
  if (agreedAt === undefined || agreed === undefined) return;
  const meeting = textOf(proposal.meeting);
  const decided =
    meeting === undefined
      ? (textOf(proposal.closes) ??
        (proposal.status === 'closed' ? lastVoteOfCorrespondence(proposal, lastVotes) : undefined))
      : t.meetingStarts.get(meeting);
  if (decided === undefined || !isDateTime(decided) || Date.parse(agreed) <= Date.parse(decided)) return;
  report([...at, 'ruleAgreedUnanimously'], 'rule-agreed-later', {
    proposal: idOf(proposal),
    meeting: agreedAt,
    agreed,
    decided,
  });
};
