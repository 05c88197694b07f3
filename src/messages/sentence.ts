/**
 * Whether `text` (words from the document, like an interest declared) already ends a sentence: a full stop, a
 * question or exclamation mark or an ellipsis, perhaps inside a closing quote or bracket. A message ends it
 * otherwise, so a screen reader does not run it into the sentence after.
 */
export const endsSentence = (text: string): boolean => /[.!?…][)"'’”]*\s*$/.test(text);

/**
 * `said` with each sentence closed once: a sentence that ends on a value already ending one (a council's "4i.n.",
 * a name like "Jo Bloggs Jr.", a title ending "?" or an ellipsis, "…" or "...") keeps that value's mark, not a
 * full stop after it ("at 4i.n..", "To follow…."). Only a full stop followed by a space or the end is taken away,
 * so a path or an id with dots in it is left as it is.
 */
export const closeSentences = (said: string): string =>
  // Every message an element draws passes here (thousands in a long tracker), and nearly none has a mark before a
  // full stop: looking for the pairs first is five times quicker than the replace that finds none.
  said.includes('..') || said.includes('?.') || said.includes('!.') || said.includes('….')
    ? said.replace(/(\.\.\.|…|(?<!\.)[.?!])\.(?=\s|$)/g, '$1')
    : said;

/** The words (functions and sections) already closing their sentences: none is wrapped twice. */
const closing = new WeakSet<object>();

/** `say`, with what it says closed by `closeSentences`. */
function closingSay<Say extends (...args: never[]) => unknown>(say: Say): Say {
  if (closing.has(say)) return say;
  const closed = ((...args: Parameters<Say>) => {
    const said = say(...args);
    return typeof said === 'string' ? closeSentences(said) : said;
  }) as Say;
  closing.add(closed);
  return closed;
}

/**
 * A language's words, each message closing its sentences once (`closeSentences`): the one place that does, for
 * every language, the kit's and a council's (each module is made with it, and `registerMessages` applies it to
 * what a council registers), so no message checks the value it ends with. A language's `format` is its values
 * ("4i.n."), not sentences, and is left as given.
 */
export function closingSentences<Words>(words: Words): Words {
  if (typeof words === 'function') return closingSay(words as (...args: never[]) => unknown) as Words;
  if (typeof words !== 'object' || words === null || Array.isArray(words) || closing.has(words)) return words;
  const closed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(words)) closed[key] = key === 'format' ? value : closingSentences(value);
  closing.add(closed);
  return closed as Words;
}
