// The Custom Elements Manifest (dist/custom-elements.json, written by
// `npm run build` from the elements' JSDoc) against the live elements: what
// an editor, a documentation tool or the element reference (docs/elements.md) reads
// must be what the elements observe, render, style and fire. Each element is
// shown in its main states (a demo document, as a clerk or voter would see it;
// a document that could not be loaded; the copy saved on the device), and
// what it shows is compared with what the manifest says, both ways.
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { refetchDocument, resolveDocumentUrl, saveDocument } from '../../src/data/index.js';
import { minimalDocument } from '../fixtures/documents.js';
import { respondUrl, uniqueKey } from '../fixtures/probe-element.js';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

/** A state to show an element in: its attributes, and a selector in its shadow root once it shows that state. */
interface Shown {
  state: string;
  attrs: Record<string, string>;
  ready: string;
  /** A child element in its light DOM: tag and attributes. */
  child?: [tag: string, attrs: Record<string, string>];
}

const SUTTON = '/demo/data/sutton.json';
const DEMO = { src: SUTTON, today: '2019-12-10' };
const failing = () => ({ src: respondUrl({ status: 500 }) });
const FAILED: Shown = { state: 'failed', attrs: {}, ready: '[part~=error-summary]' };
const SAVED: Shown = { state: 'saved copy', attrs: { today: '2019-12-10' }, ready: '[part~=saved-notice]' };
/** The element's first state, then the host cannot be reached: a fetch of its document fails. */
const UNREACHABLE: Shown = { state: 'host unreachable', attrs: {}, ready: '[part~=connection-notice]' };
/** The element's first state, with a `today` that is not a date. */
const NOT_A_DATE: Shown = { state: 'today not a date', attrs: {}, ready: '[part~=attribute-notice]' };

/** A register whose one risk's category, "Financial", misses the appetite's "financial" by its capital. */
function caseOnlyCategory() {
  const risk = { id: 'R-01', title: 'Budget', owner: 'p-head-a', likelihood: 4, impact: 4, raised: '2019-09-01' };
  return {
    ...minimalDocument(),
    riskScale: { appetite: { financial: 8 } },
    risks: [{ ...risk, category: 'Financial' }],
  };
}

/** Each element of the kit → its states: every part it documents shows in at least one. */
const STATES = {
  'partnership-data': [
    {
      state: 'around a roster',
      attrs: { src: SUTTON },
      ready: 'slot',
      child: ['partnership-roster', { group: 'elg', today: '2019-12-10' }],
    },
  ],
  'partnership-roster': [
    { state: 'a group at a meeting', attrs: { ...DEMO, group: 'elg', meeting: 'elg-2019-12-10' }, ready: 'table' },
    { state: 'every group, a seat with history', attrs: { ...DEMO }, ready: '[part~=history]' },
    { state: 'compact', attrs: { ...DEMO, group: 'eog', compact: '' }, ready: '[part~=group]' },
    FAILED,
    SAVED,
    UNREACHABLE,
    NOT_A_DATE,
  ],
  'quorum-indicator': [
    {
      state: "the clerk's check-in",
      attrs: { ...DEMO, meeting: 'eog-2019-11-05', editable: '', clerk: 'p-project-manager', endpoint: '/x' },
      ready: '[part~=check-in]',
    },
    {
      state: 'during a meeting',
      attrs: { src: SUTTON, meeting: 'elg-2019-11-12', now: '2019-11-12T17:30:00+00:00' },
      ready: '[part~=now]',
    },
    FAILED,
    SAVED,
    UNREACHABLE,
    NOT_A_DATE,
  ],
  'vote-panel': [
    {
      state: 'a voter',
      attrs: { ...DEMO, proposal: 'wsoa-reporting', voter: 'p-cirrus-head', endpoint: '/x' },
      ready: 'form',
    },
    { state: 'declared interests', attrs: { ...DEMO, proposal: 'ap-commissioning' }, ready: '[part~=declarations]' },
    FAILED,
    SAVED,
    UNREACHABLE,
    NOT_A_DATE,
  ],
  'risk-register': [
    { state: 'a group', attrs: { ...DEMO, group: 'eog' }, ready: '[part~=heat-map]' },
    {
      state: 'a category missing its appetite by case alone',
      attrs: {
        src: respondUrl({ type: 'application/json', body: JSON.stringify(caseOnlyCategory()) }),
        today: '2019-12-10',
      },
      ready: '[part~=appetite-notice]',
    },
    FAILED,
    SAVED,
    UNREACHABLE,
    NOT_A_DATE,
  ],
  'action-tracker': [
    { state: 'a group', attrs: { ...DEMO, group: 'eog' }, ready: '[part~=deadlines]' },
    FAILED,
    SAVED,
    UNREACHABLE,
    NOT_A_DATE,
  ],
  'highlight-report': [
    { state: 'the latest month', attrs: { ...DEMO, project: 'wp1-hnb' }, ready: '[part~=months]' },
    {
      state: 'a month that asks for a decision',
      attrs: { ...DEMO, project: 'wp1-hnb', period: '2019-09', 'href-template': '#{proposal}' },
      ready: '[part~=decisions]',
    },
    FAILED,
    SAVED,
    UNREACHABLE,
    NOT_A_DATE,
  ],
} satisfies Record<string, Shown[]>;
type Tag = keyof typeof STATES;
const TAGS = Object.keys(STATES) as Tag[];

