// Writes dist/partnership.schema.json from the zod schema: the published
// JSON Schema of contract v1 (with the 1.1 additions) is generated, never written by hand.
//
// The runtime schema writes ids, dates and date-times as strings with a
// `refine` check, and whole numbers, id-or-ids, quorum minimums and the
// attendance and appetite objects as zod `custom` checks (zod's int, union
// and record kinds cost every bundle 1.3 KB gzipped). zod cannot turn a check
// function into JSON Schema, so each check names what it expects
// (`params.expected`), and this writer turns that name back into the
// JSON Schema that states the same rule. test/node/json-schema.test.js proves
// on generated and mutated documents that ajv and parseDocument agree.
//
// Every rule is written so that a validator that treats `format` as an
// annotation only (the draft 2020-12 default) still checks it: ids, calendar
// dates and date-times are exact patterns; `format` is there as well for
// editors and for validators that assert it.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { documentSchema, CONTRACT_VERSION, attendanceValues, FRACTION_MAX_DIGITS } from '../src/contract/schema.js';
import { EXT_DEPTH, ID_PATTERN, VISIBLE_CHARACTER, type Expectation } from '../src/contract/primitives.js';
import { LIST_KEYS, MAX_RECORDS } from '../src/contract/parse.js';

type Json = Record<string, unknown>;

const idSchema = {
  type: 'string',
  pattern: ID_PATTERN.source,
  description: 'An id: letters, digits and . _ : -, starting with a letter or digit, at most 64 characters.',
};

/** Days 01 to 28, 01 to 30 and 01 to 31. */
const DAYS_28 = '(?:0[1-9]|1\\d|2[0-8])';
const DAYS_30 = '(?:0[1-9]|[12]\\d|30)';
const DAYS_31 = '(?:0[1-9]|[12]\\d|3[01])';
/** A leap year of four digits: divisible by 4 and not by 100, or divisible by 400 (so 2000 and 2024, not 1900). */
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
/**
 * A day that exists in the Gregorian calendar, `YYYY-MM-DD`: the months of 31
 * and 30 days, 28 days of February, and 29 February of a leap year. A
 * regular expression can state the whole rule, so a validator needs no
 * `format` assertion to refuse 2023-02-30 or 2023-02-29.
 */
const CALENDAR_DATE =
  `(?:\\d{4}-(?:(?:0[13578]|1[02])-${DAYS_31}|(?:0[469]|11)-${DAYS_30}|02-${DAYS_28})` + `|${LEAP_YEAR}-02-29)`;
/** hh:mm, then :ss and a fraction of up to 9 digits when given, then `Z` or an offset ±hh:mm. */
const HOURS_MINUTES = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const TIME = `${HOURS_MINUTES}(?::[0-5]\\d(?:\\.\\d{1,9})?)?`;
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

const dateSchema = {
  type: 'string',
  format: 'date',
  pattern: `^${CALENDAR_DATE}$`,
  description:
    'A calendar date, YYYY-MM-DD, with no time zone. It must exist: 2023-02-30 and 2023-02-29 are refused, 2024-02-29 is accepted (the pattern states the leap years).',
};
const dateTimeSchema = {
  type: 'string',
  pattern: `^${CALENDAR_DATE}T${TIME}${OFFSET}$`,
  // RFC 3339's date-time, which `format` names, requires the seconds; ISO 8601 and
  // the contract let them be left out. So `format` applies to a date-time with seconds.
  anyOf: [
    { type: 'string', format: 'date-time' },
    { type: 'string', pattern: `T${HOURS_MINUTES}${OFFSET}$` },
  ],
  description:
    'An ISO 8601 date-time with an offset or Z, like 2019-10-15T16:00:00+01:00. The seconds and their fraction (up to 9 digits) may be left out; the date must exist (no 30 February).',
};
/**
 * `all`, or `a/b` with 0 < a ≤ b, each of 1 to `maxDigits` digits with no leading
 * zero, as a pattern without back-references (which some validators' regular
 * expressions lack): fewer digits in a than in b; or as many, the same digits up
 * to a position where a's is lower, then any; or the same up to the last digit,
 * where a's is at most b's. Every common prefix is written out: 100 of them for
 * three digits.
 */
