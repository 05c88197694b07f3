/**
 * The document checks of contract 1.1: seat history under `previous`,
 * attendance judged against the appointment on the meeting's date,
 * attendance spans and lists, a meeting's end, declarations, results,
 * ballot, count and received. Each problem names its JSON path and how to
 * put it right.
 */
import { expect } from '@open-wc/testing';
import { parseDocument, type Problem } from '../../../src/contract/index.js';
import { outcome } from '../../../src/rules/outcome.js';
import {
  at,
  boardSeats,
  parsed,
  plainSeats,
  rulesInput,
  seat,
  withoutRecord,
  type Parts,
} from '../../fixtures/documents.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** The raw document `parts` describe, loosely typed so a test can break it. */
const input = (parts: Parts = {}): Loose => rulesInput(parts);

function problemsOf(document: unknown): Problem[] {
  const result = parseDocument(document);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems.map(withoutRecord) as Problem[];
}

/** The one problem of a document that has exactly one. */
function onlyProblem(document: unknown): Problem {
  const problems = problemsOf(document);
  expect(problems, JSON.stringify(problems)).to.have.length(1);
  return problems[0]!;
}

/** What an attendance value must be. */
const ATTENDANCE = { kind: 'one-of', values: ['holder', 'proxy', 'apologies', 'absent'] };

const ANN_UNTIL_JUNE = { holder: 'ann', proxy: 'amy', from: '2018-09-01', to: '2019-06-30' };
const BEN_TO_AUGUST = { holder: 'ben', from: '2019-07-01', to: '2019-08-31' };

describe('contract 1.1: seat history', () => {
  it('accepts earlier appointments oldest first, a vacancy among them, and fills in a left-out proxy as null', () => {
    const doc = parsed(
      input({
        seats: [
          seat('primary', 'cara', {
            term: { from: '2019-09-01' },
            previous: [ANN_UNTIL_JUNE, { holder: null, from: '2019-07-01', to: '2019-08-31' }],
          }),
        ],
      }),
    );
    expect(doc.groups[0]!.seats[0]!.previous).to.deep.equal([
      ANN_UNTIL_JUNE,
      { holder: null, proxy: null, from: '2019-07-01', to: '2019-08-31' },
    ]);
  });

  it('leaves previous out as no earlier appointments', () => {
    expect(parsed(input()).groups[0]!.seats[0]!.previous).to.deep.equal([]);
  });

  it('refuses earlier appointments out of order, saying to list them oldest first', () => {
    const doc = input({ seats: [seat('primary', 'cara', { previous: [BEN_TO_AUGUST, ANN_UNTIL_JUNE] })] });
    const problem = onlyProblem(doc);
    expect(problem).to.deep.equal({
      path: 'groups[0].seats[0].previous[1].from',
      code: 'appointments-overlap',
      values: { seat: 'primary', from: '2018-09-01', previousTo: '2019-08-31' },
    });
  });

  it('refuses overlapping earlier appointments', () => {
    const overlapping = { ...BEN_TO_AUGUST, from: '2019-06-30' };
    const problem = onlyProblem(
      input({ seats: [seat('primary', 'cara', { previous: [ANN_UNTIL_JUNE, overlapping] })] }),
    );
    expect(problem).to.deep.equal({
      path: 'groups[0].seats[0].previous[1].from',
      code: 'appointments-overlap',
      values: { seat: 'primary', from: '2019-06-30', previousTo: '2019-06-30' },
    });
  });

  it('refuses an earlier appointment that ends before it starts', () => {
    const backwards = { holder: 'ann', from: '2019-06-30', to: '2019-06-01' };
    const problem = onlyProblem(input({ seats: [seat('primary', 'cara', { previous: [backwards] })] }));
    expect(problem).to.deep.equal({
      path: 'groups[0].seats[0].previous[0].to',
      code: 'appointment-ends-before-start',
      values: { seat: 'primary', from: '2019-06-30', to: '2019-06-01' },
    });
  });

  it("refuses an earlier appointment that reaches the current term's start, and accepts one ending the day before", () => {
    const reaching = seat('primary', 'cara', { term: { from: '2019-06-30' }, previous: [ANN_UNTIL_JUNE] });
    const problem = onlyProblem(input({ seats: [reaching] }));
    expect(problem).to.deep.equal({
      path: 'groups[0].seats[0].term.from',
      code: 'term-overlaps-appointment',
      values: { seat: 'primary', from: '2019-06-30', previousTo: '2019-06-30' },
    });
    parsed(input({ seats: [seat('primary', 'cara', { term: { from: '2019-07-01' }, previous: [ANN_UNTIL_JUNE] })] }));
  });

  it('refuses an earlier appointment naming someone the document does not know', () => {
    const doc = input({ seats: [seat('primary', 'cara', { previous: [ANN_UNTIL_JUNE] })] });
    doc.people = doc.people.filter((p: Loose) => p.id !== 'amy');
    const problem = onlyProblem(doc);
    expect(problem).to.deep.equal({
      path: 'groups[0].seats[0].previous[0].proxy',
      code: 'unknown-reference',
      values: { id: 'amy', target: 'person', field: 'proxy' },
    });
  });

  it('refuses an earlier appointment with a field the contract does not know, or without its dates', () => {
    const typo = input({
      seats: [seat('primary', 'cara', { previous: [{ ...ANN_UNTIL_JUNE, untill: 'x' } as Loose] })],
    });
    expect(onlyProblem(typo)).to.deep.equal({
      path: 'groups[0].seats[0].previous[0]',
      code: 'unknown-fields',
      values: { keys: ['untill'] },
    });
    const undated = input({
      seats: [seat('primary', 'cara', { previous: [{ holder: 'ann', to: '2019-06-30' } as Loose] })],
    });
    expect(onlyProblem(undated)).to.deep.equal({
      path: 'groups[0].seats[0].previous[0].from',
      code: 'missing',
      // A date, not any text: zod's string type said only "add text".
      values: { expected: { kind: 'format', format: 'date' } },
    });
  });
});

