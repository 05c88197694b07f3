/**
 * Quorum: a meeting is quorate when every quorum requirement of its group
 * holds. A requirement selects seats and asks for a minimum of them present.
 */
import type {
  AttendanceSpan,
  Group,
  Meeting,
  PartnershipDocument,
  Proposal,
  QuorumRequirement,
  Seat,
  SeatSelector,
} from '../contract/schema.js';
import { appointmentIn } from '../contract/appointments.js';
import { rulesOn } from '../contract/group-rules.js';
import { selects } from '../contract/seat-selectors.js';
import { seatAsAt } from '../contract/seat-standing.js';
import { instantOf, meetingDate } from './calendar.js';
import { beforeFirstAppointment, holderInPost, withdrew } from './appointments.js';
import { anyonePresent, meetingEnd, meetingOver, spanCovers, spansOf, withdrawalsJudgedAt } from './presence.js';
import { openAt } from './decision-date.js';
import { groupOf, meetingOf, proposalOf } from './records.js';
import { dateArgument, dateTimeArgument, londonDateOf, optional } from './moments.js';

/**
 * The group's seats that a selector picks; every key given must match, and an empty selector picks them all.
 * With `date`, each seat's tags, partner, role and voting are those of that date (contract 1.2,
 * `previousStanding`); without, as they stand now.
 *
 * @example
 * seatsSelected(group, { tag: 'core' }, '2019-10-15').map((seat) => seat.id); // the core members of that day
 */
export function seatsSelected(group: Group, selector: SeatSelector, date?: string | null): Seat[] {
  return group.seats.filter((seat) => selects(selector, seatAsAt(seat, date ?? null)));
}

/** How many of `selected` seats a requirement needs: a number, "all", or ceil(a/b × selected). */
export function seatsNeeded(min: QuorumRequirement['min'], selected: number): number {
  if (typeof min === 'number') return min;
  if (min === 'all') return selected;
  const [a, b] = min.split('/').map(Number) as [number, number];
  // Whole-number arithmetic: (9 / 14) × 42 in floating point is 27.000000000000004, which would round up to 28.
  return Math.ceil((a * selected) / b);
}

/** The items that pass `test`, then those that do not. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const passed: T[] = [];
  const failed: T[] = [];
  for (const item of items) (test(item) ? passed : failed).push(item);
  return [passed, failed];
}

/** The moment and the proposal a presence question is asked about. */
export interface PresenceQuestion {
  /** A date-time: who was in the room then. Left out: at any time in the meeting. */
  at?: string;
  /**
   * Without `at`, a date-time: at any time in the meeting up to then. A proposal decided after its meeting was over
   * is judged so (`decisionMoment`): an arrival recorded after voting closed does not reach back into its count.
   */
  until?: string;
  /** A proposal id: a seat attended only by someone who withdrew from it is not present. */
  proposal?: string;
}

/** Presence as one function of a seat, for one meeting and one question. */
type PresenceTest = (seat: Seat, proxiesCount: boolean) => boolean;

function presenceTest(doc: PartnershipDocument, meeting: Meeting, question: PresenceQuestion): PresenceTest {
  const at = optional(dateTimeArgument)(question.at, 'at');
  const instant = at === undefined ? null : instantOf(at);
  const until = optional(dateTimeArgument)(question.until, 'until');
  const by = until === undefined || at !== undefined ? Infinity : instantOf(until);
  const arrivedBy = (span: AttendanceSpan) => span.arrived === undefined || instantOf(span.arrived) <= by;
  const proposal = question.proposal === undefined ? undefined : proposalOf(doc, question.proposal);
  const date = meetingDate(meeting);
  const judgedAt = proposal && withdrawalsJudgedAt(proposal, meeting);
  return (seat, proxiesCount) => {
    const appointment = appointmentIn(seat, date);
    return spansOf(meeting, seat.id).some((span) => {
      if (!spanCovers(span, instant) || !arrivedBy(span) || (span.as === 'proxy' && !proxiesCount)) return false;
      const person = span.as === 'holder' ? appointment.holder : appointment.proxy;
      return !proposal || !withdrew(proposal, person, judgedAt);
    });
  };
}

/**
 * Whether a seat counts as present at a meeting for one requirement: its
 * holder came, or its proxy when proxies count; at `at` when given, and not
 * only in the person of someone who withdrew from `proposal`.
 */
export function isPresent(
  meeting: Meeting,
  seat: Seat,
  proxiesCount: boolean,
  question: PresenceQuestion & { doc?: PartnershipDocument } = {},
): boolean {
  const { doc, ...asked } = question;
  if (asked.proposal !== undefined && !doc) throw new TypeError('isPresent needs `doc` to judge withdrawals.');
  return presenceTest(doc as PartnershipDocument, meeting, asked)(seat, proxiesCount);
}

