/**
 * A new vote goes to the host from memory (issue 12): the outbox writes it to
 * IndexedDB in one transaction and POSTs it, with nothing read back, neither
 * the record nor the whole outbox, between the member's submit and the
 * request. These tests count the outbox's IndexedDB use during one submit, so
 * they fail if a vote falls back to the old path (store, then read the outbox
 * and the record again inside the send lock, then send). And whichever path it
 * takes, the vote is on the device when it leaves, reaches the host exactly
 * once with the member's own record, and leaves the outbox once accepted.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, get, keys } from 'idb-keyval';
import { httpSender, Outbox, type OutboxItem } from '../../../src/data/index.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The IndexedDB calls that read: a record read back, or the whole outbox. */
const READS = ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor', 'count'] as const;

type Method = (...args: unknown[]) => unknown;

/**
 * Logs every transaction opened on `database`, with its mode, and every read
 * made in it, until `restore()`; `open()` is how many of them (the test's own
 * too) have neither completed nor aborted. `unwatched` runs the test's own
 * look at the device without logging it.
 */
function watchIndexedDB(database: string) {
  const log: string[] = [];
  let watching = true;
  let open = 0;
  const storeMethods = IDBObjectStore.prototype as unknown as Record<string, Method>;
  const originals = READS.map((name) => [name, storeMethods[name]!] as const);
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    if (watching && this.name === database) log.push(`${args[1] ?? 'readonly'} transaction`);
    const opened = transaction.apply(this, args);
    if (this.name === database) {
      open += 1;
      // Each transaction ends once, completed or aborted (an error it does not handle aborts it).
      const ended = () => (open -= 1);
      opened.addEventListener('complete', ended);
      opened.addEventListener('abort', ended);
    }
    return opened;
  };
  for (const [name, original] of originals) {
    storeMethods[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (watching && this.transaction.db.name === database) log.push(name);
      return original.apply(this, args);
    };
  }
  return {
    log,
    open: () => open,
    async unwatched<T>(look: () => Promise<T>): Promise<T> {
      watching = false;
      try {
        return await look();
      } finally {
        watching = true;
      }
    },
    restore() {
      IDBDatabase.prototype.transaction = transaction;
      for (const [name, original] of originals) storeMethods[name] = original;
    },
  };
}

/**
 * Waits until the outbox's start-up rounds are done: no transaction on its database open, and none opened by
 * the next task. Each step of a round (a read of the outbox, the round asked for meanwhile, the look for the
 * next timer at its end) starts from the last step's answer, in the task that brought it, before that step's
 * transaction has ended: so while a round runs, one is always open.
 */
async function untilQuiet(watch: ReturnType<typeof watchIndexedDB>): Promise<void> {
  const quiet = async () => {
    if (watch.open() > 0) return false;
    const logged = watch.log.length;
    await pause(0);
    return watch.open() === 0 && watch.log.length === logged;
  };
  try {
    await waitUntil(quiet);
  } catch {
    throw new Error(`the outbox never went quiet: ${watch.log.join(', ')}`);
  }
}

const vote = (): OutboxItem => {
  const id = uniqueKey('vote-fast-path');
  return {
    kind: 'vote',
    record: {
      id,
      proposal: 'plan',
      seat: 'board-primary',
      by: 'p-head-a',
      choice: 'for',
      cast: '2019-10-15T16:40:00+01:00',
    },
  };
};

/** One request as the host's endpoint received it, and what the outbox had done in IndexedDB before it was sent. */
interface Post {
  url: string;
  method: string | undefined;
  idempotencyKey: string | null;
  body: unknown;
  indexedDBBefore: string[];
  onDevice: unknown;
}

describe('the outbox sends a new vote from memory', () => {
  failOnPageErrors();

  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  for (const useWebLocks of [true, false]) {
    const holding = useWebLocks ? 'a Web Lock' : 'a lease in the record';
    it(`holding ${holding}: one write, nothing read back, before the vote is POSTed once; it leaves the outbox once accepted`, async () => {
      if (useWebLocks) expect(typeof navigator.locks?.request, 'the test page has Web Locks').to.equal('function');
      const database = uniqueKey('pk-outbox-fast-path');
      const counted = uniqueKey('fast-path-posts');
      const onDevice = createStore(database, 'records');
      const watch = watchIndexedDB(database);
      restore = watch.restore;
      const outbox = new Outbox({ database, channelName: database, useWebLocks });
      const posts: Post[] = [];
      const host: typeof fetch = async (url, init) => {
        const indexedDBBefore = [...watch.log];
        const body = JSON.parse(String(init?.body)) as { id: string };
        posts.push({
          url: String(url),
          method: init?.method,
          idempotencyKey: new Headers(init?.headers).get('Idempotency-Key'),
          body,
          indexedDBBefore,
          onDevice: await watch.unwatched(() => get(body.id, onDevice)),
        });
        // The dev server answers and counts it (test/harness/respond-plugin.js): the host stored the vote.
        const answer = encodeURIComponent(JSON.stringify({ id: body.id }));
        return fetch(`/__respond?status=201&key=${counted}&body=${answer}`, init);
      };
      const stop = outbox.register('/votes', httpSender('/votes', host));
      try {
        await outbox.flush();
        await untilQuiet(watch);
        watch.log.length = 0;

        const item = vote();
        const { id } = item.record;
        await outbox.enqueue({ ...item, id, channel: '/votes' });
        expect(outbox.$status.get()[id]?.state, 'the page knows of the vote once enqueue resolves').to.be.oneOf([
          'queued',
          'sending',
          'recorded',
        ]);
        await waitUntil(() => posts.length > 0, 'the vote was POSTed');

        const [post] = posts;
        expect(
          post!.indexedDBBefore,
          'IndexedDB use between submit and POST: the one write, nothing read back',
        ).to.deep.equal(['readwrite transaction']);
        expect(post!.onDevice, 'the vote was on the device when it left').to.deep.include({ id, record: item.record });
        expect(post!.url).to.equal('/votes');
        expect(post!.method).to.equal('POST');
        expect(post!.idempotencyKey, 'its id is the idempotency key').to.equal(id);
        expect(post!.body, 'the member’s own vote, as cast').to.deep.equal(item.record);

        await waitUntil(() => outbox.$status.get()[id]?.state === 'recorded', 'the vote was shown as recorded');
        await waitUntil(
          async () => (await watch.unwatched(() => keys(onDevice))).length === 0,
          'the accepted vote was removed from IndexedDB',
        );
        expect(await watch.unwatched(() => outbox.stored()), 'nothing left in the outbox').to.deep.equal([]);

        // Later rounds (a timer, coming back online) find nothing to send again.
        await outbox.flush();
        await outbox.retryNow();
        await pause(300);
        expect(
          posts.map((p) => p.idempotencyKey),
          'the vote was POSTed exactly once',
        ).to.deep.equal([id]);
        const { count } = (await (await fetch(`/__count-read?key=${counted}`)).json()) as { count: number };
        expect(count, 'requests the host received').to.equal(1);
      } finally {
        stop();
        indexedDB.deleteDatabase(database);
      }
    });
  }
});