describe('contract 1.1: attendance judged against the appointment on the meeting date', () => {
  const vacated = seat('primary', null);

  it('refuses a vacated seat recorded with its holder at a past meeting, saying to add the earlier appointment under previous', () => {
    const problem = onlyProblem(input({ seats: [vacated], meeting: { attendance: { primary: 'holder' } } }));
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance.primary',
      code: 'seat-vacant',
      values: { seat: 'primary', date: '2019-10-15', earlier: false },
    });
  });

  it('accepts it once previous names the holder on that date', () => {
    const named = { ...vacated, previous: [{ holder: 'ann', from: '2019-09-01', to: '2019-12-31' }] };
    parsed(input({ seats: [named], meeting: { attendance: { primary: 'holder' } } }));
  });

  it('refuses the holder at a meeting before the current term began, and accepts it with the earlier appointment', () => {
    const later = seat('primary', 'ann', { term: { from: '2020-01-01' } });
    const problem = onlyProblem(input({ seats: [later], meeting: { attendance: { primary: 'holder' } } }));
    expect(problem).to.deep.include({
      code: 'seat-vacant',
      values: { seat: 'primary', date: '2019-10-15', earlier: true },
    });
    const withEarlier = { ...later, previous: [{ holder: 'ben', from: '2019-01-01', to: '2019-12-31' }] };
    parsed(input({ seats: [withEarlier], meeting: { attendance: { primary: 'holder' } } }));
  });

  it('refuses the holder at a meeting before the first earlier appointment, saying to add it under previous', () => {
    const history = seat('primary', 'ann', { previous: [{ holder: 'ben', from: '2019-11-01', to: '2019-12-31' }] });
    const problem = onlyProblem(input({ seats: [history], meeting: { attendance: { primary: 'holder' } } }));
    expect(problem).to.deep.include({
      code: 'seat-vacant',
      values: { seat: 'primary', date: '2019-10-15', earlier: true },
    });
  });

  it('refuses the holder during a recorded vacancy', () => {
    const gap = seat('primary', 'ann', { previous: [{ holder: null, from: '2019-10-01', to: '2019-10-31' }] });
    const problem = onlyProblem(input({ seats: [gap], meeting: { attendance: { primary: { as: 'holder' } } } }));
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance.primary.as',
      code: 'seat-vacant',
      values: { seat: 'primary', date: '2019-10-15', earlier: true },
    });
  });

  it('tells an earlier appointment with a problem of its own once, there, not again at each meeting it covers', () => {
    // Read as written, a holder left out or dates swapped left the seat with no one in it on the meeting's date:
    // "seat-vacant" at every such meeting sent the reader to add an appointment that was already there.
    const later = (entry: Loose) => seat('primary', 'ann', { term: { from: '2020-01-01' }, previous: [entry] });
    const attended = (entry: Loose) => input({ seats: [later(entry)], meeting: { attendance: { primary: 'holder' } } });
    const problemsAt = (entry: Loose) => {
      const result = parseDocument(attended(entry));
      return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
    };
    expect(problemsAt({ from: '2019-01-01', to: '2019-12-31' })).to.deep.equal([
      ['groups[0].seats[0].previous[0].holder', 'missing'],
    ]);
    expect(problemsAt({ holder: 'ben', from: '2019-12-31', to: '2019-01-01' })).to.deep.equal([
      ['groups[0].seats[0].previous[0].to', 'appointment-ends-before-start'],
    ]);
    expect(problemsAt({ holder: 'ben', from: '01/01/2019', to: '2019-12-31' })).to.deep.equal([
      ['groups[0].seats[0].previous[0].from', 'wrong-value'],
    ]);
  });

  it("judges the proxy by the meeting date's appointment, not the current one", () => {
    const proxyNow = seat('primary', 'ann', {
      proxy: 'amy',
      previous: [{ holder: 'ann', from: '2019-01-01', to: '2019-12-31' }],
    });
    const problem = onlyProblem(input({ seats: [proxyNow], meeting: { attendance: { primary: 'proxy' } } }));
    expect(problem).to.deep.include({ code: 'no-proxy', values: { seat: 'primary', date: '2019-10-15' } });
    const proxyThen = seat('primary', 'ann', {
      previous: [{ holder: 'ben', proxy: 'bea', from: '2019-01-01', to: '2019-12-31' }],
    });
    parsed(input({ seats: [proxyThen], meeting: { attendance: { primary: 'proxy' } } }));
  });
});

