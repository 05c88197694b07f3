/**
 * One store per resolved document URL, shared by every element on the page:
 * one fetch, and a change published to the store re-renders every element
 * that reads it. While an element shows it, the document is kept in step
 * with its host (document-live.ts).
 */
import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { PartnershipDocument } from '../contract/index.js';
import type { DocumentState, LoadFailure } from './document-state.js';
import { checkJson, checkJsonText, fetchDocument, type LoadResult } from './document-loader.js';
import { readSavedDocument, saveDocument } from './document-cache.js';
import { dataOptions } from './data-options.js';
import { withActionStatus, withVote } from '../rules/changes.js';
import { LiveDocument, type LivePreference, type LiveRecord, type LiveToken } from './document-live.js';
import { pageShared } from './page-shared.js';
import { hostNowText } from './host-clock.js';
import type { LiveTrouble } from './channel-trouble.js';
import { originOf, sendSessionTo } from './host-session.js';

interface DocumentEntry {
  url: string;
  store: WritableAtom<DocumentState>;
  live: LiveDocument;
  /** The fetch under way, if any: a refetch asked for meanwhile runs after it. */
  loading?: Promise<void>;
  again: boolean;
  /**
   * Records applied from the live channel while a fetch was on its way, by
   * their place in the host's log when it gave one: a fetch answered with an
   * older document (its channel `?after=` is below theirs, or names no place)
   * would otherwise hide them until the next change.
   */
  heard: { seq: number | undefined; record: LiveRecord }[];
  /** Fetches of the shown document that failed in a row: the next is tried after a growing wait. */
  refetchFailures: number;
  /** The one retry waiting after a failed fetch: another failure replaces it, a success clears it. */
  retry?: ReturnType<typeof setTimeout>;
  /** Why the live channel has never opened, while it has not: kept across fetches, as the channel's own state. */
  liveUnopened?: LiveTrouble;
  /**
   * The document as the host gave it (fetched, or the saved copy), with what the page has heard the host holds
   * since (live records, confirmed ones): the shown one without the page's changes on their way (relayDocument).
   */
  held?: PartnershipDocument;
}

/**
 * The event a host page fires on `window` when someone signs in (or out): every
 * document is fetched again and its channel opened again, for who is signed in
 * now, and queued records are sent (page-outbox.ts).
 */
export const SIGNED_IN_EVENT = 'partnership-signed-in';

/** Changes laid over every freshly fetched document: the page's own records still on their way. */
export type DocumentOverlay = (url: string, document: PartnershipDocument) => PartnershipDocument;

const entries = pageShared('document-entries', () => new Map<string, DocumentEntry>());
const overlays = pageShared('document-overlays', () => new Set<DocumentOverlay>());
const heardListeners = pageShared('document-heard-listeners', () => new Set<(id: string) => void>());
const fetchedListeners = pageShared('document-fetched-listeners', () => new Set<FetchedListener>());

/**
 * Told of each fetch of a shown document again, once answered: when it set out and when its answer came
 * (`performance.now()`), and whether it brought a document (`ok`).
 */
export type FetchedListener = (url: string, fetch: { setOutAt: number; answeredAt: number; ok: boolean }) => void;

/** The last URL resolved: a page's elements connect one after another with the same `src`. */
let lastResolved: { src: string; base: string | undefined; url: string } | undefined;

/** `src` resolved against the page, so "data.json" and "./data.json" share a store. */
export function resolveDocumentUrl(src: string): string {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  if (lastResolved?.src === src && lastResolved.base === base) return lastResolved.url;
  let url = src;
  try {
    url = new URL(src, base).href;
  } catch {
    // Not a URL even against the page: the store is keyed by `src` as written, and its fetch fails visibly.
  }
  lastResolved = { src, base, url };
  return url;
}

/**
 * The shared store of the document at `src`. It starts loading when something
 * first subscribes, and keeps its document for later subscribers.
 *
 * @example
 * const $sutton = documentStoreFor('/data/sutton.json');
 * const stop = $sutton.subscribe((state) => console.log(state.status));
 */
