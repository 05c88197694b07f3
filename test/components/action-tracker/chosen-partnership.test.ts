// <action-tracker editable> kept on the page and given another partnership's document (its `data` swapped by a
// single-page app) with the same action ids: a status the editor chose for the first and did not save was shown on
// the second's action, "Not saved", one press of Save from being sent as its own. The quorum indicator's check-in
// and the vote panel drop theirs alike (test/components/quorum-indicator/chosen-partnership.test.ts).
import { expect } from '@open-wc/testing';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import { showElement } from '../../fixtures/show-element.js';
import { actionRow, chooseStatus, chosenStatus } from './editable-tracker.js';

const TITLE = 'Due in eight days';
type Swappable = ActionTracker & { data?: unknown };

/** The boundary document under partnership `id`: the same actions, with the same ids. */
function boundaryAs(id: string): object {
  const document = boundaryDocument() as { partnership: object };
  return { ...document, partnership: { ...document.partnership, id } };
}

const unsaved = (tracker: ActionTracker) => actionRow(tracker, TITLE).querySelectorAll('.edit .unsaved').length;

/** The chair's tracker of the board, given `data`; a status chosen for TITLE and not saved; the recorded one. */
async function withUnsavedStatus(data: object): Promise<{ tracker: Swappable; recorded: string }> {
  const tracker = await showElement<Swappable>(
    'action-tracker',
    {
      group: 'board',
      today: '2019-12-10',
      editable: '',
      editor: 'p-chair',
      endpoint: '/never-sent',
    },
    data,
  );
  const recorded = chosenStatus(actionRow(tracker, TITLE))!;
  chooseStatus(actionRow(tracker, TITLE), recorded === 'dropped' ? 'in-progress' : 'dropped');
  await tracker.updateComplete;
  expect(unsaved(tracker), 'said not saved').to.equal(1);
  return { tracker, recorded };
}

describe('<action-tracker editable>: a status chosen and not saved belongs to the partnership shown', () => {
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  it('is dropped when another partnership’s document is given as data', async () => {
    const { tracker, recorded } = await withUnsavedStatus(boundaryAs(`board-a-${Math.random()}`));
    tracker.data = boundaryAs(`board-b-${Math.random()}`);
    await tracker.updateComplete;
    expect(chosenStatus(actionRow(tracker, TITLE)), 'the new partnership’s recorded status').to.equal(recorded);
    expect(unsaved(tracker), 'nothing said not saved').to.equal(0);
  });

  it('is kept while the same partnership’s document is given again', async () => {
    const id = `board-${Math.random()}`;
    const { tracker, recorded } = await withUnsavedStatus(boundaryAs(id));
    const chosen = chosenStatus(actionRow(tracker, TITLE));
    tracker.data = boundaryAs(id);
    await tracker.updateComplete;
    expect(chosen, 'chosen').not.to.equal(recorded);
    expect(chosenStatus(actionRow(tracker, TITLE)), 'still chosen').to.equal(chosen);
    expect(unsaved(tracker), 'still said not saved').to.equal(1);
  });
});
