/**
 * Actions linked to a meeting after the day the tracker shows. The contract calls an action's `meeting` only a link,
 * and clerks often link an action to the meeting it reports back to: on 10 October 2019, an action due on 8 October
 * and linked to the meeting of 15 October was overdue, yet the live tracker left it out as "not raised yet". A live
 * tracker shows the record as it stands, every action in it raised; a tracker fixed on a past day (a rehearsal, a
 * report as of a date) leaves out only the actions raised at a later meeting, those due on or after it.
 */
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { en } from '../../../src/messages/en.js';
import { rulesInput, type ActionInput } from '../../fixtures/documents.js';
import { deviceClock } from '../../fixtures/device-clock.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const DAY = '2019-10-10';
// Meeting 'm' of the rules document is on 15 October 2019.
const reportsBack: ActionInput = { id: 'A', title: 'Send the options paper', owner: 'olive', due: '2019-10-08' };
const raisedAtM: ActionInput = { id: 'B', title: 'Cost the options', owner: 'olive', due: '2019-11-01' };
const data = rulesInput({ actions: [reportsBack, raisedAtM].map((action) => ({ ...action, meeting: 'm' })) });

/** The tracker's caption, and the status tag of each row by the action's title. */
function shown(tracker: ActionTracker) {
  const root = shadowOf(tracker);
  const rows = [...root.querySelectorAll('table[part="table"] tbody tr')].map((row) => [
    textOf(row.querySelector('.action-title')),
    textOf(row.querySelector('.col-status strong')),
  ]);
  return { caption: textOf(root.querySelector('table[part="table"] caption')), statuses: Object.fromEntries(rows) };
}

describe('<action-tracker> on the real day: actions linked to a later meeting', () => {
  deviceClock(`${DAY}T11:00:00Z`);

  it('lists them all, the one due before its meeting overdue: the document is the record as it stands', async () => {
    const tracker = await showElement<ActionTracker>('action-tracker', { group: 'g' }, data);
    const { caption, statuses } = shown(tracker);
    expect(caption).to.equal(en.actions.caption(2));
    expect(statuses).to.deep.equal({
      [reportsBack.title]: en.actions.status('overdue'),
      [raisedAtM.title]: en.actions.status('open'),
    });
  });
});

describe('<action-tracker today> fixed on a past day: actions linked to a later meeting', () => {
  it('lists the one due before its meeting, overdue, and leaves out the one raised at it', async () => {
    const tracker = await showElement<ActionTracker>('action-tracker', { group: 'g', today: DAY }, data);
    const { caption, statuses } = shown(tracker);
    expect(caption).to.equal(en.actions.caption(1));
    expect(statuses).to.deep.equal({ [reportsBack.title]: en.actions.status('overdue') });
  });
});
