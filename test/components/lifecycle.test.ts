/**
 * Mounting and unmounting every element 200 times leaves nothing behind: no
 * window or document listener, no store subscription, no timer, no observer;
 * and the heap does not grow with the count.
 */
import { expect } from '@open-wc/testing';
import '../../components/index.js';
import { configureData, documentStoreFor, outboxForPage } from '../../src/data/index.js';
import { seedDocument } from '../fixtures/documents.js';
import { documentUrl, untilShows, uniqueKey } from '../fixtures/probe-element.js';
import { ELEMENTS } from '../fixtures/all-elements.js';

type Mounted = HTMLElement & { updateComplete: Promise<boolean> };
interface Counted {
  listeners: number;
  timers: number;
  observers: number;
}

/** Counts what stays registered between `start()` and `stop()`. */
function watchResources() {
  const live: Counted = { listeners: 0, timers: 0, observers: 0 };
  const targets = [window, document] as EventTarget[];
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const setT = window.setTimeout;
  const clearT = window.clearTimeout;
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  const timers = new Set<number>();
  const observing = new Set<MutationObserver>();
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    if (targets.includes(this)) live.listeners += 1;
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    if (targets.includes(this)) live.listeners -= 1;
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setT(
      (...inner: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      timeout,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearT(id);
  }) as typeof window.clearTimeout;
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args) {
    observing.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    observing.delete(this);
    return disconnect.call(this);
  };
  return {
    counts: (): Counted => ({ listeners: live.listeners, timers: timers.size, observers: observing.size }),
    stop() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      window.setTimeout = setT;
      window.clearTimeout = clearT;
      MutationObserver.prototype.observe = observe;
      MutationObserver.prototype.disconnect = disconnect;
    },
  };
}

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const gc = () => (window as unknown as { gc?: () => void }).gc?.();

/**
 * The outbox stays started this long after its last sender leaves: a tenth of its 1 s (STOP_DELAY_MS), as the test
 * waits for it twice per element. What is counted is the same: nothing left once it has stopped.
 */
const OUTBOX_STOP_DELAY_MS = 100;

describe('mounting and unmounting every element 200 times', () => {
  let src: string;
  let restoreData: () => void;

  before(async () => {
    restoreData = configureData({ outboxStopDelayMs: OUTBOX_STOP_DELAY_MS });
    src = documentUrl(await seedDocument('sutton'), uniqueKey('lifecycle'));
  });
  after(() => restoreData());

  for (const [tag, attrs] of ELEMENTS) {
    it(`<${tag}> leaves no listener, subscription, timer or observer`, async function () {
      // The first load, 1.3 s of waiting for things to let go, and 200 mounts: over mocha's 10 s on a busy
      // machine with coverage. The test says nothing of speed.
      this.timeout(30_000);
      const store = documentStoreFor(src) as unknown as { lc: number };
      const outbox = outboxForPage().$status as unknown as { lc: number };
      const host = document.createElement('div');
      document.body.append(host);
      const mount = async () => {
        const element = document.createElement(tag) as Mounted;
        element.setAttribute('src', src);
        element.setAttribute('today', '2019-12-10');
        for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
        host.append(element);
        await element.updateComplete;
        return element;
      };
      // The first mount loads the document and opens the outbox; count from then on.
      const first = await mount();
      await untilShows(first, 'Education', 5000);
      first.remove();
      // The outbox stays started OUTBOX_STOP_DELAY_MS after its last sender leaves: count from when it has stopped.
      await new Promise((r) => setTimeout(r, OUTBOX_STOP_DELAY_MS + 100));
      const watch = watchResources();
      try {
        const before = watch.counts();
        const storeBefore = store.lc;
        const outboxBefore = outbox.lc;
        gc();
        const heapBefore = heap();
        for (let i = 0; i < 200; i += 1) (await mount()).remove();
        // nanostores keeps an unused store mounted for STORE_UNMOUNT_DELAY (1 s) before it lets go, as the
        // outbox stays started for OUTBOX_STOP_DELAY_MS.
        await new Promise((r) => setTimeout(r, Math.max(1000, OUTBOX_STOP_DELAY_MS) + 100));
        const after = watch.counts();
        expect(after.listeners, 'window and document listeners').to.equal(before.listeners);
        expect(after.observers, 'mutation observers still observing').to.equal(before.observers);
        expect(after.timers, 'timers still pending').to.be.at.most(before.timers);
        expect(store.lc, 'document store subscriptions').to.equal(storeBefore);
        expect(outbox.lc, 'outbox status subscriptions').to.equal(outboxBefore);
        gc();
        // Chromium reads the heap precisely only with --enable-precise-memory-info (the runner's config); else in
        // coarse buckets it keeps for minutes, where no growth ever shows.
        if (heapBefore > 0) expect(heap() - heapBefore, 'heap growth in bytes').to.be.below(8 * 1024 * 1024);
      } finally {
        watch.stop();
        host.remove();
      }
    });
  }
});
