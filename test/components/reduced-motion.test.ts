/**
 * WCAG 2.3.3 Animation from Interactions (AAA; the kit honours it anyway) and
 * 2.2.2 Pause, Stop, Hide: with `prefers-reduced-motion: reduce` (emulated by
 * test/harness/media-features-plugin.js), nothing in the five elements moves.
 *
 * Every element in every shadow root, each host and its light DOM, and their
 * ::before and ::after, is swept for a transition or animation longer than
 * 0.01 s and for smooth scrolling: at rest; with each control focused from
 * the keyboard (where `:focus-visible` rules would add motion); with every
 * `:hover` and `:active` rule applied (copied in place with the state as a
 * class: a real mouse cannot be used, as a page in a background tab never
 * answers mouse input and the suite runs two files at once); and after a click
 * that re-renders. Running animations, script-driven ones too, are read from
 * getAnimations() of the document and of every shadow root. A probe with
 * motion of its own proves the sweep sees it, so finding nothing means nothing.
 *
 * Today the elements have no motion at all (no transition, animation,
 * @keyframes, scroll-behavior or element.animate() in components/); any added
 * later needs a `@media (prefers-reduced-motion: reduce)` guard, or this fails.
 */
import { expect } from '@open-wc/testing';
import {
  describeElement,
  emulateMediaFeatures as emulate,
  everyElement,
  mountAll,
  tabStops,
  tabThrough,
} from '../fixtures/all-elements.js';

/** The most a reduced-motion guard may leave: the usual `0.01ms` guard, with room to spare. */
const STILL_SECONDS = 0.01;

/** The longest of a computed list of times such as "0s, 0.3s" or "150ms", in seconds. */
function longest(times: string): number {
  return Math.max(
    0,
    ...times.split(',').map((time) => (time.trim().endsWith('ms') ? parseFloat(time) / 1000 : parseFloat(time))),
  );
}

/** What moves on one element or pseudo-element, or nothing. */
function motionOf(element: Element, pseudo: '' | '::before' | '::after'): string | undefined {
  const style = getComputedStyle(element, pseudo || null);
  const found = [
    longest(style.transitionDuration) > STILL_SECONDS ? `transition ${style.transitionDuration}` : '',
    longest(style.animationDuration) > STILL_SECONDS
      ? `animation ${style.animationName} ${style.animationDuration}`
      : '',
    style.scrollBehavior === 'smooth' ? 'scroll-behavior: smooth' : '',
  ].filter(Boolean);
  return found.length > 0 ? `${describeElement(element, pseudo, 0)}: ${found.join(', ')}` : undefined;
}

function motionOfOne(element: Element): string[] {
  return (['', '::before', '::after'] as const).flatMap((pseudo) => motionOf(element, pseudo) ?? []);
}

/** Every motion under root, and every animation running in the page or any shadow root under root. */
function motionIn(root: HTMLElement): string[] {
  const elements = [root, ...everyElement(root)];
  const found = elements.flatMap(motionOfOne);
  // Each tree's getAnimations() sees only its own tree: the document's does not look into shadow roots.
  const trees: DocumentOrShadowRoot[] = [document, ...elements.flatMap((e) => e.shadowRoot ?? [])];
  const running = trees.flatMap((tree) => tree.getAnimations().map((a) => `running: ${a.constructor.name}`));
  return [...found, ...running];
}

/** Tabs through every control under host, returning what moves on each one as it is focused. */
async function motionOnFocus(host: HTMLElement): Promise<{ visited: number; found: string[] }> {
  const found: string[] = [];
  const visited = await tabThrough(host, (control) => found.push(...motionOfOne(control)));
  return { visited, found };
}

/** The class that stands in for :hover and :active: the same specificity, and no mouse needed. */
const POINTED = 'pk-test-pointed';
const POINTER_STATE = /:hover\b|:active\b/;

type RuleParent = CSSStyleSheet | CSSGroupingRule;
type Found = { parent: RuleParent; rule: CSSStyleRule; index: number };

/** Every style rule in parent, and those nested in @media, @supports, @layer or CSS nesting. */
function* styleRules(parent: RuleParent): Generator<Found> {
  for (const [index, rule] of [...parent.cssRules].entries()) {
    if (rule instanceof CSSStyleRule) yield { parent, rule, index };
    if (rule instanceof CSSGroupingRule) yield* styleRules(rule);
  }
}

function sheetsOf(root: ShadowRoot): CSSStyleSheet[] {
  return [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].flatMap((s) => s.sheet ?? [])];
}

