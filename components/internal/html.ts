/**
 * Lit's `html`, without the white space that only lays out the source.
 *
 * A template written across lines, as Prettier formats it, has a line break
 * and indentation between its tags; Lit makes a text node of each run, in
 * every render, that the page never shows. A roster at 10× a real partnership
 * drew 4,640 of them beside its 2,551 elements (issue 12). This tag drops such
 * a run where it touches a block's tag (a paragraph, a list item, a table's
 * cell or row, a heading, a section…), where a browser would not show it
 * either. Next to an inline element (`strong`, `span`, `a`, `label`,
 * `button`) or a `${…}` alone it stays, since a space there can part two
 * words. A template holding a `<pre>`, a `<textarea>` or a comment, where
 * white space is content, is left as written; the one element the kit sets
 * `white-space: pre-line` on (the highlight report's lead text) holds a part
 * alone. The cleaner reads tags, not quotes: an attribute's quoted value
 * holding `>` and a line break would lose its indentation, and no template
 * of the kit writes one.
 *
 * Each template's strings are cleaned once and kept, so Lit still sees one
 * strings array per template and prepares it once, as lit's own static
 * templates do.
 */
import { html as litHtml, type TemplateResult } from 'lit';

const BLOCK =
  'address|article|aside|blockquote|caption|col|colgroup|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|' +
  'form|h[1-6]|header|hr|legend|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const IS_BLOCK = new RegExp(`^(?:${BLOCK})$`, 'i');

/** Whether a tag is one of the blocks this tag drops layout white space around: its words stand apart anyway. */
export const isBlockTag = (name: string): boolean => IS_BLOCK.test(name);
/** A run of white space with a line break in it, right after a block's opening or closing tag. */
const AFTER_BLOCK_TAG = new RegExp(`(<\\/?(?:${BLOCK})(?=[\\s>/])[^<>]*>)[ \\t]*\\n\\s*`, 'g');
/** The same, right before one. */
const BEFORE_BLOCK_TAG = new RegExp(`[ \\t]*\\n\\s*(?=<\\/?(?:${BLOCK})[\\s>/])`, 'g');
/** The end of a tag begun in an earlier string (`<td data-label=${…}>`), and the white space after it. */
const END_OF_TAG = /^([^<>]*>)[ \t]*\n\s*/;
/** Where white space is content: preformatted text, a text area, a comment. */
const SPACE_IS_CONTENT = /<(?:pre|textarea)[\s>]|<!--/i;
/** The name of the tag a string leaves open, when it ends inside one. */
const OPEN_TAG = /<\/?([a-zA-Z][\w-]*)[^<>]*$/;

const cleaned = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/** `strings` without the layout white space around block tags: made once per template. */
export function withoutLayoutSpace(strings: TemplateStringsArray): TemplateStringsArray {
  let clean = cleaned.get(strings);
  if (clean) return clean;
  // Not a template literal's strings: Lit refuses those itself (a guard against strings made of data).
  if (!Array.isArray(strings) || !Object.hasOwn(strings, 'raw')) return strings;
  if (strings.some((string) => SPACE_IS_CONTENT.test(string))) {
    cleaned.set(strings, strings);
    return strings;
  }
  const parts: string[] = [];
  // The tag the last string left open: a string may begin with the rest of it, after an attribute's value.
  let openTag: string | undefined;
  for (const string of strings) {
    let part = string.replace(AFTER_BLOCK_TAG, '$1').replace(BEFORE_BLOCK_TAG, '');
    if (openTag && isBlockTag(openTag)) part = part.replace(END_OF_TAG, '$1');
    if (part.includes('<') || part.includes('>')) openTag = OPEN_TAG.exec(part)?.[1];
    parts.push(part);
  }
  // Lit takes only a strings array with `raw`, as a template literal's is.
  clean = Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
  cleaned.set(strings, clean);
  return clean;
}

/** Lit's `html`, its template's layout white space dropped (see above). */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<1> =>
  litHtml(withoutLayoutSpace(strings), ...values);
