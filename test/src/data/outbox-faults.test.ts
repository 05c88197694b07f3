/**
 * The outbox under injected faults: offline, 500s, Retry-After, timeouts
 * after the server committed, reloads mid-send and two tabs at once. Over
 * 200 randomised schedules, every vote reaches the server exactly once and
 * none is lost. Some answers are slow (40 ms), so one tab's send meets another
 * tab's round, and the outbox's own timers start rounds no step asked for.
 */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { del, createStore, keys } from 'idb-keyval';
import { httpSender, Outbox, type OutboxItem, type Sender, type SendOutcome } from '../../../src/data/index.js';
import { MIN_GAP_AFTER_FAILURE_MS } from '../../../src/data/outbox.js';

type Fault = 'ok' | '500' | '503-retry-after' | 'offline' | 'timeout-after-commit' | '409-same';
/** How the server answers one request, and whether it takes its time. */
type Answer = [Fault, slow: boolean];

/** A vote server that stores by id, answering each request as the schedule says. */
class FaultyServer {
  stored = new Map<string, string>();
  posts = new Map<string, number>();
  inFlight = new Set<string>();
  overlapped = false;
  constructor(private readonly answers: Answer[]) {}

  fetch: typeof fetch = async (_url, init) => {
    const body = String(init?.body);
    const id = (JSON.parse(body) as { id: string }).id;
    if (new Headers(init?.headers).get('Idempotency-Key') !== id) throw new Error('no Idempotency-Key');
    if (this.inFlight.has(id)) this.overlapped = true;
    this.inFlight.add(id);
    this.posts.set(id, (this.posts.get(id) ?? 0) + 1);
    const [fault, slow] = this.answers.shift() ?? ['ok', false];
    await new Promise((r) => setTimeout(r, slow ? 40 : 1));
    try {
      const store = () => {
        const before = this.stored.get(id);
        if (before !== undefined && before !== body) throw new Error(`vote ${id} changed between sends`);
        this.stored.set(id, body);
      };
      switch (fault) {
        case 'offline':
          throw new TypeError('Failed to fetch');
        case 'timeout-after-commit':
          store();
          throw new DOMException('The operation timed out.', 'TimeoutError');
        case '500':
          return new Response('{"error":"down"}', { status: 500 });
        case '503-retry-after':
          return new Response('', { status: 503, headers: { 'Retry-After': '2' } });
        case '409-same':
          store();
          return new Response(JSON.stringify({ id }), { status: 409 });
        default:
          store();
          return new Response(JSON.stringify({ id }), { status: 201 });
      }
    } finally {
      this.inFlight.delete(id);
    }
  };
}

const vote = (n: number): OutboxItem => ({
  kind: 'vote',
  record: {
    id: `vote-${n}`,
    proposal: 'p1',
    seat: `s-${n}`,
    by: `p-${n}`,
    choice: 'for',
    cast: '2019-10-15T16:40:00+01:00',
  },
});

type Step =
  { kind: 'cast' } | { kind: 'flush'; tab: 0 | 1 } | { kind: 'reload' } | { kind: 'online' } | { kind: 'time' };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: 'cast' }),
  fc.constantFrom<Step>({ kind: 'flush', tab: 0 }, { kind: 'flush', tab: 1 }),
  fc.constant<Step>({ kind: 'reload' }),
  fc.constant<Step>({ kind: 'online' }),
  fc.constant<Step>({ kind: 'time' }),
);
const fault = fc.constantFrom<Fault>('ok', '500', '503-retry-after', 'offline', 'timeout-after-commit', '409-same');
const answer: fc.Arbitrary<Answer> = fc.tuple(fault, fc.boolean());

let run = 0;

