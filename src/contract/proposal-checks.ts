/**
 * A proposal's checks: its group and meetings resolve, each meeting it names
 * is its group's, each declaration of interest names a person once, and its
 * decision rule and casting vote stand under its group's rules
 * (decision-rule-checks.ts), and a published count holds no more votes than
 * its group's seats could give.
 */
import { formatPath, type Report } from './problems.js';
import { unknownReference } from './closest-id.js';
import { isObject, looseRecords, textOf, type Targets } from './targets.js';
import { idOf, resolves } from './record-references.js';
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
  checkCountWithinSeats(proposal, at, t, report);
};

/**
 * 1.1: a published count holds at most one vote for each seat of the group that ever had a vote. Not the voting
 * seats of the proposal's date: the count `publishedDocument` computes takes each seat's one counted vote, judged at
 * its own cast (a seat may have gained or lost its vote, or changed hands, while the proposal was open), so only the
 * seats that voted in any recorded standing bound it. Parts of the count that are not whole numbers have their own
 * problem, and are left out of the sum; a group whose seats cannot all be read bounds nothing.
 */
function checkCountWithinSeats(proposal: Loose, at: Path, t: Targets, report: Report): void {
  const count = proposal.count;
  const group = textOf(proposal.group);
  const seats = group === undefined ? undefined : t.seats.get(group);
  if (!isObject(count) || group === undefined || seats === undefined || seats.idLost) return;
  const votes = [count.for, count.against, count.abstain].reduce<number>((sum, part) => sum + votesIn(part), 0);
  const voting = [...seats.values()].filter((seat) => seat.votedAtSomeTime).length;
  if (votes > voting)
    report([...at, 'count'], 'count-more-than-seats', { proposal: idOf(proposal), group, votes, seats: voting });
}

/** A part of a count as a number of votes: 0 when it is not a whole number from 0 up (the schema tells it). */
const votesIn = (part: unknown): number => (Number.isSafeInteger(part) && (part as number) >= 0 ? (part as number) : 0);

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
