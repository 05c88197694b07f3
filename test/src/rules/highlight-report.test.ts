/**
 * `highlightReport` and `projectMonths` (contract 1.1, "projects and
 * highlight reports"): every field of the result on the dates where it
 * turns: the due date across weekends and bank holidays, late on the day
 * after due, missing on the day after the month, milestones due on the last
 * day, risks rising by their history, actions overdue at the month's end.
 */
import { expect } from '@open-wc/testing';
import type { PartnershipDocument } from '../../../src/contract/schema.js';
import { highlightReport, monthEnd, outcome, projectMonths } from '../../../src/rules/index.js';
import { at, parsed, rulesInput, vote, type Parts } from '../../fixtures/documents.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** Project 'wp' of group 'g', led by Dan, July 2019 to March 2020, with `more` fields. */
function projectInput(more: Loose = {}): Loose {
  return { id: 'wp', title: 'Work Project', group: 'g', lead: 'dan', start: '2019-07-01', end: '2020-03-31', ...more };
}

/** A parsed document with `projects` beside the rules fixture's parts. */
function documentWith(projects: Loose[], parts: Parts = {}): PartnershipDocument {
  return parsed({ ...rulesInput(parts), projects });
}

const withReports = (reports: Loose[], more: Loose = {}, parts: Parts = {}) =>
  documentWith([projectInput({ reports, ...more })], parts);

const risk = (id: string, more: Loose = {}): Loose => ({
  id,
  title: `Risk ${id}`,
  owner: 'olive',
  raised: '2019-07-01',
  likelihood: 2,
  impact: 2,
  project: 'wp',
  ...more,
});

const action = (id: string, more: Loose = {}): Loose => ({
  id,
  title: `Action ${id}`,
  owner: 'olive',
  due: '2019-11-15',
  project: 'wp',
  ...more,
});

describe('highlightReport: when the report is due', () => {
  it('is due reportDays working days after the month, skipping the weekend (November 2019 ends on a Saturday)', () => {
    const doc = withReports([], { reportDays: 1 });
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-01').due).to.equal('2019-12-02');
  });

  it('skips the bank holidays: December 2019 ends on Tuesday 31st, New Year’s Day does not count', () => {
    expect(highlightReport(withReports([], { reportDays: 1 }), 'wp', '2019-12', '2020-01-01').due).to.equal(
      '2020-01-02',
    );
    // The default of 10 working days: 2 January to 15 January.
    expect(highlightReport(withReports([]), 'wp', '2019-12', '2020-01-01').due).to.equal('2020-01-15');
  });

  it('uses the partnership’s own holidays, which replace the bank holidays', () => {
    const doc = withReports([], { reportDays: 1 }, { holidays: ['2020-01-02'] });
    expect(highlightReport(doc, 'wp', '2019-12', '2020-01-01').due).to.equal('2020-01-01');
  });

  it('with reportDays 0 is due on the month’s last day', () => {
    expect(highlightReport(withReports([], { reportDays: 0 }), 'wp', '2019-11', '2019-12-01').due).to.equal(
      '2019-11-30',
    );
  });

  it('lists the months of a project at either end of the years a date is written in, and ends', () => {
    const last = documentWith([projectInput({ start: '9999-11-01', end: '9999-12-31' })]);
    expect(projectMonths(last, 'wp', '9999-12-31').map((m) => m.period)).to.deep.equal(['9999-11', '9999-12']);
    const first = documentWith([projectInput({ start: '0050-11-01', end: '0051-01-31' })]);
    expect(projectMonths(first, 'wp', '0051-01-31').map((m) => [m.period, m.due])).to.deep.equal([
      ['0050-11', '0050-12-14'],
      ['0050-12', '0051-01-13'], // ten working days, counted by Python's proleptic calendar too
      ['0051-01', '0051-02-14'],
    ]);
    expect(['0050-02', '9999-12'].map(monthEnd)).to.deep.equal(['0050-02-28', '9999-12-31']);
  });

  it('knows the last day of every month, February of a leap year included', () => {
    expect(['2019-02', '2020-02', '2019-04', '2019-12'].map(monthEnd)).to.deep.equal([
      '2019-02-28',
      '2020-02-29',
      '2019-04-30',
      '2019-12-31',
    ]);
  });
});

