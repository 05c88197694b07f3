import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/contract/index.js';
import { isSuperseded, withWaiting, type OutboxEntry, type OutboxStatus } from '../../../src/data/index.js';
import { minimalDocument } from '../../fixtures/documents.js';

const change = (id: string, sequence: number, status = 'done'): OutboxEntry =>
  ({
    kind: 'action-status',
    id,
    channel: '/api/actions',
    record: { id, action: 'A-01', status, by: 'p-1', at: '2019-12-10T10:00:00Z' },
    queuedAt: '2019-12-10T10:00:00Z',
    sequence,
    attempts: 0,
    nextAttemptAt: 0,
  }) as OutboxEntry;

describe('a confirmed change that a later one supersedes', () => {
  it('is not applied while the later change to the same action is on its way', () => {
    const first = change('c1', 1, 'in-progress');
    const second = change('c2', 2, 'done');
    const statuses: Record<string, OutboxStatus> = { c2: { state: 'sending', entry: second } };
    expect(isSuperseded(first, statuses)).to.equal(true);
  });

  it('is applied once the later one has settled, or when the other change is older or elsewhere', () => {
    const first = change('c1', 1);
    const later = change('c2', 2);
    expect(isSuperseded(first, { c2: { state: 'recorded', entry: later } })).to.equal(false);
    expect(isSuperseded(later, { c1: { state: 'queued', entry: first, retryAt: 0 } })).to.equal(false);
    const elsewhere = { ...change('c3', 3), record: { ...later.record, action: 'A-02' } } as OutboxEntry;
    expect(isSuperseded(first, { c3: { state: 'queued', entry: elsewhere, retryAt: 0 } })).to.equal(false);
  });

  it('is applied when the later change is to another partnership’s action of the same id', () => {
    // Two partnerships on one site, both numbering their actions A-01: the outbox and its statuses are the origin's.
    const sutton = { ...change('c1', 1), documentUrl: 'https://intranet.example/sutton/api/partnership' };
    const suffolk = { ...change('c2', 2), documentUrl: 'https://intranet.example/suffolk/api/partnership' };
    expect(isSuperseded(sutton, { c2: { state: 'queued', entry: suffolk, retryAt: 0 } })).to.equal(false);
    const sameDocument = { ...suffolk, documentUrl: sutton.documentUrl };
    expect(isSuperseded(sutton, { c2: { state: 'queued', entry: sameDocument, retryAt: 0 } })).to.equal(true);
  });
});

describe('read your writes: a refetched document keeps what the host just confirmed', () => {
  const url = 'https://host.example/api/partnership';
  const document = parseDocument({
    ...minimalDocument(),
    actions: [{ id: 'A-01', title: 'Write the plan', owner: 'p-head-a', due: '2019-12-01' }],
  });
  if (!document.ok) throw new Error('the fixture must parse');
  const vote = {
    kind: 'vote',
    id: 'v-confirmed',
    channel: '/api/votes',
    documentUrl: url,
    record: {
      id: 'v-confirmed',
      proposal: 'plan',
      seat: 'board-primary',
      by: 'p-head-a',
      choice: 'for',
      cast: '2019-10-15T16:30:00+01:00',
    },
    queuedAt: '2019-10-15T15:30:00Z',
    sequence: 1,
    attempts: 0,
    nextAttemptAt: 0,
  } as OutboxEntry;
  const done = { ...change('c1', 2), documentUrl: url } as OutboxEntry;
  const statuses: Record<string, OutboxStatus> = {
    'v-confirmed': { state: 'recorded', entry: vote },
    c1: { state: 'recorded', entry: done },
  };

  it('lays a record confirmed a moment ago over a document that does not have it yet', () => {
    const shown = withWaiting(url, document.document, statuses, () => true);
    expect(shown.votes.map((v) => v.id)).to.include('v-confirmed');
    expect(shown.actions[0]?.status).to.equal('done');
  });

  it('lays nothing confirmed long ago: the host’s document is the truth', () => {
    const shown = withWaiting(url, document.document, statuses, () => false);
    expect(shown.votes.map((v) => v.id)).not.to.include('v-confirmed');
    expect(shown.actions[0]?.status).to.equal('open');
  });
});
