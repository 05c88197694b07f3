/**
 * Finds an element's document and keeps the element in step with it.
 *
 * Where the document comes from, first match wins:
 * 1. the `data` property (the parsed JSON, set by the host's script);
 * 2. the `src` attribute (a URL: one fetch and one store per URL on the page);
 * 3. an inline `<script type="application/json">` child (parameters after the type allowed);
 * 4. the nearest `<partnership-data>` ancestor.
 *
 * It subscribes to the store while the element is connected, re-renders the
 * element when what it shows changed (see `DocumentParts`) and fires
 * `partnership-error` once per failure. It tells the shared store the
 * element's `live` attribute, and retries a load that failed when asked.
 */
import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { PartnershipDocument } from '../../src/contract/index.js';
import {
  documentContext,
  documentStoreFor,
  includeSession,
  inlineDocumentStore,
  reloadDocument,
  setLivePreference,
  type DocumentState,
  type LoadFailure,
} from '../../src/data/index.js';
import { asksForSession } from '../../src/data/host-session.js';
import { attachContextRoot } from './context-root.js';
import { prepareContract } from './prepared-contract.js';

attachContextRoot();

export interface DocumentSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  data?: unknown;
  /** `off`, or the URL of the live channel to use; see PartnershipElement. */
  live?: string | null;
  /** `include`: the host of `src` and `live` takes the member's session; see PartnershipElement. */
  credentials?: string | null;
}

/** The detail of a `partnership-error` event. */
export interface PartnershipErrorDetail {
  failure: LoadFailure;
}

/**
 * The parts of a document an element shows, as a list: two lists are the same
 * when they hold the same values in the same places, lists compared item by
 * item and anything else by identity (===). A change to a document (a vote, an
 * attendance, an action's status) keeps every record it did not touch, so an
 * element whose parts are all the same has nothing new to show and is not
 * rendered again. Leave nothing out that the element reads: when in doubt, a
 * larger part; the whole document (`[document]`) re-renders on every change.
 */
export type DocumentParts = readonly unknown[];

/**
 * The fields of `record` but those named, as [name, value] pairs: its parts
 * for an element that reads the rest of those itself, or not at all.
 *
 * @example
 * // Every part of the document but its votes, and the votes on one proposal.
 * [partsBut(doc, 'votes'), doc.votes.filter((vote) => vote.proposal === 'p-1')]
 */
export function partsBut<T extends object>(record: T, ...left: (keyof T & string)[]): DocumentParts {
  return Object.entries(record).filter(([name]) => !left.includes(name as keyof T & string));
}

/** Whether two parts are the same: lists item by item, anything else by identity. */
function sameParts(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, index) => sameParts(item, b[index]));
}

/** How much of a `data` attribute a failure quotes: '[object Object]' whole, the start of any JSON written there. */
const DATA_ATTRIBUTE_SAID = 40;

/** Whether the element already shows `failure`: the parser, adding children one by one, must not fire it again. */
const shows = (state: DocumentState, failure: LoadFailure) =>
  state.status === 'failed' && JSON.stringify(state.failure) === JSON.stringify(failure);

/** The curly quotes a CMS or a word processor writes for `"`, and the single ones for `'`. */
const CURLY_QUOTE = /^[“”„‟‘’‚‛]|[“”„‟‘’‚‛]$/;
const CURLY_QUOTES_AROUND = /^[“”„‟‘’‚‛]+|[“”„‟‘’‚‛]+$/g;

/** The curly quote `src` starts or ends with (`src=”/data/p.json”`), which HTML reads as part of the address. */
const curlyQuoteOf = (src: string): string | undefined => CURLY_QUOTE.exec(src.trim())?.[0];

/** The inline JSON's `<script>`, and a CMS's paragraph around it (WordPress's wpautop adds one between blank lines). */
const INLINE_SCRIPT = ':scope > script[type], :scope > p > script[type]';

/**
 * Whether a script's `type` is JSON's, `application/json`, in any case and with parameters after it
 * (`application/json; charset=utf-8`, as a CMS's JSON field writes it): the MIME type's essence.
 */
const isJsonType = (type: string) => type.split(';')[0]!.trim().toLowerCase() === 'application/json';

/**
 * The elements showing each store, in the order they subscribed. Every one of
 * them shows the same loading, failure and saved-copy states at the same
 * moment: the first still connected speaks for them all, so a screen reader
 * hears each once, not once per element.
 */