export function documentStoreFor(src: string): ReadableAtom<DocumentState> {
  return entryFor(resolveDocumentUrl(src)).store;
}

/**
 * Says the host at `url`'s origin (resolved against the page) takes the member's session: the document's fetch,
 * the outbox's POSTs and the live stream to it carry the member's cookies from then on (host-session.ts). For a
 * host on another origin that answers with `Access-Control-Allow-Credentials: true` naming the page's origin,
 * as partnership-kit/server's `allowedOrigins` does; an element's `credentials="include"` calls it. Documents of
 * that host already fetched, or streaming, as the public are fetched and their channels opened again.
 *
 * @example
 * includeSession('https://portal.council.gov.uk/api/partnership');
 */
export function includeSession(url: string): void {
  const resolved = resolveDocumentUrl(url);
  if (!sendSessionTo(resolved)) return;
  const origin = originOf(resolved);
  for (const entry of entries.values()) {
    if (originOf(entry.url) !== origin) continue;
    entry.live.reconnect();
    void refetch(entry);
  }
}

function entryFor(url: string): DocumentEntry {
  const known = entries.get(url);
  if (known) return known;
  watchSignIns();
  const store = atom<DocumentState>({ status: 'loading', url });
  const entry: DocumentEntry = {
    url,
    store,
    again: false,
    heard: [],
    refetchFailures: 0,
    live: new LiveDocument({
      refetch: () => void refetch(entry),
      apply: (record, seq) => hear(entry, record, seq),
      heard: (id) => heardListeners.forEach((listener) => listener(id)),
      lost: (dropped) => channelLost(entry, dropped),
      unopened: (trouble) => channelUnopened(entry, trouble),
      document: url,
    }),
  };
  let started = false;
  onMount(store, () => {
    if (!started) void load(entry, () => loadInto(entry));
    started = true;
    entry.live.mount();
    return () => entry.live.unmount();
  });
  entries.set(url, entry);
  return entry;
}

/** Runs one fetch at a time for the entry; a refetch asked for meanwhile follows it. */
async function load(entry: DocumentEntry, task: () => Promise<void>): Promise<void> {
  if (entry.loading) {
    entry.again = true;
    return entry.loading;
  }
  entry.loading = task().finally(() => {
    entry.loading = undefined;
    if (entry.again) {
      entry.again = false;
      void refetch(entry);
    }
  });
  return entry.loading;
}

/** Shows the saved copy while the fetch runs, then the fresh one; falls back to the copy when the fetch fails. */
async function loadInto(entry: DocumentEntry): Promise<void> {
  const { store, url } = entry;
  const saved = readSavedDocument(url).then((copy) => (copy ? { copy, check: checkJson(copy.json, url) } : undefined));
  void saved.then((found) => {
    if (store.get().status !== 'loading' || !found?.check.ok) return;
    entry.held = found.check.document;
    store.set({
      status: 'ready',
      url,
      document: overlaid(url, found.check.document),
      fetchedAt: found.copy.fetchedAt,
      saved: { refreshing: true },
      ...liveTroubleOf(entry),
    });
  });
  const result = await fetchDocument(url, { timeoutMs: dataOptions.documentTimeoutMs });
  if (result.ok) return publishFresh(entry, result);
  const found = result.failure.kind === 'contract' ? undefined : await saved;
  if (found?.check.ok) {
    entry.held = found.check.document;
    store.set({
      status: 'ready',
      url,
      document: overlaid(url, found.check.document),
      fetchedAt: found.copy.fetchedAt,
      saved: { refreshing: false, failure: result.failure },
      ...liveTroubleOf(entry),
    });
  } else {
    store.set({ status: 'failed', url, failure: result.failure });
  }
}

/**
 * Fetches a shown document again. A failure keeps what is shown, marked as
 * possibly out of date, and tries again after a growing wait (while an
 * element still shows it): a live channel that stays up brings records, but
 * not whatever the failed fetch was for.
 */
