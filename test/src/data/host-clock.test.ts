import { expect } from '@open-wc/testing';
import { KEPT_OFFSET_KEY, hostMomentAt, hostNow, noteHostDate } from '../../../src/data/host-clock.js';

describe('hostNow', () => {
  afterEach(() => noteHostDate(new Date().toUTCString(), Date.now(), Date.now()));

  it('is the device’s clock while the host’s Date is within a minute of it', () => {
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
