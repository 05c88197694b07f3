/**
 * The English words of the contract's problems: each is the sentence that
 * follows the problem's path, the path being its subject.
 */
import { expect } from '@open-wc/testing';
import { parseDocument, type Problem, type ProblemCode, type ProblemValues } from '../../../src/contract/index.js';
import { enCore } from '../../../src/messages/en-core.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { minimalDocument } from '../../fixtures/documents.js';

const say = <C extends ProblemCode>(code: C, values: ProblemValues[C]): string =>
  (enCore.problems[code] as (v: ProblemValues[C], f: typeof enCore.format) => string)(values, enCore.format);

/** A problem as a reader sees it: its path, then its message. */
const read = (problem: Problem): string => `${problem.path} ${say(problem.code, problem.values)}`;

describe('English problem messages', () => {
  it('names a wrong type and the offending value', () => {
    expect(
      say('wrong-value', { expected: { kind: 'type', type: 'string' }, value: { type: 'number', text: '42' } }),
    ).to.equal('must be text in double quotes, but it is 42.');
    expect(
      say('wrong-value', {
        expected: { kind: 'one-of', values: ['holder', 'proxy', 'apologies', 'absent'] },
        value: { type: 'text', text: 'late' },
      }),
    ).to.equal('must be one of "holder", "proxy", "apologies" or "absent", but it is "late".');
    expect(
      say('wrong-value', {
        expected: { kind: 'whole-number', minimum: 1, maximum: 5 },
        value: { type: 'list', count: 2 },
      }),
    ).to.equal('must be a whole number from 1 to 5, but it is a list of 2 entries.');
  });

  it('offers a date written the British way as the contract writes it, when it is a real date', () => {
    const withDue = (due: string) => {
      const doc = minimalDocument();
      doc.actions = [{ id: 'A-1', title: 'Draft the paper', owner: doc.people![0]!.id, due, status: 'open' }];
      const result = parseDocument(doc);
      return result.ok ? '' : result.problems.map(read).join('\n');
    };
    expect(withDue('01/12/2026')).to.equal(
      'actions[0].due must be a real date written YYYY-MM-DD (like "2019-10-15"), but it is "01/12/2026". If you mean 1 December 2026, write "2026-12-01".',
    );
    expect(withDue('1/2/2027')).to.contain('If you mean 1 February 2027, write "2027-02-01".');
    expect(withDue('31/02/2026'), 'no such day: nothing to offer').to.not.contain('If you mean');
    expect(
      (cy.problems['wrong-value'] as (v: ProblemValues['wrong-value'], f: typeof cy.format) => string)(
        {
          expected: { kind: 'format', format: 'date' },
          value: { type: 'text', text: '01/12/2026' },
          meant: '2026-12-01',
        },
        cy.format,
      ),
    ).to.contain('Os ydych yn golygu 1 Rhagfyr 2026, ysgrifennwch "2026-12-01".');
  });

  it('tells a null in a field that may be left out to leave it out, in English and Welsh', () => {
    const doc = minimalDocument();
    doc.meetings[0].end = null;
    const result = parseDocument(doc);
    if (result.ok) throw new Error('expected the document to be refused');
    expect(result.problems.map(read)).to.deep.equal([
      'meetings[0].end must be a date and time with its offset, like "2019-10-15T16:00:00+01:00" (4pm British Summer Time) or "2019-12-10T16:00:00Z" (4pm GMT), but it is null. If it has no value, leave it out.',
    ]);
    expect(
      (cy.problems['wrong-value'] as (v: ProblemValues['wrong-value'], f: typeof cy.format) => string)(
        { expected: { kind: 'type', type: 'object' }, value: { type: 'null' }, leaveOut: true },
        cy.format,
      ),
    ).to.equal(
      '– rhaid iddo fod yn wrthrych, rhwng cromfachau cyrliog { }, ond cafwyd null. Os nad oes ganddo werth, gadewch ef allan.',
    );
  });

  it('says an ext nested too deep is too deep, and how deep it may go, in English and Welsh', () => {
    const doc = minimalDocument();
    let ext: Record<string, unknown> = { note: 'x' };
    for (let i = 1; i < 17; i += 1) ext = { next: ext };
    doc.partners[0].ext = ext;
    const result = parseDocument(doc);
    if (result.ok) throw new Error('expected the document to be refused');
    expect(result.problems.map(read)).to.deep.equal([
      'partners[0].ext must hold your own data at most 16 levels deep, counting "ext" itself, but it is nested deeper. Nest your data less deeply.',
    ]);
    expect(
      (cy.problems['wrong-value'] as (v: ProblemValues['wrong-value'], f: typeof cy.format) => string)(
        result.problems[0]!.values as ProblemValues['wrong-value'],
        cy.format,
      ),
    ).to.equal(
      '– rhaid iddo ddal eich data eich hun hyd at 16 lefel o ddyfnder, gan gyfrif "ext" ei hun, ond mae wedi’i nythu’n ddyfnach. Nythwch eich data yn llai dwfn.',
    );
  });

  it('says what to add for a missing field', () => {
    expect(say('missing', { expected: { kind: 'type', type: 'boolean' } })).to.equal(
      'is missing: add true or false, without quotes.',
    );
    expect(say('missing', { expected: { kind: 'one-of', values: ['partnership-kit/1'] } })).to.equal(
      'is missing: add "partnership-kit/1".',
    );
  });

  it('says whose id a reference left out wants, and a date left out its form, where "add text" said neither', () => {
    const read1 = (change: (doc: ReturnType<typeof minimalDocument>) => void) => {
      const doc = minimalDocument();
      change(doc);
      const result = parseDocument(doc);
      return result.ok ? '' : result.problems.map(read).join('\n');
    };
    const withAction = (action: Record<string, unknown>) =>
      read1((doc) => {
        const owner = doc.people![0]!.id;
        doc.actions = [{ id: 'A-1', title: 'Draft the paper', owner, due: '2026-12-01', ...action } as never];
      });
    expect(withAction({ owner: undefined })).to.equal(
      'actions[0].owner is missing: add the id of a person in "people".',
    );
    expect(withAction({ owner: 7 })).to.equal('actions[0].owner must be the id of a person in "people", but it is 7.');
    // Text not written as an id is told an id's form, which says more than whose id it is.
    expect(withAction({ owner: 'Ann Smith' })).to.match(/^actions\[0\]\.owner must be an id: letters, digits/);
    expect(withAction({ due: undefined })).to.equal(
      'actions[0].due is missing: add a real date written YYYY-MM-DD (like "2019-10-15").',
    );
    expect(withAction({ id: undefined })).to.match(/^actions\[0\]\.id is missing: add an id: letters, digits/);
    expect(
      (cy.problems.missing as (v: ProblemValues['missing'], f: typeof cy.format) => string)(
        { expected: { kind: 'reference', target: 'person' } },
        cy.format,
      ),
    ).to.equal('– mae ar goll: ychwanegwch ddynodydd person yn "people".');
  });

  it('says when a rule was agreed after the decision that used it', () => {
    expect(
      say('rule-agreed-later', {
        proposal: 'send-banding',
        meeting: 'elg-2020-01-14',
        agreed: '2020-01-14T16:00:00Z',
        decided: '2019-11-12T16:00:00Z',
      }),
    ).to.equal(
      "is 'elg-2020-01-14', a meeting on 14 January 2020 at 4pm, after proposal 'send-banding' was decided on 12 November 2019 at 4pm. A rule is agreed before it is used: name the meeting that agreed it, no later than the decision.",
    );
  });

  it('says why a published count’s casting vote breaks no tie, and in which group the chair breaks none', () => {
    const proposal = 'send-banding';
    expect(say('casting-without-tie', { proposal, for: 3, against: 1, rule: 'simple-majority' })).to.equal(
      `is given, but the count of proposal 'send-banding' is not a tie (3 for, 1 against): the chair's casting vote breaks only a tie of at least one vote each way. Remove "casting", or correct the count.`,
    );
    expect(say('casting-without-tie', { proposal, for: 2, against: 2, rule: 'two-thirds' })).to.equal(
      `is given, but proposal 'send-banding' is decided by the rule 'two-thirds', under which a tie is not carried: the chair's casting vote breaks only a tie under simple majority. Remove "casting".`,
    );
    expect(say('casting-without-chair', { proposal, group: 'elg', date: '2019-10-15' })).to.equal(
      `is given, but the group 'elg' did not break ties by the chair's casting vote on 15 October 2019: its tieBreak was not "chair". Remove "casting", or correct the group's tieBreak.`,
    );
    expect(say('casting-without-chair', { proposal, group: 'elg' })).to.equal(
      `is given, but the group 'elg' does not break ties by the chair's casting vote: its tieBreak is not "chair". Remove "casting", or correct the group's tieBreak.`,
    );
  });

  it('says a published count holds more votes than the group’s seats could give, and how to put it right', () => {
    const values = { proposal: 'send-banding', group: 'elg', votes: 40, seats: 5 };
    expect(say('count-more-than-seats', values)).to.equal(
      "adds up to 40 votes (for, against and abstaining), but the group 'elg' has only 5 seats that ever had a vote, and each seat's vote is counted once. Correct the count of proposal 'send-banding', or add the missing seats to the group.",
    );
    expect(say('count-more-than-seats', { ...values, votes: 1, seats: 0 })).to.match(
      /^adds up to 1 vote \(.*\), but the group 'elg' has no seat that ever had a vote,/,
    );
  });

  it('names unknown fields, one or more', () => {
    expect(say('unknown-fields', { keys: ['hodler'] })).to.equal(
      'has a field the contract does not know: "hodler". Check the spelling, or put your own data under "ext".',
    );
    expect(say('unknown-fields', { keys: ['a', 'b'] })).to.equal(
      'has fields the contract does not know: "a", "b". Check the spelling, or put your own data under "ext".',
    );
  });

  it('reads an unknown reference after its path', () => {
    const doc = minimalDocument();
    doc.groups[0].seats[2].holder = 'p-x';
    const result = parseDocument(doc);
    if (result.ok) throw new Error('expected the document to be refused');
    expect(result.problems.map(read)).to.deep.equal([
      "groups[0].seats[2].holder is 'p-x', but no person has that id. Correct the id, or add the person.",
    ]);
  });

  it("tells a vacant seat's past attendance to add the earlier appointment under previous", () => {
    expect(say('seat-vacant', { seat: 'primary', date: '2019-10-15', earlier: false })).to.equal(
      `is "holder", but seat 'primary' was vacant on 15 October 2019. Name the holder on the seat or, if they have since left it, add the earlier appointment under "previous", or record "absent".`,
    );
    expect(say('seat-vacant', { seat: 'primary', date: '2019-10-15', earlier: true })).to.equal(
      `is "holder", but seat 'primary' was vacant on 15 October 2019. If someone held it then, add the earlier appointment under "previous" on the seat, or record "absent".`,
    );
  });

  it('gives times alone when they fall on one day, and whole dates otherwise', () => {
    expect(
      say('leaves-before-arriving', {
        seat: 'primary',
        arrived: '2019-10-15T17:00:00+01:00',
        left: '2019-10-15T16:30:00+01:00',
      }),
    ).to.equal('is 4:30pm, before the arrival at 5pm. Correct one of the times.');
    expect(
      say('meeting-ends-before-start', {
        meeting: 'm',
        start: '2019-10-16T16:00:00+01:00',
        end: '2019-10-15T18:00:00+01:00',
      }),
    ).to.equal(
      'is 15 October 2019 at 6pm, before the meeting starts on 16 October 2019 at 4pm. Correct one of the times.',
    );
  });

  it('says a meeting ending at midnight with the day that midnight ends, not as a time alone', () => {
    // "is midnight, before the meeting starts at 10am" reads as the end of the day, after 10am.
    const values = { meeting: 'm', start: '2026-12-02T10:00:00Z', end: '2026-12-02T00:00:00Z' };
    expect(say('meeting-ends-before-start', values)).to.equal(
      'is 1 December 2026 at midnight (end of day), before the meeting starts on 2 December 2026 at 10am. Correct one of the times.',
    );
    const inWelsh = cy.problems['meeting-ends-before-start'] as (v: typeof values, f: typeof cy.format) => string;
    expect(inWelsh(values, cy.format)).to.equal(
      '– 1 Rhagfyr 2026 am ganol nos (diwedd y dydd) ydyw, cyn i’r cyfarfod ddechrau ar 2 Rhagfyr 2026 am 10yb. Cywirwch un o’r amseroedd.',
    );
  });

  it('says how a list, an object, text and true or false are written, where their names alone say little to a web team', () => {
    const wrong = (type: 'array' | 'object' | 'boolean', value: ProblemValues['wrong-value']['value']) =>
      say('wrong-value', { expected: { kind: 'type', type }, value });
    expect(wrong('array', { type: 'object' })).to.equal('must be a list, in square brackets [ ], but it is an object.');
    expect(wrong('object', { type: 'text', text: 'x' })).to.equal(
      'must be an object, in curly brackets { }, but it is "x".',
    );
    expect(wrong('boolean', { type: 'text', text: 'true' })).to.equal(
      'must be true or false, without quotes, but it is "true".',
    );
    expect(say('missing', { expected: { kind: 'type', type: 'string' } })).to.equal(
      'is missing: add text in double quotes.',
    );
  });

  it('tells a program whose object could not be read what to give instead, as Welsh does, with the error as a technical message', () => {
    // It said "could not be checked: boom.", no fix, where the Welsh named the error a technical message.
    expect(say('not-checked', { reason: 'boom' })).to.equal(
      'could not be checked, because reading it stopped with an error (technical message: boom). Give it plain data, as JSON.parse or response.json() returns it.',
    );
  });

  it('never calls a document "valid" or "invalid": it says what is wrong', () => {
    const said = [
      say('not-json', { reason: 'x', syntax: { line: 1, column: 2, code: 'other' } }),
      say('not-json', { reason: 'x' }),
      en.shared.failure({ kind: 'not-json', message: 'x', syntax: { line: 1, column: 2, code: 'other' } }),
      en.shared.failure({ kind: 'not-json', message: 'x' }),
    ];
    for (const words of said) expect(words).to.not.match(/\b(in)?valid\b/i);
  });

  it('speaks of the whole document when the path is empty, and of large numbers with separators', () => {
    expect(say('not-an-object', { value: { type: 'list', count: 0 }, contract: 'partnership-kit/1' })).to.equal(
      'must be a JSON object, in curly brackets, starting { "contract": "partnership-kit/1", but it is an empty list.',
    );
    expect(say('too-many-records', { count: 2_000_000, maximum: 100_000 })).to.equal(
      'has 2,000,000 records, but the kit reads at most 100,000. Split the document.',
    );
  });

  it('names each JSON mistake at its line and column, and how to fix it, never in the engine’s words', () => {
    const at = { line: 4, column: 1 };
    const json = (syntax: NonNullable<ProblemValues['not-json']['syntax']>) =>
      say('not-json', { reason: 'Unexpected token', syntax });
    expect(json({ ...at, code: 'comma-after-last' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Delete the comma after the last item.',
    );
    expect(json({ ...at, code: 'extra-comma' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Delete the comma that has no item before it.',
    );
    expect(json({ ...at, code: 'missing-comma' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Add a comma between this item and the one before it.',
    );
    expect(json({ ...at, code: 'comment' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. JSON has no comments: delete the comment, or keep the note in the record’s "ext", like "ext": { "note": "…" }.',
    );
    expect(json({ ...at, code: 'single-quotes' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Use straight double quotes ("), not single quotes (\').',
    );
    expect(json({ ...at, code: 'curly-quote', quote: '”' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Use straight double quotes ("), not curly quotes (”) from a word processor.',
    );
    expect(json({ ...at, code: 'unquoted-name', word: 'name' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Put the field name name in double quotes: "name".',
    );
    expect(json({ ...at, code: 'unquoted-text', word: 'Bus' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Put the text starting Bus in double quotes (").',
    );
    expect(json({ ...at, code: 'not-json-word', word: 'None', use: 'null' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Write null, not None.',
    );
    expect(json({ ...at, code: 'not-json-word', word: 'NaN' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. JSON has no NaN: write a number or null, or leave the field out.',
    );
    expect(json({ ...at, code: 'not-closed', bracket: '[', opened: { line: 2, column: 12 } })).to.equal(
      'has a mistake in its JSON at line 4 column 1. The [ opened at line 2 column 12 is not closed: add ].',
    );
    expect(json({ line: 1, column: 1, code: 'empty' })).to.equal(
      'has a mistake in its JSON at line 1 column 1. There is no JSON here: the text is empty.',
    );
    expect(json({ ...at, code: 'after-end', bracket: '}' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Delete this }: every bracket before it is already closed.',
    );
    expect(json({ ...at, code: 'after-end' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. The JSON has already ended here: delete what comes after its last closing bracket.',
    );
    expect(json({ ...at, code: 'other' })).to.equal(
      'has a mistake in its JSON at line 4 column 1. Check the text there.',
    );
    expect(say('not-json', { reason: 'Unexpected token' })).to.equal(
      'could not be read as JSON. Check it with a JSON validator, which shows where the mistake is.',
    );
  });

  it('says a sent record, or its ext, is larger than the host takes, and where to look', () => {
    expect(read({ path: 'vote', code: 'too-large', values: { limit: 8192, size: 20_123 } })).to.equal(
      'vote is at least 20,123 bytes, more than the 8,192 bytes this host takes. Look for a long text or a large "ext" in it.',
    );
    expect(read({ path: 'vote.ext', code: 'too-large', values: { limit: 2048, size: 3012, field: 'ext' } })).to.equal(
      'vote.ext is 3,012 bytes, more than the 2,048 bytes this host takes in "ext". Keep your own data there small.',
    );
  });

  it('says a sent record made by another person is sent by its maker', () => {
    expect(read({ path: 'action.by', code: 'by-other-person', values: { by: 'p-a', signedIn: 'p-b' } })).to.equal(
      "action.by is 'p-a', but the person signed in is 'p-b': a record is sent by the person who made it. Sign in as 'p-a' to send it.",
    );
    const welsh = cy.problems['by-other-person']({ by: 'p-a', signedIn: 'p-b' });
    expect(welsh).to.equal(
      "– 'p-a' yw hwn, ond 'p-b' sydd wedi mewngofnodi: y sawl a wnaeth gofnod sy’n ei anfon. Mewngofnodwch fel 'p-a' i’w anfon.",
    );
    expect(cy.problems['too-large']({ limit: 8192, size: 9000 }, cy.format)).to.contain('o leiaf 9,000 beit');
  });

  it('says where to look for a file or inline JSON that does not parse, with the mistake', () => {
    const syntax = { line: 2, column: 35, code: 'comma-after-last' } as const;
    expect(en.shared.failure({ kind: 'not-json', url: '/d.json', message: 'Unexpected token', syntax })).to.equal(
      'The partnership’s information has a mistake in its JSON. Check the file at /d.json, line 2 column 35. Delete the comma after the last item.',
    );
    expect(
      en.shared.failure({ kind: 'not-json', message: 'x', syntax: { line: 1, column: 3, code: 'other' } }),
    ).to.equal(
      'The partnership’s information has a mistake in its JSON. Check the JSON inside the element’s <script type="application/json">, line 1 column 3.',
    );
  });
});
