/**
 * One store per resolved document URL, shared by every element on the page:
 * one fetch, and a change published to the store re-renders every element
 * that reads it.
 */
import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { PartnershipDocument } from '../contract/index.js';
import type { DocumentState } from './document-state.js';
import { checkJson, checkJsonText, fetchDocument } from './document-loader.js';
import { readSavedDocument, saveDocument } from './document-cache.js';
import { pageShared } from './page-shared.js';

const stores = pageShared('document-stores', () => new Map<string, WritableAtom<DocumentState>>());

/** `src` resolved against the page, so "data.json" and "./data.json" share a store. */
export function resolveDocumentUrl(src: string): string {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
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
  const url = resolveDocumentUrl(src);
  let store = stores.get(url);
  if (!store) {
    const created = atom<DocumentState>({ status: 'loading', url });
    let started = false;
    onMount(created, () => {
      if (!started) void loadInto(created, url);
      started = true;
    });
    stores.set(url, created);
    store = created;
  }
  return store;
}

/** Shows the saved copy while the fetch runs, then the fresh one; falls back to the copy when the fetch fails. */
async function loadInto(store: WritableAtom<DocumentState>, url: string): Promise<void> {
  const saved = readSavedDocument(url).then((copy) => (copy ? { copy, check: checkJson(copy.json, url) } : undefined));
  void saved.then((found) => {
    if (store.get().status !== 'loading' || !found?.check.ok) return;
    store.set({
      status: 'ready',
      url,
      document: found.check.document,
      fetchedAt: found.copy.fetchedAt,
      saved: { refreshing: true },
    });
  });
  const result = await fetchDocument(url);
  if (result.ok) {
    const fetchedAt = new Date().toISOString();
    store.set({ status: 'ready', url, document: result.document, fetchedAt });
    await saveDocument(url, { json: result.json, fetchedAt });
    return;
  }
  const found = result.failure.kind === 'contract' ? undefined : await saved;
  if (found?.check.ok) {
    const { document } = found.check;
    store.set({
      status: 'ready',
      url,
      document,
      fetchedAt: found.copy.fetchedAt,
      saved: { refreshing: false, failure: result.failure },
    });
  } else {
    store.set({ status: 'failed', url, failure: result.failure });
  }
}

/**
 * Publishes a changed document (a vote recorded, an attendance change) to
 * every element that shows `src`. Does nothing while the document is not loaded.
 */
export function updateDocument(src: string, change: (document: PartnershipDocument) => PartnershipDocument): void {
  const store = stores.get(resolveDocumentUrl(src));
  const state = store?.get();
  if (store && state?.status === 'ready') store.set({ ...state, document: change(state.document) });
}

/** A store of its own for a document given inline or as a property: checked once, never fetched. */
export function inlineDocumentStore(input: { json: unknown } | { text: string }): ReadableAtom<DocumentState> {
  const result = 'text' in input ? checkJsonText(input.text) : checkJson(input.json);
  return atom<DocumentState>(
    result.ok ? { status: 'ready', document: result.document } : { status: 'failed', failure: result.failure },
  );
}

/** Forgets every shared store, so the next request fetches again. For tests, and for a host that signs a user out. */
export function forgetDocumentStores(): void {
  stores.clear();
}
