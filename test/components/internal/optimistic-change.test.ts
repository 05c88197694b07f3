// The optimistic-change controller on its own, in an element of the test's
// own whose changes are an action's status: a change shows at once, goes
// through the outbox to the host's submit function, and is put back when the
// host refuses it; two changes to one action; and the element taken off the
// page while its change is on its way.
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import type { UseStore } from 'idb-keyval';
import {
  documentStoreFor,
  outboxForPage,
  relayDocument,
  reloadDocument,
  resolveDocumentUrl,
  type SubmitFunction,
} from '../../../src/data/index.js';
import { withActionStatus, type ActionStatusChange } from '../../../src/rules/index.js';
import { defineElement } from '../../../components/internal/define.js';
import { PartnershipElement } from '../../../components/internal/partnership-element.js';
import {
  OptimisticChangeController,
  type ChangeItem,
  type ChangeKind,
} from '../../../components/internal/optimistic-change.js';
import { minimalDocument } from '../../fixtures/documents.js';
import { documentUrl, failOnPageErrors, untilShows, uniqueKey } from '../../fixtures/probe-element.js';
import { until } from '../../fixtures/show-element.js';

type StatusItem = Extract<ChangeItem, { kind: 'action-status' }>;
type Status = ActionStatusChange['status'];

/** Each element's submit channel is its own, so no test's records wait for another test's element. */
let nextChannel = '';

/** An action's status, said plainly: the words are the kind's, the controller only says them when. */
function statusKind(element: ChangeProbe): ChangeKind<StatusItem, Status | undefined> {
  const action = (document: PartnershipDocument, id: string) => document.actions.find((a) => a.id === id);
  return {
    kind: 'action-status',
    submitChannel: nextChannel,
    target: (change) => change.action,
    apply: withActionStatus,
    read: (document, change) => action(document, change.action)?.status,
    write: (document, change, status) => withActionStatus(document, { ...change, status: status ?? 'open' }),
    refusal: (_, change) => (change.status === 'dropped' ? () => 'not allowed here' : undefined),
    shows: (entry) => entry.documentUrl === element.srcUrl(),
    actingFor: () => 'p-chair',
    events: { recorded: 'probe-recorded', rejected: 'probe-rejected' },
    words: {
      saving: (change) => () => `saving ${change.status}`,
      unchanged: (change) => () => `already ${change.status}`,
      queued: (change, problem) => () => `kept ${change.status}: ${problem}`,
      saved: (change) => () => `saved ${change.status}`,
      rolledBack: (change, status) => () => `put back ${change.status}: ${status.reason}`,
    },
  };
}

class ChangeProbe extends PartnershipElement {
  submit?: SubmitFunction;
  endpoint?: string;
  readonly changes = new OptimisticChangeController(
    this,
    { state: () => this.source.state, emit: (name, detail) => this.emit(name, detail) },
    statusKind(this),
  );

  srcUrl(): string | undefined {
    return this.source.state.url;
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const said = this.changes.announcement?.(this.msg, this.namesOf(document)) ?? '';
    return html`<p class="status">status ${document.actions[0]!.status}</p>
      <p role="status">${said}</p>`;
  }
}
defineElement('change-probe', ChangeProbe);

/** A submit function whose answers the test gives, one record at a time. */
function heldHost() {
  type Answer = Awaited<ReturnType<SubmitFunction>>;
  const sent: ActionStatusChange[] = [];
  const answers: ((answer?: Answer) => void)[] = [];
  const submit: SubmitFunction = (record) =>
    new Promise((resolve) => {
      sent.push(record as ActionStatusChange);
      answers.push(resolve);
    });
  return {
    sent,
    submit,
    answer: (index: number, answer?: Answer) => answers[index]!(answer),
    /** The page's outbox sends one record at a time: an answer held past a test would hold up the next. */
    answerAll: () => answers.forEach((resolve) => resolve()),
  };
}

