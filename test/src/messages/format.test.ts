// Dates, times, numbers and plurals through Intl, in each language's own words:
// GOV.UK style in English ("4pm", "1 December 2026") and in Welsh ("4yp",
// "1 Rhagfyr 2026").
import { expect } from '@open-wc/testing';
import { londonDate } from '../../../src/rules/london-time.js';
import { cy } from '../../../src/messages/cy.js';
import { parseDocument } from '../../../src/contract/index.js';
import { createFormat, en, explainProblem } from '../../../src/messages/index.js';
import { seedDocument } from '../../fixtures/documents.js';
import { noteIntlServicesMade } from '../../harness/intl-services-made.js';

describe('format: dates and times as GOV.UK writes them', () => {
  const { format } = en;

  it('writes a time on the hour without minutes, and noon and midnight in words', () => {
    expect(format.dateTime('2019-10-15T16:00:00+01:00')).to.equal('15 October 2019 at 4pm');
    expect(format.dateTime('2019-10-15T16:30:00+01:00')).to.equal('15 October 2019 at 4:30pm');
    expect(format.dateTime('2019-12-10T12:00:00Z')).to.equal('10 December 2019 at midday');
    expect(format.dateTime('2019-12-10T00:00:00Z')).to.equal('9 December 2019 at midnight (end of day)');
    expect(format.dateTime('2019-12-10T09:05:00Z')).to.equal('10 December 2019 at 9:05am');
    expect(format.time('2019-12-10T16:05:00Z')).to.equal('4:05pm');
  });

  it('says 00:00 in London as the midnight that ends the day before, never a day late', () => {
    // GOV.UK: midnight is the first minute of a day, and "2 December at midnight" is read as its end.
    expect(format.dateTime('2026-12-02T00:00:00Z')).to.equal('1 December 2026 at midnight (end of day)');
    expect(format.dateTime('2026-07-01T23:00:00Z')).to.equal('1 July 2026 at midnight (end of day)');
    expect(format.dateTime('2027-01-01T00:00:00+00:00')).to.equal('31 December 2026 at midnight (end of day)');
    // Within the minute after, it is the new day's: said so, and said apart from the moment before.
    expect(format.dateTime('2026-12-02T00:00:30Z')).to.equal('2 December 2026 at midnight (start of day)');
    expect(format.dateTime('2026-12-01T23:59:30Z')).to.equal('1 December 2026 at 11:59pm');
    expect(format.time('2026-12-02T00:00:00Z')).to.equal('midnight');
  });

  it('shows a time in UK time, summer or winter, on the UK date', () => {
    expect(format.dateTime('2019-07-01T15:00:00Z')).to.equal('1 July 2019 at 4pm');
    expect(format.dateTime('2019-12-01T15:00:00Z')).to.equal('1 December 2019 at 3pm');
    expect(format.dateTime('2019-06-30T23:30:00Z'), 'BST: already 1 July').to.equal('1 July 2019 at 12:30am');
  });

  it('marks a time in the hour the October night has twice BST or GMT, and no other', () => {
    // 1:30am on 25 October 2026 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
    expect(format.dateTime('2026-10-25T01:30:00+01:00')).to.equal('25 October 2026 at 1:30am BST');
    expect(format.dateTime('2026-10-25T01:30:00+00:00')).to.equal('25 October 2026 at 1:30am GMT');
    expect(format.time('2026-10-25T00:00:00Z')).to.equal('1am BST');
    expect(format.time('2026-10-25T01:59:00Z')).to.equal('1:59am GMT');
    expect(format.time('2026-10-24T23:59:00Z'), 'the hour before').to.equal('12:59am');
    expect(format.time('2026-10-25T02:00:00Z'), 'the hour after').to.equal('2am');
    // Spring's change skips an hour: no time in it is said twice, so none is marked.
    expect(format.time('2026-03-29T00:59:00Z')).to.equal('12:59am');
    expect(format.time('2026-03-29T01:00:00Z')).to.equal('2am');
  });

  it('says the time of day by the same rule as the date, not by the platform’s time-zone data', () => {
    // Before 1996 BST ended earlier in October than the rule the kit dates every act by (london-time.ts): the
    // platform's data put 23:30 UTC on 25 October 1995 at 11:30pm GMT, beside the date the rule gives, the 26th.
    expect(format.dateTime('1995-10-25T23:30:00Z')).to.equal(
      `${format.date(londonDate('1995-10-25T23:30:00Z'))} at 12:30am`,
    );
  });

  it('writes calendar dates long in prose and short in tables, never a day off', () => {
    expect(format.date('2019-10-15')).to.equal('15 October 2019');
    expect(format.shortDate('2019-10-15')).to.equal('15 Oct 2019');
    expect(londonDate('2019-06-30T23:30:00Z'), 'BST: already 1 July').to.equal('2019-07-01');
  });

  it('counts with the plural the number takes', () => {
    const forms = { one: '# vote', other: '# votes' };
    expect([0, 1, 2, 1000].map((n) => format.plural(n, forms))).to.deep.equal([
      '0 votes',
      '1 vote',
      '2 votes',
      '1,000 votes',
    ]);
    expect(format.list(['Ann', 'Bo', 'Cy'])).to.equal('Ann, Bo and Cy');
  });

  it('writes a number too large or too small to read in full in scientific notation', () => {
    expect(format.number(1e308)).to.equal('1E308');
    expect(format.number(-1.2345e20)).to.equal('-1.23E20');
    expect(format.number(0.00001)).to.equal('1E-5');
    expect([999_999_999_999_999, 0.001, 0, 2.5].map(format.number)).to.deep.equal([
      '999,999,999,999,999',
      '0.001',
      '0',
      '2.5',
    ]);
  });

  it('says a noticeDays of 1e308 in a line, not 309 digits', async () => {
    const json = await seedDocument('sutton');
    (json.groups as { noticeDays?: number }[])[0]!.noticeDays = 1e308;
    const parsed = parseDocument(json);
    const problem = parsed.ok ? undefined : parsed.problems[0];
    expect(problem?.code).to.equal('out-of-range');
    expect(explainProblem(en, problem!)).to.equal('must be at most 60, but it is 1E308.');
  });
});

