import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { type PartnershipDocument, type Proposal, type Vote } from '../../src/contract/index.js';
import { castMoment, countOwed, londonDate, seatsNamedOn } from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';
import { hostNowText, type Refusal, type SubmitFunction } from '../../src/data/index.js';
import { defineElement } from '../internal/define.js';
import { ElementClock } from '../internal/element-clock.js';
import { OutboxController, ofDocument } from '../internal/outbox-controller.js';
import { PartnershipChange } from '../internal/partnership-change.js';
import { PartnershipElement, nowNotAMoment, type NotAMoment } from '../internal/partnership-element.js';
import { type DocumentParts } from '../internal/document-controller.js';
import { baseStyles } from '../internal/styles.js';
import { narrowCardLabels, summaryCards } from '../internal/summary-cards.js';
import { renderDeclarations } from './declarations-view.js';
import { renderOtherVotes } from './other-votes-view.js';
import { ClosingWatch } from './closing-watch.js';
import { HostSaidClosed } from './host-said-closed.js';
import { joinPage, leavePage, showsElsewhere } from './panels-on-page.js';
import { panelParts } from './panel-parts.js';
import { namesInGroup, type Names } from '../../src/messages/index.js';
import { readingChangesAt, readingOf, type ProposalReading } from './proposal-reading.js';
import { renderProposalSection } from './proposal-view.js';
import { StatusRegion, type PanelReads } from './status-region.js';
import { readResults, renderTally, standingOf, type ResultsMode } from './tally-view.js';
import { StandingNews } from './standing-news.js';
import { votePanelStyles } from './vote-panel.styles.js';
import { renderYourVote } from './voting-view.js';
import { VoteCasting } from './vote-casting.js';
import { idText, optionalText } from '../internal/attribute-reading.js';

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
 * it survives a lost connection; `now`, and a `today` on another day than the
 * real one (a demo, a rehearsal), also date the votes cast. Without `today`, or
 * with the page's own date (the date the page was opened on, written into it as it opened), today is the date
 * in the UK of the panel's clock (`now`, running on, when given), as on
 * `<quorum-indicator>`, and moves on at midnight: a demo replaying a meeting's
 * day sets both with `now` alone.
 *
 * While voting is open, the panel says how the proposal would go "if voting
 * closed now" only once more than half the voting seats have a counted vote,
 * or the proposal can no longer carry (on the public's live count, not even
 * with the chair's casting vote: `neededIfChairFor`); before that it says it
 * is too early to say (the core's `outcome().tooEarlyToSay`). The contract has no such rule:
 * this is ours, so that three votes of ten do not read as a result. When that line changes while
 * the member watches (another device's vote, the room losing quorum), a status region under it
 * says the new line once; the numbers moving alone are not said.
 *
 * On a recorded ballot, "How each seat voted" (folded away, as a minute's
 * appendix) lists each seat's counted vote, then the voting seats with none:
 * "Not voted yet" while voting is open, which is what a chair asks before
 * closing it, and "No vote counted" after; "Voted, not counted" for a seat
 * whose votes the count does not take, such as a proxy's with the holder in
 * the room; a seat no one may vote for says so, "Cannot vote" while open,
 * naming a holder whose term ended, or one who declared an interest and withdrew with no proxy to vote in their place
 * ("withdrew for this item") (the core's `outcome().withoutVote`, its
 * `cannotVote` and `uncounted`). Below the count, the votes not counted ("2 votes not
 * counted") are listed with their seat, voter and why; on a secret ballot
 * only the viewer's own are named (the core's `outcome().invalid` and
 * `uncountedNamed`).
 *
 * Nothing a member cast is out of sight: their votes on a proposal that no
 * panel of theirs on the page shows, still waiting on this device or refused
 * by the host, are listed by their first panel, which sends them and
 * announces a refusal (with `vote-rejected`, whose `detail.vote.proposal`
 * names the proposal).
 *
 * Each panel showing a vote fires its events: two panels on a page for the
 * same voter and proposal each fire `vote-queued` and `vote-recorded` for
 * the one vote, each from itself (`event.target`). A page that counts votes
 * from the events listens on one panel, or takes each `detail.vote.id` once.
 *
 * Keyboard: the choices are one Tab stop; the arrow keys move between them and choose, Space chooses, and Enter,
 * there or on the button, casts the vote. Cast with nothing chosen, the focus goes to the first choice, with the
 * error message. After casting, the focus stays where it was. "How each seat voted" opens and closes with Enter or
 * Space.
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
 *   `detail.reason` (the host's words), `detail.refusal` (its code and values, and the `path` and `problems` the host gave).
 * @csspart declarations - The interests declared on the proposal.
 * @csspart form - The voting form of one seat.
 * @csspart status - The region announcing the vote's state.
 * @csspart tally - The count explained.
 */
export class VotePanel extends PartnershipElement {
  static override styles = [
    baseStyles,
    summaryCards('choices', '26em'),
    votePanelStyles,
    narrowCardLabels('choices', '.cards td[data-label]::before'),
  ];

  /** Id of the proposal voted on. */
  @property({ reflect: true, converter: idText }) proposal?: string;

  /**
   * Id of the signed-in person, set by the host from its own sign-in. An id the document has no person for is said
   * as such under "You cannot vote" (a sign-in that does not match the document, or a visitor who is no member),
   * listing no ids.
   */
  @property({ reflect: true, converter: idText }) voter?: string;

  /** URL the vote is POSTed to (JSON, with its id as the Idempotency-Key). */
  @property({ reflect: true, converter: optionalText }) endpoint?: string;

  /**
   * When the count is shown: `live` (default), the count while voting is open; `after-close`; `hidden`, in any
   * case. The proposal's own `results` and `ballot` still apply: this can hide the count, never show more than
   * the document allows. Read in any case; another value is named in a notice, and the count is hidden.
   */
  @property({ reflect: true, useDefault: true }) results: ResultsMode | string = 'live';

  /**
   * The moment taken as now (an ISO date-time with its offset): the clock runs on from it, dates the votes cast,
   * and the vote is checked against it as the host will. Set it from the host's clock when the host runs on
   * another (a demo set in the past); by default the device's clock, or the host's (the `Date` of its last
   * response) when the device's is behind it by more than that `Date` can tell, or ahead of it by more than a
   * minute: a phone ten minutes fast can still vote, and one 40 seconds slow stops taking votes at the host's close.
   */
  @property({ reflect: true, converter: optionalText }) now?: string;

  private readonly clock = new ElementClock(this, () => this.now);

  protected override notMoments(): NotAMoment[] {
    return [...super.notMoments(), ...nowNotAMoment(this.now)];
  }

  /**
   * The date in the UK of the clock that dates the votes cast: `now`, running on, else the host's. A demo
   * replaying a meeting's day with `now` alone read the device's date, years on, and called the meeting not
   * quorate on its morning; as the quorum indicator, it is that day.
   */
  protected override clockDate(): string {
    return londonDate(this.clock.set ? this.clock.now : hostNowText());
  }

  /** The host's own way to send a vote, instead of `endpoint`. See `SubmitFunction`. */
  @property({ attribute: false }) submit?: SubmitFunction;

  /** What the panel's parts read of it. */
  private readonly reads: PanelReads = {
    msg: () => this.msg,
    namesOf: (document) => this.namesOf(document),
    state: () => this.source.state,
    now: () => this.castNow(),
    reading: (proposal) => this.readingNow(proposal),
  };

  /** What the panel says of the votes sent from here, and the events it fires of them. */
  private readonly statusRegion = new StatusRegion(this, this.reads, {
    emit: (name, detail) => this.emit(name, detail),
    recorded: () => this.casting.forgetChoices(),
  });

  /** Says when the proposal closes while shown, and fetches a count the host withheld while it was open. */
  private readonly closing = new ClosingWatch(
    this,
    this.reads.state,
    (announcement) => this.statusRegion.announceClose(announcement),
    this.reads.now,
  );

  /** A close the host has said it passed, refusing a vote: shown closed from then, this device's clock aside. */
  private readonly hostSaidClosed = new HostSaidClosed();
  private readonly standingNews = new StandingNews();

  private readonly sending = new OutboxController(
    this,
    'submit:vote-panel',
    (entry) =>
      entry.kind === 'vote' &&
      entry.record.by === this.voter &&
      ofDocument(entry, this.source.state) &&
      (entry.record.proposal === this.proposal || showsElsewhere(this, entry)),
    (status) => {
      if (this.hostSaidClosed.note(status)) this.requestUpdate();
      this.statusRegion.showStatus(status);
    },
    this.reads.state,
  );

  private readonly casting = new VoteCasting(this, this.reads, {
    hostClock: () => !!this.clock.set,
    sending: this.sending,
    status: this.statusRegion,
  });

  /** Another partnership's document given to the panel: the choice made here and what it said were the last one's. */
  private readonly partnershipChange = new PartnershipChange(this, this.reads.state, () => {
    this.casting.forget();
    this.statusRegion.clear();
  });

  /**
   * A portal that keeps the panel and gives it another proposal or voter (a single-page app, React): the choice
   * made here and not sent, its error and what the panel last said belonged to the last one, where they would be
   * taken for this one's ("Recorded: your vote 'For'").
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || !(changed.has('proposal') || changed.has('voter'))) return;
    this.casting.forget();
    this.statusRegion.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    joinPage(this, () => this.source.state);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leavePage(this);
  }

  /**
   * The moment the panel judges who may vote at, and dates a vote cast now by: its clock (`clockNow`), or, during
   * the proposal's meeting, the latest check-in the host stamped less than a minute after it (the core's
   * `castMoment`), since the host's clock may run a few seconds ahead of the page's.
   */
  private castNow(): string {
    const now = this.clockNow();
    const state = this.source.state;
    if (state.status !== 'ready' || !this.proposal || !byId(state.document.proposals, this.proposal)) return now;
    return castMoment(state.document, this.proposal, now);
  }

  /**
   * The element's clock: `now`, running on; else the host's clock (data/host-clock.ts, so the host takes the vote)
   * on the element's day (`onTheDay`: for a page fixed on another day, that day). A `today` that is only the
   * page's date moves no vote to it: at 00:01 it dated a vote on the day before.
   */
  private clockNow(): string {
    return this.clock.set ? this.clock.now : this.onTheDay(hostNowText());
  }

  /**
   * The votes on its proposal, and of the meetings the attendance only at the proposal's own (for quorum and who
   * may vote): a vote on another proposal, or a check-in at another meeting, changes nothing here.
   */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    return panelParts(document, this.proposal);
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult | TemplateResult[] {
    const t = this.msg.votePanel;
    const elsewhere = renderOtherVotes(
      this.msg,
      this.namesOf(document),
      document,
      this.sending.statuses(),
      this.proposal,
    );
    if (!this.proposal)
      return html`${elsewhere}
        <p>${t.noProposal}</p>
        ${this.statusRegion.render()}`;
    const proposal = document.proposals.find((p) => p.id === this.proposal);
    if (!proposal)
      return html`${elsewhere}
        <p>
          ${t.unknownProposal(
            this.proposal,
            document.proposals.map((p) => p.id),
          )}
        </p>
        ${this.statusRegion.render()}`;
    const section = this.renderProposal(document, proposal);
    // Side by side as a list, and the section alone when nothing stands above it (nearly always): a template only
    // to set them side by side was one more instance cloned and committed in every render (issue 12).
    const above = [this.renderUnknownResults(), elsewhere].filter((part): part is TemplateResult => part !== nothing);
    return above.length > 0 ? [...above, section] : section;
  }

  /** A `results` the panel does not know, named with those it takes: a web team sees its typo. */
  private renderUnknownResults(): TemplateResult | typeof nothing {
    if (readResults(this.results) !== undefined) return nothing;
    return html`<p class="notice" part="attribute-notice">${this.msg.votePanel.unknownResults(this.results)}</p>`;
  }

  /** The reading of `proposalId` in the document shown, as a render now reads it (kept: no count made again). */
  private readingNow(proposalId: string): ProposalReading | undefined {
    const state = this.source.state;
    const proposal = state.status === 'ready' ? byId(state.document.proposals, proposalId) : undefined;
    if (state.status !== 'ready' || !proposal) return undefined;
    return readingOf(state.document, proposal, this.hostSaidClosed.momentFor(proposal, this.castNow()), this.todayDate);
  }

  private renderProposal(document: PartnershipDocument, proposal: Proposal) {
    // The clock read once a render: who may vote, each seat's form and the count are judged at one moment, and a
    // read of it (the clock's attribute checked, the host's clock asked) is not made again for each part.
    const cast = this.castNow();
    const now = this.hostSaidClosed.momentFor(proposal, cast);
    this.clock.wakeAt(readingChangesAt(document, proposal, now, this.todayDate), cast);
    const reading = readingOf(document, proposal, now, this.todayDate);
    const { result } = reading;
    const names = this.proposalNames(document, proposal, now);
    const t = this.msg.votePanel;
    // A viewer's copy of a closed secret ballot with no count: its votes are the viewer's alone, no result.
    const owed = countOwed(document, proposal, this.voter, now);
    const countDue = this.closing.seen(proposal, result, owed);
    return renderProposalSection(this.msg, names, document, reading, this.headingLevel, {
      declarations: renderDeclarations(this.msg, names, proposal, result.declarations, this.headingLevel),
      voting: this.renderVoting(reading, cast),
      status: this.statusRegion.line(reading),
      count:
        countDue || owed
          ? html`<p class="tally" part="tally">${countDue ? t.countComing : t.countNotPublished}</p>`
          : this.renderCount(reading, now),
    });
  }

  /**
   * The names of `document`, a seat named by id read in the proposal's group (another group may share its id), as
   * it stood on the day the count judges the proposal's seats (`seatsNamedOn`): a decided proposal's seat since
   * handed to another partner is named after the partner it voted for.
   */
  private proposalNames(document: PartnershipDocument, proposal: Proposal, now: string): Names {
    return namesInGroup(this.namesOf(document), proposal.group, seatsNamedOn(document, proposal, now));
  }

  /**
   * The count is the panel's largest part (a row a seat): a status message or a choice re-renders the panel, not
   * the count, which changes only with what it is worked out from.
   */
  private renderCount({ document, proposal, result }: ProposalReading, now: string) {
    const counted = `${result.for}/${result.against}/${result.abstain}`;
    const standingMoved = this.standingNews.moved(proposal.id, standingOf(proposal, result), counted, this.msg);
    // The day the seats are named on moves with the clock while the proposal is open: the count is drawn again then.
    const seatsOn = seatsNamedOn(document, proposal, now);
    return guard(
      [
        document,
        proposal,
        this.msg,
        this.results,
        this.headingLevel,
        this.todayDate,
        this.voter,
        result,
        standingMoved,
        seatsOn,
      ],
      () =>
        renderTally(this.msg, this.proposalNames(document, proposal, now), document, proposal, result, {
          mode: readResults(this.results) ?? 'hidden',
          headingLevel: this.headingLevel,
          now,
          voter: this.voter,
          standingMoved,
        }),
    );
  }

  /** The member's part, at `now`: the moment this render read the panel's clock (`castNow`). */
  private renderVoting(reading: ProposalReading, now: string) {
    return renderYourVote(this.msg, this.proposalNames(reading.document, reading.proposal, now), reading, {
      voter: this.voter,
      headingLevel: this.headingLevel,
      canSend: !!this.sending.channel,
      now,
      statuses: () => this.sending.statuses(),
      seatForm: (seat) => this.casting.renderSeatForm(reading, seat, now),
    });
  }
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
