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
import {
  formatPath,
  problem,
  quotable,
  summarise,
  type Problem,
  type ReferenceTarget,
  type Report,
} from './problems.js';
import { checkAttendance } from './attendance-checks.js';
import { checkProjects } from './project-checks.js';
import { unknownReference } from './closest-id.js';
import { ruleOn } from './group-rules.js';
import { londonDate } from './london-time.js';
import { ID_PATTERN, isDateTime, isId } from './primitives.js';
import { dateOf, datedEntries } from './dated-lists.js';
import { isObject, looseRecords, readTargets, textOf, type DecisionRuleHistory, type Targets } from './targets.js';
import { checkUniqueIds } from './unique-ids.js';
import { selects } from './seat-selectors.js';
import { changeDates, checkChairs, looseStandingOn, standingHistory, type LooseHistory } from './standing-checks.js';

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

/**
 * Reports `value`, the reference `field`, at the path `at` then `key` (the
 * field's name unless given) when it is an id that `known` does not hold.
 * The path is made only for a problem: most references resolve.
 */
function resolves(
  value: unknown,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  target: ReferenceTarget,
  field: string,
  at: Path,
  report: Report,
  key: string | number = field,
): void {
  const id = textOf(value);
  // Text that cannot be an id (a space or a look-alike letter pasted in) has its own problem, which says so.
  if (id !== undefined && ID_PATTERN.test(id) && !known.has(id))
    report([...at, key], 'unknown-reference', unknownReference(id, target, field, known));
}

function checkGroup(group: Loose, at: Path, t: Targets, report: Report): void {
  resolves(group.reportsTo, t.groups, 'group', 'reportsTo', at, report);
  if (group.reportsTo !== undefined && group.reportsTo === group.id) {
    report([...at, 'reportsTo'], 'reports-to-itself', { group: String(group.id) });
  }
  const seats = looseRecords(group, 'seats');
  checkUniqueIds(seats, [...at, 'seats'], report);
  for (const [s, seat] of seats) checkSeat(seat, [...at, 'seats', s], t, report);
  const histories = seats.map(([, seat]) => standingHistory(seat));
  checkChairs(group, histories, at, report);
  checkQuorum(group, histories, [null], at, t, report);
  checkPreviousRules(group, histories, at, t, report);
}

/**
 * The requirements of `rules` (the group, or one of its earlier rules) at `at`: each picks seats that exist,
 * as they stood on one of `dates` (null: today), the days the rules were in force on which a seat changed.
 */
function checkQuorum(
  rules: Loose,
  seats: LooseHistory[],
  dates: (string | null)[],
  at: Path,
  t: Targets,
  report: Report,
): void {
  for (const [r, requirement] of looseRecords(rules, 'quorum')) {
    const selector = requirement.seats ?? {};
    if (!isObject(selector)) continue;
    const where = [...at, 'quorum', r, 'seats'];
    // A group with no seats yet (one being set up) has nothing to pick from; its quorum is for later.
    const picked = (date: string | null) => seats.filter((seat) => selects(selector, looseStandingOn(seat, date)));
    // The most it picked on any of those days: a spread of thousands of dates would overflow the stack.
    const selected = dates.reduce((most, date) => Math.max(most, picked(date).length), 0);
    if (seats.length > 0 && selected === 0) {
      report(where, 'quorum-selects-no-seat', { requirement: quotable(textOf(requirement.label) ?? '') });
    }
    if (selected > 0 && typeof requirement.min === 'number' && requirement.min > selected) {
      // No meeting could ever be quorate: a typo (20 for 2), or seats still to be added to the document.
      report([...at, 'quorum', r, 'min'], 'quorum-more-than-seats', {
        requirement: quotable(textOf(requirement.label) ?? ''),
        min: requirement.min,
        seats: selected,
      });
    }
    if (!Array.isArray(selector.partner)) resolves(selector.partner, t.partners, 'partner', 'partner', where, report);
    else {
      const list = [...where, 'partner'];
      selector.partner.forEach((partner, i) => resolves(partner, t.partners, 'partner', 'partner', list, report, i));
    }
  }
}

/**
 * 1.2: a group's earlier rules run forwards, each ending after the one before (which of them was in force on
 * a date is read in that order), and say what the group's own rules would have to: a quorum of seats that
 * existed while it was in force (`checkChairs` asks for one chair for a casting vote).
 */
function checkPreviousRules(group: Loose, seats: LooseHistory[], at: Path, t: Targets, report: Report): void {
  const changes = changeDates(seats);
  for (const { entry, path, to, previousTo, misordered } of datedEntries(group, 'previousRules', at)) {
    const inForce = changes.filter(
      (date) => to !== undefined && date < to && (previousTo === undefined || date > previousTo),
    );
    checkQuorum(entry, seats, [to ?? null, ...inForce], path, t, report);
    if (misordered) report([...path, 'to'], 'rules-out-of-order', { group: idOf(group), ...misordered });
  }
}

