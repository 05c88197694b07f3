// Which zod schemas (and checks) a test's page has made, noted from this module's evaluation on: zod gives each
// its internals, which hold its definition, with `Object.defineProperty(schema, '_zod', …)`. Imported before the
// kit, it tells whether the kit's import makes any (src/contract/schema-on-first-use.ts).

interface Definition {
  type?: string;
  shape?: Record<string, unknown>;
}

const made: Definition[] = [];
const define = Object.defineProperty;
Object.defineProperty = function defineNoting<T>(target: T, key: PropertyKey, descriptor: PropertyDescriptor): T {
  if (key === '_zod') made.push((descriptor.value as { def?: Definition } | undefined)?.def ?? {});
  return define(target, key, descriptor);
};

/** The zod schemas made so far on this page. */
export const zodSchemasMade = (): number => made.length;

/** Whether an object schema with each of `fields` has been made on this page. */
export const zodObjectMade = (fields: readonly string[]): boolean =>
  made.some(({ type, shape }) => type === 'object' && shape !== undefined && fields.every((field) => field in shape));
