/**
 * A download's file name made safe to save on Windows, macOS and Linux, in any language: a name is built from
 * the document's own words (a project titled "Work Project 1: High Needs Block Review", a group named
 * "Schools / Colleges"), and a browser given a character its file system refuses changes it as it sees fit
 * (Chrome to `_`, Firefox to a space or `-`), or, on some systems, saves nothing.
 */

/**
 * Control characters (a line break pasted into a title) and the invisible marks that reorder text (a
 * right-to-left override could make "…fdp.exe" read as "…exe.pdf"): each becomes a space.
 */
// eslint-disable-next-line no-control-regex
const UNSEEN = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Most file systems hold 255 octets a name; a browser adds " (1)" to a second download of the same name. */
const MAX_OCTETS = 200;

/** The extension a name ends with, kept whole when a long name is cut. */
const EXTENSION = /\.[A-Za-z0-9]{1,5}$/;

/** The octets of `text` in UTF-8, as a file system counts them. */
const octets = (text: string) => new TextEncoder().encode(text).length;

/** `base` cut to fit `limit` octets, between characters, never through one. */
function cut(base: string, limit: number): string {
  let kept = '';
  for (const char of base) {
    if (octets(kept + char) > limit) break;
    kept += char;
  }
  return kept.replace(/[\s.–-]+$/u, '');
}

/**
 * `name` with what a file system refuses or misreads replaced, keeping the words: a colon becomes " - "
 * (Windows refuses it, macOS shows it as a slash), a slash, backslash or bar a hyphen, a double quote a single
 * one, `<`, `>`, `?` and `*` are dropped, control characters and text-direction marks become spaces; spaces
 * run together, and dots and spaces at either end go (a leading dot hides a file on macOS and Linux, Windows
 * drops trailing ones). A name over 200 octets of UTF-8 is cut before its extension. The same name twice
 * gives the same name: it can be applied again safely.
 *
 * @example
 * safeFileName('Sutton - Work Project 1: High Needs/SEND actions.csv'); // 'Sutton - Work Project 1 - High Needs-SEND actions.csv'
 */
export function safeFileName(name: string): string {
  const safe = name
    .replace(UNSEEN, ' ')
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[\\/|]/g, '-')
    .replace(/"/g, "'")
    .replace(/[<>?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (octets(safe) <= MAX_OCTETS) return safe;
  const extension = EXTENSION.exec(safe)?.[0] ?? '';
  return cut(safe.slice(0, safe.length - extension.length), MAX_OCTETS - extension.length) + extension;
}
