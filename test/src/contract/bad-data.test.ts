/**
 * Documents that parsed but broke something after: a host's data too deep to
 * write back, a file saved with a byte-order mark, a quorum requirement that
 * picks no seat and a chair's casting vote with two chairs or none, each
 * found by fuzzing the core (December 2026).
 */
import { expect } from '@open-wc/testing';
import {
  isDateTime,
  parseAttendanceChange,
  parseDocument,
  parseVote,
  type Problem,
} from '../../../src/contract/index.js';
import { EXT_DEPTH } from '../../../src/contract/primitives.js';
import { checkVote, outcome } from '../../../src/english.js';
import { explainProblem } from '../../../src/messages/explain.js';
import { en } from '../../../src/messages/index.js';
import { cy } from '../../../src/messages/cy.js';
import {
  minimalDocument,
  parsedSeed,
  seedDocument,
  withoutRecord,
  type LooseDocument,
} from '../../fixtures/documents.js';

/** The problems of `input` (none when it parses). */
const problemsOf = (input: unknown): Problem[] => {
  const result = parseDocument(input);
  return result.ok ? [] : (result.problems.map(withoutRecord) as Problem[]);
};

/** An object nested `depth` levels: { a: { a: … 1 } }. */
function nested(depth: number): Record<string, unknown> {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value as Record<string, unknown>;
}

describe("contract: the host's own data under ext", () => {
  it('takes JSON values nested up to 16 levels, and the document writes back as JSON', () => {
    const doc = minimalDocument();
    doc.partnership.ext = nested(16);
    doc.people[0].ext = { list: [1, 'two', null, true, { three: 3 }] };
    const result = parseDocument(doc);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(() => JSON.stringify(result.document)).not.to.throw();
  });

  it('refuses deeper data, a cycle, and values JSON cannot carry, at the ext path', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const ext of [nested(17), nested(20_000), cycle, { n: NaN }, { f: () => 1 }, { u: undefined }]) {
      const doc: LooseDocument = minimalDocument();
      doc.partnership.ext = ext;
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([['partnership.ext', 'wrong-value']]);
    }
  });

  it('refuses a vote whose ext nests deeper than 16 levels, as its shape', () => {
    const base = { id: 'v9', proposal: 'plan', seat: 's', by: 'p', choice: 'for', cast: '2019-10-15T16:40:00Z' };
    expect(parseVote({ ...base, ext: nested(16) }).ok).to.equal(true);
    const deep = parseVote({ ...base, ext: nested(6000) });
    expect(deep.ok).to.equal(false);
    if (!deep.ok) expect(deep.problems.map((p) => p.path)).to.deep.equal(['vote.ext']);
  });

  it('says in both languages how deep it may go', () => {
    const doc = minimalDocument();
    doc.partnership.ext = nested(17);
    const [problem] = problemsOf(doc);
    expect(explainProblem(en, problem!)).to.contain('at most 16 levels deep');
    expect(explainProblem(cy, problem!)).to.contain('16 lefel');
  });

  it('says that deeper data is too deep, the limit being EXT_DEPTH, where "but it is an object" said nothing', () => {
    const tooDeep = (ext: unknown) => {
      const doc: LooseDocument = minimalDocument();
      doc.partnership.ext = ext;
      return (problemsOf(doc)[0]!.values as { tooDeep?: number }).tooDeep;
    };
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(tooDeep(nested(EXT_DEPTH + 1))).to.equal(EXT_DEPTH);
    expect(tooDeep(cycle)).to.equal(EXT_DEPTH);
    expect(tooDeep({ n: NaN }), 'a value JSON cannot carry is not depth').to.equal(undefined);
    expect(tooDeep([[1]]), 'a list is refused as a list').to.equal(undefined);
  });

  it('says where a program put what JSON cannot carry in ext, and what, where "but it is an object" said neither', () => {
    const refused = (ext: unknown) => {
      const doc: LooseDocument = minimalDocument();
      doc.partnership.ext = ext;
      return problemsOf(doc)[0]!;
    };
    const bigint = refused({ totals: { byYear: [1, BigInt(2)] } });
    expect(bigint.values).to.deep.include({ notJson: { at: 'partnership.ext.totals.byYear[1]', kind: 'bigint' } });
    expect(explainProblem(en, bigint)).to.contain('holds a BigInt at partnership.ext.totals.byYear[1]');
    expect(explainProblem(cy, bigint)).to.contain('BigInt yn partnership.ext.totals.byYear[1]');
    expect(refused({ 'a key': () => 1 }).values).to.deep.include({
      notJson: { at: 'partnership.ext["a key"]', kind: 'function' },
    });
    expect(refused({ n: NaN }).values).to.deep.include({ notJson: { at: 'partnership.ext.n', kind: 'not-finite' } });
    expect(refused({ u: undefined }).values).to.deep.include({
      notJson: { at: 'partnership.ext.u', kind: 'undefined' },
    });
    expect(refused([BigInt(1)]).values, 'a list is refused as a list').not.to.have.property('notJson');
    expect(refused(nested(EXT_DEPTH + 1)).values, 'too deep is said as too deep').not.to.have.property('notJson');
  });
});

