/**
 * Safari closing a page's IndexedDB connection without a `close` event (an
 * iPad asleep through a meeting): reproduced by closing the connection from
 * script, which fires no event either and leaves every `transaction()` on it
 * throwing InvalidStateError.
 */
import { expect } from '@open-wc/testing';
import { get, set } from 'idb-keyval';
import { reopeningStore } from '../../../src/data/idb-store.js';
import { httpSender, Outbox, type OutboxItem } from '../../../src/data/index.js';

/** Every connection the page opens from now on, so that the test can close them as Safari does. */
function connections(): { close(): void; restore(): void } {
  const opened: IDBDatabase[] = [];
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const request = open.apply(this, args);
    request.addEventListener('success', () => opened.push(request.result));
    return request;
  };
  return {
    close: () => opened.splice(0).forEach((database) => database.close()),
    restore: () => {
      IDBFactory.prototype.open = open;
    },
  };
}

describe('an IndexedDB connection the browser closed', () => {
  let page: ReturnType<typeof connections>;
  const names: string[] = [];
  const fresh = () => {
    const name = `pk-idb-store-${crypto.randomUUID()}`;
    names.push(name);
    return name;
  };
  beforeEach(() => (page = connections()));
  afterEach(() => {
    page.close();
    page.restore();
    for (const name of names.splice(0)) indexedDB.deleteDatabase(name);
  });

  it('is opened again, and the write that met it is kept', async () => {
    const store = reopeningStore(fresh(), 'records');
    await set('before', 1, store);
    page.close();
    await set('after', 2, store);
    expect(await get('before', store)).to.equal(1);
    expect(await get('after', store)).to.equal(2);
  });

  it('opens one new connection for operations that met the closed one together', async () => {
    const store = reopeningStore(fresh(), 'records');
    await set('a', 0, store);
    page.close();
    let opens = 0;
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      opens += 1;
      return open.apply(this, args);
    };
    try {
      await Promise.all([set('a', 1, store), set('b', 2, store), get('a', store)]);
    } finally {
      IDBFactory.prototype.open = open;
    }
    expect(opens).to.equal(1);
    expect(await get('b', store)).to.equal(2);
  });

  it('is no reason to refuse a vote: the outbox keeps it and sends it', async () => {
    const name = fresh();
    const outbox = new Outbox({ database: name, channelName: name });
    const sent: string[] = [];
    const stop = outbox.register(
      '/votes',
      httpSender('/votes', async (_url, init) => {
        sent.push((JSON.parse(String(init?.body)) as { id: string }).id);
        return new Response('{}', { status: 201 });
      }),
    );
    const vote = (id: string): OutboxItem & { id: string; channel: string } => ({
      kind: 'vote',
      id,
      channel: '/votes',
      record: { id, proposal: 'plan', seat: 's', by: 'p', choice: 'for', cast: '2019-10-15T16:40:00+01:00' },
    });
    /** Waits for `id` to be recorded; a refusal on the device fails at once. */
    const recorded = async (id: string) => {
      const deadline = Date.now() + 5_000;
      while (outbox.$status.get()[id]?.state !== 'recorded' && Date.now() < deadline) {
        expect(outbox.$status.get()[id]?.state, `${id} refused on the device`).not.to.equal('rejected');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(outbox.$status.get()[id]?.state, id).to.equal('recorded');
    };
    try {
      await outbox.enqueue(vote('first'));
      await recorded('first');
      page.close();
      await outbox.enqueue(vote('after-the-break'));
      await recorded('after-the-break');
      expect(sent).to.deep.equal(['first', 'after-the-break']);
    } finally {
      stop();
    }
  });
});