describe('highlightReport: late and missing', () => {
  // November 2019's report is due on Friday 13 December (10 working days after Saturday 30 November).
  const DUE = '2019-12-13';

  it('is not late when submitted on the due day, late when submitted the day after', () => {
    const onTime = withReports([{ period: '2019-11', submitted: DUE, status: 'green' }]);
    const late = withReports([{ period: '2019-11', submitted: '2019-12-14', status: 'green' }]);
    expect(highlightReport(onTime, 'wp', '2019-11', '2020-02-01')).to.include({
      due: DUE,
      late: false,
      missing: false,
    });
    expect(highlightReport(late, 'wp', '2019-11', '2020-02-01')).to.include({ late: true, missing: false });
  });

  it('says whether the month has ended: after its last day, not on it', () => {
    const doc = withReports([]);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-11-30').ended).to.equal(false);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-01').ended).to.equal(true);
  });

  it('is not late when submitted before the month ended', () => {
    const early = withReports([{ period: '2019-11', submitted: '2019-11-29', status: 'green' }]);
    expect(highlightReport(early, 'wp', '2019-11', '2019-11-29').late).to.equal(false);
  });

  it('not submitted: late is null up to the due day, and true from the day after', () => {
    const doc = withReports([]);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-11-15').late).to.equal(null);
    expect(highlightReport(doc, 'wp', '2019-11', DUE).late).to.equal(null);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-14').late).to.equal(true);
  });

  it('a report submitted after today is not in yet: due to the due day, then missing, never late before it came', () => {
    const doc = withReports([{ period: '2019-11', submitted: '2019-12-20', status: 'green' }]);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-12')).to.include({ report: null, late: null, missing: true });
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-16')).to.include({ report: null, late: true, missing: true });
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-20')).to.include({ late: true, missing: false });
    const november = (today: string) => projectMonths(doc, 'wp', today).find((m) => m.period === '2019-11')!;
    expect(november('2019-12-12')).to.include({ state: 'due', status: null, report: null });
    expect(november('2019-12-16').state).to.equal('missing');
    expect(november('2019-12-20').state).to.equal('submitted-late');
  });

  it('a report with no submitted date counts as not submitted for lateness', () => {
    const doc = withReports([{ period: '2019-11', status: 'green' }]);
    expect(highlightReport(doc, 'wp', '2019-11', DUE)).to.include({ late: null, missing: false });
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-14')).to.include({ late: true, missing: false });
  });

  it('is missing only once the month has ended without a report', () => {
    const doc = withReports([]);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-11-30').missing).to.equal(false);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-12-01').missing).to.equal(true);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-10-01').missing).to.equal(false);
  });

  it('returns the report as written, or null', () => {
    const written = {
      period: '2019-11',
      submitted: '2019-12-06',
      status: 'amber',
      reason: 'Slipped',
      progress: 'Some',
    };
    const doc = withReports([written]);
    expect(highlightReport(doc, 'wp', '2019-11', DUE).report).to.deep.equal({ ...written, decisionsNeeded: [] });
    expect(highlightReport(doc, 'wp', '2019-10', DUE).report).to.equal(null);
  });

  it('gives a project with no reports, milestones, risks or actions an empty report for each month', () => {
    expect(highlightReport(withReports([]), 'wp', '2019-11', '2020-01-10')).to.deep.equal({
      project: 'wp',
      period: '2019-11',
      report: null,
      due: DUE,
      late: true,
      missing: true,
      ended: true,
      milestones: { late: [], done: [] },
      risks: [],
      actions: [],
      decisions: [],
    });
  });
});

