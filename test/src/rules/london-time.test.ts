import { expect } from '@open-wc/testing';
import {
  inRepeatedHour,
  lastSundayOneAm,
  londonDate,
  londonOffset,
  onLondonDate,
} from '../../../src/rules/london-time.js';

describe('londonDate', () => {
  it('is the date in London at the instant, whatever the offset written', () => {
    expect(londonDate('2019-11-30T23:30:00-12:00')).to.equal('2019-12-01');
    expect(londonDate('2019-12-01T00:30:00+14:00')).to.equal('2019-11-30');
    expect(londonDate('2019-10-15T16:00:00+01:00')).to.equal('2019-10-15');
  });

  it('counts British Summer Time: 23:30 UTC on a summer night is the next day in London', () => {
    expect(londonDate('2019-06-30T23:30:00Z')).to.equal('2019-07-01');
    expect(londonDate('2019-12-31T23:30:00Z')).to.equal('2019-12-31');
  });

  it('changes the clocks at 01:00 UTC on the last Sunday of March and of October', () => {
    expect(new Date(lastSundayOneAm(2019, 3)).toISOString()).to.equal('2019-03-31T01:00:00.000Z');
    expect(new Date(lastSundayOneAm(2019, 10)).toISOString()).to.equal('2019-10-27T01:00:00.000Z');
    expect(londonOffset(Date.parse('2019-03-31T00:59:59Z'))).to.equal(0);
    expect(londonOffset(Date.parse('2019-03-31T01:00:00Z'))).to.equal(3_600_000);
    expect(londonOffset(Date.parse('2019-10-27T00:59:59Z'))).to.equal(3_600_000);
    expect(londonOffset(Date.parse('2019-10-27T01:00:00Z'))).to.equal(0);
  });

  it('finds the last Sunday when the month ends on a Saturday, the next month starting on a Sunday', () => {
    // 1 April 2018 and 1 November 2020 were Sundays: the clocks changed the Sunday before, on 25 March and 25 October.
    expect(new Date(lastSundayOneAm(2018, 3)).toISOString()).to.equal('2018-03-25T01:00:00.000Z');
    expect(new Date(lastSundayOneAm(2020, 10)).toISOString()).to.equal('2020-10-25T01:00:00.000Z');
    expect(londonDate('2018-03-31T23:30:00Z'), 'a week into summer time').to.equal('2018-04-01');
    expect(londonDate('2020-10-28T23:30:00Z'), 'three days after it ended').to.equal('2020-10-28');
  });

  it('stays within the four-digit years, reading the years 0 to 99 as themselves', () => {
    expect(londonDate('9999-12-31T23:30:00-01:00')).to.equal('9999-12-31');
    expect(londonDate('0000-01-01T00:30:00+01:00')).to.equal('0000-01-01');
    expect(londonDate('0050-07-01T23:30:00Z')).to.equal('0050-07-02');
  });
});

describe('onLondonDate', () => {
  const on = (date: string, at: string) => new Date(onLondonDate(date, Date.parse(at))).toISOString();

  it('keeps the time of day London reads, so the date in London is the one given', () => {
    // 23:30 UTC on a summer night is 00:30 in London: 00:30 on the given date, not the day after it.
    expect(on('2019-10-15', '2026-07-01T23:30:00Z')).to.equal('2019-10-14T23:30:00.000Z');
    expect(on('2019-12-10', '2026-07-01T23:30:00Z')).to.equal('2019-12-10T00:30:00.000Z');
    expect(on('2019-10-15', '2026-12-02T16:59:00Z')).to.equal('2019-10-15T15:59:00.000Z');
    expect(on('2019-12-10', '2026-12-02T16:59:00Z')).to.equal('2019-12-10T16:59:00.000Z');
    for (const date of ['2019-03-31', '2019-06-30', '2019-10-27', '2019-12-31'])
      for (const at of ['2026-07-01T23:30:00Z', '2026-07-01T22:59:59Z', '2026-12-04T23:58:00Z', '2026-03-29T00:59:00Z'])
        expect(londonDate(on(date, at)), `${date} at ${at}`).to.equal(date);
  });

  it('reads an hour the spring change skips as the hour after it, and one the autumn change repeats as BST', () => {
    expect(on('2019-03-31', '2026-12-02T01:30:00Z')).to.equal('2019-03-31T01:30:00.000Z');
    expect(on('2019-03-31', '2026-12-02T00:30:00Z')).to.equal('2019-03-31T00:30:00.000Z');
    expect(on('2019-10-27', '2026-12-02T01:30:00Z')).to.equal('2019-10-27T00:30:00.000Z');
    expect(on('2019-10-27', '2026-12-02T02:30:00Z')).to.equal('2019-10-27T02:30:00.000Z');
  });
});

describe('inRepeatedHour', () => {
  const repeated = (at: string) => inRepeatedHour(Date.parse(at));

  it('is the hour London reads twice on the last Sunday of October, in BST and then in GMT', () => {
    expect(repeated('2026-10-25T01:00:00+01:00')).to.equal(true);
    expect(repeated('2026-10-25T01:59:59+01:00')).to.equal(true);
    expect(repeated('2026-10-25T01:00:00+00:00')).to.equal(true);
    expect(repeated('2026-10-25T01:59:59+00:00')).to.equal(true);
    expect(repeated('2026-10-25T00:59:59+01:00')).to.equal(false);
    expect(repeated('2026-10-25T02:00:00+00:00')).to.equal(false);
  });

  it('is no hour of the spring change, which London skips, nor of another Sunday', () => {
    expect(repeated('2026-03-29T00:30:00+00:00')).to.equal(false);
    expect(repeated('2026-03-29T01:30:00+00:00')).to.equal(false);
    expect(repeated('2026-10-18T01:30:00+01:00')).to.equal(false);
  });
});
