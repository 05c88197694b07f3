/**
 * A live channel whose host sets `retry: 0` and ends each stream once it has sent its records, over the browser's
 * own EventSource (the test server's respond route): left to the browser's retry, the stream was opened again at
 * once, over and over, some 60 times a second. The page reopens it itself, paced as any request it makes.
 */
import { expect } from '@open-wc/testing';
import { configureData, forgetDocumentStores } from '../../../src/data/index.js';
import { minimalDocument } from '../../fixtures/documents.js';
import {
  documentUrl,
  failOnPageErrors,
  requestCount,
  respondUrl,
  uniqueKey,
  untilShows,
} from '../../fixtures/probe-element.js';

/** Records, one a line cut short, then the stream ends: what a host that writes and closes sends. */
const RECORDS_THEN_END = [
  'retry: 0',
  '',
  'id: 5',
  'event: changed',
  'data: {"proposal":"plan"}',
  '',
  'event: record',
  'data: {"kind":"vote","rec',
  '',
].join('\n');

describe('a live channel that asks to be reopened at once', function () {
  this.timeout(20_000);
  failOnPageErrors();
  // The page's second (`askingGapMs`) shortened, and the wait with it: the same pacing, in less time.
  const second = 300;
  let restoreOptions = () => {};
  beforeEach(() => (restoreOptions = configureData({ askingGapMs: second })));
  afterEach(() => {
    forgetDocumentStores();
    restoreOptions();
  });

  it('is reopened at most about once a (shortened) second, not as often as the browser can', async () => {
    const streamKey = uniqueKey('retry-0');
    const live = respondUrl({ key: streamKey, type: 'text/event-stream', body: RECORDS_THEN_END });
    const probe = document.createElement('probe-element');
    probe.setAttribute('src', documentUrl(minimalDocument()));
    probe.setAttribute('live', live);
    document.body.append(probe);
    try {
      await untilShows(probe, 'Test Education Partnership');
      await new Promise((resolve) => setTimeout(resolve, 8 * second));
      // The first stream and the browser's own retry, then one reopening every two (shortened) seconds or so:
      // 6 in eight shortened seconds, where the browser alone would have asked hundreds of times. At least 5, so
      // that the page's pace is seen to follow `askingGapMs`: at the default real second the count stays at 4 or
      // less in the same 2.4 s.
      expect(await requestCount(streamKey)).to.be.within(5, 10);
    } finally {
      probe.remove();
    }
  });
});
