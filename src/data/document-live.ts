/**
 * Keeps a shown document in step with its host. Where the host has a live
 * channel (Server-Sent Events, named by the document's `Link` header or an
 * element's `live` attribute), one `EventSource` per document URL in the page
 * brings each stored record; without one, the document is fetched again when
 * the page comes back into view and every few minutes. Nothing runs while no
 * element shows the document.
 *
 * A channel the host cannot be reached on is reopened with a growing wait
 * (the browser alone would retry every few seconds for as long as the host is
 * down), and one that has sent heartbeats and then falls silent is taken for
 * dead and reopened the same way. A reopened channel resumes from the last
 * record it brought, and the document is fetched once it opens. A page back
 * from sleep (or from the back/forward cache) whose channel has been silent
 * that long by the clock reopens it at once: timers count only time awake.
 * Until the channel opens again, the page's requests for it (the channel, the
 * document) go at least a second apart, and a page seen again fetches the
 * document at once rather than at the end of the wait.
 *
 * A channel that never opens is said to (`unopened`), with why that is likely (channel-trouble.ts): at its
 * first failure where the page's Content-Security-Policy refused it, else once it has failed for
 * `liveUnopenedMs`, and unsaid once it opens. One whose tries each open a stream that ends carrying nothing is
 * said to keep stopping (`ended`) after `ENDINGS_SAID` tries, and unsaid once it carries something. It is tried
 * on all the while, with the same waits.
 *
 * Its parts: what is said of a channel that does not work (channel-notices.ts, the class this one extends)
 * and what its address answered (channel-answer.ts); the elements' `live` wishes (live-preferences.ts); the
 * records applied in place (live-records.ts); the page's moments and its one polling timer
 * (page-lifecycle.ts, page-polls.ts).
 */
import { dataOptions } from './data-options.js';
import { pollOnTimer } from './page-polls.js';
import { whenPageOnline, whenPageSeen, whenPageWakes } from './page-lifecycle.js';
import { canShareChannels, SharedChannel } from './shared-channel.js';
import type { LiveTrouble } from './channel-trouble.js';
import { withSession } from './host-session.js';
import { channelAnswer } from './channel-answer.js';
import { ChannelNotices } from './channel-notices.js';
import { anyOff, wantedChannel, type LivePreference, type LiveToken } from './live-preferences.js';
import { isLiveRecord, parseMessage, type LiveRecord } from './live-records.js';

export type { LiveRecord } from './live-records.js';
export type { LivePreference, LiveToken } from './live-preferences.js';

/** What a live document asks of its store. */
export interface LiveHooks {
  /** Fetch the document again (the store keeps the page's own waiting records on top). */
  refetch(): void;
  /** A record the host stored, to apply to the shown document, with its place in the host's log when known. */
  apply(record: LiveRecord, seq?: number): void;
  /**
   * The id of a record the channel carried, of any kind, before it is applied or fetched: once the page's own
   * record comes back on the channel, the host's later records to the same thing come after it, and win.
   */
  heard?(id: string): void;
  /**
   * The channel failed and waits to be reopened. `dropped`: it had been open (and the browser's own retry
   * failed, or it fell silent), so the connection is lost, not only the channel; otherwise it never opened,
   * as when the host refuses its channel, or a proxy breaks it, while the document answers.
   */
  lost(dropped: boolean): void;
  /**
   * The channel has never opened, and why that is likely (`policy` at its first failure, the others once it has
   * failed for `liveUnopenedMs`), or each try opens a stream that ends at once (`ended`, after `ENDINGS_SAID`
   * tries); `undefined` once it opens (`ended`: carries something), or another channel (or none) is wanted.
   */
  unopened?(trouble: LiveTrouble | undefined): void;
  /** The document's URL, which the warning names when the channel its `Link` header names cannot be opened. */
  readonly document?: string;
}

/** What the page reads a channel through: the browser's `EventSource`, or a stream shared with the site's other tabs. */
interface ChannelEvents {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
}

/**
 * The channel at `url`: shared with the site's other tabs where the browser can (src/data/shared-channel.ts),
 * so that a member's tabs hold one of the six connections HTTP/1.1 allows a site, not one each. A test's
 * stand-in for `EventSource` is used as it is.
 */
function openChannel(Source: typeof EventSource, url: string, viewerChanged: boolean): ChannelEvents {
  // With the member's session only to a host the page named (host-session.ts): never by default.
  const withCredentials = withSession(url);
  if (Source === globalThis.EventSource && canShareChannels())
    return new SharedChannel(url, Source, viewerChanged, withCredentials);
  return withCredentials ? new Source(url, { withCredentials }) : new Source(url);
}