const showing = new WeakMap<ReadableAtom<DocumentState>, Set<DocumentSourceHost>>();

function join(store: ReadableAtom<DocumentState>, host: DocumentSourceHost): void {
  const hosts = showing.get(store) ?? new Set();
  hosts.add(host);
  showing.set(store, hosts);
}

/**
 * Takes `host` off `store`'s list; the next element, now speaking, renders its
 * live regions. One already off the page is not rendered: it leaves the list
 * in its own turn (elements removed together leave one after another), and a
 * render after it left would run its controllers' hostUpdate off the page.
 */
function leave(store: ReadableAtom<DocumentState>, host: DocumentSourceHost): void {
  const hosts = showing.get(store);
  if (!hosts) return;
  const spoke = hosts.values().next().value === host;
  hosts.delete(host);
  const next = spoke ? hosts.values().next().value : undefined;
  if (next?.isConnected) next.requestUpdate();
}

export class DocumentController implements ReactiveController {
  /** The document state the element renders. */
  state: DocumentState = { status: 'loading' };
  private store?: ReadableAtom<DocumentState>;
  private unsubscribe?: () => void;
  private inline?: { key: unknown; store: ReadableAtom<DocumentState> };
  private reported?: LoadFailure;
  private children?: MutationObserver;
  /** The nearest `<partnership-data>`'s store, once asked for while connected (see `providedStore`). */
  private provided?: { store?: ReadableAtom<DocumentState>; unsubscribe?: () => void };
  /** True while the request for it is being dispatched: an answer then is read where it was asked for. */
  private asking = false;
  /** Whether the element waits for the page's `load` to say its `<partnership-data>` is not defined. */
  private waitingForLoad = false;
  /** The document URL and `live` value last told to the shared store. */
  private told?: { url: string; live: string };
  /** The state the element last rendered. */
  private rendered?: DocumentState;
  /** The parts of the document last compared (see `partsFor`). */
  private lastParts?: { document: PartnershipDocument; parts: DocumentParts };
  /** The host's `src`, `data`, `live` and `credentials` at its last render, or when it connected since. */
  private inputs?: Pick<DocumentSourceHost, 'src' | 'data' | 'live' | 'credentials'>;

  /** @param partsOf what the element shows of a document. */
  constructor(
    private readonly host: DocumentSourceHost,
    private readonly partsOf: (document: PartnershipDocument) => DocumentParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // What the source was picked from: a script that appends the element and then sets `data` or `src`, in one
    // task, changes them before the first render, which must pick again.
    const { src, data, live, credentials } = this.host;
    this.inputs = { src, data, live, credentials };
    // The check of the document, ready before it arrives (prepared-contract.ts).
    prepareContract();
    this.includeSession();
    this.sourceChanged();
  }

  /**
   * Before each render: a changed `src` or `data` picks the source again, a
   * changed `live` is told to the store. The controller watches these itself,
   * so an element's own `willUpdate` need not call `super.willUpdate`.
   */
  hostUpdate(): void {
    const { src, data, live, credentials } = this.host;
    const before = this.inputs;
    if (before && (src !== before.src || live !== before.live || credentials !== before.credentials)) {
      this.includeSession();
    }
    if (before && (src !== before.src || data !== before.data)) this.sourceChanged();
    if (before && live !== before.live) this.liveChanged();
    this.inputs = { src, data, live, credentials };
    this.rendered = this.state;
    // What the element reads of a document may follow its attributes, which this render may have changed.
    this.lastParts = undefined;
  }

  hostDisconnected(): void {
    this.children?.disconnect();
    this.children = undefined;
    this.provided?.unsubscribe?.();
    this.provided = undefined;
    if (this.store) leave(this.store, this.host);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.tellLive(undefined);
  }

  /** Call when `live` changed. */
  liveChanged(): void {
    if (this.host.isConnected) this.tellLive(this.state.url);
  }

  /**
   * Whether this element announces its document's loading, failure and
   * saved-copy states (as `role="status"` or `role="alert"`): the first
   * element on the page showing the same document does, the others show the
   * same words silently.
   */
  get speaks(): boolean {
    const hosts = this.store && showing.get(this.store);
    return !hosts || hosts.values().next().value === this.host;
  }

  /** Loads the document again: the error summary's "Try again". */
  retry(): void {
    if (this.state.url) void reloadDocument(this.state.url);
  }

  /** The element as the web team finds it on the page, for the warning that its `live` channel could not be opened. */
  describeLive(): string {
    const id = this.host.id ? ` id="${this.host.id}"` : '';
    return `<${this.host.localName}${id} live="${this.host.live ?? ''}">`;
  }

