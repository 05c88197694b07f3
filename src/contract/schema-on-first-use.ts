/**
 * A zod schema made the first time it is asked for, then kept. zod makes a schema object by object as its
 * constructors run: made as the contract's modules evaluated, the document's schemas were about 40 to 70 ms of
 * the kit's first task on a governor's phone (the CPU 4× slower), before any document had arrived, and every
 * import of the core paid for them. Asked for, each is made once, with the schemas it is built on; a page makes
 * the document's ahead, in a task of its own (components/internal/prepared-contract.ts).
 */

/** Gives the schema, made on the first call. */
export type SchemaOnFirstUse<T> = () => T;

/**
 * `make`'s schema, made on the first call of the function returned and kept for every later one. Marked free of
 * side effects, so that a bundle that imports a contract module for its plain functions alone (`isCalendarDate`)
 * leaves out the holder, its schema and the zod it uses, as it left out zod's own constructors.
 */
export /* @__NO_SIDE_EFFECTS__ */ function schemaOnFirstUse<T>(make: () => T): SchemaOnFirstUse<T> {
  // In a box: a schema is never undefined, but the box says "made" without asking what was made.
  let made: { schema: T } | undefined;
  return () => (made ??= { schema: make() }).schema;
}
