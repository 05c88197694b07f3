/**
 * Requests the page's Content-Security-Policy refused. A fetch the policy
 * blocks fails as a lost connection would ("Failed to fetch"); the page's
 * `securitypolicyviolation` events tell the two apart, so an element can send
 * the web team to the policy rather than a member to their connection.
 */
import { pageShared } from './page-shared.js';

const blocked = () =>
  pageShared('policy-blocks', () => {
    const urls = new Set<string>();
    globalThis.document?.addEventListener('securitypolicyviolation', (event) => urls.add(event.blockedURI));
    return urls;
  });

/** Starts listening, before the first request that may be blocked. */
export function watchPolicyBlocks(): void {
  void blocked();
}

/**
 * Whether the policy refused `url` (a browser reports the whole URL, or only
 * its origin for another site's). The report comes as a task of its own,
 * which may follow the failed fetch: it is given a moment to arrive.
 */
export async function blockedByPolicy(url: string): Promise<boolean> {
  const urls = blocked();
  const { origin, protocol } = parsed(url) ?? {};
  // A data: or blob: address has no origin of its own ("null"): a browser reports its scheme alone ("data").
  const scheme = protocol === 'data:' || protocol === 'blob:' ? protocol.slice(0, -1) : undefined;
  const seen = () =>
    urls.has(url) || (scheme !== undefined ? urls.has(scheme) : origin !== undefined && urls.has(origin));
  if (seen()) return true;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return seen();
}

function parsed(url: string): URL | undefined {
  try {
    return new URL(url, globalThis.location?.href);
  } catch {
    return undefined;
  }
}
