/**
 * The hosts on another origin that the page said take the member's session: an element or `<partnership-data>`
 * with `credentials="include"` names the origin of its `src`, `live` and `endpoint`. A council's elements on
 * www.council.gov.uk with the host on portal.council.gov.uk (partnership-kit/server's `allowedOrigins`) sent
 * no cookies to it, as `fetch` sends none across origins by default: a signed-in member read the public's
 * view and their votes were refused 401. The document's fetch, the outbox's POSTs and the live stream to such
 * a host now carry the member's cookies (`credentials: 'include'`, `EventSource` `withCredentials`). Never
 * assumed: a host answering `Access-Control-Allow-Origin: *` refuses every credentialed request. Said once, an
 * origin takes the session for as long as the page is open, from every element that sends to it.
 */
import { pageShared } from './page-shared.js';

const origins = pageShared('session-origins', () => new Set<string>());
const listeners = pageShared('session-origin-listeners', () => new Set<(origin: string) => void>());

/** The origin of `url`, resolved against the page; undefined for no URL, or one without an origin (`data:`). */
export function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url, globalThis.location?.href);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Whether an element's `credentials` attribute asks for the member's session: `include`, in any case. */
export function asksForSession(credentials: string | null | undefined): boolean {
  return credentials?.trim().toLowerCase() === 'include';
}

/** Says the host at `url`'s origin takes the member's session; true when that is new to the page. */
export function sendSessionTo(url: string): boolean {
  const origin = originOf(url);
  if (!origin || origins.has(origin)) return false;
  origins.add(origin);
  listeners.forEach((listener) => listener(origin));
  return true;
}

/**
 * Calls `listener` with each origin the page says takes the member's session, as it first says so (sendSessionTo):
 * what went there without the session, and was refused for it, may go again with it. Returns the function that
 * removes it.
 */
export function whenSessionSentTo(listener: (origin: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether requests to `url` go with the member's session: its origin is one the page named. */
export function withSession(url: string): boolean {
  const origin = originOf(url);
  return origin !== undefined && origins.has(origin);
}

/** The `credentials` of a request to `url`: `include` for a host the page named, else `same-origin`. */
export function credentialsFor(url: string): RequestCredentials {
  return withSession(url) ? 'include' : 'same-origin';
}
