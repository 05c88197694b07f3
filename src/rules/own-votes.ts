/**
 * What a member is told about their own vote: the one of theirs that stands
 * for a seat and whether it is the seat's counted vote, when a new vote must
 * be dated to be the seat's latest, whether a vote still waiting on their
 * device may reach the host too late, and what of the voting may be shown
 * at a moment (contract 1.1 "Privacy").
 */
import type { PartnershipDocument, Proposal, Seat, Vote } from '../contract/schema.js';
import { tenureOn } from './appointments.js';
import { londonDate } from './london-time.js';
import { instantOf } from './calendar.js';
import { latestOwnVote, votesFor } from './indexes.js';
import { seatsVotedFor } from './eligibility.js';
import { countVotes, openAt, outcome, type CountedVote, type Outcome, type UncountedVote } from './outcome.js';
import { compareVotes } from './vote-order.js';
import { groupOf, proposalOf } from './records.js';
import { dateTimeArgument } from './moments.js';

/** A member's vote for a seat, as it stands. */
export interface OwnVote {
  /** Their valid vote that would count if it were the seat's only appointee's: their latest by `cast`. */
  vote: Vote;
  /** Whether it is the seat's counted vote; null when the tally is a published `count` and the other votes are not in the document. */
  counted: boolean | null;
  /** The seat's counted vote when it is another one: the holder's, which takes precedence over the proxy's. */
  instead?: CountedVote;
}

/** `personId`'s vote the count would take for one seat on one proposal were theirs its only votes, counted from the votes even if a `count` is published. */
function theirsAlone(doc: PartnershipDocument, proposal: Proposal, seatId: string, personId: string): Vote | undefined {
  const theirs = votesFor(doc, proposal.id).filter((v) => v.seat === seatId && v.by === personId);
  const counted = countVotes(doc, proposal, groupOf(doc, proposal.group), theirs).counted[0];
  // Taken from their own few votes: an index of all the document's votes, built anew for each new document (a
  // vote recorded), cost more than the rest of this at 10,000 seats. Vote ids are unique in a valid document.
  return counted && theirs.find((v) => v.id === counted.vote);
}

/**
 * `personId`'s vote for `seatId` on a proposal as it stands: the latest of
 * their valid votes (the one the count takes from them), and whether it is
 * the seat's counted vote. Undefined when they have no valid vote for it.
 *
 * Pass `result`, the proposal's `outcome` in this same `doc`, when it is in
 * hand: the votes counted are then not counted again, which on a large
 * proposal costs more than the rest. Any `now` or `today` it was asked with
 * will do, since which vote counts for a seat depends on neither.
 *
 * @example
 * const mine = ownVote(doc, 'p1', 's-b', 'p-b2');
 * mine?.instead?.as === 'holder'; // the holder's own vote counts instead of this proxy's
 * const result = outcome(doc, 'p1', { now });
 * ownVote(doc, 'p1', 's-b', 'p-b2', result); // the same answer, the count taken from `result`
 */
export function ownVote(
  doc: PartnershipDocument,
  proposalId: string,
  seatId: string,
  personId: string,
  result?: Pick<Outcome, 'counted'>,
): OwnVote | undefined {
  const proposal = proposalOf(doc, proposalId);
  const vote = theirsAlone(doc, proposal, seatId, personId);
  if (!vote) return undefined;
  if (proposal.count) return { vote, counted: null };
  const seatCounted = (result ?? outcome(doc, proposalId)).counted.find((c) => c.seat === seatId);
  const counted = seatCounted?.vote === vote.id;
  return counted || !seatCounted ? { vote, counted } : { vote, counted, instead: seatCounted };
}

