import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import {
  isCalendarDate,
  type Meeting,
  type PartnershipDocument,
  type Proposal,
  type Vote,
  type VoteChoice,
} from '../../src/contract/index.js';
import {
  appointmentOn,
  arrivalDeadline,
  castToCount,
  checkVote,
  countOwed,
  eligibleSeats,
  londonDate,
  ineligibility,
  inPlaceOfWithdrawn,
  instantOf,
  withVote,
  type Outcome,
} from '../../src/rules/index.js';
import { votesFor } from '../../src/rules/indexes.js';
import { onLondonDate } from '../../src/rules/london-time.js';
import {
  hostNow,
  recordId,
  type OutboxEntry,
  type OutboxStatus,
  type Refusal,
  type SubmitFunction,
} from '../../src/data/index.js';
import { defineElement } from '../internal/define.js';
import { heading } from '../internal/heading.js';
import { ElementClock } from '../internal/element-clock.js';
import { OutboxController, keptBecause, ofDocument, refusedBecause } from '../internal/outbox-controller.js';
import { PartnershipElement, nowNotAMoment, type NotAMoment } from '../internal/partnership-element.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { baseStyles } from '../internal/styles.js';
import { summaryCards } from '../internal/summary-cards.js';
import { renderDeclarations } from './declarations-view.js';
import { renderOtherVotes } from './other-votes-view.js';
import { ClosingWatch, type Announcement } from './closing-watch.js';
import { readingOf, type ProposalReading } from './proposal-reading.js';
import { renderTally, type ResultsMode } from './tally-view.js';
import { votePanelStyles } from './vote-panel.styles.js';
import { explainReason, namesIn, type Messages, type Names } from '../../src/messages/index.js';

const CHOICES: VoteChoice[] = ['for', 'against', 'abstain'];

/** The detail of `vote-queued`: the vote, saved on this device and waiting to be sent. */
export interface VoteQueuedDetail {
  vote: Vote;
}

/** The detail of `vote-recorded`: the vote the host confirmed. */
export interface VoteRecordedDetail {
  vote: Vote;
}

/** The detail of `vote-rejected`: the vote the host refused, and why. */
export interface VoteRejectedDetail {
  vote: Vote;
  /** The host's own words (else its HTTP status), or the browser's why it could not be stored. */
  reason: string;
  /** The refusal's parts: the rules core's `code` and `values` when the host gave them. */
  refusal: Refusal;
}

/** The detail of any of the vote panel's events: `vote-queued`, `vote-recorded` or `vote-rejected`. */
export interface VoteEventDetail {
  vote: Vote;
  /** With `vote-rejected`: the host's own words (else its HTTP status), or the browser's why it could not be stored. */
  reason?: string;
  /** With `vote-rejected`: the refusal's parts: the rules core's `code` and `values` when the host gave them. */
  refusal?: Refusal;
}

/**
 * A vote is saved on the device first and sent through the page's outbox, so
 * it survives a lost connection; `today` and `now` also date the votes cast.
 *
 * While voting is open, the panel says how the proposal would go "if voting
 * closed now" only once more than half the voting seats have a counted vote,
 * or the proposal can no longer carry; before that it says it is too early to
 * say (the core's `outcome().tooEarlyToSay`). The contract has no such rule:
 * this is ours, so that three votes of ten do not read as a result.
 *
 * On a recorded ballot, "How each seat voted" (folded away, as a minute's
 * appendix) lists each seat's counted vote, then the voting seats with none:
 * "Not voted yet" while voting is open, which is what a chair asks before
 * closing it, and "No vote counted" after; a vacant seat says so (the core's
 * `outcome().withoutVote`).
 *
 * Nothing a member cast is out of sight: their votes on a proposal that no
 * panel of theirs on the page shows, still waiting on this device or refused
 * by the host, are listed by their first panel, which sends them and
 * announces a refusal (with `vote-rejected`, whose `detail.vote.proposal`
 * names the proposal).
 *
 * @summary A member's indicative vote on one proposal, and the count
 * explained: the rule and where it came from, its base, how many more votes
 * for it needs, how abstentions and ties count, quorum and the result.
 *
 * @example
 * <vote-panel src="/api/partnership" proposal="hnb-plan" voter="p-cirrus-dceo" endpoint="/api/votes"></vote-panel>
 *
 * @tag vote-panel
 * @fires {CustomEvent<VoteQueuedDetail>} vote-queued - The vote is saved on this device and waiting to be sent:
 *   `detail.vote`.
 * @fires {CustomEvent<VoteRecordedDetail>} vote-recorded - The host confirmed the vote: `detail.vote`.
 * @fires {CustomEvent<VoteRejectedDetail>} vote-rejected - The host refused the vote: `detail.vote`,
 *   `detail.reason` (the host's words), `detail.refusal` (its code and values).
 * @csspart declarations - The interests declared on the proposal.
 * @csspart form - The voting form of one seat.
 * @csspart status - The region announcing the vote's state.
 * @csspart tally - The count explained.
 */
