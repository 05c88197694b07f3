/**
 * What the risk register's layout, keyboard and announcement tests share: a
 * register in a box of a given width (the element follows its container, not
 * the window), and a counter of what its live regions say.
 */
import { fixtureSync, html } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import type { RiskSortKey } from '../../../components/risk-register/risk-rows.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';

/** The register table's columns, in order. */
export const COLUMNS: RiskSortKey[] = [
  'id',
  'title',
  'owner',
  'category',
  'score',
  'inherent',
  'target',
  'trend',
  'review',
  'appetite',
  'mitigation',
];

/** A seed partnership's register, as its demo page shows it. */
export const SEEDS = {
  sutton: { group: 'eog', today: '2019-12-10' },
  ealing: { group: 'elp-board', today: '2018-10-11' },
  suffolk: { group: 'interim-board', today: '2015-01-22' },
  wokingham: { group: 'wep', today: '2022-09-22' },
} as const;

/** A register of `seed` in a div `width` px wide (in `font`, if given), with `attrs`, once its table shows. */
export async function registerInBox(
  width: number,
  attrs: Record<string, string> = {},
  seed: keyof typeof SEEDS = 'sutton',
  font = '',
): Promise<RiskRegister> {
  const register = document.createElement('risk-register');
  for (const [name, value] of Object.entries({ ...SEEDS[seed], ...attrs })) register.setAttribute(name, value);
  register.data = await seedDocument(seed);
  fixtureSync(html`<div style="width: ${width}px; font: ${font || 'inherit'}">${register}</div>`);
  await until(() => !!shadowOf(register).querySelector('table[part="table"]'), 'the register to show its table');
  return register;
}

export const registerTable = (register: RiskRegister) =>
  shadowOf(register).querySelector<HTMLTableElement>('table[part="table"]')!;

export const heatMapOf = (register: RiskRegister) =>
  shadowOf(register).querySelector<HTMLTableElement>('table[part="heat-map"]')!;

/** The heat map's button for likelihood:impact. */
export const heatCell = (register: RiskRegister, key: string) =>
  heatMapOf(register).querySelector<HTMLButtonElement>(`button[data-cell="${key}"]`)!;

/** Whether `element` takes up room on the page (display: none anywhere above it does not). */
export const shown = (element: Element) => (element as HTMLElement).checkVisibility();

/**
 * Counts what the status and alert regions under `root` say: each time a
 * region's text changes to words, once per change however many DOM
 * mutations made it. A duplicate would be a second entry.
 */
export function announcementCounter(root: ShadowRoot): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const last = new Map<Element, string>();
  const regions = () => [...root.querySelectorAll('[role="status"], [role="alert"]')];
  for (const region of regions()) last.set(region, (region.textContent ?? '').replace(/\s+/g, ' ').trim());
  const observer = new MutationObserver((records) => {
    const touched = new Set<Element>();
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      const region = node?.closest('[role="status"], [role="alert"]');
      if (region) touched.add(region);
    }
    for (const region of touched) {
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text !== last.get(region)) said.push(text);
      last.set(region, text);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}
