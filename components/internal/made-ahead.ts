/**
 * What a page makes ahead of its document, one step a task, after the kit's first task and while the document is
 * still on its way: a language's Intl services (prepared-format.ts) and the contract's schemas
 * (prepared-contract.ts). Made on first use alone, they went into the task that checks or draws the document; on
 * a governor's phone (the CPU 4× slower) that task, the one that makes the vote panel usable, grew by as much.
 */

/**
 * A task of its own, after those already queued: a timer's. Not an idle callback nor a background task: on that
 * phone Chromium ran neither until the page had loaded, after the document had arrived (about 0.2 s after the
 * kit's first task) and been drawn, the services made in its drawing.
 */
function inATaskOfItsOwn(work: () => void): void {
  setTimeout(work, 0);
}

/** Runs each of `steps` in a task of its own, in order, from the next task on. */
export function makeAhead(steps: ReadonlyArray<() => unknown>): void {
  const step = (index: number) => {
    const next = steps[index];
    if (!next) return;
    inATaskOfItsOwn(() => {
      try {
        next();
      } catch {
        // What throws here throws again where an element uses it, and is shown there.
      }
      step(index + 1);
    });
  };
  step(0);
}
