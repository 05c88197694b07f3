// <risk-register> fits the box the page gives it: a table where there is room,
// one summary card per risk where there is not (a container query on the
// element's own box), the host's hide-columns on wide tables, and print.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMediaFeatures } from '../../fixtures/all-elements.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import type { RiskSortKey } from '../../../components/risk-register/risk-rows.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { seedDocument } from '../../fixtures/documents.js';
import { COLUMNS, heatCell, heatMapOf, registerInBox, registerTable, SEEDS, shown } from './register-harness.js';

const r = en.risk;
const CONTROLS = 'button, select, summary, a[href], input, [tabindex="0"]';

/** Everything in the shadow root that sticks out of the element, by more than rounding. */
function overflowing(register: RiskRegister): string[] {
  const box = register.getBoundingClientRect();
  return [...shadowOf(register).querySelectorAll('*')]
    .filter((element) => shown(element) && !element.closest('.visually-hidden'))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5);
    })
    .map(
      (element) =>
        `${element.localName}.${element.className} ${Math.round(element.getBoundingClientRect().right)} > ${Math.round(box.right)}`,
    );
}

/** The controls a person could reach that lie outside the window, sideways. */
function offScreenControls(register: RiskRegister): string[] {
  return [...shadowOf(register).querySelectorAll(CONTROLS)]
    .filter((control) => shown(control) && !control.closest('.visually-hidden'))
    .filter((control) => {
      const rect = control.getBoundingClientRect();
      return rect.left < 0 || rect.right > window.innerWidth;
    })
    .map((control) => `${control.localName} ${(control.textContent ?? '').trim().slice(0, 30)}`);
}

const isCards = (register: RiskRegister) => getComputedStyle(registerTable(register)).display !== 'table';

/** The label a card shows above a cell: its ::before, drawn from data-label. */
function labelOf(cell: HTMLElement): string | undefined {
  const before = getComputedStyle(cell, '::before');
  const label = cell.dataset.label;
  // Computed as written on screen, as the words themselves in print.
  const drawn = before.content.includes('attr(data-label)') || before.content.startsWith(`"${label}"`);
  return before.display === 'none' || !drawn ? undefined : label;
}

/**
 * The box of a cell's band letter and the inside of its edge. The letter is the button's ::after, which has no box of
 * its own: a span set in the ::after's computed display (a line of its own below a long count), font, size, raise
 * and margin takes its place while it is measured.
 */
function letterAndEdge(button: HTMLButtonElement): [DOMRect, { top: number; right: number; bottom: number }] {
  const after = getComputedStyle(button, '::after');
  const probe = document.createElement('span');
  probe.textContent = button.dataset.letter!;
  for (const property of [
    'display',
    'font-family',
    'font-size',
    'font-weight',
    'vertical-align',
    'margin-inline-start',
  ]) {
    probe.style.setProperty(property, after.getPropertyValue(property));
  }
  const letter = button.dataset.letter!;
  delete button.dataset.letter;
  button.append(probe);
  // The text's box, not the span's: set on a line of its own, the span is as wide as the line.
  const range = document.createRange();
  range.selectNodeContents(probe);
  const box = range.getBoundingClientRect();
  const rect = button.getBoundingClientRect();
  const style = getComputedStyle(button);
  probe.remove();
  button.dataset.letter = letter;
  return [
    box,
    {
      top: rect.top + parseFloat(style.borderTopWidth),
      right: rect.right - parseFloat(style.borderRightWidth),
      bottom: rect.bottom - parseFloat(style.borderBottomWidth),
    },
  ];
}

