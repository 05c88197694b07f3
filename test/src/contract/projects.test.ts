/**
 * The document checks of contract 1.1's projects and highlight reports: the
 * shape of a project, its milestones and reports, and every cross-record
 * rule (references, dates within the project, one report a month, a reason
 * for amber and red), each at its JSON path with its code.
 */
import { expect } from '@open-wc/testing';
import { parseDocument, type Problem } from '../../../src/contract/index.js';
import { explainProblem } from '../../../src/messages/explain.js';
import { enCore } from '../../../src/messages/en-core.js';
import { cy } from '../../../src/messages/cy.js';
import { rulesInput, withoutRecord } from '../../fixtures/documents.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A project run by group 'g', reporting to 'elg', led by Dan, May 2019 to September 2020. */
function project(more: Loose = {}): Loose {
  return {
    id: 'wp1',
    title: 'Work Project 1',
    group: 'g',
    reportsTo: 'elg',
    lead: 'dan',
    start: '2019-05-01',
    end: '2020-09-30',
    milestones: [{ id: 'ms-1', title: 'Banding model agreed', due: '2019-12-01', done: '2019-11-28' }],
    reports: [
      { period: '2019-10', submitted: '2019-11-08', status: 'green' },
      {
        period: '2019-11',
        submitted: '2019-12-06',
        status: 'amber',
        reason: 'Consultation slipped',
        decisionsNeeded: ['p'],
      },
    ],
    ...more,
  };
}

/** The raw document with `projects`, and risks and actions that may link to them. */
function input(projects: Loose[] = [project()], more: Loose = {}): Loose {
  return {
    ...rulesInput({ groups: [{ id: 'elg', name: 'Education Leadership Group' }] }),
    projects,
    ...more,
  };
}

function problemsOf(document: unknown): Problem[] {
  const result = parseDocument(document);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems.map(withoutRecord) as Problem[];
}

/** Each problem as [path, code]. */
const pathsAndCodes = (document: unknown) => problemsOf(document).map((p) => [p.path, p.code]);

/** The problem `code` at a path: a date or month (`value`) outside project wp1, which runs over `span`. */
const outside =
  (code: string, span: { start: string; end: string }) =>
  (path: string, value: { date: string } | { period: string }) => ({
    path,
    code,
    values: { project: 'wp1', ...value, ...span },
  });

/** The problem of the reference at `path` to `id`, which no `target` has; the field is the path's last name. */
const unknownReference = (path: string, id: string, target: string) => ({
  path,
  code: 'unknown-reference',
  values: { id, target, field: path.slice(path.lastIndexOf('.') + 1) },
});

/** A problem as a reader sees it: its path, then its sentence. */
const say = (words: typeof enCore, problem: Problem) => `${problem.path} ${explainProblem(words, problem)}`;

/** The one problem of a document that has exactly one. */
function onlyProblem(document: unknown): Problem {
  const problems = problemsOf(document);
  expect(problems, JSON.stringify(problems)).to.have.length(1);
  return problems[0]!;
}

const risk = (more: Loose = {}): Loose => ({
  id: 'R-1',
  title: 'Budget',
  owner: 'dan',
  likelihood: 3,
  impact: 4,
  raised: '2019-05-01',
  ...more,
});
const action = (more: Loose = {}): Loose => ({
  id: 'A-1',
  title: 'Draft the paper',
  owner: 'dan',
  due: '2019-11-01',
  ...more,
});