export interface RequirementResult {
  label: string;
  needed: number;
  present: number;
  met: boolean;
  /** Selected seats not present, by seat id. */
  missing: string[];
  /** Selected seats with no one in post on the meeting's date, by seat id: neither needed nor missing. */
  vacant: string[];
  /** Whether a proxy attending counts as the seat present. */
  proxies: boolean;
}

/**
 * How a seat stands for every requirement of a meeting on `date`, one answer for the whole meeting: `in-post`,
 * counted; `not-in-post` (vacant, or its terms had all ended), neither needed nor missing, and its holder's
 * attendance makes no member present, as their vote would be refused (`term-ended`); `no-seat`, first appointed
 * after `date`, no seat of that meeting, as it is no seat of a past decision's base (decision-seats.ts). Decided
 * per requirement, a seat was "vacant" under one and counted under the next, and renewing one member's term
 * turned a meeting whose every term had ended from quorate to not.
 */
function standingOnTheDay(seat: Seat, date: string): 'in-post' | 'not-in-post' | 'no-seat' {
  if (beforeFirstAppointment(seat, date)) return 'no-seat';
  return holderInPost(seat, date) === null ? 'not-in-post' : 'in-post';
}

/** What `quorum` is asked: who was present (`at`, `proposal`), and whether it is known yet (`today`, `now`). */
export interface QuorumQuestion extends PresenceQuestion {
  /** A date: tells "not yet known" from "not quorate". */
  today?: string;
  /** A date-time, with `today`: a meeting over by then, or `proposal` decided by then, is known. */
  now?: string;
}

/** Quorum, and whether it is known yet (with `today`). */
export interface QuorumResult {
  quorate: boolean;
  requirements: RequirementResult[];
  /**
   * With `today`: `not-yet-known` while attendance that could change it is
   * still to come (`awaitingAttendance`) and, with `proposal`, that proposal
   * is not decided at `now`; else as `quorate` says.
   */
  state: 'quorate' | 'not-quorate' | 'not-yet-known';
}

/**
 * Whether a meeting is quorate, with each requirement's present and needed
 * counts and the seats missing for it, of the seats in post on the meeting's
 * date (a seat vacant then, or whose terms had all ended, is not counted,
 * under every requirement alike). A group with no requirements is quorate; a
 * requirement needs at least one seat present, so one with no seat in post
 * on the day is not met. `at` counts the seats in the room at that moment
 * (without it, at any time in the meeting); `proposal` leaves out seats
 * attended only by someone who withdrew from it; `today` (with `now`) tells
 * "not yet known" from "not quorate".
 *
 * @example
 * const { quorate, requirements } = quorum(doc, 'wep-2022-01-20');
 * requirements[0]; // { label: 'Two from Schools Forum', needed: 2, present: 1, met: false, missing: ['wep-sf-2', 'wep-sf-3'] }
 */
export function quorum(doc: PartnershipDocument, meetingId: string, options: QuorumQuestion = {}): QuorumResult {
  optional(dateArgument)(options.today, 'today');
  optional(dateTimeArgument)(options.now, 'now');
  const meeting = meetingOf(doc, meetingId);
  const group = groupOf(doc, meeting.group);
  const present = presenceTest(doc, meeting, options);
  const date = meetingDate(meeting);
  const standing = (seat: Seat) => standingOnTheDay(seat, date);
  // The quorum the group had on the meeting's date: a quorum changed since does not make a past meeting inquorate.
  const requirements = rulesOn(group, date).quorum.map((requirement) => {
    // The seats it picked as they stood that day: a seat that has since gained a vote or a tag was not
    // missing then, nor one that has lost it present. Each stands as it does under every other requirement.
    const picked = seatsSelected(group, requirement.seats, date).filter((seat) => standing(seat) !== 'no-seat');
    const [selected, vacant] = partition(picked, (seat) => standing(seat) === 'in-post');
    const here = new Set(selected.filter((seat) => present(seat, requirement.proxies)));
    // At least one: a requirement none of whose seats is in post (or a group whose seats are still to be added)
    // is met by no empty room; half of none was none, and an empty room was "quorate".
    const needed = Math.max(seatsNeeded(requirement.min, selected.length), 1);
    return {
      label: requirement.label,
      needed,
      present: here.size,
      met: here.size >= needed,
      missing: selected.filter((seat) => !here.has(seat)).map((seat) => seat.id),
      vacant: vacant.map((seat) => seat.id),
      proxies: requirement.proxies,
    };
  });
  const quorate = requirements.every((r) => r.met);
  const unknown = options.today !== undefined && stillToCome(doc, meeting, { ...options, today: options.today });
  return { quorate, requirements, state: unknown ? 'not-yet-known' : quorate ? 'quorate' : 'not-quorate' };
}

