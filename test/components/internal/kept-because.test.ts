// What an element adds when a record waits on the device for the session's
// sake (DESIGN.md "Writing back", item 5): whose sign-in it waits for, and
// the host's own words.
import { expect } from '@open-wc/testing';
import { keptBecause } from '../../../components/internal/outbox-controller.js';
import type { OutboxStatus } from '../../../src/data/index.js';

type Queued = Extract<OutboxStatus, { state: 'queued' }>;

const queued = (extra: Partial<Queued>): Queued =>
  ({ state: 'queued', retryAt: 0, entry: {} as Queued['entry'], ...extra }) as Queued;
const names: Record<string, string> = { 'p-a': 'Member A' };
const nameOf = (id: string) => names[id] ?? id;

describe('keptBecause', () => {
  it('names the owner a record waits for when someone else is signed in', () => {
    const status = queued({ problem: 'signed-out', owner: 'p-a' });
    expect(keptBecause(status, 'p-b', nameOf, 'Usual.')).to.equal(
      'Saved on this device. Sign in as Member A to send it.',
    );
  });

  it('says the usual words when the element acts for the owner: their own session ended', () => {
    expect(keptBecause(queued({ problem: 'signed-out', owner: 'p-a' }), 'p-a', nameOf, 'Usual.')).to.equal('Usual.');
  });

  it("gives the host's words when it kept a record back without refusing it", () => {
    const status = queued({ problem: 'server-error', message: 'Try again in a minute.' });
    expect(keptBecause(status, 'p-a', nameOf, 'Not sent yet.')).to.equal(
      'Not sent yet. The host said: Try again in a minute.',
    );
  });
});
