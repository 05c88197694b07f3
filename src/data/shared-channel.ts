/**
 * One live channel for every tab of the site that follows the same document.
 * Over HTTP/1.1 a browser opens at most six connections to a site, and each
 * tab's event stream holds one of them for as long as it is open: a member
 * with the vote page, the papers and the actions in a few tabs found the next
 * page of the portal loading nothing (the reference host speaks HTTP/1.1, as
 * do many intranets). The tabs now choose one of themselves, by a Web Lock
 * named after the channel, to hold the stream, and it passes each event on to
 * the others through a `BroadcastChannel`. When it closes, the next tab
 * waiting for the lock opens the stream from the last record it heard; a tab
 * holding the lock that no longer answers (frozen, or in the back/forward
 * cache) has it taken from it.
 *
 * To the live document a `SharedChannel` is an `EventSource`: it fires `open`,
 * `error` and the channel's own events, each with `data` and `lastEventId`,
 * and has `readyState` and `close()`.
 */
const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;
/** The events a stream of partnership-kit/server's (or a host's own) sends, which the tabs pass on. */
const CHANNEL_EVENTS = ['heartbeat', 'record', 'changed', 'refetch'];
/** How long a tab waits to hear from the one holding the stream before taking it over. */
export const LEADER_ANSWER_MS = 2_000;

type Message =
  | { type: 'hello' }
  | { type: 'reopen' }
  | { type: 'state'; readyState: number }
  | { type: 'event'; event: string; data: string; lastEventId: string };

/** Whether this browser lets tabs share a stream: Web Locks and BroadcastChannel (and a secure context). */
export function canShareChannels(): boolean {
  return typeof BroadcastChannel === 'function' && typeof globalThis.navigator?.locks?.request === 'function';
}

/**
 * The channel's name for every tab: its absolute URL, whatever point each tab reads it from (`after=`), and
 * whether it goes with the member's session (`withCredentials`): a stream is the host's for the session that
 * opened it, so a tab that sends the member's cookies to the host never follows one opened without them (the
 * public's), nor the other way.
 */
export function channelName(url: string, withCredentials = false): string {
  const absolute = new URL(url, globalThis.location?.href).href;
  const name = `partnership-kit live ${absolute.replace(/([?&])after=\d+&?/, '$1').replace(/[?&]$/, '')}`;
  return withCredentials ? `${name} with credentials` : name;
}

export class SharedChannel extends EventTarget {
  readyState = CONNECTING;
  /** Set by `close()`: nothing more is heard or said. */
  private ended = false;
  private readonly name: string;
  private tabs: BroadcastChannel;
  private request?: AbortController;
  /** Set while this tab holds the lock: the stream, and the function that lets the lock go. */
  private leading?: { events: EventSource; release: () => void };
  private lastEventId = '';
  private heardLeader = false;
  private joined = false;
  private answerTimer?: ReturnType<typeof setTimeout>;
  private readonly onPageHide = () => this.suspend();
  private readonly onPageShow = (event: PageTransitionEvent) => event.persisted && this.resume();

