/**
 * `partnership-kit/server`: the host half of the kit, as one node:http
 * request handler. It serves each viewer the document as they may read it,
 * takes votes, attendance and action changes, judges each with the rules
 * core by its own clock, stores it durably before answering, and streams
 * every stored record to every open page.
 *
 *   GET  {base}/partnership          the document, as `publishedDocument` for the signed-in viewer
 *   GET  {base}/partnership/events   Server-Sent Events of stored records
 *   GET  {base}/partnership.ics      the same document as an iCalendar feed (`?lang=cy` for Welsh)
 *   POST {base}/votes                a vote (Idempotency-Key = its id, `by` = the signed-in person)
 *   POST {base}/attendance           a clerk's check-in or check-out
 *   POST {base}/actions              an action's status
 *   GET  {base}/health               200 while this process reads its store; 503 when it cannot, or is stopping
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import type { PartnershipDocument } from '../contract/index.js';
import { servedDocument, type ServedDocument } from '../contract/served-document.js';
import { publishedDocument } from '../rules/index.js';
import type { RoutedHost } from './api-routes.js';
import type { CrossOrigin } from './cross-origin.js';
import { foldingErrorLog } from './error-log.js';
import { jsonSender } from './json-answers.js';
import { followStore, openLedger } from './ledger-start.js';
import { ownOrigin, type Gates } from './record-gates.js';
import { postRecord, type PostingHost, type Stopping } from './record-post.js';
import { decidingTogether } from './decided-together.js';
import type { Decision } from './decisions.js';
import { refusedSiteLog } from './refused-sites.js';
import { handleRequest, type HandlingHost } from './request-handling.js';
import { SendRate } from './send-rate.js';
import { settingsOf } from './server-options.js';
import type { Store } from './store.js';

export interface PartnershipServerOptions {
  /**
   * The partnership's document (parsed JSON or JSON text), or `await readPartnershipDocument(file)`, which names
   * the file in its refusal and, read before the store is opened, leaves no database file behind it. A document
   * that breaks the contract is refused with its problems (`DocumentRefused`).
   */
  document: unknown;
  /**
   * The store (`await sqliteStore({ file })`), or a function that opens it (`() => sqliteStore({ file })`), called
   * only once the document and every other option are checked: a document given as itself that is refused then
   * leaves no database file and no connection behind. A store the host opened is closed by it if its start fails.
   */
  store: Store | (() => Promise<Store>);
  /**
   * The signed-in person's id for a request (from `node:http2`, its compatibility request), a string as in the
   * document's people, or null for the public. Anything else (the portal's user object) is served as the public,
   * and said once in the log by its type and keys.
   */
  authenticate: (request: IncomingMessage) => string | null | Promise<string | null>;
  /**
   * The host's clock as an ISO date-time; default the real clock. Read once at start: a reading that is not one
   * (a Date) is refused then; one later is answered 500, and told to `onError`.
   */
  clock?: () => string;
  /**
   * How often a live stream sends a `heartbeat` event and checks its viewer is still signed in, in ms; default
   * 15 s, at least 100. Pages take 50 s without one for a dead connection (the kit's `liveSilenceMs`): keep it well
   * under that.
   */
  heartbeatMs?: number;
  /**
   * Where the API lives; default `/api`. A path from the site's root (`/council/api`); a trailing `/` is
   * dropped, and `/` puts the API at the root (`/partnership`).
   */
  basePath?: string;
  /** The largest record accepted, in bytes (its `ext` included); default 8 KB. */
  maxRecordBytes?: number;
  /**
   * How long a record's body may take to arrive, in ms; default 10 s. A record
   * is a few hundred bytes: one still arriving after this is answered 408
   * (the kit's outbox sends it again) and its connection closed.
   */
  bodyTimeoutMs?: number;
  /**
   * How many records one signed-in person may send in any minute; default 60,
   * a full room checked in by its clerk. More is answered 429 with
   * `Retry-After`, and the kit's outbox sends it then: every page downloads
   * every stored record, so one member sending without end would slow all.
   */
  maxRecordsPerMinute?: number;
  /**
   * How many live streams this process keeps open (default 5,000), how many
   * of them the public, not signed in, may hold (default 80 % of the total, so
   * the members always have room), and how many one signed-in person may hold
   * (default 10; a page holds one per document). A stream beyond any is
   * answered 503 with `Retry-After`, and the kit's page tries again later,
   * waiting longer each time.
   */
  maxLiveStreams?: { total?: number; public?: number; perPerson?: number };
  /** The largest `ext` a record may carry, in bytes of JSON; default 2 KB. Every page downloads every stored record. */
  maxExtBytes?: number;
  /**
   * The longest a vote may wait on a member's device before it reaches the
   * host, in minutes from its `cast`; default 1440 (a day). An older one is
   * refused, `waited-too-long`, and the member is asked to vote again.
   * `cast` is the device's claim, and the rules judge the vote at it (who
   * held the seat, who was in the room): the bound keeps a claim of long ago
   * from being taken. `null`: no bound (docs/contract.md's postal vote).
   * A clerk's check-in or check-out that waited longer is stored, but timed by
   * the host's clock, not its `at` (src/server/check-in-moment.ts).
   */
  maxVoteWaitMinutes?: number | null;
  /**
   * Whether a state-changing request's `Origin` may act; default: no
   * `Origin` (not a browser) or the request's own origin. A cross-site form
   * cannot vote as the member whose cookie it carries.
   */
  allowOrigin?: (origin: string, request: IncomingMessage) => boolean;
  /**
   * The sites other than the host's own whose pages may use the API, each an origin as a browser sends it
   * (`'https://www.council.gov.uk'`: scheme, host and port; never `'*'`); default none. Each is answered with
   * `Access-Control-Allow-Origin` naming it and `Access-Control-Allow-Credentials: true` (reads, the live
   * stream and records), its preflights with 204, and its records pass the cross-site gate. Any other origin
   * is answered as before. Every answer says `Vary: Origin`. An entry that is not an origin throws at start.
   */
  allowedOrigins?: readonly string[];
  /**
   * Whether answers over 1 KB (the document, the calendar feed) are sent compressed, brotli or else gzip, to a
   * client whose `Accept-Encoding` takes one; default true. The live stream never is. A proxy or `compression()`
   * in front passes an answer already compressed through, so it may stay on behind one; false leaves the
   * work to it.
   */
  compress?: boolean;
  /**
   * Told of every request that failed for a reason of the host's own (a store
   * that could not take a record, a fault in `authenticate`), which is answered
   * 503 with `Retry-After`; default: `console.error`, with the method and path, a failure that repeats
   * (a store that is down) written once a minute with how many requests it failed meanwhile.
   */
  onError?: (error: unknown, request: IncomingMessage) => void;
  /**
   * Told when the host cannot follow its store in the background: reading what other processes stored failed,
   * or PostgreSQL's listening connection was lost (each is tried again by itself). Until it recovers, this
   * process serves the meeting without the others' latest records. Default: `console.error`, which also says once
   * when the store is followed again.
   */
  onStoreError?: (error: unknown) => void;
}

