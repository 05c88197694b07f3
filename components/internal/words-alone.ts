/**
 * Rows and list items of words alone (how each seat voted, the seats missing for a quorum requirement), drawn
 * into their table body or list with the DOM's own calls. A Lit template a row is an instance cloned, walked and
 * committed, with a marker (a comment node) before it, for every row in every render (issue 12); a row of words has
 * no part that needs one. What is drawn is the same: the same elements, attributes and words, and no marker.
 *
 * Each is an element directive on the table body or the list, which holds nothing else: a render after the first
 * keeps the rows there and sets only the words and labels that changed, as Lit's parts would, so a row a reader is
 * on stays the same row.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** A table row of words: its header cell (`th scope="row"`), then each data cell with its summary card's label. */
export interface RowOfWords {
  header: string;
  cells: readonly { label: string; words: string }[];
}

/** Sets `node`'s words when they changed: setting the same words again would replace its text node for nothing. */
function say(node: Element, words: string): void {
  if (node.textContent !== words) node.textContent = words;
}

/** An empty row of `cells` data cells, made once and cloned: one call for the row, as Lit clones a template. */
const emptyRows = new Map<number, HTMLTableRowElement>();

function newRow(cells: number): HTMLTableRowElement {
  let empty = emptyRows.get(cells);
  if (!empty) {
    empty = document.createElement('tr');
    const header = document.createElement('th');
    header.setAttribute('scope', 'row');
    empty.append(header);
    for (let i = 0; i < cells; i += 1) empty.append(document.createElement('td'));
    emptyRows.set(cells, empty);
  }
  return empty.cloneNode(true) as HTMLTableRowElement;
}

/** Writes `row` into `tr`; `fresh`, an empty row just made, is written without reading what it holds. */
function fillRow(tr: HTMLTableRowElement, row: RowOfWords, fresh: boolean): void {
  let cell = tr.firstElementChild!;
  if (fresh) cell.textContent = row.header;
  else say(cell, row.header);
  for (const { label, words } of row.cells) {
    cell = cell.nextElementSibling!;
    if (fresh) {
      cell.setAttribute('data-label', label);
      cell.textContent = words;
      continue;
    }
    if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
    say(cell, words);
  }
}

/** Removes `first` and every element after it: the rows or items left over from a longer list. */
function removeFrom(first: Element | null): void {
  for (let kept = first; kept;) {
    const next: Element | null = kept.nextElementSibling;
    kept.remove();
    kept = next;
  }
}

/** A directive on an element, drawing its children: it goes nowhere else. */
abstract class OnTheElement extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('rowsOfWords and itemsOfWords go on the element that holds the words');
  }
}

class RowsOfWords extends OnTheElement {
  render(_rows: readonly RowOfWords[]): unknown {
    return noChange;
  }

  override update(part: ElementPart, [rows]: [readonly RowOfWords[]]): unknown {
    const body = part.element;
    let kept = body.firstElementChild;
    for (const row of rows) {
      const fits = kept !== null && kept.childElementCount === row.cells.length + 1;
      const tr = fits ? (kept as HTMLTableRowElement) : newRow(row.cells.length);
      fillRow(tr, row, !fits);
      if (fits) kept = kept!.nextElementSibling;
      else if (kept) {
        kept.replaceWith(tr);
        kept = tr.nextElementSibling;
      } else body.append(tr);
    }
    removeFrom(kept);
    return noChange;
  }
}

class ItemsOfWords extends OnTheElement {
  render(_items: readonly string[]): unknown {
    return noChange;
  }

  override update(part: ElementPart, [items]: [readonly string[]]): unknown {
    const list = part.element;
    let kept = list.firstElementChild;
    for (const words of items) {
      if (kept) {
        say(kept, words);
        kept = kept.nextElementSibling;
        continue;
      }
      const li = document.createElement('li');
      li.textContent = words;
      list.append(li);
    }
    removeFrom(kept);
    return noChange;
  }
}

/** `<tbody ${rowsOfWords(rows)}></tbody>`: a row for each of `rows`, each cell its words. */
export const rowsOfWords = directive(RowsOfWords);

/** `<ul ${itemsOfWords(items)}></ul>`: a list item for each of `items`, holding its words. */
export const itemsOfWords = directive(ItemsOfWords);
