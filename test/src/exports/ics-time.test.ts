/**
 * The date-time values of ics-time.ts, at the edges of the years the contract
 * allows (0001 to 9999): a year below 1000 is written with four digits, and a
 * fraction of a second is dropped, not rounded.
 */
import { expect } from '@open-wc/testing';
import { londonTime, utcTime } from '../../../src/exports/ics-time.js';

describe('ics-time: DATE-TIME values', () => {
  it('writes the UTC fields of any year the contract allows with four digits', () => {
    expect(utcTime('0001-01-01T00:00:00Z')).to.equal('00010101T000000Z');
    expect(utcTime('0999-03-04T05:06:07.999+00:00')).to.equal('09990304T050607Z');
    expect(utcTime('9999-12-31T23:59:59.999Z')).to.equal('99991231T235959Z');
  });

  it('writes a London wall-clock time with its TZID, the last moment of 9999 included', () => {
    expect(londonTime('9999-12-31T23:59:59Z')).to.deep.equal({
      value: '99991231T235959',
      parameters: { TZID: 'Europe/London' },
    });
    expect(londonTime('0500-07-01T11:30:00Z')).to.deep.equal({
      value: '05000701T123000',
      parameters: { TZID: 'Europe/London' },
    });
  });
});
