/**
 * The seats of a decision: how many were entitled to vote, which voting
 * seats have no vote counted (and who held them), the seat each declaration
 * of interest was made from, and whose place a proxy takes. Each is read on
 * the proposal's date (while open, today's), so a seat added or changed
 * since never rewrites a decided record.
 */
import { seatAsAt } from '../contract/seat-standing.js';
import type { Group, PartnershipDocument, Proposal, Seat } from '../contract/schema.js';
import { appointmentAt, beforeFirstAppointment, heldFromBy, holderInPost, withdrew } from './appointments.js';
import { londonDate } from './london-time.js';
import type { EligibleSeat } from './eligibility.js';
import type { CountedVote, VoteCount } from './counted-votes.js';
import { proposalDate } from './decision-date.js';
import type { Outcome, SeatCannotVote, SeatWithoutVote } from './outcome-fields.js';

/**
 * The group's voting seats on `date` (`seatsDate`), vacant ones included: not a seat whose first appointment
 * began after it (a seat added to the group later). A roster change never rewrites a decided count. A seat
 * with a counted vote is always entitled: a proposal with no `closes` is dated by its meeting, yet takes
 * valid votes after it, and a seat first appointed in between would otherwise be counted but not entitled
 * (more votes than seats, and `needed` null though one more vote for would carry it). So is one that had a
 * vote when it was cast and lost it before the proposal's date (1.2, `previousStanding`). The ids of the seats:
 * `entitled` is how many, and `seatsCannotVote` counts only seats among them.
 */
export function entitledSeats(group: Group, counted: CountedVote[], date: string | null): Set<string> {
  const voted = new Set(counted.map((vote) => vote.seat));
  const entitled = group.seats.filter(
    (seat) =>
      voted.has(seat.id) || (seatAsAt(seat, date).voting && !(date !== null && beforeFirstAppointment(seat, date))),
  );
  return new Set(entitled.map((seat) => seat.id));
}

/**
 * The voting seats with no vote counted, each with its holder and the votes cast for it that the count does
 * not take: while the proposal is open, on the date of `now` (who may vote for it today, as eligibility asks);
 * once decided, on the proposal's date. Not a seat whose first appointment began after that date: once
 * decided, a seat added to the group later was no seat of the decision (as `entitled` says), and its record
 * must not grow a "vacant seat, no vote" row. No one can vote for a seat vacant, its term ended, or whose holder
 * withdrew for a declared interest with no proxy who may vote in their place. Of a seat no one can vote for today,
 * the day a holder is appointed to it by the close (`heldFrom`): a vote may yet come for it, which `needed` waits on.
 */
export function seatsWithoutVote(
  doc: PartnershipDocument,
  proposal: Proposal,
  group: Group,
  { counted, uncountedBySeat }: VoteCount,
  openNow: string | undefined,
): SeatWithoutVote[] {
  const date = openNow ? londonDate(openNow) : proposalDate(doc, proposal);
  // Only while it takes votes at `now` can a holder appointed later still vote before it closes.
  const closesOn = openNow && proposal.closes ? londonDate(proposal.closes) : undefined;
  const voted = new Set(counted.map((vote) => vote.seat));
  return group.seats
    .filter(
      (seat) =>
        seatAsAt(seat, date).voting && !voted.has(seat.id) && !(date !== null && beforeFirstAppointment(seat, date)),
    )
    .map((seat) => {
      const without = withoutVoteOn(proposal, seat, date, closesOn);
      const uncounted = uncountedBySeat.get(seat.id);
      return uncounted ? { ...without, uncounted } : without;
    });
}

/** A seat with no vote counted, read on `date`: its holder, and why no one can vote for it and from when one can. */
function withoutVoteOn(
  proposal: Proposal,
  seat: Seat,
  date: string | null,
  closesOn: string | undefined,
): SeatWithoutVote {
  const holder = holderInPost(seat, date);
  const barred = holder === null ? cannotVote(seat, date) : everyoneWithdrew(proposal, seat, date);
  if (!barred) return { seat: seat.id, holder };
  const next = date !== null && closesOn !== undefined ? heldFromBy(seat, date, closesOn) : undefined;
  // A holder appointed by the close who withdrew too (the same member reappointed) brings no vote.
  const heldFrom = next && !everyoneWithdrew(proposal, seat, next) ? next : undefined;
  const without: SeatWithoutVote = { seat: seat.id, holder, cannotVote: barred };
  return heldFrom ? { ...without, heldFrom } : without;
}

/** Why a seat with no holder in post on `date` could take no vote: vacant, or its holder's term had ended. */
function cannotVote(seat: Seat, date: string | null): SeatCannotVote {
  const { holder, to } = appointmentAt(seat, date);
  return holder !== null && to !== null ? { code: 'term-ended', holder, to } : { code: 'vacant-seat' };
}

/**
 * `declared-interest` where the holder in post on `date` withdrew, and no proxy may vote in their place (none, or
 * one who withdrew too), as eligibility refuses their votes: withdrawn by the close. Their vote cannot come, and a
 * page listing the seat as "not voted yet" told a chair to wait for it.
 */
function everyoneWithdrew(proposal: Proposal, seat: Seat, date: string | null): SeatCannotVote | undefined {
  const { holder, proxy } = appointmentAt(seat, date);
  const out = (person: string | null) => withdrew(proposal, person, proposal.closes);
  if (holder === null || !out(holder) || (proxy !== null && !out(proxy))) return undefined;
  return { code: 'declared-interest', person: holder };
}

/**
 * Each declaration with the voting seat its person held on `date` (`seatsDate`), else one they stood proxy for,
 * else null. The seat held first: someone who holds a seat and stands proxy for another is there for their own,
 * and their proxy is who votes in their place (`inPlaceOfWithdrawn`), wherever the group lists the other seat.
 */
export function declarationsOf(proposal: Proposal, group: Group, date: string | null): Outcome['declarations'] {
  if (proposal.declarations.length === 0) return [];
  const voting = group.seats.filter((s) => seatAsAt(s, date).voting);
  const named = (person: string, as: 'holder' | 'proxy') => voting.find((s) => appointmentAt(s, date)[as] === person);
  return proposal.declarations.map(({ person, withdrew }) => {
    const seat = named(person, 'holder') ?? named(person, 'proxy');
    return { person, seat: seat?.id ?? null, withdrew };
  });
}

/**
 * Whether `voter`, voting `seat` as its proxy, votes in place of the other
 * appointee, who declared an interest and withdrew: a page then says whose
 * place the proxy takes.
 *
 * @example
 * const { seat, as } = eligibleSeats(doc, 'p', 'amy')[0];
 * inPlaceOfWithdrawn(outcome(doc, 'p'), { seat, as }, 'amy'); // true once the holder withdrew
 */
export function inPlaceOfWithdrawn(
  result: Pick<Outcome, 'declarations'>,
  { seat, as }: EligibleSeat,
  voter: string,
): boolean {
  return as === 'proxy' && result.declarations.some((d) => d.seat === seat && d.withdrew && d.person !== voter);
}