const CLOSED = 2;
const AFTER = /([?&]after=)\d+/;

/**
 * How far apart the page's requests go while its channel cannot be opened: a second (DESIGN.md, "never more
 * than one request a second from a tab"), or `maxReopenMs` where that is shorter, since no wait is longer.
 */
const askingGap = () => Math.min(dataOptions.askingGapMs, dataOptions.maxReopenMs);

export class LiveDocument extends ChannelNotices<LiveHooks> {
  private linkChannel?: string;
  /** The channels that have opened: a later failure of one is a connection lost, not a channel that cannot open. */
  private readonly openedOnce = new Set<string>();
  private source?: { url: string; events: ChannelEvents };
  /** The channel waiting to be reopened, its timer, and when by the clock (`Date.now()`) the wait is over. */
  private reopening?: { url: string; timer: ReturnType<typeof setTimeout>; at: number };
  private reopenFailures = 0;
  /** How many streams in a row ended within `askingGap()` of opening, across the browser's retries and the page's. */
  private endedSoon = 0;
  /** From a failure of the channel until it opens again; meanwhile the page's requests go `askingGap()` apart. */
  private failing = false;
  /** When (`performance.now()`) the page last asked the host for this document's channel or the document. */
  private askedAt = -Infinity;
  /** When (`performance.now()`) the reopening, and a refetch asked for while failing, are due. */
  private readonly turns: { reopen?: number; refetch?: number } = {};
  /** The channel's last record id, so that a new connection resumes where the last one stopped. */
  private lastSeen?: { url: string; id: string };
  /** The channel that has sent heartbeats: only its silence means it is dead. */
  private beating?: string;
  private silenceTimer?: ReturnType<typeof setTimeout>;
  /** When the channel was last heard from, by the clock (`Date.now()`), which runs on while the device sleeps. */
  private heardAt = 0;
  private refetchTimer?: ReturnType<typeof setTimeout>;
  private polling?: () => void;
  /** Set while mounted: stops listening for the browser coming back online, and the page waking. */
  private watchingPage?: () => void;

  /** An element now shows the document. */
  mount(): void {
    this.mounted = true;
    this.update();
  }

  /** No element shows it any more: close the channel, stop polling. */
  unmount(): void {
    this.mounted = false;
    this.update();
  }

  /**
   * The channel the latest response named, if any. The same channel read
   * from a later point (another `?after=`) is the same channel: the stream
   * open already carries everything since.
   */
  setLinkChannel(channel: string | undefined): void {
    if (channel === this.linkChannel || (channel && this.linkChannel && sameChannel(channel, this.linkChannel))) return;
    this.linkChannel = channel;
    this.update();
  }

  /** Records (or, with undefined, forgets) one element's `live` attribute. */
  setPreference(token: LiveToken, preference: LivePreference | undefined): void {
    if (preference === undefined || preference === '') this.preferences.delete(token);
    else this.preferences.set(token, preference);
    this.update();
  }

  /** The channel in use now; undefined while polling or stopped. For tests and the demo. */
  get channel(): string | undefined {
    return this.source?.url;
  }

  /**
   * Asks for one refetch soon: several changes close together cost one fetch. While the channel fails, it
   * waits its turn (a gap after the page's last request, and clear of the reopening), and one waiting
   * refetch answers every ask: the first tries, each with its refetch, asked more than once a second, on
   * every phone in the room at once.
   */
  requestRefetch(): void {
    if (this.failing && this.refetchTimer) return;
    const soon = performance.now() + dataOptions.refetchDebounceMs;
    this.refetchAt(this.failing ? this.nextTurn(soon, this.turns.reopen) : soon, this.failing);
  }

  /** Fetches the document at `at` (`performance.now()`); `paced`, it goes no sooner than a gap after the last request. */
  private refetchAt(at: number, paced: boolean): void {
    clearTimeout(this.refetchTimer);
    this.turns.refetch = paced ? at : undefined;
    const due = () => {
      const early = paced && this.failing ? this.askedAt + askingGap() - performance.now() : 0;
      if (early > 0) return void (this.refetchTimer = setTimeout(due, early));
      this.refetchTimer = undefined;
      this.turns.refetch = undefined;
      if (!this.mounted) return;
      this.asked();
      this.hooks.refetch();
    };
    this.refetchTimer = setTimeout(due, Math.max(0, at - performance.now()));
  }