  /**
   * With `credentials="include"`, says the hosts of `src` and of a `live` URL take the member's session, before
   * the document is fetched or its channel opened.
   */
  private includeSession(): void {
    const { src, live, credentials } = this.host;
    if (!asksForSession(credentials)) return;
    if (src) includeSession(src);
    if (live && !saysOff(live)) includeSession(resolveLive(live));
  }

  /** Gives the shared store of `url` this element's `live` attribute, taking it back from the one before. */
  private tellLive(url: string | undefined): void {
    const live = this.host.live ?? '';
    const next = url && live ? { url, live } : undefined;
    if (next?.url === this.told?.url && next?.live === this.told?.live) return;
    if (this.told) setLivePreference(this.told.url, this, undefined);
    if (next) setLivePreference(next.url, this, saysOff(next.live) ? 'off' : resolveLive(next.live));
    this.told = next;
  }

  /** Call when `src` or `data` changed: picks the source again and subscribes to it. */
  sourceChanged(): void {
    if (!this.host.isConnected) return;
    const store = this.pickStore();
    if (store === this.store && this.unsubscribe) return;
    this.unsubscribe?.();
    if (this.store) leave(this.store, this.host);
    this.store = store;
    if (store) join(store, this.host);
    if (!store) {
      this.unsubscribe = undefined;
      if (this.providerMayCome()) return;
      const failure = this.noStore();
      if (!shows(this.state, failure)) this.show({ status: 'failed', failure });
      return;
    }
    this.unsubscribe = store.subscribe((state) => this.show(state));
  }