describe('contract: a change as sent has no ext', () => {
  it('does not tell the sender to put an unknown field under ext', () => {
    const change = { id: 'c1', meeting: 'm', seat: 's', attendance: 'holder', by: 'p', at: '2019-10-15T16:00:00Z' };
    const result = parseAttendanceChange({ ...change, ext: {} });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems[0]).to.deep.include({
      code: 'unknown-fields',
      values: { keys: ['ext'], extAllowed: false },
    });
    expect(explainProblem(en, result.problems[0]!)).to.equal(
      'has a field the contract does not know: "ext". Check the spelling: this record takes no data of your own.',
    );
    expect(explainProblem(cy, result.problems[0]!)).not.to.contain('o dan "ext"');
  });
});

describe('contract: JSON text', () => {
  it('reads a file that starts with a byte-order mark, as Windows Notepad saves one', () => {
    expect(parseDocument(`\uFEFF${JSON.stringify(minimalDocument())}`).ok).to.equal(true);
  });

  it('takes a "$schema" at the top, where an editor looks for the JSON Schema to check the document against', () => {
    // Before, the README's "point your editor at the schema", done the usual way, broke every element on the page.
    const doc = { $schema: './partnership.schema.json', ...minimalDocument() };
    const parsed = parseDocument(JSON.stringify(doc));
    expect(parsed.ok).to.equal(true);
  });
});

