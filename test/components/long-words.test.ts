/**
 * A URL or a reference with no space in it, in a title, a name or a label,
 * does not push the page wide (WCAG 1.4.10): the table scrolls in its own box,
 * which the keyboard can reach and which is named after the table, and only
 * while the table overflows it. Found in a browser review (December 2026):
 * one 65-character URL made the risk register's page 2,559 px wide.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/index.js';
import { ELEMENTS, describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { widthOf, wordsBrokenIn } from '../fixtures/broken-words.js';
import { seedDocument, type LooseDocument } from '../fixtures/documents.js';
import { mountAllOnThePhone, placeOnThePhone, putThePageBack } from '../fixtures/phone-at-large-text.js';
import { en } from '../../src/messages/en.js';

const URL_TEXT = 'https://www.example.gov.uk/education/partnership/papers/2019/high-needs-block-plan-v2.pdf';
const TABLES = ['partnership-roster', 'risk-register', 'action-tracker'];
const ALL = ELEMENTS.map(([tag]) => tag);

/** Sutton with the long URL in every title, person's name, seat's label, quorum requirement and risk band. */
async function withLongWords(): Promise<LooseDocument> {
  const doc = await seedDocument('sutton');
  for (const record of [...doc.risks, ...doc.actions]) record.title = `${record.title} ${URL_TEXT}`;
  for (const person of doc.people) person.name = `${person.name} ${URL_TEXT}`;
  for (const group of doc.groups) {
    for (const seat of group.seats) seat.label = URL_TEXT;
    for (const requirement of group.quorum ?? []) requirement.label = URL_TEXT;
  }
  for (const band of doc.riskScale?.bands ?? []) band.label = `${band.label}-${URL_TEXT}`;
  return doc;
}

async function mount(doc: LooseDocument, tags: string[]): Promise<HTMLElement> {
  const host = document.createElement('main');
  document.body.append(host);
  for (const [tag, attrs, ready] of ELEMENTS.filter(([tag]) => tags.includes(tag))) {
    const element = document.createElement(tag) as HTMLElement & { data: unknown };
    for (const [name, value] of Object.entries({ ...attrs, today: '2019-12-10' })) element.setAttribute(name, value);
    element.data = doc;
    host.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector(ready), `<${tag}> rendered`, { timeout: 5000 });
  }
  // The boxes are named by a ResizeObserver, after layout.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return host;
}

const boxesIn = (host: HTMLElement): HTMLElement[] =>
  [...host.children].flatMap((element) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.table-box') ?? [])]);

describe('long unbroken words in a table', function () {
  this.timeout(30_000);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [1280, 320]) {
    it(`at ${width} px, do not make the page scroll sideways`, async () => {
      await setViewport({ width, height: 800 });
      const host = await mount(await withLongWords(), ALL);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(width);
      host.remove();
    });
  }

  it('scroll in a box named after the table, which takes focus, only while the table overflows it', async () => {
    await setViewport({ width: 1280, height: 800 });
    const long = await mount(await withLongWords(), ['risk-register']);
    // The register's table, with the long words (the heat map, first, has its own box too, and fits).
    const box = boxesIn(long).find((found) => !found.querySelector('.heat-map'));
    expect(box!.scrollWidth, 'the table overflows its box').to.be.greaterThan(box!.clientWidth);
    expect(box!.getAttribute('role')).to.equal('region');
    expect(box!.tabIndex).to.equal(0);
    expect(box!.getAttribute('aria-label')).to.equal(box!.querySelector('caption')!.textContent!.trim());
    long.remove();

    const plain = await mount(await seedDocument('sutton'), TABLES);
    const boxes = boxesIn(plain);
    expect(boxes.length).to.be.greaterThan(2);
    for (const fits of boxes) {
      expect(fits.scrollWidth).to.be.at.most(fits.clientWidth + 1);
      expect([fits.getAttribute('role'), fits.getAttribute('tabindex')]).to.deep.equal([null, null]);
    }
    plain.remove();
  });
});

// The demo's phone at 200 % text: its 19 px font doubled, in a 1rem gutter, 256 px for the text. An element's title
// at 1.5em (57 px) broke "Education" (276 px) as "Educatio/n", and in Welsh "Cworwm:" and "Tachwedd".
describe('headings on a 320 px phone at 200 % text', function () {
  this.timeout(30_000);
  afterEach(putThePageBack);

  for (const lang of ['en', 'cy'] as const) {
    it(`break between words, and inside only a word too wide even at the text's own size (${lang})`, async () => {
      const host = await mountAllOnThePhone({ gutter: '1rem', lang });
      const headings = [...shadowElements(host)].filter((e) => /^h[1-6]$/.test(e.localName) && e.checkVisibility());
      expect(headings.length, 'headings measured').to.be.greaterThan(10);
      const textSize = getComputedStyle(host).fontSize;
      const brokenThoughTheyFit = headings.flatMap((heading) =>
        wordsBrokenIn(heading, textSize)
          .filter(({ width, room }) => width <= room)
          .map(
            ({ word, width, room }) =>
              `${describeElement(heading, '', 30)}: "${word}", ${Math.round(width)} px of ${room}`,
          ),
      );
      expect(brokenThoughTheyFit, 'words broken that fit on a line at the text’s size').to.deep.equal([]);
    });
  }
});