describe('highlightReport: milestones', () => {
  const milestones = [
    { id: 'last-day', title: 'Due on the last day, not done', due: '2019-11-30' },
    { id: 'done-last-day', title: 'Done on the last day', due: '2019-11-30', done: '2019-11-30' },
    { id: 'done-after', title: 'Due in November, done in December', due: '2019-11-15', done: '2019-12-02' },
    { id: 'done-early', title: 'Due in December, done in November', due: '2019-12-20', done: '2019-11-04' },
    { id: 'october', title: 'Done on time in October', due: '2019-10-31', done: '2019-10-31' },
    { id: 'december', title: 'Due in December', due: '2019-12-01' },
  ];
  const doc = documentWith([projectInput({ milestones })]);
  const ids = (list: { id: string }[]) => list.map((m) => m.id);

  it('once the month has ended: late when due on or before its last day and not done by then; done when done within it', () => {
    const { late, done } = highlightReport(doc, 'wp', '2019-11', '2020-01-10').milestones;
    expect(ids(late)).to.deep.equal(['last-day', 'done-after']);
    expect(ids(done)).to.deep.equal(['done-last-day', 'done-early']);
  });

  it('a milestone met after its month stays late in that month’s report, and is done in the next', () => {
    const december = highlightReport(doc, 'wp', '2019-12', '2020-01-10').milestones;
    expect(ids(december.done)).to.deep.equal(['done-after']);
    expect(ids(december.late)).to.deep.equal(['last-day', 'december']);
  });

  it('while the month runs: late when due before today and not done; a milestone due today is not yet late', () => {
    expect(ids(highlightReport(doc, 'wp', '2019-11', '2019-11-30').milestones.late)).to.deep.equal(['done-after']);
    expect(ids(highlightReport(doc, 'wp', '2019-11', '2019-11-15').milestones.late)).to.deep.equal([]);
    expect(ids(highlightReport(doc, 'wp', '2019-11', '2019-11-16').milestones.late)).to.deep.equal(['done-after']);
  });

  it('while the month runs: met only once met by today, never late and met at once', () => {
    // Sutton's "Five needs-led top-up bands costed", due 8 and met 11 November, read on the 10th.
    const due8 = { id: 'met-11th', title: 'Met on the 11th', due: '2019-11-08', done: '2019-11-11' };
    const report = (today: string) =>
      highlightReport(documentWith([projectInput({ milestones: [due8] })]), 'wp', '2019-11', today);
    expect(ids(report('2019-11-10').milestones.late)).to.deep.equal(['met-11th']);
    expect(ids(report('2019-11-10').milestones.done)).to.deep.equal([]);
    expect(ids(report('2019-11-11').milestones.late)).to.deep.equal([]);
    expect(ids(report('2019-11-11').milestones.done)).to.deep.equal(['met-11th']);
    // Met early, before it was due, and after the day the report stands on: not met yet either.
    expect(ids(highlightReport(doc, 'wp', '2019-11', '2019-11-03').milestones.done)).to.deep.equal([]);
  });
});