/**
 * Whether attendance that could change a meeting's quorum is still to come: nobody has been recorded present
 * (apologies sent ahead do not count), not every seat in post on its date has been recorded, and the meeting is
 * not yet over: by `now`, when given and on `today` in London (`meetingOver`, whatever its date); else it is today
 * or still to come. Its quorum is then not yet known, rather than not met. A meeting that ended with nobody there,
 * or whose every member sent apologies or was recorded absent, was not quorate: on its day, by the page's clock,
 * it read "not yet known" until midnight. By the date alone, a meeting still on past midnight read "not quorate"
 * at 00:01, and one at 00:30 BST written in UTC (the day before, as written) from 23:00 UTC, before it began.
 *
 * @example
 * awaitingAttendance(doc, 'wep-2022-11-17', '2022-09-22'); // true
 */
export function awaitingAttendance(doc: PartnershipDocument, meetingId: string, today: string, now?: string): boolean {
  dateArgument(today, 'today');
  const meeting = meetingOf(doc, meetingId);
  if (anyonePresent(meeting) || everySeatRecorded(doc, meeting)) return false;
  return meetingYetToEnd(meeting, today, now);
}

/**
 * Whether the meeting has yet to end, so that attendance not recorded may still come: by `now` when it is a moment
 * of `today` in London (`meetingOver`), else by the date, its date being today or still to come.
 */
export function meetingYetToEnd(meeting: Meeting, today: string, now?: string): boolean {
  const clock = clockOn(today, now);
  return clock === undefined ? meetingDate(meeting) >= today : !meetingOver(meeting, clock);
}

/**
 * `now`, when it is a moment of `today` in London; else undefined. The clock's hour only on its own day: a page
 * given an earlier `today` (a demo replaying a past morning) has no hour of that day, and is judged by the date.
 */
export function clockOn(today: string, now: string | undefined): string | undefined {
  const clock = optional(dateTimeArgument)(now, 'now');
  return clock !== undefined && londonDateOf(clock) === today ? clock : undefined;
}

/**
 * The moment the clock alone ends `awaitingAttendance`: the meeting's end (as `meetingOver` judges it), when
 * attendance is awaited at `now` and the meeting's day has come in London (the day it starts there, which may be
 * the day after its date as written); else undefined, when only a record or the next day changes it. An element
 * showing "not recorded yet" renders again then, not at a timer of its own for each seat.
 *
 * @example
 * // A meeting from 16:00 to 18:00 BST with nobody recorded yet, asked at 16:30: its end.
 * attendanceAwaitedUntil(doc, 'm', '2019-10-15', '2019-10-15T16:30:00+01:00'); // '2019-10-15T17:00:00.000Z'
 */
export function attendanceAwaitedUntil(
  doc: PartnershipDocument,
  meetingId: string,
  today: string,
  now: string,
): string | undefined {
  if (clockOn(today, now) === undefined || !awaitingAttendance(doc, meetingId, today, now)) return undefined;
  const meeting = meetingOf(doc, meetingId);
  // A meeting still to come on a later day: the element renders again at midnight, and asks again then.
  if (londonDateOf(meeting.start) > today) return undefined;
  return new Date(meetingEnd(meeting)).toISOString();
}

/** Whether each seat in post on the meeting's date has attendance recorded; false of a group with none. */
function everySeatRecorded(doc: PartnershipDocument, meeting: Meeting): boolean {
  const date = meetingDate(meeting);
  const inPost = groupOf(doc, meeting.group).seats.filter((seat) => standingOnTheDay(seat, date) === 'in-post');
  return inPost.length > 0 && inPost.every((seat) => spansOf(meeting, seat.id).length > 0);
}

/**
 * Whether a quorum is not yet known: attendance is still to come, and the proposal asked about (if any) is
 * not decided at `now`. A decided proposal's room is fixed (`attendanceChangeRefusal`, `meeting-decided`), so
 * its quorum is known as its result is: "Not decided: the meeting was not quorate" stood above "not yet known".
 */
function stillToCome(doc: PartnershipDocument, meeting: Meeting, options: QuorumQuestion & { today: string }): boolean {
  if (options.proposal !== undefined && decidedAt(proposalOf(doc, options.proposal), options.now)) return false;
  return awaitingAttendance(doc, meeting.id, options.today, options.now);
}

/** Whether a proposal is decided at `now`: closed, or open past its `closes`. A draft or withdrawn one is not. */
function decidedAt(proposal: Proposal, now: string | undefined): boolean {
  return proposal.status === 'closed' || (proposal.status === 'open' && !openAt(proposal, now));
}