/**
 * The seat's holder's vote that counts, ahead of any their own proxy casts at `at` (a holder's valid vote always
 * takes precedence, whenever each was cast), from the proposal's `outcome`; undefined when none counts, or when the
 * one that counts is a former holder's: once the seat has changed hands the proxy of the holder who followed them
 * is no proxy of theirs, and the later vote counts (`tenureOn`). A proxy is told so before they vote (`at`: now),
 * and when their vote is recorded (`at`: its `cast`), that it is kept but not counted.
 *
 * `seat` is the seat of the proposal's group (a seat id is unique only within its group).
 *
 * @example
 * const ahead = holderVoteAhead(outcome(doc, 'p1', { now }), seat, now);
 * if (ahead) show(words.holderVotedFirst(name(ahead.by)));
 */
export function holderVoteAhead(result: Pick<Outcome, 'counted'>, seat: Seat, at: string): CountedVote | undefined {
  const counted = result.counted.find((c) => c.seat === seat.id);
  if (counted?.as !== 'holder') return undefined;
  const tenure = tenureOn(seat, londonDate(dateTimeArgument(at, 'at')));
  return tenureOn(seat, londonDate(counted.cast)) === tenure ? counted : undefined;
}

/** A member's vote for one seat as it stands (`ownVote`), with the seat. */
export interface OwnSeatVote extends OwnVote {
  seat: string;
}

/**
 * `personId`'s vote as it stands for each seat they voted for on a proposal (`ownVote` of each), in the order the
 * document first holds a vote of theirs for it: what a member is shown of their own votes once voting has closed.
 * A seat all of whose votes of theirs are invalid is left out (`ownUncountedVotes` says those). Pass `result`, the
 * proposal's `outcome` in this same `doc`, when it is in hand, as for `ownVote`.
 *
 * @example
 * ownVotes(doc, 'p1', 'p-a').map(({ seat, vote }) => `${seat}: ${vote.choice}`); // ['s-b: for', 's-a: against']
 */
export function ownVotes(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  result?: Pick<Outcome, 'counted'>,
): OwnSeatVote[] {
  return seatsVotedFor(doc, proposalId, personId).flatMap((seat) => {
    const own = ownVote(doc, proposalId, seat, personId, result);
    return own ? [{ seat, ...own }] : [];
  });
}

/** A member's vote the count does not take, with the rules' reason (its entry of `outcome().invalid`). */
export interface OwnUncountedVote {
  vote: Vote;
  uncounted: UncountedVote;
}

/**
 * `personId`'s votes on a proposal that the count does not take, each still where they stand for its seat: not
 * one they cast again for the seat since (later by `cast`, then `received`, then `id`, as the count orders
 * votes), whether or not that later one counts, since it says where they stand instead. In the order cast.
 * A vote the host accepted can be judged invalid later (a holder's check-in made in the room before the
 * proxy's vote reaches the host after it), and the member is told so, with why.
 *
 * On a published count (`proposal.count`: a secret ballot, as the host serves it to a member), `outcome().invalid`
 * is empty, since the count stands for votes the copy does not hold; the member's own votes, which it does hold,
 * are then judged alone, without the others': each against the seats, appointments, attendance and closing time
 * of `doc`, as the count judges any vote, and `result` is not read. A vote's validity is its own, so this is what
 * the host's whole record says of them as long as `doc` holds the attendance the host holds; whether the seat's
 * counted vote is another's (the holder's over their proxy's) is `ownVote`'s answer, not this one.
 *
 * Pass `result`, the proposal's `outcome` in this same `doc`, when it is in hand, as for `ownVote`.
 *
 * @example
 * ownUncountedVotes(doc, 'p1', 'p-b2').map(({ uncounted }) => uncounted.reason); // ['holder-present']
 */
export function ownUncountedVotes(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  result?: Pick<Outcome, 'invalid'>,
): OwnUncountedVote[] {
  const theirs = votesFor(doc, proposalId).filter((vote) => vote.by === personId);
  if (theirs.length === 0) return [];
  const proposal = proposalOf(doc, proposalId);
  // A published count (a secret ballot, as the host serves it to a member) holds only their own votes, and the
  // count lists none invalid; each vote's validity is its own, so theirs are judged alone.
  const invalid = proposal.count
    ? countVotes(doc, proposal, groupOf(doc, proposal.group), theirs).invalid
    : (result ?? outcome(doc, proposalId)).invalid;
  return invalid.flatMap((uncounted) => {
    const vote = theirs.find((v) => v.id === uncounted.vote);
    if (!vote || theirs.some((v) => v.seat === vote.seat && compareVotes(v, vote) > 0)) return [];
    return [{ vote, uncounted }];
  });
}

