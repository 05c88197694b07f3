/**
 * Contract problems as codes with values: where (the JSON path), what is wrong
 * (a code) and the facts a message needs (the offending value, the ids, the
 * dates, what was expected). No sentence is built here: each language words
 * them in its messages module (`src/messages/en.ts`, `problems`), with the
 * path as the subject of the sentence.
 */
import type * as z from 'zod/mini';
import { EXT_DEPTH, ID_CHARACTER, nestsDeeper, notJsonIn, type Expectation, type NotJsonKind } from './primitives.js';
import { daysInMonth } from './calendar-dates.js';
import type { JsonSyntaxError } from './json-text.js';

/**
 * An offending value, as a message may quote it. Text is cut to 40
 * characters, with "…" when it was cut; `missing` is a value left out.
 */
export type ValueSummary =
  | { type: 'text'; text: string }
  | { type: 'number' | 'boolean'; text: string }
  /** `promise`: a Promise, or any object with a `then` function: a value not yet awaited. */
  | { type: 'null' | 'object' | 'missing' | 'other' | 'promise' }
  | { type: 'list'; count: number };

/** The JSON types a field may expect; `int` is a whole number, `array` a list. */
export type ExpectedType = 'string' | 'number' | 'int' | 'boolean' | 'object' | 'array' | 'null';

/**
 * The formats of the contract's own checks: an id, a calendar date, a
 * date-time with its offset, a quorum minimum, a partner id or list of them,
 * the host's `ext` object, a meeting's attendance object, the risk appetite and
 * (1.1) a month.
 */
export type ExpectedFormat =
  | 'id'
  | 'date'
  | 'date-time'
  | 'quorum-min'
  | 'ids'
  | 'ext'
  | 'attendance'
  | 'appetite'
  /** 1.1: a month, `YYYY-MM` (a highlight report's period). */
  | 'month';

/** The first character of a text that an id cannot have, so a reader finds one they cannot see or tell apart. */
export interface NotInId {
  at: number;
  code: string;
  character: string;
  /** White space at the start or end of the text (a space pasted in with the id): it is deleted, not replaced. */
  edge?: true;
}

/** What a field wants, for "is missing: add …" and "must be …, but it is …". */
export type Expected =
  | { kind: 'type'; type: ExpectedType }
  | { kind: 'one-of'; values: string[] }
  | { kind: 'format'; format: ExpectedFormat }
  | { kind: 'whole-number'; minimum: number; maximum?: number }
  /** The id of a record of this kind: "add the id of a person in "people"". */
  | { kind: 'reference'; target: ReferenceTarget }
  | { kind: 'other' };

/** The records a reference may point at (an action only from an action's change, as sent). */
export type ReferenceTarget = 'partner' | 'person' | 'group' | 'meeting' | 'proposal' | 'seat' | 'project' | 'action';

/**
 * The values of each problem code. Dates are `YYYY-MM-DD`, times ISO
 * date-times as the document writes them; a `first` is the JSON path of the
 * record that came first.
 */
