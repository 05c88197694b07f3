import { expect } from '@open-wc/testing';
import { isSuperseded, type OutboxEntry, type OutboxStatus } from '../../../src/data/index.js';

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
});
