/**
 * Says in the log which sites' records the cross-site gate refuses. The gate answers 403 with no record, so the
 * kit keeps each record on the member's device and the host's log said nothing: a portal behind a proxy that
 * ends TLS (the browser's `Origin` https://, the request reaching Node as http://) had every vote refused and
 * nothing to tell the team why. Each site is said once, with the option that lets it through; a host that
 * many sites probe says the first few only, so that none can fill its log.
 */
import type { IncomingMessage } from 'node:http';

/** How many different refused sites are said before the rest go unsaid. */
const MOST_SITES_SAID = 10;

/** `(origin, request) => void`, telling `warn` of each site refused the first time it is, up to `most` sites. */
export function refusedSiteLog(
  ownOrigin: (request: IncomingMessage) => string,
  // Looked up at each refusal: a host may route the console to its own logger after the server starts.
  warn: (message: string) => void = (message) => console.warn(message),
  most = MOST_SITES_SAID,
): (origin: string, request: IncomingMessage) => void {
  const said = new Set<string>();
  return (origin, request) => {
    if (said.has(origin) || said.size >= most) return;
    said.add(origin);
    warn(refusedSiteAdvice(origin, ownOrigin(request), request));
  };
}

/** Why records from `origin` are refused, and the option to set when it is the portal's own site. */
function refusedSiteAdvice(origin: string, own: string, request: IncomingMessage): string {
  // No site to name: neither allowedOrigins nor allowOrigin can safely let it through (checkedOrigin refuses 'null').
  if (origin === 'null' || origin.trim() === '') {
    const sent = origin === 'null' ? 'Origin: null' : 'an empty Origin header';
    return `partnership-kit/server: records sent with ${sent} are refused (403): the browser hides the site they come from (a sandboxed frame, a file: or data: page, a redirect from another site), so any site could send them. Put the elements on a page of a site listed in allowedOrigins (this process is ${own}), not in a sandboxed frame. Said once.`;
  }
  const allow = `allowOrigin: (origin) => origin === '${origin}'`;
  const refused = `partnership-kit/server: records from ${origin} are refused as another site's (403)`;
  if (origin === own) {
    return `${refused}: that is this process's own origin, refused by the allowOrigin passed to createPartnershipServer, which replaces the check that lets the host's own pages through. Let it return true for ${origin} too. Said once a site.`;
  }
  if (sameHostOtherScheme(origin, own)) {
    const forwarded = request.headers['x-forwarded-proto'];
    const proxy = forwarded === undefined ? '' : ` (X-Forwarded-Proto: ${String(forwarded)})`;
    return `${refused}: they reach this process as ${own}${proxy}, as they do behind a proxy that ends TLS. If ${origin} is this portal, pass ${allow} to createPartnershipServer. Said once a site.`;
  }
  return `${refused}; this process is ${own}. If the elements are on ${origin}, list it in allowedOrigins; if a proxy passes ${origin}'s requests through to this process, pass ${allow}. Said once a site.`;
}

/** Whether two origins name one host and port under different schemes (https:// and http://). */
function sameHostOtherScheme(origin: string, own: string): boolean {
  const hostOf = (text: string) => text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return origin !== own && hostOf(origin) === hostOf(own);
}
