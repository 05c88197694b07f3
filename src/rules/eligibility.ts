/**
 * Who may vote, for which seat, and why not. Only voting seats vote, and only
 * their holder, or their proxy while the holder is not in the room; never once
 * the seat's term has ended, and never someone who withdrew for a declared
 * interest. Every act is judged as at its moment (contract 1.1): the
 * appointment in force on the vote's date, who was present when it was cast,
 * and, for a host, its own clock.
 */
import type { Group, Meeting, PartnershipDocument, Proposal, Seat, Vote } from '../contract/schema.js';
import { firstAppointed } from '../contract/appointments.js';
import { appointmentAt, beforeFirstAppointment, withdrew } from './appointments.js';
import { dateOf, instantOf, longDate, meetingDate } from './calendar.js';
import { presentAs, spansOf } from './presence.js';
import { groupOf, personName, proposalOf, seatOf } from './records.js';
import { seatLabel } from './roster.js';

export type VoteRejection =
  | 'unknown-proposal'
  | 'proposal-not-open'
  | 'unknown-seat'
  | 'not-in-group'
  | 'non-voting-seat'
  | 'vacant-seat'
  | 'not-holder-or-proxy'
  | 'holder-present'
  | 'term-ended'
  | 'declared-interest'
  | 'cast-in-future'
  // Beyond CONTRACT.md's list, a choice of the kit's: a seat's term that has not begun gives it no vote yet.
  | 'term-not-started';

export type VoteCheck = { ok: true } | { ok: false; reason: VoteRejection; message: string };
type Refusal = Extract<VoteCheck, { ok: false }>;

/** A seat a person may vote for, and in which capacity. */
export interface EligibleSeat {
  seat: string;
  as: 'holder' | 'proxy';
}

/** One reason a person may not vote: for one seat, or (`no-seat`, no `seat`) for none at all. */
export interface Ineligibility {
  seat?: string;
  reason: VoteRejection | 'no-seat';
  message: string;
}

const refuse = (reason: VoteRejection, message: string): Refusal => ({ ok: false, reason, message });

/** How far ahead of the host's clock a device's `cast` may be: clocks drift. */
export const CAST_SKEW_MS = 5 * 60_000;