/** A record's id for a problem's values; '' when it has none that is text. */
const idOf = (record: Loose): string => textOf(record.id) ?? '';

function checkSeat(seat: Loose, at: Path, t: Targets, report: Report): void {
  if (seat.voting === true && seat.partner === undefined) {
    report([...at, 'partner'], 'voting-seat-without-partner', { seat: idOf(seat) });
  }
  resolves(seat.partner, t.partners, 'partner', 'partner', at, report);
  resolves(seat.holder, t.people, 'person', 'holder', at, report);
  resolves(seat.proxy, t.people, 'person', 'proxy', at, report);
  const from = isObject(seat.term) ? dateOf(seat.term.from) : undefined;
  const to = isObject(seat.term) ? dateOf(seat.term.to) : undefined;
  if (from !== undefined && to !== undefined && to < from) {
    report([...at, 'term', 'to'], 'term-ends-before-start', { seat: idOf(seat), from, to });
  }
  checkPrevious(seat, at, t, report);
  checkPreviousStanding(seat, at, t, report);
}

/**
 * 1.2: a seat's earlier standing runs forwards, each entry ending after the one before (which of them stood on
 * a date is read in that order), names a partner that exists, and a seat voting then names its partner then.
 */
function checkPreviousStanding(seat: Loose, at: Path, t: Targets, report: Report): void {
  const history = standingHistory(seat);
  for (const { entry, path, to, misordered } of datedEntries(seat, 'previousStanding', at)) {
    resolves(entry.partner, t.partners, 'partner', 'partner', path, report);
    if (misordered) report([...path, 'to'], 'standing-out-of-order', { seat: idOf(seat), ...misordered });
    if (to === undefined) continue;
    const then = looseStandingOn(history, to);
    if (then.voting === true && then.partner === undefined) {
      report([...path, 'partner'], 'voting-seat-without-partner', { seat: idOf(seat), to });
    }
  }
}

/** 1.1: earlier appointments resolve, run forwards, do not overlap, and end before the current one begins. */
function checkPrevious(seat: Loose, at: Path, t: Targets, report: Report): void {
  let lastTo: string | undefined;
  for (const { entry, path, to, previousTo } of datedEntries(seat, 'previous', at, appointmentEnd)) {
    lastTo = to ?? previousTo;
    resolves(entry.holder, t.people, 'person', 'holder', path, report);
    resolves(entry.proxy, t.people, 'person', 'proxy', path, report);
    const from = dateOf(entry.from);
    if (from === undefined || to === undefined) continue;
    if (to < from) {
      report([...path, 'to'], 'appointment-ends-before-start', { seat: idOf(seat), from, to });
    } else if (previousTo !== undefined && from <= previousTo) {
      report([...path, 'from'], 'appointments-overlap', { seat: idOf(seat), from, previousTo });
    }
  }
  const term = isObject(seat.term) ? dateOf(seat.term.from) : undefined;
  if (lastTo !== undefined && term !== undefined && lastTo >= term) {
    report([...at, 'term', 'from'], 'term-overlaps-appointment', { seat: idOf(seat), from: term, previousTo: lastTo });
  }
}

/** An earlier appointment's `to`, only when its `from` is a date too: one missing a date does not set where the next must start. */
const appointmentEnd = (entry: Loose): string | undefined =>
  dateOf(entry.from) === undefined ? undefined : dateOf(entry.to);

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

function checkProposal(
  proposal: Loose,
  at: Path,
  t: Targets,
  lastVotes: () => ReadonlyMap<string, string>,
  report: Report,
): void {
  const group = textOf(proposal.group);
  resolves(proposal.group, t.groups, 'group', 'group', at, report);
  resolves(proposal.from, t.groups, 'group', 'from', at, report);
  checkSameGroupMeeting(proposal.meeting, group, 'meeting', at, t, report);
  checkRuleAgreed(proposal, at, t, lastVotes, report);
  checkSameGroupMeeting(proposal.ruleAgreedUnanimously, group, 'ruleAgreedUnanimously', at, t, report);
  checkAgreedBefore(proposal, at, t, lastVotes, report);
  checkDeclarations(proposal, at, t, report);
  checkCasting(proposal, at, t, lastVotes, report);
}

/**
 * A published count's casting vote breaks a tie: for and against equal and above 0, under simple majority, in a
 * group whose tie-break was the chair on the proposal's date (as `outcome` dates it: `datesRead`). Anywhere else
 * it would be read as the chair's vote, published though it decided nothing, or ignored.
 */
function checkCasting(
  proposal: Loose,
  at: Path,
  t: Targets,
  lastVotes: () => ReadonlyMap<string, string>,
  report: Report,
): void {
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
}

/**
 * A decision rule other than the group's on the proposal's date names the meeting that agreed it. Read on
 * `decidedOn` alone, unlike `checkCasting`: an open decision by correspondence is compared with the group's
 * rule after every recorded change, the strict reading, since the clerk can always name the meeting that
 * agreed the rule, where a count's casting vote is published by the host under the rules of today.
 */
