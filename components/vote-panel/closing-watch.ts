/**
 * The vote panel watching its proposal close: when the proposal shown stops
 * taking votes while the member watches (its closing time passes, or the host
 * closes it), the status region says so with the result, and focus, lost with
 * the form it was in, goes to the proposal's title.
 *
 * A count the host withheld while the proposal was open (after-close results,
 * or a secret ballot) comes only with a document fetched after the close: the
 * votes in hand until then are the member's own, and a result said from them
 * would be theirs alone. The watch fetches the document a moment after the
 * host's clock (by its `Date` header) passes the close too, up to three times
 * while the host has not yet published the count by its own clock, and the
 * panel says the count is on its way. So it does for a copy
 * fetched before the close and shown after it (a saved copy opened with no
 * connection): it holds only the viewer's own votes, and a count or a list of
 * who did not vote read from it would be wrong.
 *
 * The public's count of a live, recorded proposal is fetched again at the
 * close too: the host then publishes every vote, and the page showing it (a
 * screen in the room) should list how each seat voted, not keep saying the
 * votes behind the count are not shown.
 *
 * A secret ballot whose count a copy is still owed when the tries run out (a
 * host that has not published it, or a document given with `data`) is said
 * to be closed with its count not yet published: never with the viewer's own
 * vote as its result.
 */
import type { Proposal, Vote } from '../../src/contract/index.js';
import {
  awaitsPublishedCount,
  liveCountOutlived,
  instantOf,
  withheldWhileOpen,
  type Outcome,
} from '../../src/rules/index.js';
import { dataOptions, hostMomentAt, refetchDocument, type DocumentState } from '../../src/data/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { HostWords } from '../internal/host-words.js';
import { resultWords } from '../internal/result-words.js';

/** What the status region says, in words read at render time so that they follow the element's language. */
export type Announcement = {
  say: (msg: Messages) => string;
  tone: 'info' | 'recorded' | 'rejected';
  /**
   * The vote a "recorded" or "already" announcement tells of: it is no longer news once a later vote of theirs
   * replaced it.
   */
  vote?: Vote;
  /**
   * Of a vote refused on the device ("Not sent") or by the host ("Not accepted"): its seat and member, and the
   * member's vote for that seat standing then (`standing`, none when they had none): the one the form was drawn
   * with, or the one the document held when the host's refusal came. Once the document holds another vote of
   * theirs for it (cast on another device), the refusal is no longer news.
   */
  refusedOver?: { proposal: string; seat: string; by: string; standing?: string };
  /** Of a vote still waiting on this device: the close does not make that untrue, and is said after it. */
  waiting?: true;
  /** Of news said after another (`waiting`, or a refusal): that one, which the next news is said after too. */
  before?: Announcement;
  /** The host's own words it may say, marked with their language where shown (host-words.ts). */
  hostWords?: HostWords[];
};

/** The panel watched: its shadow root for the focus, and its update for what it says. */
export interface WatchedPanel {
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
}

/** How many times at most the document is fetched for its count, `dataOptions.countWaitMs` apart. */
const COUNT_TRIES = 3;
/**
 * The longest the fetch waits for the host's clock to reach the close as well: a device clock up to a minute ahead of
 * the host's is taken for right (host-clock.ts), and a panel whose clock is set further ahead (a demo) waits no longer.
 */
const HOST_CLOSE_WAIT_MS = 60_000;

/** How long until the host's clock, as the page keeps it, reaches `closes`; 0 once it has, or with no `closes`. */
function untilHostCloses(closes: string | undefined): number {
  if (!closes) return 0;
  return Math.min(HOST_CLOSE_WAIT_MS, Math.max(0, instantOf(closes) - hostMomentAt(Date.now())));
}

/**
 * Whether the copy in hand holds less of the voting than the host publishes once the proposal has closed: a
 * count withheld while open (after-close results, a secret ballot), or a count standing for votes withheld (the
 * public's count of a live, recorded proposal, whose votes are everyone's once it has closed).
 */
function closeRewrites(proposal: Proposal): boolean {
  // A withdrawn proposal never closed: what was withheld stays withheld, so there is nothing to fetch.
  if (proposal.status === 'withdrawn') return false;
  return withheldWhileOpen(proposal) || proposal.count !== undefined;
}

/**
 * What "voting has closed" says of a render: its result, whether its count is owed, and whether it is the
 * public's live count read after the close (`liveCountOutlived`), of whose totals no result is said.
 */
interface Closed {
  proposal: string;
  result: Outcome;
  owed: boolean;
  outlived: boolean;
}

const closedAs = (proposal: Proposal, result: Outcome, owed: boolean): Closed => ({
  proposal: proposal.id,
  result,
  owed,
  outlived: liveCountOutlived(proposal, result),
});

/** Whether the host served the copy fetched at `fetchedAt` (this device's ms) before `closes` by its own clock. */
function servedBeforeClose(closes: string | undefined, fetchedAt: number): boolean {
  return closes !== undefined && hostMomentAt(fetchedAt) < instantOf(closes);
}

