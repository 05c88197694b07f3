/**
 * The languages the elements speak: English and Welsh ship complete, and a
 * host may register another language, or its own wording for one of them.
 * English is always here; Welsh is loaded the first time a page asks for it,
 * so a page in English never downloads it.
 */
import { en, type Messages } from './en.js';
import { closingSentences } from './sentence.js';

/** Some of the words of a language: sections and messages left out keep those of the base language. */
export type PartialMessages = DeepPartial<Messages>;
type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A host's wording: some messages, or a function of the language's words so far that returns them, to reuse
 * them ("Cytunwyd" for one result, the kit's Welsh for the others) even before the language has loaded.
 */
export type MessagesPatch = PartialMessages | ((current: Messages) => PartialMessages);

const languages = new Map<string, Messages>([['en', en]]);
const listeners = new Set<() => void>();

/** The languages loaded the first time a page asks for them, by primary language subtag: the kit's Welsh. */
const onDemand = new Map<string, () => Promise<Messages>>([
  ['cy', () => import('./cy.js').then((module) => module.cy)],
]);
/** Languages on their way, with the wording a host registered for them before they came. */
const arriving = new Map<string, MessagesPatch[]>();
/** Languages whose file could not be fetched: when one may be asked for again, and how many tries failed. */
const failed = new Map<string, { retryAt: number; tries: number }>();
const RETRY_MS = 10_000;
const MAX_RETRY_MS = 5 * 60_000;

const primaryOf = (lang: string) => lang.split('-')[0] ?? '';

function announce(): void {
  for (const listener of listeners) listener();
}

/**
 * Has the language `primary` loaded by `loader` the first time a page asks for it, as the kit's Welsh is.
 * For the kit itself and its tests; a host registers its words with `registerMessages`.
 */
export function loadOnDemand(primary: string, loader: () => Promise<Messages>): void {
  onDemand.set(primary, loader);
}

/** Loads the language `primary` once, applies what a host registered for it meanwhile, and tells the elements. */
function load(primary: string): void {
  const loader = onDemand.get(primary);
  if (!loader || languages.has(primary) || arriving.has(primary)) return;
  const failure = failed.get(primary);
  if (failure && Date.now() < failure.retryAt) return;
  arriving.set(primary, []);
  loader().then(
    (messages) => {
      const patches = arriving.get(primary) ?? [];
      arriving.delete(primary);
      failed.delete(primary);
      languages.set(
        primary,
        patches.reduce<Messages>((words, patch) => applied(words, patch), messages),
      );
      announce();
    },
    () => {
      // The file could not be fetched (offline, or a chunk left out when the kit was copied): the page stays in
      // English. Every element asks again each time it renders, and the elements render again when told: asked
      // again at once, a page fetched the file hundreds of times a second. So a failure waits, longer each time,
      // or until the browser is back online.
      arriving.delete(primary);
      const tries = (failure?.tries ?? 0) + 1;
      failed.set(primary, { retryAt: Date.now() + Math.min(MAX_RETRY_MS, RETRY_MS * 2 ** (tries - 1)), tries });
      retryWhenOnline();
      announce();
    },
  );
}

let watchingOnline = false;

/** Back online, a language that failed is asked for again at once. */
function retryWhenOnline(): void {
  if (watchingOnline) return;
  watchingOnline = true;
  globalThis.addEventListener?.('online', () => {
    if (failed.size === 0) return;
    failed.clear();
    announce();
  });
}

/** `patch` over `base`, section by section: a message `patch` leaves out keeps `base`'s. */
function merged<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) return base;
  if (typeof base !== 'object' || base === null || typeof patch !== 'object' || patch === null) return patch as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = merged((base as Record<string, unknown>)[key], value as DeepPartial<unknown>);
  }
  return out as T;
}

/**
 * `patch` over `words`: given as a function, it is passed the words it changes. What a host registers closes its
 * sentences as the kit's words do (`closingSentences`): a council's `pm: 'i.n.'` ends "at 4i.n.", not "4i.n..".
 */
