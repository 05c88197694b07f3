/**
 * The outbox stays started for STOP_DELAY_MS once its last sender has left:
 * an element moved in the page, or shown again by a single-page app's next
 * view, finds its channel open rather than closing and opening it again. After
 * the delay it holds no channel or listener.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { dataOptions, Outbox, STOP_DELAY_MS } from '../../../src/data/index.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';

/** Counts the BroadcastChannels opened and closed on `name` until `restore()`. */
function watchChannels(name: string) {
  const seen = { opened: 0, closed: 0 };
  const Original = globalThis.BroadcastChannel;
  class Watched extends Original {
    constructor(channel: string) {
      super(channel);
      if (channel === name) seen.opened += 1;
    }
    override close(): void {
      if (this.name === name) seen.closed += 1;
      super.close();
    }
  }
  globalThis.BroadcastChannel = Watched;
  return { seen, restore: () => (globalThis.BroadcastChannel = Original) };
}

const noSend = async () => ({ outcome: 'confirmed' as const });

describe('the outbox once its last sender leaves', () => {
  failOnPageErrors();

  it('waits STOP_DELAY_MS on a page whose options are as they come', () => {
    expect(dataOptions.outboxStopDelayMs).to.equal(STOP_DELAY_MS);
  });

  it('keeps its channel for a sender that comes back within the delay, and closes it after', async () => {
    const database = `pk-outbox-stop-${Math.random()}`;
    const watch = watchChannels(database);
    try {
      const outbox = new Outbox({ database, channelName: database });
      const leave = outbox.register('/votes', noSend);
      expect(watch.seen).to.deep.equal({ opened: 1, closed: 0 });
      leave();
      // Moved in the page: disconnected and connected again at once.
      const leaveAgain = outbox.register('/votes', noSend);
      expect(watch.seen, 'nothing closed or opened again').to.deep.equal({ opened: 1, closed: 0 });
      leaveAgain();
      expect(watch.seen.closed, 'not at once').to.equal(0);
      const left = performance.now();
      await waitUntil(() => watch.seen.closed === 1, 'closed after the delay', { timeout: STOP_DELAY_MS * 4 });
      expect(performance.now() - left).to.be.at.least(STOP_DELAY_MS - 50);
      // Started again from nothing: a channel of its own once more.
      outbox.register('/votes', noSend)();
      expect(watch.seen.opened).to.equal(2);
      await waitUntil(() => watch.seen.closed === 2, 'closed again', { timeout: STOP_DELAY_MS * 4 });
    } finally {
      watch.restore();
    }
  });
});
