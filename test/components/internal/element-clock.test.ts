// An element's clock runs on from its `now` attribute, starts again when the
// attribute changes, and is the device's clock without one.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ElementClock } from '../../../components/internal/element-clock.js';

/** The least of a Lit host: it collects its controllers. */
function host(): ReactiveControllerHost {
  const controllers: ReactiveController[] = [];
  return {
    addController: (controller) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
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
});
