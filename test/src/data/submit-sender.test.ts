/**
 * A host's own `submit` function, as the outbox reads its answer: stored,
 * refused for good, or to be tried again. Found by a bad-data review: a
 * refusal whose reason was not a string was taken for "recorded", and a
 * function that never answered left the vote "sending" for good.
 */
import { expect } from '@open-wc/testing';
import { SEND_TIMEOUT_MS, submitSender, type SubmitFunction } from '../../../src/data/outbox-senders.js';

const record = { id: 'v-1' };
const answering =
  (answer: unknown): SubmitFunction =>
  async () =>
    answer as never;

describe('submitSender', () => {
  it('takes a resolved function, or an answer naming no refusal, as stored', async () => {
    for (const answer of [undefined, null, {}, { rejected: false }, 'ok']) {
      expect(await submitSender(answering(answer))(record)).to.deep.equal({ outcome: 'confirmed' });
    }
  });

  it('takes a refusal in any form as a refusal: its words when they are words, its code and values when well formed', async () => {
    const words = await submitSender(answering({ rejected: 'Voting has closed.', code: 'proposal-not-open' }))(record);
    expect(words).to.deep.equal({
      outcome: 'rejected',
      reason: 'Voting has closed.',
      refusal: { by: 'host', message: 'Voting has closed.', code: 'proposal-not-open' },
    });
    for (const rejected of [{ a: 1 }, true, 1, '']) {
      const odd = await submitSender(answering({ rejected, code: 7, values: 'x' }))(record);
      expect(odd, JSON.stringify(rejected)).to.deep.equal({
        outcome: 'rejected',
        reason: 'refused',
        refusal: { by: 'host' },
      });
    }
  });

  it('keeps where a refusal lies: its path and its problems, each of a path and a code', async () => {
    const problem = { path: 'vote.seat', code: 'not-holder-or-proxy', values: { seat: 's' }, message: 'Not yours.' };
    const answer = { rejected: 'Not yours.', code: 'not-holder-or-proxy', path: 'vote.seat', problems: [problem] };
    const refused = await submitSender(answering(answer))(record);
    expect(refused).to.deep.equal({
      outcome: 'rejected',
      reason: 'Not yours.',
      refusal: {
        by: 'host',
        message: 'Not yours.',
        code: 'not-holder-or-proxy',
        path: 'vote.seat',
        problems: [problem],
      },
    });
    const odd = await submitSender(answering({ rejected: 'No.', path: 7, problems: [{ path: 'vote' }, 'x', null] }))(
      record,
    );
    expect(odd, 'a path that is no string, problems with no code: none kept').to.deep.equal({
      outcome: 'rejected',
      reason: 'No.',
      refusal: { by: 'host', message: 'No.' },
    });
  });

  it('tries again a function that throws, and one that has not answered within the send timeout', async () => {
    const thrown = await submitSender(async () => Promise.reject(new Error('down')))(record);
    expect(thrown.outcome).to.equal('retry');
    const realTimeout = window.setTimeout;
    // The timeout fires at once here: the test does not wait the 15 seconds.
    window.setTimeout = ((fn: () => void, ms?: number) =>
      realTimeout(fn, ms === SEND_TIMEOUT_MS ? 0 : ms)) as typeof window.setTimeout;
    try {
      const never = await submitSender(() => new Promise(() => {}))(record);
      expect(never).to.deep.equal({ outcome: 'retry', problem: 'timeout' });
    } finally {
      window.setTimeout = realTimeout;
    }
  });
});