/** Events that are not the element's own: the context protocol's, between a provider and its consumers. */
const PROTOCOL_EVENTS = new Set(['context-request', 'context-provider']);
/** Global attributes an element reads without observing them. */
const GLOBAL_ATTRIBUTES = new Set(['lang']);

let declarations: Map<string, Declaration>;

before(async () => {
  const response = await fetch('/dist/custom-elements.json', { cache: 'no-store' });
  expect(response.ok, 'dist/custom-elements.json (run `npm run build`)').to.equal(true);
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  declarations = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => [d.tagName!, d]),
  );
});

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);
const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

/** Everything in `root`, in its nested shadow roots too. */
function* elementsIn(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elementsIn(element.shadowRoot);
  }
}

/** The CSS text an element's shadow root is styled with: adopted stylesheets, or `<style>` where not supported. */
function cssTextOf(root: ShadowRoot): string {
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].flatMap((s) => s.sheet ?? [])];
  return sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
}

interface Seen {
  parts: Set<string>;
  slots: Set<string>;
  customProperties: Set<string>;
  events: Set<string>;
}

/** Once `element` shows its first state, every fetch of `src` fails and the document is fetched again. */
async function loseTheHost(element: HTMLElement, tag: Tag, src: string): Promise<void> {
  const first = STATES[tag][0]!.ready;
  await waitUntil(() => element.shadowRoot?.querySelector(first), `${tag} shows its document`, { timeout: 5000 });
  const url = resolveDocumentUrl(src);
  const realFetch = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input) === url
      ? Promise.reject(new TypeError('Failed to fetch'))
      : realFetch(input, init);
  try {
    refetchDocument(src);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~=connection-notice]'), 'the refetch fails', {
      timeout: 5000,
    });
  } finally {
    window.fetch = realFetch;
  }
}

