/**
 * The contract's cross-record rules: ids unique in their array, every
 * reference resolves, a voting seat names its partner, a non-default decision
 * rule names the meeting where the group agreed it unanimously, risk bands
 * cover 1 to 25 in order.
 *
 * The checks read the input loosely (a field of the wrong type is the schema's
 * problem, reported there), so they can run on a document with other problems
 * and every problem is reported at once.
 */
import { describeValue, formatPath, type Problem } from './problems.js';
import { checkAttendance } from './attendance-checks.js';
import { isDateTime } from './primitives.js';
import { isObject, looseRecords, readTargets, type Targets } from './targets.js';

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const q = (value: string): string => `'${value}'`;

/** Every cross-record problem in `input`. */
export function checkReferences(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ path: formatPath(path), message });
  const targets = readTargets(input);
  for (const key of ['partners', 'people', 'groups', 'meetings', 'proposals', 'votes', 'risks', 'actions']) {
    checkUniqueIds(looseRecords(input, key), [key], report);
  }
  for (const [g, group] of looseRecords(input, 'groups')) checkGroup(group, ['groups', g], targets, report);
  for (const [m, meeting] of looseRecords(input, 'meetings')) checkMeeting(meeting, ['meetings', m], targets, report);
  for (const [p, proposal] of looseRecords(input, 'proposals'))
    checkProposal(proposal, ['proposals', p], targets, report);
  for (const [v, vote] of looseRecords(input, 'votes')) checkVote(vote, ['votes', v], targets, report);
  for (const [r, risk] of looseRecords(input, 'risks')) checkRisk(risk, ['risks', r], targets, report);
  for (const [a, action] of looseRecords(input, 'actions')) checkAction(action, ['actions', a], targets, report);
  if (isObject(input) && isObject(input.riskScale)) {
    checkBands(input.riskScale.bands, report);
    checkAppetite(input.riskScale.appetite, report);
  }
  return problems;
}

function checkUniqueIds(records: [number, Loose][], at: (string | number)[], report: Report): void {
  const firstIndex = new Map<string, number>();
  for (const [index, record] of records) {
    const id = text(record.id);
    if (id === undefined) continue;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else
      report(
        [...at, index, 'id'],
        `${formatPath([...at, index, 'id'])} is ${q(id)}, which ${formatPath([...at, first])} already uses. Give each record its own id.`,
      );
  }
}

/** Reports `value` at `path` when it is an id that `known` does not hold. */
function resolves(
  value: unknown,
  known: { has(id: string): boolean },
  what: string,
  owner: string,
  field: string,
  path: (string | number)[],
  report: Report,
): void {
  const id = text(value);
  if (id !== undefined && !known.has(id)) {
    report(path, `${owner} names ${field} ${q(id)}, but no ${what} has that id. Correct the id, or add the ${what}.`);
  }
}

function checkGroup(group: Loose, at: (string | number)[], t: Targets, report: Report): void {
  const name = `group ${q(text(group.id) ?? '?')}`;
  resolves(group.reportsTo, t.groups, 'group', name, 'reportsTo', [...at, 'reportsTo'], report);
  if (group.reportsTo !== undefined && group.reportsTo === group.id) {
    report(
      [...at, 'reportsTo'],
      `${name} cannot report to itself. Name the group it reports to, or leave reportsTo out.`,
    );
  }
  const seats = looseRecords(group, 'seats');
  checkUniqueIds(seats, [...at, 'seats'], report);
  for (const [s, seat] of seats) checkSeat(seat, [...at, 'seats', s], t, report);
  for (const [r, requirement] of looseRecords(group, 'quorum')) {
    const selector = requirement.seats;
    if (!isObject(selector)) continue;
    const partners = Array.isArray(selector.partner) ? selector.partner : [selector.partner];
    partners.forEach((partner, i) => {
      const path = Array.isArray(selector.partner)
        ? [...at, 'quorum', r, 'seats', 'partner', i]
        : [...at, 'quorum', r, 'seats', 'partner'];
      resolves(partner, t.partners, 'partner', `${name}'s quorum requirement ${r + 1}`, 'partner', path, report);
    });
  }
}

