// <highlight-report> for every reader: axe finds no WCAG 2.2 AA violation in
// any state, 320 px wide needs no sideways scrolling, forced colours keep
// every status in words within a visible edge and every month button a
// control, and print leaves the picker and the buttons off the page and puts
// the partnership's name and the date printed on it. The Sutton demo page's
// own report is screenshotted by a separate script, not here.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { failOnPageErrors, respondUrl } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { monthButton, showReport, sutton, TODAY } from './helpers.js';

const t = en.highlightReport;

beforeEach(() => forgetDocumentStores());

describe('<highlight-report>: accessibility (axe, WCAG 2.2 AA)', () => {
  failOnPageErrors();

  for (const [what, attrs] of [
    ['November, every section', { period: '2019-11' }],
    ['August, missing', { period: '2019-08' }],
    ['September, a decision linked', { period: '2019-09', 'href-template': '#proposal-{proposal}' }],
    ['December, running', { period: '2019-12' }],
    ['an unknown month', { period: '2018-01' }],
    ['in Welsh', { period: '2019-11', lang: 'cy' }],
  ] as [string, Record<string, string>][]) {
    it(what, async () => {
      const report = await sutton(attrs);
      if (attrs.lang) await until(() => textOf(shadowOf(report)).includes('uchafbwyntiau'), 'Welsh');
      await expectNoAxeViolations(report);
    });
  }

  it('a month chosen, its button focused', async () => {
    const report = await sutton({ period: '2019-11' });
    monthButton(report, '2019-07').click();
    monthButton(report, '2019-07').focus();
    await report.updateComplete;
    await expectNoAxeViolations(report);
  });

  it('a load failure', async () => {
    const report = await showReport({ src: respondUrl({ status: 500, type: 'text/plain', body: '' }), project: 'x' });
    await until(() => textOf(shadowOf(report)).includes(en.shared.problemTitle), 'the error summary');
    await expectNoAxeViolations(report);
  });

  it('the headings run in order under the page’s own, at the heading level asked for', async () => {
    const report = await sutton({ period: '2019-09', 'heading-level': '3' });
    const levels = [...shadowOf(report).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
    expect(levels[0]).to.equal(3);
    for (const [i, level] of levels.entries()) if (i > 0) expect(level - levels[i - 1]!).to.be.at.most(1);
    expect(Math.max(...levels)).to.equal(5);
  });
});

describe('<highlight-report>: at 320 px wide', function () {
  this.timeout(20_000);
  failOnPageErrors();
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const period of ['2019-11', '2019-08', '2019-09']) {
    it(`${period}: nothing makes the page scroll sideways`, async () => {
      await setViewport({ width: 320, height: 640 });
      const report = await sutton({ period, 'href-template': '#proposal-{proposal}' });
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      for (const element of shadowOf(report).querySelectorAll<HTMLElement>('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || element.closest('.visually-hidden')) continue;
        expect(box.right, `${element.localName}.${element.className} "${textOf(element).slice(0, 30)}"`).to.be.at.most(
          320.5,
        );
      }
    });
  }
});

describe('<highlight-report>: forced colours', function () {
  this.timeout(20_000);
  failOnPageErrors();
  after(async () => {
    await executeServerCommand('emulate-media-features', { features: [] });
  });

  it('every tag says its status in words inside an edge; every month is a control with an edge', async () => {
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    const report = await sutton({ period: '2019-11' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const tags = [...shadowOf(report).querySelectorAll<HTMLElement>('.tag')];
    expect(tags.length).to.be.greaterThan(10);
    for (const tag of tags) {
      expect(tag.innerText.trim(), 'words').to.match(/\w/);
      expect(getComputedStyle(tag).borderTopStyle, `edge of "${tag.innerText}"`).to.equal('solid');
      expect(parseFloat(getComputedStyle(tag).borderTopWidth)).to.be.at.least(1);
    }
    for (const button of shadowOf(report).querySelectorAll<HTMLElement>('button')) {
      const style = getComputedStyle(button);
      expect(style.borderTopStyle, textOf(button)).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    }
    const current = monthButton(report, '2019-11');
    const other = monthButton(report, '2019-10');
    expect(getComputedStyle(current).borderTopWidth, 'the month shown stands out by its edge').not.to.equal(
      getComputedStyle(other).borderTopWidth,
    );
  });
});

describe('<highlight-report>: print', function () {
  this.timeout(20_000);
  failOnPageErrors();
  after(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('the partnership’s name and the date printed show; the month picker and every button do not', async () => {
    const report = await sutton({ period: '2019-11' });
    const printed = shadowOf(report).querySelector<HTMLElement>('.printed')!;
    expect(getComputedStyle(printed).display, 'not on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(printed).display).to.not.equal('none');
    expect(printed.innerText.trim()).to.equal(t.printed('Sutton Education Partnership', en.format.date(TODAY)));
    expect(getComputedStyle(shadowOf(report).querySelector('[part="months"]')!).display).to.equal('none');
    for (const button of shadowOf(report).querySelectorAll('button')) {
      expect(button.getBoundingClientRect().height, textOf(button)).to.equal(0);
    }
    expect(shadowOf(report).querySelector<HTMLElement>('[part="records"]')!.innerText).to.contain(t.recordsTitle);
  });

  it('fits one or two A4 pages (about 180 mm of text width, 2 × 257 mm of height) for November', async () => {
    await emulateMedia({ media: 'print' });
    const host = fixtureSync(html`<div style="width: 180mm; font: 11pt Arial, sans-serif"></div>`);
    const report = await sutton({ period: '2019-11' });
    host.append(report.parentElement!);
    await report.updateComplete;
    const mm = report.getBoundingClientRect().height / (96 / 25.4);
    expect(mm, 'height in mm').to.be.at.most(2 * 257);
  });
});