describe('contract 1.1: projects', () => {
  it('accepts a project, fills in reportDays (10), milestones, reports and decisionsNeeded, and keeps the links of risks and actions', () => {
    const result = parseDocument(
      input([project({ milestones: undefined, reports: [{ period: '2019-10', status: 'green' }] })], {
        risks: [risk({ project: 'wp1' })],
        actions: [action({ project: 'wp1' })],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [parsed] = result.document.projects;
    expect(parsed!.reportDays).to.equal(10);
    expect(parsed!.milestones).to.deep.equal([]);
    expect(parsed!.reports).to.deep.equal([{ period: '2019-10', status: 'green', decisionsNeeded: [] }]);
    expect(result.document.risks[0]!.project).to.equal('wp1');
    expect(result.document.actions[0]!.project).to.equal('wp1');
  });

  it('reads a document without projects as having none', () => {
    const result = parseDocument(rulesInput());
    expect(result.ok && result.document.projects).to.deep.equal([]);
  });

  it('refuses a period that is not a month written YYYY-MM, naming the format', () => {
    for (const period of ['2019-13', '2019-1', '2019-11-01', 'November']) {
      const problem = onlyProblem(input([project({ reports: [{ period, status: 'green' }] })]));
      expect(problem).to.deep.equal({
        path: 'projects[0].reports[0].period',
        code: 'wrong-value',
        values: { expected: { kind: 'format', format: 'month' }, value: { type: 'text', text: period } },
      });
    }
    expect(say(enCore, onlyProblem(input([project({ reports: [{ period: '2019-13', status: 'green' }] })])))).to.equal(
      'projects[0].reports[0].period must be a month written YYYY-MM (like "2019-11"), but it is "2019-13".',
    );
  });

  it('refuses a rating other than green, amber or red, an unknown field and reportDays out of range', () => {
    expect(
      pathsAndCodes(input([project({ reportDays: 61, reports: [{ period: '2019-10', status: 'blue', note: 'x' }] })])),
    ).to.have.deep.members([
      ['projects[0].reportDays', 'out-of-range'],
      ['projects[0].reports[0]', 'unknown-fields'],
      ['projects[0].reports[0].status', 'wrong-value'],
    ]);
  });

  it('requires the title, group, lead, start and end', () => {
    const bare = { id: 'wp1' };
    expect(pathsAndCodes(input([bare])).sort()).to.deep.equal(
      [
        ['projects[0].end', 'missing'],
        ['projects[0].group', 'missing'],
        ['projects[0].lead', 'missing'],
        ['projects[0].start', 'missing'],
        ['projects[0].title', 'missing'],
      ].sort(),
    );
  });

  it('refuses a project id used twice, and a milestone id used twice within a project', () => {
    const twice = project({
      milestones: [
        { id: 'ms-1', title: 'One', due: '2019-12-01' },
        { id: 'ms-1', title: 'Two', due: '2020-01-01' },
      ],
    });
    const other = project({ milestones: [{ id: 'ms-1', title: 'Same id, other project', due: '2019-12-01' }] });
    const problems = problemsOf(input([twice, other]));
    expect(problems).to.have.deep.members([
      {
        path: 'projects[0].milestones[1].id',
        code: 'duplicate-id',
        values: { id: 'ms-1', first: 'projects[0].milestones[0]' },
      },
      { path: 'projects[1].id', code: 'duplicate-id', values: { id: 'wp1', first: 'projects[0]' } },
    ]);
    expect(problems).to.have.length(2);
  });

  it('refuses a group, reportsTo or lead that does not resolve', () => {
    expect(problemsOf(input([project({ group: 'eog', reportsTo: 'board', lead: 'nobody' })]))).to.have.deep.members([
      unknownReference('projects[0].group', 'eog', 'group'),
      unknownReference('projects[0].reportsTo', 'board', 'group'),
      unknownReference('projects[0].lead', 'nobody', 'person'),
    ]);
  });

  it('refuses a project that ends before it starts, at its end, and then judges no date against it', () => {
    const problem = onlyProblem(
      input([
        project({ start: '2020-09-30', end: '2019-05-01', milestones: [{ id: 'm', title: 'M', due: '2018-01-01' }] }),
      ]),
    );
    expect(problem).to.deep.equal({
      path: 'projects[0].end',
      code: 'project-ends-before-start',
      values: { project: 'wp1', start: '2020-09-30', end: '2019-05-01' },
    });
    expect(say(enCore, problem)).to.equal(
      "projects[0].end is 1 May 2019, before project 'wp1' starts on 30 September 2020. Correct one of the dates.",
    );
  });

  it('refuses a project spanning more than 20 years, at its start: a mistyped year would be a thousand years of months', () => {
    const problem = onlyProblem(input([project({ start: '1019-05-01', end: '2020-03-31' })]));
    expect(problem).to.deep.equal({
      path: 'projects[0].start',
      code: 'project-too-long',
      values: { project: 'wp1', start: '1019-05-01', end: '2020-03-31', years: 20 },
    });
    expect(say(enCore, problem)).to.equal(
      "projects[0].start is 1 May 1019, more than 20 years before project 'wp1' ends on 31 March 2020. Check the year.",
    );
    expect(parseDocument(input([project({ start: '2000-01-01', end: '2020-12-31' })])).ok).to.equal(true);
  });

  it('accepts a project of one day, and milestones on its first and last days', () => {
    const day = project({
      start: '2019-05-01',
      end: '2019-05-01',
      milestones: [{ id: 'm', title: 'M', due: '2019-05-01', done: '2019-05-01' }],
      reports: [{ period: '2019-05', status: 'green' }],
    });
    expect(parseDocument(input([day])).ok).to.equal(true);
  });

  it('refuses a milestone due outside the project, or done before it starts, at the date', () => {
    const early = project({
      milestones: [
        { id: 'early', title: 'Early', due: '2019-04-30' },
        { id: 'before', title: 'Before', due: '2019-06-01', done: '2019-04-30' },
        // Met after the planned end: the project overran, which the document must be able to say.
        { id: 'late', title: 'Late', due: '2020-09-30', done: '2020-10-01' },
      ],
    });
    const dateOutside = outside('date-outside-project', { start: '2019-05-01', end: '2020-09-30' });
    expect(problemsOf(input([early]))).to.deep.equal([
      dateOutside('projects[0].milestones[0].due', { date: '2019-04-30' }),
      dateOutside('projects[0].milestones[1].done', { date: '2019-04-30' }),
    ]);
  });

  it('refuses a report for a month outside the project, and accepts the months of its start and end', () => {
    const mid = project({ start: '2019-05-15', end: '2020-09-10' });
    const reports = ['2019-04', '2019-05', '2020-09', '2020-10'].map((period) => ({ period, status: 'green' }));
    const monthOutside = outside('period-outside-project', { start: '2019-05-15', end: '2020-09-10' });
    expect(problemsOf(input([{ ...mid, reports }]))).to.deep.equal([
      monthOutside('projects[0].reports[0].period', { period: '2019-04' }),
      monthOutside('projects[0].reports[3].period', { period: '2020-10' }),
    ]);
  });

  it('refuses a second report for a month, naming the first', () => {
    const twice = project({
      reports: [
        { period: '2019-10', status: 'green' },
        { period: '2019-11', status: 'green' },
        { period: '2019-10', status: 'green' },
      ],
    });
    const problem = onlyProblem(input([twice]));
    expect(problem).to.deep.equal({
      path: 'projects[0].reports[2].period',
      code: 'duplicate-report',
      values: { period: '2019-10', first: 'projects[0].reports[0]' },
    });
    expect(say(enCore, problem)).to.equal(
      "projects[0].reports[2].period is '2019-10', a month that projects[0].reports[0] already reports on. Keep one report a month, with everything in it.",
    );
  });

  it('refuses an amber or red report without a reason, at its reason, and accepts a green one without', () => {
    const reports = [
      { period: '2019-09', status: 'green' },
      { period: '2019-10', status: 'amber' },
      { period: '2019-11', status: 'red' },
    ];
    const problems = problemsOf(input([project({ reports })]));
    expect(problems).to.deep.equal([
      {
        path: 'projects[0].reports[1].reason',
        code: 'rating-without-reason',
        values: { period: '2019-10', status: 'amber' },
      },
      {
        path: 'projects[0].reports[2].reason',
        code: 'rating-without-reason',
        values: { period: '2019-11', status: 'red' },
      },
    ]);
    expect(say(enCore, problems[1]!)).to.equal(
      "projects[0].reports[2].reason is missing: the report for '2019-11' is rated red, so it must say why. Add the reason.",
    );
    expect(say(cy, problems[1]!)).to.equal(
      "projects[0].reports[2].reason – mae ar goll: mae adroddiad '2019-11' wedi’i raddio’n goch, felly rhaid iddo ddweud pam. Ychwanegwch y rheswm.",
    );
  });

  it('names a project whose id is not text as no project, and judges its dates all the same', () => {
    const problems = problemsOf(input([project({ id: 12, start: '2020-09-30', end: '2019-05-01' })]));
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['projects[0].id', 'wrong-value'],
      ['projects[0].end', 'project-ends-before-start'],
    ]);
    expect(problems[1]!.values).to.deep.equal({ project: '', start: '2020-09-30', end: '2019-05-01' });
  });

  it('an amber report of no month still needs its reason, and a report with no period repeats no month', () => {
    const reports = [{ status: 'green' }, { status: 'green' }, { period: 'November', status: 'amber' }];
    expect(problemsOf(input([project({ reports })]))).to.deep.equal([
      {
        path: 'projects[0].reports[0].period',
        code: 'missing',
        values: { expected: { kind: 'type', type: 'string' } },
      },
      {
        path: 'projects[0].reports[1].period',
        code: 'missing',
        values: { expected: { kind: 'type', type: 'string' } },
      },
      {
        path: 'projects[0].reports[2].period',
        code: 'wrong-value',
        values: { expected: { kind: 'format', format: 'month' }, value: { type: 'text', text: 'November' } },
      },
      {
        path: 'projects[0].reports[2].reason',
        code: 'rating-without-reason',
        values: { period: '', status: 'amber' },
      },
    ]);
  });

  it('refuses an empty reason, as the schema refuses empty text', () => {
    const problem = onlyProblem(input([project({ reports: [{ period: '2019-10', status: 'amber', reason: '' }] })]));
    expect([problem.path, problem.code]).to.deep.equal(['projects[0].reports[0].reason', 'empty-text']);
  });

  it('refuses decisionsNeeded naming a proposal the document does not have, at its entry', () => {
    const problem = onlyProblem(
      input([project({ reports: [{ period: '2019-10', status: 'green', decisionsNeeded: ['p', 'hnb-plan'] }] })]),
    );
    expect(problem).to.deep.equal({
      path: 'projects[0].reports[0].decisionsNeeded[1]',
      code: 'unknown-reference',
      values: { id: 'hnb-plan', target: 'proposal', field: 'decisionsNeeded' },
    });
  });

  it('refuses a risk or an action linked to a project the document does not have', () => {
    const doc = input([project()], { risks: [risk({ project: 'wp2' })], actions: [action({ project: 'wp9' })] });
    const problems = problemsOf(doc);
    expect(problems).to.deep.equal([
      unknownReference('risks[0].project', 'wp2', 'project'),
      unknownReference('actions[0].project', 'wp9', 'project'),
    ]);
    expect(say(enCore, problems[0]!)).to.equal(
      "risks[0].project is 'wp2', but no project has that id. Correct the id, or add the project.",
    );
    expect(say(cy, problems[0]!)).to.contain('nid oes gan yr un prosiect');
  });

  it('says every new problem in English and in Welsh', () => {
    const problems = problemsOf(
      input([
        project({
          milestones: [{ id: 'early', title: 'Early', due: '2019-04-30' }],
          reports: [
            { period: '2019-04', status: 'amber' },
            { period: '2019-04', status: 'green' },
          ],
        }),
        project({ id: 'wp2', start: '2020-01-01', end: '2019-01-01' }),
      ]),
    );
    expect([...new Set(problems.map((p) => p.code))].sort()).to.deep.equal(
      [
        'date-outside-project',
        'duplicate-report',
        'period-outside-project',
        'project-ends-before-start',
        'rating-without-reason',
      ].sort(),
    );
    for (const problem of problems) {
      const english = explainProblem(enCore, problem);
      const welsh = explainProblem(cy, problem);
      expect(english).to.match(/\.$/);
      expect(welsh).to.match(/\.$/);
      expect(welsh).not.to.equal(english);
    }
  });
});