  /**
   * `viewerChanged`: opened because someone signed in on this page. A stream is the host's for the session
   * that opened it, so the tab holding it, which may have opened it before the sign-in, opens it again.
   * `withCredentials`: the stream goes with the member's session to a host on another origin (host-session.ts).
   */
  constructor(
    private readonly url: string,
    private readonly Source: typeof EventSource,
    private viewerChanged = false,
    private readonly withCredentials = false,
  ) {
    super();
    this.name = channelName(url, withCredentials);
    this.tabs = this.listenToTabs();
    globalThis.addEventListener?.('pagehide', this.onPageHide);
    globalThis.addEventListener?.('pageshow', this.onPageShow as EventListener);
    this.seekLead(false);
  }

  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.readyState = CLOSED;
    this.stepAside();
    this.tabs.close();
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
    globalThis.removeEventListener?.('pageshow', this.onPageShow as EventListener);
  }

  private listenToTabs(): BroadcastChannel {
    const tabs = new BroadcastChannel(this.name);
    tabs.onmessage = (event: MessageEvent<Message>) => this.hear(event.data);
    return tabs;
  }

  /**
   * Leaving the page, which the browser may keep in its back/forward cache: a held lock, or a message from
   * another tab arriving while it is kept, would make the browser drop it from the cache, so this tab lets go
   * of both until it is shown again.
   */
  private suspend(): void {
    this.stepAside();
    this.tabs.close();
  }

  private resume(): void {
    if (this.ended) return;
    this.tabs = this.listenToTabs();
    this.seekLead(false);
  }

  /** Asks for the lock, and the tab holding it for the stream's state; with `steal`, takes the lock at once. */
  private seekLead(steal: boolean): void {
    if (this.ended || this.leading) return;
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    const options: LockOptions = steal ? { steal: true } : { signal: request.signal };
    navigator.locks
      .request(this.name, options, () => (request.signal.aborted ? undefined : this.lead()))
      .catch(() => {
        // Aborted (this tab stopped asking), or taken by a tab that found this one silent: follow instead.
        if (this.request === request && !this.ended) this.follow();
      });
    this.heardLeader = false;
    this.post({ type: 'hello' });
    clearTimeout(this.answerTimer);
    this.answerTimer = setTimeout(() => {
      if (!this.leading && !this.heardLeader && !this.ended) this.seekLead(true);
    }, LEADER_ANSWER_MS);
  }

  /** This tab holds the lock: it opens the stream, from the last record it heard, until it lets go. */
  private lead(): Promise<void> {
    clearTimeout(this.answerTimer);
    return new Promise<void>((release) => {
      this.leading = { events: this.openStream(), release };
      // A tab that was following and had heard records opens from the last; one that heard none from the start.
      if (this.joined && !this.resumes()) this.deliver('refetch', '', '');
      this.joined = true;
    });
  }

  /** The stream itself, from the last record heard; each event told here and passed on to the other tabs. */
  private openStream(): EventSource {
    const url = this.resumeUrl();
    const events = this.withCredentials ? new this.Source(url, { withCredentials: true }) : new this.Source(url);
    const current = () => this.leading?.events === events;
    events.addEventListener('open', () => current() && this.setState(events.readyState));
    events.addEventListener('error', () => current() && this.setState(events.readyState, true));
    for (const type of CHANNEL_EVENTS) {
      events.addEventListener(type, (event) => {
        if (!current()) return;
        const { data, lastEventId } = event as MessageEvent<string>;
        this.post({ type: 'event', event: type, data: String(data ?? ''), lastEventId });
        this.deliver(type, String(data ?? ''), lastEventId);
      });
    }
    return events;
  }

  /** The lock was taken from this tab, or never granted: close its stream, and wait for the lock again. */
  private follow(): void {
    this.stepAside();
    this.seekLead(false);
  }

  /** Closes this tab's stream, if it holds it, and lets go of the lock, or stops asking for it. */
  private stepAside(): void {
    clearTimeout(this.answerTimer);
    this.request?.abort();
    this.request = undefined;
    const leading = this.leading;
    this.leading = undefined;
    leading?.events.close();
    leading?.release();
  }

  private hear(message: Message): void {
    if (message.type === 'hello') {
      if (this.leading) this.post({ type: 'state', readyState: this.leading.events.readyState });
      return;
    }
    if (message.type === 'reopen') {
      if (!this.leading) return;
      this.leading.events.close();
      this.leading.events = this.openStream();
      return;
    }
    if (this.leading) return;
    this.heardLeader = true;
    if (message.type === 'state') {
      // Joining a stream that is open already: whatever was stored since this tab read the document is fetched.
      const joining = !this.joined && message.readyState === OPEN;
      const failed = message.readyState === CLOSED || (message.readyState === CONNECTING && this.readyState === OPEN);
      this.setState(message.readyState, failed);
      if (joining) this.deliver('refetch', '', '');
      if (message.readyState === OPEN) this.joined = true;
      if (joining && this.viewerChanged) this.post({ type: 'reopen' });
      if (joining) this.viewerChanged = false;
    } else if (message.type === 'event') this.deliver(message.event, message.data, message.lastEventId);
  }

  /**
   * The stream's state, as this tab holds it or hears of it, told as an `EventSource` tells it: `open` on
   * opening, `error` on failing (`failed`: the browser retrying, or the stream closed for good).
   */
  private setState(readyState: number, failed = readyState === CLOSED): void {
    if (this.ended) return;
    const opened = readyState === OPEN && this.readyState !== OPEN;
    this.readyState = readyState;
    if (this.leading) this.post({ type: 'state', readyState });
    if (opened) this.dispatchEvent(new Event('open'));
    else if (failed) this.dispatchEvent(new Event('error'));
  }

  private deliver(type: string, data: string, lastEventId: string): void {
    if (this.ended) return;
    if (lastEventId) this.lastEventId = lastEventId;
    this.dispatchEvent(new MessageEvent(type, { data, lastEventId }));
  }

  private post(message: Message): void {
    if (!this.ended) this.tabs.postMessage(message);
  }

  /** Whether a stream opened now starts after the last record heard (partnership-kit/server's `?after=`). */
  private resumes(): boolean {
    return /^\d+$/.test(this.lastEventId) && /[?&]after=\d+/.test(this.url);
  }

  private resumeUrl(): string {
    return this.resumes() ? this.url.replace(/([?&]after=)\d+/, `$1${this.lastEventId}`) : this.url;
  }
}
