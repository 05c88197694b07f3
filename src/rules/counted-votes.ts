/**
 * The count: of a proposal's votes, the one vote counted for each seat (its
 * holder's over their own proxy's, then the later), and every vote not counted with
 * its reason. Apart from `outcome`, as `ownVote` counts one member's few
 * votes the same way, and no tie, quorum or result comes into it.
 */
import type { Group, PartnershipDocument, Proposal, Seat, Vote, VoteChoice } from '../contract/schema.js';
import { storedVoteValidity } from './eligibility.js';
import { tenureOn } from './appointments.js';
import { capacityOn } from './holder-and-proxy.js';
import type { VoteRefusal } from './vote-refusals.js';
import { londonDate } from './london-time.js';
import { votesFor } from './indexes.js';
import { compareVotes } from './vote-order.js';
import { seatOf } from './records.js';

/** The one vote counted for a seat. */
export interface CountedVote {
  seat: string;
  /** The vote's id. */
  vote: string;
  by: string;
  as: 'holder' | 'proxy';
  choice: VoteChoice;
  cast: string;
}

/**
 * A vote the count does not take: its id, the seat it was cast for and who cast it (as a `CountedVote` names
 * them), its reason and the reason's values (as `checkVote` refuses it). A page names the seat and the voter
 * from it, without looking the vote up in the document.
 */
export type UncountedVote = {
  /** The vote's id. */
  vote: string;
  /** The seat it was cast for, as the vote names it (one the group may not hold: `unknown-seat`, `not-in-group`). */
  seat: string;
  /** The person who cast it. */
  by: string;
} & VoteRefusal;

interface Candidate {
  vote: Vote;
  as: 'holder' | 'proxy';
  /** The seat of the group it was cast for, whose holder's tenure on `date` says whose proxy a proxy was. */
  seat: Seat | undefined;
  /** Its `cast`'s date in London, as the appointment in force is judged. */
  date: string;
}

/**
 * Whether `a` replaces `b` as a seat's counted vote: the holder over their own proxy, then the later by `cast`, a
 * tie in `cast` broken by `received` and then `id` (`compareVotes`), never by the order the document lists them in.
 * A former holder's vote has no precedence over the proxy of the holder who followed them: the seat changed hands
 * between the two, and the later counts (docs/contract-notes.md, "A holder and their own proxy"). Tenures follow one
 * another by date, so this is still one order of all the seat's votes, whatever order they come in.
 */
function replaces(a: Candidate, b: Candidate): boolean {
  if (a.as !== b.as && sameTenure(a, b)) return a.as === 'holder';
  return compareVotes(a.vote, b.vote) > 0;
}

/** Whether two votes for a seat were cast for one holder: asked only of a holder's and a proxy's, which are few. */
const sameTenure = (a: Candidate, b: Candidate): boolean =>
  !a.seat || tenureOn(a.seat, a.date) === tenureOn(a.seat, b.date);

/** What `countVotes` finds: the counted and invalid votes, and the invalid ones by the seat they were cast for. */
export interface VoteCount {
  counted: CountedVote[];
  invalid: UncountedVote[];
  uncountedBySeat: ReadonlyMap<string, UncountedVote[]>;
}

/** A vote the count does not take, and why (`storedVoteValidity`'s refusal). */
interface Refused {
  vote: Vote;
  refusal: VoteRefusal;
}

/**
 * One counted vote per seat, and every invalid vote with its reason, of
 * `votes`: the proposal's votes (all of them, or those of one person for one
 * seat). Their order in the document changes nothing: the counted votes come
 * in the group's order of seats, the invalid ones in the order cast.
 */
export function countVotes(
  doc: PartnershipDocument,
  proposal: Proposal,
  group: Group,
  votes: readonly Vote[] = votesFor(doc, proposal.id),
): VoteCount {
  const refused: Refused[] = [];
  const bySeat = new Map<string, Candidate>();
  for (const vote of votes) {
    const check = storedVoteValidity(doc, vote);
    if (!check.ok) {
      const { ok: _ok, ...refusal } = check;
      refused.push({ vote, refusal });
      continue;
    }
    // A person named as both holder and proxy of a seat votes as its holder.
    const seat = seatOf(group, vote.seat);
    const date = londonDate(vote.cast);
    const as = (seat && capacityOn(seat, vote.by, date)) === 'holder' ? 'holder' : 'proxy';
    const candidate: Candidate = { vote, as, seat, date };
    const current = bySeat.get(vote.seat);
    if (!current || replaces(candidate, current)) bySeat.set(vote.seat, candidate);
  }
  return { counted: countedInGroupOrder(group, bySeat), ...uncountedOf(refused) };
}

/** Each seat's counted vote, in the group's order of seats, whatever the order the votes came in. */
function countedInGroupOrder(group: Group, bySeat: ReadonlyMap<string, Candidate>): CountedVote[] {
  // One seat (a member's own few votes, asked by `ownVote`) needs no walk through a group of thousands.
  const inGroupOrder =
    bySeat.size <= 1
      ? [...bySeat.values()]
      : group.seats.flatMap((seat) => {
          const candidate = bySeat.get(seat.id);
          return candidate ? [candidate] : [];
        });
  return inGroupOrder.map(({ vote, as }) => ({
    seat: vote.seat,
    vote: vote.id,
    by: vote.by,
    as,
    choice: vote.choice,
    cast: vote.cast,
  }));
}

/**
 * The votes the count does not take, in the order cast, each naming its seat and voter; and the same by the seat
 * they were cast for, so that a seat that voted but has no vote counted says so (`SeatWithoutVote.uncounted`).
 */
function uncountedOf(refused: Refused[]): Pick<VoteCount, 'invalid' | 'uncountedBySeat'> {
  const uncountedBySeat = new Map<string, UncountedVote[]>();
  const invalid = refused
    .sort((a, b) => compareVotes(a.vote, b.vote))
    .map(({ vote, refusal }) => {
      const uncounted: UncountedVote = { vote: vote.id, seat: vote.seat, by: vote.by, ...refusal };
      uncountedBySeat.set(vote.seat, [...(uncountedBySeat.get(vote.seat) ?? []), uncounted]);
      return uncounted;
    });
  return { invalid, uncountedBySeat };
}
