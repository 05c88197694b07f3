// Rows and list items of words alone are drawn with the DOM's own calls, not a Lit template a row: each template
// was an instance cloned, walked and committed, with a marker before it, for every row in every render (issue 12).
// The same elements, attributes and words; a render after the first keeps the rows and sets only what changed.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { html } from '../../../components/internal/html.js';
import { itemsOfWords, rowsOfWords, type RowOfWords } from '../../../components/internal/words-alone.js';
import { clonedDuring } from '../../harness/cloned-templates.js';

/** What `element` holds, as markup: its nodes written out, so a comparison shows any attribute or marker. */
const markup = (element: Element) => new XMLSerializer().serializeToString(element).replace(/ xmlns="[^"]*"/g, '');

const row = (header: string, by: string, vote: string): RowOfWords => ({
  header,
  cells: [
    { label: 'Member', words: by },
    { label: 'Vote', words: vote },
  ],
});

const table = (rows: RowOfWords[]) =>
  html`<table>
    <tbody ${rowsOfWords(rows)}></tbody>
  </table>`;
const list = (items: string[]) => html`<ul ${itemsOfWords(items)}></ul>`;

const comments = (node: Node) => {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
};

describe('rows of words', () => {
  it('draws each row as a template’s row would, with no marker and no template cloned a row', async () => {
    const box = document.createElement('div');
    const rows = [
      row('Special Schools', 'Head of Carew Academy', 'For'),
      row('Cognus', 'Services Director', 'Against'),
    ];
    const cloned = await clonedDuring(async () => render(table(rows), box));
    const body = box.querySelector('tbody')!;
    expect(markup(body)).to.equal(
      '<tbody><tr><th scope="row">Special Schools</th><td data-label="Member">Head of Carew Academy</td><td data-label="Vote">For</td></tr>' +
        '<tr><th scope="row">Cognus</th><td data-label="Member">Services Director</td><td data-label="Vote">Against</td></tr></tbody>',
    );
    expect(comments(body), 'markers in the body').to.equal(0);
    expect(cloned.length, 'templates cloned: the table’s alone').to.equal(1);
  });

  it('keeps the rows on a render after the first, and sets the words and labels that changed', () => {
    const box = document.createElement('div');
    render(table([row('A', 'a', 'For'), row('B', 'b', 'Not voted yet')]), box);
    const [first, second] = box.querySelectorAll('tr');
    const untouched = second!.cells[1]!.firstChild;
    render(
      table([
        row('A', 'a', 'For'),
        {
          header: 'B',
          cells: [
            { label: 'Member', words: 'b' },
            { label: 'Vote ', words: 'Against' },
          ],
        },
        row('C', 'c', 'For'),
      ]),
      box,
    );
    const rows = box.querySelectorAll('tr');
    expect(rows.length).to.equal(3);
    expect(rows[0], 'the first row kept').to.equal(first);
    expect(rows[1], 'the second row kept').to.equal(second);
    expect(rows[1]!.cells[1]!.firstChild, 'words that did not change are not set again').to.equal(untouched);
    expect(rows[1]!.cells[2]!.textContent).to.equal('Against');
    expect(rows[1]!.cells[2]!.dataset.label).to.equal('Vote ');
    expect(rows[2]!.textContent).to.equal('CcFor');
    render(table([row('A', 'a', 'For')]), box);
    expect(box.querySelectorAll('tr').length, 'rows no longer shown go').to.equal(1);
    expect(box.querySelector('tr'), 'and the first stays').to.equal(first);
  });
});

describe('items of words', () => {
  it('draws a list item each, with no marker, kept and changed in place, and taken away', () => {
    const box = document.createElement('div');
    render(list(['Pupil Referral Units', 'Secondary Governors: apologies sent']), box);
    const ul = box.querySelector('ul')!;
    expect(markup(ul)).to.equal('<ul><li>Pupil Referral Units</li><li>Secondary Governors: apologies sent</li></ul>');
    expect(comments(ul), 'markers in the list').to.equal(0);
    const first = ul.firstElementChild;
    render(list(['Pupil Referral Units (Head of Limes College)']), box);
    expect(markup(ul)).to.equal('<ul><li>Pupil Referral Units (Head of Limes College)</li></ul>');
    expect(ul.firstElementChild, 'the item kept').to.equal(first);
    render(list([]), box);
    expect(ul.children.length).to.equal(0);
  });
});