export class VotePanel extends PartnershipElement {
  static override styles = [baseStyles, summaryCards('choices', '26em'), votePanelStyles];

  /** Id of the proposal voted on. */
  @property({ reflect: true }) proposal?: string;

  /** Id of the signed-in person, set by the host from its own sign-in. */
  @property({ reflect: true }) voter?: string;

  /** URL the vote is POSTed to (JSON, with its id as the Idempotency-Key). */
  @property({ reflect: true }) endpoint?: string;

  /**
   * When the count is shown: `live` (default), the count while voting is open; `after-close`; `hidden`. The
   * proposal's own `results` and `ballot` still apply: this can hide the count, never show more than the
   * document allows.
   */
  @property({ reflect: true }) results: ResultsMode = 'live';

  /**
   * The moment taken as now (an ISO date-time with its offset): the clock runs on from it, dates the votes cast,
   * and the vote is checked against it as the host will. Set it from the host's clock when the host runs on
   * another (a demo set in the past); by default the device's clock, or the host's (the `Date` of its last
   * response) when the device's is more than a minute off it, so that a phone ten minutes fast can still vote.
   */
  @property({ reflect: true }) now?: string;

  private readonly clock = new ElementClock(this, () => this.now);

  protected override notMoments(): NotAMoment[] {
    return [...super.notMoments(), ...nowNotAMoment(this.now)];
  }

  /** The host's own way to send a vote, instead of `endpoint`. See `SubmitFunction`. */
  @property({ attribute: false }) submit?: SubmitFunction;

  @state() private chosen: Record<string, VoteChoice> = {};
  /** The seat whose form was sent with no choice: its error message shows in the fieldset, GOV.UK style. */
  @state() private missingChoice?: string;
  /** Seats whose vote is being saved on the device right now. */
  private readonly saving = new Set<string>();

  @state() private announcement?: Announcement;

  /** Says when the proposal closes while shown, and fetches a count the host withheld while it was open. */
  private readonly closing = new ClosingWatch(
    this,
    () => this.source.state,
    // The close is noticed at once after the host refused a vote that reached it too late: both are said.
    (announcement) =>
      this.announce(
        this.announcement?.tone === 'rejected' ? saidTogether(this.announcement, announcement) : announcement,
      ),
    () => this.castNow(),
  );

  private readonly sending = new OutboxController(
    this,
    'submit:vote-panel',
    (entry) =>
      entry.kind === 'vote' &&
      entry.record.by === this.voter &&
      ofDocument(entry, this.source.state.url) &&
      (entry.record.proposal === this.proposal || this.showsElsewhere(entry)),
    (status) => this.showStatus(status),
    () => this.source.state,
  );

  /**
   * A portal that keeps the panel and gives it another proposal or voter (a single-page app, React): the choice
   * made here and not sent, its error and what the panel last said belonged to the last one, where they would be
   * taken for this one's ("Recorded: your vote 'For'").
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || !(changed.has('proposal') || changed.has('voter'))) return;
    this.chosen = {};
    this.missingChoice = undefined;
    this.announcement = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedPanels.add(this);
    this.othersOfVoter().forEach((panel) => panel.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedPanels.delete(this);
    this.othersOfVoter().forEach((panel) => panel.requestUpdate());
  }

  private othersOfVoter(): VotePanel[] {
    return [...connectedPanels].filter((panel) => panel !== this && panel.voter === this.voter);
  }

  /**
   * Whether this panel shows the voter's vote `entry`, on a proposal no panel
   * of theirs on the page shows: the first of their panels does
   * (other-votes-view.ts), so a vote sent from here and refused, or still
   * waiting, is never out of sight. Only their panels on the vote's own
   * document count: a page may show two partnerships, whose proposal ids
   * may be the same, to one person with one id in both.
   */
  private showsElsewhere(entry: Extract<OutboxEntry, { kind: 'vote' }>): boolean {
    const theirs = [...connectedPanels].filter(
      (panel) => panel.voter === this.voter && ofDocument(entry, panel.source.state.url),
    );
    return theirs[0] === this && !theirs.some((panel) => panel.proposal === entry.record.proposal);
  }

