/**
 * The member's votes on the panel's proposal still on this device, waiting
 * to be sent or answered: a seat's form shows its last one, a press for the
 * choice already recorded is not "unchanged" while one waits, and a new vote
 * is dated after them all. Read from the outbox at each ask, as it changes
 * without the panel.
 */
import type { PartnershipDocument, Vote, VoteChoice } from '../../src/contract/index.js';
import { castToCount, withVote } from '../../src/rules/index.js';
import { recordId, type OutboxEntry } from '../../src/data/index.js';

export class WaitingVotes {
  constructor(
    /** The panel's outbox: its entries still on this device. */
    private readonly outbox: { waiting(): OutboxEntry[] },
    private readonly proposal: () => string | undefined,
    /** The panel's clock, which dates a vote cast now. */
    private readonly now: () => string,
  ) {}

  /** This voter's votes on this proposal still on this device, oldest first. */
  all(): Vote[] {
    const proposal = this.proposal();
    return this.outbox
      .waiting()
      .flatMap((entry) => (entry.kind === 'vote' && entry.record.proposal === proposal ? [entry.record] : []));
  }

  of(seat: string): Vote | undefined {
    return this.all()
      .filter((vote) => vote.seat === seat)
      .at(-1);
  }

  /**
   * The seat's vote waiting to be sent, unless the document already has it: a host's live channel can bring
   * the vote before the answer to its POST is read, and saying it is both recorded and on its way moved the
   * form (and its button, under the member's thumb) down and back up again.
   */
  stillOnItsWay(seat: string, recorded: Vote | undefined): Vote | undefined {
    const waiting = this.of(seat);
    return waiting && waiting.id !== recorded?.id ? waiting : undefined;
  }

  /** The vote to send: its id the outbox's key, dated after every vote for the seat, stored or still waiting here. */
  voteFor(document: PartnershipDocument, proposal: string, seat: string, by: string, choice: VoteChoice): Vote {
    const known = this.all().reduce(withVote, document);
    return {
      id: recordId(),
      proposal,
      seat,
      by,
      choice,
      cast: castToCount(known, proposal, seat, this.now()),
    };
  }
}
