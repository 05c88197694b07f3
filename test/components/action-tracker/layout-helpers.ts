/**
 * Layout measured as a reader sees it: an element placed in a column of a
 * given width, in a window as wide as that column, and every box of its
 * shadow root checked against the element's own box and the window.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { describeElement, everyElement } from '../../fixtures/all-elements.js';
import { textOf } from '../../fixtures/text.js';

export const WIDTHS = [320, 768, 1280] as const;

/** Hidden from sight on purpose (visually hidden text, a card layout's table headers): not laid out for reading. */
function clipped(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (style.clipPath !== 'none' || style.clip.startsWith('rect')) return true;
  }
  return false;
}

function shown(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && !clipped(element);
}

/** A window `width` px wide with no page margin, and `element` in a column of that width. */
export async function placeAt<T extends HTMLElement>(width: number, element: T): Promise<T> {
  await setViewport({ width, height: 900 });
  document.body.style.margin = '0';
  fixtureSync(html`<div style="width: ${width}px">${element}</div>`);
  return element;
}

export async function resetWindow(): Promise<void> {
  document.body.style.margin = '';
  await setViewport({ width: 800, height: 600 });
}

/** Each box in the element's shadow root that reaches outside the element's own box, named. */
export function widerThan(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  return [...everyElement(host.shadowRoot!)]
    .filter((element) => shown(element))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
    })
    .map((element) => {
      const rect = element.getBoundingClientRect();
      return describeElement(element, ` [${Math.round(rect.left)}–${Math.round(rect.right)} in ${box.width}]`);
    });
}

/** Every control the reader can use, shown, and whether it is inside the window. */
export function controlsOutsideWindow(host: HTMLElement): string[] {
  return [...everyElement(host.shadowRoot!)]
    .filter((element) => element.matches('a[href], button, input, select, textarea') && shown(element))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.left < 0 || rect.right > window.innerWidth + 0.5;
    })
    .map((element) => describeElement(element));
}

/** Whether `table` is drawn as summary cards, one a record. */
export const asCards = (table: Element) => getComputedStyle(table).display === 'block';

/**
 * That every table of `host` is drawn as a table, not as cards, and fits its box, and nothing of `host` reaches
 * outside it: a printed roster or tracker on A4. `where` names the case in a failure.
 */
export function expectTablesThatFit(host: HTMLElement, where: string): void {
  for (const table of host.shadowRoot!.querySelectorAll('table')) {
    expect(asCards(table), `${where}: ${textOf(table.caption)} as cards`).to.equal(false);
    const box = table.parentElement!;
    expect(box.scrollWidth, `${where}: ${textOf(table.caption)} wider than its box`).to.be.at.most(box.clientWidth + 1);
  }
  expect(widerThan(host), where).to.deep.equal([]);
}

/**
 * The label drawn before a card's field, as the reader sees it ('' when none): the drawn string, without the
 * alternative text Chrome serialises after it (`"Attendance" / ""`) where the label is drawn and not spoken.
 */
export function fieldLabel(cell: Element): string {
  const content = getComputedStyle(cell, '::before').content;
  if (content === 'none' || content === 'normal') return '';
  const drawn = /^"((?:[^"\\]|\\.)*)"/.exec(content);
  return drawn ? drawn[1]!.replace(/\\(.)/g, '$1') : content;
}