export interface ProblemValues {
  // Fields, from the schema.
  /** The object has fields the contract does not know. */
  /** `extAllowed: false` where the record has no `ext` (an attendance or action change as sent). */
  'unknown-fields': { keys: string[]; extAllowed?: boolean };
  /** Text that must not be empty is empty, or holds only spaces. */
  'empty-text': Record<string, never>;
  /** A date-time whose moment, its offset applied, falls outside the years 0001 to 9999. */
  'date-time-out-of-calendar': { value: string };
  /** A list has fewer entries than it must. */
  'too-few-entries': { minimum: number; count: number };
  /** A whole number passes a limit: `limit` is the one it passed. */
  'out-of-range': { value: number; bound: 'minimum' | 'maximum'; limit: number };
  /** A required field is left out. */
  missing: { expected: Expected };
  /**
   * A field holds the wrong type, format or value. `meant`: a date written the
   * British way ("01/12/2026") as the contract writes it ("2026-12-01").
   * `notInId`: text that is not an id, the first character an id cannot have:
   * where it is (1 for the first), its code point (`U+200B`), and the
   * character itself, or '' when it is invisible (a zero-width space pasted
   * in) and quoting it would show nothing.
   */
  'wrong-value': {
    expected: Expected;
    value: ValueSummary;
    meant?: string;
    notInId?: NotInId;
    leaveOut?: true;
    tooDeep?: number;
    /** An `ext` from a program holding what JSON cannot (a BigInt, a function, NaN): where, and what it is. */
    notJson?: { at: string; kind: NotJsonKind };
  };
  // The whole document (path "") and its lists.
  /**
   * JSON text that does not parse; `reason` is the JSON parser's own words (English, for a developer), `syntax` the
   * line and column and the mistake made there, which the messages word.
   */
  'not-json': { reason: string; syntax?: JsonSyntaxError };
  /** The document is not a JSON object. */
  'not-an-object': { value: ValueSummary; contract: string };
  /** `contract` names another major version. */
  'other-contract': { found: string; expected: string };
  /** A list holds more records than the kit reads. */
  'too-many-records': { count: number; maximum: number };
  /** Checking failed with an exception (a hostile object); `reason` is the exception as text. */
  'not-checked': { reason: string };
  // Records and references.
  /** An id already used by an earlier record of the same list. */
  'duplicate-id': { id: string; first: string };
  /**
   * A reference to a record the document does not have. `field` names the reference, like `holder` or `guest`;
   * `meant`, a known id one or two letters off that it most likely meant.
   */
  'unknown-reference': { id: string; target: ReferenceTarget; field: string; meant?: string };
  /** A group's reportsTo names the group itself. */
  'reports-to-itself': { group: string };
  /** A quorum requirement whose selector picks none of its group's seats: it would always be met. */
  'quorum-selects-no-seat': { requirement: string };
  /** A quorum requirement's whole-number `min` above the seats it selects: no meeting could be quorate. */
  'quorum-more-than-seats': { requirement: string; min: number; seats: number };
  /** `tieBreak: "chair"` in a group with no chair seat, or more than one: today, or (1.2) on an earlier `date`. */
  'chair-tie-break-chairs': { group: string; chairs: number; date?: string };
  /** A voting seat names no partner (at the seat's `partner`); 1.2: or did not while voting up to `to`. */
  'voting-seat-without-partner': { seat: string; to?: string };
  /** A seat's term ends before it starts (at `term.to`). */
  'term-ends-before-start': { seat: string; from: string; to: string };
  /** An earlier appointment ends before it starts (at its `to`). */
  'appointment-ends-before-start': { seat: string; from: string; to: string };
  /** An earlier appointment starts before the one listed before it ends (at its `from`). */
  'appointments-overlap': { seat: string; from: string; previousTo: string };
  /** 1.2: a group's earlier rules end on or before the date of the entry listed before them (at its `to`). */
  'rules-out-of-order': { group: string; to: string; previousTo: string };
  /** 1.2: a seat's earlier standing ends on or before the date of the entry listed before it (at its `to`). */
  'standing-out-of-order': { seat: string; to: string; previousTo: string };
  /** The current term starts before the last earlier appointment ends (at `term.from`). */
  'term-overlaps-appointment': { seat: string; from: string; previousTo: string };
  /** A meeting ends before it starts (at its `end`). */
  'meeting-ends-before-start': { meeting: string; start: string; end: string };
  /** A proposal's decision rule differs from its group's, with no meeting that agreed it unanimously. */
  'rule-not-agreed': { proposal: string; rule: string; groupRule: string };
  /** The meeting that agreed another rule started after the decision: its meeting's start, else its `closes`. */
  'rule-agreed-later': { proposal: string; meeting: string; agreed: string; decided: string };
  /** A proposal names a meeting of another group (at `meeting` or `ruleAgreedUnanimously`). */
  'meeting-of-other-group': { meeting: string; field: string; meetingGroup: string; group: string };
  /**
   * A published count's `casting` where no tie is broken by it (at `count.casting`): for and against differ, or
   * are both 0, or the proposal's `rule` is not simple majority (a tie is then not carried).
   */
  'casting-without-tie': { proposal: string; for: number; against: number; rule: string };
  /** A published count's `casting` in a group that did not break ties by the chair on the proposal's `date` (none: today). */
  'casting-without-chair': { proposal: string; group: string; date?: string };
  /**
   * A published count of more votes (for, against and abstaining) than the proposal's group has seats that ever had
   * a vote (`seats`): each seat gives one counted vote at most (at `count`).
   */
  'count-more-than-seats': { proposal: string; group: string; votes: number; seats: number };
  /** A second declaration by one person (at its `person`). */
  'duplicate-declaration': { person: string; first: string };
  // The risk scale.
  /** A band's upTo is not above the band before it. */
  'bands-out-of-order': { upTo: number; previous: number };
  /** The last band, a whole number from 1 to 25, ends below the highest score. */
  'last-band-short': { upTo: number; maximum: number };
  /** The appetite names an empty category. */
  'empty-category': Record<string, never>;
  /** An appetite that is not a whole number within the scores. */
  'appetite-not-a-score': { category: string; value: ValueSummary; minimum: number; maximum: number };
  // Attendance (contract 1.1), at `meetings[i].attendance.<seat>`.
  /** Attendance for a seat the meeting's group does not have; `meant`, a seat of the group one or two letters off. */
  'seat-not-in-group': { seat: string; group: string; meant?: string };
  /** A list of attendance entries with none in it. */
  'empty-attendance': { seat: string };
  /** An entry in an attendance list that is not an object. */
  'attendance-entry-not-object': { seat: string; value: ValueSummary };
  /** An attendance entry with fields the contract does not know; `allowed` are the fields it has. */
  'attendance-unknown-fields': { seat: string; keys: string[]; allowed: string[] };
  /** An attendance entry leaves before it arrives (at its `left`). */
  'leaves-before-arriving': { seat: string; arrived: string; left: string };
  /** Attended by the proxy when the seat had none; `date` is the meeting's date, when it has one. */
  'no-proxy': { seat: string; date?: string };
  /**
   * Attended by the holder when the seat was vacant. `earlier` is true when the
   * meeting was before the current appointment began, so only an earlier
   * appointment under `previous` can name who held it.
   */
  'seat-vacant': { seat: string; date?: string; earlier: boolean };
  // Projects and highlight reports (contract 1.1), under `projects[i]`.
  /** A project ends before it starts (at its `end`). */
  'project-ends-before-start': { project: string; start: string; end: string };
  /** A project whose `start` and `end` lie more than `years` calendar years apart: a year mistyped. */
  'project-too-long': { project: string; start: string; end: string; years: number };
  /** A milestone's `due` or `done` outside the project's `start` to `end`. */
  'date-outside-project': { project: string; date: string; start: string; end: string };
  /** A report's `period` (a month, `YYYY-MM`) outside the months of the project's `start` to `end`. */
  'period-outside-project': { project: string; period: string; start: string; end: string };
  /** A second report for a month (at its `period`); `first` is the path of the first. */
  'duplicate-report': { period: string; first: string };
  /** An amber or red report gives no `reason` (at its `reason`); `period` is '' when its own period has a problem. */
  'rating-without-reason': { period: string; status: 'amber' | 'red' };
  // A record sent to the host.
  /** A field the host sets itself, like `received`. */
  'set-by-host': { field: string };
  /**
   * A record larger than the host takes (at the record's path, `vote`), or its `ext` (at `vote.ext`, with
   * `field: "ext"`): `size` bytes, where the host takes at most `limit`. A record's `size` is what the host
   * counted before it stopped reading: the declared Content-Length, or what had arrived by then.
   */
  'too-large': { limit: number; size: number; field?: 'ext' };
  /** A record whose `by` names another person than the one signed in (`signedIn`), at its `by`. */
  'by-other-person': { by: string; signedIn: string };
}