function checkSeat(seat: Loose, at: (string | number)[], t: Targets, report: Report): void {
  const name = `seat ${q(text(seat.id) ?? '?')}`;
  if (seat.voting === true && seat.partner === undefined) {
    report([...at, 'partner'], `${name} is a voting seat, so it must name the partner it represents: add "partner".`);
  }
  resolves(seat.partner, t.partners, 'partner', name, 'partner', [...at, 'partner'], report);
  resolves(seat.holder, t.people, 'person', name, 'holder', [...at, 'holder'], report);
  resolves(seat.proxy, t.people, 'person', name, 'proxy', [...at, 'proxy'], report);
  const term = seat.term;
  if (isObject(term) && typeof term.from === 'string' && typeof term.to === 'string' && term.to < term.from) {
    report(
      [...at, 'term', 'to'],
      `${name}'s term ends on ${term.to}, before it starts on ${term.from}. Correct one of the dates.`,
    );
  }
  checkPrevious(seat, name, at, t, report);
}

/** 1.1: earlier appointments resolve, run forwards, do not overlap, and end before the current one begins. */
function checkPrevious(seat: Loose, name: string, at: (string | number)[], t: Targets, report: Report): void {
  let lastTo: string | undefined;
  for (const [i, entry] of looseRecords(seat, 'previous')) {
    const path = [...at, 'previous', i];
    resolves(entry.holder, t.people, 'person', `${name}'s earlier appointment`, 'holder', [...path, 'holder'], report);
    resolves(entry.proxy, t.people, 'person', `${name}'s earlier appointment`, 'proxy', [...path, 'proxy'], report);
    const from = text(entry.from);
    const to = text(entry.to);
    if (from === undefined || to === undefined) continue;
    if (to < from) {
      report(
        [...path, 'to'],
        `${formatPath(path)} ends on ${to}, before it starts on ${from}. Correct one of the dates.`,
      );
    } else if (lastTo !== undefined && from <= lastTo) {
      report(
        [...path, 'from'],
        `${formatPath(path)} starts on ${from}, but the appointment before it runs to ${lastTo}. List earlier appointments oldest first, without overlaps.`,
      );
    }
    lastTo = to;
  }
  const term = isObject(seat.term) ? text(seat.term.from) : undefined;
  if (lastTo !== undefined && term !== undefined && lastTo >= term) {
    report(
      [...at, 'term', 'from'],
      `${name}'s current term starts on ${term}, but an earlier appointment under "previous" runs to ${lastTo}. End the earlier appointment before the current term starts.`,
    );
  }
}

function checkMeeting(meeting: Loose, at: (string | number)[], t: Targets, report: Report): void {
  const name = `meeting ${q(text(meeting.id) ?? '?')}`;
  resolves(meeting.group, t.groups, 'group', name, 'group', [...at, 'group'], report);
  const start = text(meeting.start);
  const end = text(meeting.end);
  if (start && end && isDateTime(start) && isDateTime(end) && Date.parse(end) < Date.parse(start)) {
    report([...at, 'end'], `${name} ends at ${end}, before it starts at ${start}. Correct one of the times.`);
  }
  if (isObject(meeting.attendance)) {
    const seats = t.seats.get(text(meeting.group) ?? '');
    const date = start && isDateTime(start) ? start.slice(0, 10) : undefined;
    for (const [seatId, value] of Object.entries(meeting.attendance)) {
      const where = { name, seatId, group: text(meeting.group), date, at: [...at, 'attendance', seatId] };
      checkAttendance(where, value, seats, report);
    }
  }
  if (Array.isArray(meeting.guests)) {
    meeting.guests.forEach((guest, i) =>
      resolves(guest, t.people, 'person', name, 'guest', [...at, 'guests', i], report),
    );
  }
}
function checkProposal(proposal: Loose, at: (string | number)[], t: Targets, report: Report): void {
  const name = `proposal ${q(text(proposal.id) ?? '?')}`;
  const group = text(proposal.group);
  resolves(proposal.group, t.groups, 'group', name, 'group', [...at, 'group'], report);
  resolves(proposal.from, t.groups, 'group', name, 'from', [...at, 'from'], report);
  checkSameGroupMeeting(proposal.meeting, group, name, 'meeting', [...at, 'meeting'], t, report);
  const rule = text(proposal.decisionRule);
  const groupRule = group === undefined ? undefined : t.decisionRules.get(group);
  if (rule !== undefined && groupRule !== undefined && rule !== groupRule) {
    if (proposal.ruleAgreedUnanimously === undefined) {
      report(
        [...at, 'ruleAgreedUnanimously'],
        `${name} uses the decision rule ${q(rule)}, not its group's ${q(groupRule)}. A group may only use another rule when it agreed it unanimously: add "ruleAgreedUnanimously" naming that meeting, or remove "decisionRule".`,
      );
    }
  }
  checkSameGroupMeeting(
    proposal.ruleAgreedUnanimously,
    group,
    name,
    'ruleAgreedUnanimously',
    [...at, 'ruleAgreedUnanimously'],
    t,
    report,
  );
  checkDeclarations(proposal, name, at, t, report);
}

