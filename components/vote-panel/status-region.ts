/**
 * The vote panel's status region: what it says of the votes sent from here
 * as the outbox reports them (saved on this device, recorded, refused), of a
 * vote refused before it was sent, and of the close, and the events that go
 * with them. A concern of its own, apart from the panel's forms: the news of
 * a vote comes long after its press, from the outbox, and may be of a
 * proposal the panel does not show (other-votes-view.ts).
 */
import { html } from '../internal/html.js';
import type { PartnershipDocument, Vote } from '../../src/contract/index.js';
import { arrivalDeadline, ownVote, type CountedVote, type VoteCheck } from '../../src/rules/index.js';
import type { DocumentState, OutboxStatus } from '../../src/data/index.js';
import { explainReason, namesForProposal, namesIn, type Messages, type Names } from '../../src/messages/index.js';
import { keptBecause, refusedBecause } from '../internal/outbox-controller.js';
import { hostWordsOf, markHostWords } from '../internal/host-words.js';
import type { TemplateResult } from 'lit';
import type { Announcement } from './closing-watch.js';
import type { ProposalReading } from './proposal-reading.js';
import { deadlineText } from './seat-form.js';
import type { VoteQueuedDetail, VoteRecordedDetail, VoteRejectedDetail } from './vote-panel.js';

/** The panel whose region this is: it re-renders with the news, and scrolls it into view. */
export interface RegionPanel {
  readonly voter?: string;
  readonly proposal?: string;
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  matches(selectors: string): boolean;
}

/** What the panel's parts read of it that is not public: its words, names, document and clock. */
export interface PanelReads {
  msg: () => Messages;
  namesOf: (document: PartnershipDocument) => Names;
  state: () => DocumentState;
  /** The panel's clock, which dates a vote cast now. */
  now: () => string;
  /** The reading of a proposal in the document shown, as a render now reads it; undefined while none is shown. */
  reading: (proposal: string) => ProposalReading | undefined;
}

/** The panel's way to fire an event, and to forget the choices made for a vote now recorded. */
export interface RegionEvents {
  emit: <T>(name: string, detail: T) => void;
  recorded: () => void;
}

/** What the status region's paragraph shows: its classes and its words, the host's marked with their language. */
export interface StatusLine {
  className: string;
  words: string | TemplateResult;
}

/** The region with nothing to say: there, empty, so that what it says later is heard. */
const EMPTY_LINE: StatusLine = { className: 'status status--info status--empty', words: '' };

export class StatusRegion {
  private said?: Announcement;

  constructor(
    private readonly panel: RegionPanel,
    private readonly reads: PanelReads,
    private readonly events: RegionEvents,
  ) {}

  /** Says nothing, until the next news. */
  clear(): void {
    this.setSaid(undefined);
  }

  /**
   * The region that announces the state of the votes sent from here, where the panel shows no proposal. Beside a
   * proposal it is written in the proposal's section (proposal-view.ts) from `line`, the same paragraph.
   */
  render(reading?: ProposalReading) {
    const { className, words } = this.line(reading);
    return html`<p class=${className} role="status" part="status">${words}</p>`;
  }

  /** The region's classes (its tone, and whether it is empty) and what it says now. */
  line(reading?: ProposalReading): StatusLine {
    const announcement = this.said && !replaced(this.said, reading) ? this.said : undefined;
    if (!announcement) return EMPTY_LINE;
    const msg = this.reads.msg();
    const words = markHostWords(announcement.say(msg), msg.lang, announcement.hostWords);
    return { className: `status status--${announcement.tone} `, words };
  }

  announce(announcement: Announcement): void {
    this.setSaid(announcement);
    // The member who just pressed sees the news, not only hears it: on a phone the box below the button can start
    // below the screen. Only while focus is in this panel, so a page read elsewhere (another tab's vote) stays put.
    if (!this.panel.matches(':focus-within')) return;
    void this.panel.updateComplete.then(() =>
      this.panel.shadowRoot?.querySelector('[part=status]')?.scrollIntoView?.({ block: 'nearest' }),
    );
  }

  /**
   * The close is noticed: said after the news it comes upon when that is still true, a refusal of a vote that reached
   * the host too late, or a vote still waiting on this device (the closing news took its place, and the vote went
   * from view while the outbox still held it). Each later news of the close is said after that same news.
   */
  announceClose(news: Announcement): void {
    const before = this.said?.before ?? this.said;
    const kept = before && (before.tone === 'rejected' || before.waiting);
    this.announce(kept ? saidTogether(before, news) : news);
  }

