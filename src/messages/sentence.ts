/**
 * Whether `text` (words from the document, like an interest declared) already ends a sentence: a full stop, a
 * question or exclamation mark or an ellipsis, perhaps inside a closing quote or bracket. A message ends it
 * otherwise, so a screen reader does not run it into the sentence after.
 */
export const endsSentence = (text: string): boolean => /[.!?…][)"'’”]*\s*$/.test(text);
