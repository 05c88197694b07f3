/**
 * Forced colours (Windows High Contrast), for all five elements on one page:
 * WCAG 1.4.1 Use of Color, 1.4.11 Non-text Contrast and 2.4.7 Focus Visible.
 *
 * Forced colours replace every author colour with the reader's few system
 * colours, so whatever colour alone said is gone. Under emulated forced
 * colours (test/harness/media-features-plugin.js) this proves that every
 * status still says itself in words inside a visible edge, that the heat
 * map's bands differ by the style of their edge (and the legend shows which
 * edge is which band), that every control keeps a visible edge, and that
 * keyboard focus draws an outline in a colour that is not transparent.
 */
import { expect } from '@open-wc/testing';
import {
  describeElement,
  emulateMediaFeatures as emulate,
  mountAll,
  shadowElements,
  tabStops,
  tabThrough,
} from '../fixtures/all-elements.js';
import { visibleText } from '../fixtures/text.js';

/** The statuses each element shows in colour, and the words that must say the same. */
const STATUSES: [tag: string, selector: string, words: RegExp][] = [
  ['partnership-roster', '.tag', /\w/],
  ['quorum-indicator', '.verdict .tag', /^(Not quorate|Quorate)$/],
  ['quorum-indicator', '.requirement .tag', /met/i],
  ['vote-panel', '.meta .tag', /\w/],
  ['vote-panel', '.result', /^(Result: .+|If voting closed now: .+|Too early to say how it will go: .+)\.$/],
  ['risk-register', 'td.numeric .tag', /^(Low|Medium|High)$/],
  ['risk-register', '.heat-map__legend .tag', /^(Low|Medium|High)$/],
  ['action-tracker', '.tag--red', /overdue/i],
];

function shadowOf(host: HTMLElement, tag: string): ShadowRoot {
  const root = host.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`no ${tag} with a shadow root`);
  return root;
}

type Side = 'Top' | 'Right' | 'Bottom' | 'Left';

/** The style of one side's edge if it is drawn in a colour that shows (a double line needs 3 px), else 'none'. */
function edge(element: Element, side: Side): string {
  const style = getComputedStyle(element);
  const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
  const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
  const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
  const least = kind === 'double' ? 3 : 1;
  return kind === 'none' || kind === 'hidden' || width < least || alpha(colour) === 0 ? 'none' : kind;
}

function edgeAllRound(element: Element): string {
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => edge(element, side));
  return sides.includes('none') ? 'none' : sides[0]!;
}

/** The alpha of a computed colour: `rgb(…)` is opaque, `rgba(…, a)` says. */
function alpha(colour: string): number {
  const parts = colour.match(/[\d.]+/g) ?? [];
  if (colour === 'transparent' || parts.length < 3) return 0;
  return parts.length >= 4 ? Number(parts[3]) : 1;
}

/** How a sighted reader can tell this control is one, with colours forced: a problem, or nothing. */
function unmarkedControl(control: HTMLElement): string | undefined {
  const style = getComputedStyle(control);
  if (control.localName === 'a') return style.textDecorationLine.includes('underline') ? undefined : 'no underline';
  // A disclosure shows its triangle, drawn in the text colour: the browser's marker, or a folded summary's drawn text.
  if (control.localName === 'summary') {
    const drawn = /[▸▾◂]/.test(getComputedStyle(control, '::before').content);
    return style.display === 'list-item' || drawn ? undefined : 'no marker';
  }
  // Native radios and checkboxes are drawn by the system in its own colours.
  if (control instanceof HTMLInputElement && ['radio', 'checkbox'].includes(control.type)) {
    return style.appearance === 'none' ? 'drawn by the page, not the system' : undefined;
  }
  return edgeAllRound(control) === 'none' ? 'no edge drawn on every side' : undefined;
}

/** The distinct edges the heat map's cells have, by band (green, amber, red). */
function cellEdgesByBand(root: ShadowRoot): Map<string, string[]> {
  const edges = new Map<string, Set<string>>();
  for (const cell of root.querySelectorAll('.heat-map td.cell')) {
    const band = [...cell.classList].find((c) => c.startsWith('cell--'))?.slice('cell--'.length) ?? '?';
    const button = cell.querySelector('button');
    if (!button) throw new Error(`a ${band} cell has no button`);
    edges.set(band, (edges.get(band) ?? new Set()).add(edgeAllRound(button)));
  }
  return new Map([...edges].map(([band, found]) => [band, [...found]]));
}

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