  /**
   * The store of the source that wins (see the class's comment). Reaching the inline JSON, it starts watching
   * the element's children; reaching the provider, it sends the context request: an element with `data` or
   * `src` does neither.
   */
  private pickStore(): ReadableAtom<DocumentState> | undefined {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) return this.inlineStore(data, () => ({ json: data }));
    // An attribute of spaces alone (a CMS field left blank) is no address: fetched, it loaded the page itself.
    // One in curly quotes is not fetched either: the quotes are in the address, and its 404 named neither.
    if (src?.trim()) return curlyQuoteOf(src) ? undefined : documentStoreFor(src);
    this.watchChildren();
    const script = this.jsonScript();
    if (script) {
      const text = script.textContent ?? '';
      return this.inlineStore(text, () => ({ text }));
    }
    return this.providedStore();
  }

  /** The element's inline JSON script: the first of a JSON type, among scripts with a type. */
  private jsonScript(): Element | undefined {
    return [...this.host.querySelectorAll(INLINE_SCRIPT)].find((script) => isJsonType(script.getAttribute('type')!));
  }

  /** Why the element has no store: a `src` in curly quotes, or no source at all (`noSource`). */
  private noStore(): LoadFailure {
    const { src } = this.host;
    const quote = src ? curlyQuoteOf(src) : undefined;
    if (!src || !quote) return this.noSource();
    return { kind: 'curly-quotes', src, quote, address: src.trim().replace(CURLY_QUOTES_AROUND, '') };
  }

  /**
   * No document: inside a `<partnership-data>` without `src` (an editor dropped it), said so; with a `data`
   * attribute, which a framework that sets attributes wrote in place of the `data` property, said so; holding a
   * script of another type than JSON's (`application/ld+json`), the type found.
   */
  private noSource(): LoadFailure {
    const script = this.host.querySelector(INLINE_SCRIPT);
    const scriptType = script?.getAttribute('type');
    if (scriptType?.trim()) return { kind: 'no-source', scriptType: scriptType.slice(0, DATA_ATTRIBUTE_SAID) };
    const attribute = this.host.getAttribute('data');
    if (attribute !== null) return { kind: 'no-source', dataAttribute: attribute.slice(0, DATA_ATTRIBUTE_SAID) };
    const data = this.host.closest('partnership-data');
    if (data && !customElements.get('partnership-data')) return { kind: 'no-source', dataUndefined: true };
    return data && !data.getAttribute('src')?.trim()
      ? { kind: 'no-source', dataWithoutSrc: true }
      : { kind: 'no-source' };
  }

  /**
   * Whether the `<partnership-data>` around the element is not defined yet, and its script may still run: one
   * later on the page than the element's runs before the page's `load`. Until then the element shows it is
   * loading, rather than say it has no document and fire `partnership-error` on a page that is fine. Defined, it
   * answers the request already sent (`onProvided`); at `load`, still undefined, the element says which script
   * the page lacks.
   */
  private providerMayCome(): boolean {
    if (!this.host.closest('partnership-data') || customElements.get('partnership-data')) return false;
    if (document.readyState === 'complete') return false;
    if (!this.waitingForLoad) {
      this.waitingForLoad = true;
      window.addEventListener('load', () => this.sourceChanged(), { once: true });
    }
    return true;
  }

  /**
   * Watches the element's children for inline JSON, once it has no `data` or `src` to read first: the
   * parser, or a host script, may add the JSON after the element. An element with `src` watches nothing.
   */
  private watchChildren(): void {
    if (this.children) return;
    this.children = new MutationObserver(() => this.sourceChanged());
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  /**
   * The store of the nearest `<partnership-data>`, asked for (a context request) only when the element has no
   * document of its own, so an element with `src` or `data` sends none on connecting. One asked for while no
   * provider is defined yet is answered later through the page's context root (context-root.ts); one left
   * the page asks again when it returns, as Lit's `ContextConsumer` does.
   */
  private providedStore(): ReadableAtom<DocumentState> | undefined {
    if (!this.provided) {
      this.provided = {};
      this.asking = true;
      try {
        this.host.dispatchEvent(new ContextEvent(documentContext, this.host, this.onProvided, true));
      } finally {
        this.asking = false;
      }
    }
    return this.provided.store;
  }

  /** A provider's answer, now or later: one function for the element's life, so the context root lists it once. */
  private readonly onProvided = (store: ReadableAtom<DocumentState> | undefined, unsubscribe?: () => void): void => {
    const provided = this.provided;
    // An answer for a request of before the element left the page: it asks again when it returns.
    if (!provided) return unsubscribe?.();
    if (provided.unsubscribe && provided.unsubscribe !== unsubscribe) provided.unsubscribe();
    provided.unsubscribe = unsubscribe;
    provided.store = store;
    if (!this.asking) this.sourceChanged();
  };

  /** One store per inline value: re-checked only when the value itself changes. */
  private inlineStore(key: unknown, input: () => { json: unknown } | { text: string }): ReadableAtom<DocumentState> {
    if (this.inline && this.inline.key === key) return this.inline.store;
    const store = inlineDocumentStore(input());
    this.inline = { key, store };
    return store;
  }

  /**
   * Whether `state` shows as the element's last render does: both ready, with
   * the same notice, and the same parts of their documents. Anything else
   * (the first render, a failure, a load) renders.
   */
  private showsAsRendered(state: DocumentState): boolean {
    const before = this.rendered;
    if (before === state) return true;
    if (before?.status !== 'ready' || state.status !== 'ready') return false;
    if (before.url !== state.url || before.fetchedAt !== state.fetchedAt || before.saved !== state.saved) return false;
    if (before.unreachableSince !== state.unreachableSince || before.liveUnopened !== state.liveUnopened) return false;
    return (
      before.document === state.document || sameParts(this.partsFor(before.document), this.partsFor(state.document))
    );
  }

  /** The parts of `document`, kept for the last document asked: the next change compares against it. */
  private partsFor(document: PartnershipDocument): DocumentParts {
    if (this.lastParts?.document !== document) this.lastParts = { document, parts: this.partsOf(document) };
    return this.lastParts.parts;
  }

  private show(state: DocumentState): void {
    this.state = state;
    this.tellLive(state.url);
    // A state that shows as the last render did stands for it: the next change is compared with its parts, kept.
    if (this.showsAsRendered(state)) this.rendered = state;
    else this.host.requestUpdate();
    if (state.status === 'failed' && state.failure !== this.reported) {
      this.reported = state.failure;
      const detail: PartnershipErrorDetail = { failure: state.failure };
      this.host.dispatchEvent(new CustomEvent('partnership-error', { detail, bubbles: true, composed: true }));
    }
  }
}

/**
 * Whether `live` turns updates off: `off` in any case, as HTML reads its keywords, spaces around it ignored.
 * `live="OFF"` opened a channel at the address "OFF", tried again for ever, and stopped the refetching.
 */
const saysOff = (live: string) => live.trim().toLowerCase() === 'off';

/** A channel URL as the element gives it, resolved against the page as `src` is. */
function resolveLive(live: string): string {
  try {
    return new URL(live, globalThis.document?.baseURI).href;
  } catch {
    return live;
  }
}