describe('contract: quorum requirements and the casting vote', () => {
  it('refuses a quorum requirement that picks none of its group’s seats', () => {
    const doc = minimalDocument();
    doc.groups[0].quorum.push({ label: 'Heads', seats: { tag: 'haed' }, min: 'all' });
    expect(problemsOf(doc)).to.deep.equal([
      { path: 'groups[0].quorum[1].seats', code: 'quorum-selects-no-seat', values: { requirement: 'Heads' } },
    ]);
  });

  it('tells a selector’s mistyped field or unknown partner once, at that field, not again as picking no seat', () => {
    // Read as written, role "Chair" or partner "primry" picked no seat: the one mistake was told twice.
    const doc = minimalDocument();
    doc.groups[0].quorum.push({ label: 'Chair', seats: { role: 'Chair' }, min: 1 });
    doc.groups[0].quorum.push({ label: 'Primary', seats: { partner: 'primry' }, min: 1 });
    doc.groups[0].quorum.push({ label: 'Voting', seats: { voting: 'true' }, min: 1 });
    expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
      ['groups[0].quorum[1].seats.role', 'wrong-value'],
      ['groups[0].quorum[3].seats.voting', 'wrong-value'],
      ['groups[0].quorum[2].seats.partner', 'unknown-reference'],
    ]);
  });

  it('refuses a whole-number minimum above the seats its requirement picks: no meeting could be quorate', () => {
    const doc = minimalDocument();
    const seats = doc.groups[0].seats.length;
    doc.groups[0].quorum.push({ label: 'Twenty', min: seats + 1 });
    doc.groups[0].quorum.push({ label: 'Every seat', min: seats });
    expect(problemsOf(doc)).to.deep.equal([
      {
        path: 'groups[0].quorum[1].min',
        code: 'quorum-more-than-seats',
        values: { requirement: 'Twenty', min: seats + 1, seats },
      },
    ]);
    expect(explainProblem(en, problemsOf(doc)[0]!)).to.equal(
      `asks for ${seats + 1} seats in 'Twenty', but the requirement picks only ${seats} seat${seats === 1 ? '' : 's'}, so no meeting could be quorate. Check the number, or add the seats to the group.`,
    );
  });

  it('refuses a minimum of two where the requirement picks a single seat', () => {
    const doc = minimalDocument();
    doc.groups[0].quorum.push({ label: 'The chair', seats: { role: 'chair' }, min: 2 });
    expect(problemsOf(doc)).to.deep.equal([
      {
        path: 'groups[0].quorum[1].min',
        code: 'quorum-more-than-seats',
        values: { requirement: 'The chair', min: 2, seats: 1 },
      },
    ]);
  });

  it('needs a chair seat for a casting vote in a group of a single seat too', () => {
    const doc = minimalDocument();
    doc.groups[0].seats = [doc.groups[0].seats[2]];
    doc.groups[0].tieBreak = 'chair';
    delete doc.meetings[0].attendance['board-primary'];
    doc.votes = [];
    expect(problemsOf(doc)).to.deep.equal([
      { path: 'groups[0].tieBreak', code: 'chair-tie-break-chairs', values: { group: 'board', chairs: 0 } },
    ]);
  });

  it('a date with a problem of its own is not also compared: one problem, where it is', () => {
    // "1 Aug 2019" sorts before "2019-09-01" as text: read as a date, it would end the term before it began.
    const doc = minimalDocument();
    doc.groups[0].seats[2].term = { from: '2019-09-01', to: '1 Aug 2019' };
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).to.deep.equal(['groups[0].seats[2].term.to']);
    expect(problems[0]!.code).not.to.equal('term-ends-before-start');
  });

  it('a rule agreed at a meeting the document does not hold is that one problem, not also agreed later', () => {
    const doc = minimalDocument();
    Object.assign(doc.proposals[0], { decisionRule: 'two-thirds', ruleAgreedUnanimously: 'board-2019-09-10' });
    expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
      ['proposals[0].ruleAgreedUnanimously', 'unknown-reference'],
    ]);
  });

  it('an earlier appointment with a date of its own wrong is not compared with the next: one problem, where it is', () => {
    // Its `to` is a date, but an appointment whose start cannot be read does not say when the next may begin.
    const doc = minimalDocument();
    doc.groups[0].seats[2].previous = [
      { holder: 'p-head-a', from: 'June 2019', to: '2019-06-30' },
      { holder: 'p-head-a', from: '2019-06-01', to: '2019-08-31' },
    ];
    expect(problemsOf(doc).map((p) => p.path)).to.deep.equal(['groups[0].seats[2].previous[0].from']);
  });

  it('a proposal closing at a moment that is not one is that one problem, not also a rule agreed later', () => {
    const doc = minimalDocument();
    const { meeting: _meeting, ...proposal } = doc.proposals[0];
    doc.proposals[0] = {
      ...proposal,
      closes: 'end of October',
      decisionRule: 'two-thirds',
      ruleAgreedUnanimously: 'board-2019-10-15',
    };
    doc.votes = [];
    expect(problemsOf(doc).map((p) => p.path)).to.deep.equal(['proposals[0].closes']);
  });

  it('counts a seat without a role as a member, and a requirement left without seats as picking all', () => {
    const doc = minimalDocument();
    doc.groups[0].quorum.push({ label: 'Members', seats: { role: 'member' }, min: 1 });
    doc.groups[0].quorum.push({ label: 'Anyone', min: 1 });
    expect(problemsOf(doc)).to.deep.equal([]);
  });

  it('refuses a chair’s casting vote in a group with two chairs, or none', () => {
    const two = minimalDocument();
    two.groups[0].tieBreak = 'chair';
    two.groups[0].seats[1].role = 'chair';
    expect(problemsOf(two)).to.deep.equal([
      { path: 'groups[0].tieBreak', code: 'chair-tie-break-chairs', values: { group: 'board', chairs: 2 } },
    ]);
    const none = minimalDocument();
    none.groups[0].tieBreak = 'chair';
    none.groups[0].seats[0].role = 'clerk';
    const [problem] = problemsOf(none);
    expect(problem).to.deep.include({ code: 'chair-tie-break-chairs', values: { group: 'board', chairs: 0 } });
    expect(explainProblem(en, problem!)).to.contain('has no seat with the role chair');
    const one = minimalDocument();
    one.groups[0].tieBreak = 'chair';
    expect(problemsOf(one)).to.deep.equal([]);
  });
});