function fractionPattern(maxDigits: number): string {
  const anyDigits = (n: number) => (n === 0 ? '' : n === 1 ? '\\d' : `\\d{${n}}`);
  const digitsFrom = (d: number) => (d === 9 ? '9' : `[${d}-9]`);
  const options: string[] = [];
  for (let lengthB = 2; lengthB <= maxDigits; lengthB += 1) {
    options.push(`[1-9]${lengthB > 2 ? `\\d{0,${lengthB - 2}}` : ''}/[1-9]${anyDigits(lengthB - 1)}`);
  }
  /** Every string of `length` digits that may start a number. */
  const prefixes = (length: number): string[] =>
    length === 0
      ? ['']
      : prefixes(length - 1).flatMap((p) => [...'0123456789'].filter((d) => p || d !== '0').map((d) => p + d));
  for (let length = 1; length <= maxDigits; length += 1) {
    for (let at = 0; at < length; at += 1) {
      const rest = anyDigits(length - at - 1);
      const last = at === length - 1;
      for (const prefix of prefixes(at)) {
        const pairs: string[] = [];
        for (let d = at === 0 ? 1 : 0; d <= (last ? 9 : 8); d += 1) {
          pairs.push(`${d}${rest}/${prefix}${digitsFrom(last ? d : d + 1)}${rest}`);
        }
        options.push(`${prefix}(?:${pairs.join('|')})`);
      }
    }
  }
  return `^(?:all|${options.join('|')})$`;
}

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

/**
 * `jsonValue0` to `jsonValue<levels>`: a JSON value in which objects and lists nest at most that many levels
 * (`jsonValue0` is text, a number, true, false or null). `ext` holds `jsonValue<EXT_DEPTH - 1>` values, so
 * the schema refuses the ext that parseDocument refuses as too deep, as a pattern cannot.
 */
function jsonValues(levels: number): Record<string, Json> {
  const scalars = [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }];
  const out: Record<string, Json> = { jsonValue0: { anyOf: scalars } };
  for (let level = 1; level <= levels; level += 1) {
    const inner = ref(`jsonValue${level - 1}`);
    out[`jsonValue${level}`] = {
      anyOf: [...scalars, { type: 'array', items: inner }, { type: 'object', additionalProperties: inner }],
    };
  }
  return out;
}
const attendanceValue = { enum: [...attendanceValues] };
const wholeNumber = ({ minimum, maximum }: Expectation) => ({ type: 'integer', minimum, maximum });

/** The shared definitions, in `$defs`: each stated once, and named where a document uses it. */
const DEFINITIONS: Record<string, Json> = {
  id: idSchema,
  date: dateSchema,
  dateTime: dateTimeSchema,
  ids: { description: 'An id, or a list of ids.', anyOf: [ref('id'), { type: 'array', items: ref('id') }] },
  quorumMinimum: {
    description: `A whole number of seats, at least 1; "all"; or a fraction "a/b" with 0 < a ≤ b, a and b of at most ${FRACTION_MAX_DIGITS} digits (1/2, 2/3, 51/100; not 3/2, 0/1 or 1/1000), meaning ceil(a/b × the selected seats).`,
    anyOf: [
      { type: 'integer', minimum: 1 },
      { type: 'string', pattern: fractionPattern(FRACTION_MAX_DIGITS) },
    ],
  },
  /** 1.1: one stretch of a seat's attendance, with arrival and departure when recorded. */
  attendanceSpan: {
    type: 'object',
    properties: { as: attendanceValue, arrived: ref('dateTime'), left: ref('dateTime') },
    required: ['as'],
    additionalProperties: false,
  },
  attendance: {
    type: 'object',
    description:
      "Seat id to attendance; a seat not listed was absent. 1.1: a value may also be a span with arrival and departure, or a list of them. Each key must be a seat of the meeting's group, which parseDocument checks.",
    propertyNames: ref('id'),
    additionalProperties: {
      anyOf: [attendanceValue, ref('attendanceSpan'), { type: 'array', items: ref('attendanceSpan'), minItems: 1 }],
    },
  },
  appetite: {
    type: 'object',
    description: 'Risk category (not empty) to the highest acceptable score, a whole number from 1 to 25.',
    propertyNames: { type: 'string', minLength: 1 },
    additionalProperties: wholeNumber({ expected: 'whole-number', minimum: 1, maximum: 25 }),
  },
  ext: {
    type: 'object',
    description: `The host's own data, kept and ignored by the kit: JSON values nested at most ${EXT_DEPTH} levels deep.`,
    additionalProperties: ref(`jsonValue${EXT_DEPTH - 1}`),
  },
  ...jsonValues(EXT_DEPTH - 1),
  // 1.1: a highlight report's period.
  month: { type: 'string', pattern: '^\\d{4}-(?:0[1-9]|1[0-2])$', description: 'A month, YYYY-MM.' },
};

/** The JSON Schema of each check's `expected` name: a reference to its definition, or a whole number's range. */
const CUSTOM_SCHEMAS: Record<string, (params: Expectation) => Json> = {
  id: () => ref('id'),
  reference: () => ref('id'),
  date: () => ref('date'),
  'date-time': () => ref('dateTime'),
  'whole-number': wholeNumber,
  ids: () => ref('ids'),
  'quorum-min': () => ref('quorumMinimum'),
  attendance: () => ref('attendance'),
  appetite: () => ref('appetite'),
  ext: () => ref('ext'),
  month: () => ref('month'),
  'visible-text': () => ({ type: 'string', minLength: 1, pattern: VISIBLE_CHARACTER.source }),
};

