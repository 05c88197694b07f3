/**
 * JSON text as a person wrote it: one reader for `parseDocument` and the
 * elements (a fetched file, an inline `<script type="application/json">`), so
 * both take a byte-order mark and both say where a syntax error is.
 */

/** A line and column as an editor shows them, both from 1. */
export interface JsonPlace {
  line: number;
  column: number;
}

/**
 * The mistake a hand edit made, as a code the messages word: a comma after the
 * last item (`comma-after-last`) or before any (`extra-comma`), a comma left
 * out, a comment, single or curly quotes, a field name or text not in quotes
 * (`word`, its first word), a word JSON does not write (`True`, `None`, `NaN`:
 * `use`, what JSON writes for it, if anything), a bracket not closed when the
 * text ends or another kind closes (where it `opened`), text after the JSON has ended (`after-end`: `bracket`, a
 * closing bracket with nothing open, the commonest, left by deleting a block), no text but spaces (`empty`), or
 * `other`.
 */
export type JsonMistake =
  | {
      code: 'comma-after-last' | 'extra-comma' | 'missing-comma' | 'comment' | 'single-quotes' | 'empty' | 'other';
    }
  | { code: 'curly-quote'; quote: string }
  | { code: 'unquoted-name' | 'unquoted-text'; word: string }
  | { code: 'not-json-word'; word: string; use?: 'true' | 'false' | 'null' }
  | { code: 'not-closed'; bracket: '{' | '['; opened: JsonPlace }
  | { code: 'after-end'; bracket?: '}' | ']' };

/** Where JSON text stops being JSON, and the mistake made there. */
export type JsonSyntaxError = JsonPlace & JsonMistake;

/**
 * The value JSON text writes, or why it does not parse: `reason`, the parser's own words with the line and column
 * (for a developer), and `syntax`, the place and the mistake (for the messages), unless the parser refused text the
 * scan reads as JSON.
 */
export type JsonText = { ok: true; value: unknown } | { ok: false; reason: string; syntax?: JsonSyntaxError };

/** Reads JSON text; never throws. */
export function readJsonText(text: string): JsonText {
  // A file saved by Windows Notepad starts with a byte-order mark, which Node's readFile keeps and JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    const stop = scan(json);
    // JSON.parse throws only SyntaxError; String(error) is a fallback that cannot run.
    const reason = withLine(error instanceof Error ? error.message : String(error), json, stop?.at);
    return stop ? { ok: false, reason, syntax: mistakeAt(json, stop) } : { ok: false, reason };
  }
}

/**
 * The engine's reason, with the line and column an editor shows where it gave
 * none: Node 20 gives only "at position 125"; V8's "Unexpected token ']', …"
 * (a comma left after a list's last entry) and Safari's "JSON Parse error:
 * Expected '}'" give no place at all. Firefox and Chromium name the line.
 */
function withLine(reason: string, json: string, scanned: number | undefined): string {
  // Only the engine's own place, at the end of its words: V8 quotes the text around the error
  // (`..."name": Bus line 12"... is not valid JSON`), and a "line 12" or "position 3" in that text is no place.
  if (/(?:\(line \d+ column \d+\)|\bline \d+ column \d+ of the JSON data)$/.test(reason)) return reason;
  const position = / at position (\d+)$/.exec(reason);
  const at = position ? Number(position[1]) : scanned;
  if (at === undefined) return reason;
  const { line, column } = placeOf(json, at);
  return `${reason} (line ${line} column ${column})`;
}

