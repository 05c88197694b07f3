/**
 * Who may vote, for which seat, and why not. Only voting seats vote, and only
 * their holder, or their proxy while the holder is not in the room; never once
 * the seat's term has ended, and never someone who withdrew for a declared
 * interest. Every act is judged as at its moment (contract 1.1): the
 * appointment in force on the vote's date, who was present when it was cast,
 * and, for a host, its own clock.
 *
 * The questions a page or a host asks (`checkVote`, `voteValidity`,
 * `eligibleSeats`, `ineligibility`) are here; the rules they ask are in their
 * own modules: the reasons (vote-refusals.ts), the vote's moment
 * (vote-moment.ts), the holder and the proxy (holder-and-proxy.ts), and
 * whether anyone may give a seat's vote (seat-bar.ts). This one names again
 * what those export, so that a host imports them from one place.
 */
import type { Group, PartnershipDocument, Seat, Vote } from '../contract/schema.js';
import { parseStoredVote, parseVote } from '../contract/sent-records.js';
import { instantOf } from './calendar.js';
import { byId, latestOwnVote, seatAnywhere, votesFor } from './indexes.js';
import { proposalOf, seatOf } from './records.js';
import { dateTimeArgument, optional } from './moments.js';
import { compareVotes } from './vote-order.js';
import { reasonOf, refuse, type Ineligibility, type Refusal, type VoteCheck } from './vote-refusals.js';
import { askedMoment, atOf, castMoment, proposalRefusal, settingOf, type AskedAt } from './vote-moment.js';
import { capacityOn, seatRefusal } from './holder-and-proxy.js';
import { appointedLater } from './appointments.js';

export type {
  Ineligibility,
  VoteCheck,
  VoteReason,
  VoteReasonValues,
  VoteRefusal,
  VoteRejection,
  VoteRejectionValues,
} from './vote-refusals.js';
export type { AskedAt } from './vote-moment.js';
export { capacityOn } from './holder-and-proxy.js';
export { seatBar, seatMayVote, type SeatBar } from './seat-bar.js';

/** A seat a person may vote for, and in which capacity. */
export interface EligibleSeat {
  seat: string;
  as: 'holder' | 'proxy';
}

/** How far ahead of the host's clock a device's `cast` may be: clocks drift. */
export const CAST_SKEW_MS = 5 * 60_000;

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
  if (seat) {
    // A new vote by someone appointed to the seat from a later date is told that date; a stored one's reason stays
    // as at its cast, so that an appointment recorded later changes no decided outcome.
    const refusal = seatRefusal(setting, seat, vote.by, moment);
    return mustBeOpen ? laterAppointmentSaid(refusal, seat, vote.by, moment.date, ['not-holder-or-proxy']) : refusal;
  }
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

/** The seats of the group that `personId` holds or stands proxy for on `date`. */
function seatsOfPerson(group: Group, personId: string, date: string | null): Seat[] {
  return group.seats.filter((seat) => capacityOn(seat, personId, date) !== null);
}

/**
 * The seats `personId` cast a vote for on a proposal, valid or not, in the order the document first holds a vote of
 * theirs for each.
 *
 * @example
 * seatsVotedFor(doc, 'p1', 'p-a'); // ['s-b', 's-a']
 */
export function seatsVotedFor(doc: PartnershipDocument, proposalId: string, personId: string): string[] {
  return [...new Set(votesFor(doc, proposalId).flatMap((vote) => (vote.by === personId ? [vote.seat] : [])))];
}

/**
 * `refusal`, or, when it is one of `reasons` and `personId` is appointed to the seat from a later date, a
 * `not-holder-or-proxy` that says that date and as what (`appointedLater`): a page says "appointed from 8
 * December", not only "vacant" or "neither the representative nor the proxy", as the roster beside it does.
 */
function laterAppointmentSaid(
  refusal: Refusal | undefined,
  seat: Seat,
  personId: string,
  date: string | null,
  reasons: readonly Refusal['reason'][],
): Refusal | undefined {
  const later = refusal && reasons.includes(refusal.reason) ? appointedLater(seat, personId, date) : undefined;
  return later ? refuse('not-holder-or-proxy', { seat: seat.id, person: personId, ...later }) : refusal;
}

/**
 * The seats of the group that `personId` holds or stands proxy for on `date`, those they voted for on the proposal
 * though they hold them no longer (a proxy replaced since), and those they are appointed to from a later date: a page
 * keeps their vote for such a seat in view, and says why they cannot vote for it (again, or yet).
 */
function seatsOfPersonOrVotedFor(
  doc: PartnershipDocument,
  group: Group,
  proposalId: string,
  personId: string,
  date: string | null,
): Seat[] {
  const votedFor = new Set(seatsVotedFor(doc, proposalId, personId));
  return group.seats.filter(
    (seat) =>
      votedFor.has(seat.id) || capacityOn(seat, personId, date) !== null || appointedLater(seat, personId, date),
  );
}

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
 * Why `personId` may not vote on a proposal, as codes with their values, for
 * an element to explain in words: the proposal's own reason when it takes no
 * votes; else one reason per seat they hold or stand proxy for, or voted for
 * on the proposal, but may not vote for now (a non-voting member gets
 * `non-voting-seat`; a proxy replaced since, `not-holder-or-proxy`); else `no-seat` when
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
  const seats = seatsOfPersonOrVotedFor(doc, setting.group, proposalId, personId, moment.date);
  if (seats.length === 0) return [{ reason: 'no-seat', values: { person: personId, group: setting.group.id } }];
  return seats.flatMap((seat) => {
    const refusal = laterAppointmentSaid(seatRefusal(setting, seat, personId, moment), seat, personId, moment.date, [
      'vacant-seat',
      'not-holder-or-proxy',
    ]);
    return refusal ? [{ seat: seat.id, ...reasonOf(refusal) }] : [];
  });
}