describe('highlightReport: linked risks', () => {
  const parts: Parts = {
    riskScale: { appetite: { financial: 8 } },
    risks: [
      // 9 at the review of 1 September, 16 at that of 15 December: on November's last day it still stood at 9, with
      // no earlier rating, so it was not rising then (the rise came in December); in December, 16 against the
      // review at 16 is steady.
      risk('rising', {
        likelihood: 4,
        impact: 4,
        history: [
          { date: '2019-09-01', likelihood: 3, impact: 3 },
          { date: '2019-12-15', likelihood: 4, impact: 4 },
        ],
      }),
      risk('above', { category: 'financial', likelihood: 3, impact: 3 }),
      risk('at-appetite', { category: 'financial', likelihood: 2, impact: 4 }),
      risk('review-before-end', { review: '2019-11-29' }),
      risk('review-last-day', { review: '2019-11-30' }),
      risk('closed-review', { review: '2019-11-01', status: 'closed' }),
      risk('falling', { likelihood: 2, impact: 2, history: [{ date: '2019-09-01', likelihood: 4, impact: 4 }] }),
      risk('other-project', { review: '2019-11-01', project: undefined }),
    ],
  };
  const doc = documentWith([projectInput()], parts);

  it('lists the linked risks with a flag, judged with the month’s last day as today', () => {
    expect(highlightReport(doc, 'wp', '2019-11', '2020-01-10').risks).to.deep.equal([
      { id: 'above', aboveAppetite: true, rising: false, reviewOverdue: false },
      { id: 'review-before-end', aboveAppetite: false, rising: false, reviewOverdue: true },
    ]);
  });

  it('judges rising against the history before the judging day: steady in December after a review at the same score', () => {
    expect(highlightReport(doc, 'wp', '2019-12', '2020-01-10').risks.map((r) => r.id)).to.deep.equal([
      'above',
      'review-before-end',
      'review-last-day',
    ]);
  });

  it('while the month runs, judges with today itself', () => {
    expect(highlightReport(doc, 'wp', '2019-11', '2019-11-20').risks).to.deep.equal([
      { id: 'above', aboveAppetite: true, rising: false, reviewOverdue: false },
    ]);
  });

  it('leaves out a risk raised after the month, which was not on the register then', () => {
    const later = documentWith([projectInput()], {
      risks: [risk('raised-later', { raised: '2019-12-12', review: '2019-12-20' })],
    });
    expect(highlightReport(later, 'wp', '2019-11', '2020-01-10').risks).to.deep.equal([]);
    expect(highlightReport(later, 'wp', '2019-12', '2020-01-10').risks.map((r) => r.id)).to.deep.equal([
      'raised-later',
    ]);
    // While the month runs, a risk raised after today is not on the register yet either.
    expect(highlightReport(later, 'wp', '2019-12', '2019-12-11').risks).to.deep.equal([]);
  });

  it('leaves out a closed or accepted risk, above appetite and rising: only open risks are exceptions, as the register counts them', () => {
    const rated = {
      category: 'financial',
      likelihood: 4,
      impact: 5,
      history: [{ date: '2019-09-01', likelihood: 2, impact: 2 }],
    };
    const settled = documentWith([projectInput()], {
      riskScale: { appetite: { financial: 8 } },
      risks: [
        risk('open', rated),
        risk('closed', { ...rated, status: 'closed' }),
        risk('accepted', { ...rated, status: 'accepted', review: '2019-11-01' }),
      ],
    });
    for (const today of ['2019-11-20', '2020-01-10']) {
      expect(highlightReport(settled, 'wp', '2019-11', today).risks.map((r) => r.id)).to.deep.equal(['open']);
    }
  });

  it('judges a risk rated as it stood on the judging day: a rise recorded after it is not yet a rise', () => {
    const reRated = documentWith([projectInput()], {
      risks: [
        risk('rose-in-october', {
          likelihood: 4,
          impact: 4,
          history: [
            { date: '2019-09-01', likelihood: 2, impact: 2 },
            { date: '2019-10-15', likelihood: 3, impact: 3 },
            { date: '2019-12-15', likelihood: 4, impact: 4 },
          ],
        }),
      ],
    });
    // November's last day: 9 since 15 October, against 4 before it.
    expect(highlightReport(reRated, 'wp', '2019-11', '2020-01-10').risks).to.deep.equal([
      { id: 'rose-in-october', aboveAppetite: false, rising: true, reviewOverdue: false },
    ]);
    // September's last day: 4, with no earlier rating; the current 16 was not yet given.
    expect(highlightReport(reRated, 'wp', '2019-09', '2020-01-10').risks).to.deep.equal([]);
  });

  it('a risk linked to no project is never in a project’s report', () => {
    const all = ['2019-11', '2019-12'].flatMap((p) => highlightReport(doc, 'wp', p, '2020-01-10').risks);
    expect(all.map((r) => r.id)).not.to.include('other-project');
  });
});

