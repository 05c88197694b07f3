/**
 * The register's controls as voice control and a screen reader's lists of
 * form fields and buttons name them, read from Chromium's accessibility tree:
 * no two controls with different jobs share a name ("click Owner" picks one),
 * and each name holds the words the control shows (WCAG 2.5.3, label in name).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../components/risk-register/risk-register.js';
import '../../../components/action-tracker/action-tracker.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { seedDocument } from '../../fixtures/documents.js';
import { choose, selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { visibleText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/** The roles a person operates: what voice control offers and a screen reader lists as fields and buttons. */
const CONTROLS = new Set(['button', 'combobox', 'textbox', 'checkbox', 'radio', 'link', 'DisclosureTriangle']);

/** Every control on the page, as `role: name`, in page order. */
async function controlNames(): Promise<string[]> {
  const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return flat(tree)
    .filter((node) => CONTROLS.has(node.role))
    .map((node) => `${node.role}: ${node.name ?? ''}`);
}

/** The names given to more than one control, whatever their role. */
function repeated(names: string[]): string[] {
  const bare = names.map((name) => name.replace(/^[^:]+: /, '').toLowerCase());
  return [...new Set(bare.filter((name, index) => bare.indexOf(name) !== index))];
}

const sutton = { group: 'eog', today: '2019-12-10' };

async function suttonRegister(lang = 'en'): Promise<RiskRegister> {
  const register = await showElement<RiskRegister>('risk-register', { ...sutton, lang }, await seedDocument('sutton'));
  await waitUntil(() => shadowOf(register).querySelector('table[part="table"]'), 'the register shows its table');
  return register;
}

describe('<risk-register>: the names of its controls', () => {
  for (const [lang, words] of [
    ['en', en.risk],
    ['cy', cy.risk],
  ] as const) {
    it(`are each said once, filters apart from the column sort buttons (${lang})`, async () => {
      const register = await suttonRegister(lang);
      // A filter chosen, so that "Clear filters" is there too.
      choose(selectLabelled(shadowOf(register), words.filterStatus), 'open');
      await register.updateComplete;
      const names = await controlNames();
      expect(names).to.include(`button: ${words.columns.owner}`);
      expect(names).to.include(`combobox: ${words.filterOwner}`);
      expect(repeated(names)).to.deep.equal([]);
    });
  }

  it('hold the words each control shows: a filter its label, a sort button its column', async () => {
    const register = await suttonRegister();
    const root = shadowOf(register);
    const names = await controlNames();
    for (const label of root.querySelectorAll<HTMLLabelElement>('.filters label')) {
      // The label's own words, not the words of the option its select shows.
      const shown = [...label.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
      expect(
        names.some((name) => name.startsWith(`combobox: ${shown}`)),
        shown,
      ).to.equal(true);
    }
    // The column header's name is the column's own words: a screen reader reads it before every cell.
    for (const button of root.querySelectorAll<HTMLButtonElement>('th button.sort'))
      expect(names).to.include(`button: ${visibleText(button).replace(/[▲▼]/g, '').trim()}`);
  });

  it('differ from a tracker’s on the same page: each status filter says whose', async () => {
    const data = await seedDocument('sutton');
    await suttonRegister();
    await showElement('action-tracker', sutton, data);
    expect(repeated(await controlNames())).to.deep.equal([]);
  });
});