describe('contract 1.1: attendance spans and lists', () => {
  const attendedAs = (primary: unknown): Loose => {
    const doc = input();
    doc.meetings[0].attendance = { primary };
    return doc;
  };
  const handover = [
    { as: 'proxy', arrived: at('16:00'), left: at('16:45') },
    { as: 'holder', arrived: at('16:45') },
  ];

  it('accepts a span with arrival and departure, and a list of spans, as written', () => {
    const span = { as: 'holder', arrived: at('16:20'), left: at('17:30') };
    expect(parsed(attendedAs(span)).meetings[0]!.attendance.primary).to.deep.equal(span);
    expect(parsed(attendedAs(handover)).meetings[0]!.attendance.primary).to.deep.equal(handover);
    expect(parsed(attendedAs({ as: 'apologies' })).meetings[0]!.attendance.primary).to.deep.equal({
      as: 'apologies',
    });
  });

  it('refuses a span whose as is not one of the four values, at its path', () => {
    const problem = onlyProblem(attendedAs({ as: 'late', arrived: at('16:20') }));
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance.primary.as',
      code: 'wrong-value',
      values: { expected: ATTENDANCE, value: { type: 'text', text: 'late' } },
    });
    const inList = onlyProblem(attendedAs([handover[0], { as: 'Holder' }]));
    expect(inList.path).to.equal('meetings[0].attendance.primary[1].as');
    expect(onlyProblem(attendedAs({ arrived: at('16:20') }))).to.deep.equal({
      path: 'meetings[0].attendance.primary.as',
      code: 'missing',
      values: { expected: ATTENDANCE },
    });
  });

  it('refuses times that are not date-times with an offset', () => {
    const problem = onlyProblem(attendedAs({ as: 'holder', arrived: '16:20' }));
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance.primary.arrived',
      code: 'wrong-value',
      values: { expected: { kind: 'format', format: 'date-time' }, value: { type: 'text', text: '16:20' } },
    });
    const noOffset = onlyProblem(attendedAs([{ as: 'holder', left: '2019-10-15T17:00:00' }]));
    expect(noOffset.path).to.equal('meetings[0].attendance.primary[0].left');
  });

  it('refuses a span that leaves before it arrives, and accepts leaving as it arrives', () => {
    const problem = onlyProblem(attendedAs({ as: 'holder', arrived: at('17:00'), left: at('16:30') }));
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance.primary.left',
      code: 'leaves-before-arriving',
      values: { seat: 'primary', arrived: at('17:00'), left: at('16:30') },
    });
    // Compared as instants: 16:30 UTC is 17:30 in BST, after 17:00 BST.
    parsed(attendedAs({ as: 'holder', arrived: at('17:00'), left: '2019-10-15T16:30:00Z' }));
    parsed(attendedAs({ as: 'holder', arrived: at('17:00'), left: at('17:00') }));
  });

  it('refuses a span with keys the contract does not know', () => {
    const problem = onlyProblem(attendedAs({ as: 'holder', arived: at('16:20') }));
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance.primary',
      code: 'attendance-unknown-fields',
      values: { seat: 'primary', keys: ['arived'], allowed: ['as', 'arrived', 'left'] },
    });
    expect(onlyProblem(attendedAs([{ as: 'holder', note: 'x' }])).path).to.equal('meetings[0].attendance.primary[0]');
  });

  it('refuses an empty list, an entry that is not an object, and a value that is not a string', () => {
    expect(onlyProblem(attendedAs([]))).to.deep.equal({
      path: 'meetings[0].attendance.primary',
      code: 'empty-attendance',
      values: { seat: 'primary' },
    });
    expect(onlyProblem(attendedAs(['holder']))).to.deep.equal({
      path: 'meetings[0].attendance.primary[0]',
      code: 'attendance-entry-not-object',
      values: { seat: 'primary', value: { type: 'text', text: 'holder' } },
    });
    expect(onlyProblem(attendedAs(3))).to.deep.equal({
      path: 'meetings[0].attendance.primary',
      code: 'wrong-value',
      values: { expected: ATTENDANCE, value: { type: 'number', text: '3' } },
    });
  });

  it('refuses attendance that is not an object, saying entries may carry times', () => {
    const doc = input();
    doc.meetings[0].attendance = [{ primary: 'holder' }];
    const problem = onlyProblem(doc);
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance',
      code: 'wrong-value',
      values: { expected: { kind: 'format', format: 'attendance' }, value: { type: 'list', count: 1 } },
    });
  });

  it('judges each span against the appointment on the meeting date', () => {
    const doc = input({ seats: [seat('special', 'sam')] });
    doc.meetings[0].attendance = { special: [{ as: 'holder', arrived: at('16:00') }, { as: 'proxy' }] };
    const problem = onlyProblem(doc);
    expect(problem).to.deep.equal({
      path: 'meetings[0].attendance.special[1].as',
      code: 'no-proxy',
      values: { seat: 'special', date: '2019-10-15' },
    });
  });

  it("accepts a meeting's end, and refuses an end before its start", () => {
    expect(parsed(input({ meeting: { end: at('18:00') } })).meetings[0]!.end).to.equal(at('18:00'));
    const problem = onlyProblem(input({ meeting: { end: at('15:00') } }));
    expect(problem).to.deep.include({ path: 'meetings[0].end', code: 'meeting-ends-before-start' });
    expect(problem.values).to.deep.include({ end: at('15:00') });
    expect(onlyProblem(input({ meeting: { end: '18:00' } })).path).to.equal('meetings[0].end');
  });
});