export type ProblemCode = keyof ProblemValues;

/**
 * One thing wrong with a document. `path` is like `groups[0].seats[2].holder`;
 * "" is the whole document. The message in words is the messages module's
 * `problems[code](values, format)`, read after the path.
 */
/**
 * A problem: where (`path`), what (`code`), and the values its message needs.
 * `record`: the id of the listed record the path is inside (the innermost), so
 * a reader finds "groups[0].seats[10]" by its id without counting.
 */
export type Problem = {
  [C in ProblemCode]: { path: string; code: C; values: ProblemValues[C]; record?: string };
}[ProblemCode];

/** Makes a problem, typing its values by its code. */
export function problem<C extends ProblemCode>(path: string, code: C, values: ProblemValues[C]): Problem {
  return { path, code, values } as Problem;
}

type PathKey = PropertyKey;

/** Records a problem at `path`, its values typed by its code. */
export type Report = <C extends ProblemCode>(path: (string | number)[], code: C, values: ProblemValues[C]) => void;

/** `["groups", 0, "seats", 2]` → `groups[0].seats[2]`; a key of the person's own (an attendance key) as quoted text. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_][\w-]{0,39}$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(quotable(String(key)))}]`;
  }
  return out;
}

/** Characters that reorder the text around them: quoted raw, one could turn the message itself around. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The most of a text a message quotes. */
const QUOTED_LENGTH = 40;

/** The first 40 UTF-16 units of `value`, one fewer where the 40th starts a pair (an emoji): never half a character. */
function quotedStart(value: string): string {
  const last = value.charCodeAt(QUOTED_LENGTH - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? QUOTED_LENGTH - 1 : QUOTED_LENGTH);
}

