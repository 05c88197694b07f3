/**
 * Replays context requests that no provider answered yet, once one appears:
 * on a CMS page the markup, and elements asking for their document, often
 * arrive before `<partnership-data>` is defined. One root per page, however
 * many copies of the kit the page loaded, so no request is replayed twice.
 *
 * It does what @lit/context's `ContextRoot` does, but forgets the requests of
 * elements that left the page. That root keeps one entry for every element
 * ever mounted without a provider until a provider appears, which on a page
 * without `<partnership-data>` is never: 1,500 entries after 1,500 mounts. An
 * element that left the page needs no entry, since the document controller
 * asks again when its element connects again (as Lit's `ContextConsumer`
 * does); so when a context's list has
 * doubled since it was last cleaned, the entries of elements no longer
 * connected go. The list stays within about twice the elements waiting at once.
 */
import { ContextEvent, type Context } from '@lit/context';
import { pageShared } from '../../src/data/page-shared.js';

type Request = ContextEvent<Context<unknown, unknown>>;
type Callback = Request['callback'];

/** The requests of one context that no provider answered yet. */
interface Waiting {
  /** Weakly held, as Lit's root does: a waiting request never keeps an element alive. */
  requests: { element: WeakRef<Element>; callback: WeakRef<Callback> }[];
  /** Each element's callbacks already in `requests`, so that one connecting again while listed is not listed twice. */
  listed: WeakMap<Element, WeakSet<Callback>>;
  /** The length of `requests` that sets off the next clean. */
  cleanAt: number;
}

/** The length below which a list is never cleaned. */
const SMALLEST_CLEAN = 32;

export class PendingContextRequests {
  private readonly waiting = new Map<unknown, Waiting>();

  /** Listens, on `element`, for requests to keep and for providers that may answer them. */
  attach(element: HTMLElement): void {
    element.addEventListener('context-request', this.onRequest);
    element.addEventListener('context-provider', this.onProvider);
  }

  detach(element: HTMLElement): void {
    element.removeEventListener('context-request', this.onRequest);
    element.removeEventListener('context-provider', this.onProvider);
  }

  /** How many requests it keeps, of every context. */
  get size(): number {
    let size = 0;
    for (const { requests } of this.waiting.values()) size += requests.length;
    return size;
  }

  private readonly onRequest = (event: Request): void => {
    // Only a subscribing request wants a provider that comes later.
    if (event.subscribe !== true) return;
    // The element that asked: the event may since have been retargeted to a shadow host.
    const element = event.contextTarget ?? (event.composedPath()[0] as Element);
    const { callback } = event;
    let waiting = this.waiting.get(event.context);
    if (!waiting) {
      waiting = { requests: [], listed: new WeakMap(), cleanAt: SMALLEST_CLEAN };
      this.waiting.set(event.context, waiting);
    }
    let listed = waiting.listed.get(element);
    if (!listed) waiting.listed.set(element, (listed = new WeakSet()));
    if (listed.has(callback)) return;
    listed.add(callback);
    waiting.requests.push({ element: new WeakRef(element), callback: new WeakRef(callback) });
    if (waiting.requests.length >= waiting.cleanAt) clean(waiting);
  };

  private readonly onProvider = (event: HTMLElementEventMap['context-provider']): void => {
    const waiting = this.waiting.get(event.context);
    if (!waiting) return;
    // Forget them all: each request the new provider does not answer reaches this root again and is kept again.
    this.waiting.delete(event.context);
    for (const request of waiting.requests) {
      const element = request.element.deref();
      const callback = request.callback.deref();
      // One no longer in the page asks again when it returns.
      if (element?.isConnected && callback)
        element.dispatchEvent(new ContextEvent(event.context, element, callback, true));
    }
  };
}

/** Drops the requests of elements collected or no longer in the page, so that they ask again when they return. */
function clean(waiting: Waiting): void {
  waiting.requests = waiting.requests.filter((request) => {
    const element = request.element.deref();
    const callback = request.callback.deref();
    if (element?.isConnected && callback) return true;
    if (element && callback) waiting.listed.get(element)?.delete(callback);
    return false;
  });
  waiting.cleanAt = Math.max(SMALLEST_CLEAN, 2 * waiting.requests.length);
}

/** The page's one root, attached to the document element: made by the first copy of the kit that asks. */
export function attachContextRoot(): PendingContextRequests | undefined {
  if (typeof document === 'undefined') return undefined;
  return pageShared('context-root', () => {
    const root = new PendingContextRequests();
    root.attach(document.documentElement);
    return root;
  });
}