  /** The region that announces the state of the votes sent from here. */
  private renderStatus(reading?: ProposalReading) {
    const announcement =
      this.announcement && !this.replaced(this.announcement, reading) ? this.announcement : undefined;
    return html`<p
      class="status status--${announcement?.tone ?? 'info'} ${announcement ? '' : 'status--empty'}"
      role="status"
      part="status"
    >
      ${announcement?.say(this.msg) ?? ''}
    </p>`;
  }

  /** Whether the vote an announcement tells of was since replaced by a later one of the member's (from another device). */
  private replaced({ vote }: Announcement, reading: ProposalReading | undefined): boolean {
    const own = vote && reading?.ownVote(vote.seat, vote.by)?.vote;
    return own !== undefined && own.id !== vote?.id;
  }

  /**
   * The element's clock, which also dates a vote cast now: now; or, for a
   * demo set on another day, that day at the current time of day in London.
   * Not at the UTC time of day: from 23:00 UTC in summer (00:00 in London)
   * that was the day after `today` in London.
   */
  private castNow(): string {
    if (this.clock.set) return this.clock.now;
    // The host's clock when the device's is clearly off it (data/host-clock.ts), so the host takes the vote.
    const now = new Date(hostNow()).toISOString();
    // With no `today`, today is the device's date, which may not be the host's near midnight: the host's moment.
    if (!this.today || !isCalendarDate(this.today)) return now;
    return this.todayDate === londonDate(now)
      ? now
      : new Date(onLondonDate(this.todayDate, Date.parse(now))).toISOString();
  }

