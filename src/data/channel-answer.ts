/**
 * What a live channel's address answers, asked once by the page itself: `EventSource` says only that the
 * channel failed, and the console warning that sends the web team to a wrong address needs what it answered
 * (a 404, a page). Apart from the channel: it is one ordinary request, made only when a warning may be due.
 */
import { dataOptions } from './data-options.js';
import { credentialsFor } from './host-session.js';

/**
 * What the channel's address answers that shows it wrong, in a developer's words (English, as the browser's
 * own console is): `EventSource` says only that it failed. One request, ended as soon as its headers arrive.
 * `endedAtOnce`: the stream opened again and was ended again, carrying nothing. Undefined where nothing shows
 * the address wrong: it answers as a channel should, or not at all (a host down, the network gone), or with a
 * fault that passes (a 5xx such as a restarting host's 503, a 408, a 429).
 */
export async function channelAnswer(url: string, endedAtOnce: boolean): Promise<string | undefined> {
  if (endedAtOnce) return 'it answers text/event-stream and ends the stream at once, carrying no event';
  const asking = new AbortController();
  const timer = setTimeout(() => asking.abort(), dataOptions.documentTimeoutMs);
  try {
    const response = await fetch(url, {
      headers: { Accept: 'text/event-stream' },
      // As the stream itself asks: a host that takes the member's session may refuse the public.
      credentials: credentialsFor(url),
      cache: 'no-store',
      signal: asking.signal,
    });
    const type = response.headers.get('Content-Type') ?? 'no content type';
    if (response.ok && /^text\/event-stream/i.test(type)) return undefined;
    if (passes(response.status)) return undefined;
    return `it answered ${response.status} ${response.statusText} (${type})`.replace(/ {2}/g, ' ');
  } catch {
    return undefined; // no answer: the host down or restarting, or the device offline, proves nothing of the address
  } finally {
    clearTimeout(timer);
    asking.abort();
  }
}

/** A status that may pass by itself: the host's own fault (a 5xx, such as a restarting host's 503), or its asking to wait (408, 429). */
function passes(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}