  /**
   * The first time from `earliest` a gap after the page's last request and a gap from `other`, the one
   * other request waiting its turn: the reopening, or the refetch.
   */
  private nextTurn(earliest: number, other: number | undefined): number {
    const gap = askingGap();
    const at = Math.max(earliest, this.askedAt + gap);
    return other !== undefined && Math.abs(at - other) < gap ? other + gap : at;
  }

  /** The page asks the host something now (the channel, the document), or the browser did on its behalf. */
  private asked(): void {
    this.askedAt = performance.now();
  }

  /**
   * Opens the open channel afresh: someone else signed in on the page. A
   * stream is the host's for the session that opened it (that member's view,
   * or the public's), and would go on carrying what that viewer may read.
   * A channel waiting out its backoff opens as the new viewer anyway.
   */
  reconnect(): void {
    const url = this.source?.url;
    if (!url) return;
    this.closeSource();
    this.open(url, false, true);
  }

  /** Stops everything, for good (the page forgot its stores). */
  close(): void {
    this.mounted = false;
    this.preferences.clear();
    this.update();
  }

  /** Which channel the document should have: `off` on any element wins, then a named URL, then the Link header. */
  private wanted(): string | undefined {
    return wantedChannel(this.preferences, this.linkChannel);
  }

  private update(): void {
    const channel = this.mounted && dataOptions.EventSource ? this.wanted() : undefined;
    // A channel waiting out its backoff is still the channel: reopening it at once here would undo the wait.
    if ((this.source?.url ?? this.reopening?.url) !== channel) this.closeSource();
    this.unsayAllBut(channel);
    if (channel && !this.source && !this.reopening) this.open(channel);
    // `off` means no updates at all: no channel, and no refetching on focus or on a timer either.
    const poll = this.mounted && !channel && !anyOff(this.preferences);
    if (poll && !this.polling) this.polling = this.startPolling();
    if (!poll && this.polling) {
      this.polling();
      this.polling = undefined;
    }
    if (this.mounted && !this.watchingPage) this.watchingPage = this.watchPage();
    if (!this.mounted && this.watchingPage) {
      this.watchingPage();
      this.watchingPage = undefined;
    }
    if (!this.mounted) {
      clearTimeout(this.refetchTimer);
      this.refetchTimer = undefined;
      this.turns.refetch = undefined;
    }
  }

  /**
   * Opens the channel; `reopened` after a failure, when whatever happened meanwhile is fetched once it opens;
   * `viewerChanged` after a sign-in, when a stream shared with other tabs is opened again for the new viewer.
   */
  private open(url: string, reopened = false, viewerChanged = false): void {
    const events = this.connect(url, viewerChanged);
    if (!events) return;
    this.source = { url, events };
    this.heard(url);
    let opened = false;
    /** An error since the last open: the browser is retrying on its own. */
    let retrying = false;
    /** The browser's own retry opened it again, and it has carried nothing since it first opened. */
    let reopenedEmpty = false;
    let carried = false;
    /** When (`performance.now()`) it last opened: a stream that ends soon after ended at once. */
    let openedAt = 0;
    events.addEventListener('open', () => {
      openedAt = performance.now();
      this.heard(url);
      this.failing = false;
      this.openedOnce.add(url);
      this.unsayUnopened(url);
      // A new connection carries no Last-Event-ID: unless the channel's URL says where the document left off
      // (partnership-kit/server's `?after=<seq>`), whatever was stored before it opened is fetched.
      // (The browser's own reconnects send Last-Event-ID, and the host replays what was missed.)
      if (!opened && (reopened || !AFTER.test(url))) this.requestRefetch();
      reopenedEmpty = retrying && !carried;
      opened = true;
      retrying = false;
    });
    this.listen(url, events, () => {
      // Only a channel that carries something has shown it works: one that merely opens may be ended at once.
      carried = true;
      reopenedEmpty = false;
      this.reopenFailures = 0;
      this.forgetEndings();
    });
    events.addEventListener('error', () => {
      if (this.source?.events !== events) return;
      this.failing = true;
      // A channel that had opened fails when the browser's own retry does: that was a request too.
      if (opened) this.asked();
      // Closed for good (a 4xx, a wrong content type), never opened, or the browser's own retry failed too:
      // the page waits longer each time, where the browser would retry every few seconds while the host is down.
      // A stream that the browser's retry opened again and that dropped again having carried nothing (a proxy or
      // a wrong address that answers `text/event-stream` and ends it at once) is no channel either: left to the
      // browser, it reopened every 3 s for ever, and the document, never refetched, stayed as it loaded.
      // A stream that carried records and ended within the asking gap of opening, twice in a row, is not left to
      // the browser's retry either: a host's `retry: 0` had it reopen at once, over and over, 60 times a second.
      // Once is a drop the browser's retry mends, resuming by Last-Event-ID. The host answered: no connection lost.
      if (opened) this.endedSoon = performance.now() - openedAt < askingGap() ? this.endedSoon + 1 : 0;
      const endedAtOnce = carried && this.endedSoon >= 2;
      const failing = events.readyState === CLOSED || !opened || retrying || reopenedEmpty || endedAtOnce;
      // A channel that opened has shown its address is right, unless each opening ended at once: what the
      // browser's failed retry met (a host restarting, the network gone) is no wrong address, and is not asked.
      const unproven = !opened || reopenedEmpty || events.readyState === CLOSED;
      if (failing && !carried && unproven) this.warnUnopened(url, () => channelAnswer(url, reopenedEmpty));
      if (!opened && !this.openedOnce.has(url)) this.noticeTrouble(url);
      // A stream that held a while before it ended (a proxy's idle timeout, on a host sending no heartbeats)
      // gave whatever came meanwhile: only one ended at once keeps live updates from coming at all.
      if (failing && opened && !carried) {
        if (performance.now() - openedAt < dataOptions.endedAtOnceMs) this.endedEmpty(url);
        else this.forgetEndings();
      }
      if (failing) this.reopenLater(url, opened && !reopenedEmpty && !endedAtOnce);
      else retrying = true;
    });
  }