/** The record of a change to the test document's one action. */
/**
 * Holds the page outbox's writes to the device (a busy phone's IndexedDB taking its time) until `release()`, from
 * which it writes again as ever; `waiting()` counts the writes held.
 */
function holdWrites() {
  const outbox = outboxForPage() as unknown as { database: UseStore };
  const real = outbox.database;
  const held: (() => void)[] = [];
  outbox.database = (mode, callback) =>
    mode === 'readwrite'
      ? new Promise((resolve, reject) => held.push(() => void real(mode, callback).then(resolve, reject)))
      : real(mode, callback);
  return {
    waiting: () => held.length,
    release() {
      outbox.database = real;
      held.splice(0).forEach((write) => write());
    },
  };
}

const change = (status: Status): ActionStatusChange => ({
  id: crypto.randomUUID(),
  action: 'A-01',
  status,
  ...(status === 'done' ? { completed: '2019-10-20' } : {}),
  by: 'p-chair',
  at: new Date().toISOString(),
});

describe('OptimisticChangeController', () => {
  failOnPageErrors();

  let probe: ChangeProbe;
  let src: string;
  let host: ReturnType<typeof heldHost>;
  let events: CustomEvent<{ change: ActionStatusChange; reason?: string }>[];

  const said = () => probe.shadowRoot!.querySelector('[role=status]')?.textContent?.trim() ?? '';
  /** The action's status in the page's one store of the document: what every element showing it sees. */
  const stored = () => {
    const state = documentStoreFor(src).get();
    return state.status === 'ready' ? state.document.actions[0]!.status : state.status;
  };
  const eventNames = () => events.map((event) => event.type);

  beforeEach(async () => {
    nextChannel = `submit:${uniqueKey('change-probe')}`;
    src = documentUrl(minimalDocument(), uniqueKey('optimistic'));
    host = heldHost();
    events = [];
    probe = document.createElement('change-probe') as ChangeProbe;
    probe.submit = host.submit;
    probe.setAttribute('src', src);
    for (const name of ['probe-recorded', 'probe-rejected']) {
      probe.addEventListener(name, (event) => events.push(event as (typeof events)[number]));
    }
    document.body.append(probe);
    await untilShows(probe, 'status open');
  });
  afterEach(() => {
    host.answerAll();
    probe.remove();
  });

  it('shows a change at once and says it is saving, before the host answers; sends it once', async () => {
    const record = change('done');
    await probe.changes.change(record);
    expect(stored()).to.equal('done');
    await probe.updateComplete;
    expect(said()).to.equal('saving done');
    await until(() => host.sent.length === 1, 'sent to the host');
    expect(host.sent[0]).to.deep.equal(record);
    expect(events).to.have.length(0);
  });

  it('once the host has it: says saved, fires the recorded event, and the change stays', async () => {
    const record = change('in-progress');
    await probe.changes.change(record);
    await until(() => host.sent.length === 1, 'sent');
    host.answer(0);
    await untilShows(probe, 'saved in-progress');
    expect(eventNames()).to.deep.equal(['probe-recorded']);
    expect(events[0]!.detail.change).to.deep.equal(record);
    expect(stored()).to.equal('in-progress');
  });

  it('a refusal puts the action back as it was, says why and fires the rejected event', async () => {
    await probe.changes.change(change('done'));
    await until(() => host.sent.length === 1, 'sent');
    host.answer(0, { rejected: 'Only the owner.' });
    await untilShows(probe, 'put back done: Only the owner.');
    expect(stored()).to.equal('open');
    await untilShows(probe, 'status open');
    expect(eventNames()).to.deep.equal(['probe-rejected']);
    expect(events[0]!.detail.reason).to.equal('Only the owner.');
  });

  it('sends nothing for a change that changes nothing, nor for one the kind says the host would refuse', async () => {
    await probe.changes.change(change('open'));
    await untilShows(probe, 'already open');
    await probe.changes.change(change('dropped'));
    await untilShows(probe, 'not allowed here');
    expect(stored()).to.equal('open');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host.sent).to.have.length(0);
  });

  it('two changes to one action: the later stays shown when the earlier is refused; refused too, back to before both', async () => {
    await probe.changes.change(change('in-progress'));
    await until(() => host.sent.length === 1, 'the first on its way');
    await probe.changes.change(change('done'));
    expect(stored()).to.equal('done');
    host.answer(0, { rejected: 'No.' });
    await untilShows(probe, 'put back in-progress: No.');
    expect(stored(), 'the later change, still on its way, stays shown').to.equal('done');
    await until(() => host.sent.length === 2, 'the second on its way');
    host.answer(1, { rejected: 'No.' });
    await untilShows(probe, 'put back done: No.');
    expect(stored()).to.equal('open');
    expect(eventNames()).to.deep.equal(['probe-rejected', 'probe-rejected']);
  });

  it('a change dropped late, made on one refused as changed since, puts nothing back over the copy fetched since', async () => {
    // In progress, then Done made on it. Someone else dropped the action: the first is refused, and its refusal
    // fetches the document again. The second, held by another tab meanwhile, is dropped unsent only once that
    // copy is shown: what was there before the first is not what the host holds.
    const first: ActionStatusChange = { ...change('in-progress'), was: 'open' };
    const second: ActionStatusChange = { ...change('done'), was: 'in-progress' };
    await probe.changes.change(first);
    await until(() => host.sent.length === 1, 'the first on its way');
    let letGo = () => {};
    const otherTab = new Promise<void>((resolve) => (letGo = resolve));
    await new Promise<void>((held) => {
      void navigator.locks.request(`partnership-kit-outbox:${second.id}`, () => (held(), otherTab));
    });
    await probe.changes.change(second);

    const url = resolveDocumentUrl(src);
    const hostHolds = minimalDocument();
    hostHolds.actions[0]!.status = 'dropped';
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input) === url
        ? Promise.resolve(new Response(JSON.stringify(hostHolds), { headers: { 'Content-Type': 'application/json' } }))
        : realFetch(input, init);
    const fetchedAt = () => (documentStoreFor(src).get() as { fetchedAt?: string }).fetchedAt;
    try {
      const shownFrom = fetchedAt();
      const values = { action: 'A-01', status: 'dropped', was: 'open' };
      host.answer(0, { rejected: 'Someone else changed it.', code: 'changed-since', values });
      await until(() => fetchedAt() !== shownFrom, 'the document fetched again');
      expect(stored(), 'the second, still waiting, laid over the fresh copy').to.equal('done');
      letGo();
      await until(() => outboxForPage().$status.get()[second.id]?.state === 'rejected', 'the second dropped', 5000);
      expect(stored(), 'not put back to before the first, over the fresh copy').to.not.equal('open');
      await until(() => stored() === 'dropped', 'what the host holds');
      expect(host.sent, 'the second never sent').to.have.length(1);
    } finally {
      window.fetch = realFetch;
      letGo();
    }
  });

  it('a change dropped late leaves the screen at once, not when the next fetch of the document lands', async () => {
    // As above; the fetch the drop would wait for is slow (a phone on a poor connection): until it lands, the page
    // showed Done, which will never be saved.
    const first: ActionStatusChange = { ...change('in-progress'), was: 'open' };
    const second: ActionStatusChange = { ...change('done'), was: 'in-progress' };
    await probe.changes.change(first);
    await until(() => host.sent.length === 1, 'the first on its way');
    let letGo = () => {};
    const otherTab = new Promise<void>((resolve) => (letGo = resolve));
    await new Promise<void>((held) => {
      void navigator.locks.request(`partnership-kit-outbox:${second.id}`, () => (held(), otherTab));
    });
    await probe.changes.change(second);

    const url = resolveDocumentUrl(src);
    const hostHolds = minimalDocument();
    hostHolds.actions[0]!.status = 'dropped';
    const realFetch = window.fetch;
    let slow = false;
    window.fetch = (input, init) =>
      String(input) !== url
        ? realFetch(input, init)
        : slow
          ? new Promise<Response>(() => {})
          : Promise.resolve(
              new Response(JSON.stringify(hostHolds), { headers: { 'Content-Type': 'application/json' } }),
            );
    const fetchedAt = () => (documentStoreFor(src).get() as { fetchedAt?: string }).fetchedAt;
    const shownWhenDropped: string[] = [];
    const stop = outboxForPage().$status.subscribe((statuses) => {
      if (statuses[second.id]?.state === 'rejected' && shownWhenDropped.length === 0) shownWhenDropped.push(stored());
    });
    try {
      const shownFrom = fetchedAt();
      const values = { action: 'A-01', status: 'dropped', was: 'open' };
      host.answer(0, { rejected: 'Someone else changed it.', code: 'changed-since', values });
      await until(() => fetchedAt() !== shownFrom, 'the document fetched again');
      expect(stored(), 'the second, still waiting, laid over the fresh copy').to.equal('done');
      slow = true;
      letGo();
      await until(() => shownWhenDropped.length > 0, 'the second dropped', 5000);
      expect(shownWhenDropped, 'what the host holds, the moment the second is dropped').to.deep.equal(['dropped']);
      expect(host.sent, 'the second never sent').to.have.length(1);
    } finally {
      stop();
      window.fetch = realFetch;
      letGo();
    }
  });

  it('a change still being written to the device stays shown when the document is drawn again meanwhile', async () => {
    // A busy phone's IndexedDB takes its time: while Done is written, another element's refusal draws the document
    // again from the host's copy (relayDocument), and a fetch lands. Done went, and came back (or not) after.
    const writes = holdWrites();
    const shown: string[] = [];
    const stop = documentStoreFor(src).subscribe(() => {
      if (shown.at(-1) !== stored()) shown.push(stored());
    });
    try {
      const saving = probe.changes.change(change('done'));
      await until(() => writes.waiting() > 0, 'Done being written to the device');
      relayDocument(src);
      expect(stored(), 'drawn again from the host’s copy').to.equal('done');
      await reloadDocument(src);
      expect(stored(), 'a fetch landed').to.equal('done');
      writes.release();
      await saving;
      await until(() => host.sent.length === 1, 'sent');
      host.answer(0);
      await untilShows(probe, 'saved done');
      expect(shown, 'never back to Open and forth').to.deep.equal(['open', 'done']);
    } finally {
      writes.release();
      stop();
    }
  });

  it('the host’s answer to an earlier change leaves a later one to the same action, still being written, shown', async () => {
    await probe.changes.change(change('in-progress'));
    await until(() => host.sent.length === 1, 'In progress on its way');
    const writes = holdWrites();
    try {
      const saving = probe.changes.change(change('done'));
      await until(() => writes.waiting() > 0, 'Done being written to the device');
      host.answer(0);
      await untilShows(probe, 'saved in-progress');
      expect(stored(), 'Done, made after, stays shown').to.equal('done');
      writes.release();
      await saving;
      await until(() => host.sent.length === 2, 'Done on its way');
      expect(stored()).to.equal('done');
    } finally {
      writes.release();
    }
  });

  it('taken off the page mid-send: a refusal still puts the shared document back; no event off the page; said on its return', async () => {
    const subscriptions = () => (outboxForPage().$status as unknown as { lc: number }).lc;
    await probe.changes.change(change('done'));
    await until(() => host.sent.length === 1, 'sent');
    probe.remove();
    const away = subscriptions();
    host.answer(0, { rejected: 'Too late.' });
    await until(() => stored() === 'open', 'put back in the store every element shares');
    expect(subscriptions(), 'it stops following the outbox once nothing of its own waits').to.equal(away - 1);
    expect(events, 'no event from an element off the page').to.have.length(0);
    document.body.append(probe);
    await untilShows(probe, 'put back done: Too late.');
    await untilShows(probe, 'status open');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events, 'nor once it is back: the refusal is not news twice').to.have.length(0);
  });
});
