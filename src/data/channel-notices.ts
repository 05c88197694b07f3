/**
 * What the page says of a live channel that does not work: to the member, through the elements (the
 * `unopened` hook: it never opened, and why that is likely, or it keeps ending carrying nothing), and to the
 * web team, in the console, once an address, with what the address answered and where it came from. Apart
 * from the channel's events, which only report each failure here: what is said, when, and how often is a
 * question of its own.
 */
import { ENDINGS_SAID, findTrouble, troubleWarning, type LiveTrouble, type TroubleFound } from './channel-trouble.js';
import { dataOptions } from './data-options.js';
import { namedBy, type LivePreferences } from './live-preferences.js';
import { blockedByPolicy } from './policy-blocks.js';

/** What the notices ask of the live document's store. */
export interface NoticeHooks {
  /** The channel's trouble, or `undefined` once it is unsaid (LiveHooks.unopened). */
  unopened?(trouble: LiveTrouble | undefined): void;
  /** The document's URL, which the warning names when its `Link` header named the channel. */
  readonly document?: string;
}

/**
 * The live document's notices, as the class it extends (document-live.ts): they read which elements show the
 * document and what each asked for, and the channel's events report each failure here. Extended rather than
 * held, so that every call stays `this.…`: a member object, given the hooks, the preferences and `mounted`,
 * cost 80 bytes gzip in every bundle.
 */
export abstract class ChannelNotices<Hooks extends NoticeHooks> {
  /** Whether an element shows the document: nothing is said to elements that are gone. */
  protected mounted = false;
  protected readonly preferences: LivePreferences = new Map();
  /**
   * When (`performance.now()`) each channel address may next be asked what it answers: never again once it
   * was warned of (a typo costs the console one warning, not one per try); after `maxReopenMs` where nothing
   * it answered showed it wrong (a host restarting, or down), so that a later failure may show it.
   */
  private readonly nextAsking = new Map<string, number>();
  /** The channel addresses `warnUnopened` warned of: the console has heard what is wrong with them. */
  private readonly warned = new Set<string>();
  /** The channel failing since it was first tried, never having opened: its timer, and the trouble said, if any. */
  private trouble?: { url: string; timer?: ReturnType<typeof setTimeout>; said?: LiveTrouble };
  /**
   * The channel whose last tries each opened a stream that ended carrying nothing: how many in a row, and
   * whether that was said (`ended`, at `ENDINGS_SAID`). Forgotten once it carries something.
   */
  private endings?: { url: string; count: number; said: boolean };
  /** The channel addresses whose trouble the console was told of: once each. */
  private readonly troubleWarned = new Set<string>();

  constructor(protected readonly hooks: Hooks) {}

  /** The channel now wanted (or none): what was said of another is unsaid. */
  protected unsayAllBut(channel: string | undefined): void {
    if (this.trouble && this.trouble.url !== channel) this.forgetTrouble();
    if (this.endings && this.endings.url !== channel) this.forgetEndings();
  }

  /** The channel opened: that it never had, if said, is unsaid. */
  protected unsayUnopened(url: string): void {
    if (this.trouble?.url === url) this.forgetTrouble();
  }

  /**
   * Tells the web team, once, that the channel could not be opened, what the address answered, and where the
   * address came from: an element's `live` attribute (without it a typo reopened for ever with nothing said
   * anywhere), or the document's `Link` header (a proxy that breaks the host's channel). Only an answer that
   * shows the address wrong is warned of: a host down or restarting (no answer, a 5xx) is not the web team's
   * to fix, and it is asked again at a later failure, `maxReopenMs` on at the soonest. The page goes on
   * without the channel (the document is fetched at each try), so this is a warning, not a failure.
   */
  protected warnUnopened(url: string, answer: () => Promise<string | undefined>): void {
    if ((this.nextAsking.get(url) ?? -Infinity) > performance.now() || globalThis.navigator?.onLine === false) return;
    this.nextAsking.set(url, Infinity);
    // Asked only here, once the warning may be due: each try of a wrong address would cost a request more.
    void answer().then((said) => {
      if (said === undefined) return this.nextAsking.set(url, performance.now() + dataOptions.maxReopenMs);
      this.warned.add(url);
      console.warn(
        `partnership-kit: ${namedBy(this.preferences, url, this.hooks.document)}: the live channel ${url} could not be opened: ${said}. ${this.fixFor(url)}`,
      );
    });
  }