/** The proposal with its group and, when it names one, its meeting. */
interface Setting {
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
interface Moment {
  date: string | null;
  instant: number | null;
}

/** Options of the questions about votes. */
export interface VoteQuestion {
  /** The host's clock when the vote reaches it: the proposal must be open then, and `cast` not ahead of it. */
  now?: string;
}

function settingOf(doc: PartnershipDocument, proposal: Proposal): Setting {
  const meeting = proposal.meeting ? doc.meetings.find((m) => m.id === proposal.meeting) : undefined;
  return { doc, proposal, group: groupOf(doc, proposal.group), meeting };
}

const castMoment = (cast: string): Moment => ({ date: dateOf(cast), instant: instantOf(cast) });

/**
 * The moment `eligibleSeats` asks about. A date alone has no time, so
 * `closes` is only passed once its date is, and the proxy rule is judged over
 * the whole meeting. Without `at` the meeting's date stands in for the
 * appointment (the current appointment when there is no meeting), and
 * `closes` is left to `checkVote` at the moment of casting.
 */
function askedMoment({ meeting }: Setting, at: string | undefined): Moment {
  if (at === undefined) return { date: meeting ? meetingDate(meeting) : null, instant: null };
  if (at.length <= 10) return { date: at, instant: null };
  return castMoment(at);
}

const STATUS_WORDS: Record<Proposal['status'], string> = {
  draft: 'still a draft',
  open: 'open',
  closed: 'closed',
  withdrawn: 'withdrawn',
};

function isAfter(moment: Moment, dateTime: string): boolean {
  if (moment.instant !== null) return moment.instant > instantOf(dateTime);
  return moment.date !== null && moment.date > dateOf(dateTime);
}

function closedRefusal(proposal: Proposal, closes: string): Refusal {
  const when = `${longDate(dateOf(closes))} at ${closes.slice(11, 16)}`;
  return refuse('proposal-not-open', `Voting on '${proposal.title}' closed on ${when}.`);
}

/**
 * Why the proposal takes no vote: a new vote needs it open (at `now`, by
 * the host's clock, when given); a stored vote, open or closed, cast by its
 * `closes` and received by it.
 */
function proposalRefusal(
  { proposal }: Setting,
  moment: Moment,
  mustBeOpen: boolean,
  arrival?: string,
): Refusal | undefined {
  const takesVotes = proposal.status === 'open' || (!mustBeOpen && proposal.status === 'closed');
  if (!takesVotes) {
    return refuse(
      'proposal-not-open',
      `'${proposal.title}' is ${STATUS_WORDS[proposal.status]}, so it takes no votes.`,
    );
  }
  const { closes } = proposal;
  if (!closes) return undefined;
  if (isAfter(moment, closes)) return closedRefusal(proposal, closes);
  if (arrival !== undefined && instantOf(arrival) > instantOf(closes)) return closedRefusal(proposal, closes);
  return undefined;
}

/** Why `personId` may not vote for `seat` at `moment`, or undefined when they may. */
function seatRefusal(setting: Setting, seat: Seat, personId: string, moment: Moment): Refusal | undefined {
  const { doc, proposal } = setting;
  const label = seatLabel(doc, seat);
  if (!seat.voting) {
    return refuse('non-voting-seat', `${label} is a non-voting seat: it has no vote on '${proposal.title}'.`);
  }
  const appointment = appointmentAt(seat, moment.date);
  if (!appointment.holder) {
    if (moment.date !== null && beforeFirstAppointment(seat, moment.date)) {
      const first = firstAppointed(seat) ?? moment.date;
      return refuse(
        'term-not-started',
        `The first term of ${label} starts on ${longDate(first)}, so it has no vote before then.`,
      );
    }
    const when = moment.date === null ? '' : ` on ${longDate(moment.date)}`;
    return refuse('vacant-seat', `${label} was vacant${when}, so no one could vote for it.`);
  }
  // The term runs to the end of its last day, as the cast's own offset writes the date.
  if (appointment.to !== null && moment.date !== null && appointment.to < moment.date) {
    return refuse(
      'term-ended',
      `The term of ${label} ended on ${longDate(appointment.to)}, so it has no vote until a new term is recorded.`,
    );
  }
  if (personId !== appointment.holder && personId !== appointment.proxy) {
    return refuse(
      'not-holder-or-proxy',
      `${personName(doc, personId)} is neither the holder nor the proxy of ${label}.`,
    );
  }
  if (withdrew(proposal, personId)) {
    return refuse(
      'declared-interest',
      `${personName(doc, personId)} declared an interest in '${proposal.title}' and withdrew, so cannot vote on it.`,
    );
  }
  if (personId === appointment.holder) return undefined;
  return holderPresentRefusal(setting, seat, appointment.holder, personId, moment);
}

/** The proxy may not vote while the holder is in the room, unless the holder withdrew from the proposal. */
function holderPresentRefusal(
  { doc, meeting, proposal }: Setting,
  seat: Seat,
  holder: string,
  proxy: string,
  moment: Moment,
): Refusal | undefined {
  if (!meeting || withdrew(proposal, holder)) return undefined;
  if (!presentAs(meeting, seat.id, moment.instant).has('holder')) return undefined;
  const label = seatLabel(doc, seat);
  const arrived = spansOf(meeting, seat.id).find((span) => span.as === 'holder' && span.arrived)?.arrived;
  const when = arrived
    ? `was in the room for ${label} from ${arrived.slice(11, 16)}`
    : `attended the meeting for ${label} on ${longDate(meetingDate(meeting))}`;
  return refuse(
    'holder-present',
    `${personName(doc, holder)} ${when}, so its proxy, ${personName(doc, proxy)}, cannot vote for it.`,
  );
}

/** Why a vote is not valid, or undefined when it is. A new vote (`now` given, or `mustBeOpen`) needs the proposal open. */
function voteRefusal(doc: PartnershipDocument, vote: Vote, mustBeOpen: boolean, now?: string): Refusal | undefined {
  const proposal = doc.proposals.find((p) => p.id === vote.proposal);
  if (!proposal) return refuse('unknown-proposal', `There is no proposal with the id '${vote.proposal}'.`);
  const setting = settingOf(doc, proposal);
  const moment = castMoment(vote.cast);
  const timing = proposalRefusal(setting, moment, mustBeOpen, now ?? vote.received);
  if (timing) return timing;
  if (now !== undefined && instantOf(vote.cast) > instantOf(now) + CAST_SKEW_MS) {
    return refuse(
      'cast-in-future',
      'The vote says it was cast later than now. Check the clock of the device it came from.',
    );
  }
  const seat = seatOf(setting.group, vote.seat);
  if (seat) return seatRefusal(setting, seat, vote.by, moment);
  if (!doc.groups.some((g) => seatOf(g, vote.seat))) {
    return refuse('unknown-seat', `There is no seat with the id '${vote.seat}'.`);
  }
  return refuse(
    'not-in-group',
    `Seat '${vote.seat}' is not a seat of the ${setting.group.name}, so it has no vote on '${proposal.title}'.`,
  );
}

/**
 * Whether a new vote may be accepted: the check a portal's server runs
 * before storing a vote, and the widget runs before sending one. Besides the
 * rules of a stored vote, the proposal must be open; with `now` (the host's
 * clock), open at `now`, and `cast` no more than 5 minutes after `now`.
 * Never throws.
 *
 * @example
 * const check = checkVote(doc, vote, { now: new Date().toISOString() });
 * if (!check.ok) return response.status(422).json({ error: check.message, reason: check.reason });
 */
export function checkVote(doc: PartnershipDocument, vote: Vote, options: VoteQuestion = {}): VoteCheck {
  return voteRefusal(doc, vote, true, options.now) ?? { ok: true };
}

/**
 * Whether a stored vote is valid, so counts. The votes of a closed proposal
 * stay valid; those of a draft or withdrawn one never are; one whose
 * `received` is after `closes` reached the host too late.
 *
 * @example
 * const check = voteValidity(doc, doc.votes[0]);
 * if (!check.ok) show(`Not counted: ${check.message}`);
 */
export function voteValidity(doc: PartnershipDocument, vote: Vote): VoteCheck {
  return voteRefusal(doc, vote, false) ?? { ok: true };
}

/** In which capacity `personId` would vote for `seat` on `date`: as its holder when named as both. */
export function capacityOn(seat: Seat, personId: string, date: string | null): 'holder' | 'proxy' | null {
  const appointment = appointmentAt(seat, date);
  if (appointment.holder === personId) return 'holder';
  return appointment.proxy === personId ? 'proxy' : null;
}

/** The seats of the group that `personId` holds or stands proxy for on `date`. */
function seatsOfPerson(group: Group, personId: string, date: string | null): Seat[] {
  return group.seats.filter((seat) => capacityOn(seat, personId, date) !== null);
}

/** `at` as a date-time or a date, or the 1.1 options object `{ at }`. */
export type AskedAt = string | { at?: string } | undefined;

const atOf = (asked: AskedAt): string | undefined => (typeof asked === 'object' ? asked.at : asked);

/**
 * The seats `personId` may vote for on an open proposal, as holder or as
 * proxy. `at` is when: a date-time, or a date (the term counted to the end
 * of that day); the proxy rule is judged at `at` when it has a time, else
 * over the whole meeting. Without `at` the appointment is the one on the
 * meeting's date (the current one when the proposal names no meeting), and
 * `closes` is not checked: `checkVote` applies it when the vote is cast. A
 * person the document does not know simply has no seats.
 *
 * @example
 * eligibleSeats(doc, 'hnb-plan', 'p-cirrus-head', { at: '2019-10-15T16:30:00+01:00' });
 * // [{ seat: 'elg-primary', as: 'proxy' }]
 */
export function eligibleSeats(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  at?: AskedAt,
): EligibleSeat[] {
  const setting = settingOf(doc, proposalOf(doc, proposalId));
  const moment = askedMoment(setting, atOf(at));
  if (proposalRefusal(setting, moment, true)) return [];
  return seatsOfPerson(setting.group, personId, moment.date)
    .filter((seat) => !seatRefusal(setting, seat, personId, moment))
    .map((seat) => ({ seat: seat.id, as: capacityOn(seat, personId, moment.date) ?? 'proxy' }));
}

/**
 * Why `personId` may not vote on a proposal, in words, for an element to
 * explain: the proposal's own reason when it takes no votes; else one reason
 * per seat they hold or stand proxy for but may not vote for (a non-voting
 * member gets `non-voting-seat`); else `no-seat` when they have no seat in
 * the group (a guest, or not a member). Empty when they may vote for every
 * seat they are connected to. `at` as for `eligibleSeats`.
 *
 * @example
 * ineligibility(doc, 'hnb-plan', 'p-lbs-dps').map((r) => r.message);
 * // ['Director of Pupil Services is a non-voting seat: it has no vote on …']
 */
export function ineligibility(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  at?: AskedAt,
): Ineligibility[] {
  const setting = settingOf(doc, proposalOf(doc, proposalId));
  const moment = askedMoment(setting, atOf(at));
  const timing = proposalRefusal(setting, moment, true);
  if (timing) return [{ reason: timing.reason, message: timing.message }];
  const seats = seatsOfPerson(setting.group, personId, moment.date);
  if (seats.length === 0) {
    const who = personName(doc, personId);
    return [
      { reason: 'no-seat', message: `${who} holds no seat on the ${setting.group.name}, and is no seat’s proxy.` },
    ];
  }
  return seats.flatMap((seat) => {
    const refusal = seatRefusal(setting, seat, personId, moment);
    return refusal ? [{ seat: seat.id, reason: refusal.reason, message: refusal.message }] : [];
  });
}
