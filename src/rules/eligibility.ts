/**
 * Who may vote, for which seat, and why not. Only voting seats vote, and only
 * their holder, or their proxy while the holder is not in the room; never once
 * the seat's term has ended, and never someone who withdrew for a declared
 * interest. Every act is judged as at its moment (contract 1.1): the
 * appointment in force on the vote's date, who was present when it was cast,
 * and, for a host, its own clock.
 */
import type { Group, Meeting, PartnershipDocument, Proposal, ProposalStatus, Seat, Vote } from '../contract/schema.js';
import type { Problem } from '../contract/problems.js';
import { parseStoredVote, parseVote } from '../contract/sent-records.js';
import { firstAppointed } from '../contract/appointments.js';
import { seatAsAt } from '../contract/seat-standing.js';
import { appointmentAt, beforeFirstAppointment, withdrew } from './appointments.js';
import { instantOf, meetingDate } from './calendar.js';
import { londonDate } from './london-time.js';
import { presentAs, spansOf } from './presence.js';
import { byId, latestOwnVote, seatAnywhere } from './indexes.js';
import { groupOf, proposalOf, seatOf } from './records.js';
import { dateOrDateTimeArgument, dateTimeArgument, optional } from './moments.js';
import { compareVotes } from './vote-order.js';

/**
 * What each reason a vote is refused carries for its message: ids (seat,
 * person, proposal, group, meeting) and raw facts (ISO dates and date-times,
 * statuses), never names or words. A message resolves the names itself, in
 * its own language.
 */
export interface VoteRejectionValues {
  /**
   * The vote is not of a vote's shape (`parseVote`'s problems, each at its
   * path inside the vote, like `vote.choice`): not an object, a field missing
   * or of the wrong type or format, a field the contract does not know, or,
   * in a new vote, `received`, which only the host sets. Checked before every
   * other reason.
   */
  malformed: { problems: Problem[] };
  /** The id the vote names, which no proposal has. */
  'unknown-proposal': { proposal: string };
  /**
   * The proposal takes no votes: its `status` does not (a draft or withdrawn
   * one; a closed one for a new vote), or, with `closes`, the vote was cast
   * or reached the host after it.
   */
  'proposal-not-open': { proposal: string; status: ProposalStatus; closes?: string };
  /** The id the vote names, which no seat of any group has. */
  'unknown-seat': { seat: string };
  /** A seat of another group than the proposal's. */
  'not-in-group': { seat: string; group: string; proposal: string };
  'non-voting-seat': { seat: string; proposal: string };
  /** The seat had no holder on `date`, or now when `date` is absent. */
  'vacant-seat': { seat: string; date?: string };
  /** `person` was neither the seat's holder nor its proxy. */
  'not-holder-or-proxy': { seat: string; person: string };
  /**
   * The seat's `holder` was in the room at `meeting` (held on `date`), so its
   * `proxy` may not vote for it; `arrived`, the date-time the holder came in, when recorded; `declared`, the
   * date-time the holder later declared an interest and withdrew, when the proxy voted before it.
   */
  'holder-present': {
    seat: string;
    holder: string;
    proxy: string;
    meeting: string;
    date: string;
    arrived?: string;
    declared?: string;
  };
  /** The term of the seat ended on `to`. */
  'term-ended': { seat: string; to: string };
  'declared-interest': { person: string; proposal: string };
  /** The vote's `cast` is more than `CAST_SKEW_MS` after the host's `now`. */
  'cast-in-future': { cast: string; now: string };
  // Beyond docs/contract.md's list: a host may bound how long a vote waits on a device (`VoteQuestion.maxWaitMinutes`).
  /** The vote's `cast` is more than `maxWaitMinutes` before the host's `now`. */
  'waited-too-long': { cast: string; now: string; maxWaitMinutes: number };
  // Beyond docs/contract.md's list, a choice of the kit's: a seat's term that has not begun gives it no vote yet.
  /** The seat's first term starts on `from`. */
  'term-not-started': { seat: string; from: string };
  // Beyond docs/contract.md's list: a member's later vote counts, so a new one dated before it would be stored and never count.
  /** The voter's stored vote for `seat` on this proposal is dated `cast`, after the new vote's own `cast`. */
  'later-vote-stored': { seat: string; cast: string };
}

/** Why a vote is refused: a code, given in docs/contract.md. */
export type VoteRejection = keyof VoteRejectionValues;

/** Every reason `ineligibility` gives: a vote's, and `no-seat`. */
export interface VoteReasonValues extends VoteRejectionValues {
  /** `person` holds no seat of `group`, and is no seat's proxy. */
  'no-seat': { person: string; group: string };
}

