/**
 * The contract's document schema, made in a task of its own before the first document is checked. The schemas
 * are made on first use (src/contract/schema-on-first-use.ts), so the kit's first task no longer pays for them;
 * left to first use, the document's first check would: about 40 to 70 ms on a governor's phone (the CPU 4×
 * slower), in the task before the vote panel's drawing. Made here (made-ahead.ts), while the document is on its
 * way, they hold up neither.
 */
import { documentSchema } from '../../src/contract/schema.js';
import { makeAhead } from './made-ahead.js';

/** Whether the schema is made or on its way: once a page. */
let prepared = false;

/** Makes the document's schema in a task of its own from the next task on; once a page. */
export function prepareContract(): void {
  if (prepared) return;
  prepared = true;
  makeAhead([documentSchema]);
}