describe('contract 1.1: declarations, results, ballot, count and received', () => {
  const declaration = { person: 'ann', interest: 'Governor of a school named in the plan', withdrew: true };

  it('accepts declarations, and leaves them out as none', () => {
    const declared = { ...declaration, declared: at('16:05') };
    expect(parsed(input({ proposal: { declarations: [declared] } })).proposals[0]!.declarations).to.deep.equal([
      declared,
    ]);
    expect(parsed(input()).proposals[0]!.declarations).to.deep.equal([]);
  });

  it('refuses a declaration by someone the document does not know', () => {
    const doc = input({ proposal: { declarations: [{ ...declaration, person: 'nobody' }] } });
    doc.people = doc.people.filter((p: Loose) => p.id !== 'nobody');
    const problem = onlyProblem(doc);
    expect(problem).to.deep.equal({
      path: 'proposals[0].declarations[0].person',
      code: 'unknown-reference',
      values: { id: 'nobody', target: 'person', field: 'person' },
    });
  });

  it('refuses two declarations by one person, pointing at the first', () => {
    const second = { person: 'ann', interest: 'Her sister works there', withdrew: false };
    const problem = onlyProblem(input({ proposal: { declarations: [declaration, second] } }));
    expect(problem).to.deep.equal({
      path: 'proposals[0].declarations[1].person',
      code: 'duplicate-declaration',
      values: { person: 'ann', first: 'proposals[0].declarations[0]' },
    });
  });

  it('refuses a declaration without withdrew, with an empty interest, or a declared time without an offset', () => {
    const { withdrew: _left, ...noWithdrew } = declaration;
    expect(onlyProblem(input({ proposal: { declarations: [noWithdrew as Loose] } })).path).to.equal(
      'proposals[0].declarations[0].withdrew',
    );
    expect(onlyProblem(input({ proposal: { declarations: [{ ...declaration, interest: '' }] } })).path).to.equal(
      'proposals[0].declarations[0].interest',
    );
    const undated = { ...declaration, declared: '2019-10-15' };
    expect(onlyProblem(input({ proposal: { declarations: [undated] } })).path).to.equal(
      'proposals[0].declarations[0].declared',
    );
  });

  it('accepts results, ballot and a count, and refuses other values', () => {
    const count = { for: 3, against: 1, abstain: 0 };
    const proposal = parsed(input({ proposal: { results: 'after-close', ballot: 'secret', count } })).proposals[0]!;
    expect([proposal.results, proposal.ballot, proposal.count]).to.deep.equal(['after-close', 'secret', count]);
    expect(onlyProblem(input({ proposal: { results: 'never' as Loose } })).path).to.equal('proposals[0].results');
    expect(onlyProblem(input({ proposal: { ballot: 'open' as Loose } })).path).to.equal('proposals[0].ballot');
  });

  it('refuses a count that is not three whole numbers of at least 0', () => {
    const count = (value: unknown) => input({ proposal: { count: value as Loose } });
    expect(onlyProblem(count({ for: -1, against: 0, abstain: 0 })).path).to.equal('proposals[0].count.for');
    expect(onlyProblem(count({ for: 1, against: 0.5, abstain: 0 })).path).to.equal('proposals[0].count.against');
    expect(onlyProblem(count({ for: 1, against: 0 })).path).to.equal('proposals[0].count.abstain');
    expect(onlyProblem(count({ for: 1, against: 0, abstain: 0, spoilt: 1 })).path).to.equal('proposals[0].count');
  });

  it('refuses a count of more votes than the group has seats that ever had a vote: one counted vote a seat', () => {
    const secret = (count: Loose, seats?: Parts['seats']) =>
      input({ ...(seats ? { seats } : {}), proposal: { ballot: 'secret', status: 'closed', count } });
    // Five voting seats cannot give 40 votes.
    expect(onlyProblem(secret({ for: 40, against: 0, abstain: 0 }, plainSeats(5)))).to.deep.equal({
      path: 'proposals[0].count',
      code: 'count-more-than-seats',
      values: { proposal: 'p', group: 'g', votes: 40, seats: 5 },
    });
    // The board: four voting seats and the adviser, who has no vote. Abstentions are votes of a seat too.
    expect(onlyProblem(secret({ for: 2, against: 2, abstain: 1 })).values).to.deep.include({ votes: 5, seats: 4 });
    expect(parseDocument(secret({ for: 2, against: 1, abstain: 1 })).ok).to.equal(true);
    // A seat that had a vote in an earlier standing (1.2) may have given one then: the adviser voted until June.
    const adviserVoted = [
      ...boardSeats().slice(0, 4),
      { ...boardSeats()[4]!, partner: 'adviser', previousStanding: [{ to: '2019-06-30', voting: true }] },
    ];
    expect(parseDocument(secret({ for: 2, against: 2, abstain: 1 }, adviserVoted)).ok).to.equal(true);
    // A count whose parts are not all numbers is told by its shape alone, unless what can be read is already too many.
    expect(onlyProblem(secret({ for: 2, against: 2, abstain: -1 })).code).to.equal('out-of-range');
    expect(problemsOf(secret({ for: 9, against: 'none', abstain: 0 })).map((p) => p.code)).to.deep.equal([
      'wrong-value',
      'count-more-than-seats',
    ]);
  });

  it('accepts a count’s casting vote only where it breaks a tie of a group whose chair breaks ties, that day', () => {
    const tie = { for: 2, against: 2, abstain: 0, casting: 'for' };
    const byChair = (count: Loose, group: Loose = { tieBreak: 'chair' }, proposal: Loose = {}) =>
      input({ group, proposal: { ballot: 'secret', status: 'closed', count, ...proposal } });
    expect(parsed(byChair(tie)).proposals[0]!.count).to.deep.equal(tie);
    expect(onlyProblem(byChair({ ...tie, casting: 'abstain' }))).to.deep.include({
      path: 'proposals[0].count.casting',
      code: 'wrong-value',
    });
    const notTied = (count: Loose, rule = 'simple-majority', proposal: Loose = {}) =>
      expect(onlyProblem(byChair({ ...count, casting: 'against' }, undefined, proposal))).to.deep.equal({
        path: 'proposals[0].count.casting',
        code: 'casting-without-tie',
        values: { proposal: 'p', for: count.for, against: count.against, rule },
      });
    notTied({ for: 3, against: 1, abstain: 0 });
    notTied({ for: 0, against: 0, abstain: 4 });
    notTied({ for: 2, against: 2, abstain: 0 }, 'two-thirds', {
      decisionRule: 'two-thirds',
      ruleAgreedUnanimously: 'm',
    });
    expect(onlyProblem(byChair(tie, { tieBreak: 'none' }))).to.deep.equal({
      path: 'proposals[0].count.casting',
      code: 'casting-without-chair',
      values: { proposal: 'p', group: 'g', date: '2019-10-15' },
    });
    // The group's tie-break on the proposal's date (its meeting's, 15 October 2019), not today's (1.2).
    const chairSince2020 = { tieBreak: 'chair', previousRules: [{ to: '2019-12-31', tieBreak: 'none' }] };
    expect(onlyProblem(byChair(tie, chairSince2020)).code).to.equal('casting-without-chair');
    const noneSince2020 = { tieBreak: 'none', previousRules: [{ to: '2019-12-31', tieBreak: 'chair' }] };
    expect(parseDocument(byChair(tie, noneSince2020)).ok).to.equal(true);
  });

  it('reads an open decision by correspondence on any date its group rules may stand on, as outcome reads it on now', () => {
    // Open, with no meeting and no closes: outcome counts it under the rules of now's date, which a document
    // check does not know. Until the end of 2019 the chair broke ties under simple majority; then neither.
    const byCorrespondence = (group: Loose, proposal: Loose) => {
      const document = input({ group, proposal: { status: 'open', ...proposal } });
      delete (document.proposals as Loose[])[0]!.meeting;
      return document;
    };
    const tie = { for: 2, against: 2, abstain: 0, casting: 'for' as const };
    const chairUntil2020 = {
      tieBreak: 'none' as const,
      previousRules: [{ to: '2019-12-31', tieBreak: 'chair' as const }],
    };
    const published = byCorrespondence(chairUntil2020, { ballot: 'secret', count: tie });
    expect(parseDocument(published).ok, 'the casting vote decides it on 20 December 2019').to.equal(true);
    const decided = outcome(parsed(published), 'p', { now: '2019-12-20T12:00:00Z' });
    expect([decided.tieBreak, decided.decidedBy]).to.deep.equal(['chair', 'casting-vote']);
    // Chair on no date: refused as before, naming no date.
    expect(onlyProblem(byCorrespondence({ tieBreak: 'none' }, { ballot: 'secret', count: tie }))).to.deep.equal({
      path: 'proposals[0].count.casting',
      code: 'casting-without-chair',
      values: { proposal: 'p', group: 'g' },
    });
    // Dated by its closes in London, as outcome dates it, not as written: 00:30+01:00 on 1 January is 31 December.
    const closing = (closes: string) =>
      input({ group: chairUntil2020, proposal: { ballot: 'secret', status: 'closed', closes, count: tie } });
    const onNewYearsEve = closing('2020-01-01T00:30:00+01:00');
    expect(parseDocument(onNewYearsEve).ok).to.equal(true);
    expect(outcome(parsed(onNewYearsEve), 'p').decidedBy).to.equal('casting-vote');
    expect(onlyProblem(closing('2020-01-01T00:30:00Z')).values).to.deep.equal({
      proposal: 'p',
      group: 'g',
      date: '2020-01-01',
    });
    // The check of a decision rule other than the group's keeps the strict reading (previous-rules.test.ts):
    // simple majority, the group's rule until the end of 2019, still names the meeting that agreed it.
    const twoThirdsFrom2020 = {
      decisionRule: 'two-thirds' as const,
      previousRules: [{ to: '2019-12-31', decisionRule: 'simple-majority' as const }],
    };
    expect(onlyProblem(byCorrespondence(twoThirdsFrom2020, { decisionRule: 'simple-majority' }))).to.deep.include({
      code: 'rule-not-agreed',
      values: { proposal: 'p', rule: 'simple-majority', groupRule: 'two-thirds' },
    });
    // Dated by a meeting, it is read on that date alone, as before.
    expect(onlyProblem(input({ group: twoThirdsFrom2020, proposal: { decisionRule: 'two-thirds' } })).code).to.equal(
      'rule-not-agreed',
    );
  });

  it("accepts a vote's received time, and refuses one without an offset", () => {
    const vote = { id: 'v', proposal: 'p', seat: 'primary', by: 'ann', choice: 'for' as const, cast: at('16:30') };
    expect(parsed(input({ votes: [{ ...vote, received: at('16:31') }] })).votes[0]!.received).to.equal(at('16:31'));
    const problem = onlyProblem(input({ votes: [{ ...vote, received: '2019-10-15 16:31' }] }));
    expect(problem).to.deep.equal({
      path: 'votes[0].received',
      code: 'wrong-value',
      values: { expected: { kind: 'format', format: 'date-time' }, value: { type: 'text', text: '2019-10-15 16:31' } },
    });
  });
});

describe('the 1.1 core API', () => {
  it('is exported from partnership-kit/core under its contract names', async () => {
    const core: Record<string, unknown> = await import('../../../src/core.js');
    const names = [
      'parseDocument',
      'appointmentOn',
      'checkVote',
      'quorum',
      'outcome',
      'publishedDocument',
      'eligibleSeats',
      'rosterWarnings',
      'seatHistory',
      'withdrew',
      'openAt',
      'presentAs',
      'withAttendance',
      'allowedAttendance',
      'attendanceChangeRefusal',
      'actionChangeRefusal',
      'mayRecordAttendance',
      'mayChangeAction',
    ];
    expect(names.filter((name) => typeof core[name] !== 'function')).to.deep.equal([]);
    expect(core.CAST_SKEW_MS).to.equal(5 * 60_000);
  });
});