/**
 * The person's own text as a message may quote it (a value, a field's name, a label, an attendance key): cut to
 * 40 characters, with "…" when it was cut, and any character that reorders text written out.
 */
export function quotable(value: string): string {
  const shown = value.length > QUOTED_LENGTH ? `${quotedStart(value)}…` : value;
  return shown.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A value as a message may quote it: text cut short, a list by its length. */
export function summarise(value: unknown): ValueSummary {
  if (value === undefined) return { type: 'missing' };
  if (value === null) return { type: 'null' };
  if (typeof value === 'string') return { type: 'text', text: quotable(value) };
  if (typeof value === 'number') return { type: 'number', text: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', text: String(value) };
  if (Array.isArray(value)) return { type: 'list', count: value.length };
  if (typeof value === 'object') return { type: 'object' };
  return { type: 'other' };
}

const EXPECTED_TYPES: readonly string[] = ['string', 'number', 'int', 'boolean', 'object', 'array', 'null'];
const EXPECTED_FORMATS: readonly string[] = [
  'id',
  'date',
  'date-time',
  'quorum-min',
  'ids',
  'ext',
  'attendance',
  'appetite',
  'month',
];

function expectedFromIssue(issue: z.core.$ZodIssue, value: unknown): Expected {
  if (issue.code === 'invalid_type') {
    // The schema uses no zod type outside EXPECTED_TYPES; `other` keeps a future one worded, not wrongly typed.
    return EXPECTED_TYPES.includes(issue.expected)
      ? { kind: 'type', type: issue.expected as ExpectedType }
      : { kind: 'other' };
  }
  if (issue.code === 'invalid_value') return { kind: 'one-of', values: issue.values.map((v) => String(v)) };
  if (issue.code === 'custom') {
    // Every custom check in the schema passes params with `expected`: `?? {}` and `= ''` only satisfy the types.
    const { expected = '', minimum = 0, maximum, reference } = (issue.params ?? {}) as Partial<Expectation>;
    // Text not written as an id is told an id's form; a reference left out, or not text, whose id it wants.
    if (expected === 'reference' && reference) {
      return typeof value === 'string' ? { kind: 'format', format: 'id' } : { kind: 'reference', target: reference };
    }
    if (expected === 'whole-number') {
      return maximum === undefined ? { kind: 'whole-number', minimum } : { kind: 'whole-number', minimum, maximum };
    }
    if (EXPECTED_FORMATS.includes(expected)) return { kind: 'format', format: expected as ExpectedFormat };
  }
  // Not reached by the current schema: every custom expectation is whole-number or a format, and it has no
  // union, record, maximum or string format (too_big, invalid_union, invalid_format...). Kept for a new one.
  return { kind: 'other' };
}

/** A whole number outside its range is told the limit it passed, not the whole range. */
function outOfRange(issue: z.core.$ZodIssueCustom, path: string, value: unknown): Problem | undefined {
  // As in expectedFromIssue, every custom check passes params: `?? {}` only satisfies the types.
  const { expected, minimum = 0, maximum = Infinity } = (issue.params ?? {}) as Partial<Expectation>;
  if (expected !== 'whole-number' || !Number.isInteger(value)) return undefined;
  const number = value as number;
  return number < minimum
    ? problem(path, 'out-of-range', { value: number, bound: 'minimum', limit: minimum })
    : problem(path, 'out-of-range', { value: number, bound: 'maximum', limit: maximum });
}

/** A schema as `mayLeaveOut` walks it: zod's own fields, read without zod's types. */
interface SchemaNode {
  _zod: {
    optin?: string;
    def: { type: string; innerType?: SchemaNode; shape?: Record<PathKey, SchemaNode>; element?: SchemaNode };
  };
}

/** Whether the field at `path` of `schema` may be left out: optional, or with a default. */
function mayLeaveOut(schema: unknown, path: readonly PathKey[]): boolean {
  let here = schema as SchemaNode | undefined;
  for (const key of path) {
    while (here?._zod.def.innerType) here = here._zod.def.innerType;
    const def = here?._zod.def;
    here = def?.type === 'object' ? def.shape?.[key] : def?.type === 'array' ? def.element : undefined;
  }
  return !!here?._zod.optin;
}

/**
 * The problems of zod's `issues` with `input`. A value that is not text at all (a function set through the `data`
 * property, an empty list) is told once, by its type: zod also measured its `length`, and it was "empty" too, or
 * a list with too few entries. @internal
 */
export function problemsFromIssues(issues: z.core.$ZodIssue[], input: unknown, schema?: unknown): Problem[] {
  const mistyped = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((i) => formatPath(i.path)));
  return issues.flatMap((issue) => {
    if (issue.code === 'too_small' && mistyped.has(formatPath(issue.path))) return [];
    const found = problemFromIssue(issue, input, schema);
    return found.code === 'empty-text' && typeof valueAt(input, issue.path) !== 'string' ? [] : [found];
  });
}

/**
 * Turns one zod issue into a problem, reading the offending value from the input; `schema`, the one
 * that raised it, tells a null in a field that may be left out. @internal
 */
export function problemFromIssue(issue: z.core.$ZodIssue, input: unknown, schema?: unknown): Problem {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return problem(path, 'unknown-fields', { keys: issue.keys.map(quotable) });
    case 'too_small':
      // Only text and the risk bands have a minimum length: one character, one band.
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        return problem(path, 'too-few-entries', { minimum: Number(issue.minimum), count });
      }
      return problem(path, 'empty-text', {});
    case 'custom':
      // A date-time whose moment falls outside the years 0001 to 9999: its own problem, not its shape's.
      if ((issue.params as Partial<Expectation> | undefined)?.expected === 'date-time-in-calendar') {
        return problem(path, 'date-time-out-of-calendar', { value: String(value) });
      }
      // Text of spaces alone is as empty to a reader as no text.
      if ((issue.params as Partial<Expectation> | undefined)?.expected === 'visible-text') {
        return problem(path, 'empty-text', {});
      }
      return outOfRange(issue, path, value) ?? expectedProblem(issue, path, value, schema);
    default:
      return expectedProblem(issue, path, value, schema);
  }
}

