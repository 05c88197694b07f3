/**
 * What the vote panel reads of its proposal in one document: the core's
 * `outcome` and each seat's `ownVote`, worked out once and shared by the
 * panel's parts (the meta line, the declarations, each seat's form, the
 * tally). The panel used to count the votes for itself, again for the tally
 * and again for each seat's form, at every render; a status message or the
 * clock's tick counted them all again.
 */
import type { PartnershipDocument, Proposal } from '../../src/contract/index.js';
import { openAt, outcome, ownVote, type Outcome, type OwnVote } from '../../src/rules/index.js';

/** The proposal's outcome in one document, and the own votes asked of it so far. */
export class ProposalReading {
  private readonly own = new Map<string, OwnVote | undefined>();

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
}

/**
 * The panel's last reading, kept while it still holds: for the same document
 * object, proposal and today, and while voting is as open at `now` as it was.
 * The core's outcome reads `now` only for whether the proposal takes votes
 * then (`openAt`), so a clock that moves on changes nothing else; a status
 * message, a choice or the clock's tick re-renders without counting again.
 */
export class ProposalReadings {
  private last?: ProposalReading;

  /** The reading of `proposal` in `document` at `now` and `today`: the last one, or a new one. */
  of(document: PartnershipDocument, proposal: Proposal, now: string, today: string): ProposalReading {
    const last = this.last;
    const open = openAt(proposal, now);
    if (
      last &&
      last.document === document &&
      last.proposal === proposal &&
      last.today === today &&
      last.result.open === open
    ) {
      return last;
    }
    this.last = new ProposalReading(document, proposal, today, outcome(document, proposal.id, { now, today }));
    return this.last;
  }
}