/**
 * Whether a vote of a member's that the host refused (so in no document) no longer says where they stand for
 * its seat: the document holds a vote of theirs for the seat that is later, as the count orders votes
 * (`compareVotes`: by `cast`, then `received`, then `id`), whether or not that one counts; or the host has
 * recorded this very vote since (sent again from another tab). The refused vote has no `received`, the stamp
 * of a host that stored it, so a stored vote cast at the same instant with one is the later, and without one
 * the greater `id` is. Compared by `cast` alone, a vote cast within the same second was taken to replace it
 * whichever the count put first.
 *
 * @example
 * if (!refusedVoteReplaced(doc, status.entry.record)) say('Your vote was not accepted: …');
 */
export function refusedVoteReplaced(
  doc: PartnershipDocument,
  refused: Pick<Vote, 'id' | 'proposal' | 'seat' | 'by' | 'cast'>,
): boolean {
  const latest = latestOwnVote(doc, refused.proposal, refused.seat, refused.by);
  if (!latest) return false;
  return latest.id === refused.id || compareVotes(latest, { id: refused.id, cast: refused.cast }) > 0;
}

/**
 * When a new vote for a seat is dated so that it is the seat's latest: `now`,
 * or one second after the seat's latest vote when that is not before `now`.
 * The latest vote by `cast` counts, so a changed vote dated before the one it
 * changes (a device clock that runs behind, a demo set on another day) would
 * not. Pass the document with the votes still waiting to be sent applied
 * (`withVote`), so a change made offline follows them too.
 *
 * @example
 * const cast = castToCount(withVote(doc, waiting), 'p1', 's-b', new Date().toISOString());
 */
export function castToCount(doc: PartnershipDocument, proposalId: string, seatId: string, now: string): string {
  dateTimeArgument(now, 'now');
  const latest = Math.max(
    ...votesFor(doc, proposalId)
      .filter((v) => v.seat === seatId)
      .map((v) => instantOf(v.cast)),
  );
  return instantOf(now) > latest ? now : new Date(latest + 1000).toISOString();
}

/** How long before `closes` a member whose vote is still on their device is told it must reach the host in time. */
export const ARRIVAL_WARNING_MS = 60 * 60_000;

/**
 * Whether a vote still waiting on the member's device at `now` may reach the
 * host too late: like a postal vote it counts only if it arrives before the
 * proposal closes, so within the hour before `closes` (or after it) the
 * member is told when that is. Undefined when there is nothing to warn of.
 *
 * @example
 * arrivalDeadline(proposal, '2019-10-15T17:30:00+01:00');
 * // { closes: '2019-10-15T18:00:00+01:00', passed: false }
 */
export function arrivalDeadline(proposal: Proposal, now: string): { closes: string; passed: boolean } | undefined {
  const { closes } = proposal;
  if (!closes || proposal.status !== 'open') return undefined;
  const left = instantOf(closes) - instantOf(dateTimeArgument(now, 'now'));
  return left <= ARRIVAL_WARNING_MS ? { closes, passed: left < 0 } : undefined;
}

/**
 * Whether a host serves members less than the whole voting while the proposal
 * is open (an `after-close` count, a secret ballot), so that at its close a
 * page must fetch the document again for the count: the votes it holds are
 * only the viewer's own.
 *
 * @example
 * if (withheldWhileOpen(proposal)) refetchAt(proposal.closes);
 */
export function withheldWhileOpen(proposal: Proposal): boolean {
  return proposal.results === 'after-close' || proposal.ballot === 'secret';
}

/**
 * Whether a document's proposal still lacks a count its host owes it: a
 * secret ballot is published with a `count` once it has closed, and until the
 * host's document carries it, its votes are only the viewer's own.
 */
