/**
 * Who may give a seat's vote at a moment: the seat must vote that day and be
 * held, its term running; the voter its holder or its proxy, not withdrawn
 * for a declared interest; and a proxy only while the holder is not in the
 * room (unless the holder withdrew). The one judgment of a person and a seat
 * that a vote, a person's seats and the chair's casting vote all ask.
 */
import { firstAppointed } from '../contract/appointments.js';
import { seatAsAt } from '../contract/seat-standing.js';
import type { Proposal, Seat } from '../contract/schema.js';
import { appointmentAt, beforeFirstAppointment, withdrew } from './appointments.js';
import { meetingDate } from './calendar.js';
import { presentAs, spansOf } from './presence.js';
import { refuse, type Refusal } from './vote-refusals.js';
import type { Moment, Setting } from './vote-moment.js';

/**
 * Whether `personId` withdrew from the proposal while it took votes: a declaration minuted by its `closes`
 * (any, when it has none). Not by the moment withdrawals are judged for its quorum (`withdrawalsJudgedAt`), which
 * is the meeting's end when voting stays open after the meeting: a member who declares and withdraws while votes are still
 * taken by correspondence may not vote, and their proxy votes in their place, whether or not the clerk recorded
 * when the meeting ended.
 */
const withdrewFromVote = (proposal: Proposal, personId: string | null): boolean =>
  withdrew(proposal, personId, proposal.closes);

/** Why `personId` may not vote for `seat` at `moment`, or undefined when they may. */
export function seatRefusal(setting: Setting, seat: Seat, personId: string, moment: Moment): Refusal | undefined {
  const { proposal } = setting;
  // Whether the seat voted on the day the appointment is judged: a seat that gained or lost its vote since
  // leaves a vote cast before the change as it was (contract 1.2, `previousStanding`).
  if (!seatAsAt(seat, moment.date).voting) return refuse('non-voting-seat', { seat: seat.id, proposal: proposal.id });
  const appointment = appointmentAt(seat, moment.date);
  if (!appointment.holder) {
    if (moment.date !== null && beforeFirstAppointment(seat, moment.date)) {
      // beforeFirstAppointment is true only when firstAppointed is not null: `?? moment.date` only satisfies the types.
      const from = firstAppointed(seat) ?? moment.date;
      return refuse('term-not-started', { seat: seat.id, from });
    }
    return refuse('vacant-seat', moment.date === null ? { seat: seat.id } : { seat: seat.id, date: moment.date });
  }
  // The term runs to the end of its last day in London, where the cast is dated (castMoment), whatever its offset.
  if (appointment.to !== null && moment.date !== null && appointment.to < moment.date) {
    return refuse('term-ended', { seat: seat.id, to: appointment.to });
  }
  if (personId !== appointment.holder && personId !== appointment.proxy) {
    return refuse('not-holder-or-proxy', { seat: seat.id, person: personId });
  }
  if (withdrewFromVote(proposal, personId)) {
    return refuse('declared-interest', { person: personId, proposal: proposal.id });
  }
  if (personId === appointment.holder) return undefined;
  return holderPresentRefusal(setting, seat, appointment.holder, personId, moment);
}

/** The proxy may not vote while the holder is in the room, unless the holder withdrew from the proposal. */
function holderPresentRefusal(
  { meeting, proposal }: Setting,
  seat: Seat,
  holder: string,
  proxy: string,
  moment: Moment,
): Refusal | undefined {
  if (!meeting || holderWithdrewBy(proposal, holder, moment)) return undefined;
  if (!presentAs(meeting, seat.id, moment.instant).has('holder')) return undefined;
  // The attendance names the holder on the meeting's date: once the seat has changed hands, someone else.
  if (appointmentAt(seat, meetingDate(meeting)).holder !== holder) return undefined;
  const arrived = spansOf(meeting, seat.id).find((span) => span.as === 'holder' && span.arrived)?.arrived;
  const declared = withdrewFromVote(proposal, holder) ? withdrawalOf(proposal, holder)?.declared : undefined;
  const values = { seat: seat.id, holder, proxy, meeting: meeting.id, date: meetingDate(meeting) };
  return refuse('holder-present', { ...values, ...(arrived ? { arrived } : {}), ...(declared ? { declared } : {}) });
}

/**
 * Whether the holder had withdrawn from the proposal when their proxy voted: withdrawn while it took votes
 * (`withdrewFromVote`), and, at a vote's instant, declared by then. A proxy's vote cast while the holder was
 * still in the room was refused then, and a later withdrawal does not make it good. A declaration with no
 * `declared`, or a question asked of a whole day, stands for the whole item.
 */
function holderWithdrewBy(proposal: Proposal, holder: string, moment: Moment): boolean {
  if (!withdrewFromVote(proposal, holder)) return false;
  return moment.instant === null || withdrew(proposal, holder, new Date(moment.instant).toISOString());
}

/** The holder's declaration of interest with withdrawal on `proposal`, if any. */
const withdrawalOf = (proposal: Proposal, person: string) =>
  proposal.declarations.find((d) => d.person === person && d.withdrew);

/** In which capacity `personId` would vote for `seat` on `date`: as its holder when named as both. */
export function capacityOn(seat: Seat, personId: string, date: string | null): 'holder' | 'proxy' | null {
  const appointment = appointmentAt(seat, date);
  if (appointment.holder === personId) return 'holder';
  return appointment.proxy === personId ? 'proxy' : null;
}