  /**
   * The vote checked on the device as the host will check it, and refused: nothing is sent. Said over `recorded`,
   * the member's vote for the seat the form was drawn with: once their vote is another (cast on another device,
   * brought by the live channel or a refetch), "Not sent" no longer tells them anything true.
   */
  sayRefused(
    document: PartnershipDocument,
    check: Extract<VoteCheck, { ok: false }>,
    vote: Vote,
    recorded: Vote | undefined,
  ): void {
    // Named from the document at render time, so the reason follows the language too.
    this.announce({
      say: (msg) => msg.votePanel.refused(explainReason(msg, proposalNames(document, vote.proposal, msg), check)),
      tone: 'rejected',
      refusedOver: refusedOver(vote, recorded),
    });
  }

  /** A vote the host refused, said over the member's vote for its seat in the document shown (none, or its id). */
  private refusedOver(vote: Vote): Announcement['refusedOver'] {
    const state = this.reads.state();
    if (state.status !== 'ready' || !state.document.proposals.some((p) => p.id === vote.proposal)) {
      return refusedOver(vote, undefined);
    }
    return refusedOver(vote, ownVote(state.document, vote.proposal, vote.seat, vote.by)?.vote);
  }

  /**
   * The member pressed again for the vote already recorded (`recorded`): nothing is sent, and they are told so each
   * time. Said of that vote: once their vote is another (cast on another device), "already" is no longer true.
   */
  async sayUnchanged(recorded: Vote): Promise<void> {
    const unchanged: Announcement = {
      say: (msg) => msg.votePanel.unchanged(msg.votePanel.choice(recorded.choice)),
      tone: 'info',
      vote: recorded,
    };
    // A status region says nothing when its words stay the same: pressed again, the news is cleared, then said.
    const msg = this.reads.msg();
    if (this.said?.say(msg) === unchanged.say(msg)) {
      this.clear();
      await this.panel.updateComplete;
    }
    this.announce(unchanged);
  }

  /** Shows and announces the state of this voter's votes on this proposal, and fires the events. */
  showStatus(status: OutboxStatus): void {
    if (status.entry.kind !== 'vote') return;
    const vote = status.entry.record;
    if (vote.proposal !== this.panel.proposal) return this.showElsewhere(status, vote);
    switch (status.state) {
      case 'queued':
        this.announce({
          say: (msg) => this.queuedText(msg, status, vote),
          tone: 'info',
          waiting: true,
          hostWords: hostWordsOf(status),
        });
        if (status.entry.attempts === 0) this.events.emit<VoteQueuedDetail>('vote-queued', { vote });
        return;
      case 'sending':
        return;
      case 'recorded': {
        this.events.recorded();
        const ahead = this.holderAhead(vote);
        this.announce({ say: (msg) => this.recordedText(msg, vote, ahead), tone: 'recorded', vote });
        this.events.emit<VoteRecordedDetail>('vote-recorded', { vote });
        return;
      }
      case 'rejected':
        // Said over the member's vote for the seat as the document holds it now: once the vote they cast on another
        // device arrives, "Not accepted" no longer tells them anything true, as "Not sent" does not.
        this.announce({
          say: (msg) => msg.votePanel.rejected(refusedBecause(msg, status, this.shownNames(msg))),
          tone: 'rejected',
          refusedOver: this.refusedOver(vote),
          hostWords: hostWordsOf(status),
        });
        this.events.emit<VoteRejectedDetail>('vote-rejected', { vote, reason: status.reason, refusal: status.refusal });
    }
  }

  /** The holder's vote that counts ahead of `vote`, a proxy's: recorded, it is kept but not counted. */
  private holderAhead(vote: Vote): CountedVote | undefined {
    const reading = this.reads.reading(vote.proposal);
    const ahead = reading?.holderVoteAhead(vote.seat, vote.cast);
    return ahead && ahead.by !== vote.by ? ahead : undefined;
  }

  /** "Recorded", and, of a proxy's vote the holder's counts ahead of, that it is kept but not counted. */
  private recordedText(msg: Messages, vote: Vote, ahead: CountedVote | undefined): string {
    const names = this.shownNames(msg);
    const seat = names?.seat(vote.seat) ?? vote.seat;
    if (!ahead) return msg.votePanel.recorded(vote.choice, seat);
    return msg.votePanel.recordedNotCounted(vote.choice, seat, names?.person(ahead.by) ?? ahead.by);
  }