  /**
   * The votes on its proposal, and of the meetings the attendance only at the proposal's own (for quorum and who
   * may vote): a vote on another proposal, or a check-in at another meeting, changes nothing here.
   */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    const meeting = document.proposals.find((p) => p.id === this.proposal)?.meeting;
    return [
      partsBut(document, 'votes', 'meetings', 'risks', 'actions'),
      // The core's index of the votes by proposal, which the count builds for a new document anyway: a filter of
      // every vote, here, cost each panel milliseconds a vote at 10,000 seats.
      this.proposal ? votesFor(document, this.proposal) : [],
      meetingParts(document.meetings, meeting),
    ];
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const t = this.msg.votePanel;
    const elsewhere = renderOtherVotes(this.msg, this.namesOf(document), this.sending.statuses(), this.proposal);
    if (!this.proposal)
      return html`${elsewhere}
        <p>${t.noProposal}</p>
        ${this.renderStatus()}`;
    const proposal = document.proposals.find((p) => p.id === this.proposal);
    if (!proposal)
      return html`${elsewhere}
        <p>
          ${t.unknownProposal(
            this.proposal,
            document.proposals.map((p) => p.id),
          )}
        </p>
        ${this.renderStatus()}`;
    const now = this.castNow();
    const reading = readingOf(document, proposal, now, this.todayDate);
    const { result } = reading;
    // A viewer's copy of a closed secret ballot with no count: its votes are the viewer's alone, no result.
    const owed = countOwed(document, proposal, this.voter, now);
    const countDue = this.closing.seen(proposal, result, owed);
    return html`${elsewhere}
      <section aria-labelledby="title">
        ${heading(this.headingLevel, 0, proposal.title, { id: 'title' })} ${this.renderMeta(document, proposal, result)}
        ${
          proposal.summary
            ? html`${heading(this.headingLevel, 1, t.summary)}
                <p>${proposal.summary}</p>`
            : nothing
        }
        ${
          proposal.rationale
            ? html`${heading(this.headingLevel, 1, t.rationale)}
                <p>${proposal.rationale}</p>`
            : nothing
        }
        ${renderDeclarations(this.msg, this.namesOf(document), proposal, result.declarations, this.headingLevel)}
        <p class="indicative">${this.msg.shared.indicative}</p>
        ${this.renderVoting(reading)} ${this.renderStatus(reading)}
        ${
          countDue || owed
            ? html`<p class="tally" part="tally">${countDue ? t.countComing : t.countNotPublished}</p>`
            : // The count is the panel's largest part (a row a seat): a status message or a choice re-renders the
              // panel, not the count, which changes only with what it is worked out from.
              guard(
                [document, proposal, this.msg, this.results, this.headingLevel, this.todayDate, this.voter, result],
                () =>
                  renderTally(this.msg, this.namesOf(document), document, proposal, result, {
                    mode: this.results,
                    headingLevel: this.headingLevel,
                    now,
                    voter: this.voter,
                  }),
              )
        }
      </section>`;
  }

  private renderMeta(document: PartnershipDocument, proposal: Proposal, result: Outcome) {
    const t = this.msg.votePanel;
    const { format } = this.msg;
    const from = proposal.from ? document.groups.find((g) => g.id === proposal.from) : undefined;
    const meeting = proposal.meeting ? document.meetings.find((m) => m.id === proposal.meeting) : undefined;
    // An open proposal past its closing time by the element's clock is closed: the core's `status` says so.
    const { status } = result;
    return html`<p class="meta">
      <strong class="tag ${status === 'open' ? 'tag--blue' : 'tag--grey'}">${t.status(status)}</strong>
      ${from ? html`${t.proposedBy(this.namesOf(document).group(from.id))}. ` : nothing}
      ${meeting ? html`${t.decidedAt(format.dateTime(meeting.start), toBeDecided(proposal, result))}. ` : nothing}
      ${proposal.closes && result.open ? html`${t.closes(format.dateTime(proposal.closes))}.` : nothing}
    </p>`;
  }

  private renderVoting(reading: ProposalReading) {
    const { document, proposal, result } = reading;
    const t = this.msg.votePanel;
    if (proposal.status === 'withdrawn') return html`<p>${t.withdrawn}</p>`;
    if (proposal.status === 'draft') return html`<p>${t.notOpenYet}</p>`;
    // Closed, or open past its closing time by the element's clock: the core says it takes no more votes.
    if (!result.open)
      return html`<p>${t.votingClosed}</p>
        ${this.renderClosedVotes(reading)}`;
    if (!this.voter) return html`<p>${t.signIn}</p>`;
    const at = this.castNow();
    const seats = eligibleSeats(document, proposal.id, this.voter, at);
    if (seats.length === 0) {
      const reasons = ineligibility(document, proposal.id, this.voter, at);
      const names = this.namesOf(document);
      return html`${heading(this.headingLevel, 1, t.yourVote)}
        <p>${t.cannotVote}</p>
        <ul>
          ${reasons.map(
            (reason) =>
              html`<li data-reason=${reason.reason}>
                ${reason.reason === 'declared-interest' ? t.youWithdrew : explainReason(this.msg, names, reason)}
              </li>`,
          )}
        </ul>`;
    }
    if (!this.sending.channel) return html`<p>${t.noSender}</p>`;
    return html`<div class="voting">
      ${heading(this.headingLevel, 1, t.yourVote)}
      ${seats.map(({ seat, as }) => this.renderSeatForm(reading, seat, as))}
    </div>`;
  }

  /** Once voting has closed, the member's own vote for each seat, as it stands: what they cast is not lost from view. */
  private renderClosedVotes(reading: ProposalReading) {
    const voter = this.voter;
    if (!voter) return nothing;
    const seats = [
      ...new Set(votesFor(reading.document, reading.proposal.id).flatMap((v) => (v.by === voter ? [v.seat] : []))),
    ];
    const names = this.namesOf(reading.document);
    const t = this.msg.votePanel;
    const recorded = seats.map((seat) => {
      const vote = reading.ownVote(seat, voter)?.vote;
      return vote
        ? html`<p class="current" data-recorded=${vote.choice}>${t.closedVote(names.seat(seat), vote.choice)}</p>`
        : nothing;
    });
    // A vote the host refused (one that reached it after the close) stays in view: it is in no document. Not one
    // that a later vote of theirs for the seat, recorded, replaced.
    const refused = this.sending.statuses().flatMap((status) => {
      const { entry } = status;
      if (status.state !== 'rejected' || entry.kind !== 'vote' || entry.record.proposal !== this.proposal) return [];
      const { seat, choice, cast } = entry.record;
      const recordedSince = reading.ownVote(seat, voter)?.vote;
      if (recordedSince && instantOf(recordedSince.cast) >= instantOf(cast)) return [];
      const reason = refusedBecause(this.msg, status, names);
      return [html`<p class="current" data-refused=${choice}>${t.closedRefused(names.seat(seat), choice, reason)}</p>`];
    });
    return [...recorded, ...refused];
  }

  private renderSeatForm(reading: ProposalReading, seatId: string, as: 'holder' | 'proxy') {
    const { document, proposal, result } = reading;
    const group = document.groups.find((g) => g.id === proposal.group);
    const seat = group?.seats.find((s) => s.id === seatId);
    if (!seat || !this.voter) return nothing;
    const t = this.msg.votePanel;
    const names = this.namesOf(document);
    const now = this.castNow();
    const label = names.seat(seat.id);
    const holder = names.person(appointmentOn(document, seat.id, londonDate(now)).holder);
    const own = reading.ownVote(seat.id, this.voter);
    const current = own?.vote;
    const waiting = this.stillOnItsWay(seat.id, current);
    const deadline = waiting ? arrivalDeadline(proposal, now) : undefined;
    const inPlace = inPlaceOfWithdrawn(result, { seat: seat.id, as }, this.voter);
    const chosen = this.chosen[seat.id] ?? waiting?.choice ?? current?.choice;
    const name = `choice-${seat.id}`;
    return html`<form
      class="seat-form"
      part="form"
      @submit=${(event: SubmitEvent) => this.cast(event, document, proposal, seat.id, current)}
    >
      ${inPlace ? html`<p class="current">${t.inPlaceOf(holder)}</p>` : nothing}
      ${current ? html`<p class="current" data-recorded=${current.choice}>${t.current(current.choice, this.msg.format.dateTime(current.cast))}</p>` : nothing}
      ${waiting ? html`<p class="current">${t.waiting(waiting.choice)}</p>` : nothing}
      ${deadline ? html`<p class="current deadline">${deadlineText(this.msg, deadline)}</p>` : nothing}
      ${as === 'proxy' && own?.instead?.as === 'holder' ? html`<p class="current">${t.holderCounts(holder)}</p>` : nothing}
      <fieldset aria-describedby=${ifDefined(this.missingChoice === seat.id ? `${name}-error` : undefined)}>
        <legend>${as === 'proxy' ? t.legendProxy(label, holder) : t.legendHolder(label)}</legend>
        ${
          this.missingChoice === seat.id
            ? html`<p class="error-message" id="${name}-error">
                <span class="visually-hidden">${this.msg.shared.errorPrefix}</span> ${t.chooseFirst}
              </p>`
            : nothing
        }
        ${CHOICES.map(
          (choice) =>
            html`<div class="choice">
              <input
                type="radio"
                id="${name}-${choice}"
                name=${name}
                .value=${choice}
                .checked=${chosen === choice}
                @change=${() => {
                  this.chosen = { ...this.chosen, [seat.id]: choice };
                  this.missingChoice = undefined;
                }}
              />
              <label for="${name}-${choice}">${t.choice(choice)}</label>
            </div>`,
        )}
      </fieldset>
      <button type="submit" class="button--primary">
        ${current || waiting ? t.changeButton : t.castButton}<span class="visually-hidden"
          >${t.forSeat(label)}${t.onProposal(names.proposal(proposal.id))}</span
        >
      </button>
    </form>`;
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
      this.announcement = undefined;
      void this.showMissingChoice(form, seat);
      return;
    }
    if (!this.voter || !this.sending.channel) return;
    // `recorded`: the voter's own vote the form was drawn with, from this same document, not counted again.
    if (!this.waitingVote(seat) && recorded?.choice === choice) return this.sayUnchanged(choice);
    const vote = this.voteFor(document, proposal.id, seat, this.voter, choice);
    // With `now` set (the host's clock), the vote is checked as the host will check it. Without it, the device's
    // clock is no host's: the closing time was judged on it by eligibleSeats, and a demo `today` may run behind a
    // stored vote, after which this one is dated so that it counts.
    const check = checkVote(document, vote, this.clock.set ? { now: this.castNow() } : {});
    if (!check.ok) {
      // Named from the document at render time, so the reason follows the language too.
      this.announce({
        say: (msg) => msg.votePanel.refused(explainReason(msg, namesIn(document, msg), check)),
        tone: 'rejected',
      });
      return;
    }
    // Nothing is said before the outbox has it on the device: its queued state says "saved on this device,
    // sending…" (the README, "Writing back: the host protocol"), and no render comes between the press and the save.
    this.saving.add(seat);
    try {
      await this.sending.enqueue({ kind: 'vote', record: vote }, this.source.state.url);
    } finally {
      this.saving.delete(seat);
    }
  }

  /** The vote to send: its id the outbox's key, dated after every vote for the seat, stored or still waiting here. */
  private voteFor(document: PartnershipDocument, proposal: string, seat: string, by: string, choice: VoteChoice): Vote {
    const known = this.waitingVotes().reduce(withVote, document);
    return {
      id: recordId(),
      proposal,
      seat,
      by,
      choice,
      cast: castToCount(known, proposal, seat, this.castNow()),
    };
  }

  /** The member pressed again for the vote already recorded: nothing is sent, and they are told so each time. */
  private async sayUnchanged(choice: VoteChoice): Promise<void> {
    const unchanged: Announcement = {
      say: (msg) => msg.votePanel.unchanged(msg.votePanel.choice(choice)),
      tone: 'info',
    };
    // A status region says nothing when its words stay the same: pressed again, the news is cleared, then said.
    if (this.announcement?.say(this.msg) === unchanged.say(this.msg)) {
      this.announcement = undefined;
      await this.updateComplete;
    }
    this.announce(unchanged);
  }

  /** Marks the seat's fieldset with the error and moves focus to its first choice, as GOV.UK's error pattern does. */
  private async showMissingChoice(form: HTMLFormElement, seat: string): Promise<void> {
    this.missingChoice = seat;
    await this.updateComplete;
    form.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  }

  /** This voter's votes on this proposal still on this device, waiting to be sent or answered, oldest first. */
  private waitingVotes(): Vote[] {
    return this.sending
      .waiting()
      .flatMap((entry) => (entry.kind === 'vote' && entry.record.proposal === this.proposal ? [entry.record] : []));
  }

  private waitingVote(seat: string): Vote | undefined {
    return this.waitingVotes()
      .filter((vote) => vote.seat === seat)
      .at(-1);
  }

  /**
   * The seat's vote waiting to be sent, unless the document already has it: a host's live channel can bring
   * the vote before the answer to its POST is read, and saying it is both recorded and on its way moved the
   * form (and its button, under the member's thumb) down and back up again.
   */
  private stillOnItsWay(seat: string, recorded: Vote | undefined): Vote | undefined {
    const waiting = this.waitingVote(seat);
    return waiting && waiting.id !== recorded?.id ? waiting : undefined;
  }

  /** Shows and announces the state of this voter's votes on this proposal, and fires the events. */
  private showStatus(status: OutboxStatus): void {
    if (status.entry.kind !== 'vote') return;
    const vote = status.entry.record;
    if (vote.proposal !== this.proposal) return this.showElsewhere(status, vote);
    switch (status.state) {
      case 'queued':
        this.announce({ say: (msg) => this.queuedText(msg, status, vote), tone: 'info' });
        if (status.entry.attempts === 0) this.emit<VoteQueuedDetail>('vote-queued', { vote });
        return;
      case 'sending':
        return;
      case 'recorded':
        this.chosen = {};
        this.announce({
          say: (msg) => msg.votePanel.recorded(vote.choice, this.shownNames(msg)?.seat(vote.seat) ?? vote.seat),
          tone: 'recorded',
          vote,
        });
        this.emit<VoteRecordedDetail>('vote-recorded', { vote });
        return;
      case 'rejected':
        this.announce({
          say: (msg) => msg.votePanel.rejected(refusedBecause(msg, status, this.shownNames(msg))),
          tone: 'rejected',
        });
        this.emit<VoteRejectedDetail>('vote-rejected', {
          vote,
          reason: status.reason,
          refusal: status.refusal,
        });
    }
  }

  /** A vote on a proposal no panel shows: listed (other-votes-view.ts), a refusal announced, the events fired. */
  private showElsewhere(status: OutboxStatus, vote: Vote): void {
    this.requestUpdate();
    if (status.state === 'recorded') this.emit<VoteRecordedDetail>('vote-recorded', { vote });
    if (status.state !== 'rejected') return;
    this.announce({
      say: (msg) => {
        const names = this.shownNames(msg);
        const title = names ? names.proposal(vote.proposal) : vote.proposal;
        return msg.votePanel.otherRejected(title, refusedBecause(msg, status, names));
      },
      tone: 'rejected',
    });
    this.emit<VoteRejectedDetail>('vote-rejected', { vote, reason: status.reason, refusal: status.refusal });
  }

  /** Why the vote waits, and, near the closing time, that it counts only if it reaches the host in time. */
  private queuedText(msg: Messages, status: Extract<OutboxStatus, { state: 'queued' }>, vote: Vote): string {
    const state = this.source.state;
    const proposal =
      state.status === 'ready' ? state.document.proposals.find((p) => p.id === vote.proposal) : undefined;
    const deadline = proposal && arrivalDeadline(proposal, this.castNow());
    const names = this.shownNames(msg);
    const kept = keptBecause(
      msg,
      status,
      this.voter,
      (id) => (names ? names.person(id) : id),
      msg.votePanel.queued(status.problem),
    );
    return deadline ? `${kept} ${deadlineText(msg, deadline)}` : kept;
  }

  /** The names of the document shown, in the language of `msg`; undefined while there is none. */
  private shownNames(msg: Messages): Names | undefined {
    const state = this.source.state;
    if (state.status !== 'ready') return undefined;
    return msg === this.msg ? this.namesOf(state.document) : namesIn(state.document, msg);
  }

  private announce(announcement: Announcement): void {
    this.announcement = announcement;
    // The member who just pressed sees the news, not only hears it: on a phone the box below the button can start
    // below the screen. Only while focus is in this panel, so a page read elsewhere (another tab's vote) stays put.
    if (!this.matches(':focus-within')) return;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector('[part=status]')?.scrollIntoView?.({ block: 'nearest' }),
    );
  }
}