function checkRuleAgreed(
  proposal: Loose,
  at: Path,
  t: Targets,
  lastVotes: () => ReadonlyMap<string, string>,
  report: Report,
): void {
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
}

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
 * The date a proposal is counted on, as `outcome` dates it (docs/contract.md, 1.2): its `closes` in London,
 * else its meeting's date as written, else, once closed or withdrawn by correspondence (not a secret ballot
 * or a published count), the London date of its last vote; null (the group's own rules) otherwise.
 *
 * `closes` before the meeting, unlike `checkAgreedBefore`, on purpose: this is the date outcome.ts
 * `proposalDate` counts under, and the two must agree; the meeting that agreed another rule must still meet
 * no later than the meeting that took the vote.
 */
function decidedOn(proposal: Loose, t: Targets, lastVotes: () => ReadonlyMap<string, string>): string | null {
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
function datesRead(
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
 * outcome.ts `proposalDate` read it: once it is closed or withdrawn, and not a secret ballot or a published
 * count (a viewer's copy holds only their own votes, which would date it for one viewer and not another).
 * Undefined otherwise. Only for a proposal with no `closes` and no meeting: the callers ask those first.
 */
function lastVoteOfCorrespondence(proposal: Loose, lastVotes: () => ReadonlyMap<string, string>): string | undefined {
  return byCorrespondence(proposal) ? lastVotes().get(idOf(proposal)) : undefined;
}

/** Whether `lastVoteOfCorrespondence` dates `proposal` by its last vote, when it has one. */
const byCorrespondence = (proposal: Loose): boolean =>
  (proposal.status === 'closed' || proposal.status === 'withdrawn') &&
  proposal.ballot !== 'secret' &&
  proposal.count === undefined;

/**
 * Each proposal's latest vote `cast` or `received`, as written: read once, for the first proposal that asks.
 * With `only`, the votes of those proposals alone.
 */
function lastVotesOf(input: unknown, only?: ReadonlySet<string>): () => ReadonlyMap<string, string> {
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

/**
 * The meeting that agreed another rule met no later than the decision: the
 * proposal's meeting, else its closing time, else, decided by correspondence,
 * its last vote. A rule agreed at a later meeting ("simple majority unless
 * otherwise agreed unanimously") was not agreed when the decision was taken.
 *
 * The meeting before `closes`, unlike `decidedOn`, on purpose: a vote left open past its meeting was taken
 * there (its quorum is judged there too: presence.ts `decisionMoment`), so a rule agreed after it came too
 * late for those who voted, though the group's rule it is compared with is the one in force on the closing date.
 * With neither, once closed, the last vote: every vote was in before the group agreed the rule. Not while
 * open (votes may still come after the meeting), nor once withdrawn (nothing was decided: a clerk withdraws
 * a vote by correspondence to put it again under the rule the group has just agreed), nor where `decidedOn`
 * does not date by it (a secret ballot's copies hold only the viewer's own votes).
 */
function checkAgreedBefore(
  proposal: Loose,
  at: Path,
  t: Targets,
  lastVotes: () => ReadonlyMap<string, string>,
  report: Report,
): void {
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
}

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
  } else if (group !== undefined && meetingGroup !== undefined && meetingGroup !== group) {
    report([...at, field], 'meeting-of-other-group', { meeting: id, field, meetingGroup, group });
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

/** The highest risk score: likelihood 5 times impact 5. */
const TOP_SCORE = 25;

function checkBands(bands: unknown, report: Report): void {
  if (!Array.isArray(bands) || bands.length === 0) return;
  let previous = 0;
  bands.forEach((band, i) => {
    const upTo = isObject(band) ? band.upTo : undefined;
    if (typeof upTo !== 'number') return;
    if (upTo <= previous) report(['riskScale', 'bands', i, 'upTo'], 'bands-out-of-order', { upTo, previous });
    previous = upTo;
  });
  const last = bands[bands.length - 1];
  if (isObject(last) && typeof last.upTo === 'number' && last.upTo !== TOP_SCORE) {
    report(['riskScale', 'bands', bands.length - 1, 'upTo'], 'last-band-short', {
      upTo: last.upTo,
      maximum: TOP_SCORE,
    });
  }
}

function checkAppetite(appetite: unknown, report: Report): void {
  if (!isObject(appetite)) return;
  for (const [category, score] of Object.entries(appetite)) {
    if (category === '') {
      report(['riskScale', 'appetite', category], 'empty-category', {});
      continue;
    }
    if (Number.isInteger(score) && (score as number) >= 1 && (score as number) <= TOP_SCORE) continue;
    report(['riskScale', 'appetite', category], 'appetite-not-a-score', {
      category: quotable(category),
      value: summarise(score),
      minimum: 1,
      maximum: TOP_SCORE,
    });
  }
}
