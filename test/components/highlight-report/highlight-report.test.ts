// <highlight-report>: Sutton's Work Project 1 judged on the demo page's day
// (10 December 2019): November's report with every section, August's missing
// month with the exceptions the records still show, July's late report, the
// running month, the month picker (pointer and keyboard), the default month,
// decisions linked through href-template, and the attributes' problems. The
// CSV, languages, sources, accessibility, layout and print are in the other
// files of this folder.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { outcomeLine } from '../../../components/highlight-report/decisions-view.js';
import type { Proposal } from '../../../src/contract/index.js';
import { en } from '../../../src/messages/en.js';
import { highlightReport, outcome, type Outcome } from '../../../src/rules/index.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { at, parsed, rulesDocument, seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { seenText, textOf } from '../../fixtures/text.js';
import {
  headingOf,
  leadSectionsOf,
  monthButton,
  monthsOf,
  PROJECT,
  recordsOf,
  showReport,
  summaryOf,
  sutton,
  TODAY,
} from './helpers.js';

const t = en.highlightReport;
const d = en.format.date;
const PROJECT_TITLE = 'Work Project 1: High Needs Block Review implementation';
const LEAD =
  'Consultant Sutton Education Partnership Head Teacher Consultant Head Teacher, Sutton Education Partnership';

beforeEach(() => forgetDocumentStores());