function expectedProblem(issue: z.core.$ZodIssue, path: string, value: unknown, schema: unknown): Problem {
  const expected = expectedFromIssue(issue, value);
  if (value === undefined) return problem(path, 'missing', { expected });
  const meant = expected.kind === 'format' && expected.format === 'date' ? britishDate(value) : undefined;
  const notInId = expected.kind === 'format' && expected.format === 'id' ? characterNotInId(value) : undefined;
  return problem(path, 'wrong-value', {
    expected,
    value: summarise(value),
    ...(meant && { meant }),
    ...(notInId && { notInId }),
    // `null` for "none" is the commonest slip of a hand-written file: say how the contract writes none.
    ...(value === null && mayLeaveOut(schema, issue.path) && { leaveOut: true }),
    // An `ext` that is an object and still refused nests too deep (or, from a program, holds what JSON cannot).
    ...(expected.kind === 'format' &&
      expected.format === 'ext' &&
      !Array.isArray(value) &&
      nestsDeeper(value, EXT_DEPTH) && { tooDeep: EXT_DEPTH }),
    ...(expected.kind === 'format' && expected.format === 'ext' && notJsonOf(value, issue.path)),
  });
}

/** The `notJson` of an `ext` at `path` whose value holds what JSON cannot, as its JSON path. */
function notJsonOf(value: unknown, path: readonly PathKey[]) {
  if (Array.isArray(value) || nestsDeeper(value, EXT_DEPTH)) return undefined;
  const found = notJsonIn(value);
  return found && { notJson: { at: formatPath([...path, ...found.keys]), kind: found.kind } };
}

/** Characters a reader cannot see in a quoted value: format characters (zero-width, joiners, marks) and controls. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;

/**
 * The first character of `value` an id cannot have. A zero-width space, a
 * no-break space or a Cyrillic "е" pasted into an id looks right when quoted:
 * its place and code point say which one to retype. An element's id
 * attribute (group="elg\u00A0") is told the same.
 */
export function characterNotInId(value: unknown): NotInId | undefined {
  if (typeof value !== 'string') return undefined;
  const characters = [...value];
  const index = characters.findIndex((c) => !ID_CHARACTER.test(c));
  if (index < 0) return undefined;
  const character = characters[index]!;
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const edge = /\s/.test(character) && (index === 0 || index === characters.length - 1);
  return { at: index + 1, code, character: INVISIBLE.test(character) ? '' : character, ...(edge && { edge }) };
}

/** "01/12/2026" (day, month, year, as a UK reader writes it) as "2026-12-01", when that is a real date. */
function britishDate(value: unknown): string | undefined {
  const parts = typeof value === 'string' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim()) : null;
  if (!parts) return undefined;
  const [day, month, year] = parts.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads `input` along `path` without trusting its shape. */
function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let here: unknown = input;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(here, key)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