describe('format: Intl services made on first use', () => {
  // The first Intl service a page makes loads the browser's locale data (about 0.1 s on a phone slowed 4×):
  // made as the words' modules loaded, it held up the kit's first task before any element had a date to write.
  let made: string[];
  let restore: () => void;
  beforeEach(() => ({ made, restore } = noteIntlServicesMade()));
  afterEach(() => restore());

  it('makes none as a language’s format is made', () => {
    createFormat('en-GB', { am: 'am', pm: 'pm', midday: 'midday', midnight: 'midnight', at: 'at' });
    expect(made).to.deep.equal([]);
  });

  it('makes each service the first time it is asked for, once, and writes as before', () => {
    const format = createFormat('en-GB', { am: 'am', pm: 'pm', midday: 'midday', midnight: 'midnight', at: 'at' });
    expect(format.date('2019-10-15')).to.equal('15 October 2019');
    expect(made).to.deep.equal(['DateTimeFormat']);
    expect(format.dateTime('2019-10-15T15:00:00Z')).to.equal('15 October 2019 at 4pm');
    expect(format.shortDate('2019-10-15')).to.equal('15 Oct 2019');
    expect(format.plural(2, { one: '# seat', other: '# seats' })).to.equal('2 seats');
    expect(format.list(['a', 'b', 'c'])).to.equal('a, b and c');
    expect(format.number(1e308)).to.equal('1E308');
    expect(format.date('2019-10-16')).to.equal('16 October 2019');
    expect(made.sort()).to.deep.equal(
      ['DateTimeFormat', 'DateTimeFormat', 'ListFormat', 'NumberFormat', 'NumberFormat', 'PluralRules'].sort(),
    );
  });
});

