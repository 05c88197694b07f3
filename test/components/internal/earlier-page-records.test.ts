/**
 * Records an earlier page left on the device, sent when this page comes to
 * send them: the entries partnership-kit 0.1.0 left in its outbox (a member
 * offline when the upgrade landed), read back from IndexedDB. Until the host
 * answers, the member sees their vote is on its way. Before, a record from an
 * earlier page went straight to 'sending' and the panel drew nothing of it: for
 * as long as the host took (up to 15 s on a slow one) it showed their earlier
 * vote as their current one, and no sign of the one they had cast.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, del, set } from 'idb-keyval';
import '../../../components/vote-panel/vote-panel.js';
import '../../../components/action-tracker/action-tracker.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { outboxForPage, type OutboxEntry } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { shownText } from '../../fixtures/text.js';

const t = en.votePanel;
const VISIT = 'Visit two satellite class sites with Carew Academy';
const outboxRecords = createStore('partnership-kit-outbox', 'records');

/** 0.1.0's entries (test/fixtures/release-0.1.0/), with this test's endpoint and document in place of its host's. */
async function earlierEntry(kind: string, channel: string, documentUrl: string): Promise<OutboxEntry> {
  const fixture = (await (await fetch('/test/fixtures/release-0.1.0/outbox-entries.json')).json()) as Record<
    string,
    OutboxEntry
  >;
  const entry = fixture[kind]!;
  const id = `${entry.id}-${Math.random()}`;
  return { ...entry, id, record: { ...entry.record, id }, channel, documentUrl } as OutboxEntry;
}

/** A host at `endpoint` that answers only when the test says. */
function heldEndpoint(endpoint: string, fetchBefore: typeof fetch) {
  const held = { sent: [] as string[], answer: (_response: Response) => undefined as void };
  window.fetch = (url, init) => {
    if (new URL(String(url), location.href).pathname !== endpoint) return fetchBefore(url, init);
    held.sent.push(String(init?.body));
    return new Promise((resolve) => (held.answer = resolve));
  };
  return held;
}

describe('records an earlier page left on the device', () => {
  const fetchBefore = window.fetch;
  const left: string[] = [];
  afterEach(async () => {
    window.fetch = fetchBefore;
    document.querySelectorAll('vote-panel, action-tracker').forEach((e) => e.remove());
    for (const id of left.splice(0)) {
      await del(id, outboxRecords);
      outboxForPage().$status.setKey(id, undefined as never);
    }
  });

  it('a vote is shown as on its way while the host has not answered, then as recorded', async () => {
    const endpoint = `/votes-earlier-${Math.random()}`;
    const src = `/demo/data/sutton.json?earlier=${Math.random()}`;
    const panel = document.createElement('vote-panel') as VotePanel;
    const attrs = { proposal: 'wsoa-reporting', voter: 'p-carew-head', endpoint, src, today: '2019-12-10' };
    for (const [name, value] of Object.entries({ ...attrs, now: '2019-12-10T16:35:00Z' })) {
      panel.setAttribute(name, value);
    }
    document.body.append(panel);
    await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel shows the proposal', { timeout: 4000 });

    const host = heldEndpoint(endpoint, fetchBefore);
    const entry = await earlierEntry('vote', new URL(endpoint, location.href).href, new URL(src, location.href).href);
    left.push(entry.id);
    await set(entry.id, entry, outboxRecords);
    void outboxForPage().flush();
    await waitUntil(() => host.sent.length === 1, 'the vote is sent', { timeout: 4000 });

    await waitUntil(() => shownText(panel).includes(t.waiting('for')), 'shown as on its way', { timeout: 2000 });
    host.answer(new Response(JSON.stringify({ id: entry.id, stored: entry.record }), { status: 201 }));
    await waitUntil(() => !shownText(panel).includes(t.waiting('for')), 'no longer waiting', { timeout: 4000 });
    expect(host.sent).to.have.length(1);
  });

  it('an action’s status is said to be saving while the host has not answered, then saved', async () => {
    const endpoint = `/actions-earlier-${Math.random()}`;
    const src = `/demo/data/sutton.json?earlier=${Math.random()}`;
    const tracker = document.createElement('action-tracker');
    const attrs = { src, editable: '', editor: 'p-carew-head', endpoint, today: '2019-12-10' };
    for (const [name, value] of Object.entries(attrs)) tracker.setAttribute(name, value);
    document.body.append(tracker);
    await waitUntil(() => shownText(tracker).includes(VISIT), 'the tracker shows the action', { timeout: 4000 });

    const host = heldEndpoint(endpoint, fetchBefore);
    const entry = await earlierEntry(
      'action-status',
      new URL(endpoint, location.href).href,
      new URL(src, location.href).href,
    );
    left.push(entry.id);
    await set(entry.id, entry, outboxRecords);
    void outboxForPage().flush();
    await waitUntil(() => host.sent.length === 1, 'the change is sent', { timeout: 4000 });

    const saving = en.actions.saving(VISIT);
    await waitUntil(() => shownText(tracker).includes(saving), 'said to be saving', { timeout: 2000 });
    // On its row too, though the document fetched does not show it yet: the change is not lost from sight.
    const sending = en.actions.change.sending(en.actions.recordStatus('done'));
    await waitUntil(() => shownText(tracker).includes(sending), 'its row says it is being sent', { timeout: 2000 });
    host.answer(new Response(JSON.stringify({ id: entry.id, stored: entry.record }), { status: 201 }));
    await waitUntil(() => shownText(tracker).includes(en.actions.saved(VISIT)), 'said to be saved', { timeout: 4000 });
    expect(shownText(tracker), 'nothing more on its row once saved').not.to.include(sending);
    expect(host.sent).to.have.length(1);
  });
});
