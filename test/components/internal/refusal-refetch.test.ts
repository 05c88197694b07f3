// Another tab's change refused as changed-since: someone changed the action meanwhile, so this tab fetches the
// document again for what the host holds now. Once for the tab, however many of its elements show the document
// (each hears the refusal), and however the refusal is heard: on its own, or first waiting on the change it was
// made on and told with that one's answer (outbox-tell-once.ts). A second refusal, however long after the first,
// needs no fetch of its own when its change was sent before the first one's fetch was answered (refusal-fetches.ts).
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { outboxForPage, resolveDocumentUrl, type OutboxEntry, type OutboxStatus } from '../../../src/data/index.js';
import type { ActionStatusChange } from '../../../src/rules/index.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import {
  documentUrl,
  failOnPageErrors,
  landedFetches,
  requestCount,
  respondUrl,
  uniqueKey,
} from '../../fixtures/probe-element.js';
import { showElement, until } from '../../fixtures/show-element.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two editable trackers of one fetched document, counted under `key`. */
async function twoTrackers(key: string): Promise<ActionTracker[]> {
  const src = documentUrl(boundaryDocument(), key);
  const attrs = { src, group: 'board', today: '2019-12-10', editable: '', editor: 'p-chair' };
  const endpoint = respondUrl({ status: 201, body: '{}' });
  return Promise.all([
    showElement<ActionTracker>('action-tracker', { ...attrs, endpoint }),
    showElement<ActionTracker>('action-tracker', { ...attrs, endpoint }),
  ]);
}

/**
 * Two trackers of one document on this page, settled (the outbox started, the opening fetches landed): the address
 * and endpoint a change is made for, and the document's fetches so far, to count the refusal's from.
 */
async function settledTrackers(name: string) {
  const key = uniqueKey(name);
  const [tracker] = await twoTrackers(key);
  await until(() => outboxForPage().$status !== undefined, 'the outbox');
  await pause(500);
  const [src, endpoint] = [tracker!.getAttribute('src')!, tracker!.getAttribute('endpoint')!];
  return { key, src, endpoint, before: await requestCount(key) };
}

/** Another tab's change to Due yesterday, made on Open, which the host refused: someone marked it Done. */
function othersChange(src: string, endpoint: string, status: string, id = uniqueKey('other-tab')): OutboxEntry {
  const record: ActionStatusChange = {
    id,
    action: 'A-overdue',
    status: status as ActionStatusChange['status'],
    was: 'open',
    by: 'p-chair',
    at: '2019-12-10T09:00:00Z',
  };
  return {
    kind: 'action-status',
    record,
    id,
    channel: resolveDocumentUrl(endpoint),
    documentUrl: resolveDocumentUrl(src),
    queuedAt: '2019-12-10T09:00:00Z',
    sequence: Date.now() * 1000,
    attempts: 1,
    nextAttemptAt: 0,
  };
}

const refusedAsChangedSince = (entry: OutboxEntry): OutboxStatus => ({
  state: 'rejected',
  entry,
  reason: 'Someone else changed it.',
  refusal: {
    by: 'host',
    status: 422,
    code: 'changed-since',
    values: { action: 'A-overdue', status: 'done', was: 'open' },
    message: 'Someone else changed it.',
  },
});