/** Shows `tag` in `shown` and collects what it renders, is styled with and fires. */
async function show(tag: Tag, shown: Shown, seen: Seen): Promise<void> {
  const attrs = { ...shown.attrs };
  if (shown === FAILED) Object.assign(attrs, failing());
  if (shown === NOT_A_DATE) Object.assign(attrs, STATES[tag][0]!.attrs, { today: '2019-02-30' });
  // A store of its own, so that the failed fetch marks no other state's document.
  if (shown === UNREACHABLE) Object.assign(attrs, STATES[tag][0]!.attrs, { src: `${SUTTON}?${uniqueKey('lost')}` });
  if (shown === SAVED) {
    // A document fetched on an earlier visit, saved on the device; the host now answers 500.
    attrs.src = respondUrl({ status: 500, key: uniqueKey('saved') });
    const json = (await (await fetch(SUTTON)).json()) as unknown;
    await saveDocument(resolveDocumentUrl(attrs.src), { json, fetchedAt: '2019-12-09T09:00:00Z' });
    Object.assign(attrs, STATES[tag][0]!.attrs, { src: attrs.src });
  }
  const element = document.createElement(tag);
  const dispatch = element.dispatchEvent.bind(element);
  element.dispatchEvent = (event: Event) => {
    seen.events.add(event.type);
    return dispatch(event);
  };
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  if (shown.child) {
    const [childTag, childAttrs] = shown.child;
    const child = element.appendChild(document.createElement(childTag));
    for (const [name, value] of Object.entries(childAttrs)) child.setAttribute(name, value);
  }
  document.body.append(element);
  try {
    if (shown === UNREACHABLE) await loseTheHost(element, tag, attrs.src!);
    await waitUntil(() => element.shadowRoot?.querySelector(shown.ready), `${tag} shows ${shown.state}`, {
      timeout: 5000,
    });
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const root = element.shadowRoot!;
    for (const inside of [root.host, ...elementsIn(root)]) {
      if (inside !== root.host) for (const part of inside.part) seen.parts.add(part);
      if (inside instanceof HTMLSlotElement) seen.slots.add(inside.name);
    }
    for (const [, name] of cssTextOf(root).matchAll(/var\(\s*(--pk-[\w-]+)/g)) seen.customProperties.add(name!);
  } finally {
    element.remove();
  }
}

describe('the Custom Elements Manifest against the live elements', () => {
  it('documents every element, and only these', () => {
    expect(sorted(declarations.keys())).to.deep.equal(sorted(TAGS));
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      let declaration: Declaration;
      const seen: Seen = { parts: new Set(), slots: new Set(), customProperties: new Set(), events: new Set() };

      before(async function () {
        this.timeout(30_000);
        declaration = declarations.get(tag)!;
        for (const shown of STATES[tag]) await show(tag, shown, seen);
      });

      it('has a summary, and an example that uses the element with documented attributes', () => {
        expect(declaration.summary?.trim(), 'summary').to.have.length.greaterThan(20);
        const example = /```html\n([\s\S]*?)\n```/.exec(declaration.description ?? '')?.[1];
        expect(example, 'an @example in the description').to.be.a('string');
        const parsed = new DOMParser().parseFromString(example!, 'text/html').body;
        const used = parsed.querySelector(tag);
        expect(used, `the example has a <${tag}>`).to.not.equal(null);
        const documented = names(declaration.attributes);
        for (const element of parsed.querySelectorAll(TAGS.join(','))) {
          const attributes = declarations.get(element.localName)!.attributes;
          for (const attribute of element.getAttributeNames()) {
            expect(names(attributes), `${element.localName} ${attribute} in the example`).to.include(attribute);
          }
        }
        expect(documented.length, 'documented attributes').to.be.greaterThan(0);
      });

      it('documents each attribute once, every attribute the element observes and only those it reads', () => {
        const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        const documented = names(declaration.attributes);
        expect(documented, 'each attribute once').to.deep.equal([...new Set(documented)]);
        expect(sorted(documented.filter((name) => !GLOBAL_ATTRIBUTES.has(name)))).to.deep.equal(sorted(observed));
        for (const attribute of declaration.attributes ?? []) {
          expect(attribute.description, `${attribute.name}'s description`).to.be.a('string').and.not.equal('');
        }
      });

      it('documents every public property, with what it holds', () => {
        const properties = (
          customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean }> }
        ).elementProperties;
        const members = new Map((declaration.members ?? []).map((m) => [m.name, m]));
        for (const [name, options] of properties) {
          if (options.state) continue;
          const member = members.get(name);
          expect(member, `property ${name}`).to.not.equal(undefined);
          expect(member!.privacy, `property ${name} is public`).to.equal(undefined);
          expect(member!.description, `property ${name}'s description`).to.be.a('string').and.not.equal('');
        }
      });

      it('documents every event it fires, each with its detail type, and no bogus one', () => {
        const events = declaration.events ?? [];
        expect(names(events)).to.not.include('name');
        expect(names(events), 'each event once').to.deep.equal([...new Set(names(events))]);
        for (const event of events) {
          expect(event.name, 'an event name').to.match(/^[a-z]+(-[a-z]+)+$/);
          expect(event.type?.text, `${event.name}'s type`).to.match(/^CustomEvent<[A-Z]\w*Detail>$/);
          expect(event.description, `${event.name}'s description`).to.be.a('string').and.not.equal('');
        }
        const fired = [...seen.events].filter((type) => !PROTOCOL_EVENTS.has(type));
        for (const type of fired) expect(names(events), `fired ${type}`).to.include(type);
        if (tag !== 'partnership-data')
          expect(fired, 'the failed state fires partnership-error').to.include('partnership-error');
      });

      it('documents every part it renders in its states, and each part it documents is rendered in one', () => {
        expect(sorted(names(declaration.cssParts))).to.deep.equal(sorted(seen.parts));
      });

      it('documents every slot it renders, and only those', () => {
        expect(sorted(names(declaration.slots))).to.deep.equal(sorted(seen.slots));
      });

      it('documents every --pk-* custom property its styles use, and only those', () => {
        expect(sorted(names(declaration.cssProperties))).to.deep.equal(sorted(seen.customProperties));
        for (const property of declaration.cssProperties ?? []) {
          expect(property.description, `${property.name}'s description`).to.be.a('string').and.not.equal('');
        }
      });
    });
  }
});
