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
 * `other`. What a CMS puts in pasted JSON: a character that shows as a space or as nothing (`invisible`, its
 * `codePoint`, "U+200B"), an HTML entity (`&quot;`: what it `means`, when JSON has a use for it), a tab or a line
 * break inside a text. A field `name` written twice in one object (`repeated-name`: where the `first` is), which
 * JSON.parse reads as the last.
 */
export type JsonMistake =
  | {
      code:
        | 'comma-after-last'
        | 'extra-comma'
        | 'missing-comma'
        | 'comment'
        | 'single-quotes'
        | 'empty'
        | 'tab-in-text'
        | 'break-in-text'
        | 'other';
    }
  | { code: 'curly-quote'; quote: string }
  | { code: 'unquoted-name' | 'unquoted-text'; word: string }
  | { code: 'not-json-word'; word: string; use?: 'true' | 'false' | 'null' }
  | { code: 'not-closed'; bracket: '{' | '['; opened: JsonPlace }
  | { code: 'after-end'; bracket?: '}' | ']' }
  | { code: 'invisible'; codePoint: string }
  | { code: 'html-entity'; entity: string; means?: '"' | ' ' }
  | { code: 'repeated-name'; name: string; first: JsonPlace };

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
  const read = parsed(json);
  if (read.ok || !json.includes('\u00a0')) return read;
  // A rich-text editor writes a run of spaces as non-breaking ones, and inline JSON read through its markup
  // (editor-markup.ts) takes them: so does a file, the same text at src. Between items one can only be a space;
  // inside a text it is kept. Each is one character for one, so a mistake after it keeps its line and column.
  const spaced = json.replace(NBSP_OUTSIDE_TEXT, (found) => (found === '\u00a0' ? ' ' : found));
  return spaced === json ? read : parsed(spaced);
}

/** A text in quotes (or one not closed by the line's end), or a non-breaking space outside one. */
const NBSP_OUTSIDE_TEXT = /"(?:[^"\\\n]|\\.)*"?|\u00a0/g;

/** JSON.parse's value, unless a field name is written twice in an object; else the mistake, found by the scan. */
function parsed(json: string): JsonText {
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch (error) {
    const stop = scan(json);
    // JSON.parse throws only SyntaxError; String(error) is a fallback that cannot run.
    const reason = withLine(error instanceof Error ? error.message : String(error), json, stop?.at);
    return stop ? { ok: false, reason, syntax: mistakeAt(json, stop) } : { ok: false, reason };
  }
  // Counted first, the names the text writes against the keys JSON.parse made, equal unless a name is repeated:
  // the pass that finds where keeps a Map per object, and that doubled the time a document of megabytes took.
  const repeated = namesIn(json) === keysIn(value) ? undefined : repeatedName(json);
  if (!repeated) return { ok: true, value };
  const { line, column } = placeOf(json, repeated.at);
  const first = placeOf(json, repeated.first);
  const name = repeated.name.slice(0, 40);
  const reason = `Duplicate name ${JSON.stringify(name)} in an object, first at line ${first.line} column ${first.column} (line ${line} column ${column})`;
  return { ok: false, reason, syntax: { line, column, code: 'repeated-name', name, first } };
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

/** A field name written twice in one object: the offsets of the second and of the first, and the name. */
interface Repeated {
  at: number;
  first: number;
  name: string;
}

const QUOTE = 0x22;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_SQUARE = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_SQUARE = 0x5d;

/** How many field names `json`, text JSON.parse has read, writes: texts followed by a colon. */
function namesIn(json: string): number {
  let names = 0;
  for (let at = json.indexOf('"'); at !== -1; at = json.indexOf('"', at + 1)) {
    at = closingQuote(json, at);
    if (isName(json, at)) names++;
  }
  return names;
}

/** Whether the text whose closing quote is at `end` is a field name: a colon follows it. */
function isName(json: string, end: number): boolean {
  let next = end + 1;
  while (isSpace(json.charCodeAt(next))) next++;
  return json.charCodeAt(next) === COLON;
}

/** How many keys the objects in `value` have, all told: a loop with a stack, as the scan's, for any depth. */
function keysIn(value: unknown): number {
  let keys = 0;
  const open = typeof value === 'object' && value !== null ? [value] : [];
  while (open.length > 0) {
    const next = open.pop();
    const items = Array.isArray(next) ? next : Object.values(next as object);
    if (!Array.isArray(next)) keys += items.length;
    for (const item of items) if (typeof item === 'object' && item !== null) open.push(item);
  }
  return keys;
}

/**
 * The first name written twice in one object, in text JSON.parse has read: one pass, each open object's names in
 * a Map. Character codes and indexOf, not the scan's regular expressions: it runs on every document that parses,
 * some of them megabytes.
 */
function repeatedName(json: string): Repeated | undefined {
  const open: (Map<string, number> | undefined)[] = [];
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(json, i);
      // JSON.parse has read the text, so a name is in an object.
      if (isName(json, end)) {
        const names = open.at(-1)!;
        const name = nameOf(json, i, end);
        const first = names.get(name);
        if (first !== undefined) return { at: i, first, name };
        names.set(name, i);
      }
      i = end;
    } else if (c === OPEN_BRACE) open.push(new Map());
    else if (c === OPEN_SQUARE) open.push(undefined);
    else if (c === CLOSE_BRACE || c === CLOSE_SQUARE) open.pop();
  }
  return undefined;
}

