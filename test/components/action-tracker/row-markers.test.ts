// A tracker can hold hundreds of actions: what a row keeps beside its words is kept hundreds of times. A row holds no
// white space that nothing shows (a text node styled and laid out in every row of every render), and the words alone
// in an element of a row (the title, the owner, the dates, the tag, the project, "started too") are its
// content, with no part marker (a comment node) beside them (issue 12).
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';

/** The bench's tracker (every group, on 10 December 2019), its meetings and proposals linked. */
async function tracker(): Promise<ActionTracker> {
  const element = document.createElement('action-tracker');
  element.setAttribute('today', '2019-12-10');
  element.setAttribute('href-template', '/governance/{type}s/{id}');
  element.data = await seedDocument('sutton');
  fixtureSync(html`<div>${element}</div>`);
  await until(() => !shadowOf(element).querySelector('.loading'), 'the tracker to load');
  return element;
}

const holdsAComment = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE);

beforeEach(() => forgetDocumentStores());

describe('the action tracker’s rows', () => {
  it('hold no white space but the spaces shown between words', async () => {
    const rows = shadowOf(await tracker()).querySelector('table tbody')!;
    const walker = document.createTreeWalker(rows, NodeFilter.SHOW_TEXT);
    const blank: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent!.trim()) continue;
      // Shown, or read: the space before "started too", the project and the proposal's link.
      const next = node.nextSibling;
      const shown = next instanceof Element && next.matches('.secondary, a') && node.textContent === ' ';
      if (!shown) blank.push(`${node.parentElement!.localName}.${node.parentElement!.className}`);
    }
    expect(rows.querySelectorAll('tr').length, 'a row an action').to.be.greaterThan(5);
    expect(blank, 'white space shown nowhere').to.deep.equal([]);
  });

  it('hold the words of their titles, owners, dates, tags and projects with no part marker beside them', async () => {
    const rows = shadowOf(await tracker()).querySelector('table tbody')!;
    const holders = [
      ...rows.querySelectorAll('.action-title, .col-owner, .date, .tag, .project, .col-status .secondary'),
    ];
    const kinds = new Set(holders.map((holder) => holder.className || holder.localName));
    expect([...kinds], 'each is drawn').to.include.members([
      'action-title',
      'col-owner',
      'date',
      'tag tag--red',
      'secondary project',
      'secondary',
    ]);
    expect(
      holders.filter(holdsAComment).map((holder) => `${holder.className || holder.localName}: ${holder.textContent}`),
      'holders with a part marker',
    ).to.deep.equal([]);
    expect(holders.every((holder) => holder.childNodes.length === 1 && holder.textContent!.trim() !== '')).to.equal(
      true,
    );
  });
});
