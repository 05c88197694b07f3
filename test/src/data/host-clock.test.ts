import { expect } from '@open-wc/testing';
import { KEPT_OFFSET_KEY, hostMomentAt, hostNow, noteHostDate } from '../../../src/data/host-clock.js';

describe('hostNow', () => {
  afterEach(() => noteHostDate(new Date().toUTCString(), Date.now(), Date.now()));

  it('is the device’s clock while the device’s is ahead of the host’s Date by under a minute', () => {
    noteHostDate(new Date(Date.now() - 30_000).toUTCString(), Date.now(), Date.now());
    expect(Math.abs(hostNow() - Date.now())).to.be.below(50);
  });

  it('is the host’s clock when the device’s is ten minutes fast, or a day slow', () => {
    for (const off of [-10 * 60_000, 24 * 3_600_000]) {
      const sent = Date.now();
      noteHostDate(new Date(sent + off).toUTCString(), sent, sent);
      expect(Math.abs(hostNow() - (Date.now() + off))).to.be.below(1_600);
    }
  });

  it('ignores a response with no Date, or one it cannot read', () => {
    noteHostDate(new Date(Date.now() + 3_600_000).toUTCString(), Date.now(), Date.now());
    noteHostDate(null, 0, 0);
    noteHostDate('yesterday', 0, 0);
    expect(Math.abs(hostNow() - (Date.now() + 3_600_000))).to.be.below(1_600);
  });
});

describe('hostNow on a device behind the host’s clock by under a minute', () => {
  let clocks: ReturnType<typeof fakeClocks> | undefined;
  afterEach(() => {
    clocks?.restore();
    clocks = undefined;
    noteHostDate(new Date().toUTCString(), Date.now(), Date.now());
  });

  it('is the host’s clock on a device 40 s slow: a vote would stay open 40 s after the host’s close', () => {
    clocks = fakeClocks(DEVICE);
    // Sent at DEVICE, answered 300 ms later; the host wrote its Date 40 s ahead, a moment into the request.
    noteHostDate(new Date(DEVICE + 40_150).toUTCString(), DEVICE, DEVICE + 300);
    clocks.run(300);
    clocks.run(5_000);
    expect(hostNow() - (Date.now() + 40_000), 'the host’s, to its Date’s second and the round trip').to.be.within(
      -150,
      1_150,
    );
  });

  it('is the host’s clock on a device behind by a few seconds, more than the Date and the round trip can tell', () => {
    clocks = fakeClocks(DEVICE + 400);
    noteHostDate(new Date(DEVICE + 3_000).toUTCString(), DEVICE + 300, DEVICE + 500);
    expect(hostNow() - (Date.now() + 3_000)).to.be.within(0, 1_000);
  });

  it('is the device’s own clock, response after response, on a device in step with the host, however slow the round trip', () => {
    // In step: the host writes its Date at some moment of the request, on the same clock as the device's. Were the
    // device taken to be behind by the half second the header cannot tell, it would move to and fro with each answer.
    clocks = fakeClocks(DEVICE + 123);
    for (const trip of [0, 40, 300, 2_000, 6_000]) {
      for (const writtenAfter of [0, 0.25, 0.5, 1].map((part) => Math.round(trip * part))) {
        const sent = Date.now();
        noteHostDate(new Date(sent + writtenAfter).toUTCString(), sent, sent + trip);
        clocks.run(trip);
        expect(hostNow(), `a round trip of ${trip} ms, written ${writtenAfter} ms in`).to.equal(Date.now());
        clocks.run(877);
      }
    }
  });

  it('a page loaded afresh takes up the kept offset of a device 40 s slow, and its error: by the host’s clock', async () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(DEVICE + 40_000).toUTCString(), DEVICE, DEVICE);
    clocks.run(MINUTE);
    expect((await freshPage()).hostNow() - (Date.now() + 40_000)).to.be.within(0, 1_000);
  });

  it('a page loaded afresh where a kit kept an offset with no error takes two seconds for it', async () => {
    clocks = fakeClocks(DEVICE);
    for (const [behind, taken] of [
      [1_500, 0],
      [3_000, 3_000],
    ]) {
      localStorage.setItem(KEPT_OFFSET_KEY, JSON.stringify({ offset: behind, deviceAt: DEVICE }));
      expect((await freshPage()).hostNow() - Date.now(), `behind by ${behind} ms`).to.equal(taken);
    }
  });
});

