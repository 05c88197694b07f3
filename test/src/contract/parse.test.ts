import { expect } from '@open-wc/testing';
import { parseDocument, MAX_PROBLEMS, type Problem } from '../../../src/contract/index.js';
import { minimalDocument } from '../../fixtures/documents.js';

/** The problems of a document that must fail, asserting that it does. */
function problemsOf(input: unknown): Problem[] {
  const result = parseDocument(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}

/** The one problem at `path`, asserting there is exactly one there. */
function problemAt(input: unknown, path: string): Problem {
  const found = problemsOf(input).filter((p) => p.path === path);
  expect(found, `problems at ${path}`).to.have.length(1);
  return found[0]!;
}

describe('parseDocument', () => {
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
    for (const [input, kind] of [
      [null, 'null'],
      [[], 'a list'],
      [42, 'a number'],
      [undefined, 'a undefined'],
    ] as const) {
      it(`refuses ${String(kind)} and says what it should be`, () => {
        const [problem] = problemsOf(input);
        expect(problem!.path).to.equal('');
        expect(problem!.message).to.contain('must be a JSON object').and.contain(kind);
      });
    }

    it('refuses text that is not JSON, saying so', () => {
      const [problem] = problemsOf('{"contract": ');
      expect(problem!.message).to.contain('not valid JSON');
    });

    it('refuses another major version of the contract by name', () => {
      const doc = minimalDocument();
      doc.contract = 'partnership-kit/2';
      const problem = problemAt(doc, 'contract');
      expect(problem.message).to.contain('"partnership-kit/2"').and.contain('"partnership-kit/1"');
    });

    it('refuses a missing contract field', () => {
      const doc = minimalDocument();
      delete doc.contract;
      expect(problemAt(doc, 'contract').message).to.contain('is missing');
    });
  });

  describe('fields', () => {
    it('names a missing required field', () => {
      const doc = minimalDocument();
      delete doc.partnership.name;
      expect(problemAt(doc, 'partnership.name').message).to.contain('is missing').and.contain('add text');
    });

    it('names a field of the wrong type with the offending value', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].voting = 'yes';
      expect(problemAt(doc, 'groups[0].seats[1].voting').message).to.contain('true or false').and.contain('"yes"');
    });

    it('refuses a field the contract does not know, naming it', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].hodler = 'p-head-a';
      const problem = problemAt(doc, 'groups[0].seats[1]');
      expect(problem.message).to.contain('"hodler"').and.contain('ext');
    });

    it('refuses an id that breaks the id pattern', () => {
      const doc = minimalDocument();
      doc.people[0].id = '-bad id';
      expect(problemAt(doc, 'people[0].id').message).to.contain('"-bad id"').and.contain('letters, digits');
    });

    it('refuses a date that does not exist', () => {
      const doc = minimalDocument();
      doc.risks[0].raised = '2019-02-30';
      expect(problemAt(doc, 'risks[0].raised').message).to.contain('"2019-02-30"').and.contain('YYYY-MM-DD');
    });

    it('refuses a date-time without an offset', () => {
      const doc = minimalDocument();
      doc.meetings[0].start = '2019-10-15T16:00:00';
      expect(problemAt(doc, 'meetings[0].start').message).to.contain('"2019-10-15T16:00:00"').and.contain('offset');
    });

    it('refuses a value outside an enum, listing the allowed ones', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[0].role = 'boss';
      expect(problemAt(doc, 'groups[0].seats[0].role').message).to.contain('"boss"').and.contain('"vice-chair"');
    });

    it('refuses a rating outside 1 to 5', () => {
      const doc = minimalDocument();
      doc.risks[0].likelihood = 6;
      expect(problemAt(doc, 'risks[0].likelihood').message).to.contain('at most 5').and.contain('6');
    });

    it('refuses a rating that is not a whole number', () => {
      const doc = minimalDocument();
      doc.risks[0].impact = 3.5;
      expect(problemAt(doc, 'risks[0].impact').message).to.contain('a whole number from 1 to 5').and.contain('3.5');
    });

    it('refuses a risk appetite that is not a score from 1 to 25, at its category', () => {
      const doc = minimalDocument();
      doc.riskScale = { appetite: { Finance: 30 } };
      expect(problemAt(doc, 'riskScale.appetite.Finance').message).to.contain("'Finance'").and.contain('30');
      doc.riskScale = { appetite: { '': 8 } };
      expect(problemAt(doc, 'riskScale.appetite[""]').message).to.contain('empty category');
    });

    it('refuses a quorum selector naming a partner by something that is not an id', () => {
      const doc = minimalDocument();
      doc.groups[0].quorum[0].seats = { partner: ['primary', 42] };
      expect(problemAt(doc, 'groups[0].quorum[0].seats.partner').message).to.contain('list of partner ids');
    });

    it('refuses a quorum minimum that is not a number, "all" or a proper fraction', () => {
      const doc = minimalDocument();
      doc.groups[0].quorum[0].min = '3/2';
      expect(problemAt(doc, 'groups[0].quorum[0].min').message).to.contain('"3/2"').and.contain('"all"');
    });

    it('refuses empty text where a person must read something', () => {
      const doc = minimalDocument();
      doc.proposals[0].title = '';
      expect(problemAt(doc, 'proposals[0].title').message).to.contain('must not be empty');
    });

    it('refuses an attendance value that is not one of the four', () => {
      const doc = minimalDocument();
      doc.meetings[0].attendance['board-secondary'] = 'late';
      const problem = problemAt(doc, 'meetings[0].attendance.board-secondary');
      expect(problem.message).to.contain('"late"').and.contain('"apologies"');
    });
  });

  describe('cross-record rules', () => {
    it('refuses two records with one id', () => {
      const doc = minimalDocument();
      doc.people[1].id = 'p-head-a';
      const problem = problemAt(doc, 'people[1].id');
      expect(problem.message).to.contain("'p-head-a'").and.contain('people[0]');
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
      expect(problemAt(doc, 'groups[0].seats[2].id').message).to.contain("'board-primary'");
    });

    it('refuses a seat whose holder is no person', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[2].holder = 'p-x';
      expect(problemAt(doc, 'groups[0].seats[2].holder').message).to.equal(
        "seat 'board-secondary' names holder 'p-x', but no person has that id. Correct the id, or add the person.",
      );
    });

    it('refuses a proxy who is no person', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[1].proxy = 'p-ghost';
      expect(problemAt(doc, 'groups[0].seats[1].proxy').message).to.contain("'p-ghost'");
    });

    it('refuses a voting seat that names no partner', () => {
      const doc = minimalDocument();
      delete doc.groups[0].seats[2].partner;
      expect(problemAt(doc, 'groups[0].seats[2].partner').message)
        .to.contain('voting seat')
        .and.contain("'board-secondary'");
    });

    it('refuses a seat naming a partner that does not exist', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[2].partner = 'colleges';
      expect(problemAt(doc, 'groups[0].seats[2].partner').message).to.contain("'colleges'");
    });

    it('refuses a quorum requirement naming an unknown partner', () => {
      const doc = minimalDocument();
      doc.groups[0].quorum.push({ label: 'Two primaries', seats: { partner: ['primary', 'nursery'] }, min: 2 });
      expect(problemAt(doc, 'groups[0].quorum[1].seats.partner[1]').message).to.contain("'nursery'");
    });

    it('refuses a meeting of an unknown group', () => {
      const doc = minimalDocument();
      doc.meetings[0].group = 'elg';
      expect(problemAt(doc, 'meetings[0].group').message).to.contain("'elg'");
    });

    it('refuses attendance for a seat that is not in the group', () => {
      const doc = minimalDocument();
      doc.meetings[0].attendance['elg-special'] = 'holder';
      expect(problemAt(doc, 'meetings[0].attendance.elg-special').message).to.contain("'elg-special'");
    });

    it('refuses "proxy" attendance for a seat without a proxy', () => {
      const doc = minimalDocument();
      doc.meetings[0].attendance['board-secondary'] = 'proxy';
      expect(problemAt(doc, 'meetings[0].attendance.board-secondary').message).to.contain('had no proxy on 2019-10-15');
    });

    it('refuses "holder" attendance for a vacant seat', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[2].holder = null;
      doc.meetings[0].attendance['board-secondary'] = 'holder';
      expect(problemAt(doc, 'meetings[0].attendance.board-secondary').message).to.contain('vacant');
    });

    it('refuses a decision rule other than the group default without a unanimous agreement', () => {
      const doc = minimalDocument();
      doc.proposals[0].decisionRule = 'two-thirds';
      const problem = problemAt(doc, 'proposals[0].ruleAgreedUnanimously');
      expect(problem.message).to.contain("'two-thirds'").and.contain('unanimously');
    });

    it('accepts another rule agreed unanimously at a meeting of the same group', () => {
      const doc = minimalDocument();
      doc.proposals[0].decisionRule = 'two-thirds';
      doc.proposals[0].ruleAgreedUnanimously = 'board-2019-10-15';
      expect(parseDocument(doc).ok).to.equal(true);
    });

    it('refuses a rule agreed at a meeting of another group', () => {
      const doc = minimalDocument();
      doc.groups.push({ id: 'ops', name: 'Operations', seats: [] });
      doc.meetings.push({ id: 'ops-1', group: 'ops', start: '2019-10-01T10:00:00+01:00' });
      doc.proposals[0].decisionRule = 'unanimous';
      doc.proposals[0].ruleAgreedUnanimously = 'ops-1';
      const problem = problemAt(doc, 'proposals[0].ruleAgreedUnanimously');
      expect(problem.message).to.contain("'ops-1'").and.contain("'ops'").and.contain("'board'");
    });

    it('refuses a proposal decided at a meeting of another group', () => {
      const doc = minimalDocument();
      doc.groups.push({ id: 'ops', name: 'Operations', seats: [] });
      doc.meetings.push({ id: 'ops-1', group: 'ops', start: '2019-10-01T10:00:00+01:00' });
      doc.proposals[0].meeting = 'ops-1';
      expect(problemAt(doc, 'proposals[0].meeting').message).to.contain("'ops-1'");
    });

    it('refuses a vote for an unknown proposal, seat or person', () => {
      const doc = minimalDocument();
      Object.assign(doc.votes[0], { proposal: 'nope', seat: 'elg-x', by: 'p-nobody' });
      const paths = problemsOf(doc).map((p) => p.path);
      expect(paths).to.include.members(['votes[0].proposal', 'votes[0].seat', 'votes[0].by']);
    });

    it('refuses a risk owned by nobody in the document', () => {
      const doc = minimalDocument();
      doc.risks[0].owner = 'p-gone';
      expect(problemAt(doc, 'risks[0].owner').message).to.contain("'p-gone'");
    });

    it('refuses an action linked to an unknown meeting', () => {
      const doc = minimalDocument();
      doc.actions[0].meeting = 'board-2030-01-01';
      expect(problemAt(doc, 'actions[0].meeting').message).to.contain("'board-2030-01-01'");
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
      expect(problemAt(doc, 'riskScale.bands[1].upTo').message).to.contain('rise in order');
    });

    it('refuses risk bands that stop short of 25', () => {
      const doc = minimalDocument();
      doc.riskScale = { bands: [{ upTo: 20, label: 'All', rag: 'amber' }] };
      expect(problemAt(doc, 'riskScale.bands[0].upTo').message).to.contain('25');
    });

    it('refuses a term that ends before it starts', () => {
      const doc = minimalDocument();
      doc.groups[0].seats[0].term = { from: '2022-04-01', to: '2021-03-31' };
      expect(problemAt(doc, 'groups[0].seats[0].term.to').message).to.contain('2021-03-31');
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
      const problem = problemAt(doc, 'partnership');
      expect(problem.message).to.contain('"__proto__"');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('reads deep nesting under ext without recursing', () => {
      let deep: unknown = {};
      for (let i = 0; i < 100_000; i += 1) deep = { deeper: deep };
      const doc = minimalDocument();
      doc.partnership.ext = deep;
      expect(parseDocument(doc).ok).to.equal(true);
    });

    it('refuses a huge array cheaply, saying how to fix it', () => {
      const doc = minimalDocument();
      doc.votes = new Array(2_000_000).fill(0);
      const [problem] = problemsOf(doc);
      expect(problem!.path).to.equal('votes');
      expect(problem!.message).to.contain('at most');
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
    });
  });
});
