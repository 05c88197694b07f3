// <action-tracker editable>: a status change the outbox holds behind another
// (it sends one record at a time, in order) is on its action's row from the
// moment it is saved on this device: waiting, then being sent, then gone once
// the host has it, or refused with the reason. The status region says it is
// waiting once. The host here is the tracker's `submit`, answered by the test.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import type { ActionStatusChange } from '../../../src/rules/index.js';
import { outboxForPage, resolveDocumentUrl, type SubmitFunction } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import { failOnPageErrors, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { shadowOf, showElement, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { actionRow, editableTracker, saveStatus, statusRadios } from './editable-tracker.js';

const t = en.actions;

/** A host whose every answer the test gives: each record waits in `sent` until answered. */
function heldHost() {
  type Answer = Awaited<ReturnType<SubmitFunction>>;
  const sent: { change: ActionStatusChange; answer: (value: Answer) => void; fail: () => void }[] = [];
  const submit: SubmitFunction = (record) =>
    new Promise<Answer>((resolve, reject) => {
      sent.push({ change: record as ActionStatusChange, answer: resolve, fail: () => reject(new Error('down')) });
    });
  return { sent, submit };
}

/** What the action's row says of its latest change not on the server yet; '' when nothing. */
const noteOf = (tracker: ActionTracker, title: string) =>
  textOf(actionRow(tracker, title).querySelector('.change-note'));
const announcement = (tracker: ActionTracker) =>
  textOf(shadowOf(tracker).querySelector('[role="status"]:not(.shown-count)'));

/** A tracker whose changes go to `host`, with one change ("Due yesterday", dropped) being sent and unanswered. */
async function oneBeingSent(host: ReturnType<typeof heldHost>, attrs: Record<string, string> = {}) {
  const tracker = await editableTracker(undefined, attrs);
  tracker.submit = host.submit;
  await tracker.updateComplete;
  await saveStatus(tracker, 'Due yesterday', 'dropped');
  await until(() => host.sent.length === 1, 'the first change is sent');
  return tracker;
}

describe('<action-tracker editable>: a change waiting behind another', () => {
  failOnPageErrors();

  it('is on its row as saved on this device and waiting, said once; then sending; then gone once saved', async () => {
    const host = heldHost();
    const tracker = await oneBeingSent(host);
    await until(
      () => noteOf(tracker, 'Due yesterday') === t.change.sending(t.recordStatus('dropped')),
      'first: sending',
    );

    await saveStatus(tracker, 'Due in eight days', 'in-progress');
    const waiting = t.change.waiting(t.recordStatus('in-progress'));
    await until(() => noteOf(tracker, 'Due in eight days') === waiting, 'second: saved here, waiting');
    expect(announcement(tracker)).to.equal(t.waiting('Due in eight days'));
    expect(host.sent, 'one record at a time').to.have.length(1);
    const note = actionRow(tracker, 'Due in eight days').querySelector('.change-note');
    expect(note?.closest('[role="status"], [aria-live]'), 'said by the status region only, not twice').to.equal(null);

    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent in its turn');
    await until(() => noteOf(tracker, 'Due yesterday') === '', 'first: nothing more to say once saved');
    await until(
      () => noteOf(tracker, 'Due in eight days') === t.change.sending(t.recordStatus('in-progress')),
      'second: sending',
    );
    expect(announcement(tracker), 'waiting is said once, not again when its turn comes').to.equal(
      t.saved('Due yesterday'),
    );

    host.sent[1]!.answer();
    await until(() => noteOf(tracker, 'Due in eight days') === '', 'second: nothing more once saved');
    expect(announcement(tracker)).to.equal(t.saved('Due in eight days'));
  });

  it('refused when its turn comes: its row says so, with the reason, and keeps saying it', async () => {
    const host = heldHost();
    const tracker = await oneBeingSent(host);
    await saveStatus(tracker, 'Due in eight days', 'in-progress');
    await until(() => noteOf(tracker, 'Due in eight days') !== '', 'second: waiting');
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent');
    host.sent[1]!.answer({ rejected: 'The action is closed.' });
    const refused = t.change.refused(t.recordStatus('in-progress'), en.shared.hostWords('The action is closed.'));
    await until(() => noteOf(tracker, 'Due in eight days') === refused, 'second: refused, with the reason');
    expect(actionRow(tracker, 'Due in eight days').querySelector('.change-note')?.getAttribute('data-change')).to.equal(
      'rejected',
    );

    // Another action's change, saved: the status region moves on, the refusal stays on its row.
    await saveStatus(tracker, 'Due in seven days', 'dropped');
    await until(() => host.sent.length === 3, 'the third is sent');
    host.sent[2]!.answer();
    await until(() => announcement(tracker) === t.saved('Due in seven days'), 'the third saved');
    expect(noteOf(tracker, 'Due in eight days')).to.equal(refused);
  });

  it('a host that cannot take it: the row says the change is kept here and why', async () => {
    const host = heldHost();
    const tracker = await oneBeingSent(host);
    host.sent[0]!.fail();
    const kept = t.change.waiting(t.recordStatus('dropped'), 'server-error');
    await until(() => noteOf(tracker, 'Due yesterday') === kept, 'kept on this device, and why');
    await until(() => host.sent.length === 2, 'tried again', 5000);
    host.sent[1]!.answer();
    await until(() => noteOf(tracker, 'Due yesterday') === '', 'nothing more once saved');
  });

  it('a host still down at each retry: why the first waits is said once, not again over the second', async () => {
    const host = heldHost();
    const tracker = await oneBeingSent(host);
    host.sent[0]!.fail();
    const kept = t.change.waiting(t.recordStatus('dropped'), 'server-error');
    await until(() => noteOf(tracker, 'Due yesterday') === kept, 'first: kept, and why');
    await saveStatus(tracker, 'Due in eight days', 'in-progress');
    await until(() => announcement(tracker) === t.waiting('Due in eight days'), 'second: said to wait');
    await until(() => host.sent.length === 2, 'the first tried again', 5000);
    expect(host.sent[1]!.change.action, 'the first goes first').to.equal(host.sent[0]!.change.action);
    host.sent[1]!.fail();
    await until(() => noteOf(tracker, 'Due yesterday') === kept, 'first: kept again, for the same reason');
    await tracker.updateComplete;
    expect(announcement(tracker), 'the same news of the first is not said again').to.equal(
      t.waiting('Due in eight days'),
    );
    await until(() => host.sent.length === 3, 'the first tried once more', 8000);
    host.sent[2]!.answer();
    await until(() => host.sent.length === 4, 'then the second');
    host.sent[3]!.answer();
    await until(() => noteOf(tracker, 'Due in eight days') === '', 'both saved');
  });

  it('by keyboard: Save on a second action while the first is sent keeps focus there, its row saying it waits', async () => {
    const host = heldHost();
    const tracker = await oneBeingSent(host);
    // Tab reaches the radios on the status chosen.
    statusRadios(actionRow(tracker, 'Due in eight days'))
      .find((radio) => radio.checked)!
      .focus();
    await sendKeys({ press: 'ArrowDown' }); // open → in progress
    await sendKeys({ press: 'Tab' });
    const save = actionRow(tracker, 'Due in eight days').querySelector('.edit button');
    expect(shadowOf(tracker).activeElement === save, 'Tab reaches Save').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const waiting = t.change.waiting(t.recordStatus('in-progress'));
    await until(() => noteOf(tracker, 'Due in eight days') === waiting, 'its row says it waits');
    const focused = shadowOf(tracker).activeElement;
    expect(focused?.closest('tr')?.querySelector('.action-title')?.textContent).to.equal('Due in eight days');
    expect(focused?.tagName).to.equal('BUTTON');
    await expectNoAxeViolations(tracker);
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent');
    host.sent[1]!.answer();
    await until(() => noteOf(tracker, 'Due in eight days') === '', 'saved');
  });

  it('in Welsh: the row and the status region say it in Welsh', async () => {
    const host = heldHost();
    const tracker = await oneBeingSent(host, { lang: 'cy' });
    const w = cy.actions;
    await saveStatus(tracker, 'Due in eight days', 'in-progress');
    const waiting = w.change.waiting(w.recordStatus('in-progress'));
    await until(() => noteOf(tracker, 'Due in eight days') === waiting, 'saved here, waiting, in Welsh');
    expect(announcement(tracker)).to.equal(w.waiting('Due in eight days'));
    expect(noteOf(tracker, 'Due yesterday')).to.equal(w.change.sending(w.recordStatus('dropped')));
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent');
    host.sent[1]!.answer();
    await until(() => noteOf(tracker, 'Due in eight days') === '', 'saved');
  });
});

/**
 * An editable tracker whose host holds each change until answered: "Due yesterday" to In progress is on its way,
 * and a second change, to `then`, made on it, waits. `rejected`: the changes its `action-rejected` events carry.
 */
async function madeOnOneOnItsWay(then: ActionStatusChange['status']) {
  const host = heldHost();
  const tracker = await editableTracker();
  tracker.submit = host.submit;
  const rejected: ActionStatusChange[] = [];
  tracker.addEventListener('action-rejected', (e) => rejected.push((e as CustomEvent).detail.change));
  await tracker.updateComplete;
  await saveStatus(tracker, 'Due yesterday', 'in-progress');
  await until(() => host.sent.length === 1, 'the first change is being sent');
  await saveStatus(tracker, 'Due yesterday', then);
  const waiting = t.change.waiting(t.recordStatus(then));
  await until(() => noteOf(tracker, 'Due yesterday') === waiting, 'the second, made on the first, waits');
  return { host, tracker, rejected };
}

describe('<action-tracker editable>: a change made on top of one the host refuses as changed since', () => {
  failOnPageErrors();

  it('is not sent, and the person is told once, with what the action says now; another action’s change goes', async () => {
    // Offline on a phone: "Due yesterday" to In progress, then to Dropped, while someone else marked it Done.
    const { host, tracker, rejected } = await madeOnOneOnItsWay('dropped');
    await saveStatus(tracker, 'Due in eight days', 'in-progress');
    await until(() => announcement(tracker) === t.waiting('Due in eight days'), 'another action’s change waits');

    const values = { action: 'A-overdue', status: 'done', was: 'open' };
    host.sent[0]!.answer({ rejected: 'Someone else changed it.', code: 'changed-since', values });
    await until(() => host.sent.length === 2, 'the next change is sent');
    expect(host.sent[1]!.change.action, 'the other action’s change, not the one made on the refused').to.equal(
      'A-later',
    );
    const reason =
      "Someone else changed 'Due yesterday' to “Done”. It read “Open” when you made your change, so yours was not saved: change it again if it should still change.";
    const notSent = t.change.notSent(t.recordStatus('dropped'), t.recordStatus('in-progress'), reason);
    await until(() => noteOf(tracker, 'Due yesterday') === notSent, 'the row says the second was not sent, and why');
    expect(announcement(tracker), 'said once').to.equal(t.rolledBack('Due yesterday', reason));
    expect(
      rejected.map((change) => change.status),
      'each change not saved is an action-rejected',
    ).to.deep.equal(['in-progress', 'dropped']);

    host.sent[1]!.answer();
    await until(() => announcement(tracker) === t.saved('Due in eight days'), 'the other action’s change is saved');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.sent, 'the change made on the refused one never reaches the host').to.have.length(2);
    expect(noteOf(tracker, 'Due yesterday'), 'the row keeps saying so').to.equal(notSent);
  });
});

describe('<action-tracker editable>: a change made on one refused as changed since, asking for what the host now holds', () => {
  failOnPageErrors();

  it('is sent, not dropped, and the person is told it is saved', async () => {
    // Offline on a phone: "Due yesterday" to In progress, then to Done, while someone else marked it Done. The
    // first is refused; the second asks for what the action now says, which the host takes whatever its `was`
    // (src/data/outbox-held.ts): dropping it would say a change was lost when nothing was.
    const { host, tracker, rejected } = await madeOnOneOnItsWay('done');

    const values = { action: 'A-overdue', status: 'done', was: 'open' };
    host.sent[0]!.answer({ rejected: 'Someone else changed it.', code: 'changed-since', values });
    await until(() => host.sent.length === 2, 'the change asking for Done is sent');
    expect(host.sent[1]!.change).to.include({ action: 'A-overdue', status: 'done', was: 'in-progress' });
    host.sent[1]!.answer();
    await until(() => announcement(tracker) === t.saved('Due yesterday'), 'the person is told it is saved');
    await until(() => noteOf(tracker, 'Due yesterday') === '', 'the row has nothing waiting or refused');
    expect(
      rejected.map((change) => change.status),
      'only the refused change is an action-rejected',
    ).to.deep.equal(['in-progress']);
  });
});

describe('<action-tracker editable>: changes an earlier page left, refused as changed since before the document loads', () => {
  failOnPageErrors();

  it('tells the person once the document is shown, naming the action by its title', async () => {
    // Left on the device offline: "Due yesterday" to In progress, then to Dropped. The page is opened again on a
    // slow connection: the tracker sends the first as soon as it is on the page, and the host's refusal arrives
    // before the document the tracker needs to word it.
    const src = respondUrl({ type: 'application/json', body: JSON.stringify(boundaryDocument()), delayMs: 1500 });
    const values = { action: 'A-overdue', status: 'done', was: 'open' };
    const refusal = { error: 'Someone else changed it.', reason: 'changed-since', values };
    const endpoint = respondUrl({ status: 422, body: JSON.stringify(refusal), refuseRecord: true, key: uniqueKey() });
    const left = (id: string, was: string, status: string) => ({
      id,
      channel: resolveDocumentUrl(endpoint),
      documentUrl: resolveDocumentUrl(src),
      kind: 'action-status' as const,
      record: { id, action: 'A-overdue', status, was, by: 'p-chair', at: '2019-12-10T09:00:00Z' } as ActionStatusChange,
    });
    const first = left(uniqueKey('first'), 'open', 'in-progress');
    const second = left(uniqueKey('second'), 'in-progress', 'dropped');
    await outboxForPage().enqueue(first);
    await outboxForPage().enqueue(second);

    const rejected: string[] = [];
    document.addEventListener('action-rejected', (e) => rejected.push((e as CustomEvent).detail.change.id));
    const tracker = await showElement<ActionTracker>('action-tracker', {
      src,
      group: 'board',
      today: '2019-12-10',
      editable: '',
      editor: 'p-chair',
      endpoint,
    });
    expect(outboxForPage().$status.get()[first.id]?.state, 'refused before the document was shown').to.equal(
      'rejected',
    );
    await until(() => actionRow(tracker, 'Due yesterday') !== undefined, 'the document shown');
    const reason =
      "Someone else changed 'Due yesterday' to “Done”. It read “Open” when you made your change, so yours was not saved: change it again if it should still change.";
    await until(
      () => announcement(tracker) === t.rolledBack('Due yesterday', reason),
      'the refusal said by the status region, with the action’s title',
    );
    const notSent = t.change.notSent(t.recordStatus('dropped'), t.recordStatus('in-progress'), reason);
    expect(noteOf(tracker, 'Due yesterday'), 'the row says the second was not sent').to.equal(notSent);
    expect(rejected.sort(), 'each change not saved is an action-rejected, once').to.deep.equal(
      [first.id, second.id].sort(),
    );
  });
});
