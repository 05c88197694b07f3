/**
 * A language's Intl services, made in tasks of their own before an element first writes a date or a number.
 * `createFormat` makes them on first use (src/messages/format.ts), so the kit's first task no longer pays for
 * them; left to first use, the first element to draw its document would: on a governor's phone (the CPU 4×
 * slower) the first service loads the browser's locale data, about 0.1 s, and the vote panel's drawing, the task
 * that makes it usable, grew by as much. Made here, one service a task (made-ahead.ts), they hold up neither.
 */
import type { Format } from '../../src/messages/format.js';
import { makeAhead } from './made-ahead.js';

/** The formats already prepared or being prepared: each once a page. */
const prepared = new WeakSet<Format>();

/** Each service an element's first drawing uses, one a step: dates, table dates, numbers, plurals, lists. */
const STEPS: ReadonlyArray<(format: Format) => unknown> = [
  (format) => format.date('2000-01-01'),
  (format) => format.shortDate('2000-01-01'),
  (format) => format.number(1),
  (format) => format.plural(1, { other: '#' }),
  (format) => format.list(['', '']),
];

/**
 * Makes `format`'s Intl services, one a task, from the next task on; once a format. A host's own format that
 * throws in a step throws again where an element writes with it, and is shown there.
 */
export function prepareFormat(format: Format): void {
  if (prepared.has(format)) return;
  prepared.add(format);
  makeAhead(STEPS.map((step) => () => step(format)));
}
