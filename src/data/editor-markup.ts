/**
 * Inline JSON read through what a CMS's editor writes into a `<script type="application/json">`
 * (docs/embedding.md, "In a CMS's rich-text editor").
 */

/** Where the markup `withoutEditorMarkup` reads as a space may start. */
const EDITOR_MARKUP_START = /[<&\u00a0]/;
/** A paragraph's tags, a line break, a non-breaking space written or as the character. */
const EDITOR_MARKUP = /<\/?p(?:\s[^<>]*)?>|<br\s*\/?>|&nbsp;|&#160;|\u00a0/iy;

/**
 * Inline JSON as a CMS left it: WordPress's wpautop writes `</p>` and `<p>` at a blank line inside the script, or
 * `<br />` at a line's end, and a rich-text editor may leave a non-breaking space (`&nbsp;`, U+00A0) between the
 * lines. None of them can stand outside a JSON string, so each is read there as a space; inside a string nothing
 * is touched. Valid JSON comes back as it was.
 */
export function withoutEditorMarkup(text: string): string {
  if (!EDITOR_MARKUP_START.test(text)) return text;
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      // A line's end closes a string left open, so one broken string does not hide the markup after it.
      else if (c === '"' || c === '\n') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    if (c !== '<' && c !== '&' && c !== '\u00a0') continue;
    EDITOR_MARKUP.lastIndex = i;
    const markup = EDITOR_MARKUP.exec(text);
    if (!markup) continue;
    parts.push(text.slice(from, i), ' ');
    from = i + markup[0].length;
    i = from - 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