/** A reason with its values, `reason` telling which values. */
export type VoteReason = {
  [C in keyof VoteReasonValues]: { reason: C; values: VoteReasonValues[C] };
}[keyof VoteReasonValues];

/** A reason a vote is refused, with its values. */
export type VoteRefusal = Extract<VoteReason, { reason: VoteRejection }>;

export type VoteCheck = { ok: true } | ({ ok: false } & VoteRefusal);
type Refusal = Extract<VoteCheck, { ok: false }>;

/** A seat a person may vote for, and in which capacity. */
export interface EligibleSeat {
  seat: string;
  as: 'holder' | 'proxy';
}

/** One reason a person may not vote: for one seat, or (`no-seat`, no `seat`) for none at all. */
export type Ineligibility = { seat?: string } & VoteReason;

const refuse = <C extends VoteRejection>(reason: C, values: VoteRejectionValues[C]): Refusal =>
  ({ ok: false, reason, values }) as Refusal;

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
  /**
   * With `now`: the longest a vote may have waited on a device, in minutes
   * from its `cast` to `now`; an older one is refused as `waited-too-long`.
   * `cast` is the device's claim, and each rule judges the vote at it: the
   * bound keeps a claim of long ago (from before a term ended) from being
   * taken. Left out, no bound (docs/contract.md's postal vote).
   */
  maxWaitMinutes?: number;
}

/** `value`, when it is a number of minutes from 0 up; else a RangeError naming `name`. */
function minutesArgument(value: unknown, name: string): number {
  if (typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER) return value;
  throw new RangeError(`${name} must be a number of minutes from 0 up, such as 1440, not ${String(value)}.`);
}

/** A `cast` the host's `now` cannot believe: too far ahead of it, or longer ago than the host lets a vote wait. */
function castRefusal(cast: string, now: string, maxWaitMinutes: number | undefined): Refusal | undefined {
  const early = instantOf(now) - instantOf(cast);
  if (early < -CAST_SKEW_MS) return refuse('cast-in-future', { cast, now });
  if (maxWaitMinutes !== undefined && early > maxWaitMinutes * 60_000) {
    return refuse('waited-too-long', { cast, now, maxWaitMinutes });
  }
  return undefined;
}

function settingOf(doc: PartnershipDocument, proposal: Proposal): Setting {
  const meeting = proposal.meeting ? byId(doc.meetings, proposal.meeting) : undefined;
  return { doc, proposal, group: groupOf(doc, proposal.group), meeting };
}

