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
import { ELEMENTS } from '../fixtures/all-elements.js';
import { seedDocument, type LooseDocument } from '../fixtures/documents.js';

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
