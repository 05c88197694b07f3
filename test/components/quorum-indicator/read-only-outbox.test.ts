// A read-only quorum indicator (no `editable`), most of a page's, has no check-in: it follows no outbox. Each
// one made the check-in's changes controller, which subscribed to the page's outbox (and made the outbox for
// the page) at every mount, a cost a page of twenty read-only widgets paid twenty times (issue 12).
import { expect } from '@open-wc/testing';
import { outboxForPage } from '../../../src/data/index.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { uniqueKey } from '../../fixtures/probe-element.js';
import '../../../components/index.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; editable: boolean };

freshDocumentsEachTest();
let element: Lit | undefined;
afterEach(() => element?.remove());

const followers = () => (outboxForPage().$status as unknown as { lc: number }).lc;

async function until(done: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 300 && !done(); turn += 1) await new Promise((r) => setTimeout(r, 10));
  expect(done(), what).to.equal(true);
}

/** An indicator of Sutton's ELG meeting of 10 December 2019, drawn with `attributes`. */
async function indicator(attributes: Record<string, string> = {}): Promise<Lit> {
  element = document.createElement('quorum-indicator') as Lit;
  const src = `${location.origin}/demo/data/sutton.json?${uniqueKey()}`;
  const all = { src, live: 'off', meeting: 'elg-2019-12-10', today: '2019-12-10', ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  document.body.append(element);
  await until(() => !!element!.shadowRoot?.querySelector('.verdict'), 'the verdict is drawn');
  await element.updateComplete;
  return element;
}

describe('a read-only quorum indicator', () => {
  it('follows no outbox; made editable, it follows it, and lets go when it leaves the page', async () => {
    const before = followers();
    const shown = await indicator();
    expect(followers(), 'read-only: no subscription to the outbox').to.equal(before);
    shown.setAttribute('endpoint', '/api/attendance');
    shown.setAttribute('clerk', 'p-project-manager');
    shown.editable = true;
    await shown.updateComplete;
    expect(followers(), 'editable: it follows the outbox').to.equal(before + 1);
    shown.remove();
    expect(followers(), 'off the page: it lets go').to.equal(before);
  });

  it('editable from the start, follows the outbox as it connects', async () => {
    const before = followers();
    await indicator({ editable: '', endpoint: '/api/attendance', clerk: 'p-project-manager' });
    expect(followers()).to.equal(before + 1);
  });
});