  /** A vote on a proposal no panel shows: listed (other-votes-view.ts), a refusal announced, the events fired. */
  private showElsewhere(status: OutboxStatus, vote: Vote): void {
    this.panel.requestUpdate();
    if (status.state === 'recorded') this.events.emit<VoteRecordedDetail>('vote-recorded', { vote });
    if (status.state !== 'rejected') return;
    this.announce({
      say: (msg) => {
        // The vote's own proposal's group, not the panel's: another group may have a seat of the same id.
        const names = this.shownNames(msg, vote.proposal);
        const title = names ? names.proposal(vote.proposal) : vote.proposal;
        return msg.votePanel.otherRejected(title, refusedBecause(msg, status, names));
      },
      tone: 'rejected',
      hostWords: hostWordsOf(status),
    });
    this.events.emit<VoteRejectedDetail>('vote-rejected', { vote, reason: status.reason, refusal: status.refusal });
  }

  /** Why the vote waits, and, near the closing time, that it counts only if it reaches the host in time. */
  private queuedText(msg: Messages, status: Extract<OutboxStatus, { state: 'queued' }>, vote: Vote): string {
    const state = this.reads.state();
    const proposal =
      state.status === 'ready' ? state.document.proposals.find((p) => p.id === vote.proposal) : undefined;
    const deadline = proposal && arrivalDeadline(proposal, this.reads.now());
    const names = this.shownNames(msg);
    const kept = keptBecause(
      msg,
      status,
      this.panel.voter,
      (id) => (names ? names.person(id) : id),
      msg.votePanel.queued(status.problem),
    );
    return deadline ? `${kept} ${deadlineText(msg, deadline)}` : kept;
  }

  /**
   * The names of the document shown, in the language of `msg`, a seat read in the group of `proposal` (the
   * panel's, unless a vote on another is said); undefined while there is none.
   */
  private shownNames(msg: Messages, proposal = this.panel.proposal): Names | undefined {
    const state = this.reads.state();
    if (state.status !== 'ready') return undefined;
    const names = msg === this.reads.msg() ? this.reads.namesOf(state.document) : namesIn(state.document, msg);
    return proposal ? namesForProposal(names, state.document, proposal) : names;
  }

  /** As a reactive property would: the panel renders again only when what is said changed. */
  private setSaid(announcement: Announcement | undefined): void {
    if (announcement === this.said) return;
    this.said = announcement;
    this.panel.requestUpdate();
  }
}

/**
 * Whether the vote an announcement tells of ("recorded", "already") was since replaced by a later one of the
 * member's (from another device), or a vote refused on the device was overtaken by one the document now holds.
 */
function replaced({ vote, refusedOver }: Announcement, reading: ProposalReading | undefined): boolean {
  if (refusedOver) return overtaken(refusedOver, reading);
  const own = vote && reading?.ownVote(vote.seat, vote.by)?.vote;
  return own !== undefined && own.id !== vote?.id;
}

/** What a refusal of `vote` is said over: its seat and member, and their vote for that seat standing then. */
function refusedOver({ proposal, seat, by }: Vote, standing: Vote | undefined): Announcement['refusedOver'] {
  return { proposal, seat, by, ...(standing ? { standing: standing.id } : {}) };
}

/** Whether the member's vote for the refused vote's seat is now another than the one standing when it was refused. */
function overtaken(
  { proposal, seat, by, standing }: NonNullable<Announcement['refusedOver']>,
  reading: ProposalReading | undefined,
): boolean {
  if (reading?.proposal.id !== proposal) return false;
  const own = reading.ownVote(seat, by)?.vote;
  return own !== undefined && own.id !== standing;
}

/** A refusal, or a vote still waiting, and the news after it, said together in the tone of the news: neither hides the other. */
function saidTogether(before: Announcement, news: Announcement): Announcement {
  const hostWords = [...(before.hostWords ?? []), ...(news.hostWords ?? [])];
  return { say: (msg) => `${before.say(msg)} ${news.say(msg)}`, tone: news.tone, before, hostWords };
}

/** The names of `document` in the language of `msg`, a seat read in the group of the proposal `proposal`. */
function proposalNames(document: PartnershipDocument, proposal: string, msg: Messages): Names {
  return namesForProposal(namesIn(document, msg), document, proposal);
}