describe('<highlight-report>: November 2019, a report with every section', () => {
  failOnPageErrors();

  it('the heading names the project and the month', async () => {
    const report = await sutton({ period: '2019-11' });
    expect(headingOf(report)).to.equal(`${PROJECT_TITLE} ${t.title('November 2019')}`);
    const heading = shadowOf(report).querySelector('#report-title')!;
    expect(heading.localName).to.equal('h2');
    expect(shadowOf(report).querySelector('article')!.getAttribute('aria-labelledby')).to.equal('report-title');
  });

  it('the summary: the rating as a tag in words with its reason, on time with both dates, lead and groups', async () => {
    const report = await sutton({ period: '2019-11' });
    const doc = await seedDocument('sutton');
    const reason = doc.projects[0].reports.find((r: { period: string }) => r.period === '2019-11').reason;
    expect(summaryOf(report)).to.deep.equal([
      [t.overall, `${t.rag('amber')} ${reason}`],
      [t.report, `${t.state('submitted')} ${t.onTime(d('2019-12-06'), d('2019-12-13'))}`],
      [t.lead, LEAD],
      [t.runBy, 'Education Operational Group'],
      [t.reportsTo, 'Education Leadership Group'],
    ]);
    const rating = shadowOf(report).querySelector('.summary-list__row--rating .tag')!;
    expect(textOf(rating)).to.equal('Amber');
    expect(rating.classList.contains('tag--amber')).to.equal(true);
  });

  it('the lead’s report: progress, next, and the five headings, in that order, as written', async () => {
    const report = await sutton({ period: '2019-11' });
    const doc = await seedDocument('sutton');
    const written = doc.projects[0].reports.find((r: { period: string }) => r.period === '2019-11');
    const keys = ['progress', 'next', 'benefits', 'risks', 'interdependencies', 'disadvantages', 'recommendations'];
    expect(leadSectionsOf(report)).to.deep.equal(
      keys.map((key) => [t.sections[key as keyof typeof t.sections], written[key]]),
    );
    const headings = [...shadowOf(report).querySelectorAll('[part="lead-report"] :is(h3, h4)')].map((h) => h.localName);
    expect(headings).to.deep.equal(['h3', ...keys.map(() => 'h4')]);
  });

  it('from the records: the late milestone, the milestone met late, the linked risks and the action done late', async () => {
    const report = await sutton({ period: '2019-11' });
    const records = shadowOf(report).querySelector('[part="records"]')!;
    expect(textOf(records.querySelector('h3'))).to.equal(t.recordsTitle);
    expect(textOf(records)).to.contain(t.recordsIntro('November 2019'));
    expect(textOf(records)).not.to.contain(t.recordsSoFar(d(TODAY)));
    expect(recordsOf(report, 'milestones')).to.deep.equal([
      `Special school place options for September 2020 agreed by the EOG ${t.milestoneLate} ${t.dueNotDone(d('2019-11-29'))}`,
      `Five needs-led top-up bands costed ${t.milestoneMetLate} ${t.doneOn(d('2019-11-11'), d('2019-11-08'))}`,
    ]);
    expect(textOf(records)).to.contain(t.milestonesLate(1)).and.contain(t.milestonesDone(1, 'November 2019'));
    expect(recordsOf(report, 'risks')).to.deep.equal([
      `R-01: Out-of-borough specialist placements exceed the High Needs budget ${en.risk.aboveAppetite} ${t.riskOwner('AD Education and SEND')}`,
      `R-06: Not enough special school places for September 2020 ${en.risk.aboveAppetite} ${en.risk.trend('up')} ${t.riskOwner('Head of Carew Academy')}`,
    ]);
    const doc = await seedDocument('sutton');
    const owner = doc.people.find(
      (p: { id: string }) => p.id === doc.actions.find((a: { id: string }) => a.id === 'A-04').owner,
    );
    expect(recordsOf(report, 'actions')).to.deep.equal([
      `Model the cost of five needs-led top-up bands ${en.actions.status('done-late')} ${t.actionDoneLate(d('2019-11-11'), d('2019-11-08'))} ${t.actionOwner(owner.name)}`,
    ]);
  });

  it('from the records: an action recorded done before it was raised, its date to be checked, in English and Welsh', async () => {
    const doc = await seedDocument('sutton');
    const a04 = doc.actions.find((a: { id: string }) => a.id === 'A-04');
    a04.completed = '2018-11-01'; // raised at the EOG on 8 October 2019: a year typed wrong
    const owner = doc.people.find((p: { id: string }) => p.id === a04.owner);
    const report = await showReport({ project: PROJECT, today: TODAY, period: '2019-11' }, doc);
    expect(recordsOf(report, 'actions')).to.deep.equal([
      `Model the cost of five needs-led top-up bands ${en.actions.status('done')} ${t.actionMisdated(d('2018-11-01'), d('2019-10-08'), d('2019-11-08'))} ${t.actionOwner(owner.name)}`,
    ]);
    expect(shadowOf(report).querySelector('[data-action="A-04"] .tag')!.classList.contains('tag--orange')).to.equal(
      true,
    );
    report.lang = 'cy';
    await until(() => !!recordsOf(report, 'actions')[0]?.includes('gwiriwch y dyddiad'), 'the Welsh words');
    expect(recordsOf(report, 'actions')[0]).to.contain('cyn ei godi ar 8 Hydref 2019');
  });

  it('asks no decision in November, so there is no decisions section', async () => {
    const report = await sutton({ period: '2019-11' });
    expect(shadowOf(report).querySelector('[part="decisions"]')).to.equal(null);
  });

  it('prints the partnership’s name and the date printed, its own element’s today', async () => {
    const report = await sutton({ period: '2019-11' });
    expect(textOf(shadowOf(report).querySelector('.printed'))).to.equal(
      t.printed('Sutton Education Partnership', d(TODAY)),
    );
  });
});

