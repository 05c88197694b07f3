/**
 * A language's Intl services, made in tasks of their own before an element first writes a date or a number.
 * `createFormat` makes them on first use (src/messages/format.ts), so the kit's first task no longer pays for
 * them; left to first use, the first element to draw its document would: on a governor's phone (the CPU 4×
 * slower) the first service loads the browser's locale data, about 0.1 s, and the vote panel's drawing, the task
 * that makes it usable, grew by as much. Made here, one service a task, after the kit's first task and while the
 * document is still on its way, they hold up neither.
 */
import type { Format } from '../../src/messages/format.js';

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
 * A task of its own, after those already queued: a timer's. Not an idle callback nor a background task: on that
 * phone Chromium ran neither until the page had loaded, after the document had arrived (about 0.2 s after the
 * kit's first task) and been drawn, the services made in its drawing.
 */
function inATaskOfItsOwn(work: () => void): void {
  setTimeout(work, 0);
}

/** Makes `format`'s Intl services, one a task, from the next task on; once a format. */
export function prepareFormat(format: Format): void {
  if (prepared.has(format)) return;
  prepared.add(format);
  const step = (index: number) => {
    const next = STEPS[index];
    if (!next) return;
    inATaskOfItsOwn(() => {
      try {
        next(format);
      } catch {
        // A host's own format that throws here throws again where an element writes with it, and is shown there.
      }
      step(index + 1);
    });
  };
  step(0);
}