/** 1.1: each declaration names a person in the document, once. */
function checkDeclarations(proposal: Loose, name: string, at: (string | number)[], t: Targets, report: Report): void {
  const seen = new Map<string, number>();
  for (const [i, declaration] of looseRecords(proposal, 'declarations')) {
    const path = [...at, 'declarations', i, 'person'];
    resolves(declaration.person, t.people, 'person', `${name}'s declaration`, 'person', path, report);
    const person = text(declaration.person);
    if (person === undefined) continue;
    const first = seen.get(person);
    if (first === undefined) seen.set(person, i);
    else
      report(
        path,
        `${name} has a second declaration by ${q(person)}; the first is declarations[${first}]. Keep one declaration a person, with every interest in it.`,
      );
  }
}

function checkSameGroupMeeting(
  value: unknown,
  group: string | undefined,
  owner: string,
  field: string,
  path: (string | number)[],
  t: Targets,
  report: Report,
): void {
  const id = text(value);
  if (id === undefined) return;
  const meetingGroup = t.meetings.get(id);
  if (!t.meetings.has(id)) {
    report(path, `${owner} names ${field} ${q(id)}, but no meeting has that id. Correct the id, or add the meeting.`);
  } else if (group !== undefined && meetingGroup !== undefined && meetingGroup !== group) {
    report(
      path,
      `${owner} names ${field} ${q(id)}, a meeting of group ${q(meetingGroup)}, but the proposal belongs to group ${q(group)}. Name a meeting of ${q(group)}.`,
    );
  }
}

function checkVote(vote: Loose, at: (string | number)[], t: Targets, report: Report): void {
  const name = `vote ${q(text(vote.id) ?? '?')}`;
  resolves(vote.proposal, t.proposals, 'proposal', name, 'proposal', [...at, 'proposal'], report);
  const allSeats = { has: (id: string) => [...t.seats.values()].some((seats) => seats.has(id)) };
  resolves(vote.seat, allSeats, 'seat', name, 'seat', [...at, 'seat'], report);
  resolves(vote.by, t.people, 'person', name, 'by', [...at, 'by'], report);
}

function checkRisk(risk: Loose, at: (string | number)[], t: Targets, report: Report): void {
  const name = `risk ${q(text(risk.id) ?? '?')}`;
  resolves(risk.owner, t.people, 'person', name, 'owner', [...at, 'owner'], report);
  resolves(risk.group, t.groups, 'group', name, 'group', [...at, 'group'], report);
}

function checkAction(action: Loose, at: (string | number)[], t: Targets, report: Report): void {
  const name = `action ${q(text(action.id) ?? '?')}`;
  resolves(action.owner, t.people, 'person', name, 'owner', [...at, 'owner'], report);
  resolves(action.group, t.groups, 'group', name, 'group', [...at, 'group'], report);
  resolves(action.meeting, t.meetings, 'meeting', name, 'meeting', [...at, 'meeting'], report);
  resolves(action.proposal, t.proposals, 'proposal', name, 'proposal', [...at, 'proposal'], report);
}

function checkBands(bands: unknown, report: Report): void {
  if (!Array.isArray(bands) || bands.length === 0) return;
  let previous = 0;
  bands.forEach((band, i) => {
    const upTo = isObject(band) ? band.upTo : undefined;
    if (typeof upTo !== 'number') return;
    if (upTo <= previous) {
      report(
        ['riskScale', 'bands', i, 'upTo'],
        `riskScale.bands[${i}].upTo is ${upTo}, but the bands must rise in order: it must be more than ${previous}.`,
      );
    }
    previous = upTo;
  });
  const last = bands[bands.length - 1];
  if (isObject(last) && typeof last.upTo === 'number' && last.upTo !== 25) {
    report(
      ['riskScale', 'bands', bands.length - 1, 'upTo'],
      `The last risk band ends at ${last.upTo}, so scores up to 25 have no band. Make the last band's upTo 25.`,
    );
  }
}

function checkAppetite(appetite: unknown, report: Report): void {
  if (!isObject(appetite)) return;
  for (const [category, score] of Object.entries(appetite)) {
    if (category === '') {
      report(
        ['riskScale', 'appetite', category],
        'riskScale.appetite names an empty category: no risk can have it. Name the category.',
      );
      continue;
    }
    if (Number.isInteger(score) && (score as number) >= 1 && (score as number) <= 25) continue;
    report(
      ['riskScale', 'appetite', category],
      `The appetite for ${q(category)} is ${describeValue(score)}, but it must be the highest acceptable score: a whole number from 1 to 25.`,
    );
  }
}