describe('<highlight-report>: a month with no report, a late one, the running month', () => {
  failOnPageErrors();

  it('August 2019 is missing: it says so plainly, with the due date, and still lists the records’ exceptions', async () => {
    const report = await sutton({ period: '2019-08' });
    expect(headingOf(report)).to.equal(`${PROJECT_TITLE} ${t.title('August 2019')}`);
    expect(summaryOf(report).slice(0, 2)).to.deep.equal([
      [t.overall, t.noRating],
      [t.report, `${t.state('missing')} ${t.missing('August 2019', d('2019-09-13'))}`],
    ]);
    const missingTag = shadowOf(report).querySelectorAll('[part="summary"] .tag')[0]!;
    expect(missingTag.classList.contains('tag--red')).to.equal(true);
    expect(textOf(shadowOf(report).querySelector('[part="lead-report"]'))).to.equal(
      `${t.leadTitle} ${t.noReport('August 2019')}`,
    );
    expect(recordsOf(report, 'risks').map((text) => text.slice(0, 4))).to.deep.equal(['R-01', 'R-06']);
    expect(textOf(shadowOf(report).querySelector('[data-records="milestones"]'))).to.contain(
      t.noMilestones('August 2019'),
    );
    expect(textOf(shadowOf(report).querySelector('[data-records="actions"]'))).to.contain(t.noActions);
  });

  it('a closed or an accepted risk is no exception: the records list open risks only, as the register counts them', async () => {
    const doc = await seedDocument('sutton');
    const status = { 'R-01': 'closed', 'R-06': 'accepted' };
    for (const risk of doc.risks as { id: string; status?: string }[])
      risk.status = status[risk.id as 'R-01'] ?? risk.status;
    const report = await showReport({ project: PROJECT, today: TODAY, period: '2019-08' }, doc);
    expect(recordsOf(report, 'risks')).to.deep.equal([]);
    expect(textOf(shadowOf(report).querySelector('[data-records="risks"]'))).to.contain(t.noRisks);
  });

  it('July 2019 came late: the tag says so, with the day it came and the day it was due', async () => {
    const report = await sutton({ period: '2019-07' });
    expect(summaryOf(report)[1]).to.deep.equal([
      t.report,
      `${t.state('submitted-late')} ${t.submittedLate(d('2019-08-23'), d('2019-08-14'))}`,
    ]);
  });

  it('December 2019 is still running: its report is due in January, the records as they stand today', async () => {
    const report = await sutton({ period: '2019-12' });
    expect(summaryOf(report)[1]).to.deep.equal([
      t.report,
      `${t.state('in-progress')} ${t.inProgress('December 2019', d('2020-01-15'))}`,
    ]);
    expect(textOf(shadowOf(report).querySelector('[part="records"]'))).to.contain(t.recordsSoFar(d(TODAY)));
    expect(recordsOf(report, 'actions')).to.have.length(1);
    expect(recordsOf(report, 'actions')[0])
      .to.contain(en.actions.status('overdue'))
      .and.contain(t.actionOverdue(d('2019-12-06')));
    expect(recordsOf(report, 'risks').every((text) => text.includes(en.risk.overdue))).to.equal(true);
  });

  it('a month ended but not yet due says it is due, and by when', async () => {
    const report = await sutton({ period: '2019-12', today: '2020-01-06' });
    expect(summaryOf(report)[1]).to.deep.equal([
      t.report,
      `${t.state('due')} ${t.due('December 2019', d('2020-01-15'))}`,
    ]);
  });

  // December's lead report, on 10 December, stood in the red bar of a missing one while the month was still running.
  for (const [when, today] of [
    ['still running', TODAY],
    ['ended, its report not yet due', '2020-01-06'],
  ] as const) {
    it(`a month ${when}: no report yet is said plainly, not marked as missing`, async () => {
      const report = await sutton({ period: '2019-12', today });
      const lead = shadowOf(report).querySelector('[part="lead-report"]')!;
      expect(textOf(lead)).to.equal(`${t.leadTitle} ${t.noReportYet('December 2019')}`);
      expect(lead.querySelector('.no-report')).to.equal(null);
    });
  }

  it('a report with no submitted date counts as late once its due date has passed', async () => {
    const doc = await seedDocument('sutton');
    const november = doc.projects[0].reports.find((r: { period: string }) => r.period === '2019-11');
    delete november.submitted;
    const report = await showReport({ project: PROJECT, period: '2019-11', today: '2019-12-20' }, doc);
    expect(summaryOf(report)[1]).to.deep.equal([
      t.report,
      `${t.state('submitted-late')} ${t.undated(d('2019-12-13'), true)}`,
    ]);
  });

  it('a report submitted after today is not in yet: due, never "submitted late" before it was due', async () => {
    const doc = await seedDocument('sutton');
    doc.projects[0].reports.find((r: { period: string }) => r.period === '2019-11').submitted = '2019-12-20';
    const report = await showReport({ project: PROJECT, period: '2019-11', today: '2019-12-12' }, doc);
    expect(summaryOf(report)[1]).to.deep.equal([
      t.report,
      `${t.state('due')} ${t.due('November 2019', d('2019-12-13'))}`,
    ]);
    expect(monthsOf(report).find(([period]) => period === '2019-11')?.[1]).to.contain(t.state('due'));
  });

  it('a report that gives only its rating says so, rather than empty headings', async () => {
    const doc = await seedDocument('sutton');
    const october = doc.projects[0].reports.find((r: { period: string }) => r.period === '2019-10');
    for (const key of ['progress', 'next', 'benefits', 'recommendations']) delete october[key];
    october.decisionsNeeded = [];
    const report = await showReport({ project: PROJECT, period: '2019-10', today: TODAY }, doc);
    expect(textOf(shadowOf(report).querySelector('[part="lead-report"]'))).to.equal(`${t.leadTitle} ${t.onlyRating}`);
    expect(shadowOf(report).querySelectorAll('.text-section')).to.have.length(0);
  });
});

