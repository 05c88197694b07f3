import { expect } from '@open-wc/testing';
import {
  parseDocument,
  parseDocumentInSteps,
  MAX_PROBLEMS,
  MAX_RECORDS,
  type Problem,
} from '../../../src/contract/index.js';
import { minimalDocument, seedDocument, withoutRecord } from '../../fixtures/documents.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { explainProblem } from '../../../src/messages/explain.js';

/** The problems of a document that must fail, asserting that it does. */
function problemsOf(input: unknown): Problem[] {
  const result = parseDocument(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems.map(withoutRecord) as Problem[];
}

/** The one problem at `path`, asserting there is exactly one there. */
function problemAt(input: unknown, path: string): Problem {
  const found = problemsOf(input).filter((p) => p.path === path);
  expect(found, `problems at ${path}`).to.have.length(1);
  return found[0]!;
}

describe('parseDocument', () => {
  describe('the record a problem is inside', () => {
    it('is named by its id, the innermost listed one, so "seats[10]" needs no counting', () => {
      const doc = minimalDocument();
      const group = doc.groups[0];
      delete group.seats[1].voting;
      doc.people[0].name = 7;
      doc.partnership.name = '';
      const result = parseDocument(doc);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const records = Object.fromEntries(result.problems.map((p) => [p.path, p.record]));
      expect(records).to.deep.equal({
        'groups[0].seats[1].voting': group.seats[1].id,
        'people[0].name': doc.people[0].id,
        // Not inside a list: its path alone finds it.
        'partnership.name': undefined,
      });
    });

    it("is left out where the record's id is not an id, which would quote 300 characters or JSON", () => {
      for (const id of ['x'.repeat(300), '{"id": "p-head-a"}', 'p-head-a\u202E']) {
        const doc = minimalDocument();
        doc.people[0].id = id;
        const result = parseDocument(doc);
        if (result.ok) throw new Error('expected the document to be refused');
        expect(result.problems.find((p) => p.path === 'people[0].id')!.record, id).to.equal(undefined);
      }
    });

    it('is left out where the listed record has no id to name it by', () => {
      const doc = minimalDocument();
      doc.people[0] = { name: 'No id' };
      const result = parseDocument(doc);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.problems.filter((p) => p.path.startsWith('people[0]')).map((p) => p.record)).to.deep.equal([
        undefined,
      ]);
    });
  });

  describe('a valid document', () => {
    it('is accepted with its defaults filled in', () => {
      const result = parseDocument(minimalDocument());
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const group = result.document.groups[0]!;
      expect(group.decisionRule).to.equal('simple-majority');
      expect(group.tieBreak).to.equal('none');
      expect(group.noticeDays).to.equal(7);
      expect(group.minutesDays).to.equal(7);
      expect(group.seats[2]!.proxy).to.equal(null);
      expect(group.seats[1]!.role).to.equal('member');
      expect(group.quorum[0]!.proxies).to.equal(true);
      expect(result.document.riskScale.bands.map((b) => b.upTo)).to.deep.equal([4, 12, 25]);
      expect(result.document.risks[0]!.status).to.equal('open');
      expect(result.document.actions[0]!.status).to.equal('open');
    });

    it('accepts arrays left out as empty', () => {
      const result = parseDocument({ contract: 'partnership-kit/1', partnership: { id: 'x', name: 'X' } });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.document.votes).to.deep.equal([]);
    });

    it('accepts JSON text', () => {
      expect(parseDocument(JSON.stringify(minimalDocument())).ok).to.equal(true);
    });

    it("keeps the host's own data under ext, untouched", () => {
      const doc = minimalDocument();
      doc.people[0].ext = { crmId: 42, nested: { anything: [1, 2] } };
      const result = parseDocument(doc);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.document.people[0]!.ext).to.deep.equal({ crmId: 42, nested: { anything: [1, 2] } });
    });
  });

  describe('the whole document', () => {
    for (const [input, value] of [
      [null, { type: 'null' }],
      [[], { type: 'list', count: 0 }],
      [42, { type: 'number', text: '42' }],
      [undefined, { type: 'missing' }],
      [Symbol('x'), { type: 'other' }],
    ] as const) {
      it(`refuses ${JSON.stringify(value)} and says what it should be`, () => {
        expect(problemsOf(input)).to.deep.equal([
          { path: '', code: 'not-an-object', values: { value, contract: 'partnership-kit/1' } },
        ]);
      });
    }

    it('refuses text that is not JSON, saying so', () => {
      const [problem] = problemsOf('{"contract": ');
      expect(problem).to.deep.include({ path: '', code: 'not-json' });
      expect(problem!.code === 'not-json' && problem.values.reason)
        .to.be.a('string')
        .and.not.equal('');
    });

    it('refuses another major version of the contract by name', () => {
      const doc = minimalDocument();
      doc.contract = 'partnership-kit/2';
      expect(problemAt(doc, 'contract')).to.deep.include({
        code: 'other-contract',
        values: { found: 'partnership-kit/2', expected: 'partnership-kit/1' },
      });
    });

    it('refuses a minor version written into contract as the value it names, not as another major version', () => {
      // "partnership-kit/1.1" is contract 1 with the 1.1 additions, which this kit reads: telling the writer to find
      // "a kit that reads partnership-kit/1.1" sends them away from the kit that does. The value is the major version.
      for (const written of ['partnership-kit/1.1', 'partnership-kit/1.0']) {
        const doc = minimalDocument();
        doc.contract = written;
        expect(problemAt(doc, 'contract'), written).to.deep.include({
          code: 'wrong-value',
          values: {
            expected: { kind: 'one-of', values: ['partnership-kit/1'] },
            value: { type: 'text', text: written },
          },
        });
      }
      const doc = minimalDocument();
      doc.contract = 'partnership-kit/2.1';
      expect(problemAt(doc, 'contract')).to.deep.include({ code: 'other-contract' });
    });

    it('refuses a missing contract field', () => {
      const doc = minimalDocument();
      delete doc.contract;
      expect(problemAt(doc, 'contract')).to.deep.include({
        code: 'missing',
        values: { expected: { kind: 'one-of', values: ['partnership-kit/1'] } },
      });
    });
  });

  describe('fields', () => {
    it('names a missing required field', () => {
      const doc = minimalDocument();
      delete doc.partnership.name;
      expect(problemAt(doc, 'partnership.name')).to.deep.include({
        code: 'missing',
        values: { expected: { kind: 'type', type: 'string' } },
      });
    });

    it('names a field of the wrong type with the offending value', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].voting = 'yes';
      expect(problemAt(doc, 'groups[0].seats[1].voting')).to.deep.include({
        code: 'wrong-value',
        values: { expected: { kind: 'type', type: 'boolean' }, value: { type: 'text', text: 'yes' } },
      });
    });

    it('refuses a field the contract does not know, naming it', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].hodler = 'p-head-a';
      expect(problemAt(doc, 'groups[0].seats[1]')).to.deep.include({
        code: 'unknown-fields',
        values: { keys: ['hodler'] },
      });
    });

    it('refuses an id that breaks the id pattern', () => {
      const doc = minimalDocument();
      doc.people[0].id = '-bad id';
      expect(problemAt(doc, 'people[0].id')).to.deep.include({
        code: 'wrong-value',
        values: {
          expected: { kind: 'format', format: 'id' },
          value: { type: 'text', text: '-bad id' },
          notInId: { at: 5, code: 'U+0020', character: ' ' },
        },
      });
    });

    it('refuses a date that does not exist', () => {
      const doc = minimalDocument();
      doc.risks[0].raised = '2019-02-30';
      expect(problemAt(doc, 'risks[0].raised')).to.deep.include({
        code: 'wrong-value',
        values: { expected: { kind: 'format', format: 'date' }, value: { type: 'text', text: '2019-02-30' } },
      });
    });

    it('knows the days of each month and the leap years: 29 February in 2020 and 2000, not in 2019 or 1900', () => {
      const problemFor = (raised: string) => {
        const doc = minimalDocument();
        doc.risks[0].raised = raised;
        return parseDocument(doc).ok ? undefined : problemAt(doc, 'risks[0].raised').code;
      };
      for (const day of ['2020-02-29', '2000-02-29', '2019-04-30', '2019-12-31', '2019-01-31']) {
        expect(problemFor(day), day).to.equal(undefined);
      }
      for (const day of [
        '2019-02-29',
        '1900-02-29',
        '2019-04-31',
        '2019-06-31',
        '2019-13-01',
        '2019-00-10',
        '2019-01-00',
      ]) {
        expect(problemFor(day), day).to.equal('wrong-value');
      }
    });

    it('refuses a date-time without an offset', () => {
      const doc = minimalDocument();
      doc.meetings[0].start = '2019-10-15T16:00:00';
      expect(problemAt(doc, 'meetings[0].start')).to.deep.include({
        code: 'wrong-value',
        values: {
          expected: { kind: 'format', format: 'date-time' },
          value: { type: 'text', text: '2019-10-15T16:00:00' },
        },
      });
    });

    it('refuses a value outside an enum, listing the allowed ones', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[0].role = 'boss';
      expect(problemAt(doc, 'groups[0].seats[0].role')).to.deep.include({
        code: 'wrong-value',
        values: {
          expected: { kind: 'one-of', values: ['member', 'chair', 'vice-chair', 'clerk', 'adviser', 'observer'] },
          value: { type: 'text', text: 'boss' },
        },
      });
    });

    it('refuses a rating outside 1 to 5', () => {
      const doc = minimalDocument();
      doc.risks[0].likelihood = 6;
      expect(problemAt(doc, 'risks[0].likelihood')).to.deep.include({
        code: 'out-of-range',
        values: { value: 6, bound: 'maximum', limit: 5 },
      });
      doc.risks[0].likelihood = 0;
      expect(problemAt(doc, 'risks[0].likelihood')).to.deep.include({
        code: 'out-of-range',
        values: { value: 0, bound: 'minimum', limit: 1 },
      });
    });

    it('refuses a rating that is not a whole number', () => {
      const doc = minimalDocument();
      doc.risks[0].impact = 3.5;
      expect(problemAt(doc, 'risks[0].impact')).to.deep.include({
        code: 'wrong-value',
        values: { expected: { kind: 'whole-number', minimum: 1, maximum: 5 }, value: { type: 'number', text: '3.5' } },
      });
    });

    it('refuses a risk appetite that is not a score from 1 to 25, at its category', () => {
      const doc = minimalDocument();
      doc.riskScale = { appetite: { Finance: 30 } };
      expect(problemAt(doc, 'riskScale.appetite.Finance')).to.deep.include({
        code: 'appetite-not-a-score',
        values: { category: 'Finance', value: { type: 'number', text: '30' }, minimum: 1, maximum: 25 },
      });
      doc.riskScale = { appetite: { '': 8 } };
      expect(problemAt(doc, 'riskScale.appetite[""]')).to.deep.include({ code: 'empty-category', values: {} });
    });

    it('refuses a quorum selector naming a partner by something that is not an id', () => {
      const doc = minimalDocument();
      doc.groups[0].quorum[0].seats = { partner: ['primary', 42] };
      expect(problemAt(doc, 'groups[0].quorum[0].seats.partner')).to.deep.include({
        code: 'wrong-value',
        values: { expected: { kind: 'format', format: 'ids' }, value: { type: 'list', count: 2 } },
      });
    });

    it('refuses a quorum minimum that is not a number, "all" or a proper fraction', () => {
      const doc = minimalDocument();
      doc.groups[0].quorum[0].min = '3/2';
      expect(problemAt(doc, 'groups[0].quorum[0].min')).to.deep.include({
        code: 'wrong-value',
        values: { expected: { kind: 'format', format: 'quorum-min' }, value: { type: 'text', text: '3/2' } },
      });
    });

    it('refuses empty text where a person must read something', () => {
      const doc = minimalDocument();
      doc.proposals[0].title = '';
      expect(problemAt(doc, 'proposals[0].title')).to.deep.include({ code: 'empty-text', values: {} });
    });

    it('refuses an attendance value that is not one of the four', () => {
      const doc = minimalDocument();
      doc.meetings[0].attendance['board-secondary'] = 'late';
      expect(problemAt(doc, 'meetings[0].attendance.board-secondary')).to.deep.include({
        code: 'wrong-value',
        values: {
          expected: { kind: 'one-of', values: ['holder', 'proxy', 'apologies', 'absent'] },
          value: { type: 'text', text: 'late' },
        },
      });
    });
  });

  describe('cross-record rules', () => {
    it('refuses two records with one id', () => {
      const doc = minimalDocument();
      doc.people[1].id = 'p-head-a';
      expect(problemAt(doc, 'people[1].id')).to.deep.include({
        code: 'duplicate-id',
        values: { id: 'p-head-a', first: 'people[0]' },
      });
    });

    it('a meeting with a problem of its own still exists for the records that name it', () => {
      const doc = minimalDocument();
      delete doc.meetings[0].group;
      doc.proposals[0].meeting = 'board-2019-10-15';
      expect(problemsOf(doc).map((p) => p.path)).to.deep.equal(['meetings[0].group']);
    });

    it('refuses two seats of a group with one id', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[2].id = 'board-primary';
      expect(problemAt(doc, 'groups[0].seats[2].id')).to.deep.include({
        code: 'duplicate-id',
        values: { id: 'board-primary', first: 'groups[0].seats[1]' },
      });
    });

    it('refuses a seat whose holder is no person', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[2].holder = 'p-x';
      expect(problemAt(doc, 'groups[0].seats[2].holder')).to.deep.equal({
        path: 'groups[0].seats[2].holder',
        code: 'unknown-reference',
        values: { id: 'p-x', target: 'person', field: 'holder' },
      });
    });

    it('refuses a proxy who is no person', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].proxy = 'p-ghost';
      expect(problemAt(doc, 'groups[0].seats[1].proxy')).to.deep.include({
        code: 'unknown-reference',
        values: { id: 'p-ghost', target: 'person', field: 'proxy' },
      });
    });

    it('refuses a voting seat that names no partner', () => {
      const doc = minimalDocument();
      delete doc.groups[0].seats[2].partner;
      expect(problemAt(doc, 'groups[0].seats[2].partner')).to.deep.include({
        code: 'voting-seat-without-partner',
        values: { seat: 'board-secondary' },
      });
    });

    it('refuses a seat naming a partner that does not exist', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[2].partner = 'colleges';
      expect(problemAt(doc, 'groups[0].seats[2].partner')).to.deep.include({
        code: 'unknown-reference',
        values: { id: 'colleges', target: 'partner', field: 'partner' },
      });
    });

    it('refuses a quorum requirement naming an unknown partner', () => {
      const doc = minimalDocument();
      doc.groups[0].quorum.push({ label: 'Two primaries', seats: { partner: ['primary', 'nursery'] }, min: 2 });
      expect(problemAt(doc, 'groups[0].quorum[1].seats.partner[1]')).to.deep.include({
        code: 'unknown-reference',
        values: { id: 'nursery', target: 'partner', field: 'partner' },
      });
    });

    it('refuses a meeting of an unknown group', () => {
      const doc = minimalDocument();
      doc.meetings[0].group = 'elg';
      expect(problemAt(doc, 'meetings[0].group')).to.deep.include({
        code: 'unknown-reference',
        values: { id: 'elg', target: 'group', field: 'group' },
      });
    });

    it('refuses attendance for a seat that is not in the group', () => {
      const doc = minimalDocument();
      doc.meetings[0].attendance['elg-special'] = 'holder';
      expect(problemAt(doc, 'meetings[0].attendance.elg-special')).to.deep.include({
        code: 'seat-not-in-group',
        values: { seat: 'elg-special', group: 'board' },
      });
    });

    it('asks of attendance for a seat one or two letters off a seat of the group whether that seat was meant', () => {
      // An attendance key is a seat id typed by hand, as a reference is, which already asked "Did you mean …?".
      const doc = minimalDocument();
      doc.meetings[0].attendance['board-secondray'] = 'holder';
      doc.meetings[0].attendance['board-chair '] = 'holder';
      const problems = problemsOf(doc);
      expect(problems.map((p) => [p.path, p.code, p.code === 'seat-not-in-group' && p.values.meant])).to.deep.equal([
        ['meetings[0].attendance.board-secondray', 'seat-not-in-group', 'board-secondary'],
        ['meetings[0].attendance["board-chair "]', 'seat-not-in-group', 'board-chair'],
      ]);
      expect(problems.map((p) => explainProblem(en, p))[0]).to.equal(
        "records attendance for seat 'board-secondray', but group 'board' has no seat with that id. Did you mean 'board-secondary'? Correct the seat's id, or remove the entry if the seat was never in the group. A seat that has left the group stays in it with its term ended, so the meeting's record and what was decided at it stand.",
      );
      expect(problems.map((p) => explainProblem(cy, p))[1]).to.contain("Oeddech chi’n golygu 'board-chair'?");
    });

    it('refuses "proxy" attendance for a seat without a proxy', () => {
      const doc = minimalDocument();
      doc.meetings[0].attendance['board-secondary'] = 'proxy';
      expect(problemAt(doc, 'meetings[0].attendance.board-secondary')).to.deep.include({
        code: 'no-proxy',
        values: { seat: 'board-secondary', date: '2019-10-15' },
      });
    });

    it('refuses "holder" attendance for a vacant seat', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[2].holder = null;
      doc.meetings[0].attendance['board-secondary'] = 'holder';
      expect(problemAt(doc, 'meetings[0].attendance.board-secondary')).to.deep.include({
        code: 'seat-vacant',
        values: { seat: 'board-secondary', date: '2019-10-15', earlier: false },
      });
    });

    it('refuses a decision rule other than the group default without a unanimous agreement', () => {
      const doc = minimalDocument();
      doc.proposals[0].decisionRule = 'two-thirds';
      expect(problemAt(doc, 'proposals[0].ruleAgreedUnanimously')).to.deep.include({
        code: 'rule-not-agreed',
        values: { proposal: doc.proposals[0].id, rule: 'two-thirds', groupRule: 'simple-majority' },
      });
    });

    it('accepts another rule agreed unanimously at a meeting of the same group', () => {
      const doc = minimalDocument();
      doc.proposals[0].decisionRule = 'two-thirds';
      doc.proposals[0].ruleAgreedUnanimously = 'board-2019-10-15';
      expect(parseDocument(doc).ok).to.equal(true);
    });

    it('refuses a rule agreed at a meeting after the decision, and takes one agreed at the same meeting or before', () => {
      // Sutton's "simple majority unless otherwise agreed unanimously": agreed next month is not agreed.
      const doc = minimalDocument();
      doc.meetings.push({ id: 'board-later', group: 'board', start: '2019-11-12T16:00:00Z' });
      doc.proposals[0].decisionRule = 'two-thirds';
      doc.proposals[0].ruleAgreedUnanimously = 'board-later';
      const decidedAt = (doc.meetings as { id: string; start: string }[]).find(
        (m) => m.id === doc.proposals[0].meeting,
      )!.start;
      expect(problemAt(doc, 'proposals[0].ruleAgreedUnanimously')).to.deep.include({
        code: 'rule-agreed-later',
        values: {
          proposal: doc.proposals[0].id,
          meeting: 'board-later',
          agreed: '2019-11-12T16:00:00Z',
          decided: decidedAt,
        },
      });
      const noMeeting = minimalDocument();
      noMeeting.meetings.push({ id: 'board-later', group: 'board', start: '2019-11-12T16:00:00Z' });
      delete noMeeting.proposals[0].meeting;
      Object.assign(noMeeting.proposals[0], {
        decisionRule: 'two-thirds',
        ruleAgreedUnanimously: 'board-later',
        closes: '2019-11-01T17:00:00Z',
      });
      expect(problemAt(noMeeting, 'proposals[0].ruleAgreedUnanimously').code, 'or after it closed').to.equal(
        'rule-agreed-later',
      );
      noMeeting.proposals[0].closes = '2019-11-12T17:00:00Z';
      expect(parseDocument(noMeeting).ok, 'agreed before it closed').to.equal(true);
    });

    it('refuses a rule agreed after the meeting that took a vote left open past it, though before it closes', () => {
      // The vote was taken at the meeting: those who voted there had not agreed the rule (its `closes` only
      // dates which of the group's own rules it is compared with).
      const doc = minimalDocument();
      doc.meetings.push({ id: 'board-between', group: 'board', start: '2019-10-20T16:00:00+01:00' });
      Object.assign(doc.proposals[0], {
        decisionRule: 'two-thirds',
        ruleAgreedUnanimously: 'board-between',
        closes: '2019-10-25T17:00:00+01:00',
      });
      expect(problemAt(doc, 'proposals[0].ruleAgreedUnanimously')).to.deep.include({
        code: 'rule-agreed-later',
        values: {
          proposal: 'plan',
          meeting: 'board-between',
          agreed: '2019-10-20T16:00:00+01:00',
          decided: '2019-10-15T16:00:00+01:00',
        },
      });
    });

    it('refuses a rule agreed at a meeting after a decision by correspondence took its last vote', () => {
      // No meeting and no `closes`: the votes were all in, by their `cast` and `received`, before the group met
      // on 12 November and agreed the rule. The same moment outcome dates such a decision by (its last vote).
      const byPost = minimalDocument();
      byPost.meetings.push({ id: 'board-later', group: 'board', start: '2019-11-12T16:00:00Z' });
      delete byPost.proposals[0].meeting;
      Object.assign(byPost.proposals[0], {
        status: 'closed',
        decisionRule: 'two-thirds',
        ruleAgreedUnanimously: 'board-later',
      });
      byPost.votes.push({ ...byPost.votes[0], id: 'v0', cast: '2019-10-01T09:00:00+01:00' });
      byPost.votes[0].received = '2019-10-15T16:40:02+01:00';
      expect(problemAt(byPost, 'proposals[0].ruleAgreedUnanimously')).to.deep.include({
        code: 'rule-agreed-later',
        values: {
          proposal: 'plan',
          meeting: 'board-later',
          agreed: '2019-11-12T16:00:00Z',
          decided: '2019-10-15T16:40:02+01:00',
        },
      });
      const votedAfter = structuredClone(byPost);
      votedAfter.votes[0].cast = votedAfter.votes[0].received = '2019-11-12T17:00:00Z';
      expect(parseDocument(votedAfter).ok, 'its last vote after the meeting that agreed the rule').to.equal(true);
      // Not yet decided: votes may still come after the meeting. Withdrawn: nothing was decided (put again under
      // the rule just agreed). A secret ballot, or a published count: a viewer's copy holds only their own votes,
      // which would date it for one viewer and not another.
      const undecided = [{ status: 'open' }, { status: 'withdrawn' }, { ballot: 'secret' }];
      for (const change of [...undecided, { count: { for: 1, against: 0, abstain: 0 } }]) {
        const undated = structuredClone(byPost);
        Object.assign(undated.proposals[0], change);
        expect(parseDocument(undated).ok, JSON.stringify(change)).to.equal(true);
      }
    });

    it('refuses a rule agreed at a meeting of another group', () => {
      const doc = minimalDocument();
      doc.groups.push({ id: 'ops', name: 'Operations', seats: [] });
      doc.meetings.push({ id: 'ops-1', group: 'ops', start: '2019-10-01T10:00:00+01:00' });
      doc.proposals[0].decisionRule = 'unanimous';
      doc.proposals[0].ruleAgreedUnanimously = 'ops-1';
      expect(problemAt(doc, 'proposals[0].ruleAgreedUnanimously')).to.deep.include({
        code: 'meeting-of-other-group',
        values: { meeting: 'ops-1', field: 'ruleAgreedUnanimously', meetingGroup: 'ops', group: 'board' },
      });
    });

    it('tells a group id mistyped on a proposal or its meeting once, at that id, not again as a meeting of another group', () => {
      // The second problem sent the reader to the proposal's meeting, which was right.
      const onProposal = minimalDocument();
      onProposal.proposals[0].group = 'boad';
      expect(problemsOf(onProposal).map((p) => [p.path, p.code])).to.deep.equal([
        ['proposals[0].group', 'unknown-reference'],
      ]);
      const onMeeting = minimalDocument();
      onMeeting.meetings[0].group = 'boad';
      expect(problemsOf(onMeeting).map((p) => [p.path, p.code])).to.deep.equal([
        ['meetings[0].group', 'unknown-reference'],
      ]);
    });

    it('refuses a proposal decided at a meeting of another group', () => {
      const doc = minimalDocument();
      doc.groups.push({ id: 'ops', name: 'Operations', seats: [] });
      doc.meetings.push({ id: 'ops-1', group: 'ops', start: '2019-10-01T10:00:00+01:00' });
      doc.proposals[0].meeting = 'ops-1';
      expect(problemAt(doc, 'proposals[0].meeting')).to.deep.include({
        code: 'meeting-of-other-group',
        values: { meeting: 'ops-1', field: 'meeting', meetingGroup: 'ops', group: 'board' },
      });
    });

    it('finds a vote’s seat in any group, not only the first', () => {
      const doc = minimalDocument();
      doc.groups.unshift({ id: 'first', name: 'First', seats: [{ id: 'first-chair', holder: 'p-chair' }] });
      doc.votes[0].seat = 'board-secondary';
      const problems = parseDocument(doc).ok ? [] : problemsOf(doc);
      expect(problems.filter((p) => p.path === 'votes[0].seat')).to.deep.equal([]);
    });

    it('refuses a vote for an unknown proposal, seat or person', () => {
      const doc = minimalDocument();
      Object.assign(doc.votes[0], { proposal: 'nope', seat: 'elg-x', by: 'p-nobody' });
      expect(problemsOf(doc)).to.deep.include.members([
        {
          path: 'votes[0].proposal',
          code: 'unknown-reference',
          values: { id: 'nope', target: 'proposal', field: 'proposal' },
        },
        { path: 'votes[0].seat', code: 'unknown-reference', values: { id: 'elg-x', target: 'seat', field: 'seat' } },
        { path: 'votes[0].by', code: 'unknown-reference', values: { id: 'p-nobody', target: 'person', field: 'by' } },
      ]);
    });

    it('refuses a risk owned by nobody in the document', () => {
      const doc = minimalDocument();
      doc.risks[0].owner = 'p-gone';
      expect(problemAt(doc, 'risks[0].owner')).to.deep.include({
        code: 'unknown-reference',
        values: { id: 'p-gone', target: 'person', field: 'owner' },
      });
    });

    it('refuses an action linked to an unknown meeting', () => {
      const doc = minimalDocument();
      doc.actions[0].meeting = 'board-2030-01-01';
      expect(problemAt(doc, 'actions[0].meeting')).to.deep.include({
        code: 'unknown-reference',
        values: { id: 'board-2030-01-01', target: 'meeting', field: 'meeting' },
      });
    });

    it('refuses risk bands out of order', () => {
      const doc = minimalDocument();
      doc.riskScale = {
        bands: [
          { upTo: 12, label: 'Medium', rag: 'amber' },
          { upTo: 4, label: 'Low', rag: 'green' },
          { upTo: 25, label: 'High', rag: 'red' },
        ],
      };
      expect(problemAt(doc, 'riskScale.bands[1].upTo')).to.deep.include({
        code: 'bands-out-of-order',
        values: { upTo: 4, previous: 12 },
      });
    });

    it('tells an upTo outside 1 to 25, or between whole numbers, once: by its range, not again by the bands’ order or end', () => {
      // Compared with its neighbours as written, 2.5 was also "out of order" and 30 also "short" of 25, at the same path.
      const doc = minimalDocument();
      doc.riskScale = {
        bands: [
          { upTo: 4, label: 'Low', rag: 'green' },
          { upTo: 2.5, label: 'Medium', rag: 'amber' },
          { upTo: 30, label: 'High', rag: 'red' },
        ],
      };
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
        ['riskScale.bands[1].upTo', 'wrong-value'],
        ['riskScale.bands[2].upTo', 'out-of-range'],
      ]);
    });

    it('refuses risk bands that stop short of 25', () => {
      const doc = minimalDocument();
      doc.riskScale = { bands: [{ upTo: 20, label: 'All', rag: 'amber' }] };
      expect(problemAt(doc, 'riskScale.bands[0].upTo')).to.deep.include({
        code: 'last-band-short',
        values: { upTo: 20, maximum: 25 },
      });
    });

    it('refuses a term that ends before it starts', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[0].term = { from: '2022-04-01', to: '2021-03-31' };
      expect(problemAt(doc, 'groups[0].seats[0].term.to')).to.deep.include({
        code: 'term-ends-before-start',
        values: { seat: doc.groups[0].seats[0].id, from: '2022-04-01', to: '2021-03-31' },
      });
    });
  });

  describe('problems as codes', () => {
    it('are a path, a code and values, with no words in them', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].voting = 'yes';
      doc.groups[0].seats[2].holder = 'p-x';
      doc.people[1].id = 'p-head-a';
      for (const problem of problemsOf(doc)) expect(Object.keys(problem)).to.deep.equal(['path', 'code', 'values']);
    });

    it('refuses a group that reports to itself', () => {
      const doc = minimalDocument();
      doc.groups[0].reportsTo = 'board';
      expect(problemAt(doc, 'groups[0].reportsTo')).to.deep.include({
        code: 'reports-to-itself',
        values: { group: 'board' },
      });
      // Reporting to another group of the document is what reportsTo is for.
      const another = minimalDocument();
      another.groups.push({ id: 'exec', name: 'Executive Board', seats: [] });
      another.groups[0].reportsTo = 'exec';
      expect(parseDocument(another).ok).to.equal(true);
    });

    it('refuses an empty list of risk bands, saying how many it must have', () => {
      const doc = minimalDocument();
      doc.riskScale = { bands: [] };
      expect(problemAt(doc, 'riskScale.bands')).to.deep.include({
        code: 'too-few-entries',
        values: { minimum: 1, count: 0 },
      });
    });

    it('cuts long text it quotes to 40 characters', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].voting = 'x'.repeat(100);
      expect(problemAt(doc, 'groups[0].seats[1].voting')).to.deep.include({
        code: 'wrong-value',
        values: { expected: { kind: 'type', type: 'boolean' }, value: { type: 'text', text: `${'x'.repeat(40)}…` } },
      });
    });
  });

  describe('never throws', () => {
    it('reports every problem at once, of both kinds', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].voting = 'yes';
      doc.groups[0].seats[2].holder = 'p-x';
      doc.actions[0].due = 'soon';
      const paths = problemsOf(doc).map((p) => p.path);
      expect(paths).to.include.members(['groups[0].seats[1].voting', 'groups[0].seats[2].holder', 'actions[0].due']);
    });

    it('refuses a __proto__ key without touching any prototype', () => {
      const doc = JSON.parse(
        '{"contract":"partnership-kit/1","partnership":{"id":"x","name":"X","__proto__":{"polluted":true}}}',
      );
      expect(problemAt(doc, 'partnership')).to.deep.include({
        code: 'unknown-fields',
        values: { keys: ['__proto__'] },
      });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('refuses deep nesting under ext without recursing through it', () => {
      let deep: unknown = {};
      for (let i = 0; i < 100_000; i += 1) deep = { deeper: deep };
      const doc = minimalDocument();
      doc.partnership.ext = deep;
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([['partnership.ext', 'wrong-value']]);
    });

    it('refuses a huge array cheaply, saying how to fix it', () => {
      const doc = minimalDocument();
      doc.votes = new Array(2_000_000).fill(0);
      expect(problemsOf(doc)).to.deep.equal([
        { path: 'votes', code: 'too-many-records', values: { count: 2_000_000, maximum: MAX_RECORDS } },
      ]);
    });

    it(`lists at most ${MAX_PROBLEMS} problems and says how many there are`, () => {
      const doc = minimalDocument();
      doc.people = Array.from({ length: 500 }, () => ({ id: '', name: '' }));
      const result = parseDocument(doc);
      if (result.ok) throw new Error('parsed');
      expect(result.problems).to.have.length(MAX_PROBLEMS);
      expect(result.total).to.be.greaterThan(500);
    });

    it('returns a problem, not an exception, for hostile objects', () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
          ownKeys() {
            throw new Error('boom');
          },
        },
      );
      for (const input of [hostile, Symbol('x'), 10n, () => 1, new Date(), '']) {
        const result = parseDocument(input);
        expect(result.ok).to.equal(false);
      }
      expect(problemsOf(hostile)).to.deep.equal([{ path: '', code: 'not-checked', values: { reason: 'boom' } }]);
    });

    it('says what was thrown when it is not an Error, and "unknown" when even that cannot be written', () => {
      const throwing = (thrown: unknown) => ({
        get contract(): unknown {
          throw thrown;
        },
      });
      expect(problemsOf(throwing('no entry'))).to.deep.equal([
        { path: '', code: 'not-checked', values: { reason: 'no entry' } },
      ]);
      expect(problemsOf(throwing(Object.create(null)))).to.deep.equal([
        { path: '', code: 'not-checked', values: { reason: 'unknown' } },
      ]);
    });

    it('calls a field missing when it is gone by the time its problem is written', () => {
      const doc = minimalDocument();
      let reads = 0;
      Object.defineProperty(doc, 'partnership', {
        enumerable: true,
        get: () => (++reads === 1 ? { id: 7, name: 'X' } : 'changed'),
      });
      expect(problemAt(doc, 'partnership.id')).to.deep.include({
        code: 'missing',
        values: { expected: { kind: 'format', format: 'id' } },
      });
    });

    it('counts an empty list it does not own as no entries', () => {
      const doc = minimalDocument();
      doc.riskScale = Object.create({ bands: [] });
      expect(problemAt(doc, 'riskScale.bands')).to.deep.include({
        code: 'too-few-entries',
        values: { minimum: 1, count: 0 },
      });
    });
  });

  describe('cross-record rules skip a field the schema already refuses', () => {
    it('a record whose id is not text has no id to repeat, and nothing can name it', () => {
      const doc = minimalDocument();
      doc.partners.push({ id: 5, name: 'Five' }, { id: 5, name: 'Five again' });
      doc.groups.push({ id: 9, name: 'Nine', seats: [{ id: 'nine-seat', voting: false }] });
      doc.groups[0].seats.push({ id: 10, voting: false });
      doc.votes[0].seat = 'nine-seat';
      // The vote names a seat that is there, in a group whose own id is wrong: that id is the one problem. (A seat
      // whose id is lost, like the one of id 10, may be the one any vote names, so none is told it names nothing.)
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
        ['partners[2].id', 'wrong-value'],
        ['partners[3].id', 'wrong-value'],
        ['groups[0].seats[3].id', 'wrong-value'],
        ['groups[1].id', 'wrong-value'],
      ]);
    });

    it('a vote naming a seat of a group whose id is not text is not told the seat is missing', () => {
      const doc = minimalDocument();
      doc.groups.push({ id: 9, name: 'Nine', seats: [{ id: 'nine-seat', voting: false }] });
      doc.votes[0].seat = 'nine-seat';
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([['groups[1].id', 'wrong-value']]);
      doc.votes[0].seat = 'ninety-seat';
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
        ['groups[1].id', 'wrong-value'],
        ['votes[0].seat', 'unknown-reference'],
      ]);
    });

    it('a record whose id has a space or an invisible character in it is one problem, not one a reference', () => {
      for (const id of ['board ', 'board\u200B', '\u00A0board']) {
        const doc = minimalDocument();
        doc.groups[0].id = id;
        expect(
          problemsOf(doc).map((p) => [p.path, p.code]),
          JSON.stringify(id),
        ).to.deep.equal([['groups[0].id', 'wrong-value']]);
      }
      const doc = minimalDocument();
      doc.people[0].id = `${doc.people[0].id} `;
      expect(problemsOf(doc).map((p) => p.path)).to.deep.equal(['people[0].id']);
    });

    it('a proposal of no named group is not held to a group’s decision rule', () => {
      const doc = minimalDocument();
      doc.proposals[0].group = 3;
      doc.proposals[0].decisionRule = 'unanimous';
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([['proposals[0].group', 'wrong-value']]);
    });

    it('refuses a proposal decided at a meeting the document does not have', () => {
      const doc = minimalDocument();
      doc.proposals[0].meeting = 'board-2030-01-01';
      expect(problemAt(doc, 'proposals[0].meeting')).to.deep.include({
        code: 'unknown-reference',
        values: { id: 'board-2030-01-01', target: 'meeting', field: 'meeting' },
      });
    });

    it('a declaration naming no one by text is not a second declaration by anyone', () => {
      const doc = minimalDocument();
      const declaration = { person: 4, interest: 'Governor', withdrew: true };
      doc.proposals[0].declarations = [declaration, { ...declaration }, { ...declaration, person: 'p-head-a' }];
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
        ['proposals[0].declarations[0].person', 'wrong-value'],
        ['proposals[0].declarations[1].person', 'wrong-value'],
      ]);
    });

    it('orders the risk bands that have an upTo, passing over those that have none', () => {
      const doc = minimalDocument();
      doc.riskScale = {
        bands: [
          { upTo: 10, label: 'Low', rag: 'green' },
          'Medium',
          { label: 'High', rag: 'red' },
          { upTo: 8, label: 'Top', rag: 'red' },
        ],
      };
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
        ['riskScale.bands[1]', 'wrong-value'],
        ['riskScale.bands[2].upTo', 'missing'],
        ['riskScale.bands[3].upTo', 'bands-out-of-order'],
        ['riskScale.bands[3].upTo', 'last-band-short'],
      ]);
    });

    it('refuses an appetite below 1, above 25 or between whole numbers', () => {
      const doc = minimalDocument();
      doc.riskScale = { appetite: { Finance: 0, Safety: 26, Reputation: 2.5, People: 25 } };
      expect(problemsOf(doc).map((p) => [p.path, p.code])).to.deep.equal([
        ['riskScale.appetite.Finance', 'appetite-not-a-score'],
        ['riskScale.appetite.Safety', 'appetite-not-a-score'],
        ['riskScale.appetite.Reputation', 'appetite-not-a-score'],
      ]);
    });

    it('refuses a quorum minimum that is neither a number nor text', () => {
      const doc = minimalDocument();
      doc.groups[0].quorum[0].min = true;
      expect(problemAt(doc, 'groups[0].quorum[0].min')).to.deep.include({
        code: 'wrong-value',
        values: { expected: { kind: 'format', format: 'quorum-min' }, value: { type: 'boolean', text: 'true' } },
      });
    });
  });
});

