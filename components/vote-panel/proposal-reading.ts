/**
 * What the vote panel reads of its proposal in one document: the core's
 * `outcome` and each seat's `ownVote`, worked out once and shared by the
 * panel's parts (the meta line, the declarations, each seat's form, the
 * tally), and by every panel showing the same document. The panel used to
 * count the votes for itself, again for the tally and again for each seat's
 * form, at every render; a status message or the clock's tick counted them
 * all again.
 */
import type { PartnershipDocument, Proposal } from '../../src/contract/index.js';
import {
  attendanceAwaitedUntil,
  awaitingAttendance,
  holderVoteAhead,
  openAt,
  outcome,
  ownVote,
  ownVotes,
  quorumMoment,
  type Outcome,
  type OwnSeatVote,
  type CountedVote,
  type OwnVote,
} from '../../src/rules/index.js';

/** The proposal's outcome in one document, and the own votes asked of it so far. */
export class ProposalReading {
  private readonly own = new Map<string, OwnVote | undefined>();
  /** Each voter's `ownVotes`, by voter: the closed panel asks at every render, the clock's tick included. */
  private readonly ownByVoter = new Map<string, OwnSeatVote[]>();

  /** @param result the core's outcome of `proposal` in `document`, asked with the moment read. */
  constructor(
    readonly document: PartnershipDocument,
    readonly proposal: Proposal,
    readonly today: string,
    readonly result: Outcome,
  ) {}

  /** `voter`'s vote for `seat` as it stands (the core's `ownVote`), its count taken from this reading's outcome. */
  ownVote(seat: string, voter: string): OwnVote | undefined {
    const key = JSON.stringify([seat, voter]);
    if (!this.own.has(key)) this.own.set(key, ownVote(this.document, this.proposal.id, seat, voter, this.result));
    return this.own.get(key);
  }

  /** `voter`'s vote as it stands for each seat they voted for (the core's `ownVotes`), from this reading's outcome. */
  ownVotes(voter: string): OwnSeatVote[] {
    if (!this.ownByVoter.has(voter))
      this.ownByVoter.set(voter, ownVotes(this.document, this.proposal.id, voter, this.result));
    return this.ownByVoter.get(voter)!;
  }

  /**
   * The seat's holder's vote that counts ahead of one their own proxy casts at `at` (the core's `holderVoteAhead`),
   * from this reading's outcome; undefined when the proposal's group has no such seat.
   */
  holderVoteAhead(seatId: string, at: string): CountedVote | undefined {
    const seat = this.document.groups.find((g) => g.id === this.proposal.group)?.seats.find((s) => s.id === seatId);
    return seat && holderVoteAhead(this.result, seat, at);
  }
}

/**
 * Every reading made, by document: the vote panels showing one document share
 * them, so a second panel on the page, or a panel mounted again, counts
 * nothing already counted, and after a vote the holder's and the proxy's
 * panels count the new document once between them. A page never changes a
 * document in place: a change makes a new one (src/rules/changes.ts), so a
 * reading stays true for as long as its document lives, and the WeakMap
 * lets both go together. (Only the host's ledger appends votes to its own
 * document in place, src/server/ledger.ts; no element shows that object.)
 */
const readings = new WeakMap<PartnershipDocument, Map<string, ProposalReading>>();

/**
 * The reading of `proposal` in `document` at `now` and `today`: kept for the
 * same document object, proposal and today, while voting is as open at
 * `now` as it was, its quorum is judged at the same moment, and its meeting's
 * attendance is as awaited (the core's `awaitingAttendance`). The core's
 * outcome reads `now` only for these (`openAt`; `quorumMoment`, which is
 * `now` only while the meeting of a proposal with no closing time is on; and
 * whether the meeting is over, for a quorum not yet known), so a status
 * message, a choice or the clock's tick otherwise re-renders without counting
 * again. Kept without the last, voting left open past a meeting nobody was
 * recorded at read "not yet known" from the meeting's end until voting closed.
 */
export function readingOf(
  document: PartnershipDocument,
  proposal: Proposal,
  now: string,
  today: string,
): ProposalReading {
  const open = openAt(proposal, now);
  // While its meeting is on, a proposal with no closing time has its quorum judged in the room now.
  const judgedAt = quorumMoment(document, proposal.id, now);
  const awaited = !!proposal.meeting && awaitingAttendance(document, proposal.meeting, today, now);
  const key = JSON.stringify([proposal.id, today, open, judgedAt, awaited]);
  let kept = readings.get(document);
  if (!kept) readings.set(document, (kept = new Map()));
  let reading = kept.get(key);
  // The same id in the same document is the same proposal; the check guards a caller passing another's.
  if (reading?.proposal !== proposal) {
    reading = new ProposalReading(document, proposal, today, outcome(document, proposal.id, { now, today }));
    kept.set(key, reading);
  }
  return reading;
}

/**
 * The next moment the reading of an open proposal changes by the clock alone: its close, or the end of its meeting
 * while attendance there is awaited (the core's `attendanceAwaitedUntil`), whichever comes first. The panel renders
 * again then: at the end of a meeting nobody was recorded at, its quorum turns from not yet known to not quorate.
 */
export function readingChangesAt(
  document: PartnershipDocument,
  proposal: Proposal,
  now: string,
  today: string,
): string | undefined {
  if (proposal.status !== 'open') return undefined;
  // A decided proposal's quorum is known as its result is, attendance awaited or not.
  const meeting = openAt(proposal, now) ? proposal.meeting : undefined;
  const awaitedUntil = meeting && attendanceAwaitedUntil(document, meeting, today, now);
  const moments = [proposal.closes, awaitedUntil].filter((m): m is string => m !== undefined);
  return moments.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}
