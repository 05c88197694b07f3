// Each template Lit clones is one more instance made and committed in every render (issue 12). The vote panel
// clones none only to set parts side by side (its view above the base element's, the proposal's text), none for a
// sentence of the meta line, and none for the counts' table or the status region's paragraph alone: each is written
// in the template around it. What it draws is unchanged (test/bench/bench-page.test.ts compares it with its
// baseline's drawing; the other tests here, what it says).
import { expect } from '@open-wc/testing';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { mountHolderPanel } from '../../fixtures/holder-vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { clonedDuring, described, drawn, onlyMarkers } from '../../harness/cloned-templates.js';

freshDocumentsEachTest();
let element: VotePanel | undefined;
afterEach(() => element?.remove());

/** A template of words alone: a sentence set in its place, no element of its own. */
const onlyWords = (fragment: DocumentFragment) => {
  const nodes = drawn(fragment);
  return nodes.length > 0 && nodes.every((node) => node.nodeType === Node.TEXT_NODE);
};
/** A template holding one element matching `selector` and nothing else. */
const onlyOne = (selector: string) => (fragment: DocumentFragment) => {
  const nodes = drawn(fragment);
  return nodes.length === 1 && nodes[0] instanceof Element && nodes[0].matches(selector);
};

/** The templates cloned while the bench's panel is drawn: the special seat's holder, half an hour into the meeting. */
async function clonedForTheHolder(): Promise<DocumentFragment[]> {
  return clonedDuring(async () => {
    element = await mountHolderPanel('.tally tbody tr');
  });
}

describe('the vote panel’s templates', () => {
  it('clones none only to set parts side by side, nor for a sentence, the counts or the status region alone', async () => {
    const cloned = await clonedForTheHolder();
    const root = element!.shadowRoot!;
    expect(root.querySelector('.meta')?.textContent, 'the meta line is drawn').to.match(/Proposed by/);
    expect(root.querySelector('table.counts'), 'the counts are drawn').not.to.equal(null);
    expect(root.querySelector('.seat-form'), 'the form is drawn').not.to.equal(null);
    expect(root.querySelector('[part=status]'), 'the status region is drawn').not.to.equal(null);

    expect(described(cloned.filter(onlyMarkers)), 'templates of parts side by side').to.deep.equal([]);
    expect(described(cloned.filter(onlyWords)), 'templates of words alone').to.deep.equal([]);
    expect(described(cloned.filter(onlyOne('table.counts'))), 'templates of the counts alone').to.deep.equal([]);
    expect(described(cloned.filter(onlyOne('[part=status]'))), 'templates of the status alone').to.deep.equal([]);
  });
});

describe('the rows of how each seat voted', () => {
  it('hold their cells’ words alone: no part marker beside them, three a row in every render', async () => {
    await clonedForTheHolder();
    const rows = [...element!.shadowRoot!.querySelectorAll<HTMLTableRowElement>('.choices tbody tr')];
    expect(rows.length, 'a row a seat').to.be.greaterThan(5);
    const cells = rows.flatMap((row) => [...row.cells]);
    expect(
      cells.filter((cell) => [...cell.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE)).length,
      'cells with a part marker',
    ).to.equal(0);
    expect(
      cells.every((cell) => cell.childNodes.length === 1 && cell.textContent!.trim() !== ''),
      'each cell holds its words',
    ).to.equal(true);
  });
});

describe('the vote panel’s white space', () => {
  it('draws none between blocks, where it is shown nowhere: a text node made in every render', async () => {
    await clonedForTheHolder();
    const root = element!.shadowRoot!;
    const blocksOnly = 'section, div.voting, form.seat-form, ul, tbody';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const between: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() && parent.matches(blocksOnly))
        between.push(`${parent.localName}.${parent.className}`);
    }
    expect(root.querySelector('.seat-form'), 'the form is drawn').not.to.equal(null);
    expect(between, 'white space between blocks').to.deep.equal([]);
  });
});

describe('the lines under the count', () => {
  it('clone no template a line, and hold no marker between or in the lines', async () => {
    const cloned = await clonedForTheHolder();
    const list = element!.shadowRoot!.querySelector('.tally > ul')!;
    expect(list.children.length, 'the rule, the base, what it needs, abstentions, the tie, the quorum').to.be.above(4);
    const walker = document.createTreeWalker(list, NodeFilter.SHOW_COMMENT);
    let markers = 0;
    while (walker.nextNode()) markers += 1;
    expect(markers, 'markers in the list').to.equal(0);
    const aLine = (fragment: DocumentFragment) => {
      const nodes = drawn(fragment);
      return nodes.length === 1 && nodes[0] instanceof HTMLLIElement && nodes[0].children.length === 0;
    };
    expect(described(cloned.filter(aLine)), 'templates of a line alone').to.deep.equal([]);
  });
});

describe('the table of how each seat voted', () => {
  it('clones no template a row, and holds no marker between its rows', async () => {
    const cloned = await clonedForTheHolder();
    const body = element!.shadowRoot!.querySelector('.choices tbody')!;
    expect(body.querySelectorAll('tr').length, 'a row a seat').to.be.greaterThan(5);
    expect([...body.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length, 'markers').to.equal(0);
    expect(described(cloned.filter(onlyOne('tr'))), 'templates of a row alone').to.deep.equal([]);
  });
});
