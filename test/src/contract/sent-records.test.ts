/**
 * The records a member or clerk sends, checked on their own before the rules
 * judge them: parseVote, parseAttendanceChange and parseActionChange give
 * every problem at its path inside the record (`vote.choice`) with a code and
 * values, never throw, and let a well-formed record through unchanged; and
 * checkVote refuses a vote of the wrong shape as `malformed` instead of
 * throwing or judging it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  parseActionChange,
  parseAttendanceChange,
  parseVote,
  type Problem,
  type ProblemCode,
} from '../../../src/contract/index.js';
import { checkVote } from '../../../src/rules/eligibility.js';
import * as english from '../../../src/english.js';
import { cy } from '../../../src/messages/cy.js';
import { en, explainReason, namesIn } from '../../../src/messages/index.js';
import { at, newVote, rulesDocument } from '../../fixtures/documents.js';

type Json = Record<string, unknown>;
type Parsed = { ok: true; vote?: unknown; change?: unknown } | { ok: false; problems: Problem[]; total: number };

/** The record an accepted result carries: a vote, or a change. */
const through = (result: Extract<Parsed, { ok: true }>): unknown => result.vote ?? result.change;

const doc = rulesDocument();

/** The three kinds of record, each with a well-formed record, the fields it must have and its enum field. */
const KINDS = [
  {
    kind: 'vote',
    parse: parseVote as (input: unknown) => Parsed,
    valid: (): Json => ({ ...newVote() }),
    required: ['id', 'proposal', 'seat', 'by', 'choice', 'cast'],
    ids: ['id', 'proposal', 'seat', 'by'],
    choice: { field: 'choice', wrong: 'maybe', values: ['for', 'against', 'abstain'] },
    time: 'cast',
  },
  {
    kind: 'attendance',
    parse: parseAttendanceChange as (input: unknown) => Parsed,
    valid: (): Json => ({ id: 'c1', meeting: 'm', seat: 'primary', attendance: 'holder', by: 'cara', at: at('16:00') }),
    required: ['id', 'meeting', 'seat', 'attendance', 'by', 'at'],
    ids: ['id', 'meeting', 'seat', 'by'],
    choice: { field: 'attendance', wrong: 'late', values: ['holder', 'proxy', 'apologies', 'absent', 'left'] },
    time: 'at',
  },
  {
    kind: 'action',
    parse: parseActionChange as (input: unknown) => Parsed,
    valid: (): Json => ({
      id: 'a1',
      action: 'A',
      status: 'done',
      completed: '2019-10-20',
      by: 'olive',
      at: at('16:00'),
    }),
    required: ['id', 'action', 'status', 'by', 'at'],
    ids: ['id', 'action', 'by'],
    choice: { field: 'status', wrong: 'finished', values: ['open', 'in-progress', 'done', 'dropped'] },
    time: 'at',
  },
] as const;

/** The problems of a record that must be refused, asserting that it is. */
function problemsOf(result: Parsed): Problem[] {
  if (result.ok) throw new Error('expected the record to be refused');
  expect(result.total).to.equal(result.problems.length);
  return result.problems;
}

const pathsAndCodes = (problems: Problem[]) => problems.map((p) => [p.path, p.code]);

/** A malformed vote's refusal by checkVote, asserting it is one. */
function malformed(vote: unknown): Problem[] {
  const check = checkVote(doc, vote as never);
  if (check.ok || check.reason !== 'malformed') throw new Error(`expected malformed, got ${JSON.stringify(check)}`);
  return check.values.problems;
}

