/**
 * The host's note on a record it stored (201), carried from its answer to the outbox's `recorded` status: a
 * check-in that waited on the clerk's device, which `partnership-kit/server` timed by its own clock
 * (src/server/check-in-moment.ts), says why. The senders pass it on whether the host is reached by `endpoint` or
 * through the page's own `submit`; a note the kit cannot word (a reason it does not know) is not passed on.
 */
import { expect } from '@open-wc/testing';
import { httpSender, submitSender } from '../../../src/data/outbox-senders.js';
import { hostNoteIn } from '../../../src/data/host-note.js';

const record = { id: 'a-1' };
const RECEIVED = '2019-11-05T10:40:00.000Z';
const answer = {
  id: 'a-1',
  stored: { id: 'a-1', received: RECEIVED },
  note: { reason: 'waited-too-long', values: { at: '2019-11-05T09:00:00Z', maxWaitMinutes: 30 }, message: '…' },
};
const note = { reason: 'waited-too-long', values: answer.note.values, received: RECEIVED };

/** A sender to a host that answers every POST with `status` and `body`. */
const httpAnswering = (status: number, body: string) =>
  httpSender(
    '/api/attendance',
    async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
  );

describe('the host’s note on a stored record', () => {
  it('is carried from a 201 answer to the endpoint, with when the host received it', async () => {
    expect(await httpAnswering(201, JSON.stringify(answer))(record)).to.deep.equal({ outcome: 'confirmed', note });
  });

  it('is carried from the answer a host’s submit function resolves with', async () => {
    expect(await submitSender(async () => answer)(record)).to.deep.equal({ outcome: 'confirmed', note });
  });

  it('is nothing when the answer has none, is not JSON, or gives a reason the kit cannot word', async () => {
    const unknown = { ...answer, note: { reason: 'clock-on-fire', values: {} } };
    for (const body of ['', 'Created', JSON.stringify({ id: 'a-1' }), JSON.stringify(unknown)]) {
      expect(await httpAnswering(201, body)(record), body).to.deep.equal({ outcome: 'confirmed' });
    }
    expect(hostNoteIn({ note: 'late' })).to.deep.equal({});
    expect(hostNoteIn({ note: { reason: 'at-in-future', values: [1] } })).to.deep.equal({
      note: { reason: 'at-in-future', values: {} },
    });
  });
});
