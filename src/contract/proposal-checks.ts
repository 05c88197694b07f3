/**
 * A proposal's checks: its group and meetings resolve, each meeting it names
 * is its group's, each declaration of interest names a person once, and its
 * decision rule and casting vote stand under its group's rules
 * (decision-rule-checks.ts).
 */
import { formatPath, type Report } from './problems.js';
import { unknownReference } from './closest-id.js';
import { looseRecords, textOf, type Targets } from './targets.js';
import { resolves } from './record-references.js';
import { checkAgreedBefore, checkCasting, checkRuleAgreed, type ProposalCheck } from './decision-rule-checks.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

/** Every check of one proposal, in the order its problems are reported. */
export const checkProposal: ProposalCheck = (proposal, at, t, lastVotes, report) => {
  const group = textOf(proposal.group);
  resolves(proposal.group, t.groups, 'group', 'group', at, report);
  resolves(proposal.from, t.groups, 'group', 'from', at, report);
  checkSameGroupMeeting(proposal.meeting, group, 'meeting', at, t, report);
  checkRuleAgreed(proposal, at, t, lastVotes, report);
  checkSameGroupMeeting(proposal.ruleAgreedUnanimously, group, 'ruleAgreedUnanimously', at, t, report);
  checkAgreedBefore(proposal, at, t, lastVotes, report);
  checkDeclarations(proposal, at, t, report);
  checkCasting(proposal, at, t, lastVotes, report);
};

/** 1.1: each declaration names a person in the document, once. */
function checkDeclarations(proposal: Loose, at: Path, t: Targets, report: Report): void {
  const seen = new Map<string, number>();
  for (const [i, declaration] of looseRecords(proposal, 'declarations')) {
    const where = [...at, 'declarations', i];
    resolves(declaration.person, t.people, 'person', 'person', where, report);
    const person = textOf(declaration.person);
    if (person === undefined) continue;
    const first = seen.get(person);
    if (first === undefined) seen.set(person, i);
    else
      report([...where, 'person'], 'duplicate-declaration', {
        person,
        first: formatPath([...at, 'declarations', first]),
      });
  }
}

/** The meeting a proposal's `field` names, at `at` then `field`: it exists, and is a meeting of the proposal's group. */
function checkSameGroupMeeting(
  value: unknown,
  group: string | undefined,
  field: string,
  at: Path,
  t: Targets,
  report: Report,
): void {
  const id = textOf(value);
  if (id === undefined) return;
  const meetingGroup = t.meetings.get(id);
  if (!t.meetings.has(id)) {
    report([...at, field], 'unknown-reference', unknownReference(id, 'meeting', field, t.meetings));
  } else if (
    group !== undefined &&
    meetingGroup !== undefined &&
    meetingGroup !== group &&
    bothKnown(t, group, meetingGroup)
  ) {
    report([...at, field], 'meeting-of-other-group', { meeting: id, field, meetingGroup, group });
  }
}

/**
 * Whether both groups exist: a group id mistyped on the proposal or on its meeting is told once, at that id
 * (`unknown-reference`), not again as a meeting of another group, which would send the reader to the meeting.
 */
function bothKnown(t: Targets, group: string, meetingGroup: string): boolean {
  return t.groups.has(group) && t.groups.has(meetingGroup);
}