describe('highlightReport: linked actions', () => {
  const parts: Parts = {
    actions: [
      action('overdue', { due: '2019-11-15', status: 'in-progress' }),
      action('due-last-day', { due: '2019-11-30' }),
      action('done-late-in-month', { due: '2019-11-10', status: 'done', completed: '2019-11-20' }),
      action('done-late-after', { due: '2019-11-10', status: 'done', completed: '2019-12-03' }),
      action('done-on-time', { due: '2019-11-10', status: 'done', completed: '2019-11-10' }),
      action('dropped', { due: '2019-11-10', status: 'dropped' }),
      action('unlinked', { due: '2019-11-01', project: undefined }),
    ],
  };
  const doc = documentWith([projectInput()], parts);

  it('lists linked actions overdue at the month’s end, or done late within it', () => {
    expect(highlightReport(doc, 'wp', '2019-11', '2020-01-10').actions).to.deep.equal([
      { id: 'overdue', overdue: true, doneLate: false },
      // Due on the month's last day and not done by its end: overdue in its report, as a milestone due then is late.
      { id: 'due-last-day', overdue: true, doneLate: false },
      { id: 'done-late-in-month', overdue: false, doneLate: true },
      { id: 'done-late-after', overdue: true, doneLate: false },
    ]);
  });

  it('lists in the month it fell due an action recorded done before it was raised, whose date cannot be right', () => {
    // Raised at meeting 'm' on 15 October 2019; a year typed wrong makes a late action read as done on time.
    const typo = action('typo', { due: '2019-11-08', status: 'done', completed: '2018-11-20', meeting: 'm' });
    const misdated = documentWith([projectInput()], { actions: [typo] });
    expect(highlightReport(misdated, 'wp', '2019-11', '2020-01-10').actions).to.deep.equal([
      { id: 'typo', overdue: false, doneLate: false, raisedAfterCompleted: '2019-10-15' },
    ]);
    expect(highlightReport(misdated, 'wp', '2019-10', '2020-01-10').actions).to.deep.equal([]);
    expect(highlightReport(misdated, 'wp', '2019-12', '2020-01-10').actions).to.deep.equal([]);
    // Not yet due on the judging day of the running month: nothing to say of it yet.
    expect(highlightReport(misdated, 'wp', '2019-11', '2019-11-05').actions).to.deep.equal([]);
  });

  it('lists an action due before the meeting it links to: it reports back there, and was not raised there', () => {
    // Linked to meeting 'm' on 15 October 2019, due on 10 September: overdue in September's report all the same.
    const reportsBack = action('reports-back', { due: '2019-09-10', meeting: 'm' });
    const linked = documentWith([projectInput()], { actions: [reportsBack] });
    const overdue = [{ id: 'reports-back', overdue: true, doneLate: false }];
    expect(highlightReport(linked, 'wp', '2019-09', '2019-10-10').actions).to.deep.equal(overdue);
    expect(highlightReport(linked, 'wp', '2019-10', '2019-10-20').actions).to.deep.equal(overdue);
  });

  it('an action done late after the month is overdue in that month and done late in the month it was done', () => {
    expect(highlightReport(doc, 'wp', '2019-12', '2020-01-10').actions).to.deep.equal([
      { id: 'overdue', overdue: true, doneLate: false },
      { id: 'due-last-day', overdue: true, doneLate: false },
      { id: 'done-late-after', overdue: false, doneLate: true },
    ]);
  });

  it('while the month runs, judges with today itself: an action completed after today was overdue today', () => {
    expect(highlightReport(doc, 'wp', '2019-11', '2019-11-15').actions).to.deep.equal([
      { id: 'done-late-in-month', overdue: true, doneLate: false },
      { id: 'done-late-after', overdue: true, doneLate: false },
    ]);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-11-16').actions).to.deep.equal([
      { id: 'overdue', overdue: true, doneLate: false },
      { id: 'done-late-in-month', overdue: true, doneLate: false },
      { id: 'done-late-after', overdue: true, doneLate: false },
    ]);
    expect(highlightReport(doc, 'wp', '2019-11', '2019-11-20').actions[1]).to.deep.equal({
      id: 'done-late-in-month',
      overdue: false,
      doneLate: true,
    });
  });
});

describe('highlightReport: decisions', () => {
  it('gives each decision needed with its outcome at the end of the month', () => {
    const doc = withReports([{ period: '2019-10', status: 'green', decisionsNeeded: ['p'] }]);
    const { decisions } = highlightReport(doc, 'wp', '2019-10', '2019-11-20');
    const now = '2019-10-31T23:59:59.999Z'; // the end of 31 October in London (GMT again from the 27th)
    expect(decisions).to.deep.equal([
      {
        proposal: 'p',
        stood: doc.proposals[0],
        outcome: outcome(doc, 'p', { today: '2019-10-31', now }),
        shown: { count: true, choices: true },
      },
    ]);
  });

  it('hides the count of an open after-close proposal until it is closed, whatever its closes', () => {
    const doc = withReports([{ period: '2019-10', status: 'green', decisionsNeeded: ['p'] }]);
    const proposal = doc.proposals.find((p) => p.id === 'p')!;
    const shown = (more: Partial<typeof proposal>) => {
      Object.assign(proposal, more);
      return highlightReport(doc, 'wp', '2019-10', '2019-11-20').decisions[0]?.shown;
    };
    const hidden = { count: false, choices: false, countHiddenBy: 'after-close' };
    expect(shown({ results: 'after-close', status: 'open' })).to.deep.equal(hidden);
    expect(shown({ closes: '2019-11-01T17:00:00Z' })).to.deep.equal(hidden);
    // Closed by the month's end: shown. (Closed on 1 November, it was open at the month's end: hidden.)
    expect(shown({ status: 'closed' })).to.deep.equal(hidden);
    expect(shown({ closes: '2019-10-30T17:00:00Z' })).to.deep.equal({ count: true, choices: true });
    expect(shown({ ballot: 'secret' })).to.deep.equal({ count: true, choices: false });
    expect(shown({ status: 'open', results: 'live', closes: '2019-11-01T17:00:00Z' })).to.deep.equal({
      count: false,
      choices: false,
      countHiddenBy: 'secret',
    });
  });
});

