/**
 * A request to the host, from its arrival to its answer: whether its path is one of the API's, the listed
 * sites' CORS headers and preflights, the 503 of a host that is stopping, the route, and a request that failed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { methodsAt, route, type RoutedHost } from './api-routes.js';
import { isPreflight, type CrossOrigin } from './cross-origin.js';
import { refusal, unavailable, type SendJson } from './json-answers.js';
import type { Stopping } from './record-post.js';
import { ClientGone, RefusedRequest, closeAfter } from './request-body.js';
import { sentUrl } from './sent-url.js';
import { WrongClock } from './server-options.js';

/** What a request is answered from: the base path, the sites listed, the host's stopping and its routes. */
export interface HandlingHost {
  /** The base path as the routes compare it: from the root, without a trailing `/`. */
  base: string;
  sites: CrossOrigin | undefined;
  stopping: Stopping;
  sendJson: SendJson;
  /** Told of every request that failed for a reason of the host's own (`onError`). */
  onError: (error: unknown, request: IncomingMessage) => void;
  routed: RoutedHost;
}

/** Answers a request under the base path; false when it is not one of the API's (`PartnershipServer.handle`). */
export async function handleRequest(
  host: HandlingHost,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const { base, sites } = host;
  // The raw path, never parsed as a URL: `//[` and its like are simply not ours.
  const [path = '/', query = ''] = sentUrl(request).split('?');
  // A path of the portal's own under the base (`/api/account`) is left as it came: the listed sites' CORS
  // headers would let them read it with the member's cookie, and a closing host would answer it 503.
  const methods = path.startsWith(`${base}/`) ? methodsAt(path.slice(base.length)) : undefined;
  if (!methods) return false;
  sites?.mark(request, response);
  if (sites && isPreflight(request)) {
    sites.preflight(request, response, methods);
    return true;
  }
  if (host.stopping.closing) {
    request.resume();
    await host.sendJson(request, response, unavailable(request.method), {
      'Retry-After': '5',
      ...closeAfter(request),
    });
    return true;
  }
  try {
    return await route(host.routed, request, response, path.slice(base.length), query);
  } catch (error) {
    await answerFailure(host, request, response, error);
    return true;
  }
}

/** A clock the operator must set right: no `Retry-After`, for trying again soon mends nothing. */
const CLOCK_WRONG = {
  status: 500,
  body: { error: "The host's clock is set wrong, so it cannot answer. Tell the site's administrators." },
};

/** Answers a request whose route threw: refused unread, its client gone, or a failure of the host's own. */
async function answerFailure(
  host: HandlingHost,
  request: IncomingMessage,
  response: ServerResponse,
  error: unknown,
): Promise<void> {
  if (error instanceof RefusedRequest && !response.headersSent) {
    return host.sendJson(request, response, refusal(request, error), error.unread ? closeAfter(request) : {});
  }
  if (error instanceof ClientGone) return void response.destroy();
  // A store that could not take the record, or a fault: the operator reads it, the client tries again.
  host.onError(error, request);
  if (response.headersSent) response.end();
  else if (error instanceof WrongClock) await host.sendJson(request, response, CLOCK_WRONG);
  else await host.sendJson(request, response, unavailable(request.method), { 'Retry-After': '5' });
}
