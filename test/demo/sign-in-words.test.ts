// The sign-in page's choices on a phone at 200 % text (a 320 px window, the demo's 19 px text at 38 px): a person's
// post keeps each word whole wherever the word fits the choice's row. Beside the 40 px circle "Commissioning"
// (260 px) had 227 px of a 290 px row, and broke as "Commissionin/g"; it takes the line under the circle instead, as
// the kit's own radios do. A word wider than the whole row still breaks rather than widening the page.
import { expect } from '@open-wc/testing';
import { pageInFrame } from '../fixtures/demo-frame.js';

/** The host's page builder (plain JavaScript, for Node), loaded as the browser loads any module. */
const PAGES = '/demo/host/pages.js';

type Person = { id: string; name: string; title?: string };

async function signInPageAt(width: number, people: Person[]): Promise<Document> {
  const { signInPage } = (await import(PAGES)) as {
    signInPage: (document: unknown, signedIn: unknown) => string;
  };
  const page = signInPage({ partnership: { name: 'Sutton Education Partnership' }, people }, undefined);
  return pageInFrame(`/__respond?type=${encodeURIComponent('text/html')}&body=${encodeURIComponent(page)}`, width, 800);
}

/** Each word of a choice's label that a line ends inside of though it fits the choice's row, with its width. */
function brokenThoughTheyFitTheRow(page: Document): string[] {
  const broken: string[] = [];
  for (const label of page.querySelectorAll('.choice label')) {
    const row = label.parentElement!.clientWidth;
    const text = label.firstChild as Text;
    for (const match of text.data.matchAll(/[^\s,]+/g)) {
      const word = page.createRange();
      word.setStart(text, match.index);
      word.setEnd(text, match.index + match[0].length);
      const lines = new Set([...word.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const probe = page.createElement('span');
      Object.assign(probe.style, { whiteSpace: 'nowrap', position: 'absolute' });
      probe.textContent = match[0];
      label.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      if (lines.size > 1 && width <= row) broken.push(`${match[0]}: ${Math.round(width)} px of a ${row} px row`);
    }
  }
  return broken;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

it("at 200 % text on a 320 px phone, a choice breaks no word of a person's post that fits its row", async () => {
  const { people } = (await (await fetch('/demo/data/sutton.json')).json()) as { people: Person[] };
  const page = await signInPageAt(320, people);
  page.documentElement.style.fontSize = '200%';
  expect(page.querySelectorAll('.choice').length).to.equal(people.length);
  expect(brokenThoughTheyFitTheRow(page)).to.deep.equal([]);
});

it('a word wider than the whole row still breaks, and the page does not scroll sideways', async () => {
  const long = { id: 'p-long', name: 'Headteacher', title: 'Headteacher, Llanfairpwllgwyngyllgogerychwyrndrobwll' };
  const page = await signInPageAt(320, [long]);
  page.documentElement.style.fontSize = '200%';
  expect(page.documentElement.scrollWidth).to.be.at.most(320);
});

it('on a desktop each label stays beside its circle, on one line', async () => {
  const { people } = (await (await fetch('/demo/data/sutton.json')).json()) as { people: Person[] };
  const page = await signInPageAt(1280, people);
  const apart = [...page.querySelectorAll('.choice')].filter((choice) => {
    const circle = choice.querySelector('input')!.getBoundingClientRect();
    const label = choice.querySelector('label')!.getBoundingClientRect();
    return label.left < circle.right || label.top > circle.bottom;
  });
  expect(apart.map((choice) => choice.textContent!.trim())).to.deep.equal([]);
});
