/**
 * Whether anyone may give a seat's vote at a moment, whoever asks, and if
 * not, why: a vacancy, a term ended or not begun, or everyone in post
 * withdrawn. `outcome` asks it of the chair's seat, whose casting vote counts
 * only if someone could give it, and a page says why no one could.
 */
import type { PartnershipDocument, Seat } from '../contract/schema.js';
import { appointmentAt } from './appointments.js';
import { proposalOf, seatOf } from './records.js';
import {
  askedMoment,
  atOf,
  proposalRefusal,
  settingOf,
  type AskedAt,
  type Moment,
  type Setting,
} from './vote-moment.js';
import { seatRefusal } from './holder-and-proxy.js';
import { reasonOf, type Refusal, type VoteRefusal, type VoteRejection } from './vote-refusals.js';

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
