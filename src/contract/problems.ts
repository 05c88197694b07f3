/**
 * Contract problems in words a council web officer understands: where (the
 * JSON path), what is wrong (naming the offending value) and what to write.
 */
import type * as z from 'zod/mini';

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
  ext: 'an object holding your own data',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  record: 'an object',
};

function expectedFromIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return TYPE_WORDS[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'custom') {
    const expected = (issue.params as { expected?: string } | undefined)?.expected;
    return (expected && EXPECTED_FORMAT[expected]) ?? 'a valid value';
  }
  return 'a valid value';
}

function rangeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  if (issue.origin === 'string') return 'must not be empty';
  if (issue.origin === 'array') return `must have at least ${String(limit)} entry`;
  return `must be ${small ? 'at least' : 'at most'} ${String(limit)}, but it is ${describeValue(value)}`;
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
    case 'too_big':
      return rangeMessage(issue, value);
    case 'invalid_union':
      return `must be ${unionExpectation(issue.path)}, but it is ${describeValue(value)}`;
    case 'invalid_key':
      return `has a key that is not ${EXPECTED_FORMAT.id}`;
    default:
      if (value === undefined) return `is missing: add ${expectedFromIssue(issue)}`;
      return `must be ${expectedFromIssue(issue)}, but it is ${describeValue(value)}`;
  }
}

function unionExpectation(path: readonly PathKey[]): string {
  const last = path[path.length - 1];
  if (last === 'min') return EXPECTED_FORMAT['quorum-min'] ?? '';
  if (last === 'partner') return 'a partner id or a list of partner ids';
  return 'one of the allowed forms';
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
