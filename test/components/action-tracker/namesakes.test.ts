// Two people may share a name, the contract's `name` being the post ("Headteacher"). The tracker offered two
// "Headteacher" under "By whom", grouped their actions as one "Headteacher (2)", its CSV could not tell whose a line
// was, nor could the highlight report's "By whom". They are now told apart as the risk register tells them apart,
// by their organisation ("Headteacher (Alpha Primary)"), and grouped by who they are, not by their name.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { actionCsv } from '../../../components/action-tracker/action-csv.js';
import { actionRows } from '../../../components/action-tracker/action-rows.js';
import { parseDocument, type PartnershipDocument } from '../../../src/contract/index.js';
import { namesIn } from '../../../src/messages/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { choose, selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, showElement, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { recordsOf, showReport } from '../highlight-report/helpers.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';

const TODAY = '2019-12-10';
const ALPHA = { organisation: 'Alpha Primary' };
const BETA = { organisation: 'Beta Primary' };

/** Sutton, with two headteachers of one name, each owning an overdue action of the EOG linked to Work Project 1. */
async function suttonWithNamesakes(): Promise<LooseDocument> {
  const doc = await seedDocument('sutton');
  doc.people.push({ id: 'p-head-a', name: 'Headteacher', ...ALPHA }, { id: 'p-head-b', name: 'Headteacher', ...BETA });
  const action = { due: '2019-11-20', status: 'open', group: 'eog', meeting: 'eog-2019-11-05', project: 'wp1-hnb' };
  doc.actions.push(
    { id: 'A-90', title: 'Survey Alpha’s families', owner: 'p-head-a', ...action },
    { id: 'A-91', title: 'Survey Beta’s families', owner: 'p-head-b', ...action },
  );
  return doc;
}

async function parsedNamesakes(): Promise<PartnershipDocument> {
  const parsed = parseDocument(await suttonWithNamesakes());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

freshDocumentsEachTest();

for (const [lang, msg] of [
  ['en', en],
  ['cy', cy],
] as const) {
  const t = msg.actions;
  // Asked in each test: the words for a namesake are the tracker's own.
  const alpha = () => t.namesake('Headteacher', ALPHA);
  const beta = () => t.namesake('Headteacher', BETA);

  describe(`<action-tracker>: two people of one name (${lang})`, () => {
    async function tracker(): Promise<ActionTracker> {
      const attrs = { group: 'eog', today: TODAY, lang };
      const shown = await showElement<ActionTracker>('action-tracker', attrs, await suttonWithNamesakes());
      await until(() => textOf(shadowOf(shown)).includes(t.filterOwner), 'its words');
      return shown;
    }

    it('offers each under "By whom", told apart by their organisation', async () => {
      const options = [...selectLabelled(shadowOf(await tracker()), t.filterOwner).options].map((o) => textOf(o));
      expect(options).to.include.members([alpha(), beta()]);
      expect(options.filter((name) => name === 'Headteacher')).to.deep.equal([]);
    });

    it('grouped by whom: a table for each person, named apart, and each row says whose', async () => {
      const shown = await tracker();
      choose(selectLabelled(shadowOf(shown), t.groupBy), 'owner');
      await shown.updateComplete;
      const tables = [...shadowOf(shown).querySelectorAll<HTMLTableElement>('table[part="table"]')];
      const captions = tables.map((table) => textOf(table.caption));
      expect(captions).to.include.members([t.groupCaption(alpha(), 1), t.groupCaption(beta(), 1)]);
      const owners = tables.flatMap((table) => [...table.querySelectorAll('tbody .col-owner')].map((c) => textOf(c)));
      expect(owners).to.include.members([alpha(), beta()]);
    });

    it('the CSV says whose each line is', async () => {
      const doc = await parsedNamesakes();
      const { header, body } = actionCsv(msg, namesIn(doc, msg), doc, actionRows(doc, TODAY, { group: 'eog' }, t));
      const owner = header.indexOf(t.columns.owner);
      const ownerOf = (id: string) => body.find((cells) => cells[0] === id)![owner];
      expect([ownerOf('A-90'), ownerOf('A-91')]).to.deep.equal([alpha(), beta()]);
    });
  });

  describe(`<highlight-report>: the actions of two people of one name (${lang})`, () => {
    it('says "By whom" of each, told apart', async () => {
      const report = await showReport({ project: 'wp1-hnb', today: TODAY, lang }, await suttonWithNamesakes());
      const words = msg.highlightReport.actionsTitle;
      await until(() => textOf(shadowOf(report)).includes(words), 'its words');
      const items = recordsOf(report, 'actions');
      const by = (title: string) => items.find((item) => item.startsWith(title)) ?? '';
      expect(by('Survey Alpha’s families')).to.contain(msg.highlightReport.actionOwner(alpha()));
      expect(by('Survey Beta’s families')).to.contain(msg.highlightReport.actionOwner(beta()));
    });
  });
}