export interface PartnershipServer {
  /**
   * Answers a request under the base path; resolves false when it is not one of the API's. From `node:http`, or
   * from `node:http2`'s compatibility API, whose request reaches `authenticate` and the other callbacks as it is.
   */
  handle(
    request: IncomingMessage | Http2ServerRequest,
    response: ServerResponse | Http2ServerResponse,
  ): Promise<boolean>;
  /** The whole document as the host holds it, every vote included. */
  document(): PartnershipDocument;
  /**
   * The document as `viewer` may read it now, as it is served (no empty `projects` or `previousRules`: src/contract/served-document.ts), and the
   * Link header naming the live channel from where it stands.
   */
  published(viewer: string | null): { document: ServedDocument; link: string };
  /** Reads what other processes stored; the store's watch does this by itself. */
  catchUp(): Promise<void>;
  /**
   * Stops: live streams end (pages reconnect, to another process or after a restart), every request from now
   * on is answered 503 with `Retry-After`, the records being stored are stored and answered, then the store
   * closes. Calling it again gives the same promise.
   */
  close(): Promise<void>;
}

/** What a store must answer to (`Store`): the rest of it (`sessions`) is the portal's. */
const STORE_METHODS = ['since', 'append', 'watch', 'close'] as const;

/** Throws, saying how to open one, when `given` (named `what` for the operator) is not a store. */
function checkStore(given: Record<string, unknown> | null | undefined, what: string): void {
  const missing = STORE_METHODS.filter((name) => typeof given?.[name] !== 'function');
  if (missing.length === 0) return;
  throw new Error(
    `${what} is not a store (${given ? `it has no ${missing.join(', ')}` : `it is ${String(given)}`}): open one with await sqliteStore({ file }) or await postgresStore({ connectionString }).`,
  );
}

/**
 * Refuses a store or `authenticate` the host cannot use, before anything is read: each threw later, as
 * "Cannot read properties of undefined (reading 'since')" at start, or as a 503 to every request. A function
 * that opens the store is checked once it has opened it (`openStore`).
 */
