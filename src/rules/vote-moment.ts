/**
 * When a vote is cast, or asked about: the date its appointment is judged on
 * and the instant its proposal's `closes` and the room are judged at, and
 * whether the proposal took votes then. Every question about a vote starts
 * here, for a seat or for a person.
 */
import type { Group, Meeting, PartnershipDocument, Proposal } from '../contract/schema.js';
import { instantOf, meetingDate } from './calendar.js';
import { londonDate } from './london-time.js';
import { byId } from './indexes.js';
import { groupOf } from './records.js';
import { dateOrDateTimeArgument, optional } from './moments.js';
import { refuse, type Refusal } from './vote-refusals.js';

/** The proposal with its group and, when it names one, its meeting. */
export interface Setting {
  doc: PartnershipDocument;
  proposal: Proposal;
  group: Group;
  meeting: Meeting | undefined;
}

/**
 * When a vote is (or would be) cast: its date for the appointment and the
 * term, and its instant for `closes` and for who was in the room. A null
 * instant asks about the whole meeting; a null date, about the current
 * appointment.
 */
export interface Moment {
  date: string | null;
  instant: number | null;
}

export function settingOf(doc: PartnershipDocument, proposal: Proposal): Setting {
  const meeting = proposal.meeting ? byId(doc.meetings, proposal.meeting) : undefined;
  return { doc, proposal, group: groupOf(doc, proposal.group), meeting };
}

/** A vote's moment: its instant, and the date in London then, on which its appointment is judged (london-time.ts). */
export const castMoment = (cast: string): Moment => ({ date: londonDate(cast), instant: instantOf(cast) });

/**
 * The moment `eligibleSeats` asks about. A date alone has no time, so
 * `closes` is only passed once its date is, and the proxy rule is judged over
 * the whole meeting. Without `at` the meeting's date stands in for the
 * appointment (the current appointment when there is no meeting), and
 * `closes` is left to `checkVote` at the moment of casting.
 */
export function askedMoment({ meeting }: Setting, at: string | undefined): Moment {
  if (at === undefined) return { date: meeting ? meetingDate(meeting) : null, instant: null };
  if (at.length <= 10) return { date: at, instant: null };
  return castMoment(at);
}

function isAfter(moment: Moment, dateTime: string): boolean {
  if (moment.instant !== null) return moment.instant > instantOf(dateTime);
  // A day is a day in London, as a vote's `cast` is dated: 23:30Z in summer closes on the next day.
  return moment.date !== null && moment.date > londonDate(dateTime);
}

const closedRefusal = (proposal: Proposal, closes: string): Refusal =>
  refuse('proposal-not-open', { proposal: proposal.id, status: proposal.status, closes });

/**
 * Why the proposal takes no vote: a new vote needs it open (at `now`, by
 * the host's clock, when given); a stored vote, open or closed, cast by its
 * `closes` and received by it.
 */
export function proposalRefusal(
  { proposal }: Setting,
  moment: Moment,
  mustBeOpen: boolean,
  arrival?: string,
): Refusal | undefined {
  const takesVotes = proposal.status === 'open' || (!mustBeOpen && proposal.status === 'closed');
  if (!takesVotes) {
    return refuse('proposal-not-open', { proposal: proposal.id, status: proposal.status });
  }
  const { closes } = proposal;
  if (!closes) return undefined;
  if (isAfter(moment, closes)) return closedRefusal(proposal, closes);
  if (arrival !== undefined && instantOf(arrival) > instantOf(closes)) return closedRefusal(proposal, closes);
  return undefined;
}

/** `at` as a date-time or a date, or the 1.1 options object `{ at }`. */
export type AskedAt = string | { at?: string } | undefined;

export const atOf = (asked: AskedAt): string | undefined =>
  optional(dateOrDateTimeArgument)(typeof asked === 'object' && asked !== null ? asked.at : asked, 'at');
