// A portal that is a single-page app, or React, keeps the element and changes
// its attributes: the member moves from one proposal to the next, the clerk
// from one meeting to the next, someone else signs in. What the person chose
// and had not sent, and what the element last told them, belonged to what it
// showed before: none of it may follow them to the next one, where a choice
// already checked, or "your vote is recorded", would be taken for their own.
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/vote-panel/vote-panel.js';
import '../../components/quorum-indicator/quorum-indicator.js';
import type { VotePanel } from '../../components/vote-panel/vote-panel.js';
import type { QuorumIndicator } from '../../components/quorum-indicator/quorum-indicator.js';
import { chooseStatus, chosenStatus, editableTracker } from './action-tracker/editable-tracker.js';
import { seedDocument } from '../fixtures/documents.js';
import { showWith } from '../fixtures/show-element.js';
import { anotherAttendance, chooseAttendance } from './quorum-indicator/check-in-fixture.js';

const checked = (panel: VotePanel) =>
  [...panel.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((input) => input.checked);
const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const errorMessage = (element: HTMLElement) => element.shadowRoot!.querySelector('.error-message');

describe('an element a portal reuses for something else', () => {
  let sutton: unknown;
  before(async () => {
    const seed = (await seedDocument('sutton')) as { proposals: { id: string; status: string; meeting?: string }[] };
    // Sutton's next proposal is a draft: here it is open at the same meeting, as the panel's next one would be.
    const next = seed.proposals.find((proposal) => proposal.id === 'outreach-service')!;
    Object.assign(next, { status: 'open', meeting: 'elg-2019-12-10' });
    sutton = seed;
  });
  afterEach(() => document.querySelectorAll('vote-panel, quorum-indicator, action-tracker').forEach((e) => e.remove()));

  const openPanel = async () => {
    const panel = await showWith<VotePanel>('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2019-12-10',
      voter: 'p-cirrus-dceo',
      endpoint: '/nowhere',
    });
    await waitUntil(
      () => checked(panel).length === 0 && panel.shadowRoot!.querySelector('input[value=for]'),
      `the choices; it shows ${panel.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 600)}`,
    );
    return panel;
  };

  it('a vote panel moved to the next proposal has no choice checked that the member made on the last', async () => {
    const panel = await openPanel();
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    await panel.updateComplete;
    expect(checked(panel).map((input) => input.value)).to.deep.equal(['for']);

    panel.proposal = 'outreach-service';
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('input[type=radio]'), 'the next proposal has its choices').not.to.equal(
      null,
    );
    expect(checked(panel).map((input) => input.value)).to.deep.equal([]);
  });

  it('a vote panel moved to the next proposal no longer says the last one’s vote was recorded', async () => {
    const panel = await openPanel();
    panel.submit = async () => undefined;
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel).startsWith('Recorded'), `recorded; it says "${statusText(panel)}"`);

    panel.proposal = 'outreach-service';
    await panel.updateComplete;
    expect(statusText(panel)).to.equal('');
  });

  it('a vote panel moved on drops the last proposal’s "choose" error', async () => {
    const panel = await openPanel();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => errorMessage(panel), 'the error for a vote sent with no choice');

    panel.proposal = 'outreach-service';
    await panel.updateComplete;
    expect(errorMessage(panel)?.textContent?.trim() ?? null).to.equal(null);
  });

  it('a vote panel for someone else who signs in has nothing checked of the last person’s', async () => {
    const panel = await openPanel();
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!.click();
    await panel.updateComplete;

    // The proxy of the same seat, signed in on the same page.
    panel.voter = 'p-cirrus-head';
    await panel.updateComplete;
    expect(checked(panel).map((input) => input.value)).to.deep.equal([]);
  });

  it('a check-in moved to the next meeting has nothing chosen or said of the last', async () => {
    const attrs = { editable: '', clerk: 'p-project-manager', endpoint: '/nowhere' };
    const indicator = await showWith<QuorumIndicator>('quorum-indicator', sutton, {
      ...attrs,
      meeting: 'eog-2019-11-05',
    });
    indicator.submit = async () => undefined;
    await waitUntil(() => seatsToCheckIn(indicator).length > 1, 'the check-in');
    const [saved, unsaved] = seatsToCheckIn(indicator) as [string, string];
    chooseAttendance(indicator, saved, anotherAttendance(indicator, saved));
    await indicator.updateComplete;
    buttonsOf(indicator, saved)[0]!.click();
    await waitUntil(() => statusOf(indicator) !== '', 'the change said');
    chooseAttendance(indicator, unsaved, anotherAttendance(indicator, unsaved));
    await indicator.updateComplete;

    indicator.meeting = 'eog-2019-12-03';
    await indicator.updateComplete;
    const fresh = await showWith<QuorumIndicator>('quorum-indicator', sutton, { ...attrs, meeting: 'eog-2019-12-03' });
    await waitUntil(() => seatsToCheckIn(fresh).length > 0, 'the next meeting’s check-in');
    expect(valuesOf(indicator)).to.deep.equal(valuesOf(fresh));
    expect(statusOf(indicator)).to.equal('');
  });

  it('an action tracker someone else signs in to has no status chosen by the last editor', async () => {
    const tracker = await editableTracker(undefined, { editor: 'p-head-a' });
    const before = statusesChosen(tracker);
    expect(before.length, 'the actions the owner may change').to.be.greaterThan(0);
    const [first] = statusEditors(tracker);
    chooseStatus(first, chosenStatus(first) === 'dropped' ? 'open' : 'dropped');
    await tracker.updateComplete;
    expect(statusesChosen(tracker)).not.to.deep.equal(before);

    tracker.editor = 'p-chair';
    await tracker.updateComplete;
    const fresh = await editableTracker(undefined, { editor: 'p-chair' });
    expect(statusesChosen(tracker)).to.deep.equal(statusesChosen(fresh));
  });
});

/** The check-in's rows with attendance radios: the seats the clerk may change, by their labels. */
const seatRows = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('[part=check-in] tbody tr')].filter((row) => row.querySelector('fieldset'));
const seatsToCheckIn = (element: HTMLElement) =>
  seatRows(element).map((row) => row.querySelector('th')!.textContent!.trim());
const buttonsOf = (element: HTMLElement, seat: string) => [
  ...seatRows(element)
    .find((row) => row.querySelector('th')!.textContent!.trim() === seat)!
    .querySelectorAll<HTMLButtonElement>('button'),
];
/** What the check-in shows: each seat's chosen attendance, by its group's name. */
const valuesOf = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('[part=check-in] fieldset')].map(
    (group) =>
      `${group.querySelector('legend')!.textContent!.trim()}: ${group.querySelector<HTMLInputElement>(':checked')?.value}`,
  );
/** A tracker's status editors, and each one's action and status chosen. */
const statusEditors = (tracker: HTMLElement) => [...tracker.shadowRoot!.querySelectorAll<HTMLElement>('.edit')];
const statusesChosen = (tracker: HTMLElement) =>
  statusEditors(tracker).map((editor) => `${editor.dataset.action}: ${chosenStatus(editor)}`);
/** The check-in's status region, which says what became of each change. */
const statusOf = (element: HTMLElement) =>
  element.shadowRoot!.querySelector('p[role=status].secondary')?.textContent?.trim() ?? 'no status region';
