// <highlight-report>'s "Download CSV": the project's RAG history, every month
// from its start to today's, byte for byte: UTF-8 with a byte-order mark,
// CRLF, headers in the element's language, quotes where a cell needs them,
// and a cell that a spreadsheet would run as a formula neutralised.
import { expect } from '@open-wc/testing';
import { ragHistoryCsv } from '../../../components/highlight-report/rag-csv.js';
import { toCsv } from '../../../components/internal/csv.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { projectMonths } from '../../../src/rules/index.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { captureDownload, utf8 } from '../../fixtures/downloads.js';
import { parsedSeed, seedDocument } from '../../fixtures/documents.js';
import { textOf } from '../../fixtures/text.js';
import { downloadButton, PROJECT, showReport, sutton, TODAY } from './helpers.js';

const SUTTON_CSV =
  '\uFEFFMonth,Report,Status,Due,Submitted,Late,Reason\r\n' +
  '2019-05,Submitted,Green,2019-06-14,2019-06-12,No,\r\n' +
  '2019-06,Submitted,Green,2019-07-12,2019-07-10,No,\r\n' +
  '2019-07,Submitted late,Amber,2019-08-14,2019-08-23,Yes,"The out-of-borough placement forecast came in above the High Needs budget, and the options for top-up funding cannot be costed until SEN finance confirms the 2019-20 outturn."\r\n' +
  '2019-08,Missing,,2019-09-13,,Yes,\r\n' +
  '2019-09,Submitted,Amber,2019-10-14,2019-10-11,No,The implementation plan is ready but cannot start until the ELG has given its steer on 15 October; the consultation with heads on banding will start a month later than planned.\r\n' +
  '2019-10,Submitted,Green,2019-11-14,2019-11-08,No,\r\n' +
  '2019-11,Submitted,Amber,2019-12-13,2019-12-06,No,"The banding model was costed three days late, and the special school place options for September 2020 were not agreed by the end of November."\r\n' +
  '2019-12,In progress,,2020-01-15,,,\r\n';

beforeEach(() => forgetDocumentStores());

describe('<highlight-report>: the RAG history as CSV', () => {
  failOnPageErrors();

  it('Sutton on 10 December 2019: every month, byte for byte, named after the partnership and the project', async () => {
    const report = await sutton({ period: '2019-08' });
    const download = await captureDownload(() => downloadButton(report).click());
    expect(download.filename).to.equal(
      en.highlightReport.csvFile(
        'Sutton Education Partnership',
        'Work Project 1 - High Needs Block Review implementation',
      ),
    );
    expect(download.type).to.equal('text/csv;charset=utf-8');
    expect([...download.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect([...download.bytes]).to.deep.equal([...utf8(SUTTON_CSV)]);
  });

  it('the same history whichever month is shown', async () => {
    const report = await sutton({ period: '2019-05' });
    const { text } = await captureDownload(() => downloadButton(report).click());
    expect(text).to.equal(SUTTON_CSV);
  });

  it('the button says which CSV to a screen reader, and the download button is a part', async () => {
    const report = await sutton();
    const button = downloadButton(report);
    expect(button.getAttribute('type')).to.equal('button');
    expect(textOf(button)).to.equal(`${en.highlightReport.download} ${en.highlightReport.downloadWhat}`);
    expect(button.querySelector('.visually-hidden')!.textContent!.trim()).to.equal(en.highlightReport.downloadWhat);
  });

  it('a formula in a reason is neutralised, quotes doubled; a report with no submitted date counts as late once due', async () => {
    const doc = await seedDocument('sutton');
    const reports = doc.projects[0].reports;
    reports.find((r: { period: string }) => r.period === '2019-07').reason =
      '=HYPERLINK("http://evil.example","Click")';
    delete reports.find((r: { period: string }) => r.period === '2019-06').submitted;
    const report = await showReport({ project: PROJECT, today: TODAY }, doc);
    const { text } = await captureDownload(() => downloadButton(report).click());
    const rows = text.split('\r\n');
    expect(rows[2]).to.equal('2019-06,Submitted late,Green,2019-07-12,,Yes,');
    expect(rows[3]).to.equal(
      '2019-07,Submitted late,Amber,2019-08-14,2019-08-23,Yes,"\'=HYPERLINK(""http://evil.example"",""Click"")"',
    );
  });

  it('ragHistoryCsv in Welsh: the headers, states, ratings and yes or no in Welsh, the dates as written', async () => {
    const months = projectMonths(await parsedSeed('sutton'), PROJECT, TODAY);
    const { header, body } = ragHistoryCsv(cy, months);
    const c = cy.highlightReport.csv;
    expect(header).to.deep.equal([c.month, cy.highlightReport.report, c.status, c.due, c.submitted, c.late, c.reason]);
    expect(header).to.deep.equal(['Mis', 'Adroddiad', 'Statws', 'Dyddiad dyledus', 'Cyflwynwyd', 'Hwyr', 'Rheswm']);
    expect(body[3]).to.deep.equal(['2019-08', 'Ar goll', '', '2019-09-13', '', 'Ydy', '']);
    expect(body[0]!.slice(0, 3)).to.deep.equal(['2019-05', 'Wedi’i gyflwyno', 'Gwyrdd']);
    expect(toCsv(header, body).startsWith('\uFEFFMis,Adroddiad,')).to.equal(true);
  });
});
