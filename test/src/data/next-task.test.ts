// The task the kit gives way to the page for (checking a fetched document, the elements' first drawings) where the
// browser has no `scheduler.yield` (Firefox, Safari): a message's task, so that a page's tests with fake timers
// (setTimeout stopped until the test moves the clock) still see the elements draw.
import { expect } from '@open-wc/testing';
import { nextTask } from '../../../src/data/next-task.js';

describe('nextTask without scheduler.yield', () => {
  const scheduler = (globalThis as unknown as { scheduler: { yield?: unknown } }).scheduler;
  const realSetTimeout = window.setTimeout;

  beforeEach(() => {
    scheduler.yield = undefined;
    // Fake timers: a timer set now never runs.
    window.setTimeout = (() => 0) as unknown as typeof window.setTimeout;
  });

  afterEach(() => {
    window.setTimeout = realSetTimeout;
    delete scheduler.yield;
  });

  it('settles in a later task, with timers stopped', async () => {
    let settled = false;
    const task = nextTask().then(() => (settled = true));
    await Promise.resolve();
    expect(settled, 'not in the same task').to.equal(false);
    const inTime = await Promise.race([
      task.then(() => true),
      new Promise<boolean>((resolve) => realSetTimeout(() => resolve(false), 1000)),
    ]);
    expect(inTime, 'settled within a second').to.equal(true);
  });
});