export function awaitsPublishedCount(proposal: Proposal): boolean {
  return proposal.ballot === 'secret' && proposal.count === undefined;
}

/**
 * Whether the document in hand is a viewer's copy of a closed secret ballot
 * (closed, or open past `closes` at `now`) still owed its count: it has no
 * `count`, and of its votes only the viewer's own (or none), as a copy holds
 * until the host publishes the count. A result read from it would be the
 * viewer's vote alone. A copy holding others' votes is the host's whole
 * record, whose votes are the count; a draft or withdrawn ballot never closed.
 *
 * @example
 * if (countOwed(doc, proposal, voter, now)) say('The count has not been published yet.');
 */
export function countOwed(
  doc: PartnershipDocument,
  proposal: Proposal,
  viewer: string | null | undefined,
  now?: string,
): boolean {
  const closed = proposal.status === 'closed' || (proposal.status === 'open' && !openAt(proposal, now));
  return closed && awaitsPublishedCount(proposal) && votesFor(doc, proposal.id).every((vote) => vote.by === viewer);
}

/** What any viewer may be shown of a proposal's voting at a moment. */
export interface Disclosure {
  /**
   * Whether the count may be shown: not while an `after-close` proposal, or a `secret` ballot, is open, nor once
   * one is withdrawn (it never closed).
   */
  count: boolean;
  /** Whether the record may name how each seat voted: not on a `secret` ballot, nor while the count is hidden. */
  choices: boolean;
  /** While the count is hidden, why: the proposal's `after-close` results, or its `secret` ballot. */
  countHiddenBy?: 'after-close' | 'secret';
}

/**
 * What may be shown of a proposal's voting at `now`, whatever the document
 * in hand holds: the host may serve a viewer more than others may see (their
 * own votes), and an element given the whole document must not show it.
 * Without `now` (a record dated by the day, like a highlight report), an
 * open proposal counts as open until it is closed, whatever its `closes`.
 *
 * @example
 * disclosure(proposal, new Date().toISOString()); // { count: false, choices: false } while an after-close or secret one is open
 */
export function disclosure(proposal: Proposal, now?: string): Disclosure {
  const open = openAt(proposal, now);
  // Open, a secret ballot's count moving would tell anyone watching how the member who just voted voted.
  const hiddenBy = open || proposal.status === 'withdrawn' ? withheldBy(proposal) : undefined;
  if (hiddenBy) return { count: false, choices: false, countHiddenBy: hiddenBy };
  return { count: true, choices: open || proposal.ballot !== 'secret' };
}

/**
 * The votes not counted that a page may name, by seat and voter, to `viewer` at `now`: every one of `result`'s
 * `invalid` where the record names how each seat voted (`disclosure().choices`); else only the viewer's own (none
 * for the public), since on a secret ballot who cast a vote the count left out is as secret as who cast any.
 * Judged by `disclosure`, whatever the document in hand holds: a page given the host's whole record names no
 * more. How many were not counted is part of the count, and may be said wherever the count is shown.
 *
 * @example
 * uncountedNamed(proposal, outcome(doc, proposal.id, { now }), voter, now).map(({ seat, by }) => [seat, by]);
 */
export function uncountedNamed(
  proposal: Proposal,
  result: Pick<Outcome, 'invalid'>,
  viewer: string | null | undefined,
  now?: string,
): UncountedVote[] {
  if (disclosure(proposal, now).choices) return result.invalid;
  return viewer ? result.invalid.filter((uncounted) => uncounted.by === viewer) : [];
}

/**
 * Why a proposal's count is withheld until its close: a secret ballot, or `after-close` results. A withdrawn
 * proposal never closed, so its count stays withheld, and so do the votes behind it. Put again, the motion would
 * meet members who had read how the first vote was going, which is what the partnership chose to withhold.
 */
function withheldBy(proposal: Proposal): Disclosure['countHiddenBy'] {
  if (proposal.ballot === 'secret') return 'secret';
  return proposal.results === 'after-close' ? 'after-close' : undefined;
}