describe('the records a host takes, checked on their own', () => {
  for (const { kind, parse, valid, required, ids, choice, time } of KINDS) {
    describe(kind, () => {
      it('lets a well-formed record through unchanged', () => {
        const record = valid();
        const result = parse(structuredClone(record));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(through(result)).to.deep.equal(record);
      });

      for (const input of [null, 42, 'a vote', true, [], undefined]) {
        it(`refuses ${JSON.stringify(input) ?? 'undefined'} at the path "${kind}", saying what it is`, () => {
          const [only, ...rest] = problemsOf(parse(input));
          expect(rest).to.deep.equal([]);
          expect(only!.path).to.equal(kind);
          expect(only!.code).to.equal(input === undefined ? 'missing' : 'wrong-value');
          expect(only!.values).to.have.property('expected').that.deep.equals({ kind: 'type', type: 'object' });
        });
      }

      for (const field of required) {
        it(`names a missing ${field} at ${kind}.${field}`, () => {
          const { [field]: _left, ...record } = valid();
          expect(pathsAndCodes(problemsOf(parse(record)))).to.deep.equal([[`${kind}.${field}`, 'missing']]);
        });
      }

      it(`refuses a ${choice.field} of "${choice.wrong}", giving the values it may take`, () => {
        const [only] = problemsOf(parse({ ...valid(), [choice.field]: choice.wrong }));
        expect(only).to.deep.equal({
          path: `${kind}.${choice.field}`,
          code: 'wrong-value',
          values: { expected: { kind: 'one-of', values: choice.values }, value: { type: 'text', text: choice.wrong } },
        });
      });

      for (const field of ids) {
        it(`refuses an id of "../../etc" in ${field}`, () => {
          const [only] = problemsOf(parse({ ...valid(), [field]: '../../etc' }));
          expect(only).to.deep.equal({
            path: `${kind}.${field}`,
            code: 'wrong-value',
            values: {
              expected: { kind: 'format', format: 'id' },
              value: { type: 'text', text: '../../etc' },
              notInId: { at: 3, code: 'U+002F', character: '/' },
            },
          });
        });
      }

      it(`refuses a ${time} that is not a date-time with its offset`, () => {
        const [only] = problemsOf(parse({ ...valid(), [time]: '2019-10-15 16:30' }));
        expect([only!.path, only!.code, (only!.values as { expected: unknown }).expected]).to.deep.equal([
          `${kind}.${time}`,
          'wrong-value',
          { kind: 'format', format: 'date-time' },
        ]);
      });

      it('refuses fields the contract does not know, naming them', () => {
        const [only] = problemsOf(parse({ ...valid(), weight: 2, note: 'x' }));
        // A vote may carry the host's own data under ext; a change may not, so its words do not suggest it.
        const ext = kind === 'vote' ? {} : { extAllowed: false };
        expect(only).to.deep.equal({
          path: kind,
          code: 'unknown-fields',
          values: { keys: ['weight', 'note'], ...ext },
        });
      });

      it('refuses a received the client set: only the host stamps it', () => {
        const problems = problemsOf(parse({ ...valid(), received: at('16:31') }));
        expect(problems).to.deep.include({
          path: `${kind}.received`,
          code: 'set-by-host',
          values: { field: 'received' },
        });
      });

      it('gives every problem at once', () => {
        const { [required[0]]: _left, ...record } = valid();
        const problems = problemsOf(parse({ ...record, [choice.field]: choice.wrong, extra: 1 }));
        expect(problems.map((p) => p.path).sort()).to.deep.equal(
          [kind, `${kind}.${choice.field}`, `${kind}.${required[0]}`].sort(),
        );
      });

      it('never throws on a hostile object: a getter that throws, a proxy that refuses every question', () => {
        const getter = Object.defineProperty(valid(), 'id', {
          enumerable: true,
          get() {
            throw new Error('no');
          },
        });
        const hostile = new Proxy(
          {},
          {
            get: () => {
              throw new Error('no');
            },
            has: () => {
              throw new Error('no');
            },
            ownKeys: () => {
              throw new Error('no');
            },
            getOwnPropertyDescriptor: () => {
              throw new Error('no');
            },
          },
        );
        for (const input of [getter, hostile]) {
          const problems = problemsOf(parse(input));
          expect(problems.length).to.be.greaterThan(0);
          for (const p of problems) expect(p.path.startsWith(kind)).to.equal(true);
        }
        expect(pathsAndCodes(problemsOf(parse(hostile)))).to.deep.equal([[kind, 'not-checked']]);
      });

      it('says what a hostile record threw when it is not an Error, and "unknown" when even that cannot be written', () => {
        const throwing = (thrown: unknown) =>
          new Proxy(
            {},
            {
              get: () => {
                throw thrown;
              },
            },
          );
        expect(problemsOf(parse(throwing('no entry')))).to.deep.equal([
          { path: kind, code: 'not-checked', values: { reason: 'no entry' } },
        ]);
        expect(problemsOf(parse(throwing(Object.create(null))))).to.deep.equal([
          { path: kind, code: 'not-checked', values: { reason: 'unknown' } },
        ]);
      });
    });
  }

  it('parseVote accepts ext, the host’s own data, and returns it untouched', () => {
    const vote = { ...newVote(), ext: { device: 'tablet', tags: [1, 2] } };
    const result = parseVote(structuredClone(vote));
    expect(result.ok && result.vote).to.deep.equal(vote);
  });

  it('parseActionChange takes a change with no completed date', () => {
    const { completed: _c, ...change } = KINDS[2].valid();
    expect(parseActionChange({ ...change, status: 'in-progress' }).ok).to.equal(true);
  });
});