function refetch(entry: DocumentEntry): Promise<void> {
  return load(entry, async () => {
    if (entry.store.get().status !== 'ready') return;
    const setOutAt = performance.now();
    const result = await fetchDocument(entry.url, { timeoutMs: dataOptions.documentTimeoutMs });
    const answered = { setOutAt, answeredAt: performance.now(), ok: result.ok };
    fetchedListeners.forEach((listener) => listener(entry.url, answered));
    if (entry.store.get().status !== 'ready') return;
    if (result.ok) {
      clearTimeout(entry.retry);
      entry.refetchFailures = 0;
      return publishFresh(entry, result);
    }
    // A document that breaks the contract, or a 4xx, is no lost connection, and asking again will not mend it:
    // what is shown stays, said to be the saved copy that may be out of date, until a fetch brings a valid one.
    if (!passes(result.failure)) return markNotRefreshed(entry, result.failure);
    markUnreachable(entry);
    entry.refetchFailures += 1;
    // One retry at a time, after a growing wait with jitter, so that every phone in the room does not ask at once.
    const ceiling = Math.min(dataOptions.maxReopenMs, dataOptions.askingGapMs * 2 ** entry.refetchFailures);
    clearTimeout(entry.retry);
    entry.retry = setTimeout(() => entry.live.requestRefetch(), ceiling / 2 + (dataOptions.random() * ceiling) / 2);
  });
}

/** Marks the shown document as the saved copy, which the latest fetch, failing with `failure`, did not replace. */
function markNotRefreshed(entry: DocumentEntry, failure: LoadFailure): void {
  const state = entry.store.get();
  if (state.status === 'ready') entry.store.set({ ...state, saved: { refreshing: false, failure } });
}

/** A failure that may pass by itself: no answer, or the host's own fault (5xx), or its asking to wait (408, 429). */
function passes(failure: LoadFailure): boolean {
  if (failure.kind === 'network' || failure.kind === 'timeout') return true;
  return failure.kind === 'http' && (failure.status >= 500 || failure.status === 408 || failure.status === 429);
}

/**
 * The live channel failed. A connection that dropped, or a device that knows it is offline, marks what is
 * shown as out of date at once; a channel that never opened marks nothing, since a host may refuse its
 * channel (or a proxy break it) while the document answers: a page that said "the connection was lost"
 * there said so for good. Either way the document is fetched, and a fetch that fails marks it.
 */
function channelLost(entry: DocumentEntry, dropped: boolean): void {
  if (dropped || globalThis.navigator?.onLine === false) markUnreachable(entry);
  entry.live.requestRefetch();
}

/**
 * The live channel has never opened (`trouble`: why, likely), or it has now (undefined): every element showing
 * the document says so, or stops saying it. A document not yet shown takes it when it is.
 */
function channelUnopened(entry: DocumentEntry, trouble: LiveTrouble | undefined): void {
  entry.liveUnopened = trouble;
  const state = entry.store.get();
  if (state.status !== 'ready' || state.liveUnopened === trouble) return;
  const { liveUnopened: _said, ...rest } = state;
  entry.store.set({ ...rest, ...liveTroubleOf(entry) });
}

/** The channel's trouble as a ready state carries it: nothing while there is none. */
function liveTroubleOf(entry: DocumentEntry): { liveUnopened?: LiveTrouble } {
  return entry.liveUnopened ? { liveUnopened: entry.liveUnopened } : {};
}

/** Marks the shown document as possibly out of date, from the first moment the host could not be reached. */
function markUnreachable(entry: DocumentEntry): void {
  const state = entry.store.get();
  if (state.status === 'ready' && !state.unreachableSince) {
    // By the host's clock, as a vote is dated, where the device's is clearly off it.
    entry.store.set({ ...state, unreachableSince: hostNowText() });
  }
}