// A word too wide for any line must break; where the browser can hyphenate the words' language it should break at a
// syllable, with a hyphen ("penderfyn-iadau"), not at whichever letter met the edge ("penderfyni/adau"). Chromium on
// Linux has no hyphenation dictionaries, so the style is what is tested: in an element under ten lines of its text
// wide every word of twelve letters or more may be hyphenated, in its language; in a wider one, none.
describe('hyphens where a long word must break', function () {
  this.timeout(30_000);
  afterEach(putThePageBack);

  /** Each visible element inside an element's words, with a long word in it, whose hyphenation is not `hyphens` at `limit`. */
  function otherwiseHyphenated(host: HTMLElement, hyphens: string, limit: string): string[] {
    return [...shadowElements(host)]
      .filter((e) => e.matches('.words *') && e.checkVisibility() && /\p{L}{12}/u.test(e.textContent ?? ''))
      .filter((e) => {
        const style = getComputedStyle(e);
        return style.hyphens !== hyphens || style.hyphenateLimitChars !== limit;
      })
      .map((e) => `${describeElement(e, '', 30)}: ${getComputedStyle(e).hyphens}`);
  }

  for (const lang of ['en', 'cy'] as const) {
    it(`on a 320 px phone at 200 % text, every element may hyphenate its long words, in their language (${lang})`, async () => {
      const host = await mountAllOnThePhone({ gutter: '1rem', lang, langOn: 'page' });
      const elements = [...host.children];
      expect(otherwiseHyphenated(host, 'auto', '12 5 5')).to.deep.equal([]);
      // The dictionary is the words' language's: each element's words are in the page's language, which they inherit.
      for (const element of elements) {
        const words = element.shadowRoot!.querySelector('.words')!;
        expect(words.matches(`:lang(${lang})`), `<${element.localName}>'s words in ${lang}`).to.equal(true);
      }
    });
  }

  it('at a desktop width, no element hyphenates', async () => {
    await setViewport({ width: 1280, height: 800 });
    const host = await mountAll();
    expect(otherwiseHyphenated(host, 'manual', 'auto')).to.deep.equal([]);
  });
});

/** The range of `length` characters of `element`'s text from `start`, across its text nodes. */
function rangeOfText(element: Element, start: number, length: number): Range {
  const range = document.createRange();
  const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let text = texts.nextNode() as Text | null; text; text = texts.nextNode() as Text | null) {
    const [from, to] = [start - seen, start + length - seen];
    if (from >= 0 && from < text.length) range.setStart(text, from);
    if (to > 0 && to <= text.length) range.setEnd(text, to);
    seen += text.length;
  }
  return range;
}

// The address in "could not be found at http://…/no-such-document.json": on a phone at 200 % text it broke wherever
// a letter met the edge ("err/ors", "no-such-/file.json"), as one word; an address is read in its segments. A
// hyphenated segment may still wrap after its hyphen, as any hyphenated word does: that is not inside a word.
describe('an address in a failure, on a 320 px phone at 200 % text', function () {
  this.timeout(30_000);
  afterEach(putThePageBack);

  it('wraps at its slashes, not inside a segment the line could hold, and reads and copies as the address', async () => {
    const roster = document.createElement('partnership-roster');
    roster.setAttribute('src', '/demo/errors/partnerships/sutton/early-years/2019/board-papers/no-such-document.json');
    await placeOnThePhone(roster, '15px');
    await waitUntil(() => roster.shadowRoot?.querySelector('.error-summary'), 'the failure shown');
    const said = roster.shadowRoot!.querySelector('.error-summary p')!;
    const url = new URL(roster.getAttribute('src')!, location.href).href;
    expect(said.textContent!.trim(), 'the words as written').to.equal(
      en.shared.failure({ kind: 'http', url, status: 404, statusText: 'Not Found' }),
    );
    const room = said.clientWidth;
    const at = said.textContent!.indexOf(url);
    const broken: string[] = [];
    let offset = at;
    for (const segment of url.split(/(?<=\/)(?!\/)|(?=[?#])|(?<=-)/)) {
      const lines = new Set(
        [...rangeOfText(said, offset, segment.length).getClientRects()]
          .filter((rect) => rect.width > 0)
          .map((rect) => Math.round(rect.top)),
      );
      if (lines.size > 1 && widthOf(segment, said, getComputedStyle(said).fontSize) <= room) broken.push(segment);
      offset += segment.length;
    }
    expect(broken, 'segments broken that a line holds').to.deep.equal([]);
    expect(said.querySelector('.url')?.textContent, 'the address, read and copied').to.equal(url);
  });
});
