// How many zod schemas (and checks) a test's page has made, counted from this module's evaluation on: zod gives
// each its internals with `Object.defineProperty(schema, '_zod', …)`. Imported before the kit, it tells whether
// the kit's import makes any (src/contract/schema-on-first-use.ts).

let made = 0;
const define = Object.defineProperty;
Object.defineProperty = function defineNoting<T>(target: T, key: PropertyKey, descriptor: PropertyDescriptor): T {
  if (key === '_zod') made += 1;
  return define(target, key, descriptor);
};

/** The zod schemas made so far on this page. */
export const zodSchemasMade = (): number => made;
