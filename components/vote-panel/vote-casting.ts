/**
 * Casting a vote from the panel's seat forms: the choice made in each and not
 * sent yet, the seat whose form was sent with none, and the press, which
 * checks the vote as the host will and saves it in the outbox. Apart from the
 * element, which wires it to its clock, outbox and status region: the press
 * and what the forms show of it are one concern, with state of their own.
 */
import { nothing } from 'lit';
import type { PartnershipDocument, Proposal, Vote, VoteChoice } from '../../src/contract/index.js';
import { checkVote, type EligibleSeat } from '../../src/rules/index.js';
import { namesInGroup } from '../../src/messages/index.js';
import type { OutboxController } from '../internal/outbox-controller.js';
import type { ProposalReading } from './proposal-reading.js';
import { renderSeatForm, type SeatFormHandlers } from './seat-form.js';
import type { PanelReads, StatusRegion } from './status-region.js';
import { WaitingVotes } from './waiting-votes.js';

/** The panel the forms are in: it renders again with a choice, and its update says when focus can move. */
export interface CastingPanel {
  readonly voter?: string;
  readonly proposal?: string;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** The panel's parts that send the vote and say what became of it. */
export interface CastingParts {
  /** Whether the panel's clock is the host's (the `now` attribute): the vote is then checked as the host will. */
  hostClock: () => boolean;
  sending: Pick<OutboxController, 'channel' | 'enqueue' | 'waiting'>;
  status: StatusRegion;
}

export class VoteCasting {
  private chosen: Record<string, VoteChoice> = {};
  /** The seat whose form was sent with no choice: its error message shows in the fieldset, GOV.UK style. */
  private missingChoice?: string;
  /** Seats whose vote is being saved on the device right now. */
  private readonly saving = new Set<string>();

  private readonly waiting: WaitingVotes;

  constructor(
    private readonly panel: CastingPanel,
    private readonly reads: PanelReads,
    private readonly parts: CastingParts,
  ) {
    this.waiting = new WaitingVotes(parts.sending, () => panel.proposal, reads.now);
  }

  /** The choices made here and not sent belong to a vote now recorded, or to another proposal or voter. */
  forgetChoices(): void {
    this.chosen = {};
    this.panel.requestUpdate();
  }

  /** As `forgetChoices`, and the error of a form sent with no choice. */
  forget(): void {
    this.forgetChoices();
    this.setMissingChoice(undefined);
  }

  /** The form of `seat`, at `now`: the moment the panel's render read its clock. */
  renderSeatForm(reading: ProposalReading, seat: EligibleSeat, now: string) {
    const voter = this.panel.voter;
    if (!voter) return nothing;
    const handlers: SeatFormHandlers = {
      choose: (id, choice) => {
        this.chosen = { ...this.chosen, [id]: choice };
        this.panel.requestUpdate();
        this.setMissingChoice(undefined);
      },
      cast: (event, id, recorded) => void this.cast(event, reading.document, reading.proposal, id, recorded),
    };
    // Passed as it is written: the manifest's analyzer takes `{ voter }` in a declared object for a variable.
    return renderSeatForm(
      this.reads.msg(),
      reading,
      seat,
      {
        voter,
        now,
        names: namesInGroup(this.reads.namesOf(reading.document), reading.proposal.group),
        chosen: this.chosen,
        missingChoice: this.missingChoice,
        onItsWay: (id, recorded) => this.waiting.stillOnItsWay(id, recorded),
      },
      handlers,
    );
  }

  private async cast(
    event: SubmitEvent,
    document: PartnershipDocument,
    proposal: Proposal,
    seat: string,
    recorded: Vote | undefined,
  ): Promise<void> {
    event.preventDefault();
    // A second press while the first is still being saved on the device would cast the vote twice.
    if (this.saving.has(seat)) return;
    // What is sent is what the member sees checked: their choice, or the vote already waiting or recorded.
    const form = event.target as HTMLFormElement;
    const choice = form.querySelector<HTMLInputElement>('input:checked')?.value as VoteChoice | undefined;
    if (!choice) {
      // Said once: by the error message that describes the fieldset focus moves into, not by the status region too.
      this.parts.status.clear();
      void this.showMissingChoice(form, seat);
      return;
    }
    const { sending, status } = this.parts;
    const { waiting } = this;
    const voter = this.panel.voter;
    if (!voter || !sending.channel) return;
    // `recorded`: the voter's own vote the form was drawn with, from this same document, not counted again.
    if (!waiting.of(seat) && recorded?.choice === choice) return status.sayUnchanged(recorded);
    const vote = waiting.voteFor(document, proposal.id, seat, voter, choice);
    // With `now` set (the host's clock), the vote is checked as the host will check it. Without it, the device's
    // clock is no host's: the closing time was judged on it by eligibleSeats, and a demo `today` may run behind a
    // stored vote, after which this one is dated so that it counts.
    const check = checkVote(document, vote, this.parts.hostClock() ? { now: this.reads.now() } : {});
    if (!check.ok) return status.sayRefused(document, check, vote, recorded);
    // Nothing is said before the outbox has it on the device: its queued state says "saved on this device,
    // sending…" (docs/host.md, "Writing back: the host protocol"), and no render comes between the press and the save.
    this.saving.add(seat);
    try {
      await sending.enqueue({ kind: 'vote', record: vote }, this.reads.state());
    } finally {
      this.saving.delete(seat);
    }
  }

  /** Marks the seat's fieldset with the error and moves focus to its first choice, as GOV.UK's error pattern does. */
  private async showMissingChoice(form: HTMLFormElement, seat: string): Promise<void> {
    this.setMissingChoice(seat);
    await this.panel.updateComplete;
    form.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  }

  /** As a reactive property would: the panel renders again only when the seat in error changed. */
  private setMissingChoice(seat: string | undefined): void {
    if (seat === this.missingChoice) return;
    this.missingChoice = seat;
    this.panel.requestUpdate();
  }
}
