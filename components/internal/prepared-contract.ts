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

/**
 * Makes the document's schema, with every record's, in one task from the next task on; once a page. Not a record a
 * task: on a phone such a chain (the Intl services' tasks between its steps) was still running when the document
 * arrived, its later steps waiting behind the document's check and drawing, and the check made the rest
 * (docs/performance-history.md, thirty-first session).
 */
export function prepareContract(): void {
  if (prepared) return;
  prepared = true;
  makeAhead([documentSchema]);
}
