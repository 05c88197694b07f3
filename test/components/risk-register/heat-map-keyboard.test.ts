// The heat map as an APG grid: one tab stop for its 25 cells, arrow keys,
// Home and End between them, focus drawn, and Tab out in one press. Its bands
// told apart without colour, and its likelihood axis labelled for the eye.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { heatCell, heatMapOf, registerInBox, shown } from './register-harness.js';

const r = en.risk;
const focused = (register: RiskRegister) => shadowOf(register).activeElement as HTMLElement | null;
const focusedCell = (register: RiskRegister) => focused(register)?.dataset.cell;

/** Presses `key`; "Control+End" holds Control down around End. */
async function press(register: RiskRegister, key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
  await register.updateComplete;
}

describe('<risk-register>: the heat map from the keyboard', function () {
  this.timeout(20_000);
  before(async () => setViewport({ width: 1320, height: 900 }));
  after(async () => setViewport({ width: 800, height: 600 }));

  it('is a grid with one tab stop: Tab enters once, the arrows, Home and End move, Tab leaves', async () => {
    const register = await registerInBox(1280);
    const map = heatMapOf(register);
    expect(map.getAttribute('role')).to.equal('grid');
    const stops = [...map.querySelectorAll('button')].filter((b) => b.tabIndex === 0);
    expect(
      stops.map((b) => b.dataset.cell),
      'one tab stop, the top left cell',
    ).to.deep.equal(['5:1']);

    // From the last filter, Tab lands on the grid.
    const filters = shadowOf(register).querySelectorAll<HTMLSelectElement>('.filters select');
    filters[filters.length - 1]!.focus();
    await press(register, 'Tab');
    expect(focusedCell(register)).to.equal('5:1');
    // An empty cell is reachable and says it is empty.
    expect(focused(register)!.getAttribute('aria-label')).to.equal(r.cellLabel(0, 5, 1, 'Medium'));
    expect(focused(register)!.getAttribute('aria-label')).to.match(/^No risks/);
    expect(focused(register)!.matches(':focus-visible'), 'focus is drawn').to.equal(true);
    expect(getComputedStyle(focused(register)!).backgroundColor).to.equal('rgb(255, 221, 0)');

    const moves: [string, string][] = [
      ['ArrowRight', '5:2'],
      ['ArrowDown', '4:2'],
      ['End', '4:5'],
      ['ArrowRight', '4:5'],
      ['Home', '4:1'],
      ['ArrowLeft', '4:1'],
      ['ArrowUp', '5:1'],
      ['ArrowUp', '5:1'],
      ['Control+End', '1:5'],
      ['ArrowDown', '1:5'],
      ['Control+Home', '5:1'],
      ['PageDown', '1:1'],
      ['PageUp', '5:1'],
      ['ArrowDown', '4:1'],
      ['End', '4:5'],
    ];
    for (const [key, cell] of moves) {
      await press(register, key);
      expect(focusedCell(register), `after ${key}`).to.equal(cell);
      expect(focused(register)!.matches(':focus-visible'), `focus drawn after ${key}`).to.equal(true);
      const now = [...map.querySelectorAll('button')].filter((b) => b.tabIndex === 0);
      expect(
        now.map((b) => b.dataset.cell),
        `the one tab stop after ${key}`,
      ).to.deep.equal([cell]);
    }

    // Enter chooses the cell, as a click does.
    await press(register, 'Enter');
    expect(heatCell(register, '4:5').getAttribute('aria-pressed')).to.equal('true');
    expect(focusedCell(register)).to.equal('4:5');

    // One Tab leaves the grid, to the download button; Shift+Tab comes back to the same cell.
    await press(register, 'Tab');
    expect(focused(register)!.closest('.download'), 'Tab left the grid').not.to.equal(null);
    await press(register, 'Shift+Tab');
    expect(focusedCell(register)).to.equal('4:5');
  });

  it('keeps the cell chosen in the window when "Clear filters" appears above the map', async () => {
    // A column the filters fill, so the button takes a line of its own.
    const register = await registerInBox(560);
    // The window ends just below the bottom row, so the button's line pushes the cell out of it.
    const bottom = Math.ceil(heatCell(register, '1:3').getBoundingClientRect().bottom);
    await setViewport({ width: 1320, height: bottom + 2 });
    try {
      heatCell(register, '1:3').focus();
      await press(register, 'Enter');
      await new Promise(requestAnimationFrame);
      const cell = heatCell(register, '1:3');
      expect(cell.getAttribute('aria-pressed'), 'chosen').to.equal('true');
      expect(focusedCell(register)).to.equal('1:3');
      const { top, bottom: end } = cell.getBoundingClientRect();
      expect(top >= 0 && end <= innerHeight, `the cell at ${top}–${end} in ${innerHeight}`).to.equal(true);
    } finally {
      await setViewport({ width: 1320, height: 900 });
    }
  });

  it('labels the likelihood axis for the eye, as it does impact', async () => {
    const register = await registerInBox(1280);
    const axes = [...heatMapOf(register).tFoot!.querySelectorAll('.axis')];
    expect(axes.map((axis) => axis.textContent!.trim())).to.deep.equal([r.likelihoodAxis, r.impactAxis]);
    for (const axis of axes) expect(shown(axis) && axis.getBoundingClientRect().width > 0).to.equal(true);
  });
});