export class ClosingWatch {
  /** Whether the proposal shown took votes at the last render. */
  private shownOpen?: { proposal: string; open: boolean };
  /**
   * A proposal whose withheld count is awaited: until a document fetched after `since` (the device's ms)
   * arrives. `tries`: fetches asked.
   */
  private countDue?: { proposal: string; since: number; tries: number };
  /**
   * The result and whether its count is owed, at the latest render: "voting has closed" says the result of the
   * document shown now, not of the one the close was noticed on (a copy from before the member went offline,
   * say, that a fresher one with the clerk's check-outs replaced a moment later).
   */
  private latest?: Closed;

  constructor(
    private readonly panel: WatchedPanel,
    /** The panel's document as it stands. */
    private readonly state: () => DocumentState,
    private readonly announce: (announcement: Announcement) => void,
    /** The panel's clock, which a demo may set in the past: the moment a copy was fetched is read on it. */
    private readonly now: () => string,
  ) {}

  /**
   * At each render of `proposal`: notices a close, and says whether its count is still on its way.
   * `owed`: the copy shown is a secret ballot's still owed its count (`countOwed`).
   */
  seen(proposal: Proposal, result: Outcome, owed: boolean): boolean {
    this.latest = closedAs(proposal, result, owed);
    this.noticeClosing(proposal, result, owed);
    this.askIfFetchedBeforeClose(proposal, result);
    return this.stillDue(proposal, result, owed);
  }

  /** A copy fetched before a withheld count's close, shown after it: the count is fetched, as at a close seen. */
  private askIfFetchedBeforeClose(proposal: Proposal, result: Outcome): void {
    if (this.countDue?.proposal === proposal.id || result.open || !proposal.closes) return;
    if (!closeRewrites(proposal)) return;
    const state = this.state();
    if (state.status !== 'ready' || !state.fetchedAt || !state.url) return;
    // The device's moment of the fetch, on the panel's clock.
    const fetched = Date.parse(state.fetchedAt) + Date.parse(this.now()) - Date.now();
    if (fetched < instantOf(proposal.closes)) this.fetchCount(proposal, state.url, 0);
  }

  private noticeClosing(proposal: Proposal, result: Outcome, owed: boolean): void {
    const was = this.shownOpen;
    this.shownOpen = { proposal: proposal.id, open: result.open };
    if (was?.proposal !== proposal.id || !was.open || result.open) return;
    const { panel } = this;
    const focusInForm = !!panel.shadowRoot?.activeElement?.closest('form');
    const url = this.state().url;
    const due = closeRewrites(proposal) && url !== undefined;
    if (due) this.fetchCount(proposal, url, 0);
    void panel.updateComplete.then(() => {
      this.announce(
        due ? { say: (msg) => msg.votePanel.countComing, tone: 'info' } : this.closedWith(proposal, result, owed),
      );
      if (!focusInForm || panel.shadowRoot?.activeElement) return;
      const title = panel.shadowRoot?.getElementById('title');
      title?.setAttribute('tabindex', '-1');
      title?.focus();
    });
  }

  /** Whether the count seen to close is still on its way; once a later document is shown, its result is said. */
  private stillDue(proposal: Proposal, result: Outcome, owed: boolean): boolean {
    const due = this.countDue;
    if (due?.proposal !== proposal.id) return false;
    const state = this.state();
    const fetchedAt = state.status === 'ready' && state.fetchedAt ? Date.parse(state.fetchedAt) : undefined;
    if (fetchedAt === undefined || fetchedAt < due.since) return true;
    // Fetched, but the host had not closed it yet by its own clock: ask again, a few times. A count shown after
    // the close comes with every vote, so a copy without it cannot be told by its votes alone: by when it was served.
    const early = awaitsPublishedCount(proposal) || servedBeforeClose(proposal.closes, fetchedAt);
    if (early && due.tries < COUNT_TRIES && state.url) {
      this.fetchCount(proposal, state.url, due.tries);
      return true;
    }
    this.countDue = undefined;
    void this.panel.updateComplete.then(() => this.announce(this.closedWith(proposal, result, owed)));
    return false;
  }

  /**
   * Fetches the document again a moment after the close, so that the host has closed it too by its own clock: by
   * the host's clock as the page keeps it (its `Date`), when that is behind this page's.
   */
  private fetchCount(proposal: Proposal, url: string, tries: number): void {
    const wait = dataOptions.countWaitMs + untilHostCloses(proposal.closes);
    this.countDue = { proposal: proposal.id, since: Date.now() + wait, tries: tries + 1 };
    setTimeout(() => refetchDocument(url), wait);
  }

  /**
   * "Voting has closed. Result: …", or that its count is not published yet, in whichever language the panel then
   * speaks, and from the document it then shows: `result` and `owed` are those of the render that noticed the close.
   */
  private closedWith(proposal: Proposal, result: Outcome, owed: boolean): Announcement {
    const now = () => (this.latest?.proposal === proposal.id ? this.latest : closedAs(proposal, result, owed));
    return {
      say: (msg) => {
        const t = msg.votePanel;
        const shown = now();
        // Opened again since (a chair reopening the vote): it has not closed, and its form says so.
        if (shown.result.result === 'pending') return '';
        // Withdrawn while voting: nothing was decided, so no result is said ("Result: not carried" was).
        if (shown.result.status === 'withdrawn') return t.withdrawnNow;
        if (shown.owed) return t.countNotPublished;
        if (shown.outlived) return t.liveCountOutlived;
        return t.closedNow(resultWords(msg, shown.result));
      },
      tone: 'info',
    };
  }
}
