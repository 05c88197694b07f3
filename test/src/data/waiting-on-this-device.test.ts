/**
 * What this device still holds for the host, for a portal's sign-in page: a member who signed out with a vote
 * queued sees it listed there, by kind and owner, until the host has it (DESIGN.md, "Writing back: the outbox":
 * on the server once, or visibly still queued on their device). Other test files share the page's origin and
 * its outbox database, so each test looks only at the people it made up.
 */
import { expect } from '@open-wc/testing';
import { httpSender, Outbox, waitingOnThisDevice, type OutboxItem } from '../../../src/data/index.js';

const person = () => `p-waiting-${crypto.randomUUID()}`;

/** A host that is unreachable until `online`, then stores whatever it is sent. */
function host() {
  const state = { online: false };
  const fetcher: typeof fetch = async (_url, init) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    const { id } = JSON.parse(String(init?.body)) as { id: string };
    return new Response(JSON.stringify({ id }), { status: 201 });
  };
  return { state, fetcher };
}

function items(a: string, b: string): OutboxItem[] {
  return [
    {
      kind: 'vote',
      record: {
        id: crypto.randomUUID(),
        proposal: 'plan',
        seat: 's1',
        by: a,
        choice: 'against',
        cast: '2019-10-15T16:40:00Z',
      },
    },
    {
      kind: 'attendance',
      record: {
        id: crypto.randomUUID(),
        meeting: 'm1',
        seat: 's2',
        attendance: 'holder',
        by: b,
        at: '2019-10-15T16:41:00Z',
      },
    },
    {
      kind: 'action-status',
      record: {
        id: crypto.randomUUID(),
        action: 'A-01',
        status: 'done',
        completed: '2019-10-15',
        by: a,
        at: '2019-10-15T16:42:00Z',
      },
    },
  ] as OutboxItem[];
}

describe('waitingOnThisDevice', () => {
  it('lists the records queued on this device by kind and owner, in the order made, never what they chose', async () => {
    const [a, b] = [person(), person()];
    const channel = `/waiting-${crypto.randomUUID()}`;
    const { state, fetcher } = host();
    const outbox = new Outbox({ channelName: channel });
    const stop = outbox.register(channel, httpSender(channel, fetcher));
    try {
      for (const item of items(a, b))
        await outbox.enqueue({ ...item, id: item.record.id, channel, documentUrl: '/partnership.json' });
      await outbox.flush();

      const mine = (await waitingOnThisDevice()).filter((record) => record.by === a || record.by === b);
      expect(mine.map(({ kind, by }) => [kind, by])).to.deep.equal([
        ['vote', a],
        ['attendance', b],
        ['action-status', a],
      ]);
      for (const record of mine) {
        expect(Object.keys(record).sort()).to.deep.equal(['by', 'documentUrl', 'kind', 'queuedAt']);
        expect(record.documentUrl).to.equal('/partnership.json');
        expect(Number.isNaN(Date.parse(record.queuedAt))).to.equal(false);
      }

      // Once the host has them, they leave the list.
      state.online = true;
      await outbox.retryNow();
      for (let round = 0; round < 20; round += 1) {
        await outbox.flush();
        const left = (await waitingOnThisDevice()).filter((record) => record.by === a || record.by === b);
        if (left.length === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect.fail('the records the host stored are still listed');
    } finally {
      stop();
    }
  });

  it('is empty where the browser gives the page no storage, and does not throw', async () => {
    const before = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => ({
        open: () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      }),
    });
    try {
      expect(await waitingOnThisDevice()).to.deep.equal([]);
    } finally {
      Object.defineProperty(window, 'indexedDB', before);
    }
  });
});
