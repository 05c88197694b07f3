// An action may name its group only through the meeting that raised it (the contract makes `group` and `meeting`
// optional links). `<action-tracker group="eog">` left out A-92, raised at the EOG's meeting of 5 November 2019 with
// no `group`, though its CSV named the EOG as its group, and the EOG's clerk could not change it. The tracker now
// lists it with the group's actions, and its clerk may change it there.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { actionRows } from '../../../components/action-tracker/action-rows.js';
import { en } from '../../../src/messages/en.js';
import { parsed, seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { respondUrl } from '../../fixtures/probe-element.js';
import { showElement } from '../../fixtures/show-element.js';
import { actionRow, statusRadios } from './editable-tracker.js';

const TODAY = '2019-12-10';
const TITLE = 'Report back on the satellite classes';

/** Sutton, with A-92 raised at the EOG's meeting of 5 November 2019, naming no group of its own. */
async function sutton(): Promise<LooseDocument> {
  const doc = await seedDocument('sutton');
  doc.actions.push({
    id: 'A-92',
    title: TITLE,
    owner: 'p-carew-head',
    due: '2019-12-02',
    status: 'open',
    meeting: 'eog-2019-11-05',
  });
  return doc;
}

freshDocumentsEachTest();

describe('<action-tracker group>: an action of the group through its meeting', () => {
  it("is among the group's rows, and not another group's", async () => {
    const doc = parsed(await sutton());
    const ids = (group: string) => actionRows(doc, TODAY, { group }, en.actions).map((row) => row.action.id);
    expect(ids('eog')).to.include('A-92');
    expect(ids('elg')).not.to.include('A-92');
  });

  it("the group's clerk is offered its status to change", async () => {
    const attrs = {
      group: 'eog',
      today: TODAY,
      editable: '',
      editor: 'p-project-manager',
      endpoint: respondUrl({ status: 201, body: '{}' }),
    };
    const tracker = await showElement<ActionTracker>('action-tracker', attrs, await sutton());
    expect(statusRadios(actionRow(tracker, TITLE))).not.to.deep.equal([]);
  });
});