describe('<highlight-report>: the month picker', () => {
  failOnPageErrors();

  it('lists every month from the project’s start to today’s, each with its rating and state in words', async () => {
    const report = await sutton({ period: '2019-11' });
    const line = (month: string, state: Parameters<typeof t.state>[0], rag?: Parameters<typeof t.rag>[0]) =>
      [month, rag ? t.rag(rag) : '', t.state(state)].filter(Boolean).join(' ');
    expect(monthsOf(report)).to.deep.equal([
      ['2019-05', line('May 2019', 'submitted', 'green'), null],
      ['2019-06', line('June 2019', 'submitted', 'green'), null],
      ['2019-07', line('July 2019', 'submitted-late', 'amber'), null],
      ['2019-08', line('August 2019', 'missing'), null],
      ['2019-09', line('September 2019', 'submitted', 'amber'), null],
      ['2019-10', line('October 2019', 'submitted', 'green'), null],
      ['2019-11', line('November 2019', 'submitted', 'amber'), 'true'],
      ['2019-12', line('December 2019', 'in-progress'), null],
    ]);
    for (const button of shadowOf(report).querySelectorAll('button.month')) {
      expect(button.getAttribute('type')).to.equal('button');
    }
  });

  it('a click shows that month, marks it current and says so in the status region', async () => {
    const report = await sutton({ period: '2019-11' });
    monthButton(report, '2019-08').click();
    await report.updateComplete;
    expect(headingOf(report)).to.contain(t.title('August 2019'));
    expect(monthsOf(report).filter(([, , current]) => current === 'true')).to.have.length(1);
    expect(monthButton(report, '2019-08').getAttribute('aria-current')).to.equal('true');
    expect(textOf(shadowOf(report).querySelector('[role="status"]'))).to.equal(t.showing('August 2019'));
  });

  it('by keyboard: Tab reaches the months, Enter and Space choose, and focus stays on the month chosen', async () => {
    const report = await sutton({ period: '2019-11' });
    monthButton(report, '2019-05').focus();
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(report).activeElement).to.equal(monthButton(report, '2019-06'));
    await sendKeys({ press: 'Enter' });
    await report.updateComplete;
    expect(headingOf(report)).to.contain(t.title('June 2019'));
    expect(shadowOf(report).activeElement).to.equal(monthButton(report, '2019-06'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await report.updateComplete;
    expect(headingOf(report)).to.contain(t.title('July 2019'));
    expect(shadowOf(report).activeElement).to.equal(monthButton(report, '2019-07'));
    // After the last month (December): the CSV button.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(shadowOf(report).activeElement?.getAttribute('part')).to.equal('download-button');
  });

  it('a new period attribute wins over the month the reader chose', async () => {
    const report = await sutton({ period: '2019-11' });
    monthButton(report, '2019-08').click();
    await report.updateComplete;
    report.setAttribute('period', '2019-09');
    await report.updateComplete;
    expect(headingOf(report)).to.contain(t.title('September 2019'));
    expect(textOf(shadowOf(report).querySelector('[role="status"]'))).to.equal('');
  });
});

describe('<highlight-report>: without a period, the latest month', () => {
  failOnPageErrors();

  it('on 10 December 2019: November, the latest month that has ended (December runs, with no report)', async () => {
    const report = await sutton();
    expect(headingOf(report)).to.contain(t.title('November 2019'));
    expect(monthButton(report, '2019-11').getAttribute('aria-current')).to.equal('true');
  });

  it('on 20 January 2020: December, ended and missing', async () => {
    const report = await sutton({ today: '2020-01-20' });
    expect(headingOf(report)).to.contain(t.title('December 2019'));
    expect(summaryOf(report)[1]![1]).to.equal(`${t.state('missing')} ${t.missing('December 2019', d('2020-01-15'))}`);
  });

  it('a running month that already has its report is the latest', async () => {
    const doc = await seedDocument('sutton');
    doc.projects[0].reports.push({ period: '2019-12', submitted: '2019-12-09', status: 'green' });
    const report = await showReport({ project: PROJECT, today: TODAY }, doc);
    expect(headingOf(report)).to.contain(t.title('December 2019'));
  });

  it('in the project’s first month, with no report yet: that month', async () => {
    const report = await sutton({ today: '2019-05-20' });
    expect(headingOf(report)).to.contain(t.title('May 2019'));
    expect(monthsOf(report)).to.have.length(1);
  });
});

describe('<highlight-report>: decisions needed, linked through href-template', () => {
  failOnPageErrors();

  const decisions = (report: HTMLElement) =>
    [...shadowOf(report).querySelectorAll('[part="decisions"] li')].map((li) => seenText(li));

  /** Sutton, with `period`'s report asking for `proposals`. */
  async function asking(period: string, proposals: string[], more: (doc: LooseDocument) => void = () => {}) {
    const doc = await seedDocument('sutton');
    doc.projects[0].reports.find((r: { period: string }) => r.period === period).decisionsNeeded = proposals;
    more(doc);
    return doc;
  }

  it('October 2019 asks the ELG to adopt the plan, voted on 15 October: carried, linked to where its vote panel lives', async () => {
    const doc = await asking('2019-10', ['hnb-plan']);
    const report = await showReport(
      { project: PROJECT, period: '2019-10', today: TODAY, 'href-template': '/governance/proposals/{proposal}#vote' },
      doc,
    );
    const section = shadowOf(report).querySelector('[part="decisions"]')!;
    expect(textOf(section.querySelector('h3'))).to.equal(t.decisionsTitle);
    expect(textOf(section)).to.contain(t.decisionsIntro('Education Leadership Group'));
    expect(decisions(report)).to.deep.equal([
      `Adopt the High Needs Block implementation plan ${en.votePanel.status('closed')} ${en.votePanel.resultLine(en.votePanel.result('carried'))}`,
    ]);
    const link = section.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/governance/proposals/hnb-plan#vote');
    expect(textOf(link)).to.equal('Adopt the High Needs Block implementation plan');
  });

  it('September 2019 asks for the plan voted on 15 October: open at the month’s end, whether read in October or December', async () => {
    for (const today of ['2019-10-12', TODAY]) {
      const report = await sutton({ period: '2019-09', today });
      const [line] = decisions(report);
      expect(line, today).to.contain(en.votePanel.status('open'));
      expect(line, today).not.to.contain(en.votePanel.result('carried'));
      expect(line, today).not.to.contain(en.votePanel.status('closed'));
    }
  });

  it('November 2019 asks for the banding framework: not carried, in the vote panel’s words', async () => {
    const doc = await asking('2019-11', ['send-banding']);
    const report = await showReport(
      { project: PROJECT, period: '2019-11', today: TODAY, 'href-template': '#proposal-{proposal}' },
      doc,
    );
    expect(decisions(report)[0]).to.contain(en.votePanel.resultLine(en.votePanel.result('not-carried')));
    expect(shadowOf(report).querySelector('[part="decisions"] a')!.getAttribute('href')).to.equal(
      '#proposal-send-banding',
    );
  });

  it('an id is encoded into the link, and a template that is not http, https or relative makes no link', async () => {
    for (const template of ['javascript:alert("{proposal}")', 'data:text/html,{proposal}', ' JaVaScRiPt:{proposal}']) {
      const report = await sutton({ period: '2019-09', 'href-template': template });
      expect(shadowOf(report).querySelector('[part="decisions"] a'), template).to.equal(null);
      expect(decisions(report)[0]).to.contain('Adopt the High Needs Block implementation plan');
    }
    const plain = await sutton({ period: '2019-09' });
    expect(shadowOf(plain).querySelector('[part="decisions"] a'), 'no template, no link').to.equal(null);
  });

  it('a decision asked of the EOG names the EOG; decisions of two groups each name their own', async () => {
    const placeOptions = { id: 'place-options', group: 'eog', title: 'Agree the place options', status: 'open' };
    const eogOnly = await asking('2019-11', ['place-options'], (doc) => doc.proposals.push(placeOptions));
    const section = (report: HTMLElement) => textOf(shadowOf(report).querySelector('[part="decisions"]'));
    const eog = await showReport({ project: PROJECT, period: '2019-11', today: TODAY }, eogOnly);
    expect(section(eog)).to.contain(t.decisionsIntro('Education Operational Group'));
    expect(section(eog)).not.to.contain('Education Leadership Group');
    const both = await asking('2019-11', ['wsoa-reporting', 'place-options'], (doc) =>
      doc.proposals.push(placeOptions),
    );
    const mixed = await showReport({ project: PROJECT, period: '2019-11', today: TODAY }, both);
    expect(section(mixed)).to.contain(t.decisionsIntroNoGroup);
    const [elg, eogItem] = decisions(mixed);
    expect(elg).to.contain(t.decisionGroup('Education Leadership Group'));
    expect(eogItem).to.contain(t.decisionGroup('Education Operational Group'));
  });

  it('an open proposal says how it stands if voting closed now, a draft that it is not open, a withdrawn one so', async () => {
    // December's report, on the 11th while the month runs: wsoa-reporting's votes on the 10th are in, whatever the hour.
    const doc = await seedDocument('sutton');
    doc.projects[0].reports.push({
      period: '2019-12',
      status: 'green',
      decisionsNeeded: ['wsoa-reporting', 'outreach-service', 'ehcp-panel'],
    });
    const report = await showReport({ project: PROJECT, period: '2019-12', today: '2019-12-11' }, doc);
    const [open, draft, withdrawn] = decisions(report);
    // Three of the ELG's ten voting seats have voted: too early to say, as the vote panel says.
    expect(open).to.equal(
      `Receive monthly highlight reports against the Written Statement of Action ${en.votePanel.status('open')} ${en.votePanel.standingTooEarly}`,
    );
    expect(draft).to.contain(en.votePanel.notOpenYet);
    expect(withdrawn).to.contain(en.votePanel.withdrawn);
  });

  it("outcomeLine: how an open proposal stands, unless the core's outcome says it is too early to say", () => {
    const proposal = { id: 'p', group: 'g', title: 'P', status: 'open', declarations: [] } as unknown as Proposal;
    const base = { result: 'pending', quorumState: 'quorate', entitled: 10, abstain: 0, tooEarlyToSay: false } as const;
    const shown = { count: true, choices: true };
    const line = (more: Partial<Outcome>) => outcomeLine(en, proposal, { ...base, ...more } as Outcome, shown);
    const v = en.votePanel;
    expect(line({ standing: 'carried', for: 5, against: 1, needed: 6 })).to.equal(v.standingLine(v.result('carried')));
    expect(line({ standing: 'carried', for: 3, against: 1, needed: 6, tooEarlyToSay: true })).to.equal(
      v.standingTooEarly,
    );
    expect(line({ standing: 'not-carried', for: 0, against: 2, needed: null })).to.equal(
      v.standingLine(v.result('not-carried')),
    );
    expect(line({ standing: 'inquorate', for: 0, against: 0, needed: 6, quorumState: 'not-yet-known' })).to.equal(
      v.standingAwaiting,
    );
    expect(line({ standing: 'inquorate', for: 0, against: 0, needed: 6, quorumState: 'not-quorate' })).to.equal(
      v.standingInquorate,
    );
  });

  it('outcomeLine: a published tie of a proposal still open, without `casting`, is not said to be lost, nor read once closed', () => {
    // The public's live count from a host from before `casting`: whether the chair gave a casting vote is unknown.
    const doc = rulesDocument({
      group: { tieBreak: 'chair' },
      proposal: { status: 'open', closes: at('18:00'), count: { for: 2, against: 2, abstain: 0 } },
    });
    const proposal = doc.proposals[0]!;
    const v = en.votePanel;
    const line = (now: string) =>
      outcomeLine(en, proposal, outcome(doc, 'p', { now }), { count: true, choices: false });
    expect(line(at('16:45'))).to.equal('If voting closed now: Tied: carried only if the chair’s casting vote is for.');
    // Once closed, the copy's totals (served while open) give no result: seats may have voted since.
    expect(line(at('18:30'))).to.equal(v.liveCountOutlived);
  });

  it('an open proposal whose count is shown only once voting closes gives no hint of how it stands', async () => {
    const doc = await seedDocument('sutton');
    doc.proposals.find((p: { id: string }) => p.id === 'wsoa-reporting').results = 'after-close';
    doc.projects[0].reports.find((r: { period: string }) => r.period === '2019-11').decisionsNeeded = [
      'wsoa-reporting',
    ];
    const report = await showReport({ project: PROJECT, period: '2019-11', today: TODAY }, doc);
    expect(decisions(report)[0]).to.contain(en.votePanel.afterClose);
  });
});

describe("<highlight-report>: decisions as at the report's moment, as the vote panel says", () => {
  failOnPageErrors();

  const decision = (report: HTMLElement) => seenText(shadowOf(report).querySelector('[part="decisions"] li'));
  const TITLE = 'Receive monthly highlight reports against the Written Statement of Action';

  /** Sutton, with 'wsoa-reporting' (still marked open) counted only after its `closes`, asked in `period`. */
  async function pastClose(period: string, closes: string) {
    const doc = await seedDocument('sutton');
    Object.assign(
      doc.proposals.find((p: { id: string }) => p.id === 'wsoa-reporting'),
      {
        results: 'after-close',
        closes,
      },
    );
    const reports = doc.projects[0].reports;
    const report = reports.find((r: { period: string }) => r.period === period);
    if (report) report.decisionsNeeded = ['wsoa-reporting'];
    else reports.push({ period, status: 'green', decisionsNeeded: ['wsoa-reporting'] });
    return doc;
  }

  it("an ended month: a proposal past its closes by the month's end is closed, its result shown", async () => {
    const doc = await pastClose('2019-11', '2019-11-29T17:00:00Z');
    const report = await showReport({ project: PROJECT, period: '2019-11', today: TODAY }, doc);
    // As the core reads it at the month's end: the meeting of 10 December, and its room, still to come.
    const { result, quorumJudgedAt } = highlightReport(parsed(doc), PROJECT, '2019-11', TODAY).decisions[0]!.outcome;
    const v = en.votePanel;
    // Its quorum is judged when voting closed, with nobody in the room yet: "not quorate at the close", as the vote
    // panel says it, not "the meeting was not quorate", which it may yet be.
    expect([result, quorumJudgedAt?.moment]).to.deep.equal(['inquorate', 'closes']);
    expect(decision(report)).to.equal(`${TITLE} ${v.status('closed')} ${v.resultLine(v.resultInquorateAt)}`);
  });

  it('the running month: a proposal past its closes today is closed by the clock, not "shown when voting closes"', async () => {
    const doc = await pastClose('2019-12', '2019-12-10T00:00:00Z');
    const report = await showReport({ project: PROJECT, period: '2019-12', today: TODAY }, doc);
    expect(decision(report)).to.contain(en.votePanel.status('closed'));
    expect(decision(report)).not.to.contain(en.votePanel.afterClose);
  });
});

describe('<highlight-report>: what the attributes ask for', () => {
  failOnPageErrors();

  const shown = (report: HTMLElement) => textOf(shadowOf(report));

  it('no project named', async () => {
    const report = await showReport({ today: TODAY }, await seedDocument('sutton'));
    expect(shown(report)).to.equal(t.noProject);
  });

  it('a project the document lacks: names the ones it has', async () => {
    const report = await sutton({ project: 'wp9' });
    expect(shown(report)).to.equal(t.unknownProject('wp9', [PROJECT]));
  });

  it('a document with no projects: says so and where to add one, not "one of: none"', async () => {
    const doc = await seedDocument('sutton');
    doc.projects = [];
    for (const record of [...doc.risks, ...doc.actions]) delete record.project;
    const report = await showReport({ today: TODAY, project: 'wp1-hnb' }, doc);
    expect(shown(report)).to.equal(t.unknownProject('wp1-hnb', []));
    expect(shown(report)).to.contain('"projects"');
    expect(shown(report)).not.to.contain('one of');
  });

  it('a month outside the project or not written YYYY-MM: says which months there are, and offers them', async () => {
    for (const period of ['2019-04', '2020-10', 'November', '2019-13']) {
      const report = await sutton({ period });
      expect(shown(report), period).to.contain(t.unknownPeriod(period, 'May 2019', 'December 2019'));
      expect(monthsOf(report)).to.have.length(8);
      monthButton(report, '2019-11').click();
      await report.updateComplete;
      expect(headingOf(report)).to.contain(t.title('November 2019'));
    }
  });

  it('a month of the project still to come: says no report is due yet, not that the project has no such month', async () => {
    const report = await sutton({ period: '2020-01' });
    expect(shown(report)).to.contain(t.monthToCome('January 2020', 'December 2019'));
    expect(shown(report)).not.to.contain(t.unknownPeriod('2020-01', 'May 2019', 'December 2019'));
    expect(monthsOf(report)).to.have.length(8);
  });

  it('a project that has not started yet', async () => {
    const report = await sutton({ today: '2019-04-20' });
    expect(shown(report)).to.equal(`${PROJECT_TITLE} ${t.notStarted(d('2019-05-01'))}`);
  });

  it('a today that is no date is today in the UK', async () => {
    const report = await sutton({ today: 'yesterday' });
    await until(() => headingOf(report) !== '', 'a heading');
    expect(monthsOf(report).length).to.equal(17);
  });
});