describe('another tab’s change refused as changed since it was made', () => {
  failOnPageErrors();
  let otherTab: BroadcastChannel;
  beforeEach(() => (otherTab = new BroadcastChannel('partnership-kit-outbox')));
  afterEach(() => otherTab.close());

  it('fetches the document again once for the tab, not once for each element that shows it', async () => {
    const { key, src, endpoint, before } = await settledTrackers('refusal-refetch');
    const entry = othersChange(src, endpoint, 'in-progress');
    otherTab.postMessage({ state: 'sending', entry });
    await until(() => outboxForPage().$status.get()[entry.id]?.state === 'sending', 'the other tab sending it');
    otherTab.postMessage(refusedAsChangedSince(entry));
    await until(() => outboxForPage().$status.get()[entry.id]?.state === 'rejected', 'the refusal heard');
    await pause(1500);
    expect((await requestCount(key)) - before, 'fetches of the document').to.equal(1);
  });

  it('fetches it once when the refusal waits for the change it was made on, then is told on its own', async () => {
    // The other tab sends In progress; Done, made on it, is refused meanwhile: shown at once as refused and waiting
    // for In progress's answer, then told on its own when the host takes In progress. One fetch says it all.
    const { key, src, endpoint, before } = await settledTrackers('refusal-refetch-waiting');
    const earlier = othersChange(src, endpoint, 'in-progress');
    const later = othersChange(src, endpoint, 'done');
    later.record = { ...(later.record as ActionStatusChange), was: 'in-progress' };
    later.sequence = (earlier.sequence ?? 0) + 1;
    otherTab.postMessage({ state: 'sending', entry: earlier });
    await until(() => outboxForPage().$status.get()[earlier.id]?.state === 'sending', 'the other tab sending it');
    otherTab.postMessage(refusedAsChangedSince(later));
    const shown = () => outboxForPage().$status.get()[later.id] as Extract<OutboxStatus, { state: 'rejected' }>;
    await until(() => shown()?.waitingOn !== undefined, 'the refusal heard, waiting on the earlier change');
    await pause(1000);
    otherTab.postMessage({ state: 'recorded', entry: earlier });
    await until(() => shown()?.waitingOn === undefined, 'told on its own');
    await pause(1500);
    expect((await requestCount(key)) - before, 'fetches of the document').to.equal(1);
  });

  it('fetches it once for two refusals far apart when the second change was sent before the fetch was answered', async () => {
    // The other tab sent In progress and then Done (made on Open, on another device's copy); the host refused both.
    // The first refusal's fetch brings what refused the second too: that one was sent before the fetch was answered.
    const { key, src, endpoint, before } = await settledTrackers('refusal-refetch-sent-before');
    const first = othersChange(src, endpoint, 'in-progress');
    const second = othersChange(src, endpoint, 'done');
    second.sequence = (first.sequence ?? 0) + 1;
    const landed = landedFetches(src);
    try {
      const fetchedBefore = landed.count();
      for (const entry of [first, second]) otherTab.postMessage({ state: 'sending', entry });
      await until(() => outboxForPage().$status.get()[second.id]?.state === 'sending', 'both sent');
      otherTab.postMessage(refusedAsChangedSince(first));
      await until(() => landed.count() === fetchedBefore + 1, 'the first refusal’s fetch answered');
      // Further apart than any debounce of the document's fetches.
      await pause(600);
      otherTab.postMessage(refusedAsChangedSince(second));
      await until(() => outboxForPage().$status.get()[second.id]?.state === 'rejected', 'the second refusal heard');
      await pause(1500);
    } finally {
      landed.stop();
    }
    expect((await requestCount(key)) - before, 'fetches of the document').to.equal(1);
  });

  it('fetches it again for a change sent after the fetch was answered: the host changed it since', async () => {
    const { key, src, endpoint, before } = await settledTrackers('refusal-refetch-sent-after');
    const first = othersChange(src, endpoint, 'in-progress');
    const landed = landedFetches(src);
    try {
      const fetchedBefore = landed.count();
      otherTab.postMessage({ state: 'sending', entry: first });
      await until(() => outboxForPage().$status.get()[first.id]?.state === 'sending', 'the first sent');
      otherTab.postMessage(refusedAsChangedSince(first));
      await until(() => landed.count() === fetchedBefore + 1, 'the first refusal’s fetch answered');
      const later = othersChange(src, endpoint, 'done');
      otherTab.postMessage({ state: 'sending', entry: later });
      await until(() => outboxForPage().$status.get()[later.id]?.state === 'sending', 'the later one sent');
      otherTab.postMessage(refusedAsChangedSince(later));
      await until(() => landed.count() === fetchedBefore + 2, 'the later refusal’s fetch answered');
      await pause(1000);
    } finally {
      landed.stop();
    }
    expect((await requestCount(key)) - before, 'fetches of the document').to.equal(2);
  });
});
