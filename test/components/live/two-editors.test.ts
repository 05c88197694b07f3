// Two people change the same action at once (the clerk on the office PC, the
// owner on a phone): the host stores both, in its order, and every page ends
// on the host's last. The page whose own change the host stored first must
// not keep laying it over the other's, which the live channel brings after it
// (a confirmed change is laid over a refetched document for a moment, so a
// fetch that set out before the host stored it cannot take it back). Over a
// real event stream (test/harness/events-plugin.js).
import { expect } from '@open-wc/testing';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { documentStoreFor, forgetDocumentStores, type SubmitFunction } from '../../../src/data/index.js';
import type { ActionStatusChange, AttendanceChange } from '../../../src/rules/index.js';
import type { QuorumIndicator } from '../../../components/quorum-indicator/quorum-indicator.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import {
  failOnPageErrors,
  landedFetches,
  uniqueKey,
  untilOpeningFetchLanded,
  untilShows,
} from '../../fixtures/probe-element.js';
import { shadowOf, showElement, until } from '../../fixtures/show-element.js';
import { chooseAttendance } from '../quorum-indicator/check-in-fixture.js';
import '../../../components/action-tracker/action-tracker.js';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { chooseStatus } from '../action-tracker/editable-tracker.js';

const api = (route: string, channel: string, extra = '') =>
  `/__events/${route}?channel=${encodeURIComponent(channel)}${extra}`;

async function publish(channel: string, data: unknown): Promise<void> {
  await fetch(api('send', channel, '&event=record'), { method: 'POST', body: JSON.stringify(data) });
}

/** The host stores the owner's change, and this page does not hear of it. */
async function storeOwnersChangeUnheard(channel: string): Promise<void> {
  const stored = boundaryDocument();
  const action = (stored.actions as { id: string; status?: string; completed?: string }[]).find(
    (a) => a.id === 'A-overdue',
  )!;
  Object.assign(action, { status: 'done', completed: othersChange.completed });
  await fetch(api('document', channel), { method: 'PUT', body: JSON.stringify(stored) });
}

/** The host stores the chair's change, then the owner's, and tells the channel of each in that order. */
async function storeBoth(channel: string, chairs: ActionStatusChange): Promise<void> {
  await storeOwnersChangeUnheard(channel);
  await publish(channel, { kind: 'action', record: { ...chairs, received: '2019-12-10T16:31:00Z' } });
  await publish(channel, { kind: 'action', record: othersChange });
}

const listeners = async (channel: string) =>
  ((await (await fetch(api('state', channel))).json()) as { listeners: number }).listeners;

/** The status of action `id` in the page's document. */
function statusShown(src: string, id: string): string | undefined {
  const state = documentStoreFor(src).get();
  return state.status === 'ready' ? state.document.actions.find((a) => a.id === id)?.status : undefined;
}

/** The other member's change, stored by the host after this page's. */
const othersChange = {
  id: 'c-owner-phone',
  action: 'A-overdue',
  status: 'done',
  completed: '2019-12-10',
  by: 'p-head-b',
  at: '2019-12-10T16:31:00Z',
  received: '2019-12-10T16:31:02Z',
};

/** The chair's tracker over a live document, sending through `submit`; resolves once its stream is open. */
async function chairsTracker(
  submit: SubmitFunction,
): Promise<{ tracker: ActionTracker; src: string; channel: string }> {
  const channel = uniqueKey('two-editors');
  await fetch(api('document', channel), { method: 'PUT', body: JSON.stringify(boundaryDocument()) });
  const src = api('document', channel);
  const landed = landedFetches(src);
  const tracker = await showElement<ActionTracker>('action-tracker', {
    src,
    group: 'board',
    today: '2019-12-10',
    editable: '',
    editor: 'p-chair',
  });
  tracker.submit = submit;
  await untilShows(tracker, 'Due yesterday');
  await until(
    () => !!shadowOf(tracker).querySelector('.edit[data-action="A-overdue"] input[type=radio]'),
    'the editor',
  );
  for (let i = 0; i < 50 && (await listeners(channel)) !== 1; i += 1) await new Promise((r) => setTimeout(r, 100));
  // Opening the stream fetches the document once more: the host's later changes come after that.
  await untilOpeningFetchLanded(landed);
  return { tracker, src, channel };
}

async function dropOverdue(tracker: ActionTracker): Promise<void> {
  const edit = shadowOf(tracker).querySelector('.edit[data-action="A-overdue"]')!;
  chooseStatus(edit, 'dropped');
  await tracker.updateComplete;
  edit.querySelector<HTMLButtonElement>('button')!.click();
}