describe('the outbox under injected faults', function () {
  // 200 schedules, some answers slow, each with a database of its own: under coverage on a busy machine, minutes.
  this.timeout(300_000);

  it('delivers every vote exactly once over 200 randomised schedules', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 3, maxLength: 16 }),
        fc.array(answer, { maxLength: 20 }),
        fc.boolean(),
        async (steps, answers, webLocks) => {
          run += 1;
          const database = `pk-outbox-faults-${run}`;
          const server = new FaultyServer([...answers]);
          const clock = { t: 1_000_000 };
          const http = httpSender('/votes', server.fetch);
          let sending = 0;
          const sender: Sender = async (record) => {
            sending += 1;
            try {
              return await http(record);
            } finally {
              sending -= 1;
            }
          };
          const closers = new Map<Outbox, () => void>();
          const open = () => {
            const outbox = new Outbox({
              database,
              channelName: database,
              useWebLocks: webLocks,
              now: () => clock.t,
              random: () => 0.5,
            });
            closers.set(outbox, outbox.register('/votes', sender));
            return outbox;
          };
          const tabs = [open(), open()];
          const cast: string[] = [];
          const pending: Promise<void>[] = [];
          // Time passes between sends, never during one: a lease (30 s) outlasts a send (15 s at most). A round
          // the outbox's own timer began may still be sending when the rounds asked for are done, or may hold a
          // record it has not sent yet: wait for both. Jumping the clock past a lease a round still holds would
          // let another tab take the record mid-send, which no real minute does.
          // (A tab frozen mid-send for longer could send twice; the server's idempotency covers that.)
          const leaseHeld = async () => (await tabs[0]!.stored()).some((entry) => entry.lease !== undefined);
          const betweenSends = async () => {
            for (let look = 0; ; look += 1) {
              await Promise.all([...pending, ...[...closers.keys()].map((tab) => tab.flush())]);
              // IndexedDB runs a later transaction (a round taking a lease) only after this read's: once it
              // finds no lease, a lease taken next is timed by the clock after it moves.
              if (sending === 0 && !(await leaseHeld())) return;
              if (look === 1_000) throw new Error('a record stayed leased with no round sending it');
              await new Promise((resolve) => setTimeout(resolve, 1));
            }
          };
          for (const s of steps) {
            if (s.kind === 'cast') {
              const item = vote(cast.length);
              cast.push(item.record.id);
              await tabs[0]!.enqueue({ ...item, id: item.record.id, channel: '/votes' });
            } else if (s.kind === 'flush') pending.push(tabs[s.tab]!.flush());
            else if (s.kind === 'reload') {
              // The tab is gone: it sends nothing more, though a request already under way may still land.
              closers.get(tabs[0]!)?.();
              tabs[0] = open();
            } else if (s.kind === 'online') pending.push(tabs[1]!.retryNow());
            else {
              await betweenSends();
              clock.t += 61_000;
            }
          }
          await Promise.all(pending);
          // The connection is back for good: drive both tabs until the outbox is empty.
          for (let round = 0; round < 50; round += 1) {
            await betweenSends();
            clock.t += 61_000;
            await Promise.all(tabs.map((tab) => tab.flush()));
            if ((await tabs[0]!.stored()).length === 0) break;
          }
          expect(await tabs[0]!.stored(), 'nothing left queued').to.deep.equal([]);
          expect([...server.stored.keys()].sort(), 'every vote stored, and only those').to.deep.equal([...cast].sort());
          expect(server.overlapped, 'one tab sends a record at a time').to.equal(false);
          for (const close of closers.values()) close();
          const store = createStore(database, 'records');
          for (const key of await keys(store)) await del(key, store);
          indexedDB.deleteDatabase(database);
        },
      ),
      // Which expectation failed, and why, in the report: not only the counterexample.
      { numRuns: 200, includeErrorInReport: true },
    );
  });

  it('writes the record to IndexedDB before the network is touched', async () => {
    const database = `pk-outbox-first-${Math.random()}`;
    const outbox = new Outbox({ database, channelName: database });
    let storedWhenSent = false;
    outbox.register('/votes', async () => {
      storedWhenSent = (await outbox.stored()).some((e) => e.id === 'vote-first');
      return { outcome: 'confirmed' };
    });
    const item = vote(0);
    await outbox.enqueue({
      ...item,
      id: 'vote-first',
      record: { ...item.record, id: 'vote-first' } as never,
      channel: '/votes',
    });
    await outbox.flush();
    expect(storedWhenSent).to.equal(true);
    expect(await outbox.stored()).to.deep.equal([]);
  });

  it('a record waiting out its backoff goes at once when the browser says it is online again', async () => {
    const database = `pk-outbox-online-${Math.random()}`;
    // The outbox's clock, which the test moves on past the second a tab keeps between requests after a failure,
    // rather than wait it out: the minute's backoff is still to run when the browser says it is online.
    const clock = { ahead: 0 };
    const outbox = new Outbox({ database, channelName: database, now: () => Date.now() + clock.ahead });
    const answers: SendOutcome[] = [{ outcome: 'retry', problem: 'offline', retryAfterMs: 60_000 }];
    const stop = outbox.register('/votes', async () => answers.shift() ?? { outcome: 'confirmed' });
    try {
      const item = vote(5);
      await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
      await outbox.flush();
      expect(
        (await outbox.stored()).map((e) => e.id),
        'kept, a minute to wait',
      ).to.deep.equal([item.record.id]);
      clock.ahead += MIN_GAP_AFTER_FAILURE_MS;
      window.dispatchEvent(new Event('online'));
      // At once, its second between requests over, not after the minute's wait.
      await waitUntil(async () => (await outbox.stored()).length === 0, 'sent on online', { timeout: 3_000 });
      expect(outbox.$status.get()[item.record.id]?.state).to.equal('recorded');
    } finally {
      stop();
    }
  });

  it('two elements sending to one endpoint: when the later one leaves, the earlier one still sends', async () => {
    const database = `pk-outbox-two-senders-${Math.random()}`;
    const outbox = new Outbox({ database, channelName: database });
    const sentBy: string[] = [];
    outbox.register('/votes', async () => (sentBy.push('first'), { outcome: 'confirmed' }));
    const stopSecond = outbox.register('/votes', async () => (sentBy.push('second'), { outcome: 'confirmed' }));
    stopSecond();
    const item = vote(2);
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    await outbox.flush();
    expect(sentBy).to.deep.equal(['first']);
    expect(await outbox.stored()).to.deep.equal([]);
  });

  it('retryNow does not bring back a record confirmed while it ran', async () => {
    const database = `pk-outbox-retry-now-${Math.random()}`;
    const outbox = new Outbox({ database, channelName: database });
    const item = vote(3);
    // Queued with no sender, then due later; another tab confirms it (deletes it) as retryNow starts.
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/elsewhere' });
    const store = createStore(database, 'records');
    const stored = await outbox.stored();
    const { set } = await import('idb-keyval');
    await set(item.record.id, { ...stored[0]!, nextAttemptAt: Date.now() + 60_000 }, store);
    const retrying = outbox.retryNow();
    await del(item.record.id, store);
    await retrying;
    expect(await keys(store)).to.deep.equal([]);
  });

  it('a record the device cannot store is refused at once, saying so, never shown as queued', async () => {
    const database = `pk-outbox-full-${Math.random()}`;
    const outbox = new Outbox({ database, channelName: database });
    // Storage blocked or full: every write fails.
    (outbox as unknown as { database: unknown }).database = () => Promise.reject(new Error('QuotaExceededError'));
    const item = vote(4);
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    const status = outbox.$status.get()[item.record.id];
    expect(status?.state).to.equal('rejected');
    expect(status && 'refusal' in status ? status.refusal.by : '').to.equal('device');
  });

  it('tells a server that cannot be reached from one that answered with an error', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await httpSender('/votes', down)(vote(6).record)).to.deep.equal({
      outcome: 'retry',
      problem: 'unreachable',
    });
    const failing: typeof fetch = async () => new Response('', { status: 502 });
    expect(await httpSender('/votes', failing)(vote(7).record)).to.deep.equal({
      outcome: 'retry',
      problem: 'server-error',
    });
  });

  it('keeps a record answered 200 with a web page: a sign-in page after a redirect, or a page at a wrong address', async () => {
    const page = () =>
      new Response('<!doctype html><h1>Sign in</h1>', { headers: { 'Content-Type': 'Text/HTML; charset=utf-8' } });
    const signIn: typeof fetch = async () => Object.defineProperty(page(), 'redirected', { value: true });
    expect(await httpSender('/votes', signIn)(vote(8).record)).to.deep.equal({
      outcome: 'retry',
      problem: 'signed-out',
    });
    // A wrong address: turned away, which a quick retry will not mend.
    const wrongAddress: typeof fetch = async () => page();
    expect(await httpSender('/votes', wrongAddress)(vote(9).record)).to.deep.equal({
      outcome: 'retry',
      problem: 'refused',
    });
    // A 404 web page: its markup is not shown to the member as the host's words, nor is its status, which is kept as
    // the status for the element to word ("HTTP 404" read "The server said: HTTP 404", as if the host had said it).
    const notFound: typeof fetch = async () =>
      new Response('<h1>Page not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    expect(await httpSender('/votes', notFound)(vote(9).record)).to.deep.equal({
      outcome: 'retry',
      problem: 'refused',
      status: 404,
    });
    // A captive portal's or a proxy's page sent as text/plain, or with no type, is a web page all the same: it was
    // taken as the host's confirmation, and the vote left the device unstored.
    const untyped =
      (type: string | undefined): typeof fetch =>
      async () => {
        const answer = new Response('\n<!DOCTYPE html><html><title>Wi-Fi sign in</title></html>');
        if (type === undefined) answer.headers.delete('Content-Type');
        else answer.headers.set('Content-Type', type);
        return answer;
      };
    for (const type of ['text/plain', 'application/octet-stream', undefined]) {
      expect(await httpSender('/votes', untyped(type))(vote(9).record), String(type)).to.deep.equal({
        outcome: 'retry',
        problem: 'refused',
      });
    }
    // Any other answer of 2xx is the host's confirmation, with a body or without.
    const noContent: typeof fetch = async () => new Response(null, { status: 204 });
    const text: typeof fetch = async () => new Response('OK', { headers: { 'Content-Type': 'text/plain' } });
    for (const host of [noContent, text]) {
      expect(await httpSender('/votes', host)(vote(10).record)).to.deep.equal({ outcome: 'confirmed' });
    }
  });

  it('keeps the language the host named its words in (Content-Language), for the element to mark them', async () => {
    const french: typeof fetch = async () =>
      new Response(JSON.stringify({ error: 'Trop tard.' }), {
        status: 422,
        headers: { 'Content-Type': 'application/json', 'Content-Language': 'fr-FR, en' },
      });
    expect(await httpSender('/votes', french)(vote(11).record)).to.deep.equal({
      outcome: 'retry',
      problem: 'refused',
      status: 422,
      message: 'Trop tard.',
      lang: 'fr-FR',
    });
  });

  it('a 401 (the session ended) keeps the record for after sign-in, rather than losing it', async () => {
    const signedOut: typeof fetch = async () =>
      new Response(JSON.stringify({ error: 'Sign in to vote.' }), { status: 401 });
    const outcome = await httpSender('/votes', signedOut)(vote(5).record);
    expect(outcome).to.deep.equal({ outcome: 'retry', problem: 'signed-out', message: 'Sign in to vote.' });
  });

  it('a 401 or 403 whose code the kit words keeps no English words: a Welsh page says it all in Welsh', async () => {
    const answers = [
      [401, { error: 'Sign in to vote.', reason: 'signed-out' }, 'signed-out'],
      [403, { error: 'This request came from another site, so it was refused.', reason: 'other-site' }, 'other-site'],
    ] as const;
    for (const [status, body, problem] of answers) {
      const host: typeof fetch = async () => new Response(JSON.stringify(body), { status });
      expect(await httpSender('/votes', host)(vote(5).record)).to.deep.equal({ outcome: 'retry', problem });
    }
  });

  it('a record refused by the server (a 4xx naming it) leaves the outbox with the server’s reason', async () => {
    const database = `pk-outbox-reject-${Math.random()}`;
    const outbox = new Outbox({ database, channelName: database });
    const reject: typeof fetch = async (_url, init) => {
      const { id } = JSON.parse(String(init?.body)) as { id: string };
      const refusal = { error: 'Voting has closed.', reason: 'closed', record: id };
      return new Response(JSON.stringify(refusal), { status: 422 });
    };
    outbox.register('/votes', httpSender('/votes', reject));
    const item = vote(1);
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    await outbox.flush();
    const status = outbox.$status.get()[item.record.id];
    expect(status?.state).to.equal('rejected');
    expect(status && 'reason' in status ? status.reason : '').to.equal('Voting has closed.');
    expect(await outbox.stored()).to.deep.equal([]);
  });

  it('a refusal keeps where the host says it lies: its path, and its problems with only the keys a problem has', async () => {
    const problem = { path: 'vote.cast', code: 'waited-too-long', values: { maxWaitMinutes: 1440 }, message: 'Late.' };
    const refuse: typeof fetch = async (_url, init) => {
      const { id } = JSON.parse(String(init?.body)) as { id: string };
      const problems = [{ ...problem, secret: 'not kept' }, { path: 'vote' }, 'odd'];
      const body = { error: 'Late.', reason: 'waited-too-long', path: 'vote.cast', problems, record: id };
      return new Response(JSON.stringify(body), { status: 422 });
    };
    expect(await httpSender('/votes', refuse)(vote(6).record)).to.deep.equal({
      outcome: 'rejected',
      reason: 'Late.',
      refusal: {
        by: 'host',
        status: 422,
        message: 'Late.',
        code: 'waited-too-long',
        path: 'vote.cast',
        problems: [problem],
      },
    });
  });

  it('honours Retry-After and backs off at most a minute', async () => {
    const database = `pk-outbox-backoff-${Math.random()}`;
    const clock = { t: 0 };
    const outbox = new Outbox({ database, channelName: database, now: () => clock.t, random: () => 1 });
    const answers = [new Response('', { status: 503, headers: { 'Retry-After': '7' } })];
    for (let i = 0; i < 10; i += 1) answers.push(new Response('', { status: 500 }));
    outbox.register(
      '/votes',
      httpSender('/votes', async () => answers.shift()!),
    );
    const item = vote(2);
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    await outbox.flush();
    expect((await outbox.stored())[0]!.nextAttemptAt).to.equal(7_000);
    const waits: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      clock.t = (await outbox.stored())[0]!.nextAttemptAt;
      await outbox.flush();
      waits.push((await outbox.stored())[0]!.nextAttemptAt - clock.t);
    }
    expect(waits).to.deep.equal([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('a record turned away unnamed (a wrong endpoint’s 404) is tried again each minute, not within seconds', async () => {
    const database = `pk-outbox-refused-${Math.random()}`;
    const clock = { t: 0 };
    const outbox = new Outbox({ database, channelName: database, now: () => clock.t, random: () => 1 });
    let posts = 0;
    outbox.register(
      '/votes',
      httpSender('/votes', async () => {
        posts += 1;
        return new Response('<h1>Page not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
      }),
    );
    const item = vote(4);
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    await outbox.flush();
    const [kept] = await outbox.stored();
    expect(kept!.lastProblem).to.equal('refused');
    expect(kept!.nextAttemptAt).to.equal(60_000);
    clock.t = 30_000;
    await outbox.flush();
    expect(posts, 'not sent again within the minute').to.equal(1);
  });

  it('a record refused 415, as partnership-kit/server answers how it was sent, stays queued and says so in the host’s words', async () => {
    // A proxy or a portal's middleware that rewrote the body's type: the host names no record (as for 401, 408 and
    // 429), so the vote is kept, tried each minute, and the member told, not dropped as "Not accepted".
    const database = `pk-outbox-415-${Math.random()}`;
    const clock = { t: 0 };
    const outbox = new Outbox({ database, channelName: database, now: () => clock.t, random: () => 1 });
    const error = 'Send the record as JSON in UTF-8, with Content-Type: application/json.';
    outbox.register(
      '/votes',
      httpSender('/votes', async () => new Response(JSON.stringify({ error }), { status: 415 })),
    );
    const item = vote(11);
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    await outbox.flush();
    const [kept] = await outbox.stored();
    expect(kept!.id).to.equal(item.record.id);
    expect(kept!.nextAttemptAt).to.equal(60_000);
    expect(outbox.$status.get()[item.record.id]).to.include({ state: 'queued', problem: 'refused', message: error });
  });

  it('a record waiting when the device slept is sent as the page is seen again, not when its timer wakes', async () => {
    // The lid shut with the vote waiting out a minute's backoff; opened an hour on, the page's timer has counted
    // only time awake and would wait out the rest of that minute: long enough for the proposal to close first.
    const database = `pk-outbox-slept-${Math.random()}`;
    const clock = { t: 0 };
    const outbox = new Outbox({ database, channelName: database, now: () => clock.t, random: () => 1 });
    const answers = [
      new Response('', { status: 503, headers: { 'Retry-After': '60' } }),
      new Response(JSON.stringify({ id: 'vote-5' }), { status: 201 }),
    ];
    const stop = outbox.register(
      '/votes',
      httpSender('/votes', async () => answers.shift()!),
    );
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    try {
      const item = vote(5);
      await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
      await waitUntil(() => answers.length === 1, 'sent once, and kept');
      await new Promise((resolve) => setTimeout(resolve, 50));
      clock.t = 3_600_000;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => outbox.$status.get()['vote-5']?.state === 'recorded', 'sent at once', { timeout: 1_000 });
    } finally {
      stop();
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('a wait set by a clock since put back is not waited out: due at once', async () => {
    const database = `pk-outbox-clock-${Math.random()}`;
    const clock = { t: 2 * 3_600_000 }; // two hours fast
    const outbox = new Outbox({ database, channelName: database, now: () => clock.t, random: () => 1 });
    const answers = [
      new Response('', { status: 500 }),
      new Response(JSON.stringify({ id: 'vote-3' }), { status: 201 }),
    ];
    outbox.register(
      '/votes',
      httpSender('/votes', async () => answers.shift()!),
    );
    const item = vote(3);
    await outbox.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    await outbox.flush();
    expect((await outbox.stored())[0]!.nextAttemptAt).to.be.greaterThan(clock.t);
    clock.t = 5_000; // the clock corrected
    await outbox.flush();
    expect(await outbox.stored()).to.deep.equal([]);
    expect(answers).to.deep.equal([]);
  });

  it('a tab that sends, left with another tab’s queued record when that tab closes, sends it by itself', async () => {
    const database = `pk-outbox-tabs-${Math.random()}`;
    const closing = new Outbox({ database, channelName: database, random: () => 0 });
    const staying = new Outbox({ database, channelName: database, random: () => 0 });
    const posted: string[] = [];
    const stopClosing = closing.register(
      '/votes',
      httpSender('/votes', async () => new Response('', { status: 503 })),
    );
    staying.register(
      '/votes',
      httpSender('/votes', async (_url, init) => {
        const { id } = JSON.parse(String(init?.body)) as { id: string };
        posted.push(id);
        return new Response(JSON.stringify({ id }), { status: 201 });
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50)); // the other tab's first look at the outbox
    const item = vote(4);
    await closing.enqueue({ ...item, id: item.record.id, channel: '/votes' });
    await closing.flush();
    stopClosing(); // the tab is closed
    for (let waited = 0; posted.length === 0 && waited < 6_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(posted).to.deep.equal(['vote-4']);
  });
});
