// <highlight-report> reads its document from every source the kit offers
// (`data`, `src`, an inline JSON child, a <partnership-data> ancestor),
// shows the error summary for a broken one, speaks Welsh, and every word it
// shows comes from the messages module (the made-up x-marked language).
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/highlight-report/highlight-report.js';
import '../../../components/partnership-data/partnership-data.js';
import type { HighlightReport } from '../../../components/highlight-report/highlight-report.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { minimalDocument, seedDocument } from '../../fixtures/documents.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { captureDownload } from '../../fixtures/downloads.js';
import { expectPayloadsShownAsText, TEXT_PAYLOADS } from '../../fixtures/payloads.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { documentWords, MARKED, registerMarked, unaccounted } from '../../fixtures/marked-language.js';
import { errorPaths, partnershipErrorsEachTest, untilOneFailure } from '../../fixtures/failures.js';
import { downloadButton, headingOf, monthsOf, PROJECT, showReport, summaryOf, sutton, TODAY } from './helpers.js';

const t = en.highlightReport;
const NOVEMBER = `Work Project 1: High Needs Block Review implementation ${t.title('November 2019')}`;

beforeEach(() => forgetDocumentStores());

async function untilReport(element: HighlightReport): Promise<void> {
  await until(() => headingOf(element) !== '', 'the report');
}

describe('<highlight-report>: every data source', () => {
  failOnPageErrors();

  it('the data property', async () => {
    const report = await sutton({ period: '2019-11' });
    expect(headingOf(report)).to.equal(NOVEMBER);
  });

  it('src: fetched, and shared with another element of the same src', async () => {
    const report = await showReport({ src: '/demo/data/sutton.json', project: PROJECT, today: TODAY, live: 'off' });
    await untilReport(report);
    expect(headingOf(report)).to.equal(NOVEMBER);
  });

  it('an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(await seedDocument('sutton'));
    const wrapper = fixtureSync(
      html`<div>
        <highlight-report project=${PROJECT} today=${TODAY}>
          <script type="application/json">
            ${json}
          </script>
        </highlight-report>
      </div>`,
    );
    const report = wrapper.querySelector('highlight-report')!;
    await untilReport(report);
    expect(headingOf(report)).to.equal(NOVEMBER);
  });

  it('the nearest <partnership-data>', async () => {
    const wrapper = fixtureSync(
      html`<partnership-data src="/demo/data/sutton.json" live="off">
        <section><highlight-report project=${PROJECT} today=${TODAY}></highlight-report></section>
      </partnership-data>`,
    );
    const report = wrapper.querySelector('highlight-report')!;
    await untilReport(report);
    expect(headingOf(report)).to.equal(NOVEMBER);
  });

  it('Wokingham’s work programme: June came late, August is missing, July’s lead left out a late milestone', async () => {
    const doc = await seedDocument('wokingham');
    const attrs = { project: 'wp-secondary-places', today: '2022-09-22' };
    const latest = await showReport(attrs, doc);
    expect(headingOf(latest)).to.contain(t.title('August 2022'));
    expect(summaryOf(latest)[1]![1]).to.equal(
      `${t.state('missing')} ${t.missing('August 2022', en.format.date('2022-09-14'))}`,
    );
    expect(monthsOf(latest).map(([period]) => period)).to.deep.equal([
      '2022-05',
      '2022-06',
      '2022-07',
      '2022-08',
      '2022-09',
    ]);
    const july = await showReport({ ...attrs, period: '2022-07' }, doc);
    expect(textOf(shadowOf(july).querySelector('[data-records="milestones"]'))).to.contain(
      'Expansion options for September 2024 consulted on with secondary heads',
    );
    expect(summaryOf(july)[0]![1]).to.equal(t.rag('green'));
  });
});

// The failures every element shows alike (network, HTTP, not JSON, no source, a fetched broken document) are in
// ../failure-states.test.ts.
describe('<highlight-report>: a document that cannot be shown', () => {
  failOnPageErrors();
  const errors = partnershipErrorsEachTest();

  it('a broken document: the error summary names the path, nothing of the report shows, partnership-error fires', async () => {
    const doc = minimalDocument();
    doc.projects = [
      {
        id: 'wp',
        title: 'Work project',
        group: 'board',
        lead: 'p-chair',
        start: '2019-05-01',
        end: '2019-12-31',
        reports: [{ period: '2019-06', status: 'red' }],
      },
    ];
    const report = await showReport({ project: 'wp', today: TODAY }, doc);
    expect((await untilOneFailure(report, errors)).kind).to.equal('contract');
    expect(errorPaths(report)).to.include('projects[0].reports[0].reason');
  });
});