describe('contract: a list that is not a list', () => {
  it('is one problem, not one more for every reference to it', () => {
    for (const key of ['people', 'partners']) {
      const doc = minimalDocument();
      doc[key] = 'everyone';
      expect(problemsOf(doc).map((p) => p.path)).to.deep.equal([key]);
    }
  });

  it('still reports a reference to a list that is there but lacks the id', () => {
    const doc = minimalDocument();
    doc.groups[0].seats[1].holder = 'p-nobody';
    expect(problemsOf(doc).map((p) => p.code)).to.deep.equal(['unknown-reference']);
  });
});

describe('contract: a value quoted in a problem', () => {
  it('is cut at 40 characters without splitting an emoji in two', () => {
    const doc = minimalDocument();
    doc.groups[0].seats[1].voting = `${'x'.repeat(39)}😀 and more`;
    const [problem] = problemsOf(doc);
    const quoted = (problem!.values as { value: { text: string } }).value.text;
    expect(quoted).to.equal(`${'x'.repeat(39)}…`);
    expect(encodeURIComponent(quoted)).to.be.a('string'); // throws URIError on a lone surrogate
  });
});

describe('contract: an id with a character it cannot have, that looks right when quoted', () => {
  it('names the character, where it is and its code point, in English and Welsh', () => {
    // A zero-width space pasted after an id, a no-break space, a Cyrillic "е": each quoted looked like the right id.
    const cases: [string, { at: number; code: string; character: string; edge?: true }, string, string][] = [
      [
        'p-one\u200B',
        { at: 6, code: 'U+200B', character: '' },
        'Character 6 is an invisible character (U+200B), which cannot be in an id: delete it.',
        'Mae nod 6 yn nod anweledig (U+200B), na all fod mewn dynodydd: dilëwch ef.',
      ],
      [
        'p\u00A0one',
        { at: 2, code: 'U+00A0', character: '\u00A0' },
        'Character 2, "\u00A0" (U+00A0), cannot be in an id: replace it.',
        'Ni all nod 2, "\u00A0" (U+00A0), fod mewn dynodydd: rhowch nod arall yn ei le.',
      ],
      [
        // A space pasted in after the id (or before it) is deleted, not replaced.
        'p-one ',
        { at: 6, code: 'U+0020', character: ' ', edge: true },
        'Character 6, " " (U+0020), cannot be in an id: delete it.',
        'Ni all nod 6, " " (U+0020), fod mewn dynodydd: dilëwch ef.',
      ],
      [
        'p-\u043Ene',
        { at: 3, code: 'U+043E', character: '\u043E' },
        'Character 3, "\u043E" (U+043E), cannot be in an id: replace it.',
        'Ni all nod 3, "\u043E" (U+043E), fod mewn dynodydd: rhowch nod arall yn ei le.',
      ],
    ];
    for (const [holder, notInId, english, welsh] of cases) {
      const doc = minimalDocument();
      doc.groups[0].seats[1].holder = holder;
      const problem = problemsOf(doc).find((p) => p.code === 'wrong-value')!;
      expect(problem.values).to.deep.include({ notInId });
      expect(explainProblem(en, problem)).to.contain(english);
      expect(explainProblem(cy, problem)).to.contain(welsh);
    }
  });

  it('adds nothing to an id whose characters are all allowed, but not where they are', () => {
    const doc = minimalDocument();
    doc.groups[0].seats[1].holder = '-p-one';
    const [problem] = problemsOf(doc);
    expect(problem!.values).not.to.have.property('notInId');
  });
});