  /**
   * The channel failed before it ever opened. A page whose Content-Security-Policy refused it has been told
   * so by the browser (a `securitypolicyviolation`), and that is said at once; anything else (a host without
   * CORS for this page, a host name not in DNS, a port nothing listens at) looks to the page as a host
   * restarting does, so it is said only once the channel has failed for `liveUnopenedMs` since its first try.
   */
  protected noticeTrouble(url: string): void {
    if (this.trouble?.url !== url) {
      this.forgetTrouble();
      this.trouble = { url, timer: setTimeout(() => void this.findTrouble(url), dataOptions.liveUnopenedMs) };
    }
    if (this.trouble.said) return;
    void blockedByPolicy(url).then((blocked) => blocked && this.sayTrouble(url, { trouble: 'policy' }));
  }

  /** The channel has failed for `liveUnopenedMs`, never having opened: one request of the page's own finds why. */
  private async findTrouble(url: string): Promise<void> {
    const trouble = this.trouble;
    if (trouble?.url !== url || trouble.said) return;
    // Offline, the device's own connection is what is wrong, and the connection notice says so already.
    if (globalThis.navigator?.onLine === false) {
      trouble.timer = setTimeout(() => void this.findTrouble(url), dataOptions.liveUnopenedMs);
      return;
    }
    trouble.timer = undefined;
    if (await blockedByPolicy(url)) return this.sayTrouble(url, { trouble: 'policy' });
    const found = await findTrouble(url);
    // A tab that did not open the stream itself (another tab of the site held it) sees no violation of the
    // stream's: it learns of a policy's block from its own requests' (warnUnopened's, at the first failure), or
    // from this one's, where that was not made (the device offline then, or the address asked of lately).
    this.sayTrouble(
      url,
      found.trouble === 'unreachable' && (await blockedByPolicy(url)) ? { trouble: 'policy' } : found,
    );
  }

  /**
   * Says, once for as long as the channel stays unopened, that updates are not live (the elements), and why
   * (the console, once an address). A channel that opened meanwhile, or is no longer wanted, says nothing.
   */
  private sayTrouble(url: string, found: TroubleFound | { trouble: 'policy' }): void {
    const trouble = this.trouble;
    if (!this.mounted || trouble?.url !== url || trouble.said) return;
    trouble.said = found.trouble;
    this.hooks.unopened?.(found.trouble);
    // What the address answered was warned of already (a 404, a page): that warning has the fix.
    if (this.troubleWarned.has(url) || (found.trouble === 'refused' && this.warned.has(url))) return;
    this.troubleWarned.add(url);
    console.warn(troubleWarning(url, namedBy(this.preferences, url, this.hooks.document), found));
  }

  /**
   * A try of the channel opened a stream that ended having carried nothing, within `ENDED_AT_ONCE_MS` of
   * opening (a proxy closing it at once, a host ending it). Once it is so `ENDINGS_SAID` tries in a row, the elements say that
   * live updates keep stopping: the page fetches the document at each try instead, and the member had
   * been told nothing, the stream having opened.
   */
  protected endedEmpty(url: string): void {
    if (this.endings?.url !== url) this.forgetEndings();
    const endings = (this.endings ??= { url, count: 0, said: false });
    endings.count += 1;
    if (endings.said || endings.count < ENDINGS_SAID || !this.mounted) return;
    endings.said = true;
    this.hooks.unopened?.('ended');
  }

  /** The channel carried something, or another is wanted: that it kept ending, if said, is unsaid. */
  protected forgetEndings(): void {
    const endings = this.endings;
    this.endings = undefined;
    if (endings?.said) this.hooks.unopened?.(undefined);
  }

  /** The channel opened, or another is wanted: its trouble, if said, is unsaid. */
  private forgetTrouble(): void {
    const trouble = this.trouble;
    if (!trouble) return;
    clearTimeout(trouble.timer);
    this.trouble = undefined;
    if (trouble.said) this.hooks.unopened?.(undefined);
  }

  /** What to do about a channel that could not be opened, by where its address came from. */
  private fixFor(url: string): string {
    const meanwhile =
      'Until it opens, the document is fetched again each time the page tries it (every 30 s at most). ';
    if ([...this.preferences.values()].includes(url)) {
      return (
        meanwhile +
        'Fix the address in `live`; leave `live` out to use the channel the host names in the document’s ' +
        'Link header (rel="partnership-events"), or write live="off" for no updates.'
      );
    }
    return (
      meanwhile +
      'The host names this channel: check the address its Link header gives, and that every proxy on the way ' +
      'passes text/event-stream through as it comes, neither buffered nor ended (see the kit’s docs/host.md, "Notes ' +
      'for hosts"); or give the elements live="<url>" naming a channel that works, or live="off" for no updates.'
    );
  }
}
