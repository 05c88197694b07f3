// An element's clock runs on from its `now` attribute, starts again when the
// attribute changes, and is the device's clock without one. One page-wide
// timer re-renders every connected clock's element each half minute.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ElementClock } from '../../../components/internal/element-clock.js';

/** The least of a Lit host: it collects its controllers, and counts the updates asked of it. */
function host(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  const made = {
    updates: 0,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => void (made.updates += 1),
    updateComplete: Promise.resolve(true),
  };
  return made;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ElementClock', () => {
  it('runs on from now as time passes', async () => {
    const clock = new ElementClock(host(), () => '2019-10-15T16:30:00+01:00');
    const first = Date.parse(clock.now);
    expect(first - Date.parse('2019-10-15T16:30:00+01:00')).to.be.below(50);
    await pause(120);
    expect(Date.parse(clock.now) - first).to.be.within(100, 1000);
  });

  it('starts again from a new now', async () => {
    let now = '2019-10-15T16:30:00+01:00';
    const clock = new ElementClock(host(), () => now);
    void clock.now;
    await pause(120);
    now = '2019-10-15T17:00:00+01:00';
    expect(Date.parse(clock.now) - Date.parse(now)).to.be.below(50);
  });

  it('is the device clock without now, or with one that is not a date-time', () => {
    for (const now of [undefined, 'half past four']) {
      const clock = new ElementClock(host(), () => now);
      expect(clock.set).to.equal(undefined);
      expect(Math.abs(Date.parse(clock.now) - Date.now())).to.be.below(50);
    }
  });

  it('ticks every connected clock from one timer, set by the first and stopped at a tick with none left', () => {
    const set: { tick: () => void; ms: number | undefined }[] = [];
    const cleared: unknown[] = [];
    const { setInterval: realSet, clearInterval: realClear } = globalThis;
    globalThis.setInterval = ((tick: () => void, ms?: number) => {
      set.push({ tick, ms });
      return set.length;
    }) as typeof setInterval;
    globalThis.clearInterval = ((id: unknown) => void cleared.push(id)) as typeof clearInterval;
    try {
      const hosts = [host(), host()];
      const clocks = hosts.map((h) => new ElementClock(h, () => undefined));
      for (const clock of clocks) clock.hostConnected();
      expect(set.map((timer) => timer.ms)).to.deep.equal([30_000]);
      set[0]!.tick();
      expect(hosts.map((h) => h.updates)).to.deep.equal([1, 1]);
      for (const clock of clocks) clock.hostDisconnected();
      set[0]!.tick();
      expect(hosts.map((h) => h.updates)).to.deep.equal([1, 1]);
      expect(cleared).to.deep.equal([1]);
      clocks[0]!.hostConnected();
      expect(set).to.have.length(2);
      clocks[0]!.hostDisconnected();
      set[1]!.tick();
    } finally {
      globalThis.setInterval = realSet;
      globalThis.clearInterval = realClear;
    }
  });

  it('re-renders every connected clock’s element at once when the page is seen again or resumed', () => {
    // A laptop opened after an hour asleep: the timer counts time awake, and the next tick could be half a
    // minute off, with a proposal that closed meanwhile still offering "Cast vote".
    const seen = host();
    const clock = new ElementClock(seen, () => undefined);
    clock.hostConnected();
    try {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(seen.updates, 'seen again').to.equal(1);
      document.dispatchEvent(new Event('resume'));
      expect(seen.updates, 'resumed').to.equal(2);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(seen.updates, 'back from the back/forward cache').to.equal(3);
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(seen.updates, 'hidden: nothing to show').to.equal(3);
    } finally {
      clock.hostDisconnected();
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});