describe("highlightReport: decisions as at the report's moment", () => {
  /** An after-close proposal 'p', still marked open by the clerk, closing at `closes`; asked by October's report. */
  const pastClose = (closes: string) =>
    withReports(
      [{ period: '2019-10', status: 'green', decisionsNeeded: ['p'] }],
      {},
      {
        proposal: { results: 'after-close', closes },
      },
    );
  const decision = (doc: PartnershipDocument, period: string, today: string, now?: string) =>
    highlightReport(doc, 'wp', period, today, now).decisions[0]!;

  it('an ended month: a proposal whose closes is before the end of its last day is closed, as a vote panel says', () => {
    const doc = pastClose('2019-10-31T23:30:00Z'); // 23:30 GMT on the month's last day
    const { outcome: result, shown } = decision(doc, '2019-10', '2019-11-20');
    expect(result.status).to.equal('closed');
    expect(result.result).to.not.equal('pending');
    expect(shown).to.deep.equal({ count: true, choices: true });
  });

  it('an ended month: one closing after its last day was still open then, its count hidden', () => {
    const doc = pastClose('2019-11-01T00:00:00Z');
    const { outcome: result, shown } = decision(doc, '2019-10', '2019-11-20');
    expect(result.status).to.equal('open');
    expect(result.result).to.equal('pending');
    expect(shown).to.deep.equal({ count: false, choices: false, countHiddenBy: 'after-close' });
  });

  it('an ended month is judged by the day: the now given moves nothing', () => {
    const doc = pastClose('2019-10-31T23:30:00Z');
    expect(decision(doc, '2019-10', '2019-11-20', '2019-10-31T12:00:00Z')).to.deep.equal(
      decision(doc, '2019-10', '2019-11-20'),
    );
  });

  it('the running month: closed once now is past closes, open before, on the date of today', () => {
    const doc = withReports(
      [{ period: '2019-11', status: 'green', decisionsNeeded: ['p'] }],
      {},
      {
        proposal: { results: 'after-close', closes: '2019-11-20T17:00:00Z' },
      },
    );
    expect(decision(doc, '2019-11', '2019-11-20', '2019-11-20T16:59:00Z').outcome.status).to.equal('open');
    expect(decision(doc, '2019-11', '2019-11-20', '2019-11-20T17:01:00Z').outcome.status).to.equal('closed');
    expect(decision(doc, '2019-11', '2019-11-20', '2019-11-20T17:01:00Z').shown.count).to.equal(true);
    // A clock on another day keeps its time of day and takes today's date, as a vote panel's does.
    expect(decision(doc, '2019-11', '2019-11-20', '2026-12-04T17:01:00Z').outcome.status).to.equal('closed');
    // No clock: only a proposal that closed before today is closed; one closing later today is not called closed.
    expect(decision(doc, '2019-11', '2019-11-20').outcome.status).to.equal('open');
    expect(decision(doc, '2019-11', '2019-11-21').outcome.status).to.equal('closed');
  });

  describe('votes and closing after the moment', () => {
    // 'p' is decided at meeting 'm' on 15 October 2019 and closed at 18:00: three for by 16:30, one against at 17:30.
    const voted = (period: string) =>
      withReports(
        [{ period, status: 'green', decisionsNeeded: ['p'] }],
        {},
        {
          proposal: { status: 'closed', closes: at('18:00') },
          votes: [
            vote('chair', 'cara', 'for'),
            vote('primary', 'ann', 'for'),
            vote('secondary', 'ben', 'for'),
            vote('special', 'sam', 'against', at('17:30')),
          ],
        },
      );

    it('a month that ended before the vote: open, nothing counted, whether judged in October or December', () => {
      for (const today of ['2019-10-12', '2019-12-10']) {
        const { outcome: result, stood } = decision(voted('2019-09'), '2019-09', today);
        expect(result, today).to.include({ status: 'open', result: 'pending', for: 0, against: 0 });
        expect(stood.status, today).to.equal('open');
      }
    });

    it('the running month, before the close: only the votes cast by now count', () => {
      const { outcome: result } = decision(voted('2019-10'), '2019-10', '2019-10-15', at('17:00'));
      expect(result).to.include({ status: 'open', result: 'pending', for: 3, against: 0 });
    });

    it('a month that ended after the close: closed, every vote counted', () => {
      const { outcome: result, stood } = decision(voted('2019-10'), '2019-10', '2019-12-10');
      expect(result).to.include({ status: 'closed', for: 3, against: 1 });
      expect(stood.status).to.equal('closed');
    });
  });

  it('throws a RangeError naming now when it is not a date-time', () => {
    const doc = pastClose('2019-10-31T23:30:00Z');
    expect(() => highlightReport(doc, 'wp', '2019-10', '2019-11-20', '2019-11-20')).to.throw(RangeError, 'now');
  });
});

