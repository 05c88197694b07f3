// <action-tracker editable>: a change another tab's earlier change to the same action is still being sent under,
// which the host refused meanwhile (outbox-tell-once.ts). The page shows it at once as what it is: put back, its
// row saying it was not saved and waits for the answer to the earlier change, in English and Welsh; the status
// region says nothing and no event fires until it is told, once, with that answer. The outbox's news is given
// here as it gives it, the host's answer to the change held.
import { expect } from '@open-wc/testing';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import type { ActionStatusChange } from '../../../src/rules/index.js';
import { documentStoreFor, outboxForPage, type OutboxEntry, type SubmitFunction } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { actionRow, editableTracker, saveStatus } from './editable-tracker.js';

const noteOf = (tracker: ActionTracker) => textOf(actionRow(tracker, 'Due yesterday').querySelector('.change-note'));
const announcement = (tracker: ActionTracker) =>
  textOf(shadowOf(tracker).querySelector('[role="status"]:not(.shown-count)'));
const shownStatus = (tracker: ActionTracker) => {
  const state = documentStoreFor(tracker.getAttribute('src')!).get();
  return state.status === 'ready' ? state.document.actions.find((a) => a.id === 'A-overdue')?.status : undefined;
};

/** The host refused it as changed since: someone else marked the action Done. */
const refusal = {
  by: 'host' as const,
  status: 422,
  code: 'changed-since',
  values: { action: 'A-overdue', status: 'done', was: 'in-progress' },
  message: 'Someone else changed it.',
};

async function changeUnderAnotherTabs(lang?: string) {
  const sent: ((answer: Awaited<ReturnType<SubmitFunction>>) => void)[] = [];
  const tracker = await editableTracker(undefined, lang ? { lang } : {});
  tracker.submit = (_record) => new Promise((answer) => sent.push(answer));
  await tracker.updateComplete;
  const rejected: ActionStatusChange[] = [];
  tracker.addEventListener('action-rejected', (e) => rejected.push((e as CustomEvent).detail.change));
  await saveStatus(tracker, 'Due yesterday', 'dropped');
  await until(() => sent.length === 1, 'the change is being sent');
  const entry = outboxForPage().$status.get()[Object.keys(outboxForPage().$status.get()).at(-1)!]!.entry;
  // Another tab's change to In progress, which this one was made on, still on its way there.
  const earlier = {
    ...entry,
    id: `${entry.id}-earlier`,
    sequence: (entry.sequence ?? 0) - 1,
    record: { ...(entry.record as ActionStatusChange), id: `${entry.id}-earlier`, status: 'in-progress', was: 'open' },
  } as OutboxEntry;
  const show = (news: object) =>
    outboxForPage().$status.setKey(entry.id, {
      state: 'rejected',
      entry,
      reason: 'Someone else changed it.',
      refusal,
      ...news,
    });
  return { tracker, rejected, earlier, show, answer: () => sent[0]!({ rejected: 'Someone else changed it.' }) };
}

describe('<action-tracker editable>: a change refused while another tab still sends the one it was made on', () => {
  failOnPageErrors();

  it('is put back at once, its row says it waits for the other, and it is told once, with that answer', async () => {
    const { tracker, rejected, earlier, show, answer } = await changeUnderAnotherTabs();
    const t = en.actions;
    const saying = announcement(tracker);
    show({ waitingOn: earlier });
    const waiting = t.change.waitingOn(t.recordStatus('dropped'), t.recordStatus('in-progress'));
    await until(() => noteOf(tracker) === waiting, 'the row: not saved, waiting for the answer to the other');
    expect(shownStatus(tracker), 'put back: Dropped will not be saved').to.equal('open');
    expect(announcement(tracker), 'nothing said yet').to.equal(saying);
    expect(rejected, 'no event yet').to.deep.equal([]);

    show({ madeOn: earlier });
    await until(
      () => noteOf(tracker).startsWith(t.change.notSent(t.recordStatus('dropped'), t.recordStatus('in-progress'), '')),
      'told with the other’s refusal',
    );
    expect(
      rejected.map((change) => change.status),
      'its event, once',
    ).to.deep.equal(['dropped']);
    answer();
  });

  it('in Welsh: the row says it waits for the other', async () => {
    const { tracker, earlier, show, answer } = await changeUnderAnotherTabs('cy');
    const w = cy.actions;
    show({ waitingOn: earlier });
    const waiting = w.change.waitingOn(w.recordStatus('dropped'), w.recordStatus('in-progress'));
    await until(() => noteOf(tracker) === waiting, 'the row, in Welsh');
    answer();
  });
});