function placeOf(json: string, at: number): JsonPlace {
  const before = json.slice(0, at);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
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
 * undefined when it is JSON.
 */
export function syntaxErrorAt(json: string): number | undefined {
  return scan(json)?.at;
}

/** Where the scan stopped: what it wanted there, the offsets of the brackets still open, and the string it was in. */
interface Stop {
  at: number;
  state: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';
  opened: number[];
  string?: number;
}

/** A loop with a stack of the open brackets, so a deeply nested file cannot overflow the call stack. */
function scan(json: string): Stop | undefined {
  const opened: number[] = [];
  let state: Stop['state'] = 'value';
  let i = 0;
  const stop = (at: number, string?: number): Stop => ({ at, state, opened, string });
  for (;;) {
    while (i < json.length && WHITESPACE.has(json[i]!)) i++;
    if (i >= json.length) return state === 'after' && opened.length === 0 ? undefined : stop(i);
    const c = json[i]!;
    const closer = json[opened.at(-1) ?? -1] === '{' ? '}' : ']';
    if (state === 'after') {
      if (opened.length === 0) return stop(i);
      if (c === ',') {
        state = closer === '}' ? 'key' : 'value';
        i++;
      } else if (c === closer) {
        opened.pop();
        i++;
      } else return stop(i);
    } else if (state === 'colon') {
      if (c !== ':') return stop(i);
      state = 'value';
      i++;
    } else if (state === 'key' || state === 'first-key') {
      if (state === 'first-key' && c === '}') {
        opened.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c !== '"') return stop(i);
      const end = stringEnd(json, i);
      if (end < 0) return stop(-end, i);
      state = 'colon';
      i = end;
    } else {
      if (state === 'first-value' && c === ']') {
        opened.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c === '{' || c === '[') {
        opened.push(i);
        state = c === '{' ? 'first-key' : 'first-value';
        i++;
        continue;
      }
      if (c === '"') {
        const end = stringEnd(json, i);
        if (end < 0) return stop(-end, i);
        i = end;
      } else {
        LITERAL.lastIndex = i;
        const literal = LITERAL.exec(json);
        if (!literal) return stop(i);
        i += literal[0].length;
      }
      state = 'after';
    }
  }
}

/** The mistake at the place the scan stopped: a look at the characters there, not a second parse. */
function mistakeAt(json: string, { at, state, opened, string }: Stop): JsonSyntaxError {
  const c = json[at] ?? '';
  const before = json.slice(0, at).trimEnd().at(-1) ?? '';
  const open = opened.at(-1);
  const word = /[A-Za-z_$][\w$]*/y;
  word.lastIndex = at;
  const w = word.exec(json)?.[0].slice(0, 40);
  // In a text, the curly quote that closed it, so the text ran on to the end of the line; else the one at `at`.
  const curly = /[“”‘’]/.exec(json.slice(string ?? at, at + 1));
  const found = (code: JsonMistake['code'], values = {}, where = at) =>
    ({ ...placeOf(json, where), code, ...values }) as JsonSyntaxError;
  if (curly) return found('curly-quote', { quote: curly[0] }, (string ?? at) + curly.index);
  // Nothing to read: "check the text there" would send the reader to look at line 1 for a mistake.
  if (json.trim() === '') return found('empty');
  if (open !== undefined && (!c || (state === 'after' && '}]'.includes(c)))) {
    return found('not-closed', { bracket: json[open], opened: placeOf(json, open) });
  }
  if (c === '/' && '/*'.includes(json[at + 1] || '-')) return found('comment');
  if (c === "'") return found('single-quotes');
  // At the comma the reader is told to delete, not the bracket after it, which may be lines below.
  if (before === ',' && '}]'.includes(c)) return found('comma-after-last', {}, json.lastIndexOf(',', at));
  if (c === ',' && before && ',[{'.includes(before)) return found('extra-comma');
  if (state === 'after' && open === undefined) return found('after-end', '}]'.includes(c) ? { bracket: c } : {});
  if (state === 'after') {
    const next = /["{[]/.test(c) || (/[\w$-]/.test(c) && WHITESPACE.has(json[at - 1]!));
    return found(open !== undefined && next ? 'missing-comma' : 'other');
  }
  if (!w || state === 'colon') return found('other');
  if (state.endsWith('key')) return found('unquoted-name', { word: w });
  // Python's True, False and None, SQL's NULL, JavaScript's undefined and NaN.
  const other = /^(?:(true|false|null)|(none|nil)|undefined|nan|infinity)$/i.exec(w);
  const use = other?.[1]?.toLowerCase() ?? (other?.[2] && 'null');
  return found(other ? 'not-json-word' : 'unquoted-text', { word: w, ...(use && { use }) });
}