function applied(words: Messages, patch: MessagesPatch): Messages {
  return closingSentences(merged<Messages>(words, typeof patch === 'function' ? patch(words) : patch));
}

/**
 * Registers the words of language `lang` (a BCP 47 tag: "cy", "en-GB"), or
 * changes some of them. Messages left out come from the language already
 * registered as `lang`, else from `base` (default English). Every element
 * on the page speaks the new words at once.
 *
 * @example
 * // A council's own wording: "Agreed" rather than "Carried".
 * registerMessages('en', { votePanel: { result: (r) => (r === 'carried' ? 'Agreed' : en.votePanel.result(r)) } });
 * @example
 * // Another language, with its own dates and times.
 * registerMessages('ga', { lang: 'ga', format: createFormat('ga-IE', { am: 'r.n.', pm: 'i.n.', … }), … });
 * @example
 * // Welsh wording of its own that falls back on the kit's Welsh, whether or not it has loaded yet.
 * registerMessages('cy', (cy) => ({ votePanel: { result: (r) => (r === 'carried' ? 'Cytunwyd' : cy.votePanel.result(r)) } }));
 */
export function registerMessages(lang: string, messages: MessagesPatch, base = 'en'): void {
  // A shipped language has one set of words for all its regions: "cy-GB" changes "cy".
  const key = onDemand.has(primaryOf(lang.toLowerCase())) ? primaryOf(lang.toLowerCase()) : lang.toLowerCase();
  // Wording for a shipped language still loading waits for it, so it is not laid over English.
  load(key);
  const waiting = arriving.get(key);
  if (waiting) {
    waiting.push(messages);
    return;
  }
  const start = languages.get(key) ?? messagesFor(base);
  languages.set(key, applied(start, messages));
  announce();
}

/**
 * The words for `lang`: its own, else its primary language's ("cy-GB" → "cy"),
 * else English. A shipped language not yet loaded starts loading, and English
 * stands in until it comes (`languagePending` says so; listeners hear when it does).
 */
export function messagesFor(lang: string | null | undefined): Messages {
  const key = (lang ?? '').toLowerCase();
  const found = languages.get(key) ?? languages.get(primaryOf(key));
  if (found) return found;
  load(primaryOf(key));
  return en;
}

/**
 * The words for `lang` once they are here: at once for English or a language a host
 * registered; for the kit's Welsh, once its file has loaded. For what is made without an
 * element, such as a Welsh calendar file, on a page where no element with `lang="cy"`
 * has loaded Welsh yet. Rejects when the file cannot be fetched (offline): the caller
 * decides whether English will do.
 *
 * @example
 * const cy = await loadMessages('cy');
 * const file = toICalendar(publishedDocument(doc, viewer, now), { now, messages: cy });
 */
export function loadMessages(lang: string): Promise<Messages> {
  const key = (lang ?? '').toLowerCase();
  const wanted = () => languages.get(key) ?? languages.get(primaryOf(key));
  if (wanted() || !onDemand.has(primaryOf(key))) return Promise.resolve(messagesFor(lang));
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = wanted();
      if (found) {
        stop();
        resolve(found);
      } else if (failed.has(primaryOf(key)) && !arriving.has(primaryOf(key))) {
        stop();
        reject(
          new Error(
            `The words for "${lang}" could not be loaded: check the connection, and that the kit's files were all copied.`,
          ),
        );
      }
    };
    const stop = onMessagesChange(check);
    // A language that failed a moment ago is asked for again: the caller is asking now.
    failed.delete(primaryOf(key));
    load(primaryOf(key));
    check();
  });
}

/** Whether the words for `lang` are still on their way. */
export function languagePending(lang: string | null | undefined): boolean {
  const key = (lang ?? '').toLowerCase();
  return !languages.has(key) && arriving.has(primaryOf(key));
}

/** Calls `listener` whenever a language is registered or changed; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