describe('two people change one action at once: every page ends on the host’s last', () => {
  failOnPageErrors();
  beforeEach(() => forgetDocumentStores());
  afterEach(() => forgetDocumentStores());

  it('the other’s change, stored after this page’s and heard after its answer, shows', async () => {
    const sent: ActionStatusChange[] = [];
    const { tracker, src, channel } = await chairsTracker(
      async (record) => void sent.push(record as ActionStatusChange),
    );
    await dropOverdue(tracker);
    await until(() => sent.length === 1 && statusShown(src, 'A-overdue') === 'dropped', 'the chair’s change is stored');

    await storeBoth(channel, sent[0]!);
    await until(() => statusShown(src, 'A-overdue') === 'done', 'the owner’s later change shows', 3000);
    await new Promise((r) => setTimeout(r, 300));
    expect(statusShown(src, 'A-overdue'), 'and stays').to.equal('done');
  });

  it('the other’s change, heard on the channel before the host answered this page, shows', async () => {
    let answer: (() => void) | undefined;
    const sent: ActionStatusChange[] = [];
    const { tracker, src, channel } = await chairsTracker(
      (record) =>
        new Promise((resolve) => {
          sent.push(record as ActionStatusChange);
          answer = () => resolve(undefined);
        }),
    );
    await dropOverdue(tracker);
    await until(() => sent.length === 1, 'the chair’s change is being sent');
    await storeBoth(channel, sent[0]!);
    await until(() => statusShown(src, 'A-overdue') === 'done', 'the owner’s later change shows', 3000);

    answer!();
    await until(() => !shadowOf(tracker).querySelector('.change-note')?.textContent?.trim(), 'the answer lands');
    await new Promise((r) => setTimeout(r, 300));
    expect(statusShown(src, 'A-overdue'), 'the answer does not put the chair’s back over it').to.equal('done');
  });

  it('a change made on a copy someone else has changed since is refused, said, and the host’s status shown', async () => {
    const sent: ActionStatusChange[] = [];
    const { tracker, src, channel } = await chairsTracker(async (record) => {
      sent.push(record as ActionStatusChange);
      // The host, which stored the owner's change while this page had not heard of it (offline, say).
      const values = { action: 'A-overdue', status: 'done', was: 'open' };
      return { rejected: 'Someone else changed it.', code: 'changed-since', values };
    });
    await storeOwnersChangeUnheard(channel);
    await dropOverdue(tracker);
    await until(() => sent.length === 1, 'the chair’s change is sent');
    expect(sent[0]!.was, 'the change says the status it was made on').to.equal('open');
    await until(() => statusShown(src, 'A-overdue') === 'done', 'the host’s status, not the one before the change');
    const note = shadowOf(tracker).querySelector('.edit[data-action="A-overdue"]')!.closest('tr')!.textContent ?? '';
    expect(note.replace(/\s+/g, ' ')).to.contain(
      "Someone else changed 'Due yesterday' to “Done”. It read “Open” when you made your change",
    );
  });
});

describe('two people change one seat’s attendance at once: a check-in made on an older copy is refused', () => {
  failOnPageErrors();
  beforeEach(() => forgetDocumentStores());
  afterEach(() => forgetDocumentStores());

  const MEETING = 'board-2019-10-15';

  /** The seat's attendance entry in the page's document. */
  function entryShown(src: string, seat: string): unknown {
    const state = documentStoreFor(src).get();
    return state.status === 'ready'
      ? state.document.meetings.find((m) => m.id === MEETING)?.attendance[seat]
      : undefined;
  }

  /** The chair's check-in half an hour into the meeting, over a live document, sending through `submit`. */
  async function chairsCheckIn(submit: SubmitFunction, lang = 'en') {
    const channel = uniqueKey('two-clerks');
    await fetch(api('document', channel), { method: 'PUT', body: JSON.stringify(boundaryDocument()) });
    const src = api('document', channel);
    const landed = landedFetches(src);
    const indicator = await showElement<QuorumIndicator>('quorum-indicator', {
      src,
      lang,
      meeting: MEETING,
      now: '2019-10-15T16:30:00+01:00',
      editable: '',
      clerk: 'p-chair',
    });
    indicator.submit = submit;
    await until(() => !!shadowOf(indicator).querySelector('[part=check-in] fieldset'), 'the check-in');
    for (let i = 0; i < 50 && (await listeners(channel)) !== 1; i += 1) await new Promise((r) => setTimeout(r, 100));
    await untilOpeningFetchLanded(landed);
    return { indicator, src, channel };
  }

  /** The clerk's apologies for the chair's seat, stored by the host while this page had not heard of them. */
  async function storeApologiesUnheard(channel: string): Promise<void> {
    const stored = boundaryDocument();
    (stored.meetings[0]!.attendance as Record<string, string>)['board-chair'] = 'apologies';
    await fetch(api('document', channel), { method: 'PUT', body: JSON.stringify(stored) });
  }

  it('says what happened and what the seat has now, in the page’s language, and shows the host’s entry', async () => {
    for (const [lang, words] of [
      ['en', 'Someone else changed the attendance of Chair to “Apologies”. It read “Absent” when you made your change'],
      [
        'cy',
        'Newidiodd rhywun arall bresenoldeb Cadeirydd i “Ymddiheuriadau”. “Absennol” oedd y presenoldeb pan wnaethoch',
      ],
    ] as const) {
      forgetDocumentStores();
      const sent: AttendanceChange[] = [];
      const { indicator, src, channel } = await chairsCheckIn(async (record) => {
        sent.push(record as AttendanceChange);
        const values = { seat: 'board-chair', meeting: MEETING, attendance: 'apologies', was: 'absent' };
        return { rejected: 'Someone else changed it.', code: 'changed-since', values };
      }, lang);
      await storeApologiesUnheard(channel);
      const row = [...shadowOf(indicator).querySelectorAll('[part=check-in] tbody tr')][0]!;
      chooseAttendance(indicator, 'board-chair', 'holder');
      await indicator.updateComplete;
      row.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => sent.length === 1, 'the chair’s check-in is sent');
      expect(sent[0]!.was, 'the check-in says the attendance it was made on').to.equal('absent');
      await until(() => entryShown(src, 'board-chair') === 'apologies', 'the host’s apologies, not the seat before');
      await until(() => (row.textContent ?? '').replace(/\s+/g, ' ').includes(words), `the row says so (${lang})`);
      indicator.remove();
    }
  });
});