/** The offset of the quote that closes the text opening at `start`: the next one not escaped. */
function closingQuote(json: string, start: number): number {
  let end = json.indexOf('"', start + 1);
  while (json.charCodeAt(end - 1) === BACKSLASH && isEscaped(json, end)) end = json.indexOf('"', end + 1);
  return end;
}

/** Whether an odd number of backslashes comes before `at`. */
function isEscaped(json: string, at: number): boolean {
  let before = at - 1;
  while (json.charCodeAt(before) === BACKSLASH) before--;
  return (at - before) % 2 === 0;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** A name as JSON.parse reads it: "\u0061" and "a" are the same name. */
function nameOf(json: string, start: number, end: number): string {
  const raw = json.slice(start + 1, end);
  return raw.includes('\\') ? (JSON.parse(json.slice(start, end + 1)) as string) : raw;
}

/** A character a reader cannot see, or sees only as a space: a space of another kind, a format or control code. */
const INVISIBLE = /[\p{Zs}\p{Cf}\p{Cc}\u2028\u2029]/u;
/** An HTML entity, as a rich-text editor writes one: `&quot;`, `&#34;`, `&nbsp;`. */
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iy;
const MEANS = new Map<string, '"' | ' '>([
  ['&quot;', '"'],
  ['&#34;', '"'],
  ['&#x22;', '"'],
  ['&nbsp;', ' '],
  ['&#160;', ' '],
  ['&#xa0;', ' '],
]);

/** What a CMS put in pasted JSON at `at`: an invisible character, an HTML entity, a tab or line break in a text. */
function pastedAt(json: string, at: number, inText: boolean): JsonMistake | undefined {
  const c = json[at] ?? '';
  if (inText && c === '\t') return { code: 'tab-in-text' };
  if (inText && (c === '\n' || c === '\r')) return { code: 'break-in-text' };
  if (c && INVISIBLE.test(c)) {
    return { code: 'invisible', codePoint: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
  }
  ENTITY.lastIndex = at;
  const entity = ENTITY.exec(json)?.[0];
  if (!entity) return undefined;
  const means = MEANS.get(entity.toLowerCase());
  return { code: 'html-entity', entity, ...(means && { means }) };
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
  const pasted = pastedAt(json, at, string !== undefined);
  if (pasted) return { ...placeOf(json, at), ...pasted };
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
