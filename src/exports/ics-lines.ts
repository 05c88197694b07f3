/**
 * The text layer of an iCalendar file (RFC 5545 §3.1 and §3.3.11): TEXT
 * values escaped, content lines built from a name, parameters and a value,
 * and long lines folded. Pure string work, no knowledge of the partnership.
 */

/** RFC 5545 ends every content line with CRLF, whatever the platform. */
export const CRLF = '\r\n';

/** A line may hold 75 octets; a continuation line's leading space is one of them. */
const FIRST_LINE_OCTETS = 75;
const NEXT_LINE_OCTETS = 74;

/** The octets of one code point in UTF-8. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma and every line break
 * (CRLF, LF or CR, each becomes `\n`). Other control characters are dropped:
 * RFC 5545 allows none in a value except the tab, and a stray one from a
 * pasted note would make a strict client refuse the whole feed.
 *
 * @example
 * escapeText('Ask, then act; see\nnotes'); // 'Ask\\, then act\\; see\\nnotes'
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\n|\r/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): each
 * continuation starts with a space. It cuts between code points only, so no
 * multi-byte character is split across two lines.
 *
 * @example
 * foldLine('DESCRIPTION:' + 'x'.repeat(100)); // 75 octets, CRLF, a space and the rest
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = FIRST_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = NEXT_LINE_OCTETS;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A property's parameters, like `{ TZID: 'Europe/London' }` or `{ VALUE: 'DATE' }`. */
export type Parameters = Readonly<Record<string, string>>;

/**
 * One folded content line, `NAME;PARAM=value:value`. The value is written as
 * given: escape TEXT values with `escapeText` first (dates, times and codes
 * must not be escaped).
 */
export function contentLine(name: string, value: string, parameters: Parameters = {}): string {
  const params = Object.entries(parameters).map(([key, param]) => `;${key}=${param}`);
  return foldLine(`${name}${params.join('')}:${value}`);
}

/** A TEXT property: the value escaped, then the line folded. */
export function textLine(name: string, value: string): string {
  return contentLine(name, escapeText(value));
}

/** A component (`VEVENT`, `VTIMEZONE`…) around its lines. */
export function component(name: string, lines: readonly string[]): string[] {
  return [`BEGIN:${name}`, ...lines, `END:${name}`];
}
