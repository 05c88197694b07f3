/**
 * A record belongs to the person who made it (DESIGN.md, the outbox, item 5):
 * a refusal of the session keeps it for its owner, only a refusal naming the
 * record removes it, and nothing waits in a loop.
 */
import { expect } from '@open-wc/testing';
import { httpSender, Outbox, type OutboxItem } from '../../../src/data/index.js';

const voteBy = (by: string, id = `vote-${crypto.randomUUID()}`): OutboxItem => ({
  kind: 'vote',
  record: { id, proposal: 'plan', seat: 'board-primary', by, choice: 'for', cast: '2019-10-15T16:40:00+01:00' },
});

/** A host with one browser session: who is signed in, and what it stored. */
class Host {
  signedIn: string | null = null;
  online = true;
  readonly stored = new Map<string, number>();
  requests = 0;
  fetch: typeof fetch = async (_url, init) => {
    this.requests += 1;
    if (!this.online) throw new TypeError('Failed to fetch');
    const record = JSON.parse(String(init?.body)) as { id: string; by: string };
    if (!this.signedIn) return json(401, { error: 'Sign in to vote.' });
    if (record.by !== this.signedIn) {
      const error = `You are signed in as '${this.signedIn}', so you cannot send a record made by '${record.by}'.`;
      return json(403, { error, reason: 'signed-in-as-someone-else' });
    }
    this.stored.set(record.id, (this.stored.get(record.id) ?? 0) + 1);
    return json(201, { id: record.id });
  };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

function openOutbox(host: Host, clock: { t: number }) {
  const database = `pk-outbox-owner-${crypto.randomUUID()}`;
  const outbox = new Outbox({ database, channelName: database, now: () => clock.t, random: () => 0.5 });
  const stop = outbox.register('/votes', httpSender('/votes', host.fetch));
  return { outbox, stop, database, cleanUp: () => (stop(), indexedDB.deleteDatabase(database)) };
}

describe('the outbox: a record belongs to the person who made it', () => {
  it('a vote A queued offline survives B signing in on the same browser, and is sent once when A is back', async () => {
    const host = new Host();
    const clock = { t: 1_000_000 };
    const { outbox, cleanUp } = openOutbox(host, clock);
    try {
      host.online = false;
      host.signedIn = 'p-head-a';
      const vote = voteBy('p-head-a');
      await outbox.enqueue({ ...vote, id: vote.record.id, channel: '/votes' });
      await outbox.flush();
      expect(outbox.$status.get()[vote.record.id]).to.include({ state: 'queued' });

      // Back online, but now B is signed in in this browser.
      host.online = true;
      host.signedIn = 'p-head-b';
      clock.t += 61_000;
      await outbox.flush();
      const waiting = outbox.$status.get()[vote.record.id];
      expect(waiting).to.include({ state: 'queued', problem: 'signed-out', owner: 'p-head-a' });
      expect(await outbox.stored()).to.have.length(1);

      // Not in a loop: flushing again (a timer, another element) sends nothing until the slow cap.
      const before = host.requests;
      for (let i = 0; i < 5; i += 1) await outbox.flush();
      clock.t += 30_000;
      await outbox.flush();
      expect(host.requests).to.equal(before);

      // A signs back in; the page says so.
      host.signedIn = 'p-head-a';
      clock.t += 2_000; // the tab's gap after a failed request
      await outbox.retryNow();
      expect(outbox.$status.get()[vote.record.id]).to.include({ state: 'recorded' });
      expect(host.stored.get(vote.record.id)).to.equal(1);
      expect(await outbox.stored()).to.deep.equal([]);
      clock.t += 120_000;
      await outbox.flush();
      expect(host.stored.get(vote.record.id), 'sent exactly once').to.equal(1);
    } finally {
      cleanUp();
    }
  });

  it('a record waiting for its owner is tried again at the slow cap, a minute on', async () => {
    const host = new Host();
    host.signedIn = 'p-head-b';
    const clock = { t: 5_000_000 };
    const { outbox, cleanUp } = openOutbox(host, clock);
    try {
      const vote = voteBy('p-head-a');
      await outbox.enqueue({ ...vote, id: vote.record.id, channel: '/votes' });
      await outbox.flush();
      expect((await outbox.stored())[0]!.nextAttemptAt).to.equal(clock.t + 60_000);
      host.signedIn = 'p-head-a';
      clock.t += 60_000;
      await outbox.flush();
      expect(host.stored.get(vote.record.id)).to.equal(1);
    } finally {
      cleanUp();
    }
  });

  it('says someone else is signed in, not that nobody is, and still says so on a page opened again', async () => {
    const host = new Host();
    host.signedIn = 'p-head-b';
    const clock = { t: 7_000_000 };
    const { outbox, database, cleanUp } = openOutbox(host, clock);
    try {
      const vote = voteBy('p-head-a');
      await outbox.enqueue({ ...vote, id: vote.record.id, channel: '/votes' });
      await outbox.flush();
      const waiting = { state: 'queued', problem: 'signed-out', owner: 'p-head-a', byOtherPerson: true };
      expect(outbox.$status.get()[vote.record.id]).to.include(waiting);
      // The page opened again within the minute the record waits: what it shows is read from the device.
      const again = new Outbox({ database, channelName: `${database}-again`, now: () => clock.t });
      const stop = again.register('/votes', httpSender('/votes', host.fetch));
      await again.flush();
      expect(again.$status.get()[vote.record.id]).to.include(waiting);
      stop();
      // Nobody signed in now: the host says so with a 401, and it is no longer someone else's session.
      host.signedIn = null;
      clock.t += 61_000;
      await outbox.flush();
      expect(outbox.$status.get()[vote.record.id]).to.include({ state: 'queued', problem: 'signed-out' });
      expect(outbox.$status.get()[vote.record.id]).not.to.have.property('byOtherPerson');
      expect((await outbox.stored())[0]).not.to.have.property('byOtherPerson');
    } finally {
      cleanUp();
    }
  });

  it('coming back into view (focus) sends what waits for its owner', async () => {
    const host = new Host();
    host.signedIn = 'p-head-b';
    const clock = { t: 9_000_000 };
    const { outbox, cleanUp } = openOutbox(host, clock);
    try {
      const vote = voteBy('p-head-a');
      await outbox.enqueue({ ...vote, id: vote.record.id, channel: '/votes' });
      await outbox.flush();
      host.signedIn = 'p-head-a';
      clock.t += 2_000;
      await outbox.retryWaitingForOwner();
      expect(host.stored.get(vote.record.id)).to.equal(1);
    } finally {
      cleanUp();
    }
  });

  it('the page signals a sign-in with the partnership-signed-in event', async () => {
    const { outboxForPage, SIGNED_IN_EVENT } = await import('../../../src/data/index.js');
    const outbox = outboxForPage();
    let retried = false;
    const original = outbox.retryNow.bind(outbox);
    outbox.retryNow = async () => {
      retried = true;
      return original();
    };
    try {
      window.dispatchEvent(new Event(SIGNED_IN_EVENT));
      expect(retried).to.equal(true);
    } finally {
      outbox.retryNow = original;
    }
  });
});

describe('how the host’s answers are sorted', () => {
  const record = voteBy('p-head-a', 'vote-sorted').record;
  const answer = (status: number, body: unknown) => httpSender('/votes', async () => json(status, body))(record);

  it('a 4xx naming the record refuses it, with the host’s words, code and values', async () => {
    const body = {
      error: 'Voting has closed.',
      reason: 'proposal-not-open',
      values: { proposal: 'p' },
      record: 'vote-sorted',
    };
    expect(await answer(422, body)).to.deep.equal({
      outcome: 'rejected',
      reason: 'Voting has closed.',
      refusal: {
        by: 'host',
        status: 422,
        message: 'Voting has closed.',
        code: 'proposal-not-open',
        values: { proposal: 'p' },
      },
    });
    expect(await answer(403, { error: 'Not your seat.', reason: 'not-permitted', record: 'vote-sorted' })).to.include({
      outcome: 'rejected',
    });
  });

  it('a 401, or a 403 naming no record, refuses the session: the record waits for its owner, with the host’s words', async () => {
    expect(await answer(401, { error: 'Sign in to vote.' })).to.deep.equal({
      outcome: 'retry',
      problem: 'signed-out',
      message: 'Sign in to vote.',
    });
    expect(
      await answer(403, { error: 'Signed in as someone else.', reason: 'signed-in-as-someone-else' }),
    ).to.deep.equal({
      outcome: 'retry',
      problem: 'signed-out',
      byOtherPerson: true,
      message: 'Signed in as someone else.',
    });
  });

  it('a 403 refusing the page’s site keeps the record as that, not as a session the member must renew', async () => {
    const error = 'This request came from another site, so it was refused.';
    // The kit says why in the page's language: the host's English is not added to it.
    expect(await answer(403, { error, reason: 'other-site' })).to.deep.equal({
      outcome: 'retry',
      problem: 'other-site',
    });
  });

  it('partnership-kit/server’s 429 waits as the server not taking it just now, without the host’s English', async () => {
    const error = 'You have sent 60 records in the last minute. Wait 12 seconds; it will be sent again.';
    expect(await answer(429, { error, reason: 'too-many' })).to.deep.equal({
      outcome: 'retry',
      problem: 'server-error',
    });
    // Another host's 429 keeps its words: the kit cannot say what it did not give a code for.
    expect(await answer(429, { error: 'Slow down.' })).to.include({ problem: 'server-error', message: 'Slow down.' });
  });

  it('a 4xx that names no record, or another one, keeps it: nothing is dropped on a guess', async () => {
    expect(await answer(422, { error: 'Voting has closed.' })).to.include({
      outcome: 'retry',
      problem: 'refused',
      message: 'Voting has closed.',
    });
    expect(await answer(404, 'Not Found')).to.include({ outcome: 'retry', problem: 'refused' });
    expect(await answer(422, { error: 'No.', record: 'another-vote' })).to.include({ outcome: 'retry' });
  });

  it('a 409 with the same id is the host saying it already has it', async () => {
    expect(await answer(409, { id: 'vote-sorted' })).to.deep.equal({ outcome: 'confirmed' });
  });
});