/** The expectation a schema's own `custom` kind, or a `refine` check on it, names. */
function expectationOf(zodSchema: z.core.$ZodType): Expectation | undefined {
  const def = zodSchema._zod.def as { type: string; params?: Expectation; checks?: z.core.$ZodCheck[] };
  if (def.type === 'custom') return def.params;
  for (const check of def.checks ?? []) {
    const params = (check._zod.def as { params?: Expectation }).params;
    if (params?.expected) return params;
  }
  return undefined;
}

const schema = z.toJSONSchema(documentSchema(), {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: 'any',
  override: ({ zodSchema, jsonSchema }) => {
    const params = expectationOf(zodSchema);
    if (!params) return;
    const write = CUSTOM_SCHEMAS[params.expected];
    if (!write) throw new Error(`No JSON Schema for the check "${params.expected}".`);
    // zod wrote `{ type: 'string' }` for a refined string and `{}` for a custom check: the check says more.
    delete jsonSchema.type;
    Object.assign(jsonSchema, write(params));
  },
}) as Json;

/** The schema at `keys` under `node`, which must exist. */
function at(node: Json, ...keys: string[]): Json {
  let here: unknown = node;
  for (const key of keys) {
    here = (here as Json | undefined)?.[key];
    if (typeof here !== 'object' || here === null) throw new Error(`The schema has nothing at ${keys.join('.')}.`);
  }
  return here as Json;
}

// The rules parseDocument checks outside the zod schema that JSON Schema can state (see
// src/contract/shape-codes.ts). It refuses a list of more than MAX_RECORDS records before it reads a field.
const properties = schema.properties as Record<string, Json>;
for (const key of LIST_KEYS) {
  const list = properties[key];
  if (list?.type !== 'array') throw new Error(`The document has no list "${key}".`);
  list.maxItems = MAX_RECORDS;
}
// A voting seat must name its partner: checked beside the references, stated here as a condition.
const seat = at(properties, 'groups', 'items', 'properties', 'seats', 'items');
seat.if = { type: 'object', properties: { voting: { const: true } }, required: ['voting'] };
seat.then = { type: 'object', properties: { partner: ref('id') }, required: ['partner'] };
seat.description = 'A seat of the group. A voting seat must name its partner.';
// 1.1: an amber or red highlight report must say why.
const report = at(properties, 'projects', 'items', 'properties', 'reports', 'items');
report.if = { type: 'object', properties: { status: { enum: ['amber', 'red'] } }, required: ['status'] };
report.then = { type: 'object', properties: { reason: { type: 'string', minLength: 1 } }, required: ['reason'] };
report.description = "A month's highlight report. An amber or red one must give its reason.";
at(properties, 'riskScale', 'properties', 'bands').description =
  'Risk bands, each up to a higher score than the one before, the last up to 25 (checked by parseDocument).';
properties.contract = {
  ...properties.contract,
  description: `The contract version. Another major version (partnership-kit/2) is refused with a clear message.`,
};

/** Checks that every string the contract formats is stated: a bare `{ type: 'string' }` is text, never an id or a date. */
function checkWritten(node: unknown, path: string): void {
  if (Array.isArray(node)) node.forEach((item, i) => checkWritten(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Json;
  if (Array.isArray(record.type)) throw new Error(`${path}: a list of types, which ajv's strict mode refuses.`);
  for (const [key, value] of Object.entries(record)) checkWritten(value, `${path}.${key}`);
}
checkWritten(schema, '#');

const { $schema: _, ...body } = schema;
const published = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://partnership-kit.example/partnership.schema.json',
  title: `Partnership document (${CONTRACT_VERSION})`,
  description:
    'The JSON document every partnership-kit element reads, contract partnership-kit/1 with the 1.1 additions. ' +
    'This schema states every rule of shape: types, required fields, unknown fields, ids, calendar dates, date-times, ' +
    'ranges, enumerations and quorum fractions. The document rules that JSON Schema cannot state are checked by ' +
    "parseDocument only: every reference resolves, ids are unique in their list, a voting seat names its partner, a seat's " +
    'earlier appointments run in order without overlaps, a term, appointment, meeting or attendance span ends after it ' +
    "starts, a decision rule other than the group's names the meeting that agreed it unanimously, one declaration a " +
    "person, risk bands rise to 25, attendance names seats of the meeting's group that had a holder or proxy then.",
  ...body,
  $defs: DEFINITIONS,
};
writeFileSync('dist/partnership.schema.json', `${JSON.stringify(published, null, 2)}\n`);
console.log('dist/partnership.schema.json written');