describe('contract: a value quoted in a problem, with a right-to-left override in it', () => {
  it('is quoted with the override written out, so it cannot turn the message around', () => {
    const doc = minimalDocument();
    doc.groups[0].seats[1].voting = 'yes\u202Eon';
    const [problem] = problemsOf(doc);
    expect((problem!.values as { value: { text: string } }).value.text).to.equal('yes\\u202Eon');
  });
});

describe('contract: date-times at the ends of the calendar', () => {
  it('takes a moment in the years 0001 to 9999 (UTC), and refuses one past them however it is written', () => {
    for (const ok of ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '9999-12-31T23:00:00+01:00']) {
      expect(isDateTime(ok), ok).to.equal(true);
    }
    for (const out of ['9999-12-31T23:00:00-12:00', '0000-06-01T00:00:00Z', '0001-01-01T00:00:00+14:00']) {
      expect(isDateTime(out), out).to.equal(false);
    }
  });

  it('never throws on them: a vote is malformed or refused, a document has a problem, the words say the date', async () => {
    const sutton = await parsedSeed('sutton');
    const vote = {
      id: 'v-far',
      proposal: 'wsoa-reporting',
      seat: 'elg-primary',
      by: 'p-cirrus-dceo',
      choice: 'for' as const,
    };
    const reasonOf = (check: ReturnType<typeof checkVote>) => (check.ok ? 'ok' : check.reason);
    const now = '2019-12-10T16:30:00Z';
    expect(reasonOf(checkVote(sutton, { ...vote, cast: '0000-06-01T00:00:00Z' }, { now }))).to.equal('malformed');
    expect(
      reasonOf(checkVote(sutton, { ...vote, cast: '0001-01-01T00:00:00Z' }, { now, maxWaitMinutes: 1440 })),
    ).to.equal('waited-too-long');
    const closesEarly = structuredClone(sutton) as unknown as LooseDocument;
    closesEarly.proposals[0].closes = '0001-01-01T00:00:00Z';
    const parsed = parseDocument(closesEarly);
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) expect(() => outcome(parsed.document, 'hnb-plan')).not.to.throw();
    const endsEarly = structuredClone(sutton) as unknown as LooseDocument;
    endsEarly.meetings[1].end = '0001-01-01T00:00:00Z';
    expect(problemsOf(endsEarly).map((p) => p.code)).to.deep.equal(['meeting-ends-before-start']);
    const tooLate = structuredClone(sutton) as unknown as LooseDocument;
    tooLate.meetings[0].start = '9999-12-31T23:00:00-12:00';
    const [late] = problemsOf(tooLate);
    expect(late).to.deep.equal({
      path: 'meetings[0].start',
      code: 'date-time-out-of-calendar',
      values: { value: '9999-12-31T23:00:00-12:00' },
    });
    expect(explainProblem(en, late!)).to.contain('outside the years 0001 to 9999');
    expect(explainProblem(cy, late!)).to.contain('0001 i 9999');
    // A year before 1000 is said as written: in words, its year read as a two-digit one ("1 Dec 19" for 0019).
    expect(en.format.dateTime('0001-01-01T12:00:00Z')).to.equal('0001-01-01T12:00:00Z');
    expect(cy.format.dateTime('0001-01-01T12:00:00Z')).to.equal('0001-01-01T12:00:00Z');
  });
});

