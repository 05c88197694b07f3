// Sorting names what it does and is said once: each column's header is a
// button named by the column's own words (as the MOJ's sortable table does:
// an aria-label of "Sort by owner" became the column's name, which a screen
// reader then read before every cell of it), aria-sort on the header, and
// one polite "Sorted by owner, A to Z".
import { expect } from '@open-wc/testing';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { riskRegisterStyles } from '../../../components/risk-register/risk-register.styles.js';
import { en } from '../../../src/messages/en.js';
import { shadowOf } from '../../fixtures/show-element.js';
import { announcementCounter, heatCell, registerInBox, registerTable } from './register-harness.js';

const r = en.risk;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function sortButton(register: RiskRegister, column: keyof typeof r.sortNames): HTMLButtonElement {
  return registerTable(register).tHead!.querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`)!;
}

describe('<risk-register>: sorting, said once', () => {
  it('each column is named by its own words, its header a button, and the sorted one says its order', async () => {
    const register = await registerInBox(1280);
    for (const th of registerTable(register).tHead!.rows[0]!.cells) {
      const column = th.dataset.column as keyof typeof r.sortNames;
      const button = sortButton(register, column);
      expect(button.hasAttribute('aria-label'), `${column}: no name but its words`).to.equal(false);
      expect(button.textContent!.trim()).to.equal(
        r.columns[column] + (th.hasAttribute('aria-sort') ? r.sortArrow.descending : ''),
      );
    }
    expect(registerTable(register).tHead!.querySelector('th[data-column="score"]')!.getAttribute('aria-sort')).to.equal(
      'descending',
    );
  });

  it('a sort is announced exactly once in a polite status region, with its order in words', async () => {
    const register = await registerInBox(1280);
    const root = shadowOf(register);
    const counter = announcementCounter(root);
    sortButton(register, 'owner').click();
    await register.updateComplete;
    await settle();
    expect(counter.said).to.deep.equal([r.sorted('owner', r.sortOrders.text.ascending)]);
    expect(counter.said[0]).to.equal('Sorted by owner, A to Z.');
    const region = [...root.querySelectorAll('[role="status"]')].find((el) => el.textContent!.includes('Sorted'))!;
    expect(region.getAttribute('aria-live') ?? 'polite (implicit)').to.contain('polite');
    const th = registerTable(register).tHead!.querySelector('th[data-column="owner"]')!;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');

    // The other way, then a number column: each said once more, nothing else said.
    sortButton(register, 'owner').click();
    await register.updateComplete;
    sortButton(register, 'score').click();
    await register.updateComplete;
    await settle();
    // Choosing a heat-map cell says how many are shown, not the sort again.
    heatCell(register, '4:5').click();
    await register.updateComplete;
    await settle();
    counter.stop();
    expect(counter.said).to.deep.equal([
      r.sorted('owner', 'A to Z'),
      r.sorted('owner', 'Z to A'),
      r.sorted('current score', 'highest first'),
      r.shownNow(2, 6),
    ]);
  });
});

describe('<risk-register>: every colour themable', () => {
  it('its styles hold no colour except as the fallback of a --pk-* property', () => {
    const text = riskRegisterStyles.cssText;
    const withoutFallbacks = text.replace(/var\(--pk-[\w-]+,\s*#[0-9a-f]{3,8}\)/gi, '');
    expect(withoutFallbacks.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi)).to.equal(null);
  });

  it('--pk-tag-* reach the tags and the heat-map cells', async () => {
    const register = await registerInBox(1280);
    register.style.setProperty('--pk-tag-red-background', 'rgb(1, 2, 3)');
    register.style.setProperty('--pk-tag-red-colour', 'rgb(4, 5, 6)');
    register.style.setProperty('--pk-tag-amber-background', 'rgb(7, 8, 9)');
    const root = shadowOf(register);
    const redTag = root.querySelector('table[part="table"] .tag--red')!;
    expect(getComputedStyle(redTag).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(redTag).color).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(heatCell(register, '4:5')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(heatCell(register, '4:5')).borderTopColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(heatCell(register, '3:3')).backgroundColor).to.equal('rgb(7, 8, 9)');
  });
});