  /** Asks the browser for the channel, resuming where the last one stopped; one it will not open waits its turn. */
  private connect(url: string, viewerChanged: boolean): ChannelEvents | undefined {
    const Source = dataOptions.EventSource;
    if (!Source) return;
    this.asked();
    try {
      return openChannel(Source, this.resumeAt(url), viewerChanged);
    } catch (error) {
      this.warnUnopened(url, async () => `the browser would not open it (${String(error)})`);
      this.noticeTrouble(url);
      this.reopenLater(url, false);
    }
  }

  /** Follows the channel's events; each one shows it is alive (`carried`). */
  private listen(url: string, events: ChannelEvents, carried: () => void): void {
    const heard = (event: Event) => {
      carried();
      this.heard(url);
      const id = (event as MessageEvent<string>).lastEventId;
      if (id) this.lastSeen = { url, id };
    };
    events.addEventListener('heartbeat', () => {
      carried();
      this.beating = url;
      this.heard(url);
    });
    events.addEventListener('record', (event) => {
      heard(event);
      const { data, lastEventId } = event as MessageEvent<string>;
      this.onRecord(data, /^\d+$/.test(lastEventId) ? Number(lastEventId) : undefined);
    });
    for (const type of ['changed', 'refetch']) {
      events.addEventListener(type, (event) => {
        heard(event);
        this.requestRefetch();
      });
    }
  }

  /** The channel's URL from the last record seen on it, where the URL says where to start (`?after=`). */
  private resumeAt(url: string): string {
    const id = this.lastSeen?.url === url ? this.lastSeen.id : undefined;
    return id && /^\d+$/.test(id) ? url.replace(AFTER, `$1${id}`) : url;
  }

  /** Restarts the wait for the next heartbeat; a channel silent past `liveSilenceMs` is reopened. */
  private heard(url: string): void {
    clearTimeout(this.silenceTimer);
    this.heardAt = Date.now();
    if (this.beating !== url) return;
    this.silenceTimer = setTimeout(() => this.reopenLater(url, true), dataOptions.liveSilenceMs);
  }

