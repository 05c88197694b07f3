import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatShortDate, ukToday } from '../../../components/internal/format.js';

describe('format: dates and times as GOV.UK writes them', () => {
  it('writes a time on the hour without minutes, and noon and midnight in words', () => {
    expect(formatDateTime('2019-10-15T16:00:00+01:00')).to.equal('15 October 2019 at 4pm');
    expect(formatDateTime('2019-10-15T16:30:00+01:00')).to.equal('15 October 2019 at 4:30pm');
    expect(formatDateTime('2019-12-10T12:00:00Z')).to.equal('10 December 2019 at midday');
    expect(formatDateTime('2019-12-10T00:00:00Z')).to.equal('10 December 2019 at midnight');
    expect(formatDateTime('2019-12-10T09:05:00Z')).to.equal('10 December 2019 at 9:05am');
  });

  it('shows a time in UK time, summer or winter', () => {
    expect(formatDateTime('2019-07-01T15:00:00Z')).to.equal('1 July 2019 at 4pm');
    expect(formatDateTime('2019-12-01T15:00:00Z')).to.equal('1 December 2019 at 3pm');
  });

  it('writes calendar dates long in prose and short in tables, never a day off', () => {
    expect(formatDate('2019-10-15')).to.equal('15 October 2019');
    expect(formatShortDate('2019-10-15')).to.equal('15 Oct 2019');
    expect(ukToday(new Date('2019-06-30T23:30:00Z')), 'BST: already 1 July').to.equal('2019-07-01');
  });
});
