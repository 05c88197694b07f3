/**
 * The URL a request was sent to, as the page wrote it. Express and Connect take a mounted middleware's path off
 * `req.url` (`app.use('/api', …)` leaves `/votes`) and keep the URL as sent on `req.originalUrl`: the API's
 * routes and the live channel its document names are the site's paths, so they are read from that. Koa keeps
 * it on `ctx.originalUrl` alone, which the handler cannot see: under `koa-mount` the middleware of docs/server.md sets
 * `req.originalUrl` from it.
 */
import type { IncomingMessage } from 'node:http';

export function sentUrl(request: IncomingMessage): string {
  const { originalUrl } = request as IncomingMessage & { originalUrl?: unknown };
  return typeof originalUrl === 'string' ? originalUrl : (request.url ?? '/');
}
