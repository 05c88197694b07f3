/**
 * Every text field of a document filled with script and URL payloads renders
 * as text: no script runs (a canary), no element is made from data, and every
 * link an element produces is http, https or relative.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/messages/index.js';
import '../../components/index.js';
import { everyExample } from '../../components/examples.js';
import { seedDocument } from '../fixtures/documents.js';

const TEXT_FIELDS = new Set([
  'name',
  'title',
  'organisation',
  'vision',
  'label',
  'summary',
  'rationale',
  'description',
  'mitigation',
  'notes',
]);
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '<svg onload="window.__pwned=1"></svg>',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function poison(value: any, counter = { n: 0 }, key = ''): any {
  // Of the lists of strings, only partnership.values is text; the others (guests, tags, holidays) are ids or dates.
  if (Array.isArray(value)) {
    return value.map((item) =>
      typeof item === 'string' && key === 'values' ? PAYLOADS[counter.n++ % PAYLOADS.length] : poison(item, counter),
    );
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        typeof item === 'string' && TEXT_FIELDS.has(key)
          ? `${PAYLOADS[counter.n++ % PAYLOADS.length]} ${key}`
          : poison(item, counter, key),
      ]),
    );
  }
  return value;
}

/** Every example that shows the Sutton document (components/examples.ts), given the poisoned copy as `data`. */
const ELEMENTS: [string, Record<string, string>][] = everyExample()
  .filter((example) => example.document === 'sutton' && example.state === 'document')
  .map((example) => [example.tag, { ...example.attrs }]);

/** Every element inside `root` and its shadow roots. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? allElements(element.shadowRoot) : []),
  ]);
}

describe('document text filled with script and URL payloads', () => {
  it('renders as text in every element and runs nothing', async () => {
    const doc = poison(await seedDocument('sutton'));
    const host = document.createElement('div');
    document.body.append(host);
    const elements = ELEMENTS.map(([tag, attrs]) => {
      const element = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
      element.setAttribute('today', '2019-12-10');
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      element.data = doc;
      host.append(element);
      return element;
    });
    await Promise.all(elements.map((e) => e.updateComplete));
    await new Promise((r) => setTimeout(r, 200));
    try {
      for (const element of elements) {
        const text = element.shadowRoot!.textContent ?? '';
        expect(text, `<${element.localName}> shows no error`).to.not.contain(en.shared.problemTitle);
        expect(text, `<${element.localName}> shows a payload as text`).to.match(
          /<img src=x onerror|<script>|javascript:/i,
        );
      }
      const made = allElements(host);
      expect(
        made
          .filter((e) => ['img', 'script', 'svg', 'iframe', 'object', 'embed'].includes(e.localName))
          .map((e) => e.localName),
      ).to.deep.equal([]);
      for (const link of made.filter((e): e is HTMLAnchorElement => e.localName === 'a')) {
        expect(['http:', 'https:']).to.include(new URL(link.href).protocol);
      }
      expect(
        made.some((e) => [...e.attributes].some((a) => a.name.startsWith('on'))),
        'no event-handler attribute',
      ).to.equal(false);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      host.remove();
    }
  });
});