describe('highlightReport: asked what it cannot answer', () => {
  it('throws a RangeError for an unknown project or a period not written YYYY-MM', () => {
    const doc = withReports([]);
    expect(() => highlightReport(doc, 'wp9', '2019-11', '2019-12-01')).to.throw(RangeError, "'wp9'");
    expect(() => highlightReport(doc, 'wp', '2019-13', '2019-12-01')).to.throw(RangeError, 'YYYY-MM');
    expect(() => highlightReport(doc, 'wp', '2019-11-01', '2019-12-01')).to.throw(RangeError, 'YYYY-MM');
  });
});

describe('projectMonths', () => {
  const reports = [
    { period: '2019-07', submitted: '2019-08-14', status: 'green' }, // due 14 August: on time
    { period: '2019-08', submitted: '2019-09-17', status: 'amber', reason: 'Slipped' }, // due 13 September: late
    // September missing; October due 14 November
    { period: '2019-11', submitted: '2019-11-12', status: 'red', reason: 'Stopped' }, // early
  ];
  const doc = withReports(reports);
  const states = (today: string) => projectMonths(doc, 'wp', today).map((m) => `${m.period} ${m.state}`);

  it('lists each month from the start to today’s month with its state', () => {
    expect(states('2019-11-14')).to.deep.equal([
      '2019-07 submitted',
      '2019-08 submitted-late',
      '2019-09 missing',
      '2019-10 due',
      '2019-11 submitted',
    ]);
    expect(states('2019-11-15')[3]).to.equal('2019-10 missing');
  });

  it('gives each month its due date, rating and report', () => {
    const [july, , september] = projectMonths(doc, 'wp', '2019-11-14');
    expect(july).to.deep.equal({
      period: '2019-07',
      state: 'submitted',
      due: '2019-08-14',
      status: 'green',
      report: { ...reports[0], decisionsNeeded: [] },
    });
    expect(september).to.deep.equal({
      period: '2019-09',
      state: 'missing',
      due: '2019-10-14',
      status: null,
      report: null,
    });
  });

  it('shows the running month without a report as in progress, and the month just ended as due', () => {
    expect(states('2019-12-31').slice(-2)).to.deep.equal(['2019-11 submitted', '2019-12 in-progress']);
    expect(states('2020-01-01').slice(-2)).to.deep.equal(['2019-12 due', '2020-01 in-progress']);
  });

  it('stops at the project’s end, and has no months before the project starts', () => {
    const late = states('2021-06-01');
    expect(late[late.length - 1]).to.equal('2020-03 missing');
    expect(late).to.have.length(9);
    expect(projectMonths(doc, 'wp', '2019-06-30')).to.deep.equal([]);
    // July's report came in on 14 August: on 1 July it was not in.
    expect(states('2019-07-01')).to.deep.equal(['2019-07 in-progress']);
  });

  it('agrees with highlightReport on every month', () => {
    for (const month of projectMonths(doc, 'wp', '2020-02-10')) {
      const report = highlightReport(doc, 'wp', month.period, '2020-02-10');
      expect(month.due).to.equal(report.due);
      expect(month.report).to.equal(report.report);
      if (month.state === 'missing') expect([report.missing, report.late]).to.deep.equal([true, true]);
      if (month.state === 'due') expect([report.missing, report.late]).to.deep.equal([true, null]);
      if (month.state === 'submitted-late') expect(report.late).to.equal(true);
    }
  });
});

describe('highlightReport and projectMonths are pure', () => {
  it('read no clock', () => {
    const doc = withReports([{ period: '2019-11', status: 'green' }]);
    const RealNow = Date.now;
    Date.now = () => {
      throw new Error('The rules read the clock');
    };
    try {
      expect(() => highlightReport(doc, 'wp', '2019-11', '2019-12-20')).not.to.throw();
      expect(() => projectMonths(doc, 'wp', '2019-12-20')).not.to.throw();
    } finally {
      Date.now = RealNow;
    }
  });
});
