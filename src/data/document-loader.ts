/**
 * Fetches and checks one document. Every way it can go wrong comes back as a
 * `LoadFailure`; nothing is thrown.
 */
import { parseDocument, parseDocumentInSteps, type ParseResult, type PartnershipDocument } from '../contract/index.js';
import { readJsonText, type JsonText } from '../contract/json-text.js';
import { withoutEditorMarkup } from './editor-markup.js';
import type { LoadFailure } from './document-state.js';
import { noteHostDate } from './host-clock.js';
import { blockedByPolicy, watchPolicyBlocks } from './policy-blocks.js';
import { credentialsFor } from './host-session.js';
import { nextTask } from './next-task.js';

export type LoadResult =
  | {
      ok: true;
      json: unknown;
      document: PartnershipDocument;
      /** The live channel the response named (`Link: <…>; rel="partnership-events"`), resolved. */
      channel?: string;
    }
  | { ok: false; failure: LoadFailure };

export interface FetchOptions {
  fetcher?: typeof fetch;
  /** How long the fetch, body included, may take; default 20 seconds. */
  timeoutMs?: number;
}

/** The link relation by which a document's response names its live channel. */
const EVENTS_REL = 'partnership-events';

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Fetches `url` (the member's cookies only to the page's own origin, or to a host the page said takes them:
 * host-session.ts) and checks it. A second argument
 * that is a function is the fetcher, as before options existed.
 */
export async function fetchDocument(url: string, options: FetchOptions | typeof fetch = {}): Promise<LoadResult> {
  const { fetcher = (...args: Parameters<typeof fetch>) => fetch(...args), timeoutMs = DEFAULT_TIMEOUT_MS } =
    typeof options === 'function' ? { fetcher: options } : options;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A fetcher that ignores the signal still loses the race, so nothing waits for ever.
  const timedOut = new Promise<LoadResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, failure: { kind: 'timeout', url, seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) } });
    }, timeoutMs);
  });
  try {
    return await Promise.race([load(url, fetcher, controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The schemes a page fetches a document from: the web's, and an address the page made of its own text. */
const FETCHED_SCHEMES = new Set(['http:', 'https:', 'data:', 'blob:']);

/** The scheme of `url` when no page can fetch a document from it (`ftp:`, `javascript:`, `file:`), else undefined. */
function unfetchedScheme(url: string): string | undefined {
  try {
    const { protocol } = new URL(url, globalThis.location?.href);
    return FETCHED_SCHEMES.has(protocol) ? undefined : protocol;
  } catch {
    return undefined;
  }
}

async function load(url: string, fetcher: typeof fetch, signal: AbortSignal): Promise<LoadResult> {
  // Fetched, it failed as a lost connection does: a member was told to check theirs, not the web team the address.
  const scheme = unfetchedScheme(url);
  if (scheme) return { ok: false, failure: { kind: 'not-web-address', url, scheme } };
  let response: Response;
  const sentAt = Date.now();
  watchPolicyBlocks();
  try {
    // `no-cache`: the host is asked every time (a 304 to a revalidation is cheap). A document whose answer says
    // the browser may keep it (a max-age, a Last-Modified) was otherwise refetched from the browser's own cache,
    // and a change the live channel announced never reached the page. The kit keeps its own copy for offline.
    const headers = { Accept: 'application/json' };
    response = await fetcher(url, { credentials: credentialsFor(url), cache: 'no-cache', headers, signal });
  } catch (error) {
    const failure = { kind: 'network' as const, url, message: messageOf(error) };
    return { ok: false, failure: (await blockedByPolicy(url)) ? { ...failure, blockedByPolicy: true } : failure };
  }
  noteHostDate(response.headers.get('Date'), sentAt, Date.now());
  if (!response.ok) {
    return { ok: false, failure: { kind: 'http', url, status: response.status, statusText: response.statusText } };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', url, message: messageOf(error) } };
  }
  // Read as parseDocument reads JSON text: a syntax error says its line and column in every browser.
  const read = readJsonText(text);
  if (!read.ok) {
    const webPage = /^\s*</.test(text);
    const { reason: message, syntax } = read;
    return {
      ok: false,
      failure: { kind: 'not-json', url, message, ...(webPage ? { webPage } : syntax && { syntax }) },
    };
  }
  const checked = await checkFetchedJson(read.value, url);
  const channel = eventsChannel(response.headers.get('Link'), response.url || url);
  return checked.ok && channel ? { ...checked, channel } : checked;
}

/** The URL a `Link` header names as `rel="partnership-events"`, resolved against the document's URL. */
function eventsChannel(link: string | null, base: string): string | undefined {
  if (!link) return undefined;
  for (const [, target, params] of link.matchAll(/<([^>]*)>([^,]*)/g)) {
    const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(params ?? '')?.[1];
    if (target === undefined || !rel?.split(/\s+/).includes(EVENTS_REL)) continue;
    try {
      return new URL(target, new URL(base, globalThis.location?.href)).href;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Checks already-parsed JSON against the contract. */
export function checkJson(json: unknown, url?: string): LoadResult {
  return loaded(parseDocument(asInput(json)), json, url);
}

/**
 * What parseDocument is given for `json`: it reads a string as JSON text, so JSON that is itself a string ("hello")
 * goes as the text that writes it, and the problem is that it is no object, not that it is no JSON.
 */
const asInput = (json: unknown) => (typeof json === 'string' ? JSON.stringify(json) : json);

/** The load's result from the parse's. */
function loaded(parsed: ParseResult, json: unknown, url: string | undefined): LoadResult {
  if (!parsed.ok)
    return { ok: false, failure: { kind: 'contract', url, problems: parsed.problems, total: parsed.total } };
  return { ok: true, json, document: parsed.document };
}

/**
 * `checkJson` of a fetched document, a task passing between the fields' shapes and the checks across records: on a
 * phone, the two together held the page for 100 to 200 ms, the elements' drawing of the document then following
 * in the same task.
 */
async function checkFetchedJson(json: unknown, url: string): Promise<LoadResult> {
  return loaded(await parseDocumentInSteps(asInput(json), nextTask), json, url);
}

/**
 * Parses inline JSON text (a `<script type="application/json">` child), read through the markup a CMS puts between
 * its lines (see `withoutEditorMarkup`). A script with nothing in it is `empty`: a rich-text editor dropped the JSON.
 */
export function checkJsonText(text: string): LoadResult {
  // As parseDocument reads JSON text: a byte-order mark pasted in is taken, a syntax error says its line and column.
  const read = readJsonText(text);
  if (read.ok) return checkJson(read.value);
  const cleaned = withoutEditorMarkup(text);
  if (cleaned.trim() === '') return { ok: false, failure: { kind: 'not-json', message: read.reason, empty: true } };
  return cleaned === text ? notJson(read) : checkCleaned(cleaned);
}

/** Inline JSON text read again without the markup a CMS put in it; a syntax error then says its place there. */
function checkCleaned(cleaned: string): LoadResult {
  const read = readJsonText(cleaned);
  return read.ok ? checkJson(read.value) : notJson(read);
}

function notJson(read: JsonText & { ok: false }): LoadResult {
  return {
    ok: false,
    failure: { kind: 'not-json', message: read.reason, ...(read.syntax && { syntax: read.syntax }) },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
