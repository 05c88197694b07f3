// The room of the saved copy's notice (components/internal/saved-notice-room.ts): when the latest replaces the copy
// saved on the device, the notice keeps its height and says the latest has loaded, in its place. It holds its
// notice as Lit draws it, rather than looking for it in the element's DOM at each update: an element showing a
// document is drawn again at every change the live channel brings.
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../../src/messages/index.js';
import { saveDocument } from '../../../src/data/document-cache.js';
import { seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';
import '../../../components/partnership-roster/partnership-roster.js';

const NOTICE = '[part=saved-notice]';

let sutton: LooseDocument;
before(async () => {
  sutton = await seedDocument('sutton');
});
const stubFetch = freshDocumentsEachTest();
let roster: HTMLElement | undefined;
afterEach(() => roster?.remove());

/** A roster showing the copy of `sutton` saved on the device, the latest held until `arrive`. */
async function rosterOnSavedCopy() {
  const src = `${location.origin}/saved/${uniqueKey()}.json`;
  await saveDocument(src, { json: sutton, fetchedAt: '2019-12-09T09:00:00Z' });
  let arrive!: () => void;
  const latest = new Promise<Response>((done) => (arrive = () => done(Response.json(sutton))));
  stubFetch((url) => (url.includes(src) ? latest : undefined));
  roster = document.createElement('partnership-roster');
  roster.setAttribute('src', src);
  roster.setAttribute('today', '2019-12-10');
  document.body.append(roster);
  const shown = roster;
  const notice = () => shown.shadowRoot?.querySelector<HTMLElement>(NOTICE) ?? null;
  await waitUntil(() => notice()?.textContent?.includes('saved'), 'the saved copy shown with its notice');
  return { roster: shown, notice, arrive };
}

/** Counts the element's looks for the notice in its shadow root, until `restore()`. */
function countNoticeQueries(root: ShadowRoot) {
  const counted = { looks: 0 };
  const original = root.querySelector.bind(root);
  root.querySelector = ((selector: string) => {
    if (selector === NOTICE) counted.looks += 1;
    return original(selector);
  }) as ShadowRoot['querySelector'];
  return { counted, restore: () => delete (root as { querySelector?: unknown }).querySelector };
}

describe('the saved copy’s notice keeps its room as the latest replaces the copy', () => {
  failOnPageErrors();

  it('keeps the notice’s height, saying the latest has loaded in its place', async () => {
    const { notice, arrive } = await rosterOnSavedCopy();
    const height = notice()!.getBoundingClientRect().height;
    arrive();
    await waitUntil(() => notice()?.textContent?.trim() === en.shared.latestLoaded, 'the latest loaded');
    // The CSSOM rounds what it is given to its own precision.
    expect(parseFloat(notice()!.style.minHeight)).to.be.closeTo(height, 0.01);
  });

  it('looks for its notice in the element’s DOM at no update', async () => {
    const { roster, notice, arrive } = await rosterOnSavedCopy();
    const element = roster as HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> };
    const watch = countNoticeQueries(element.shadowRoot!);
    try {
      arrive();
      await waitUntil(() => notice()?.textContent?.trim() === en.shared.latestLoaded, 'the latest loaded');
      const looksBefore = watch.counted.looks;
      for (let update = 0; update < 5; update += 1) {
        element.requestUpdate();
        await element.updateComplete;
      }
      // The test's own looks (notice()) are the only ones.
      expect(watch.counted.looks - looksBefore, 'looks at five updates').to.equal(0);
      expect(notice()!.style.minHeight).to.not.equal('');
    } finally {
      watch.restore();
    }
  });
});
