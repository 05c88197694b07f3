/**
 * Counts what a screen reader would announce: every live region of the page
 * (`role="status"`, `role="alert"`, `aria-live` other than `off`), in the
 * light DOM and every shadow root, watched by a MutationObserver. Each time a
 * region's text becomes something new and not empty, that text is one
 * announcement: a region inserted with text counts, as Chromium announces it.
 * The same words from two regions, or from one region twice in a row without
 * a change, are what a listener hears twice.
 *
 * @example
 * const heard = listenForAnnouncements();
 * document.body.append(...elements);
 * await waitUntil(...);
 * expect(heard.duplicates()).to.deep.equal([]);
 * heard.stop();
 */

/** One announcement: the text, the region that said it and the element whose shadow root holds it. */
export interface Announcement {
  text: string;
  politeness: 'polite' | 'assertive';
  region: Element;
  /** The custom element holding the region, or `page`. */
  from: string;
}

export interface AnnouncementListener {
  /** Every announcement so far, in order. */
  readonly heard: Announcement[];
  /** How many times each text was announced. */
  counts(): Map<string, number>;
  /** The texts announced more than once, with how often. */
  duplicates(): [text: string, times: number][];
  /** How many announcements carried `text` (or matched it). */
  timesHeard(text: string | RegExp): number;
  /** Reads every region now, without waiting for the observer's next batch. */
  flush(): void;
  stop(): void;
}

/** A region's role makes it live unless its own `aria-live="off"` says not, as Chromium reads it. */
const LIVE = ['[role="status"]', '[role="alert"]', '[role="log"]', '[aria-live]']
  .map((region) => `${region}:not([aria-live="off"])`)
  .join(', ');

/** Every root to watch under `root`: itself and every shadow root below it, nested ones too. */
function* rootsUnder(root: Document | ShadowRoot): Generator<Document | ShadowRoot> {
  yield root;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) yield* rootsUnder(element.shadowRoot);
}

function politenessOf(region: Element): Announcement['politeness'] {
  return region.getAttribute('role') === 'alert' || region.getAttribute('aria-live') === 'assertive'
    ? 'assertive'
    : 'polite';
}

/** The text a screen reader reads from a region: its words, spaces collapsed. */
function spoken(region: Element): string {
  return (region.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function listenForAnnouncements(): AnnouncementListener {
  const heard: Announcement[] = [];
  /** The text each region last said: a region saying the same again has not changed. */
  const last = new WeakMap<Element, string>();
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver(() => read());
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['role', 'aria-live', 'hidden'],
  };

  // Regions already on the page have said what they say: only changes from now on count.
  for (const root of rootsUnder(document)) {
    for (const region of root.querySelectorAll(LIVE)) last.set(region, spoken(region));
  }

  function read(): void {
    for (const root of rootsUnder(document)) {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, options);
      }
      for (const region of root.querySelectorAll(LIVE)) {
        const text = spoken(region);
        if (text === (last.get(region) ?? '')) continue;
        last.set(region, text);
        if (!text || region.closest('[hidden], [aria-hidden="true"]')) continue;
        const host = (region.getRootNode() as ShadowRoot).host;
        heard.push({ text, politeness: politenessOf(region), region, from: host?.localName ?? 'page' });
      }
    }
  }

  read();
  return {
    heard,
    counts() {
      const counts = new Map<string, number>();
      for (const { text } of heard) counts.set(text, (counts.get(text) ?? 0) + 1);
      return counts;
    },
    duplicates() {
      return [...this.counts()].filter(([, times]) => times > 1);
    },
    timesHeard(text) {
      return heard.filter((a) => (typeof text === 'string' ? a.text === text : text.test(a.text))).length;
    },
    flush: read,
    stop: () => observer.disconnect(),
  };
}
