import { expect } from '@open-wc/testing';
import { lastSundayOneAm, londonDate, londonOffset } from '../../../src/rules/london-time.js';

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

  it('stays within the four-digit years, reading the years 0 to 99 as themselves', () => {
    expect(londonDate('9999-12-31T23:30:00-01:00')).to.equal('9999-12-31');
    expect(londonDate('0000-01-01T00:30:00+01:00')).to.equal('0000-01-01');
    expect(londonDate('0050-07-01T23:30:00Z')).to.equal('0050-07-02');
  });
});