  private onRecord(data: string, seq: number | undefined): void {
    const message = parseMessage(data);
    const id = (message?.record as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') this.hooks.heard?.(id);
    if (isLiveRecord(message)) this.hooks.apply(message, seq);
    else this.requestRefetch(); // attendance (the host's times), or a kind this page does not know
  }

  /**
   * Reopens the channel after a growing wait with jitter, taken in turn with the refetch its loss asks for
   * (`lost`): the reopening first, the refetch in the gap before it where there is room, else after it.
   */
  private reopenLater(url: string, dropped: boolean): void {
    this.closeSource();
    this.failing = true;
    this.reopenFailures += 1;
    const ceiling = Math.min(dataOptions.maxReopenMs, dataOptions.askingGapMs * 2 ** (this.reopenFailures - 1));
    const wait = ceiling / 2 + (dataOptions.random() * ceiling) / 2;
    const at = this.nextTurn(performance.now() + wait, this.turns.refetch);
    const reopen = () => {
      // Something was asked meanwhile (the document, for a page seen again): the reopening keeps its distance.
      const early = this.askedAt + askingGap() - performance.now();
      if (early > 0 && this.reopening) return void (this.reopening.timer = setTimeout(reopen, early));
      this.reopening = undefined;
      this.turns.reopen = undefined;
      if (this.mounted && this.wanted() === url) this.open(url, true);
      else this.update();
    };
    const delay = at - performance.now();
    this.reopening = { url, timer: setTimeout(reopen, delay), at: Date.now() + delay };
    this.turns.reopen = at;
    this.hooks.lost(dropped);
  }

  private closeSource(): void {
    this.source?.events.close();
    this.source = undefined;
    clearTimeout(this.reopening?.timer);
    this.reopening = undefined;
    this.turns.reopen = undefined;
    this.failing = false;
    clearTimeout(this.silenceTimer);
  }

  /**
   * Back online, a channel waiting out its backoff (up to `maxReopenMs`) is
   * reopened at once, and the document fetched: the member sees the meeting as
   * it is now, not half a minute later. Woken, a dead channel is reopened (`wokeUp`); seen again while the
   * channel is down, the document is fetched (`seenAgain`).
   */
  private watchPage(): () => void {
    const backOnline = () => {
      const waiting = this.reopening?.url;
      if (waiting && this.mounted) {
        this.closeSource();
        this.reopenFailures = 0;
        this.open(waiting, true);
      } else this.requestRefetch();
    };
    const watchers = whenPageOnline();
    watchers.add(backOnline);
    const woken = whenPageWakes();
    const woke = () => this.wokeUp();
    woken.add(woke);
    const seen = whenPageSeen();
    const seenAgain = () => this.seenAgain();
    seen.add(seenAgain);
    return () => {
      watchers.delete(backOnline);
      woken.delete(woke);
      seen.delete(seenAgain);
    };
  }

  /**
   * The page is seen again (focused, or visible) while its channel is down: the document is fetched now (a
   * gap after the page's last request at most), not when the channel's wait is over, so that a person coming
   * back to the tab sees the meeting as it is, not as it was up to `maxReopenMs` ago. The channel keeps its
   * wait: every tab of a room's devices shown again must not reopen a channel whose host is restarting.
   */
  private seenAgain(): void {
    if (!this.mounted || !this.failing) return;
    const at = Math.max(performance.now() + dataOptions.refetchDebounceMs, this.askedAt + askingGap());
    if (this.refetchTimer && (this.turns.refetch ?? -Infinity) <= at) return;
    this.refetchAt(at, true);
  }

  /**
   * The page is seen again, or resumed. Its silence timer counts only time the device was awake: a laptop
   * that slept an hour with the lid shut would show the meeting as it was, as current, until the timer ran
   * out (up to `liveSilenceMs` after waking), while the host had long ended the stream. By the clock, a
   * channel that sends heartbeats and has been silent that long is dead: it is reopened now, and the
   * document fetched once it opens. So is a channel whose wait to be reopened is over by the clock.
   */
  private wokeUp(): void {
    if (!this.mounted) return;
    const waiting = this.reopening;
    // A wait for reopening that the clock says is over (it began before the sleep) is not waited out again.
    if (waiting && Date.now() >= waiting.at) {
      this.closeSource();
      if (this.wanted() === waiting.url) this.open(waiting.url, true);
      return;
    }
    const url = this.source?.url;
    if (!url || this.beating !== url || Date.now() - this.heardAt <= dataOptions.liveSilenceMs) return;
    this.closeSource();
    this.reopenFailures = 0;
    this.open(url, true);
  }

  /** Refetches when the page comes back into view and every few minutes while it is seen. */
  private startPolling(): () => void {
    const refetch = () => this.requestRefetch();
    const seen = whenPageSeen();
    seen.add(refetch);
    const stopTimer = pollOnTimer(refetch);
    return () => {
      stopTimer();
      seen.delete(refetch);
    };
  }
}

/** Whether two channel URLs name one stream, whatever point each was read from. */
function sameChannel(a: string, b: string): boolean {
  const base = (url: string) => url.replace(/([?&])after=\d+&?/, '$1').replace(/[?&]$/, '');
  return base(a) === base(b);
}
