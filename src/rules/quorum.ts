/**
 * Quorum: a meeting is quorate when every quorum requirement of its group
 * holds. A requirement selects seats and asks for a minimum of them present.
 */
import type {
  Attendance,
  Group,
  Meeting,
  PartnershipDocument,
  QuorumRequirement,
  Seat,
  SeatSelector,
} from '../contract/schema.js';
import { meetingDate } from './calendar.js';
import { groupOf, meetingOf } from './records.js';

/**
 * A seat's attendance at a meeting; a seat not listed was absent. Only the
 * document's own entries count: a seat id such as "constructor" must not
 * read a built-in property of the object.
 */
export function attendanceAt(meeting: Meeting, seatId: string): Attendance {
  return Object.hasOwn(meeting.attendance, seatId) ? (meeting.attendance[seatId] ?? 'absent') : 'absent';
}

/** The group's seats that a selector picks; every key given must match, and an empty selector picks them all. */
export function seatsSelected(group: Group, selector: SeatSelector): Seat[] {
  const partners = selector.partner === undefined ? undefined : [selector.partner].flat();
  return group.seats.filter(
    (seat) =>
      (selector.tag === undefined || (seat.tags ?? []).includes(selector.tag)) &&
      (partners === undefined || (seat.partner !== undefined && partners.includes(seat.partner))) &&
      (selector.role === undefined || seat.role === selector.role) &&
      (selector.voting === undefined || seat.voting === selector.voting),
  );
}

/** How many of `selected` seats a requirement needs: a number, "all", or ceil(a/b × selected). */
export function seatsNeeded(min: QuorumRequirement['min'], selected: number): number {
  if (typeof min === 'number') return min;
  if (min === 'all') return selected;
  const [a, b] = min.split('/').map(Number) as [number, number];
  // Whole-number arithmetic: (9 / 14) × 42 in floating point is 27.000000000000004, which would round up to 28.
  return Math.ceil((a * selected) / b);
}

/** Whether a seat counts as present at a meeting for one requirement: its holder came, or its proxy when proxies count. */
export function isPresent(meeting: Meeting, seat: Seat, proxiesCount: boolean): boolean {
  const attendance = attendanceAt(meeting, seat.id);
  return attendance === 'holder' || (proxiesCount && attendance === 'proxy');
}

export interface RequirementResult {
  label: string;
  needed: number;
  present: number;
  met: boolean;
  /** Selected seats not present, by seat id. */
  missing: string[];
  /** Whether a proxy attending counts as the seat present. */
  proxies: boolean;
}

/**
 * Whether a meeting is quorate, with each requirement's present and needed
 * counts and the seats missing for it. A group with no requirements is quorate.
 *
 * @example
 * const { quorate, requirements } = quorum(doc, 'wep-2022-01-20');
 * requirements[0]; // { label: 'Two from Schools Forum', needed: 2, present: 1, met: false, missing: ['wep-sf-2', 'wep-sf-3'] }
 */
export function quorum(
  doc: PartnershipDocument,
  meetingId: string,
): { quorate: boolean; requirements: RequirementResult[] } {
  const meeting = meetingOf(doc, meetingId);
  const group = groupOf(doc, meeting.group);
  const requirements = group.quorum.map((requirement) => {
    const selected = seatsSelected(group, requirement.seats);
    const present = selected.filter((seat) => isPresent(meeting, seat, requirement.proxies));
    const needed = seatsNeeded(requirement.min, selected.length);
    return {
      label: requirement.label,
      needed,
      present: present.length,
      met: present.length >= needed,
      missing: selected.filter((seat) => !present.includes(seat)).map((seat) => seat.id),
      proxies: requirement.proxies,
    };
  });
  return { quorate: requirements.every((r) => r.met), requirements };
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
  const meeting = meetingOf(doc, meetingId);
  const someonePresent = Object.values(meeting.attendance).some((value) => value === 'holder' || value === 'proxy');
  return meetingDate(meeting) >= today && !someonePresent;
}
