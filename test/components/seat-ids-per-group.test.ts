/**
 * Two groups with a seat of the same id (the contract allows it: an id is
 * unique within its group): each element names the seat, its holder and its
 * partner's numbering from the group it shows (the proposal's, the meeting's,
 * the roster's), never from the first group that has a seat of that id.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { forgetQueuedRecords } from '../fixtures/queued-records.js';
import { outboxForPage } from '../../src/data/index.js';
import '../../components/vote-panel/vote-panel.js';
import '../../components/quorum-indicator/quorum-indicator.js';
import '../../components/partnership-roster/partnership-roster.js';
import { en } from '../../src/messages/en.js';
import { at, MEETING_DAY, sharedSeatIdsInput, vote } from '../fixtures/documents.js';
import { showWith, until } from '../fixtures/show-element.js';
import { anotherAttendance, chooseAttendance } from './quorum-indicator/check-in-fixture.js';
import type { SubmitFunction } from '../../src/data/index.js';
import type { AttendanceChange } from '../../src/rules/index.js';
import { laidOutText, shownText } from '../fixtures/text.js';

const t = en.votePanel;
const q = en.quorum;
const items = (element: Element, part: string) =>
  [...(element.shadowRoot!.querySelector(`[part~=${part}]`)?.querySelectorAll('li') ?? [])].map((li) =>
    laidOutText(li),
  );

describe('seats of two groups that share an id', () => {
  afterEach(() =>
    document.querySelectorAll('vote-panel, quorum-indicator, partnership-roster').forEach((e) => e.remove()),
  );

  it("<vote-panel>: the proxy's form names the board's chair and its holder, not the forum's", async () => {
    const attrs = { proposal: 'p', voter: 'bob', today: MEETING_DAY, endpoint: '/x' };
    const panel = await showWith('vote-panel', sharedSeatIdsInput(), attrs);
    const legend = laidOutText(panel.shadowRoot!.querySelector('[part=form] legend'));
    expect(legend).to.contain(t.legendProxy('Board chair', 'Bella'));
  });

  it("<vote-panel>: the count names the board's seats, numbered among the board's", async () => {
    const draft = sharedSeatIdsInput({ attendance: { chair: 'holder', 'primary-2': 'holder' } });
    draft.votes = [vote('chair', 'bella', 'for'), vote('primary-2', 'polly', 'against')];
    const panel = await showWith('vote-panel', draft, { proposal: 'p', voter: 'bella', results: 'live' });
    const rows = [...panel.shadowRoot!.querySelectorAll('.choices th[scope=row]')].map((th) => laidOutText(th));
    expect(rows).to.include.members(['Board chair', 'Primary 2', 'Board spare']);
    expect(shownText(panel)).not.to.contain('Forum');
  });

  it("<quorum-indicator>: who is in the room, who is missing and which seat is vacant, of the meeting's group", async () => {
    const attendance = { chair: { as: 'holder' as const, arrived: at('16:00') }, 'primary-1': 'apologies' as const };
    const indicator = await showWith('quorum-indicator', sharedSeatIdsInput({ attendance }), {
      meeting: 'm',
      now: at('16:35'),
    });
    expect(items(indicator, 'in-room').join(' ')).to.contain('Board chair');
    const text = shownText(indicator);
    expect(text).to.contain(q.missingSeat('Primary 2', 'Polly'));
    expect(text).to.contain(q.vacantNotCounted('Board spare'));
    expect(text).not.to.contain('Forum');
  });

  it("<quorum-indicator editable>: a check-in refused as changed since names the board's chair on its row", async () => {
    // The host refuses every check-in: someone else recorded the seat's apologies first.
    const submit: SubmitFunction = (record) => {
      const { seat, meeting, was } = record as AttendanceChange;
      const values = { seat, meeting, attendance: 'apologies', was };
      return Promise.resolve({ rejected: 'Someone else changed it.', code: 'changed-since', values });
    };
    // Bella chairs the forum too, and the forum meets the same afternoon: the check-in may move to its meeting.
    const input = sharedSeatIdsInput();
    input.groups![0]!.seats![0]!.holder = 'bella';
    input.meetings!.push({ id: 'fm', group: 'forum', start: at('18:30'), attendance: {} });
    const indicator = await showWith('quorum-indicator', input, {
      meeting: 'm',
      editable: '',
      clerk: 'bella',
      live: 'off',
    });
    (indicator as unknown as { submit: SubmitFunction }).submit = submit;
    const row = () =>
      [...indicator.shadowRoot!.querySelectorAll('[part=check-in] tbody tr')].find(
        (tr) => laidOutText(tr.querySelector('th')) === 'Board chair',
      );
    await until(() => !!row()?.querySelector('fieldset'), "the board chair's row");
    chooseAttendance(indicator, 'Board chair', anotherAttendance(indicator, 'Board chair'));
    await indicator.updateComplete;
    row()!.querySelector<HTMLButtonElement>('.check-in__edit button')!.click();
    const note = () => laidOutText(row()?.querySelector('.change-note') ?? null);
    await until(() => note().includes('Someone else changed'), `the refusal on the row; it says "${note()}"`);
    expect(note()).to.contain('the attendance of Board chair');
    expect(note()).not.to.contain('Forum');

    // Shown the forum's meeting, the check-in lists the refused change under its meeting: the board's chair still.
    indicator.setAttribute('meeting', 'fm');
    const elsewhere = () => laidOutText(indicator.shadowRoot!.querySelector('.other-meetings li'));
    await until(() => elsewhere().includes('Someone else changed'), `listed under its meeting; "${elsewhere()}"`);
    expect(elsewhere()).to.contain('the attendance of Board chair');
    expect(elsewhere()).not.to.contain('the attendance of Forum chair');
  });

  it("<partnership-roster>: the board's seats and warnings name the board's seats", async () => {
    const roster = await showWith('partnership-roster', sharedSeatIdsInput(), { group: 'board', today: MEETING_DAY });
    const text = shownText(roster);
    expect(text).to.contain('Board chair');
    expect(text).to.contain('Primary 2');
    expect(text).to.contain('Board spare');
    expect(text).not.to.contain('Forum');
  });
});

describe('a refused vote on a proposal no panel shows, of another group that shares a seat id', () => {
  const fetchBefore = window.fetch;
  afterEach(async () => {
    window.fetch = fetchBefore;
    document.querySelectorAll('vote-panel').forEach((e) => e.remove());
    await forgetQueuedRecords('/shared-seat-votes-');
  });

  it("<vote-panel>: the refusal is worded with the seats of the vote's proposal's group, not the panel's", async () => {
    const input = sharedSeatIdsInput();
    input.proposals!.push({ id: 'fp', group: 'forum', title: 'Forum plan', status: 'open' });
    const endpoint = `/shared-seat-votes-${Math.random()}`;
    let host: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch')); // offline
    window.fetch = async (url, init) =>
      new URL(String(url), location.href).pathname === endpoint ? host(url, init) : fetchBefore(url, init);
    const attrs = { voter: 'fiona', endpoint, today: MEETING_DAY, now: at('16:30') };
    const forum = await showWith('vote-panel', input, { ...attrs, proposal: 'fp' });
    await waitUntil(() => !!forum.shadowRoot!.querySelector('input[value=for]'), 'the forum chair may vote');
    forum.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    forum.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    // The host is offline: the vote waits on the device, and the panel says so.
    await waitUntil(() => !!forum.shadowRoot!.querySelector('[role=status]')?.textContent?.trim(), 'queued');
    forum.remove(); // the member goes to the board's page

    const board = await showWith('vote-panel', input, { ...attrs, proposal: 'p' });
    await waitUntil(() => shownText(board).includes(t.otherQueued('Forum plan')), 'listed as waiting', {
      timeout: 4000,
    });
    host = async (_url, init) => {
      const record = new Headers(init?.headers).get('Idempotency-Key');
      const values = { seat: 'chair', person: 'fiona' };
      const body = { error: 'Refused.', reason: 'not-holder-or-proxy', values, record };
      return new Response(JSON.stringify(body), { status: 403 });
    };
    await outboxForPage().retryNow();
    const status = () => board.shadowRoot!.querySelector('[role=status]')?.textContent?.trim() ?? '';
    await waitUntil(() => status().includes('Forum plan'), 'the refusal announced', { timeout: 4000 });
    expect(status()).to.contain('the proxy of Forum chair');
    expect(status()).not.to.contain('Board chair');
  });
});
