// The demo's English | Cymraeg switch: it sets lang on every element of the
// page, including elements added later, and a choice made with it stands
// over the ?lang= the page was opened with.
import { expect, waitUntil } from '@open-wc/testing';

async function open(page: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = page;
  frame.title = page;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('.language-switch'), 'the switch is there');
  return doc;
}

const langs = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('vote-panel, partnership-roster')].map((e) => e.lang);

describe('the demo language switch', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('sets lang on every element, and keeps the choice for elements added after it', async () => {
    const doc = await open('/demo/ealing.html?lang=cy');
    expect(langs(doc).every((lang) => lang === 'cy')).to.equal(true);
    const [english, welsh] = doc.querySelectorAll<HTMLButtonElement>('.language-switch button');
    expect(welsh!.getAttribute('aria-pressed')).to.equal('true');

    english!.click();
    expect(english!.getAttribute('aria-pressed')).to.equal('true');
    expect(langs(doc).every((lang) => lang === 'en')).to.equal(true);

    const later = doc.createElement('partnership-roster');
    doc.querySelector('main')!.append(later);
    await waitUntil(() => later.lang !== '', 'the new element gets a lang');
    expect(later.lang, 'the choice made, not the ?lang= the page opened with').to.equal('en');
  });
});
