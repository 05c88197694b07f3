/**
 * The contract's cross-record rules: ids unique in their array, every
 * reference resolves, a voting seat names its partner, a non-default decision
 * rule names the meeting where the group agreed it unanimously, risk bands
 * cover 1 to 25 in order.
 *
 * The checks read the input loosely (a field of the wrong type is the schema's
 * problem, reported there), so they can run on a document with other problems
 * and every problem is reported at once. Each record's own checks are in their
 * modules (group-checks.ts, seat-checks.ts, proposal-checks.ts,
 * decision-rule-checks.ts, risk-scale-checks.ts); this one walks the document
 * through them, and keeps the short ones: a meeting's, a vote's, a risk's and
 * an action's.
 */
import { formatPath, problem, type Problem, type Report } from './problems.js';
import { checkAttendance } from './attendance-checks.js';
import { checkProjects } from './project-checks.js';
import { isDateTime } from './primitives.js';
import { isObject, looseRecords, readTargets, textOf, type Targets } from './targets.js';
import { checkUniqueIds } from './unique-ids.js';
import { idOf, resolves } from './record-references.js';
import { checkGroup } from './group-checks.js';
import { checkProposal } from './proposal-checks.js';
import { lastVotesOf } from './decided-on.js';
import { checkAppetite, checkBands } from './risk-scale-checks.js';

export { voteDatedProblems } from './decision-rule-checks.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

/** Every cross-record problem in `input`. */
export function checkReferences(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, code, values) => problems.push(problem(formatPath(path), code, values));
  const targets = readTargets(input);
  for (const key of ['partners', 'people', 'groups', 'meetings', 'proposals', 'votes', 'risks', 'actions']) {
    checkUniqueIds(looseRecords(input, key), [key], report);
  }
  for (const [g, group] of looseRecords(input, 'groups')) checkGroup(group, ['groups', g], targets, report);
  for (const [m, meeting] of looseRecords(input, 'meetings')) checkMeeting(meeting, ['meetings', m], targets, report);
  const lastVotes = lastVotesOf(input);
  for (const [p, proposal] of looseRecords(input, 'proposals'))
    checkProposal(proposal, ['proposals', p], targets, lastVotes, report);
  for (const [v, vote] of looseRecords(input, 'votes')) checkVote(vote, ['votes', v], targets, report);
  for (const [r, risk] of looseRecords(input, 'risks')) checkRisk(risk, ['risks', r], targets, report);
  for (const [a, action] of looseRecords(input, 'actions')) checkAction(action, ['actions', a], targets, report);
  checkProjects(input, targets, report);
  if (isObject(input) && isObject(input.riskScale)) {
    checkBands(input.riskScale.bands, report);
    checkAppetite(input.riskScale.appetite, report);
  }
  return problems;
}

function checkMeeting(meeting: Loose, at: Path, t: Targets, report: Report): void {
  resolves(meeting.group, t.groups, 'group', 'group', at, report);
  const start = textOf(meeting.start);
  const end = textOf(meeting.end);
  if (start && end && isDateTime(start) && isDateTime(end) && Date.parse(end) < Date.parse(start)) {
    report([...at, 'end'], 'meeting-ends-before-start', { meeting: idOf(meeting), start, end });
  }
  if (isObject(meeting.attendance)) {
    const seats = t.seats.get(textOf(meeting.group) ?? '');
    const date = start && isDateTime(start) ? start.slice(0, 10) : undefined;
    for (const [seatId, value] of Object.entries(meeting.attendance)) {
      const where = { seatId, group: textOf(meeting.group), date, at: [...at, 'attendance', seatId] };
      checkAttendance(where, value, seats, report);
    }
  }
  if (Array.isArray(meeting.guests)) {
    const guests = [...at, 'guests'];
    meeting.guests.forEach((guest, i) => resolves(guest, t.people, 'person', 'guest', guests, report, i));
  }
}

function checkVote(vote: Loose, at: Path, t: Targets, report: Report): void {
  resolves(vote.proposal, t.proposals, 'proposal', 'proposal', at, report);
  resolves(vote.seat, t.allSeats, 'seat', 'seat', at, report);
  resolves(vote.by, t.people, 'person', 'by', at, report);
}

function checkRisk(risk: Loose, at: Path, t: Targets, report: Report): void {
  resolves(risk.owner, t.people, 'person', 'owner', at, report);
  resolves(risk.group, t.groups, 'group', 'group', at, report);
}

function checkAction(action: Loose, at: Path, t: Targets, report: Report): void {
  resolves(action.owner, t.people, 'person', 'owner', at, report);
  resolves(action.group, t.groups, 'group', 'group', at, report);
  resolves(action.meeting, t.meetings, 'meeting', 'meeting', at, report);
  resolves(action.proposal, t.proposals, 'proposal', 'proposal', at, report);
}