describe('<highlight-report>: in Welsh', () => {
  failOnPageErrors();

  it('lang="cy": the heading, the summary, the records, the months and the CSV in Welsh', async () => {
    const report = await sutton({ period: '2019-11', lang: 'cy' });
    const w = cy.highlightReport;
    await until(() => headingOf(report).includes('Adroddiad uchafbwyntiau'), 'the Welsh words');
    expect(headingOf(report)).to.equal(
      'Work Project 1: High Needs Block Review implementation Adroddiad uchafbwyntiau: Tachwedd 2019',
    );
    const summary = summaryOf(report);
    expect(summary.map(([key]) => key)).to.deep.equal([w.overall, w.report, w.lead, w.runBy, w.reportsTo]);
    expect(summary[0]![1].startsWith('Ambr ')).to.equal(true);
    expect(summary[1]![1]).to.equal(`Wedi’i gyflwyno ${w.onTime('6 Rhagfyr 2019', '13 Rhagfyr 2019')}`);
    expect(textOf(shadowOf(report).querySelector('[part="records"] h3'))).to.equal('O ddata’r bartneriaeth');
    expect(textOf(shadowOf(report).querySelector('[part="records"]')))
      .to.contain(w.recordsIntro('Tachwedd 2019'))
      .and.contain(cy.risk.aboveAppetite);
    expect(textOf(shadowOf(report).querySelector('[part="lead-report"] h3'))).to.equal(w.leadTitle);
    expect(monthsOf(report)[3]![1]).to.equal('Awst 2019 Ar goll');
    const { text } = await captureDownload(() => downloadButton(report).click());
    expect(text.split('\r\n')[0]).to.equal('\uFEFFMis,Adroddiad,Statws,Dyddiad dyledus,Cyflwynwyd,Hwyr,Rheswm');
    expect(text.split('\r\n')[4]).to.equal('2019-08,Ar goll,,2019-09-13,,Ydy,');
  });

  it('follows the page’s language when it changes', async () => {
    const report = await sutton({ period: '2019-08' });
    expect(headingOf(report)).to.contain(t.title('August 2019'));
    report.parentElement!.setAttribute('lang', 'cy');
    await until(() => headingOf(report).includes('Adroddiad uchafbwyntiau: Awst 2019'), 'the Welsh heading');
    expect(textOf(shadowOf(report).querySelector('[part="lead-report"]'))).to.contain(
      cy.highlightReport.noReport('Awst 2019'),
    );
  });
});

describe('<highlight-report>: every word comes from the messages module', () => {
  failOnPageErrors();
  let words: string[];
  before(async () => {
    registerMarked();
    words = documentWords(await seedDocument('sutton'));
  });

  /** Each text node and accessible-name attribute in the shadow root, as `where: text`, not accounted for. */
  function stray(report: HighlightReport): string[] {
    const found: string[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('style, script, code.path')) continue;
        for (const node of element.childNodes) {
          if (node.nodeType === Node.TEXT_NODE && unaccounted(node.textContent ?? '', words) !== '') {
            found.push(`${element.localName}.${[...element.classList].join('.')}: ${node.textContent!.trim()}`);
          }
        }
        for (const name of ['aria-label', 'title', 'alt']) {
          const value = element.getAttribute(name);
          if (value && unaccounted(value, words) !== '') found.push(`${element.localName}[${name}]: ${value}`);
        }
      }
    };
    walk(shadowOf(report));
    return found;
  }

  for (const [what, attrs] of [
    ['November', { period: '2019-11' }],
    ['August, missing', { period: '2019-08' }],
    ['September, a decision', { period: '2019-09', 'href-template': '#{proposal}' }],
    ['December, running', { period: '2019-12' }],
    ['an unknown month', { period: '2018-01' }],
    ['an unknown project', { project: 'nope' }],
  ] as [string, Record<string, string>][]) {
    it(what, async () => {
      const report = await sutton({ lang: MARKED, ...attrs });
      expect(textOf(shadowOf(report))).to.contain('⟦');
      expect(stray(report)).to.deep.equal([]);
    });
  }
});

describe('<highlight-report>: script-injection payloads', () => {
  failOnPageErrors();

  it('every text of the project and its report renders as text: no element is made from it, no script runs', async () => {
    const doc = await seedDocument('sutton');
    const project = doc.projects[0];
    project.title = TEXT_PAYLOADS[0];
    project.milestones[3].title = TEXT_PAYLOADS[1];
    const november = project.reports.find((r: { period: string }) => r.period === '2019-11');
    november.reason = TEXT_PAYLOADS[2];
    november.progress = TEXT_PAYLOADS[3];
    november.recommendations = TEXT_PAYLOADS[4];
    const show = () => showReport({ project: PROJECT, period: '2019-11', today: TODAY }, doc);
    await expectPayloadsShownAsText(show, TEXT_PAYLOADS);
  });
});
