// Writes dist/partnership.schema.json from the zod schema: the published
// JSON Schema of contract v1 (with the 1.1 additions) is generated, never written by hand.
//
// The runtime schema writes whole numbers, id-or-ids, quorum minimums and the
// attendance and appetite objects as zod `custom` checks (zod's int, union
// and record kinds cost every bundle 1.3 KB gzipped). Each custom check names
// what it expects, and this writer turns that name back into JSON Schema.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { documentSchema, CONTRACT_VERSION, attendanceValues } from '../src/contract/schema.js';
import { ID_PATTERN, type Expectation } from '../src/contract/primitives.js';

const idSchema = { type: 'string', pattern: ID_PATTERN.source };
const dateTimeSchema = { type: 'string', format: 'date-time' };
const attendanceValue = { enum: [...attendanceValues] };
/** 1.1: one stretch of a seat's attendance, with arrival and departure when recorded. */
const attendanceSpan = {
  type: 'object',
  properties: { as: attendanceValue, arrived: dateTimeSchema, left: dateTimeSchema },
  required: ['as'],
  additionalProperties: false,
};
const wholeNumber = ({ minimum, maximum }: Expectation) => ({ type: 'integer', minimum, maximum });

const CUSTOM_SCHEMAS: Record<string, (params: Expectation) => Record<string, unknown>> = {
  'whole-number': wholeNumber,
  // 1.1: a highlight report's period.
  month: () => ({ type: 'string', pattern: '^\\d{4}-(?:0[1-9]|1[0-2])$', description: 'A month, YYYY-MM.' }),
  ids: () => ({ anyOf: [idSchema, { type: 'array', items: idSchema }] }),
  'quorum-min': () => ({
    anyOf: [
      { type: 'integer', minimum: 0 },
      {
        type: 'string',
        pattern: '^(?:all|[1-9]\\d*\\/[1-9]\\d*)$',
        description: '"all", or a fraction a/b with a ≤ b',
      },
    ],
  }),
  attendance: () => ({
    type: 'object',
    propertyNames: idSchema,
    additionalProperties: { anyOf: [attendanceValue, attendanceSpan, { type: 'array', items: attendanceSpan }] },
  }),
  appetite: () => ({
    type: 'object',
    additionalProperties: wholeNumber({ expected: 'whole-number', minimum: 1, maximum: 25 }),
  }),
  ext: () => ({ type: 'object', description: "The host's own data, kept and ignored by the kit." }),
};

const schema = z.toJSONSchema(documentSchema, {
  io: 'input',
  unrepresentable: 'any',
  override: ({ zodSchema, jsonSchema }) => {
    const def = zodSchema._zod.def as { type: string; params?: Expectation };
    if (def.type !== 'custom' || !def.params) return;
    const write = CUSTOM_SCHEMAS[def.params.expected];
    if (!write) throw new Error(`No JSON Schema for the custom check "${def.params.expected}".`);
    Object.assign(jsonSchema, write(def.params));
  },
});
const published = {
  ...schema,
  $id: 'https://partnership-kit.example/partnership.schema.json',
  title: `Partnership document (${CONTRACT_VERSION})`,
  description:
    'The JSON document every partnership-kit element reads. Cross-record rules (references resolve, ids unique, decision rules agreed unanimously) are checked by parseDocument, not by this schema.',
};
writeFileSync('dist/partnership.schema.json', `${JSON.stringify(published, null, 2)}\n`);
console.log('dist/partnership.schema.json written');
