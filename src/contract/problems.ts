/**
 * Contract problems in words a council web officer understands: where (the
 * JSON path), what is wrong (naming the offending value) and what to write.
 */
import type * as z from 'zod/mini';
import type { Expectation } from './primitives.js';

/** One thing wrong with a document. `path` is like `groups[0].seats[2].holder`; "" is the whole document. */
export interface Problem {
  path: string;
  message: string;
}

type PathKey = PropertyKey;

/** `["groups", 0, "seats", 2]` → `groups[0].seats[2]`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A value as a person would quote it: `"yes"`, `42`, `null`, `a list`. Long text is cut short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const EXPECTED_FORMAT: Record<string, string> = {
  id: 'an id: letters, digits and . _ : -, starting with a letter or digit, at most 64 characters (like "elg-primary")',
  date: 'a real date written YYYY-MM-DD (like "2019-10-15")',
  'date-time': 'a date and time with its offset, like "2019-10-15T16:00:00+01:00" or "2019-12-10T16:00:00Z"',
  'quorum-min': 'a whole number, "all", or a fraction like "1/2"',
  ids: 'a partner id or a list of partner ids',
  ext: 'an object holding your own data',
  attendance:
    'an object of seat ids to "holder", "proxy", "apologies" or "absent", or to entries like { "as": "holder", "arrived": "…" }',
  appetite: 'an object of risk categories to scores from 1 to 25',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function expectedFromIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return TYPE_WORDS[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'custom') {
    const { expected = '', minimum, maximum } = (issue.params ?? {}) as Partial<Expectation>;
    if (expected === 'whole-number') return `a whole number ${rangeWords(minimum, maximum)}`;
    return EXPECTED_FORMAT[expected] ?? 'a valid value';
  }
  return 'a valid value';
}

function rangeWords(minimum = 0, maximum?: number): string {
  return maximum === undefined ? `of at least ${minimum}` : `from ${minimum} to ${maximum}`;
}

/** A whole number outside its range is told the limit it passed, not the whole range. */
function outOfRange(issue: z.core.$ZodIssueCustom, value: unknown): string | undefined {
  const { expected, minimum = 0, maximum = Infinity } = (issue.params ?? {}) as Partial<Expectation>;
  if (expected !== 'whole-number' || !Number.isInteger(value)) return undefined;
  const limit = (value as number) < minimum ? `at least ${minimum}` : `at most ${maximum}`;
  return `must be ${limit}, but it is ${String(value)}`;
}

/** Only text and the risk bands have a minimum length: one character, one band. */
function tooShort(issue: z.core.$ZodIssueTooSmall): string {
  return issue.origin === 'array' ? `must have at least ${String(issue.minimum)} entry` : 'must not be empty';
}

/** Turns one zod issue into a problem, reading the offending value from the input. */
export function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const where = path || 'The document';
  return { path, message: `${where} ${issueWording(issue, value)}.` };
}

function issueWording(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the contract does not know: ${issue.keys
        .map((k) => JSON.stringify(k))
        .join(', ')}. Check the spelling, or put your own data under "ext"`;
    case 'too_small':
      return tooShort(issue);
    case 'custom':
      return outOfRange(issue, value) ?? expectedWording(issue, value);
    default:
      return expectedWording(issue, value);
  }
}

function expectedWording(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return `is missing: add ${expectedFromIssue(issue)}`;
  return `must be ${expectedFromIssue(issue)}, but it is ${describeValue(value)}`;
}

/** Reads `input` along `path` without trusting its shape. */
export function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let here: unknown = input;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(here, key)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
