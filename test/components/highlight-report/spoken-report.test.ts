/**
 * The highlight report as a screen reader says it. Its title's two lines, the lead's name and post, each record's
 * title, tags and detail, and each month's name and tags are boxes apart on screen, and were runs of speech with
 * no pause ("May 2019 Green Submitted"): punctuation a screen reader hears parts them, in each language.
 */
import { expect } from '@open-wc/testing';
import '../../../components/highlight-report/highlight-report.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { axNodes, pageTree, said, speech } from '../../fixtures/spoken.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

afterEach(() => document.querySelectorAll('highlight-report').forEach((e) => e.remove()));

const PROJECT = 'Work Project 1: High Needs Block Review implementation';

describe('<highlight-report> as a screen reader says it', () => {
  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`pauses between the parts of its title, names, records and months (${lang})`, async () => {
      const sutton = await seedDocument('sutton');
      const report = await showWith('highlight-report', sutton, { project: 'wp1-hnb', today: '2019-12-10', lang });
      await until(() => Boolean(report.shadowRoot?.querySelector('.months')), 'the months');
      const t = msg.highlightReport;
      const november = t.month('2019-11');
      const title = `${PROJECT}, ${t.title(november)}`;
      expect((await axNodes('heading')).map((node) => said(node.name ?? ''))).to.include(title);
      const spoken = speech(await pageTree());
      expect(spoken, 'the lead').to.contain(
        'Consultant Sutton Education Partnership Head Teacher, Consultant Head Teacher, Sutton Education Partnership',
      );
      expect(spoken, 'a late milestone').to.contain(
        `agreed by the EOG. ${t.milestoneLate}. ${t.dueNotDone(msg.format.date('2019-11-29'))}`,
      );
      expect(spoken, 'a rising risk').to.contain(
        `September 2020. ${msg.risk.aboveAppetite}. ${msg.risk.trend('up')}. ${t.riskOwner('Head of Carew Academy')}`,
      );
      const months = (await axNodes('button')).map((node) => said(node.name ?? ''));
      expect(months).to.include(`${t.month('2019-07')}, ${t.rag('amber')}, ${t.state('submitted-late')}`);
      expect(months).to.include(`${t.month('2019-08')}, ${t.state('missing')}`);
    });
  }
});
