/**
 * The languages the elements speak: English and Welsh ship complete, and a
 * host may register another language, or its own wording for one of them.
 */
import { cy } from './cy.js';
import { en, type Messages } from './en.js';

/** Some of the words of a language: sections and messages left out keep those of the base language. */
export type PartialMessages = DeepPartial<Messages>;
type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

const languages = new Map<string, Messages>([
  ['en', en],
  ['cy', cy],
]);
const listeners = new Set<() => void>();

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
 */
export function registerMessages(lang: string, messages: PartialMessages, base = 'en'): void {
  const key = lang.toLowerCase();
  const start = languages.get(key) ?? messagesFor(base);
  languages.set(key, merged<Messages>(start, messages));
  for (const listener of listeners) listener();
}

/**
 * The words for `lang`: its own, else its primary language's ("cy-GB" → "cy"),
 * else English.
 */
export function messagesFor(lang: string | null | undefined): Messages {
  const key = (lang ?? '').toLowerCase();
  return languages.get(key) ?? languages.get(key.split('-')[0] ?? '') ?? en;
}

/** Calls `listener` whenever a language is registered or changed; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