describe('contract: a quorum minimum of none', () => {
  it('is refused at its path: an empty room would meet it', () => {
    const doc = minimalDocument();
    (doc.groups[0] as { quorum: unknown[] }).quorum = [{ label: 'Nobody', seats: {}, min: 0 }];
    const [problem] = problemsOf(doc);
    expect(problem).to.include({ path: 'groups[0].quorum[0].min', code: 'wrong-value' });
    expect(explainProblem(en, problem!)).to.contain('at least 1');
  });
});

describe('contract: text a reader cannot see', () => {
  it('refuses a name of spaces, zero-width characters or an ideographic space, as it refuses an empty one', () => {
    for (const name of ['   ', '\u200B\u200B', '\u3000', '\t\n', '\uFEFF']) {
      const doc = minimalDocument();
      doc.partnership.name = name;
      expect(problemsOf(doc), JSON.stringify(name)).to.deep.equal([
        { path: 'partnership.name', code: 'empty-text', values: {} },
      ]);
    }
    const named = minimalDocument();
    named.partnership.name = ' Sutton\u200B ';
    expect(problemsOf(named)).to.deep.equal([]);
    expect(explainProblem(en, { path: 'partnership.name', code: 'empty-text', values: {} })).to.contain('only spaces');
  });
});

describe('contract: a document not yet awaited', () => {
  it('says a Promise is one, and to await it, rather than that every field is missing', () => {
    const pending = Promise.resolve(minimalDocument());
    const problems = problemsOf(pending);
    expect(problems).to.deep.equal([
      { path: '', code: 'not-an-object', values: { value: { type: 'promise' }, contract: 'partnership-kit/1' } },
    ]);
    expect(explainProblem(en, problems[0]!)).to.contain('await response.json()');
    expect(explainProblem(cy, problems[0]!)).to.contain('await response.json()');
  });
});

