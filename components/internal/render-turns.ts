/**
 * Elements drawing a document for the first time take turns, one a task, in the page's order. The vote page's
 * vote panel, quorum indicator and action tracker all heard their document in one task and drew it in that task:
 * 250 to 600 ms on a governor's phone (the CPU 4× slower), during which a tap did nothing. Now each draws in a
 * task of its own, so the browser can paint and answer a tap between them, and the first on the page (the vote
 * panel, on the vote page) draws first, whichever heard the document first.
 */
import { nextTask } from '../../src/data/next-task.js';

interface Waiting {
  element: Element;
  draw: () => void;
}

/** The elements waiting to draw, in the order they asked. */
const waiting: Waiting[] = [];
let turning = false;

/**
 * Settles when `element` may draw its document: in the task after it asks, or, when others are waiting too, a
 * task after the one before it on the page.
 */
export function renderTurn(element: Element): Promise<void> {
  return new Promise((draw) => {
    waiting.push({ element, draw });
    if (!turning) void giveTurns();
  });
}

async function giveTurns(): Promise<void> {
  turning = true;
  while (waiting.length > 0) {
    await nextTask();
    const index = firstOnThePage();
    const [next] = waiting.splice(index, 1);
    next?.draw();
  }
  turning = false;
}

/** The index in `waiting` of the element nearest the top of the page (in the page's order). */
function firstOnThePage(): number {
  let first = 0;
  for (let i = 1; i < waiting.length; i++) {
    const position = waiting[first]!.element.compareDocumentPosition(waiting[i]!.element);
    if (position & Node.DOCUMENT_POSITION_PRECEDING && !(position & Node.DOCUMENT_POSITION_DISCONNECTED)) first = i;
  }
  return first;
}
