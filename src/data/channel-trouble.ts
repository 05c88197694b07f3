/**
 * Why a live channel has never opened, as far as a page can tell. `EventSource` says only that it failed,
 * and the browser keeps the reason (a blocked request, a CORS error, `ERR_NAME_NOT_RESOLVED`) for its own
 * console, out of the page's reach: a member saw a meeting that never updated, and the web team nothing.
 *
 * - `policy`: the page's Content-Security-Policy (its `connect-src`) refused the channel. A
 *   `securitypolicyviolation` event names it, so this is certain at the first failure.
 * - `cors`: the channel's host answers a request that asks nothing of it (`mode: 'no-cors'`), but the
 *   channel never opens: most likely the host does not allow this page's origin.
 * - `unreachable`: not even that request is answered: the host name is wrong or not in DNS, nothing
 *   listens at that port, the host is down, or a firewall stands in the way.
 * - `refused`: the host answers this page, but not with a stream that stays open (a 5xx for 30 s, say).
 * - `ended`: the stream opens but is ended at once carrying nothing, try after try (a proxy that closes it,
 *   a host that ends it): it opened, so none of the above, but it gives nothing live either. Said after `ENDINGS_SAID` tries in a row; unsaid once the stream carries something.
 *
 * A page cannot tell CORS from DNS from a host down at the first failure, and a host restarting fails for a
 * few seconds too: so all but `policy` are said only once the channel has failed for `liveUnopenedMs`.
 */
import { dataOptions } from './data-options.js';

/** Why a live channel has never opened, or never holds (see the module's comment). */
export type LiveTrouble = 'policy' | 'cors' | 'unreachable' | 'refused' | 'ended';

/** How many of the page's tries in a row must open a stream that ends carrying nothing before `ended` is said. */
export const ENDINGS_SAID = 3;
export { ENDED_AT_ONCE_MS } from './data-options.js';

/** What one request of the page's own to the channel's address found: the trouble, and what it answered. */
export interface TroubleFound {
  trouble: Exclude<LiveTrouble, 'policy' | 'ended'>;
  /** `refused`: the status and content type the host answered with. */
  answered?: string;
}

/**
 * Asks the channel's address once, without CORS (the answer is opaque, but an answer), ended at its headers.
 * A request that gets no answer within `documentTimeoutMs` is taken as unanswered.
 */
export async function findTrouble(url: string): Promise<TroubleFound> {
  const asking = new AbortController();
  const timer = setTimeout(() => asking.abort(), dataOptions.documentTimeoutMs);
  try {
    const response = await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: asking.signal });
    // Opaque: another origin's answer the page may not read, which is what a host without CORS gives.
    if (response.type === 'opaque') return { trouble: 'cors' };
    const type = response.headers.get('Content-Type') ?? 'no content type';
    return {
      trouble: 'refused',
      answered: `${response.status} ${response.statusText} (${type})`.replace(/ {2}/g, ' '),
    };
  } catch {
    return { trouble: 'unreachable' };
  } finally {
    clearTimeout(timer);
    asking.abort();
  }
}

/** The origin of `url` as the browser names it, and the page's own. */
function origins(url: string): { channel: string; page: string } {
  const page = globalThis.location?.origin ?? 'this page’s origin';
  try {
    return { channel: new URL(url, globalThis.location?.href).origin, page };
  } catch {
    return { channel: url, page };
  }
}

/**
 * The console's words for the web team (English, as the browser's own console is): what stops the channel at
 * `url`, named by `where` (the element's `live` attribute, or the document's `Link` header), and the fix.
 */
export function troubleWarning(url: string, where: string, found: TroubleFound | { trouble: 'policy' }): string {
  const { channel, page } = origins(url);
  const seconds = Math.round(dataOptions.liveUnopenedMs / 1000);
  const meanwhile =
    'Until it opens, members see other devices’ votes and changes only when the page fetches the document ' +
    'again (every 30 s at most), their own are kept on the device until the host has them, and the elements ' +
    'say so; the page keeps trying, waiting longer each time.';
  const head = `partnership-kit: ${where}: the live channel ${url}`;
  switch (found.trouble) {
    case 'policy':
      return (
        `${head} is blocked by this page’s Content-Security-Policy: its connect-src does not allow ${channel}. ` +
        `Add ${channel} to connect-src in the policy the page is served with (a header, or a <meta>). ${meanwhile}`
      );
    case 'cors':
      return (
        `${head} has not opened in ${seconds} s. Its host answers, but the channel does not open for this page: ` +
        `most likely (CORS) the host does not allow ${page}. Have ${channel} answer the channel with ` +
        `Access-Control-Allow-Origin: ${page} (partnership-kit/server: list ${page} in its allowedOrigins, ` +
        `and see its docs/server.md on signed-in members), or serve the channel from this page’s own site; the browser’s ` +
        `console shows its CORS error. ${meanwhile}`
      );
    case 'unreachable':
      return (
        `${head} has not opened in ${seconds} s, and its host cannot be reached from this page. Likely causes: ` +
        `the host name is wrong or not in DNS (ERR_NAME_NOT_RESOLVED in the browser’s console), nothing is ` +
        `listening at ${channel} (a wrong port, or the host down: ERR_CONNECTION_REFUSED), or a firewall or ` +
        `proxy stops it. Check the address, and that the host runs. ${meanwhile}`
      );
    case 'refused':
      return (
        `${head} has not opened in ${seconds} s: its host answers this page (${found.answered ?? 'HTTP'}), but not with ` +
        `an event stream that stays open. Check the host’s log, and that every proxy on the way passes ` +
        `text/event-stream through (see the kit’s docs/host.md, "Notes for hosts"). ${meanwhile}`
      );
  }
}
