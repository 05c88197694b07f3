/**
 * The API's paths under the base path, and what each answers: the reads (the document, its calendar feed, the
 * live stream, the health check) from a table, and the three kinds of record, each sent with POST.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServedDocument } from '../contract/served-document.js';
import { publishedDocument } from '../rules/index.js';
import { calendarAnswer } from './calendar-route.js';
import { sendText } from './compression.js';
import type { SendJson } from './json-answers.js';
import type { Ledger } from './ledger.js';
import type { LiveEvents } from './live-events.js';
import type { SentKind } from './record-shapes.js';

/** What the routes answer from: the host's ledger and live stream, its clock and sign-in, and how it sends. */
export interface RoutedHost {
  ledger: Ledger;
  events: LiveEvents;
  authenticate: (request: IncomingMessage) => Promise<string | null>;
  clock: () => string;
  /** Reads what other processes stored. */
  catchUp: () => Promise<void>;
  /** The document for a viewer, and the Link naming its live channel (`PartnershipServer.published`). */
  published: (viewer: string | null) => { document: ServedDocument; link: string };
  sendJson: SendJson;
  compress: boolean;
  /** Takes a sent record of `kind` (record-post.ts). */
  post: (request: IncomingMessage, response: ServerResponse, kind: SentKind) => Promise<void>;
}

/** A path read with GET: the methods it allows, and how it is answered. */
interface Read {
  allow: string;
  answer(host: RoutedHost, request: IncomingMessage, response: ServerResponse, query: string): Promise<void>;
}

/** A Map, not an object: a path like `/api/constructor` must not find a built-in property. */
const POSTS = new Map<string, SentKind>([
  ['votes', 'vote'],
  ['attendance', 'attendance'],
  ['actions', 'action'],
]);

async function readDocument(host: RoutedHost, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { document, link } = host.published(await host.authenticate(request));
  await host.sendJson(request, response, { status: 200, body: document as never }, { Link: link });
}

async function readCalendar(
  host: RoutedHost,
  request: IncomingMessage,
  response: ServerResponse,
  query: string,
): Promise<void> {
  const now = host.clock();
  const document = publishedDocument(host.ledger.document, await host.authenticate(request), now);
  const feed = calendarAnswer(document, now, new URLSearchParams(query).get('lang'));
  await sendText(request, response, feed, host.compress);
}

async function readHealth(host: RoutedHost, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // Reading the store is the check (a load balancer's): one that fails is answered 503 by `handle`.
  await host.catchUp();
  await host.sendJson(request, response, { status: 200, body: { status: 'ok' } });
}

async function openEvents(
  host: RoutedHost,
  request: IncomingMessage,
  response: ServerResponse,
  query: string,
): Promise<void> {
  const after = new URLSearchParams(query).get('after') ?? undefined;
  const viewer = await host.authenticate(request);
  const full = host.events.refusal(viewer);
  // Never compressed: a compressor holds output until it has enough to pack, so every event would need a
  // flush of its own (losing most of the saving), and a proxy may hold a compressed stream back to buffer
  // it; the events are a few hundred bytes each, and must reach the page as they are sent.
  if (full) await host.sendJson(request, response, { status: 503, body: { error: full } }, { 'Retry-After': '30' });
  else host.events.connect(request, response, viewer, after);
}

/** The paths read with GET, the methods each allows, and their answers. */
const READS = new Map<string, Read>([
  ['/partnership', { allow: 'GET, HEAD', answer: readDocument }],
  ['/partnership.ics', { allow: 'GET, HEAD', answer: readCalendar }],
  ['/partnership/events', { allow: 'GET', answer: openEvents }],
  ['/health', { allow: 'GET, HEAD', answer: readHealth }],
]);

/** The methods a path of the API allows, for a preflight; undefined where the path is not one of its own. */
export const methodsAt = (path: string) => READS.get(path)?.allow ?? (POSTS.has(path.slice(1)) ? 'POST' : undefined);

/** Answers a request for `path` (under the base path); false when the path is not one of the API's. */
export async function route(
  host: RoutedHost,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  query: string,
): Promise<boolean> {
  const read = READS.get(path);
  // HEAD is a GET whose body Node leaves out (not of the live stream, which has no end).
  const method = request.method === 'HEAD' && read?.allow.includes('HEAD') ? 'GET' : (request.method ?? 'GET');
  if (read) {
    if (method === 'GET') await read.answer(host, request, response, query);
    else
      await host.sendJson(
        request,
        response,
        { status: 405, body: { error: 'Read this with GET.' } },
        { Allow: read.allow },
      );
    return true;
  }
  const kind = POSTS.get(path.slice(1));
  if (!kind) return false;
  if (method !== 'POST') {
    const error = `Send a ${kind} with POST.`;
    await host.sendJson(request, response, { status: 405, body: { error } }, { Allow: 'POST' });
    return true;
  }
  await host.post(request, response, kind);
  return true;
}