async function publishFresh(entry: DocumentEntry, result: Extract<LoadResult, { ok: true }>): Promise<void> {
  const fetchedAt = new Date().toISOString();
  const document = withHeardSince(entry, result.document, readFrom(result.channel));
  entry.held = document;
  entry.store.set({
    status: 'ready',
    url: entry.url,
    document: overlaid(entry.url, document),
    fetchedAt,
    ...liveTroubleOf(entry),
  });
  entry.live.setLinkChannel(result.channel);
  await saveDocument(entry.url, { json: result.json, fetchedAt });
}

function overlaid(url: string, document: PartnershipDocument): PartnershipDocument {
  let shown = document;
  for (const overlay of overlays) shown = overlay(url, shown);
  return shown;
}

function applyLive({ url }: DocumentEntry, { kind, record }: LiveRecord): void {
  if (kind === 'vote') updateHeldDocument(url, (doc) => withVote(doc, record));
  else
    updateHeldDocument(
      url,
      (doc) => withActionStatus(doc, record),
      (doc) => overlaid(url, withActionStatus(doc, record)),
    );
}

/** Applies a record from the channel, and keeps it while a fetch that began before it may still land. */
function hear(entry: DocumentEntry, record: LiveRecord, seq: number | undefined): void {
  if (entry.loading) entry.heard.push({ seq, record });
  applyLive(entry, record);
}

/** The place in the host's log a document was read at: its channel's `?after=`, when it names one. */
function readFrom(channel: string | undefined): number | undefined {
  const after = channel && /[?&]after=(\d+)/.exec(channel)?.[1];
  return after ? Number(after) : undefined;
}

/**
 * The fetched document with the records heard after the point it was read at,
 * kept for a fetch that may land later still; the rest are forgotten. Where
 * either place is unknown (a channel whose URL names no `?after=`, as a host's
 * own may not), the records heard while this fetch was on its way may be newer
 * than it: each is applied again, once (by id, a vote the document holds
 * already changes nothing).
 */
function withHeardSince(entry: DocumentEntry, document: PartnershipDocument, readAt: number | undefined) {
  const later = entry.heard.filter(({ seq }) => readAt === undefined || seq === undefined || seq > readAt);
  entry.heard = readAt === undefined ? [] : later.filter(({ seq }) => seq !== undefined);
  return later.reduce(
    (doc, { record: { kind, record } }) => (kind === 'vote' ? withVote(doc, record) : withActionStatus(doc, record)),
    document,
  );
}

/**
 * Loads the document at `src` again from the start: the error summary's
 * "Try again". A document already shown is fetched again in place.
 */
export function reloadDocument(src: string): Promise<void> {
  const entry = entries.get(resolveDocumentUrl(src));
  if (!entry) return Promise.resolve();
  if (entry.store.get().status === 'ready') return refetch(entry);
  return load(entry, () => {
    entry.store.set({ status: 'loading', url: entry.url });
    return loadInto(entry);
  });
}

/** Fetches the document at `src` again soon, keeping it shown meanwhile. */
export function refetchDocument(src: string): void {
  entries.get(resolveDocumentUrl(src))?.live.requestRefetch();
}

/** Fetches every shown document again: the viewer changed (a sign-in), so each may read differently. */
export function refetchDocuments(): void {
  for (const entry of entries.values()) entry.live.requestRefetch();
}

/**
 * Once a page: on a sign-in, every document is fetched again and its channel
 * opened again, on any page, with or without an element that writes back.
 */
function watchSignIns(): void {
  pageShared('documents-sign-in', () => {
    globalThis.addEventListener?.(SIGNED_IN_EVENT, () => {
      for (const entry of entries.values()) entry.live.reconnect();
      refetchDocuments();
    });
    return true;
  });
}

/**
 * Calls `listener` with the id of each record a live channel carries, before the record is applied (or its
 * document fetched again); returns the function that removes it.
 */
export function addHeardListener(listener: (id: string) => void): () => void {
  heardListeners.add(listener);
  return () => heardListeners.delete(listener);
}

/** Calls `listener` as each fetch of a shown document again is answered; returns the function that removes it. */
export function addFetchedListener(listener: FetchedListener): () => void {
  fetchedListeners.add(listener);
  return () => fetchedListeners.delete(listener);
}

