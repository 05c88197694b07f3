/**
 * JSON text as a person wrote it: one reader for `parseDocument` and the
 * elements (a fetched file, an inline `<script type="application/json">`), so
 * both take a byte-order mark and both say where a syntax error is.
 */

/** The value JSON text writes, or the parser's reason it does not parse, with the line and column. */
export type JsonText = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads JSON text; never throws. */
export function readJsonText(text: string): JsonText {
  // A file saved by Windows Notepad starts with a byte-order mark, which Node's readFile keeps and JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    // JSON.parse throws only SyntaxError; String(error) is a fallback that cannot run.
    return { ok: false, reason: withLine(error instanceof Error ? error.message : String(error), json) };
  }
}

/**
 * The engine's reason, with the line and column an editor shows where it gave
 * none: Node 20 gives only "at position 125"; V8's "Unexpected token ']', …"
 * (a comma left after a list's last entry) and Safari's "JSON Parse error:
 * Expected '}'" give no place at all. Firefox and Chromium name the line.
 */
function withLine(reason: string, json: string): string {
  // Only the engine's own place, at the end of its words: V8 quotes the text around the error
  // (`..."name": Bus line 12"... is not valid JSON`), and a "line 12" or "position 3" in that text is no place.
  if (/(?:\(line \d+ column \d+\)|\bline \d+ column \d+ of the JSON data)$/.test(reason)) return reason;
  const position = / at position (\d+)$/.exec(reason);
  const at = position ? Number(position[1]) : syntaxErrorAt(json);
  if (at === undefined) return reason;
  const before = json.slice(0, at);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${reason} (line ${line} column ${column})`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Where the string starting at `start` (a quote) ends, just after its closing quote, or minus where it breaks. */
function stringEnd(json: string, start: number): number {
  for (let i = start + 1; i < json.length; i++) {
    const c = json[i]!;
    if (c === '"') return i + 1;
    if (c < ' ') return -i;
    if (c === '\\') {
      const next = json[i + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(json.slice(i + 2, i + 6))) return -(i + 1);
        i += 5;
      } else if (ESCAPES.has(next)) i += 1;
      else return -(i + 1);
    }
  }
  return -json.length;
}

/**
 * The offset of the first thing in `json` that is not JSON (RFC 8259), or
 * undefined when it is JSON. A loop with a stack of the open brackets, so a
 * deeply nested file cannot overflow the call stack.
 */
export function syntaxErrorAt(json: string): number | undefined {
  const closers: string[] = [];
  let state: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < json.length && WHITESPACE.has(json[i]!)) i++;
    if (i >= json.length) return state === 'after' && closers.length === 0 ? undefined : i;
    const c = json[i]!;
    if (state === 'after') {
      if (closers.length === 0) return i;
      if (c === ',') {
        state = closers.at(-1) === '}' ? 'key' : 'value';
        i++;
      } else if (c === closers.at(-1)) {
        closers.pop();
        i++;
      } else return i;
    } else if (state === 'colon') {
      if (c !== ':') return i;
      state = 'value';
      i++;
    } else if (state === 'key' || state === 'first-key') {
      if (state === 'first-key' && c === '}') {
        closers.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c !== '"') return i;
      const end = stringEnd(json, i);
      if (end < 0) return -end;
      state = 'colon';
      i = end;
    } else {
      if (state === 'first-value' && c === ']') {
        closers.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c === '{' || c === '[') {
        closers.push(c === '{' ? '}' : ']');
        state = c === '{' ? 'first-key' : 'first-value';
        i++;
        continue;
      }
      if (c === '"') {
        const end = stringEnd(json, i);
        if (end < 0) return -end;
        i = end;
      } else {
        LITERAL.lastIndex = i;
        const literal = LITERAL.exec(json);
        if (!literal) return i;
        i += literal[0].length;
      }
      state = 'after';
    }
  }
}