describe('hostMomentAt', () => {
  afterEach(() => noteHostDate(new Date().toUTCString(), Date.now(), Date.now()));

  it('is the host’s clock at a device moment even within the minute hostNow takes the device’s for right', () => {
    const sent = Date.now();
    noteHostDate(new Date(sent - 8_000).toUTCString(), sent, sent);
    expect(Math.abs(hostMomentAt(sent) - (sent - 8_000))).to.be.below(1_600);
    expect(Math.abs(hostNow() - Date.now())).to.be.below(50);
  });
});

describe('the host’s clock as this device last heard it', () => {
  afterEach(() => noteHostDate(new Date().toUTCString(), Date.now(), Date.now()));

  it('is kept on the device: a page loaded with no connection dates by it until it hears the host', async () => {
    const sent = Date.now();
    noteHostDate(new Date(sent - 10 * 60_000).toUTCString(), sent, sent);
    // The module as a page loaded afresh has it: nothing heard yet in that page.
    const page = (await import(`../../../src/data/host-clock.ts?page=${Math.random()}`)) as { hostNow(): number };
    expect(Math.abs(page.hostNow() - (Date.now() - 10 * 60_000))).to.be.below(1_600);
  });

  it('is the device’s own clock where none was heard, or storage holds what is not a number', async () => {
    for (const kept of [null, 'soon']) {
      if (kept === null) localStorage.removeItem(KEPT_OFFSET_KEY);
      else localStorage.setItem(KEPT_OFFSET_KEY, kept);
      const page = (await import(`../../../src/data/host-clock.ts?page=${Math.random()}`)) as { hostNow(): number };
      expect(Math.abs(page.hostNow() - Date.now())).to.be.below(50);
    }
  });
});

/**
 * A fake device clock (`Date.now`) and monotonic clock (`performance.now`), from `device` and 0: `run(ms)` moves
 * both on, `set(ms)` moves the device's clock alone, as a person or the network setting it right does.
 */