/**
 * Copies each :hover or :active rule of root's stylesheets just after itself,
 * with the state written as a class. The copy keeps the rule's place in the
 * cascade, so a reduced-motion guard that comes later still wins. Returns the undo.
 */
function copyPointerRules(root: ShadowRoot): () => void {
  const found = sheetsOf(root)
    .flatMap((sheet) => [...styleRules(sheet)])
    .filter(({ rule }) => POINTER_STATE.test(rule.selectorText));
  // Copied from the last rule up, so no copy moves a rule still to be copied; so the undo deletes from the first down.
  for (const { parent, rule, index } of [...found].reverse()) {
    parent.insertRule(rule.cssText.replace(new RegExp(POINTER_STATE, 'g'), `.${POINTED}`), index + 1);
  }
  return () => {
    for (const { parent, index } of found) parent.deleteRule(index + 1);
  };
}

/** What moves with every element under host, and host, hovered and pressed at once. */
function motionWhenPointed(host: HTMLElement): string[] {
  const elements = [host, ...everyElement(host)];
  const undo = elements.flatMap((e) => e.shadowRoot ?? []).map(copyPointerRules);
  for (const element of elements) element.classList.add(POINTED);
  try {
    return motionIn(host);
  } finally {
    for (const element of elements) element.classList.remove(POINTED);
    for (const restore of undo) restore();
  }
}

/** A shadow root with motion of its own, as an element that forgot the guard would have. */
function motionProbe(): HTMLElement {
  const probe = document.createElement('div');
  const root = probe.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    @keyframes pk-probe-spin { to { rotate: 1turn; } }
    .fades { transition: opacity 0.3s; }
    .spins { animation: pk-probe-spin 2s linear infinite; }
    .scrolls { scroll-behavior: smooth; }
    .hovers:hover { transition: color 0.4s; }
  `);
  root.adoptedStyleSheets = [sheet];
  for (const name of ['fades', 'spins', 'scrolls', 'hovers']) {
    const span = document.createElement('span');
    span.className = name;
    span.textContent = name;
    root.append(span);
  }
  return probe;
}

describe('with prefers-reduced-motion: reduce', function () {
  this.timeout(60_000);
  let host: HTMLElement;

  before(async () => {
    host = await mountAll();
  });

  after(async () => {
    await emulate([]);
    host.remove();
  });

  it('the sweep finds motion inside a shadow root, so finding none means none', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const probe = motionProbe();
    host.append(probe);
    try {
      const found = motionIn(host).join('\n');
      expect(found).to.include('div span.fades: transition 0.3s');
      expect(found).to.include('div span.spins: animation pk-probe-spin 2s');
      expect(found).to.include('div span.scrolls: scroll-behavior: smooth');
      expect(found).to.include('running: CSSAnimation');
      expect(found, 'before hovering').not.to.include('span.hovers');
      const sheet = probe.shadowRoot!.adoptedStyleSheets[0]!;
      const rules = sheet.cssRules.length;
      expect(motionWhenPointed(host).join('\n')).to.include(`div span.hovers.${POINTED}: transition 0.4s`);
      expect(sheet.cssRules.length, 'rules after the copies are undone').to.equal(rules);
      expect(probe.shadowRoot!.querySelector(`.${POINTED}`), 'the stand-in class is removed').to.equal(null);
    } finally {
      probe.remove();
    }
  });

  it('is emulated, and whatever moves without it stops with it', async () => {
    await emulate([]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'before emulation').to.equal(false);
    const unguarded = motionIn(host);
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'with emulation').to.equal(true);
    const guarded = motionIn(host);
    expect(guarded, `moving without the preference: ${unguarded.join('; ') || 'nothing'}`).to.deep.equal([]);
  });

  it('nothing moves when a control is focused from the keyboard', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const { visited, found } = await motionOnFocus(host);
    expect(visited, 'controls reached by Tab').to.equal(tabStops(host));
    expect(found).to.deep.equal([]);
  });

  it('nothing moves while the pointer hovers or presses', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(motionWhenPointed(host)).to.deep.equal([]);
  });

  it('nothing moves after a click re-renders the risk register', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const register = host.querySelector('risk-register') as HTMLElement & { updateComplete: Promise<boolean> };
    const cell = register.shadowRoot!.querySelector<HTMLButtonElement>('.cell button')!;
    cell.click();
    await register.updateComplete;
    expect(cell.getAttribute('aria-pressed'), 'the click re-rendered the heat map').to.equal('true');
    const found = motionIn(host);
    cell.click();
    await register.updateComplete;
    expect(found).to.deep.equal([]);
  });
});