/** Lays `overlay` over every fetched document from now on; returns the function that removes it. */
export function addDocumentOverlay(overlay: DocumentOverlay): () => void {
  overlays.add(overlay);
  return () => overlays.delete(overlay);
}

/**
 * Records one element's `live` attribute for the document at `src`: `off`
 * (on any element, it wins), or the URL of the channel to use instead of the
 * one the host names. `undefined` forgets it (the element left).
 */
export function setLivePreference(src: string, token: LiveToken, preference: LivePreference | undefined): void {
  entries.get(resolveDocumentUrl(src))?.live.setPreference(token, preference);
}

/** The live channel the document at `src` uses now, if any. */
export function liveChannelOf(src: string): string | undefined {
  return entries.get(resolveDocumentUrl(src))?.live.channel;
}

/**
 * Applies `change`, something the host holds now (a live record, a record it confirmed), to the host's copy of the
 * document at `src` that relayDocument starts from, and `shown` (by default `change`) to the document as shown.
 * Does nothing while the document is not loaded.
 */
export function updateHeldDocument(
  src: string,
  change: (document: PartnershipDocument) => PartnershipDocument,
  shown = change,
): void {
  const entry = entries.get(resolveDocumentUrl(src));
  if (entry?.held) entry.held = change(entry.held);
  updateDocument(src, shown);
}

/**
 * Shows the document at `src` as the host gave it, with the page's changes still on their way laid over again
 * (addDocumentOverlay), those still being written to the device included (page-outbox.ts): a change taken off the device unsent, or refused, leaves every element at once, rather than
 * staying shown until a fetch of the document lands; a waiting change read back from the device, or another tab's,
 * joins every element at once too. Does nothing while the document is not loaded, nor when it reads as shown.
 */
export function relayDocument(src: string): void {
  const entry = entries.get(resolveDocumentUrl(src));
  const state = entry?.store.get();
  if (!entry?.held || state?.status !== 'ready') return;
  const document = overlaid(entry.url, entry.held);
  // Elements draw again only when what they show changed (issue 12): the same changes laid over change nothing.
  if (document === state.document || JSON.stringify(document) === JSON.stringify(state.document)) return;
  entry.store.set({ ...state, document });
}

/**
 * Publishes a changed document (a vote recorded, an attendance change) to
 * every element that shows `src`. Does nothing while the document is not loaded.
 */
export function updateDocument(src: string, change: (document: PartnershipDocument) => PartnershipDocument): void {
  const store = entries.get(resolveDocumentUrl(src))?.store;
  const state = store?.get();
  if (store && state?.status === 'ready') store.set({ ...state, document: change(state.document) });
}

/** The store of each document object given as `data`, shared by every element given that object. */
const inlineStores = pageShared('inline-stores', () => new WeakMap<object, ReadableAtom<DocumentState>>());

/**
 * The store of a document given inline or as a property: checked once, never
 * fetched. A parsed object (the `data` property) is checked once per object,
 * however many elements are given it: they share one store and one document.
 * The object is read once; to show a changed document, give a new object.
 */
export function inlineDocumentStore(input: { json: unknown } | { text: string }): ReadableAtom<DocumentState> {
  if ('text' in input) return checkedStore(checkJsonText(input.text));
  const { json } = input;
  if (typeof json !== 'object' || json === null) return checkedStore(checkJson(json));
  let store = inlineStores.get(json);
  if (!store) {
    store = checkedStore(checkJson(json));
    inlineStores.set(json, store);
  }
  return store;
}

function checkedStore(result: LoadResult): ReadableAtom<DocumentState> {
  return atom<DocumentState>(
    result.ok ? { status: 'ready', document: result.document } : { status: 'failed', failure: result.failure },
  );
}

/** Forgets every shared store and closes its live channel, so the next request fetches again. For tests, and for a host that signs a user out. */
export function forgetDocumentStores(): void {
  for (const entry of entries.values()) entry.live.close();
  entries.clear();
}
