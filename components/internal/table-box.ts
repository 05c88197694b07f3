/**
 * The box a data table scrolls in, sideways, when it cannot be as narrow as
 * the box: a URL or a reference with no space in it sets its column's least
 * width, and would otherwise push the whole page wide. WCAG 1.4.10 lets a data
 * table scroll; 2.1.1 asks that the keyboard can scroll it, so while the table
 * overflows, its box is a region named after the table that takes focus
 * (tabindex 0). While the table fits, as it does with ordinary words, the box
 * is a plain `div`: no tab stop that scrolls nothing.
 *
 * @example
 * html`<div class="table-box" ${tableBox(caption)}><table>…</table></div>`
 */
import { nothing } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from 'lit/async-directive.js';

/** Sub-pixel layout rounds scroll sizes; one pixel is rounding. */
const ROUNDING = 1;

/** Which box each observed element (the box, or its table) belongs to. */
const boxes = new WeakMap<Element, TableBox>();
let observer: ResizeObserver | undefined;

/** One observer for every table box on the page: it reports sizes after layout, so nothing is measured twice. */
function sizes(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) boxes.get(entry.target)?.check();
  });
  return observer;
}

class TableBox extends AsyncDirective {
  private box?: HTMLElement;
  private label = '';

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('tableBox() belongs on the table box element');
  }

  render(_label: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [label]: [string]): typeof nothing {
    this.label = label;
    if (this.box !== part.element) {
      this.box = part.element as HTMLElement;
      this.observe();
    }
    if (this.box.hasAttribute('role')) this.box.setAttribute('aria-label', label);
    return nothing;
  }

  /** Names the box and lets it take focus while its table overflows it; plain otherwise. */
  check(): void {
    const box = this.box;
    if (!box) return;
    if (box.scrollWidth > box.clientWidth + ROUNDING) {
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', this.label);
      box.tabIndex = 0;
    } else {
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      box.removeAttribute('tabindex');
    }
  }

  protected override disconnected(): void {
    for (const element of this.observed()) sizes().unobserve(element);
  }

  protected override reconnected(): void {
    this.observe();
  }

  private observe(): void {
    for (const element of this.observed()) {
      boxes.set(element, this);
      sizes().observe(element);
    }
  }

  /** The box, and the table in it, whose width changes without the box's when its words change. */
  private observed(): Element[] {
    const table = this.box?.querySelector(':scope > table');
    return [this.box, table].filter((element): element is HTMLElement => element instanceof HTMLElement);
  }
}

/** Makes the element a table's scroll box, named `label` (the table's caption) while it scrolls. */
export const tableBox = directive(TableBox);