describe('format: a value that is no date', () => {
  // A broken document's problem quotes its value: it is said as written, never thrown on.
  for (const [lang, { format }] of [
    ['English', en],
    ['Welsh', cy],
  ] as const) {
    it(`is said as written in ${lang}`, () => {
      expect(format.date('0-1-28')).to.equal('0-1-28');
      expect(format.shortDate('2019-13-45')).to.equal('2019-13-45');
      expect(format.dateTime('tomorrow')).to.equal('tomorrow');
      expect(format.time('T16:00')).to.equal('T16:00');
    });
  }
});

describe('format: a year before 1000', () => {
  // A review with awkward documents: an action due "0019-12-01" (2019 mistyped) read "1 Dec 19 Overdue", taken for
  // 1 December 2019. Intl writes the year as a number, without its leading zeros: the date is said as written.
  for (const [lang, { format }] of [
    ['English', en],
    ['Welsh', cy],
  ] as const) {
    it(`is said as written in ${lang}, never as a two-digit year`, () => {
      expect(format.date('0019-12-01')).to.equal('0019-12-01');
      expect(format.shortDate('0001-01-02')).to.equal('0001-01-02');
      expect(format.dateTime('0019-12-01T16:00:00Z')).to.equal('0019-12-01T16:00:00Z');
      expect(format.shortDate('1019-12-01')).to.match(/1019$/);
    });
  }
});

describe('format in Welsh', () => {
  const { format } = cy;

  it('says 00:00 in London as the midnight that ends the day before, as in English', () => {
    expect(cy.format.dateTime('2026-12-02T00:00:00Z')).to.equal('1 Rhagfyr 2026 am ganol nos (diwedd y dydd)');
    expect(cy.format.dateTime('2026-07-01T23:00:00Z')).to.equal('1 Gorffennaf 2026 am ganol nos (diwedd y dydd)');
    expect(cy.format.dateTime('2026-12-02T00:00:30Z')).to.equal('2 Rhagfyr 2026 am ganol nos (dechrau’r dydd)');
  });

  it('writes dates with Welsh month names and times with yb and yp', () => {
    expect(format.date('2026-12-01')).to.equal('1 Rhagfyr 2026');
    expect(format.time('2026-12-01T16:00:00Z')).to.equal('4yp');
    expect(format.time('2026-12-01T09:30:00Z')).to.equal('9:30yb');
    expect(format.time('2026-12-01T12:00:00Z')).to.equal('canol dydd');
    expect(format.dateTime('2019-10-15T16:00:00+01:00')).to.equal('15 Hydref 2019 am 4yp');
  });

  it('marks a time in the hour the October night has twice, as in English', () => {
    expect(format.dateTime('2026-10-25T01:30:00+01:00')).to.equal('25 Hydref 2026 am 1:30yb BST');
    expect(format.dateTime('2026-10-25T01:30:00+00:00')).to.equal('25 Hydref 2026 am 1:30yb GMT');
    expect(format.time('2026-10-25T02:00:00Z')).to.equal('2yb');
  });

  it('chooses among the six plural categories of Welsh', () => {
    const forms = {
      zero: '# pleidlais (dim)',
      one: '# bleidlais',
      two: '# bleidlais (dwy)',
      few: '# phleidlais',
      many: '# pleidlais (chwech)',
      other: '# pleidlais',
    };
    expect([0, 1, 2, 3, 6, 7].map((n) => format.plural(n, forms))).to.deep.equal([
      '0 pleidlais (dim)',
      '1 bleidlais',
      '2 bleidlais (dwy)',
      '3 phleidlais',
      '6 pleidlais (chwech)',
      '7 pleidlais',
    ]);
  });
});