function fakeClocks(device: number) {
  const clocks = { device, mono: 0 };
  const realNow = Date.now;
  Date.now = () => clocks.device;
  performance.now = () => clocks.mono;
  return {
    run: (ms: number) => ((clocks.device += ms), (clocks.mono += ms)),
    set: (ms: number) => (clocks.device += ms),
    restore: () => {
      Date.now = realNow;
      delete (performance as { now?: unknown }).now;
    },
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The device's moment the fake clocks start at: ten minutes fast on the host's. */
const DEVICE = Date.parse('2019-12-10T16:10:00Z');
const HOST = DEVICE - 10 * MINUTE;

/** host-clock.ts as a page loaded afresh has it: nothing heard yet in that page. */
const freshPage = async () =>
  (await import(`../../../src/data/host-clock.ts?page=${Math.random()}`)) as { hostNow(): number };

describe('the host’s clock when the device’s own is set right', () => {
  let clocks: ReturnType<typeof fakeClocks> | undefined;
  afterEach(() => {
    clocks?.restore();
    clocks = undefined;
    noteHostDate(new Date().toUTCString(), Date.now(), Date.now());
  });

  it('follows the device’s clock put back while the page is open: the host’s did not move', () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(HOST).toUTCString(), DEVICE, DEVICE);
    clocks.run(5 * MINUTE);
    expect(hostNow() - (HOST + 5 * MINUTE), 'ten minutes fast, by the host').to.be.within(0, 1_000);
    // Set right while offline: the device's clock now reads the host's.
    clocks.set(-10 * MINUTE);
    clocks.run(MINUTE);
    expect(hostNow() - (HOST + 6 * MINUTE), 'set right, by the host still').to.be.within(0, 1_000);
    expect(hostMomentAt(Date.now()) - (HOST + 6 * MINUTE)).to.be.within(0, 1_000);
  });

  it('keeps the offset through a jump forward, as when the device slept (its monotonic clock stopped)', () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(HOST).toUTCString(), DEVICE, DEVICE);
    clocks.set(HOUR);
    expect(hostNow() - (HOST + HOUR)).to.be.within(0, 1_000);
  });

  it('keeps the offset through a jump forward with the page out of view meanwhile, one near the device’s error too', () => {
    // Ten minutes slow, asleep ten minutes and a half: not set right to the second.
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(DEVICE + 10 * MINUTE).toUTCString(), DEVICE, DEVICE);
    document.dispatchEvent(new Event('visibilitychange'));
    clocks.set(10.5 * MINUTE);
    expect(hostNow() - (DEVICE + 20.5 * MINUTE)).to.be.within(0, 1_000);
  });

  it('follows a clock ten minutes slow set right by hand, to the minute, while the page stayed in view', () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(DEVICE + 10 * MINUTE).toUTCString(), DEVICE, DEVICE);
    clocks.run(5 * MINUTE);
    // Set to 16:25 by hand at 16:25:20 on the host's clock: twenty seconds behind it still.
    clocks.set(10 * MINUTE - 20_000);
    clocks.run(MINUTE);
    // Twenty seconds behind is a vote open twenty seconds after the host's close: the host's clock still dates, by
    // the offset moved with the set (kept at ten minutes, it would read ten minutes ahead of the host's).
    expect(hostNow() - (DEVICE + 16 * MINUTE), 'by the host’s clock, the offset followed').to.be.within(0, 1_000);
    expect(hostMomentAt(Date.now()) - (DEVICE + 16 * MINUTE), 'the host’s moment still').to.be.within(0, 1_000);
  });

  it('follows a clock set right by the network, to the second, though the page was out of view meanwhile', () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(DEVICE + 3 * HOUR).toUTCString(), DEVICE, DEVICE);
    document.dispatchEvent(new Event('freeze'));
    document.dispatchEvent(new Event('resume'));
    clocks.set(3 * HOUR);
    expect(hostMomentAt(Date.now()) - (DEVICE + 3 * HOUR)).to.be.within(0, 1_000);
    expect(hostNow() - Date.now(), 'the device’s own clock, right now').to.equal(0);
  });

  it('takes a jump forward seen out of view as a sleep only: set right after waking, it follows', () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(DEVICE + 10 * MINUTE).toUTCString(), DEVICE, DEVICE);
    document.dispatchEvent(new Event('visibilitychange'));
    clocks.set(HOUR);
    expect(hostNow() - (DEVICE + 70 * MINUTE), 'asleep an hour: the offset holds').to.be.within(0, 1_000);
    clocks.run(MINUTE);
    clocks.set(10 * MINUTE);
    expect(hostNow() - Date.now(), 'then set right, in view: the device’s own clock').to.be.within(-1_000, 0);
    expect(hostMomentAt(Date.now()) - (DEVICE + 71 * MINUTE)).to.be.within(0, 1_000);
  });

  it('a page loaded afresh takes up the kept offset within twelve hours of hearing it, and not after', async () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(HOST).toUTCString(), DEVICE, DEVICE);
    clocks.set(11 * HOUR);
    expect((await freshPage()).hostNow() - (HOST + 11 * HOUR), 'eleven hours on').to.be.within(0, 1_000);
    clocks.set(2 * HOUR);
    expect((await freshPage()).hostNow() - Date.now(), 'thirteen hours on: the device’s own').to.equal(0);
  });

  it('a page loaded afresh on a device whose clock was put back since does not take up the kept offset', async () => {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(HOST).toUTCString(), DEVICE, DEVICE);
    // Set right while no page was open.
    clocks.set(-10 * MINUTE);
    expect((await freshPage()).hostNow() - Date.now()).to.equal(0);
  });

  it('a page loaded afresh where an older kit kept the bare offset, with no moment, does not take it up', async () => {
    localStorage.setItem(KEPT_OFFSET_KEY, String(-10 * MINUTE));
    const page = await freshPage();
    expect(Math.abs(page.hostNow() - Date.now())).to.be.below(50);
  });
});

