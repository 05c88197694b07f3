/**
 * Quorum: a meeting is quorate when every quorum requirement of its group
 * holds. A requirement selects seats and asks for a minimum of them present.
 */
import type { Group, Meeting, PartnershipDocument, QuorumRequirement, Seat, SeatSelector } from '../contract/schema.js';
import { appointmentIn } from '../contract/appointments.js';
import { rulesOn } from '../contract/group-rules.js';
import { selects } from '../contract/seat-selectors.js';
import { seatAsAt } from '../contract/seat-standing.js';
import { instantOf, meetingDate } from './calendar.js';
import { beforeFirstAppointment, holderInPost, withdrew } from './appointments.js';
import { anyonePresent, decisionMoment, spanCovers, spansOf } from './presence.js';
import { groupOf, meetingOf, proposalOf } from './records.js';
import { dateArgument, dateTimeArgument, optional } from './moments.js';

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
  /** A proposal id: a seat attended only by someone who withdrew from it is not present. */
  proposal?: string;
}

/** Presence as one function of a seat, for one meeting and one question. */
type PresenceTest = (seat: Seat, proxiesCount: boolean) => boolean;

function presenceTest(doc: PartnershipDocument, meeting: Meeting, question: PresenceQuestion): PresenceTest {
  const at = optional(dateTimeArgument)(question.at, 'at');
  const instant = at === undefined ? null : instantOf(at);
  const proposal = question.proposal === undefined ? undefined : proposalOf(doc, question.proposal);
  const date = meetingDate(meeting);
  const judgedAt = proposal && decisionMoment(proposal, meeting);
  return (seat, proxiesCount) => {
    const appointment = appointmentIn(seat, date);
    return spansOf(meeting, seat.id).some((span) => {
      if (!spanCovers(span, instant) || (span.as === 'proxy' && !proxiesCount)) return false;
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

/** Quorum, and whether it is known yet (with `today`). */
export interface QuorumResult {
  quorate: boolean;
  requirements: RequirementResult[];
  /**
   * With `today`: `not-yet-known` while the meeting is today or still to
   * come and nobody has been recorded present; else as `quorate` says.
   */
  state: 'quorate' | 'not-quorate' | 'not-yet-known';
}

/**
 * Whether a meeting is quorate, with each requirement's present and needed
 * counts and the seats missing for it, of the seats in post on the meeting's
 * date (a vacant seat is not counted). A group with no requirements is
 * quorate; a requirement that picks no seat on the day is not met. `at` counts the seats in the room at that moment (without it, at
 * any time in the meeting); `proposal` leaves out seats attended only by
 * someone who withdrew from it; `today` tells "not yet known" from "not quorate".
 *
 * @example
 * const { quorate, requirements } = quorum(doc, 'wep-2022-01-20');
 * requirements[0]; // { label: 'Two from Schools Forum', needed: 2, present: 1, met: false, missing: ['wep-sf-2', 'wep-sf-3'] }
 */
export function quorum(
  doc: PartnershipDocument,
  meetingId: string,
  options: PresenceQuestion & { today?: string } = {},
): QuorumResult {
  optional(dateArgument)(options.today, 'today');
  const meeting = meetingOf(doc, meetingId);
  const group = groupOf(doc, meeting.group);
  const present = presenceTest(doc, meeting, options);
  const date = meetingDate(meeting);
  // The quorum the group had on the meeting's date: a quorum changed since does not make a past meeting inquorate.
  const requirements = rulesOn(group, date).quorum.map((requirement) => {
    // The seats it picked as they stood that day: a seat that has since gained a vote or a tag was not
    // missing then, nor one that has lost it present.
    const selectedNow = seatsSelected(group, requirement.seats, date);
    // A seat first appointed after the meeting's date was no seat of the group then: a seat added a year later
    // is neither vacant nor missing at a past meeting, as it is not in a past decision's base (decision-seats.ts).
    // Unless every seat picked is such: counted as below, so the requirement is never met by an empty room.
    const existing = selectedNow.filter((seat) => !beforeFirstAppointment(seat, date));
    const picked = existing.length > 0 ? existing : selectedNow;
    // Only seats in post count: a vacancy is no member who could be present ("all core members must be
    // present" asks for the members there are), as a school governing body's quorum excludes vacancies.
    const [inPostSeats, vacantSeats] = partition(picked, (seat) => holderInPost(seat, date) !== null);
    // Every seat it picks vacant: counted as they are, so that the requirement cannot be met by an empty room.
    const [selected, vacant] = inPostSeats.length > 0 ? [inPostSeats, vacantSeats] : [picked, []];
    const here = new Set(selected.filter((seat) => present(seat, requirement.proxies)));
    const needed = seatsNeeded(requirement.min, selected.length);
    return {
      label: requirement.label,
      needed,
      present: here.size,
      // Picking no seat at all (a group whose seats are still to be added): half of none is none, and an empty
      // room was "quorate".
      met: selected.length > 0 && here.size >= needed,
      missing: selected.filter((seat) => !here.has(seat)).map((seat) => seat.id),
      vacant: vacant.map((seat) => seat.id),
      proxies: requirement.proxies,
    };
  });
  const quorate = requirements.every((r) => r.met);
  const unknown = options.today !== undefined && awaitingAttendance(doc, meetingId, options.today);
  return { quorate, requirements, state: unknown ? 'not-yet-known' : quorate ? 'quorate' : 'not-quorate' };
}

/**
 * Whether a meeting is today or still to come with nobody yet recorded as
 * present (apologies sent ahead do not count): its quorum is then not yet
 * known, rather than not met.
 *
 * @example
 * awaitingAttendance(doc, 'wep-2022-11-17', '2022-09-22'); // true
 */
export function awaitingAttendance(doc: PartnershipDocument, meetingId: string, today: string): boolean {
  dateArgument(today, 'today');
  const meeting = meetingOf(doc, meetingId);
  return meetingDate(meeting) >= today && !anyonePresent(meeting);
}
