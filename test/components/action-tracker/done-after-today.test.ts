// A tracker whose `today` is before an action's recorded completion (a demo page at a meeting's date, a view of
// the past) tagged the action "Open" and its Completed cell "Not completed", as on that day, while the clerk's
// editor beneath had "Done" checked: a clerk could not tell which was true. The editor now says the record is done,
// on a later day than the statuses are on.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import { documentUrl, respondUrl, untilShows } from '../../fixtures/probe-element.js';
import { showElement } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { actionRow, chosenStatus } from './editable-tracker.js';

const DONE = 'Done a day late';
const COMPLETED = '2019-12-02';

beforeEach(() => forgetDocumentStores());

/** The editable tracker of the boundary board, its statuses on `today`, in `lang`. */
async function trackerOn(today: string, lang = 'en'): Promise<ActionTracker> {
  const tracker = await showElement<ActionTracker>('action-tracker', {
    src: documentUrl(boundaryDocument()),
    group: 'board',
    today,
    lang,
    editable: '',
    editor: 'p-chair',
    endpoint: respondUrl({ status: 201, body: '{}' }),
  });
  await untilShows(tracker, DONE);
  return tracker;
}

describe('<action-tracker editable>: an action recorded done after the day its statuses are on', () => {
  it('says in its editor that the record is done, and when, beside the status of that day', async () => {
    const row = actionRow(await trackerOn('2019-11-30'), DONE);
    expect(textOf(row.querySelector('.col-status .tag'))).not.to.equal(en.actions.status('done'));
    expect(chosenStatus(row), 'the record, which Save changes').to.equal('done');
    const hint = row.querySelector('.edit > .hint')!;
    expect(textOf(hint)).to.equal(en.actions.doneAfterToday(en.format.date(COMPLETED), en.format.date('2019-11-30')));
    const described = row.querySelector('.edit fieldset')!.getAttribute('aria-describedby') ?? '';
    expect(described.split(' '), 'heard with the radios').to.include(hint.id);
  });

  it('says nothing more once the day is on or after the completion', async () => {
    for (const today of [COMPLETED, '2019-12-10']) {
      forgetDocumentStores();
      const row = actionRow(await trackerOn(today), DONE);
      expect(row.querySelector('.edit > .hint'), today).to.equal(null);
    }
  });

  it('in Welsh on a Welsh page', async () => {
    const row = actionRow(await trackerOn('2019-11-30', 'cy'), DONE);
    expect(textOf(row.querySelector('.edit > .hint'))).to.equal(
      cy.actions.doneAfterToday(cy.format.date(COMPLETED), cy.format.date('2019-11-30')),
    );
  });
});