describe('<risk-register>: the bands without colour', function () {
  this.timeout(20_000);
  after(async () => emulateMedia({ media: 'screen' }));

  /** What tells a band's cell apart besides its colour: the style and width of its edge, and its letter. */
  function signal(register: RiskRegister, key: string): string {
    const button = heatCell(register, key);
    const style = getComputedStyle(button);
    const letter = getComputedStyle(button, '::after').content;
    return `${style.borderTopStyle} ${style.borderTopWidth} ${letter}`;
  }

  it('in greyscale each band differs by its edge and its letter, and the same in print', async () => {
    const register = await registerInBox(1280);
    // Sutton EOG's one Low risk, R-07, is closed, which the map leaves out: reopened, it fills a Low cell.
    const reopened = await seedDocument('sutton');
    reopened.risks.find((risk: LooseDocument) => risk.id === 'R-07').status = 'open';
    register.data = reopened;
    await until(() => heatCell(register, '1:3').dataset.letter === 'L', 'R-07 in its Low cell');
    register.style.filter = 'grayscale(1)';
    // Sutton EOG: 1:3 is Low, 3:3 Medium, 4:5 High.
    const cells = { low: '1:3', medium: '3:3', high: '4:5' };
    const onScreen = Object.values(cells).map((key) => signal(register, key));
    expect(new Set(onScreen).size, onScreen.join(' | ')).to.equal(3);
    expect(new Set(onScreen.map((s) => s.split(' ')[0])).size, 'three styles of edge').to.equal(3);
    expect(Object.values(cells).map((key) => heatCell(register, key).dataset.letter)).to.deep.equal(['L', 'M', 'H']);
    for (const key of Object.values(cells)) {
      const letter = heatCell(register, key).dataset.letter!;
      expect(getComputedStyle(heatCell(register, key), '::after').content, `${key} draws its letter`).to.equal(
        `"${letter}" / ""`,
      );
    }
    // Each legend entry carries its band's edge.
    for (const [rag, key] of [
      ['green', cells.low],
      ['amber', cells.medium],
      ['red', cells.high],
    ] as const) {
      const tag = shadowOf(register).querySelector(`.heat-map__legend .tag--${rag}`)!;
      expect(getComputedStyle(tag).borderTopStyle).to.equal(getComputedStyle(heatCell(register, key)).borderTopStyle);
    }
    await emulateMedia({ media: 'print' });
    const printed = Object.values(cells).map((key) => signal(register, key).split(' ').slice(0, 2).join(' '));
    expect(printed).to.deep.equal(onScreen.map((s) => s.split(' ').slice(0, 2).join(' ')));
    expect(Object.values(cells).every((key) => shown(heatCell(register, key)))).to.equal(true);
  });
});