/** A vote's moment: its instant, and the date in London then, on which its appointment is judged (london-time.ts). */
const castMoment = (cast: string): Moment => ({ date: londonDate(cast), instant: instantOf(cast) });

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
function proposalRefusal(
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

/**
 * Whether `personId` withdrew from the proposal while it took votes: a declaration minuted by its `closes`
 * (any, when it has none). Not by the moment its quorum is judged (`decisionMoment`), which is the meeting's
 * `end` when voting stays open after the meeting: a member who declares and withdraws while votes are still
 * taken by correspondence may not vote, and their proxy votes in their place, whether or not the clerk recorded
 * when the meeting ended.
 */
const withdrewFromVote = (proposal: Proposal, personId: string | null): boolean =>
  withdrew(proposal, personId, proposal.closes);

/** Why `personId` may not vote for `seat` at `moment`, or undefined when they may. */
function seatRefusal(setting: Setting, seat: Seat, personId: string, moment: Moment): Refusal | undefined {
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

/** Why a vote is not valid, or undefined when it is. A new vote (`now` given, or `mustBeOpen`) needs the proposal open. */
function voteRefusal(
  doc: PartnershipDocument,
  vote: Vote,
  mustBeOpen: boolean,
  { now, maxWaitMinutes }: VoteQuestion = {},
): Refusal | undefined {
  const proposal = byId(doc.proposals, vote.proposal);
  if (!proposal) return refuse('unknown-proposal', { proposal: vote.proposal });
  const setting = settingOf(doc, proposal);
  const moment = castMoment(vote.cast);
  const timing =
    proposalRefusal(setting, moment, mustBeOpen, now ?? vote.received) ??
    (now === undefined ? undefined : castRefusal(vote.cast, now, maxWaitMinutes));
  if (timing) return timing;
  const seat = seatOf(setting.group, vote.seat);
  if (seat) return seatRefusal(setting, seat, vote.by, moment);
  if (!seatAnywhere(doc, vote.seat)) {
    return refuse('unknown-seat', { seat: vote.seat });
  }
  return refuse('not-in-group', { seat: vote.seat, group: setting.group.id, proposal: proposal.id });
}

/**
 * Whether a new vote may be accepted: the check a portal's server runs
 * before storing a vote, and the widget runs before sending one. First the
 * vote's shape (`parseVote`): anything that is not a vote as a member sends
 * it (null, a missing or unknown field, a `choice` of "maybe", an id of
 * "../x", a `received` the client set) is refused as `malformed`, its
 * problems in `values.problems`. Besides the rules of a stored vote, the
 * proposal must be open; with `now` (the host's clock), open at `now`, and
 * `cast` no more than 5 minutes after `now` (and, with `maxWaitMinutes`, no
 * longer ago). Never throws, whatever `vote` is; a `now` that is not a
 * date-time is a RangeError (moments.ts), as is a `maxWaitMinutes` that is
 * not a number of minutes.
 *
 * @example
 * const check = checkVote(doc, request.body, { now: new Date().toISOString() });
 * if (!check.ok) return response.status(422).json({ reason: check.reason, values: check.values });
 */
export function checkVote(doc: PartnershipDocument, vote: Vote, options: VoteQuestion = {}): VoteCheck {
  const now = optional(dateTimeArgument)(options.now, 'now');
  const maxWaitMinutes = optional(minutesArgument)(options.maxWaitMinutes, 'maxWaitMinutes');
  const parsed = parseVote(vote);
  if (!parsed.ok) return refuse('malformed', { problems: parsed.problems });
  return (
    voteRefusal(doc, parsed.vote, true, { now, maxWaitMinutes }) ?? laterOwnVote(doc, parsed.vote, now) ?? { ok: true }
  );
}

/**
 * The voter's own stored vote for the seat that counts as later than `vote` (`compareVotes`): the later counts,
 * so `vote`, stored, would never count while the member was told it was recorded (a device whose clock ran ahead
 * cast the first). With `now`, `vote` is judged as the host will stamp it, `received` at `now`, so a stored vote
 * cast at the same instant but stamped later by another host process whose clock runs ahead is later still.
 * Without `now`, its receipt is still to come: only a later `cast` is later.
 */
function laterOwnVote(doc: PartnershipDocument, vote: Vote, now: string | undefined): Refusal | undefined {
  // The latest stored is later than `vote` when any is: both tests follow `compareVotes`, which orders by cast first.
  const latest = latestOwnVote(doc, vote.proposal, vote.seat, vote.by);
  if (!latest) return undefined;
  const later =
    now === undefined
      ? instantOf(latest.cast) > instantOf(vote.cast)
      : compareVotes(latest, { ...vote, received: now }) > 0;
  return later ? refuse('later-vote-stored', { seat: vote.seat, cast: latest.cast }) : undefined;
}

/**
 * Whether a stored vote is valid, so counts. The votes of a closed proposal
 * stay valid; those of a draft or withdrawn one never are; one whose
 * `received` is after `closes` reached the host too late. Never throws: what
 * is not a vote's shape (`received` allowed) is `malformed`, as in `checkVote`.
 *
 * @example
 * const check = voteValidity(doc, doc.votes[0]);
 * if (!check.ok) show(check.reason, check.values); // words from the messages, e.g. enCore.reasons
 */
export function voteValidity(doc: PartnershipDocument, vote: Vote): VoteCheck {
  const parsed = parseStoredVote(vote);
  if (!parsed.ok) return refuse('malformed', { problems: parsed.problems });
  return storedVoteValidity(doc, parsed.vote);
}

/** `voteValidity` of a vote of a parsed document, whose shape is checked already: the count asks it of every vote. */
export function storedVoteValidity(doc: PartnershipDocument, vote: Vote): VoteCheck {
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

const atOf = (asked: AskedAt): string | undefined =>
  optional(dateOrDateTimeArgument)(typeof asked === 'object' && asked !== null ? asked.at : asked, 'at');

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
 * Whether anyone may vote for `seatId` on an open proposal at `at` (as `eligibleSeats` reads `at`): the
 * seat's holder in post then, or its proxy, by every rule a vote is judged by at its moment (the seat's vote
 * that day, a vacancy, a term ended or not begun, a declared interest, the holder in the room). False for a
 * seat the proposal's group does not have, and when the proposal takes no votes then. `outcome` asks it of
 * the chair's seat: a casting vote still to come counts only if someone could give it.
 *
 * @example
 * seatMayVote(doc, 'hnb-plan', 'elg-chair', '2019-10-15T16:30:00+01:00'); // true: its holder, or its proxy, may vote
 */
export function seatMayVote(doc: PartnershipDocument, proposalId: string, seatId: string, at?: AskedAt): boolean {
  const setting = settingOf(doc, proposalOf(doc, proposalId));
  const moment = askedMoment(setting, atOf(at));
  const seat = seatOf(setting.group, seatId);
  if (!seat || proposalRefusal(setting, moment, true)) return false;
  return inPostRefusals(setting, seat, moment).some((refusal) => refusal === undefined);
}

/**
 * Each of the people in post to vote for `seat` at `moment` (its holder, then its proxy if any), judged as their vote
 * then would be: undefined for one who may. A vacancy is judged once, as "whoever asks": it is refused before the
 * person asking is looked at.
 */
function inPostRefusals(setting: Setting, seat: Seat, moment: Moment): (Refusal | undefined)[] {
  const { holder, proxy } = appointmentAt(seat, moment.date);
  const people = holder === null ? [''] : [holder, ...(proxy === null ? [] : [proxy])];
  return people.map((person) => seatRefusal(setting, seat, person, moment));
}

/**
 * Why no one may give a seat's vote at a moment, whoever asks: the seat is vacant, its term has ended or not
 * begun, or everyone in post to vote for it (its holder, and its proxy if any) withdrew for a declared interest.
 */
export type SeatBar = Extract<
  VoteRefusal,
  { reason: 'vacant-seat' | 'term-ended' | 'term-not-started' | 'declared-interest' }
>;

const barReasons: ReadonlySet<VoteRejection> = new Set([
  'vacant-seat',
  'term-ended',
  'term-not-started',
  'declared-interest',
]);

/**
 * Why no one may vote for `seatId` at `at` (as `eligibleSeats` reads `at`), judged as a vote then is; undefined
 * when its holder or proxy may, or when the seat has no vote that day (`non-voting-seat` is the seat's standing,
 * which `outcome().castingSeat.voting` says). Unlike `seatMayVote` it does not ask whether the proposal takes
 * votes at `at`: `outcome` asks it of the chair's seat at a decided proposal's close, to say why no casting vote
 * broke a tie (the chair's seat vacant, or its term ended), and at `now` while voting is open.
 *
 * @example
 * seatBar(doc, 'hnb-plan', 'elg-chair', '2019-10-15T18:00:00+01:00');
 * // { reason: 'term-ended', values: { seat: 'elg-chair', to: '2019-08-31' } }
 */
export function seatBar(
  doc: PartnershipDocument,
  proposalId: string,
  seatId: string,
  at?: AskedAt,
): SeatBar | undefined {
  const setting = settingOf(doc, proposalOf(doc, proposalId));
  const moment = askedMoment(setting, atOf(at));
  const seat = seatOf(setting.group, seatId);
  if (!seat) return undefined;
  const refusals = inPostRefusals(setting, seat, moment);
  // The holder's reason: the proxy's differs only when the holder withdrew and the proxy may not stand in then.
  const [first] = refusals;
  if (refusals.some((refusal) => refusal === undefined) || !first || !barReasons.has(first.reason)) return undefined;
  return reasonOf(first) as SeatBar;
}

/** A refusal's reason and values, without its `ok`. */
function reasonOf(refusal: Refusal): VoteRefusal {
  const { ok: _ok, ...reason } = refusal;
  return reason;
}

/**
 * Why `personId` may not vote on a proposal, as codes with their values, for
 * an element to explain in words: the proposal's own reason when it takes no
 * votes; else one reason per seat they hold or stand proxy for but may not
 * vote for (a non-voting member gets `non-voting-seat`); else `no-seat` when
 * they have no seat in the group (a guest, or not a member). Empty when they may vote for every
 * seat they are connected to. `at` as for `eligibleSeats`.
 *
 * @example
 * ineligibility(doc, 'hnb-plan', 'p-lbs-dps');
 * // [{ seat: 'elg-lbs-dps', reason: 'non-voting-seat', values: { seat: 'elg-lbs-dps', proposal: 'hnb-plan' } }]
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
  if (timing) return [reasonOf(timing)];
  const seats = seatsOfPerson(setting.group, personId, moment.date);
  if (seats.length === 0) return [{ reason: 'no-seat', values: { person: personId, group: setting.group.id } }];
  return seats.flatMap((seat) => {
    const refusal = seatRefusal(setting, seat, personId, moment);
    return refusal ? [{ seat: seat.id, ...reasonOf(refusal) }] : [];
  });
}