/** The vote panels on the page, in the order they came: a voter's first panel shows what no other of theirs does. */
const connectedPanels = new Set<VotePanel>();

/** The meetings' parts the panel reads, by list and by the proposal's meeting: see `meetingParts`. */
const meetingPartsRead = new WeakMap<readonly Meeting[], Map<string | undefined, DocumentParts>>();

/**
 * The meetings as the panel reads them: the proposal's own `meeting` whole, the others but their attendance.
 * Kept for a list that has not changed, as a vote leaves it, so that the panels compare it by identity: made
 * afresh for each of thousands of meetings, it cost each panel milliseconds a vote at 10,000 seats.
 */
function meetingParts(meetings: readonly Meeting[], meeting: string | undefined): DocumentParts {
  const read = meetingPartsRead.get(meetings) ?? new Map<string | undefined, DocumentParts>();
  meetingPartsRead.set(meetings, read);
  const kept = read.get(meeting);
  // A list grown in place (read as append-only, like the core's indexes) is read again.
  if (kept && kept.length === meetings.length) return kept;
  const parts = meetings.map((m) => (m.id === meeting ? m : partsBut(m, 'attendance')));
  read.set(meeting, parts);
  return parts;
}

/** Whether the meeting line says "to be decided" or "decided": the core's result is pending, or the proposal was withdrawn. */
function toBeDecided(proposal: Proposal, result: Outcome): boolean {
  return result.result === 'pending' || proposal.status === 'withdrawn';
}

/** A refusal and the news after it, said together in the tone of the news: neither hides the other. */
function saidTogether(refusal: Announcement, news: Announcement): Announcement {
  return { say: (msg) => `${refusal.say(msg)} ${news.say(msg)}`, tone: news.tone };
}

function deadlineText(msg: Messages, deadline: { closes: string; passed: boolean }): string {
  const when = msg.format.dateTime(deadline.closes);
  return deadline.passed ? msg.votePanel.reachedTooLate(when) : msg.votePanel.reachInTime(when);
}

defineElement('vote-panel', VotePanel);

declare global {
  interface HTMLElementTagNameMap {
    'vote-panel': VotePanel;
  }
  interface GlobalEventHandlersEventMap {
    'vote-queued': CustomEvent<VoteQueuedDetail>;
    'vote-recorded': CustomEvent<VoteRecordedDetail>;
    'vote-rejected': CustomEvent<VoteRejectedDetail>;
  }
}