describe('contract: one mistake, one problem', () => {
  // Each of these gave one right problem, then tens more that named the wrong fix (87 for a misspelt "seats").
  type Doc = LooseDocument & {
    groups: { seats?: unknown; Seats?: unknown }[];
    persons?: unknown;
    people?: unknown;
  };
  const seatOf = (doc: Doc, i: number) => (doc.groups[0]!.seats as Record<string, unknown>[])[i]!;
  /** Seat `i`'s term from 1 October 2019, with `previous` before it, covering the group's first meeting. */
  const earlier = (doc: Doc, i: number, previous: unknown) =>
    Object.assign(seatOf(doc, i), { term: { from: '2019-10-01', to: '2021-08-31' }, previous });
  const mistakes: Record<string, [(doc: Doc) => void, string, string]> = {
    "a group's seats misspelt": [
      (doc) => {
        doc.groups[0]!.Seats = doc.groups[0]!.seats;
        delete doc.groups[0]!.seats;
      },
      'groups[0]',
      'unknown-fields',
    ],
    "a group's seats not a list": [(doc) => (doc.groups[0]!.seats = null), 'groups[0].seats', 'wrong-value'],
    'people misspelt': [
      (doc) => {
        doc.persons = doc.people;
        delete doc.people;
      },
      '',
      'unknown-fields',
    ],
    'a space after a holder': [
      (doc) => {
        const seat = (doc.groups[0]!.seats as { holder: string }[])[1]!;
        seat.holder += ' ';
      },
      'groups[0].seats[1].holder',
      'wrong-value',
    ],
    "a term's dates swapped": [
      (doc) => {
        const seat = (doc.groups[0]!.seats as { term?: { from: string; to?: string } }[]).find((s) => s.term?.to)!;
        seat.term = { from: seat.term!.to!, to: seat.term!.from };
      },
      'groups[0].seats[0].term.to',
      'term-ends-before-start',
    ],
    // A job-share written as a list, or an id as a number: the holder is named, in the wrong form, so no meeting
    // is told the seat was vacant, nor one attended by the proxy that it had none.
    'a job-share holder written as a list': [
      (doc) => (seatOf(doc, 0).holder = ['p-elg-chair', 'p-lbs-dps']),
      'groups[0].seats[0].holder',
      'wrong-value',
    ],
    'a holder written as a number': [
      (doc) => (seatOf(doc, 0).holder = 12345),
      'groups[0].seats[0].holder',
      'wrong-value',
    ],
    'a proxy written as a list': [
      (doc) => (seatOf(doc, 2).proxy = ['p-cirrus-head', 'p-lbs-dps']),
      'groups[0].seats[2].proxy',
      'wrong-value',
    ],
    "an earlier appointment's proxy written as a list": [
      (doc) => {
        earlier(doc, 2, [{ holder: 'p-cirrus-dceo', proxy: ['p-cirrus-head'], from: '2019-01-01', to: '2019-09-30' }]);
        (doc.meetings[0] as { attendance: Record<string, unknown> }).attendance['elg-primary'] = 'proxy';
      },
      'groups[0].seats[2].previous[0].proxy',
      'wrong-value',
    ],
    "a seat's earlier appointments not a list": [
      (doc) => earlier(doc, 0, { holder: 'p-elg-chair', from: '2019-01-01', to: '2019-09-30' }),
      'groups[0].seats[0].previous',
      'wrong-value',
    ],
    'an earlier appointment left as null': [
      (doc) => earlier(doc, 0, [null]),
      'groups[0].seats[0].previous[0]',
      'wrong-value',
    ],
    // The seat's attendance and votes are the seat's records: restoring its id is the fix, not removing them.
    'a seat left as null': [
      (doc) => ((doc.groups[0]!.seats as unknown[])[0] = null),
      'groups[0].seats[0]',
      'wrong-value',
    ],
    "a seat's id deleted": [(doc) => delete seatOf(doc, 0).id, 'groups[0].seats[0].id', 'missing'],
    "a voting seat's id written as a number": [
      (doc) => (seatOf(doc, 2).id = 5),
      'groups[0].seats[2].id',
      'wrong-value',
    ],
  };
  for (const [name, [make, path, code]] of Object.entries(mistakes)) {
    it(`${name}: one problem, where it is`, async () => {
      const doc = (await seedDocument('sutton')) as Doc;
      make(doc);
      expect(problemsOf(doc).map((p) => `${p.path} ${p.code}`)).to.deep.equal([`${path} ${code}`]);
    });
  }
});

describe('contract: a group with its seats left out', () => {
  it('has no seats, and every vote and attendance is still checked against the seats there are', () => {
    // `seats` defaults to an empty list: a group with none yet is no mistake, and hides no other.
    const doc = minimalDocument() as LooseDocument & { groups: Record<string, unknown>[] };
    doc.groups.push({ id: 'working', name: 'Working group', quorum: [] });
    doc.meetings.push({ id: 'working-1', group: 'working', start: '2019-10-16T16:00:00+01:00', attendance: {} });
    expect(problemsOf(doc)).to.deep.equal([]);
    doc.votes[0]!.seat = 'board-typo';
    (doc.meetings[1] as { attendance: Record<string, string> }).attendance = { nobody: 'holder' };
    expect(problemsOf(doc).map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      'meetings[1].attendance.nobody seat-not-in-group',
      'votes[0].seat unknown-reference',
    ]);
  });
});