describe('the host’s clock heard again in a slower answer', () => {
  let clocks: ReturnType<typeof fakeClocks> | undefined;
  afterEach(() => {
    clocks?.restore();
    clocks = undefined;
    noteHostDate(new Date().toUTCString(), Date.now(), Date.now());
  });

  /** A quick answer (200 ms) from a host 3 s ahead of the device: ±0.6 s, so the device is dated by the host's. */
  function quickAnswerFromHostAhead(): void {
    clocks = fakeClocks(DEVICE);
    noteHostDate(new Date(DEVICE + 3_100).toUTCString(), DEVICE, DEVICE + 200);
    clocks.run(200);
  }

  /** An answer taking `trip` ms, the host `ahead` of the device and writing its Date `writtenAfter` ms in. */
  function answer(ahead: number, trip: number, writtenAfter: number): void {
    const sent = Date.now();
    noteHostDate(new Date(sent + ahead + writtenAfter).toUTCString(), sent, sent + trip);
    clocks!.run(trip);
  }

  it('keeps a quick answer’s offset after a slow one: a device 3 s behind stays on the host’s clock', async () => {
    quickAnswerFromHostAhead();
    expect(hostNow() - (Date.now() + 3_000), 'after the quick answer').to.be.within(0, 1_000);
    clocks!.run(MINUTE);
    // Six seconds on mobile data, the Date written a second in: alone, ±3.5 s, and the device 1.3 s behind by it.
    answer(3_000, 6_000, 1_000);
    expect(hostNow() - (Date.now() + 3_000), 'after the slow one: the host’s clock still').to.be.within(0, 1_000);
    expect(hostMomentAt(Date.now()) - (Date.now() + 3_000)).to.be.within(0, 1_000);
    expect((await freshPage()).hostNow() - (Date.now() + 3_000), 'kept on the device too').to.be.within(0, 1_000);
  });

  it('takes a slow answer that disagrees with the kept offset by more than both errors: a clock really moved', async () => {
    quickAnswerFromHostAhead();
    clocks!.run(MINUTE);
    // The host's clock set ten minutes on meanwhile.
    answer(10 * MINUTE + 3_000, 6_000, 3_000);
    expect(hostNow() - (Date.now() + 10 * MINUTE + 3_000)).to.be.within(-1_000, 1_000);
    const page = await freshPage();
    expect(page.hostNow() - (Date.now() + 10 * MINUTE + 3_000), 'kept on the device').to.be.within(-1_000, 1_000);
  });

  it('takes a slow answer once the kept offset has aged past its error: the clocks drift apart', () => {
    quickAnswerFromHostAhead();
    // A day on, the device's clock drifted a second behind the host's more; the kept offset, ±4.9 s by now, is
    // not better than a slow answer's ±3.5 s.
    clocks!.run(24 * HOUR);
    answer(4_000, 6_000, 3_000);
    expect(hostNow() - (Date.now() + 4_000)).to.be.within(0, 1_000);
  });

  it('compares a slow answer with the kept offset moved with the device’s clock put back since', () => {
    quickAnswerFromHostAhead();
    clocks!.run(MINUTE);
    // Put back ten minutes while the page is open: the host is 10 min 3 s ahead now, the kept offset moved with it.
    clocks!.set(-10 * MINUTE);
    clocks!.run(MINUTE);
    // A slow answer written late in its trip reads the device nearer the host by two seconds: within its error.
    answer(10 * MINUTE + 3_000, 6_000, 5_000);
    expect(hostNow() - (Date.now() + 10 * MINUTE + 3_000), 'by the quick answer, moved').to.be.within(0, 1_000);
  });
});
