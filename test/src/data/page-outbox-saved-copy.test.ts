/**
 * A reload while offline: the document is the copy saved on this device, and the outbox's records still waiting
 * are read from the device too, each in its own time. Whichever comes first, the elements show the document with
 * the waiting changes laid over it, as they did before the reload (page-outbox.ts): an action's row showed its
 * old status beside "Your change to 'In progress' is … waiting to be sent", and stayed so.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, del, set } from 'idb-keyval';
import '../../../components/action-tracker/action-tracker.js';
import '../../../components/quorum-indicator/quorum-indicator.js';
import '../../../components/vote-panel/vote-panel.js';
import { outboxForPage, resolveDocumentUrl, saveDocument, type OutboxEntry } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { attendanceRadios, shownAttendance } from '../../components/quorum-indicator/check-in-fixture.js';
import { shadowOf } from '../../fixtures/show-element.js';
import { shownText, textOf } from '../../fixtures/text.js';

const VISIT = 'Visit two satellite class sites with Carew Academy';
const outboxRecords = createStore('partnership-kit-outbox', 'records');

/** The entries an offline page left in the outbox (test/fixtures/release-0.1.0/), sent to `channel`, of `documentUrl`. */
async function leftEntry(kind: string, channel: string, documentUrl: string): Promise<OutboxEntry> {
  const fixture = (await (await fetch('/test/fixtures/release-0.1.0/outbox-entries.json')).json()) as Record<
    string,
    OutboxEntry
  >;
  const entry = fixture[kind]!;
  const id = `${entry.id}-${Math.random()}`;
  const channelUrl = new URL(channel, location.href).href;
  return {
    ...entry,
    id,
    record: { ...entry.record, id },
    channel: channelUrl,
    documentUrl,
    nextAttemptAt: 0,
  } as OutboxEntry;
}

describe('a reload offline: the saved copy with the changes still waiting on this device', () => {
  failOnPageErrors();
  const stubFetch = freshDocumentsEachTest();
  const left: string[] = [];
  let shown: HTMLElement | undefined;
  afterEach(async () => {
    shown?.remove();
    for (const id of left.splice(0)) {
      await del(id, outboxRecords);
      outboxForPage().$status.setKey(id, undefined as never);
    }
  });

  /**
   * The Sutton document saved on this device at `src`, the outbox entry of `kind` left beside it, and every fetch
   * of the document and to `endpoint` failing as a device offline does: then `element` with `attrs` on the page.
   */
  async function reloadOffline(kind: string, element: string, attrs: Record<string, string>): Promise<HTMLElement> {
    const src = `/demo/data/sutton.json?reload=${Math.random()}`;
    const url = resolveDocumentUrl(src);
    const endpoint = `/offline-${kind}-${Math.random()}`;
    const json: unknown = await (await fetch('/demo/data/sutton.json')).json();
    await saveDocument(url, { json, fetchedAt: '2019-12-10T09:00:00.000Z' });
    const entry = await leftEntry(kind, endpoint, url);
    left.push(entry.id);
    await set(entry.id, entry, outboxRecords);
    const failing = new Set([url, new URL(endpoint, location.href).href]);
    stubFetch((requested) =>
      failing.has(new URL(requested, location.href).href)
        ? Promise.reject(new TypeError('Failed to fetch'))
        : undefined,
    );
    shown = document.createElement(element);
    for (const [name, value] of Object.entries({ src, endpoint, live: 'off', ...attrs }))
      shown.setAttribute(name, value);
    document.body.append(shown);
    // The outbox has read the entry from the device, and tried to send it: the element says it waits.
    await waitUntil(() => outboxForPage().$status.get()[entry.id]?.state === 'queued', 'the entry is read back', {
      timeout: 4000,
    });
    return shown;
  }

  it('the action tracker shows the status waiting to be sent, as its row says', async () => {
    const tracker = await reloadOffline('action-status', 'action-tracker', {
      editable: '',
      editor: 'p-carew-head',
      today: '2019-12-10',
    });
    const row = () =>
      [...shadowOf(tracker).querySelectorAll('tbody tr')].find(
        (r) => textOf(r.querySelector('.action-title')) === VISIT,
      );
    const waiting = en.actions.change.waiting(en.actions.recordStatus('done'));
    await waitUntil(() => textOf(row()?.querySelector('.change-note')).startsWith(waiting), 'the row says it waits', {
      timeout: 4000,
    });
    const checked = () => row()?.querySelector<HTMLInputElement>('.edit input[type=radio]:checked')?.value;
    await waitUntil(() => checked() === 'done', `the row shows the waiting status (shows ${checked()})`, {
      timeout: 2000,
    });
  });

  it('the check-in shows the attendance waiting to be sent', async () => {
    const indicator = await reloadOffline('attendance', 'quorum-indicator', {
      meeting: 'elg-2019-12-10',
      editable: '',
      clerk: 'p-elg-chair',
      now: '2019-12-10T16:35:00Z',
    });
    await waitUntil(() => attendanceRadios(indicator, 'elg-pru').length > 0, 'the check-in shows the seat', {
      timeout: 4000,
    });
    await waitUntil(
      () => shownAttendance(indicator, 'elg-pru') === 'holder',
      `the seat shows the waiting attendance (shows ${shownAttendance(indicator, 'elg-pru')})`,
      { timeout: 2000 },
    );
  });

  it('the vote panel shows the vote waiting to be sent as the member’s', async () => {
    const panel = await reloadOffline('vote', 'vote-panel', {
      proposal: 'wsoa-reporting',
      voter: 'p-carew-head',
      today: '2019-12-10',
      now: '2019-12-10T16:35:00Z',
    });
    await waitUntil(() => shownText(panel).includes(en.votePanel.waiting('for')), 'the vote is shown waiting', {
      timeout: 4000,
    });
    expect(shownText(panel)).to.include(en.votePanel.yourVote);
  });
});