// A page checks a fetched document in two tasks (src/data/document-loader.ts): on a phone, the fields' shapes and
// the checks across records together held the main thread for 100 to 200 ms.
describe('parseDocumentInSteps', () => {
  /** A seat held by nobody the document lists: its shapes are right, the checks across records refuse it. */
  function withUnknownHolder() {
    const doc = minimalDocument();
    doc.groups[0].seats[0].holder = 'p-nobody';
    return doc;
  }

  it("gives parseDocument's result for a good document, a broken one and what is no document", async () => {
    const inputs = [
      await seedDocument('sutton'),
      minimalDocument(),
      withUnknownHolder(),
      { ...minimalDocument(), partnership: 'Sutton' },
      '{"contract": "partnership-kit/1", ',
      JSON.stringify(minimalDocument()),
      [],
      null,
    ];
    for (const input of inputs) {
      const stepped = await parseDocumentInSteps(structuredClone(input), () => Promise.resolve());
      expect(stepped).to.deep.equal(parseDocument(structuredClone(input)));
    }
  });

  it('reads the shapes, then awaits `between`, then checks across records, never giving a result before', async () => {
    let letGo = () => {};
    const between = new Promise<void>((resolve) => (letGo = resolve));
    let asked = 0;
    let settled = false;
    const result = parseDocumentInSteps(withUnknownHolder(), () => ((asked += 1), between)).then((r) => {
      settled = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked, 'between is asked for once the shapes are read').to.equal(1);
    expect(settled, 'no result while between is awaited').to.equal(false);
    letGo();
    const parsed = await result;
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.code)).to.include('unknown-reference');
  });

  it('asks for no task between when the cheap checks fail (no object, no JSON)', async () => {
    let asked = 0;
    const between = () => ((asked += 1), Promise.resolve());
    expect((await parseDocumentInSteps('not json', between)).ok).to.equal(false);
    expect((await parseDocumentInSteps([], between)).ok).to.equal(false);
    expect(asked).to.equal(0);
  });
});