describe('contract: null in a field that may be left out', () => {
  it('marks null where the field may be left out (optional or with a default), and not where it is required', () => {
    const doc = minimalDocument();
    doc.groups[0].seats[1].term = null;
    doc.groups[0].seats[1].role = null;
    doc.partners[0].name = null;
    doc.votes = null;
    const byPath = Object.fromEntries(problemsOf(doc).map((p) => [p.path, p.values]));
    expect(byPath['groups[0].seats[1].term']).to.have.property('leaveOut', true);
    expect(byPath['groups[0].seats[1].role']).to.have.property('leaveOut', true);
    expect(byPath['votes']).to.have.property('leaveOut', true);
    expect(byPath['partners[0].name']).to.not.have.property('leaveOut');
  });

  it('marks a null in a sent change the same way', () => {
    const result = parseVote({
      id: 'v1',
      proposal: 'plan',
      seat: 's1',
      by: 'p1',
      choice: 'for',
      cast: '2019-10-15T16:00:00Z',
      ext: null,
    });
    expect(result.ok ? {} : result.problems[0]!.values).to.have.property('leaveOut', true);
  });
});

describe("contract: the person's own text quoted in a problem, besides a value", () => {
  it('cuts a long field name, attendance key, appetite category or quorum label to 40 characters', () => {
    const long = `Notes ${'x'.repeat(300)}`;
    const doc = minimalDocument();
    doc.partners[0][long] = 1;
    doc.meetings[0].attendance[long] = 'holder';
    doc.riskScale = { appetite: { [long]: 30 } };
    doc.groups[0].quorum = [{ label: long, seats: { tag: 'none' }, min: 1 }];
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.code).sort()).to.deep.equal(
      ['appetite-not-a-score', 'quorum-selects-no-seat', 'seat-not-in-group', 'unknown-fields'].sort(),
    );
    const cut = `${long.slice(0, 40)}…`;
    for (const p of problems) {
      expect(JSON.stringify(p), p.code).to.not.contain(long.slice(0, 41));
      expect(JSON.stringify(p), p.code).to.contain(cut);
    }
  });

  it('writes out a right-to-left override in an attendance key, in its path and its values', () => {
    const doc = minimalDocument();
    doc.meetings[0].attendance['board-\u202Eprimary'] = 'holder';
    const [problem] = problemsOf(doc);
    expect(problem!.path).to.not.contain('\u202E');
    expect((problem!.values as { seat: string }).seat).to.equal('board-\\u202Eprimary');
  });
});

describe('a value that is not text, in a text field', () => {
  // Set through an element's `data` property, a function was told twice: not text, and "must not be empty".
  it('is told once, by its type', () => {
    for (const value of [
      () => 1,
      function named(a: number) {
        return a;
      },
    ]) {
      const doc = minimalDocument() as LooseDocument;
      doc.partnership.name = value;
      expect(problemsOf(doc).map((found) => [found.path, found.code])).to.deep.equal([
        ['partnership.name', 'wrong-value'],
      ]);
    }
  });

  // An empty list was told as not text, then as having too few entries: two problems at one path, the second
  // contradicting the first.
  it('is told once as an empty list too', () => {
    const doc = minimalDocument() as LooseDocument;
    doc.partnership.name = [];
    doc.partners[0].name = [];
    doc.people[0].name = [];
    doc.proposals[0].title = [];
    expect(problemsOf(doc).map((found) => [found.path, found.code])).to.deep.equal([
      ['partnership.name', 'wrong-value'],
      ['partners[0].name', 'wrong-value'],
      ['people[0].name', 'wrong-value'],
      ['proposals[0].title', 'wrong-value'],
    ]);
  });

  it('empty text is still told as empty', () => {
    const doc = minimalDocument() as LooseDocument;
    doc.partnership.name = ' ';
    expect(problemsOf(doc).map((found) => [found.path, found.code])).to.deep.equal([
      ['partnership.name', 'empty-text'],
    ]);
  });
});