describe('under forced colours', function () {
  this.timeout(60_000);
  let host: HTMLElement;

  before(async () => {
    host = await mountAll();
    await emulate([{ name: 'forced-colors', value: 'active' }]);
  });

  after(async () => {
    await emulate([]);
    host.remove();
  });

  it('the emulation is real: the media query matches and author colours are replaced', () => {
    expect(matchMedia('(forced-colors: active)').matches, '(forced-colors: active)').to.equal(true);
    const overdue = shadowOf(host, 'action-tracker').querySelector('.tag--red');
    if (!overdue) throw new Error('the action tracker shows no overdue action');
    // .tag--red is #651b1b on #f4d7d7 unless forced colours replace them.
    expect(getComputedStyle(overdue).color).not.to.equal('rgb(101, 27, 27)');
    expect(getComputedStyle(overdue).backgroundColor).not.to.equal('rgb(244, 215, 215)');
  });

  it('every status shown in colour is also given in words', () => {
    for (const [tag, selector, words] of STATUSES) {
      const found = [...shadowOf(host, tag).querySelectorAll<HTMLElement>(selector)];
      expect(found.length, `${tag} ${selector}`).to.be.greaterThan(0);
      for (const status of found) expect(visibleText(status), `${tag} ${selector}`).to.match(words);
    }
  });

  it('every tag keeps its text and an edge on every side, with colours forced', () => {
    const problems: string[] = [];
    let tags = 0;
    for (const element of shadowElements(host)) {
      if (!element.classList.contains('tag')) continue;
      tags += 1;
      if (!visibleText(element as HTMLElement)) problems.push(`${describeElement(element, '', 30)}: no words`);
      if (getComputedStyle(element).forcedColorAdjust === 'none')
        problems.push(`${describeElement(element, '', 30)}: keeps its colours`);
      if (edgeAllRound(element) === 'none') problems.push(`${describeElement(element, '', 30)}: no edge`);
    }
    expect(tags, 'tags').to.be.greaterThan(20);
    expect(problems).to.deep.equal([]);
  });

  it('what opts out of forced colours has its own words and edge', () => {
    const problems: string[] = [];
    for (const element of shadowElements(host)) {
      const style = getComputedStyle(element);
      // forced-color-adjust is inherited: only where it is set is the choice made.
      const parent = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
      if (style.forcedColorAdjust !== 'none' || getComputedStyle(parent).forcedColorAdjust === 'none') continue;
      if (!visibleText(element as HTMLElement)) problems.push(`${describeElement(element, '', 30)}: no words`);
      if (edgeAllRound(element) === 'none') problems.push(`${describeElement(element, '', 30)}: no edge`);
    }
    expect(problems).to.deep.equal([]);
  });

  it("the heat map's bands differ by the style of their edge, and the legend shows each band's edge", () => {
    const root = shadowOf(host, 'risk-register');
    const edges = cellEdgesByBand(root);
    expect([...edges.keys()].sort(), 'bands in the heat map').to.deep.equal(['amber', 'green', 'red']);
    for (const [band, found] of edges) expect(found, `the edges of ${band} cells`).to.have.length(1);
    const styles = [...edges.values()].flat();
    expect(styles, 'every cell has an edge').not.to.include('none');
    expect(new Set(styles).size, 'a different edge for each band').to.equal(edges.size);
    for (const [band, [style]] of edges) {
      const key = root.querySelector(`.heat-map__legend .tag--${band}`);
      if (!key) throw new Error(`the legend has no entry for ${band}`);
      expect(edgeAllRound(key), `the legend's ${band} entry`).to.equal(style);
    }
  });

  it('every control keeps a visible edge, underline or marker', () => {
    const problems: string[] = [];
    let controls = 0;
    for (const element of shadowElements(host)) {
      if (!element.matches(CONTROLS) || !(element as HTMLElement).checkVisibility()) continue;
      // A table's scroll box takes focus only so the keyboard can scroll it: it is not a control
      // to pick out, and its focus ring is checked with the others below.
      if (element.matches('.table-wrap[role=region]')) continue;
      controls += 1;
      const problem = unmarkedControl(element as HTMLElement);
      if (problem) problems.push(`${describeElement(element, '', 30)}: ${problem}`);
    }
    expect(controls, 'controls').to.be.greaterThan(40);
    expect(problems).to.deep.equal([]);
  });

  it('keyboard focus draws an outline that is not transparent on every control', async () => {
    const problems: string[] = [];
    const visited = await tabThrough(host, (control) => {
      const style = getComputedStyle(control);
      const drawn =
        control.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2 &&
        alpha(style.outlineColor) > 0;
      if (!drawn) {
        problems.push(
          `${describeElement(control, '', 30)}: outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        );
      }
    });
    expect(visited, 'controls reached by Tab').to.equal(tabStops(host));
    expect(problems).to.deep.equal([]);
  });
});
