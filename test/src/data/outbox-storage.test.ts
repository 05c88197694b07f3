/**
 * Storage that fails (DESIGN.md, the outbox, item 6): a clear refusal in
 * place, never a loop; whatever fails, a tab sends at most one request a second.
 */
import { expect } from '@open-wc/testing';
import { httpSender, Outbox, type OutboxItem } from '../../../src/data/index.js';
import type { UseStore } from 'idb-keyval';
import { failOnPageErrors } from '../../fixtures/probe-element.js';

const vote = (n: number): OutboxItem => ({
  kind: 'vote',
  record: {
    id: `vote-storage-${n}-${crypto.randomUUID()}`,
    proposal: 'plan',
    seat: `s-${n}`,
    by: `p-${n}`,
    choice: 'for',
    cast: '2019-10-15T16:40:00+01:00',
  },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The outbox's own database, reached from the test: storage is what fails here. */
function databaseOf(outbox: Outbox): { database: UseStore } {
  return outbox as unknown as { database: UseStore };
}

describe('the outbox when storage fails', () => {
  failOnPageErrors();

  it('storage that stops taking writes and a host answering 500: at most one request a second', async () => {
    const name = `pk-outbox-storage-${crypto.randomUUID()}`;
    const outbox = new Outbox({ database: name, channelName: name });
    let requests = 0;
    const stop = outbox.register(
      '/votes',
      httpSender('/votes', async () => {
        requests += 1;
        return new Response('{"error":"down"}', { status: 500, headers: { 'Retry-After': '0' } });
      }),
    );
    try {
      const items = [vote(1), vote(2), vote(3)];
      for (const item of items) await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
      // From now on every write fails (quota), while reads still work: the backoff cannot be stored.
      const real = databaseOf(outbox).database;
      databaseOf(outbox).database = (mode, callback) =>
        mode === 'readwrite' ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real(mode, callback);
      const started = performance.now();
      const before = requests;
      await pause(2_500);
      const seconds = (performance.now() - started) / 1000;
      expect(requests - before, `${requests - before} requests in ${seconds.toFixed(1)} s`).to.be.at.most(
        Math.ceil(seconds) + 1,
      );
      expect(await outbox.stored(), 'every vote still on the device').to.have.length(3);
    } finally {
      stop();
      indexedDB.deleteDatabase(name);
    }
  });

  it('a record stored, sent and confirmed, whose removal cannot be stored, is not sent again', async () => {
    const name = `pk-outbox-undeletable-${crypto.randomUUID()}`;
    const outbox = new Outbox({ database: name, channelName: name });
    let requests = 0;
    const stop = outbox.register('/votes', async () => ((requests += 1), { outcome: 'confirmed' }));
    try {
      const real = databaseOf(outbox).database;
      let writes = 0;
      databaseOf(outbox).database = (mode, callback) =>
        mode === 'readwrite' && (writes += 1) > 1 ? Promise.reject(new Error('blocked')) : real(mode, callback);
      const item = vote(4);
      await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
      await outbox.flush();
      for (let i = 0; i < 5; i += 1) await outbox.flush();
      expect(requests).to.equal(1);
      expect(outbox.$status.get()[item.record.id]?.state).to.equal('recorded');
    } finally {
      stop();
      indexedDB.deleteDatabase(name);
    }
  });

  it('unreadable storage sends nothing, throws nothing into the page, and does not spin', async () => {
    const name = `pk-outbox-unreadable-${crypto.randomUUID()}`;
    const outbox = new Outbox({ database: name, channelName: name });
    let requests = 0;
    databaseOf(outbox).database = () => Promise.reject(new Error('storage gone'));
    const stop = outbox.register('/votes', async () => ((requests += 1), { outcome: 'confirmed' }));
    try {
      await outbox.flush();
      await outbox.retryNow();
      await pause(300);
      expect(requests).to.equal(0);
    } finally {
      stop();
    }
  });

  it('without IndexedDB a vote is refused in place, saying why, and nothing is sent', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    let outbox: Outbox;
    try {
      outbox = new Outbox({ database: 'never-opened', channelName: 'never-opened' });
    } finally {
      if (descriptor) Object.defineProperty(window, 'indexedDB', descriptor);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    }
    let requests = 0;
    const stop = outbox.register('/votes', async () => ((requests += 1), { outcome: 'confirmed' }));
    try {
      const item = vote(5);
      await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
      const status = outbox.$status.get()[item.record.id];
      expect(status?.state).to.equal('rejected');
      expect(status && 'refusal' in status ? status.refusal.by : '').to.equal('device');
      expect(requests).to.equal(0);
    } finally {
      stop();
    }
  });
  it('storage the browser blocks outright (a sandboxed iframe: open throws) refuses the vote in place', async () => {
    // In an opaque origin (an iframe sandboxed without allow-same-origin) `indexedDB` exists but its
    // `open` throws a SecurityError at once. The member who pressed "Cast vote" must be told, not left waiting.
    const name = `pk-outbox-blocked-${crypto.randomUUID()}`;
    const open = Object.getOwnPropertyDescriptor(IDBFactory.prototype, 'open')!;
    Object.defineProperty(IDBFactory.prototype, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('access to the Indexed Database API is denied in this context', 'SecurityError');
      },
    });
    let requests = 0;
    const outbox = new Outbox({ database: name, channelName: name });
    const stop = outbox.register('/votes', async () => ((requests += 1), { outcome: 'confirmed' }));
    try {
      await outbox.flush(); // the page has settled before the member votes: the vote goes the fast way
      const item = vote(6);
      const settled = await Promise.race([
        outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' }).then(() => 'settled'),
        pause(2_000).then(() => 'still waiting after 2 s'),
      ]);
      expect(settled).to.equal('settled');
      const status = outbox.$status.get()[item.record.id];
      expect(status?.state).to.equal('rejected');
      expect(status && 'refusal' in status ? status.refusal.by : '').to.equal('device');
      expect(requests).to.equal(0);
    } finally {
      Object.defineProperty(IDBFactory.prototype, 'open', open);
      stop();
    }
  });
});