/** The WCAG contrast ratio of two computed colours, "rgb(r, g, b)". */
function contrast(one: string, two: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('<risk-register>: it fits its box', function () {
  this.timeout(20_000);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  for (const width of [320, 768, 1280]) {
    it(`in a ${width} px box nothing is wider than the element and every control is on screen`, async () => {
      await setViewport({ width: width + 40, height: 800 });
      const register = await registerInBox(width);
      expect(Math.round(register.getBoundingClientRect().width)).to.equal(width);
      expect(overflowing(register)).to.deep.equal([]);
      expect(offScreenControls(register)).to.deep.equal([]);
    });
  }

  it('at 320 and 768 px each risk is a card with every field under its label; at 1280 px a table', async () => {
    await setViewport({ width: 1320, height: 800 });
    for (const width of [320, 768]) {
      const register = await registerInBox(width);
      expect(isCards(register), `cards at ${width} px`).to.equal(true);
      for (const row of registerTable(register).tBodies[0]!.rows) {
        const cells = [...row.cells];
        expect(cells.map((cell) => cell.dataset.column)).to.deep.equal(COLUMNS);
        for (const cell of cells) {
          const key = cell.dataset.column as RiskSortKey;
          expect(shown(cell), `${key} shows`).to.equal(true);
          expect(labelOf(cell), `${key}'s label`).to.equal(r.columns[key]);
          expect(cell.getBoundingClientRect().height).to.be.greaterThan(0);
        }
      }
      // The sort buttons stay, in a row of their own above the cards.
      expect([...registerTable(register).tHead!.querySelectorAll('button')].filter(shown)).to.have.length(
        COLUMNS.length,
      );
      await expectNoAxeViolations(register);
    }
    const wide = await registerInBox(1280);
    expect(isCards(wide), 'a table at 1280 px').to.equal(false);
    const visible = [...registerTable(wide).tHead!.rows[0]!.cells].filter(shown).map((th) => th.dataset.column);
    expect(visible).to.deep.equal(COLUMNS);
    expect(labelOf(registerTable(wide).tBodies[0]!.rows[0]!.cells[0]!), 'no label in a table cell').to.equal(undefined);
  });

  it('a table keeps its semantics as cards: roles on every part, a header for every column and every row', async () => {
    const register = await registerInBox(320);
    const table = registerTable(register);
    expect(table.getAttribute('role')).to.equal('table');
    expect([...table.querySelectorAll('tr')].every((tr) => tr.getAttribute('role') === 'row')).to.equal(true);
    expect([...table.querySelectorAll('td')].every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
    expect([...table.tHead!.querySelectorAll('th')].every((th) => th.getAttribute('role') === 'columnheader')).to.equal(
      true,
    );
    const rows = [...table.tBodies[0]!.rows];
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      const headers = [...row.querySelectorAll('th')];
      expect(headers.map((th) => [th.getAttribute('role'), th.scope, th.dataset.column])).to.deep.equal([
        ['rowheader', 'row', 'title'],
      ]);
    }
  });

  // 1,056 px in 19 px Arial is the column the demo pages give the register in a 1280 px window.
  for (const [seed] of Object.entries(SEEDS)) {
    for (const [width, font] of [
      [1280, ''],
      [1056, '19px Arial, sans-serif'],
    ] as const) {
      it(`${seed}'s register is a table no wider than a ${width} px box ${font}`, async () => {
        await setViewport({ width: 1320, height: 800 });
        const register = await registerInBox(width, {}, seed as keyof typeof SEEDS, font);
        expect(isCards(register)).to.equal(false);
        expect(registerTable(register).getBoundingClientRect().right).to.be.at.most(
          register.getBoundingClientRect().right + 0.5,
        );
        expect(overflowing(register)).to.deep.equal([]);
      });
    }
  }

  /** A register in Welsh, once its words are Welsh (the Welsh messages load on demand). */
  async function welshRegisterInBox(width: number, seed: keyof typeof SEEDS = 'sutton', font = '') {
    const register = await registerInBox(width, { lang: 'cy' }, seed, font);
    await until(
      () => registerTable(register).caption!.textContent!.includes(cy.risk.caption(1, 1).split(' ')[0]!),
      'Welsh words',
    );
    return register;
  }

  // Welsh words run longer than English ones: at 1,056 px in 19 px Arial the Welsh table needed about 60em, so it
  // scrolled sideways in its box with the mitigation column out of sight, where the English table fits.
  for (const [seed] of Object.entries(SEEDS)) {
    it(`${seed}'s register in Welsh, in the demo's 1,056 px column, is cards or a table that fits, never one that scrolls`, async () => {
      await setViewport({ width: 1320, height: 800 });
      const register = await welshRegisterInBox(1056, seed as keyof typeof SEEDS, '19px Arial, sans-serif');
      const box = registerTable(register).parentElement!;
      expect(box.scrollWidth, 'the table’s box scrolls sideways').to.be.at.most(box.clientWidth + 1);
      expect(box.hasAttribute('role'), 'a scroll region').to.equal(false);
      expect(overflowing(register)).to.deep.equal([]);
    });
  }

  // Forced colours draw an edge and an inset round each sort button (blue text no longer marks them): each header
  // grew about half an em, and the full table scrolled 28 px sideways in the demo's column, the mitigation out of sight.
  for (const [seed] of Object.entries(SEEDS)) {
    it(`${seed}'s register in forced colours, in the demo's 1,056 px column, is cards or a table that fits`, async () => {
      await setViewport({ width: 1320, height: 800 });
      const register = await registerInBox(1056, {}, seed as keyof typeof SEEDS, '19px Arial, sans-serif');
      // Turned on with the register on the page, as a reader switching Windows' contrast theme does.
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const box = registerTable(register).parentElement!;
        await until(() => box.scrollWidth <= box.clientWidth + 1, 'the table’s box not scrolling sideways');
        expect(overflowing(register)).to.deep.equal([]);
      } finally {
        await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
      }
    });
  }

  it('in Welsh the full table stays a table where there is room for its longer words', async () => {
    await setViewport({ width: 1320, height: 800 });
    const register = await welshRegisterInBox(1280, 'sutton', '16px Arial, sans-serif');
    expect(isCards(register)).to.equal(false);
    expect(overflowing(register)).to.deep.equal([]);
  });

  // "Tebygolrwydd", the Welsh axis beside the likelihood rows, is wider than "Likelihood": on a 320 px phone it pushed
  // the map wider than its box, the fifth column and the caption's last words out of sight.
  for (const font of ['16px Arial, sans-serif', '19px Arial, sans-serif']) {
    it(`in Welsh, in a 288 px box (a 320 px phone) in ${font}, the heat map fits without scrolling`, async () => {
      await setViewport({ width: 320, height: 800 });
      const register = await welshRegisterInBox(288, 'sutton', font);
      const box = heatMapOf(register).parentElement!;
      expect(box.scrollWidth, 'the heat map’s box scrolls sideways').to.be.at.most(box.clientWidth + 1);
      expect(overflowing(register)).to.deep.equal([]);
      // Still a target a finger can press (WCAG 2.5.8 asks 24 px).
      const cell = heatMapOf(register).querySelector('button')!.getBoundingClientRect();
      expect(Math.min(cell.width, cell.height)).to.be.at.least(24);
    });
  }

  // A cell with a count sat a few pixels lower than an empty cell in the same row: a button is inline, and an empty
  // one has no text to give it a baseline, so its bottom edge stood on the baseline instead.
  for (const width of [288, 1000]) {
    it(`in a ${width} px box the cells of each row of the heat map line up, with a count or without`, async () => {
      const register = await registerInBox(width);
      const rows = [...heatMapOf(register).querySelectorAll('tbody tr')];
      let mixed = 0;
      for (const row of rows) {
        const buttons = [...row.querySelectorAll<HTMLButtonElement>('button')];
        if (new Set(buttons.map((button) => button.textContent!.trim() === '')).size > 1) mixed += 1;
        const tops = buttons.map((button) => Math.round(button.getBoundingClientRect().top));
        expect(new Set(tops).size, `row ${row.querySelector('th')?.textContent}: tops ${tops.join(', ')}`).to.equal(1);
      }
      expect(mixed, 'rows with cells with and without a count').to.be.greaterThan(0);
    });
  }

  // The band's letter (a superscript "H") touched the inner line of a red cell's double edge in the narrow map, in
  // English too. The letter is drawn (::after), which has no box to measure: a probe set as the ::after is, in its
  // place, stands in for it, and its box (the font's whole height, above the capital) keeps inside the edge.
  for (const lang of ['en', 'cy']) {
    for (const font of ['16px Arial, sans-serif', '19px Arial, sans-serif']) {
      it(`in ${lang}, in a 288 px box in ${font}, each cell's band letter keeps inside the cell's edge`, async () => {
        await setViewport({ width: 320, height: 800 });
        const register =
          lang === 'cy' ? await welshRegisterInBox(288, 'sutton', font) : await registerInBox(288, {}, 'sutton', font);
        const lettered = [...heatMapOf(register).querySelectorAll<HTMLButtonElement>('button[data-letter]')];
        expect(lettered.length, 'cells with a letter').to.be.greaterThan(2);
        for (const button of lettered) {
          const [letter, edge] = letterAndEdge(button);
          const where = `${button.dataset.cell} (${button.dataset.letter})`;
          // A pixel's room at least between the letter and the edge's inner line.
          expect(letter.top, `${where}: top`).to.be.at.least(edge.top + 1);
          expect(letter.right, `${where}: right`).to.be.at.most(edge.right - 1);
          expect(letter.bottom, `${where}: bottom`).to.be.at.most(edge.bottom - 1);
        }
      });
    }
  }

  // A count of 10 or more ran past a red cell's double edge in Welsh at 320 px (1.9em cells). A register in which the
  // red, amber and green cells hold 3 digits and another 2: Arial's digits are all as wide, so 100 is as wide as 999.
  async function crowdedRegister(lang: string, font: string): Promise<RiskRegister> {
    const document = await seedDocument('sutton');
    const [red, amber] = ['R-01', 'R-04'].map((id) => document.risks.find((risk: { id: string }) => risk.id === id));
    const copies = (of: object, count: number, prefix: string, where: object = {}) =>
      Array.from({ length: count }, (_, n) => ({ ...of, ...where, id: `${prefix}-${n + 1}`, history: [] }));
    document.risks.push(
      ...copies(red, 100, 'RED'),
      ...copies(amber, 100, 'AMBER'),
      ...copies(amber, 100, 'GREEN', { likelihood: 1, impact: 2 }),
      ...copies(red, 10, 'TEN', { likelihood: 5, impact: 5 }),
    );
    const register = await registerInBox(288, { lang }, 'sutton', font);
    register.data = document;
    await until(() => !!heatCell(register, '1:2')?.dataset.letter, 'the crowded cells');
    if (lang === 'cy') {
      await until(
        () => registerTable(register).caption!.textContent!.includes(cy.risk.caption(1, 1).split(' ')[0]!),
        'Welsh words',
      );
    }
    return register;
  }

  for (const lang of ['en', 'cy']) {
    for (const font of ['16px Arial, sans-serif', '19px Arial, sans-serif']) {
      it(`in ${lang}, in a 288 px box in ${font}, a count of 2 or 3 digits and its band letter keep inside the cell's edge`, async () => {
        await setViewport({ width: 320, height: 800 });
        const register = await crowdedRegister(lang, font);
        const crowded = ['4:5', '3:3', '1:2', '5:5'].map((key) => heatCell(register, key));
        expect(
          crowded.map((button) => button.textContent!.length),
          'digits',
        ).to.deep.equal([3, 3, 3, 2]);
        for (const button of crowded) {
          const where = `${button.dataset.cell} (${button.textContent}${button.dataset.letter})`;
          const style = getComputedStyle(button);
          const rect = button.getBoundingClientRect();
          const inside = {
            left: rect.left + parseFloat(style.borderLeftWidth),
            right: rect.right - parseFloat(style.borderRightWidth),
          };
          const range = document.createRange();
          range.selectNodeContents(button);
          const count = range.getBoundingClientRect();
          const [letter, edge] = letterAndEdge(button);
          expect(count.left, `${where}: the count's left`).to.be.at.least(inside.left + 1);
          expect(letter.right, `${where}: the letter's right`).to.be.at.most(edge.right - 1);
          expect(letter.top, `${where}: the letter's top`).to.be.at.least(edge.top + 1);
          // The cell's own box holds the button: nothing spills into the next cell.
          const cell = button.parentElement!.getBoundingClientRect();
          expect(rect.left, `${where}: in its cell`).to.be.at.least(cell.left - 0.5);
          expect(rect.right, `${where}: in its cell`).to.be.at.most(cell.right + 0.5);
        }
        const box = heatMapOf(register).parentElement!;
        expect(box.scrollWidth, 'the heat map’s box scrolls sideways').to.be.at.most(box.clientWidth + 1);
        expect(overflowing(register)).to.deep.equal([]);
      });
    }
  }

  /**
   * How far into a button's padding box its inset box-shadows (the selected cell's mark) reach from each side. An inset
   * shadow covers the padding box but for that box moved by its offsets and shrunk by its spread.
   */
  function markReach(button: HTMLButtonElement): { top: number; right: number; bottom: number; left: number } {
    const style = getComputedStyle(button);
    const reach = { top: 0, right: 0, bottom: 0, left: 0 };
    for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
      if (!shadow.includes('inset') || /rgba\([^)]*,\s*0\)/.test(shadow)) continue;
      const [x = 0, y = 0, , spread = 0] = (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(
        parseFloat,
      );
      reach.top = Math.max(reach.top, y + spread);
      reach.bottom = Math.max(reach.bottom, spread - y);
      reach.left = Math.max(reach.left, x + spread);
      reach.right = Math.max(reach.right, spread - x);
    }
    return reach;
  }

  /** The clear space inside `button`'s edge and inset marks, and the boxes of its count and of its band letter. */
  function countRoom(button: HTMLButtonElement) {
    const style = getComputedStyle(button);
    const rect = button.getBoundingClientRect();
    const reach = markReach(button);
    const clear = {
      top: rect.top + parseFloat(style.borderTopWidth) + reach.top,
      right: rect.right - parseFloat(style.borderRightWidth) - reach.right,
      bottom: rect.bottom - parseFloat(style.borderBottomWidth) - reach.bottom,
      left: rect.left + parseFloat(style.borderLeftWidth) + reach.left,
    };
    const range = document.createRange();
    range.selectNodeContents(button.querySelector('.count')!);
    return { reach, clear, count: range.getBoundingClientRect(), letter: letterAndEdge(button)[0] };
  }

  // The selected cell's inner ring (3 px inside its edge) touched a count of 3 digits in the narrow map: a red cell is
  // 24 px inside its double edge in Welsh at 320 px, and "102" is 21 px of that. Whatever is drawn inside the edge of
  // a selected cell keeps 2 px clear of its count and band letter, selected alone or focused too, in forced colours as
  // well; and the selected cell still stands out by a change of lightness of 3:1 (not by hue alone), focused or not,
  // its words 4.5:1 against its fill.
  for (const lang of ['en', 'cy']) {
    for (const forced of [false, true]) {
      for (const font of ['16px Arial, sans-serif', '19px Arial, sans-serif']) {
        it(`in ${lang}${forced ? ', in forced colours' : ''}, in a 288 px box in ${font}, a selected cell's mark keeps clear of its count`, async () => {
          await setViewport({ width: 320, height: 800 });
          if (forced) await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
          try {
            const register = await crowdedRegister(lang, font);
            for (const key of ['4:5', '3:3', '1:2', '5:5']) {
              const plain = getComputedStyle(heatCell(register, key)).backgroundColor;
              heatCell(register, key).click();
              await until(() => heatCell(register, key).getAttribute('aria-pressed') === 'true', 'the cell selected');
              const selected = getComputedStyle(heatCell(register, key)).backgroundColor;
              // Focus drawn as for a keyboard user: to the next cell and back by the arrow keys.
              heatCell(register, key).focus();
              const [away, back] = key.endsWith(':5') ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
              await sendKeys({ press: away });
              await register.updateComplete;
              const focusedPlain = getComputedStyle(shadowOf(register).activeElement!).backgroundColor;
              await sendKeys({ press: back });
              await register.updateComplete;
              const button = heatCell(register, key);
              expect(button.matches(':focus-visible'), `${key}: focus drawn`).to.equal(true);
              const focusedSelected = getComputedStyle(button).backgroundColor;
              const where = `${key} (${button.textContent}${button.dataset.letter})`;
              for (const [state, fill, other] of [
                ['selected', selected, plain],
                ['selected and focused', focusedSelected, focusedPlain],
              ] as const) {
                // Forced colours are the person's own: the selected cell takes theirs for a selection.
                if (forced) expect(fill, `${where} ${state}: its fill`).not.to.equal(other);
                else expect(contrast(fill, other), `${where} ${state}: its fill against another's`).to.be.at.least(3);
              }
              expect(contrast(getComputedStyle(button).color, focusedSelected), `${where}: its words`).to.be.at.least(
                forced ? 1 : 4.5,
              );
              for (const focused of [true, false]) {
                if (!focused) button.blur();
                const { reach, clear, count, letter } = countRoom(button);
                const state = focused ? 'focused' : 'selected';
                for (const [what, box] of [
                  ['count', count],
                  ['letter', letter],
                ] as const) {
                  for (const side of ['top', 'left'] as const)
                    if (reach[side] > 0)
                      expect(box[side] - clear[side], `${where} ${state}: ${what}, ${side}`).to.be.at.least(2);
                  for (const side of ['bottom', 'right'] as const)
                    if (reach[side] > 0)
                      expect(clear[side] - box[side], `${where} ${state}: ${what}, ${side}`).to.be.at.least(2);
                  // Inside the edge with no mark, as for every cell.
                  expect(box.left, `${where} ${state}: ${what} in its edge`).to.be.at.least(
                    clear.left + 1 - reach.left,
                  );
                  expect(box.right, `${where} ${state}: ${what} in its edge`).to.be.at.most(
                    clear.right - 1 + reach.right,
                  );
                }
              }
            }
          } finally {
            if (forced) await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
          }
        });
      }
    }
  }

  /** How far a button's focus and selected rings reach past its box on each side: outer box-shadows and the outline. */
  function ringReach(button: HTMLButtonElement): { top: number; right: number; bottom: number; left: number } {
    const style = getComputedStyle(button);
    const reach = { top: 0, right: 0, bottom: 0, left: 0 };
    for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
      if (shadow.includes('inset') || /rgba\([^)]*,\s*0\)/.test(shadow)) continue;
      const [x = 0, y = 0, blur = 0, spread = 0] = (
        shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []
      ).map(parseFloat);
      reach.top = Math.max(reach.top, spread + blur - y);
      reach.bottom = Math.max(reach.bottom, spread + blur + y);
      reach.left = Math.max(reach.left, spread + blur - x);
      reach.right = Math.max(reach.right, spread + blur + x);
    }
    const outline = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    if (style.outlineStyle !== 'none' && !/rgba\([^)]*,\s*0\)/.test(style.outlineColor) && outline > 0) {
      for (const side of ['top', 'right', 'bottom', 'left'] as const) reach[side] = Math.max(reach[side], outline);
    }
    return reach;
  }

  // The selected cell's ring, focused, drew a 4 px bar below it into a 3 px gap between the rows: the row below,
  // painted after it, covered its last pixel; in forced colours a 3 px outline 1 px off the cell reached into the
  // cells beside and below it. A ring is measured against the gap to each neighbour, in both languages.
  for (const lang of ['en', 'cy']) {
    for (const forced of [false, true]) {
      it(`in ${lang}${forced ? ', in forced colours' : ''}, the focused selected cell's ring reaches into no other cell`, async () => {
        await setViewport({ width: 320, height: 800 });
        if (forced) await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        try {
          const register =
            lang === 'cy'
              ? await welshRegisterInBox(288, 'sutton', '19px Arial, sans-serif')
              : await registerInBox(288, {}, 'sutton', '19px Arial, sans-serif');
          const selected = heatCell(register, '4:4');
          selected.click();
          await until(() => selected.getAttribute('aria-pressed') === 'true', 'the cell selected');
          // To the next cell and back by the arrow keys: the focus is drawn, as for a keyboard user.
          selected.focus();
          await sendKeys({ press: 'ArrowRight' });
          await sendKeys({ press: 'ArrowLeft' });
          await register.updateComplete;
          const focused = shadowOf(register).activeElement as HTMLButtonElement;
          expect(focused?.dataset.cell, 'the selected cell has the focus').to.equal('4:4');
          expect(focused.matches(':focus-visible'), 'focus is drawn').to.equal(true);
          const box = focused.getBoundingClientRect();
          const reach = ringReach(focused);
          expect(reach.bottom + reach.top, 'a ring outside the cell').to.be.greaterThan(0);
          const neighbour = (key: string) => heatCell(register, key).getBoundingClientRect();
          expect(box.bottom + reach.bottom, 'below').to.be.at.most(neighbour('3:4').top);
          expect(box.top - reach.top, 'above').to.be.at.least(neighbour('5:4').bottom);
          expect(box.right + reach.right, 'right').to.be.at.most(neighbour('4:5').left);
          expect(box.left - reach.left, 'left').to.be.at.least(neighbour('4:3').right);
        } finally {
          if (forced) await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
        }
      });
    }
  }

  it('hide-columns leaves out exactly those columns of a wide table; the cards still show them', async () => {
    await setViewport({ width: 1320, height: 800 });
    const hidden = ['inherent', 'target', 'mitigation'];
    const register = await registerInBox(1280, { 'hide-columns': hidden.join(' ') });
    const table = registerTable(register);
    const left = COLUMNS.filter((key) => !hidden.includes(key));
    expect([...table.tHead!.rows[0]!.cells].filter(shown).map((th) => th.dataset.column)).to.deep.equal(left);
    for (const row of table.tBodies[0]!.rows) {
      expect([...row.cells].filter(shown).map((td) => td.dataset.column)).to.deep.equal(left);
    }
    // Fewer columns need less room: this table stays a table in a 768 px box.
    const narrower = await registerInBox(768, { 'hide-columns': 'inherent target mitigation category trend' });
    expect(isCards(narrower), 'a table of six columns at 768 px').to.equal(false);
    expect(overflowing(narrower)).to.deep.equal([]);
    const cards = await registerInBox(320, { 'hide-columns': hidden.join(' ') });
    expect(isCards(cards)).to.equal(true);
    const first = registerTable(cards).tBodies[0]!.rows[0]!;
    expect([...first.cells].filter(shown).map((td) => td.dataset.column)).to.deep.equal(COLUMNS);
    // Words that are no column are ignored.
    const odd = await registerInBox(1280, { 'hide-columns': 'nonsense  owner' });
    expect([...registerTable(odd).tHead!.rows[0]!.cells].filter(shown)).to.have.length(COLUMNS.length - 1);
  });

  describe('in print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('a wide table prints its headers as text; the filters and the download do not print', async () => {
      await setViewport({ width: 1320, height: 800 });
      const register = await registerInBox(1280);
      await emulateMedia({ media: 'print' });
      const headers = [...registerTable(register).tHead!.rows[0]!.cells];
      expect(headers.filter(shown).map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        COLUMNS.map((key) => (key === 'score' ? `${r.columns[key]}${r.sortArrow.descending}` : r.columns[key])),
      );
      for (const th of headers) expect(th.getBoundingClientRect().height, th.dataset.column).to.be.greaterThan(0);
      const root = shadowOf(register);
      expect(shown(root.querySelector('.filters')!), 'filters').to.equal(false);
      expect(shown(root.querySelector('.download')!), 'download').to.equal(false);
      // No risk is split across pages, and the heat map prints whole.
      for (const row of registerTable(register).tBodies[0]!.rows)
        expect(getComputedStyle(row).breakInside).to.equal('avoid');
      expect(shown(root.querySelector('.heat-map button')!), 'the heat map prints').to.equal(true);
    });

    // On paper there is no cell to choose: the heat map's caption prints what it shows, not how to filter by it.
    for (const [lang, words] of [
      ['en', en.risk],
      ['cy', cy.risk],
    ] as const) {
      it(`the heat map's caption prints what the map shows, without the screen's "Choose a cell" (${lang})`, async () => {
        await setViewport({ width: 1320, height: 800 });
        const register = await registerInBox(1280, { lang });
        await until(() => heatMapOf(register).caption!.textContent!.includes(words.heatMapTitle), `${lang} words`);
        const visibleText = (element: Element) =>
          [...element.querySelectorAll('*')]
            .filter((e) => !shown(e))
            .reduce((text, hidden) => text.replace(hidden.textContent!, ''), element.textContent!)
            .replace(/\s+/g, ' ')
            .trim();
        const caption = heatMapOf(register).caption!;
        const [title, what, choose] = [words.heatMapTitle, words.heatMapCaption('open'), words.heatMapChoose];
        expect(visibleText(caption), 'on screen').to.equal(`${title} ${what} ${choose}`);
        await emulateMedia({ media: 'print' });
        expect(visibleText(caption), 'on paper').to.equal(`${title} ${what}`);
      });
    }

    it('on a page as narrow as A4 it prints cards, each field under its label, and no sort buttons', async () => {
      await setViewport({ width: 760, height: 1000 });
      const register = await registerInBox(718);
      await emulateMedia({ media: 'print' });
      expect(isCards(register)).to.equal(true);
      expect(shown(registerTable(register).tHead!)).to.equal(false);
      for (const cell of registerTable(register).tBodies[0]!.rows[0]!.cells) {
        expect(labelOf(cell)).to.equal(r.columns[cell.dataset.column as RiskSortKey]);
      }
      expect(overflowing(register)).to.deep.equal([]);
    });
  });
});