/** Any value at all, hostile shapes included: what a server may be sent. */
const anything = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true }),
  fc.jsonValue(),
);

/** A well-formed record with one field replaced, removed or added, or all its fields shuffled into another record. */
function mutated(valid: () => Json) {
  const keys = Object.keys(valid());
  return fc.oneof(
    fc
      .record({ key: fc.constantFrom(...keys), value: anything })
      .map(({ key, value }) => ({ ...valid(), [key]: value })),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _gone, ...rest } = valid();
      return rest;
    }),
    fc.record({ key: fc.string(), value: anything }).map(({ key, value }) => ({ ...valid(), [key]: value })),
  );
}

describe('the sent records under generated input (fast-check)', () => {
  for (const { kind, parse, valid } of KINDS) {
    it(`${kind}: never throws, and every problem has a path inside the record and a code`, () => {
      fc.assert(
        fc.property(fc.oneof(anything, mutated(valid)), (input) => {
          const result = parse(input);
          if (result.ok) return;
          expect(result.problems.length).to.be.greaterThan(0);
          for (const p of result.problems) {
            expect(p.path === kind || p.path.startsWith(`${kind}.`) || p.path.startsWith(`${kind}[`)).to.equal(true);
            expect(p.code).to.be.a('string');
            expect(p.values).to.be.an('object');
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`${kind}: a record with one field replaced is refused at that field, or accepted as it is`, () => {
      const keys = Object.keys(valid());
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
          const record = { ...valid(), [key]: value };
          const result = parse(structuredClone(record));
          if (result.ok) {
            expect(through(result)).to.deep.equal(record);
          } else {
            expect(result.problems.map((p) => p.path)).to.deep.equal([`${kind}.${key}`]);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('checkVote never throws: a vote of the wrong shape is refused as malformed, with parseVote’s problems', () => {
    fc.assert(
      fc.property(fc.oneof(anything, mutated(KINDS[0].valid)), (input) => {
        const check = checkVote(doc, input as never, { now: at('16:30') });
        const parsed = parseVote(input);
        if (parsed.ok) {
          expect(check.ok === true || check.reason !== 'malformed').to.equal(true);
        } else {
          expect(check).to.deep.equal({ ok: false, reason: 'malformed', values: { problems: parsed.problems } });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the English checkVote and parsers never throw either, and always say something', () => {
    fc.assert(
      fc.property(fc.oneof(anything, mutated(KINDS[0].valid)), (input) => {
        const check = english.checkVote(doc, input as never);
        if (!check.ok) expect(check.message.length).to.be.greaterThan(0);
        for (const parse of [english.parseVote, english.parseAttendanceChange, english.parseActionChange]) {
          const result = parse(input);
          if (!result.ok) for (const p of result.problems) expect(p.message.startsWith(p.path)).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkVote on a vote of the wrong shape', () => {
  const cases: [string, unknown, [string, ProblemCode][]][] = [
    ['null', null, [['vote', 'wrong-value']]],
    ['a number', 7, [['vote', 'wrong-value']]],
    ['nothing', undefined, [['vote', 'missing']]],
    ['no choice', (({ choice: _c, ...rest }) => rest)(newVote()), [['vote.choice', 'missing']]],
    ['a choice of "maybe"', { ...newVote(), choice: 'maybe' }, [['vote.choice', 'wrong-value']]],
    ['an id of "../../etc"', { ...newVote(), id: '../../etc' }, [['vote.id', 'wrong-value']]],
    ['unknown keys', { ...newVote(), weight: 2 }, [['vote', 'unknown-fields']]],
    ['received set by the client', { ...newVote(), received: at('16:30') }, [['vote.received', 'set-by-host']]],
  ];
  for (const [name, vote, expected] of cases) {
    it(`refuses ${name} as malformed, naming the path and the code`, () => {
      expect(pathsAndCodes(malformed(vote))).to.deep.equal(expected);
    });
  }

  it('checks the shape before anything else: a malformed vote for an unknown proposal is malformed', () => {
    expect(pathsAndCodes(malformed({ ...newVote({ proposal: 'nope' }), choice: 'maybe' }))).to.deep.equal([
      ['vote.choice', 'wrong-value'],
    ]);
  });

  it('still accepts a well-formed vote, and judges it by the rules as before', () => {
    expect(checkVote(doc, newVote())).to.deep.equal({ ok: true });
    expect(checkVote(doc, newVote({ proposal: 'nope' }))).to.deep.equal({
      ok: false,
      reason: 'unknown-proposal',
      values: { proposal: 'nope' },
    });
  });
});

describe('a malformed refusal in words', () => {
  const vote = { ...newVote(), choice: 'maybe' };

  it('English: the problem after its path, as a document’s problems read', () => {
    const check = english.checkVote(doc, vote as never);
    expect(check.ok).to.equal(false);
    if (check.ok) return;
    expect(check.reason).to.equal('malformed');
    expect(check.message).to.equal(
      'There is a problem with the vote: vote.choice must be one of "for", "against" or "abstain", but it is "maybe".',
    );
  });

  it('English: several problems, counted', () => {
    const check = english.checkVote(doc, { ...vote, id: '../../etc' } as never);
    expect(!check.ok && check.message).to.equal(
      'There are 2 problems with the vote: vote.id must be an id: letters, digits and . _ : -, starting with a letter or digit, at most 64 characters (like "elg-primary"), but it is "../../etc". Character 3, "/" (U+002F), cannot be in an id: replace it. vote.choice must be one of "for", "against" or "abstain", but it is "maybe".',
    );
  });

  it('English parsers: each problem’s message starts with its path', () => {
    const result = english.parseAttendanceChange({ ...KINDS[1].valid(), received: at('16:30') });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).to.include(
      'attendance.received is set by the host when it stores the record: leave it out.',
    );
  });

  it('the vote panel’s explainReason reads it in the page’s language: English and Welsh', () => {
    const check = checkVote(doc, vote as never);
    if (check.ok) throw new Error('expected a refusal');
    expect(explainReason(en, namesIn(doc, en), check)).to.equal(
      'There is a problem with the vote: vote.choice must be one of "for", "against" or "abstain", but it is "maybe".',
    );
    const welsh = explainReason(cy, namesIn(doc, cy), check);
    expect(welsh.startsWith('Mae problem gyda’r bleidlais: vote.choice – rhaid iddo fod yn un o ')).to.equal(true);
    expect(welsh).to.contain('"maybe"');
    const two = checkVote(doc, { ...vote, id: '../../etc' } as never);
    if (two.ok) throw new Error('expected a refusal');
    expect(explainReason(cy, namesIn(doc, cy), two).startsWith('Mae 2 broblem gyda’r bleidlais: vote.id – ')).to.equal(
      true,
    );
  });
});