function checkHooks({ store, authenticate }: PartnershipServerOptions): void {
  const given = store as unknown as Record<string, unknown> | null | undefined;
  if (typeof given?.then === 'function') {
    throw new Error(
      'options.store is a promise: await it, as in store: await sqliteStore({ file }) or await postgresStore({ connectionString }).',
    );
  }
  if (typeof store !== 'function') checkStore(given, 'options.store');
  if (typeof authenticate !== 'function') {
    throw new Error(
      "options.authenticate is not a function: give one that returns the signed-in person's id for a request, or null for the public.",
    );
  }
}

/**
 * The store, opened now when `options.store` is the function that opens it (every other option checked by
 * then), with whether the host opened it: a store the portal opened stays the portal's to close.
 */
async function openStore(store: PartnershipServerOptions['store']): Promise<{ store: Store; opened: boolean }> {
  if (typeof store !== 'function') return { store, opened: false };
  const opened = await store();
  checkStore(opened as unknown as Record<string, unknown>, 'What options.store() resolved with');
  return { store: opened, opened: true };
}

/**
 * The ledger over the store; a store the host opened itself is closed again when the start fails (records
 * that break the document, a store that cannot be read), so that no connection or file is left open behind it.
 */
async function openLedgerOver(options: PartnershipServerOptions, document: PartnershipDocument, clock: () => string) {
  const { store, opened } = await openStore(options.store);
  try {
    return { store, ...(await openLedger({ ...options, store }, document, clock)) };
  } catch (error) {
    if (opened) await store.close().catch(() => undefined);
    throw error;
  }
}

/** The gates a sent record passes (record-gates.ts), from the options and their defaults. */
function gatesOf(
  options: PartnershipServerOptions,
  authenticate: Gates['authenticate'],
  sites: CrossOrigin | undefined,
): Gates {
  return {
    authenticate,
    allowOrigin: options.allowOrigin,
    listed: sites?.listed,
    refusedSite: refusedSiteLog(ownOrigin),
    rate: new SendRate(options.maxRecordsPerMinute ?? 60),
    maxRecordBytes: options.maxRecordBytes ?? 8192,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 10_000,
    maxExtBytes: options.maxExtBytes ?? 2048,
  };
}

/**
 * Creates the partnership API over a store, after reading every record the
 * store holds.
 *
 * @example
 * const store = await sqliteStore({ file: 'data/partnership.db' });
 * const api = await createPartnershipServer({ document: seed, store, authenticate: (req) => portal.personOf(req) });
 * createServer(async (req, res) => (await api.handle(req, res)) || serveThePortal(req, res)).listen(8080);
 */
export async function createPartnershipServer(options: PartnershipServerOptions): Promise<PartnershipServer> {
  checkHooks(options);
  const { document, clock, base, sites, maxVoteWait } = settingsOf(options);
  const { store, ledger, events, authenticate, applyStored, catchUp } = await openLedgerOver(options, document, clock);
  const onError = options.onError ?? foldingErrorLog();
  const stopWatching = followStore(store, catchUp, options.onStoreError);
  const stopping: Stopping = { writes: new Set() };
  const compress = options.compress ?? true;
  const sendJson = jsonSender(compress);
  const gates = gatesOf(options, authenticate, sites);
  const decideAndStore = decidingTogether<Decision>(store, ledger, applyStored);
  const posting: PostingHost = { ledger, gates, clock, maxVoteWait, decideAndStore, sendJson, stopping };

  /** The document for `viewer`, and its channel from the record it was read at, so no record falls between. */
  function published(viewer: string | null) {
    const link = `<${base}/partnership/events?after=${ledger.lastSeq}>; rel="partnership-events"`;
    return { document: servedDocument(publishedDocument(ledger.document, viewer, clock())), link };
  }
  const post: RoutedHost['post'] = (request, response, kind) => postRecord(posting, request, response, kind);
  const routed: RoutedHost = { ledger, events, authenticate, clock, catchUp, published, sendJson, compress, post };
  const handling: HandlingHost = { base, sites, stopping, sendJson, onError, routed };

  return {
    // HTTP/2's compatibility request and response have every member the handler uses (test/node/server/http2.test.js).
    handle: (request, response) => handleRequest(handling, request as IncomingMessage, response as ServerResponse),
    document: () => ledger.document,
    published,
    catchUp,
    close() {
      stopping.closing ??= (async () => {
        stopWatching();
        events.close();
        await Promise.allSettled([...stopping.writes]);
        await store.close();
      })();
      return stopping.closing;
    },
  };
}
