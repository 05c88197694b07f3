/**
 * The calendar's edges: every act judged at its moment, in Europe/London.
 * A term ending at midnight while the UTC date is already the next day (BST),
 * a seat changing hands on 31 August / 1 September, a term from 29 February,
 * a closing time in the hour the October night has twice (written +01:00 or
 * +00:00), an action due today read at 00:30 BST, and a meeting that runs
 * past midnight across a clock change.
 */
import { expect } from '@open-wc/testing';
import { actionStatus } from '../../../src/rules/actions.js';
import { meetingDate } from '../../../src/rules/calendar.js';
import { checkVote } from '../../../src/rules/eligibility.js';
import { londonDate } from '../../../src/rules/london-time.js';
import { inProgress, meetingOver } from '../../../src/rules/presence.js';
import { rosterWarnings } from '../../../src/rules/roster.js';
import { rulesDocument, seat, type Parts } from '../../fixtures/documents.js';

/** A board whose primary seat passed from Olly to Nia on 1 September 2026; Nia's term is four years from 29 February. */
const handedOver = (parts: Parts = {}) =>
  rulesDocument({
    seats: [
      seat('primary', 'nia', {
        proxy: 'pat',
        term: { from: '2026-09-01', to: '2028-02-28' },
        previous: [{ holder: 'olly', proxy: 'pat', from: '2024-02-29', to: '2026-08-31' }],
      }),
      seat('secondary', 'ben', { proxy: 'bea' }),
    ],
    meeting: { start: '2026-10-24T22:00:00+01:00', end: '2026-10-25T01:30:00+00:00' },
    proposal: { meeting: undefined },
    ...parts,
  });

const ballot = (by: string, cast: string) => ({
  id: 'new',
  proposal: 'p',
  seat: 'primary',
  by,
  choice: 'for' as const,
  cast,
});

describe('a seat changing hands at midnight, London time', () => {
  const doc = handedOver();

  it('lets the outgoing holder vote at 23:30 BST on the last day of the term, and not at 00:30 BST the next', () => {
    expect(checkVote(doc, ballot('olly', '2026-08-31T23:30:00+01:00')).ok).to.equal(true);
    // 00:30 BST on 1 September, written by a browser in UTC as 23:30 on 31 August.
    expect(checkVote(doc, ballot('olly', '2026-08-31T23:30:00Z'))).to.include({ reason: 'not-holder-or-proxy' });
    expect(checkVote(doc, ballot('nia', '2026-08-31T23:30:00Z')).ok).to.equal(true);
    expect(checkVote(doc, ballot('nia', '2026-08-31T23:30:00+01:00'))).to.include({ reason: 'not-holder-or-proxy' });
  });

  it('starts a term on 29 February at its midnight, and ends a four-year one on 28 February', () => {
    expect(checkVote(doc, ballot('olly', '2024-02-28T23:59:00Z'))).to.include({ reason: 'term-not-started' });
    expect(checkVote(doc, ballot('olly', '2024-02-29T00:00:00Z')).ok).to.equal(true);
    expect(checkVote(doc, ballot('nia', '2028-02-28T23:59:59Z')).ok).to.equal(true);
    expect(checkVote(doc, ballot('nia', '2028-02-29T00:00:00Z'))).to.include({ reason: 'term-ended' });
  });

  it('warns of the term ending until 28 February 2028, and of it ended from 29 February', () => {
    const codes = (today: string) => rosterWarnings(doc, 'g', today).map((w) => `${w.seat}:${w.code}`);
    expect(codes('2027-12-29')).to.deep.equal([]);
    expect(codes('2027-12-30')).to.deep.equal(['primary:term-ending']);
    expect(codes('2028-02-28')).to.deep.equal(['primary:term-ending']);
    expect(codes('2028-02-29')).to.deep.equal(['primary:term-ended']);
  });
});

describe('a closing time in the hour the October night has twice', () => {
  const closing = (closes: string) => handedOver({ proposal: { meeting: undefined, closes } });
  const at = (closes: string, now: string) => checkVote(closing(closes), ballot('nia', now), { now });

  it('closing at the first 1:30am (BST, +01:00), refuses a vote at the second 1:15am (GMT)', () => {
    expect(at('2026-10-25T01:30:00+01:00', '2026-10-25T01:15:00+01:00').ok).to.equal(true);
    expect(at('2026-10-25T01:30:00+01:00', '2026-10-25T01:15:00+00:00')).to.include({ reason: 'proposal-not-open' });
  });

  it('closing at the second 1:30am (GMT, +00:00), takes a vote at the first 1:45am and the second 1:15am', () => {
    expect(at('2026-10-25T01:30:00+00:00', '2026-10-25T01:45:00+01:00').ok).to.equal(true);
    expect(at('2026-10-25T01:30:00+00:00', '2026-10-25T01:15:00+00:00').ok).to.equal(true);
    expect(at('2026-10-25T01:30:00+00:00', '2026-10-25T01:45:00+00:00')).to.include({ reason: 'proposal-not-open' });
  });
});

describe('an action due today, read after midnight in London', () => {
  const doc = rulesDocument({
    actions: [{ id: 'A-1', title: 'Send the options paper', owner: 'ann', due: '2026-07-01', status: 'open' }],
  });

  it('is due soon at 23:59 BST on its day, and overdue at 00:30 BST the next, while UTC still says the due date', () => {
    expect(actionStatus(doc, 'A-1', londonDate('2026-07-01T22:59:00Z'))).to.equal('due-soon');
    expect(actionStatus(doc, 'A-1', londonDate('2026-07-01T23:30:00Z'))).to.equal('overdue');
  });
});

describe('a meeting running past midnight as the clocks go back', () => {
  // 10pm BST on Saturday 24 October to 1:30am GMT on Sunday: four and a half hours.
  const meeting = handedOver().meetings[0]!;

  it('is dated by its start and on until its end, through both 1am hours', () => {
    expect(meetingDate(meeting)).to.equal('2026-10-24');
    expect(inProgress(meeting, '2026-10-25T00:30:00+01:00')).to.equal(true);
    expect(inProgress(meeting, '2026-10-25T01:45:00+01:00')).to.equal(true);
    expect(inProgress(meeting, '2026-10-25T01:15:00+00:00')).to.equal(true);
    expect(meetingOver(meeting, '2026-10-25T01:45:00+00:00')).to.equal(true);
  });

  it('written across the spring change, is on at 2:15am BST, the hour after the one skipped', () => {
    const spring = handedOver({ meeting: { start: '2026-03-29T00:30:00+00:00', end: '2026-03-29T02:30:00+01:00' } });
    const night = spring.meetings[0]!;
    expect(inProgress(night, '2026-03-29T02:15:00+01:00')).to.equal(true);
    expect(meetingOver(night, '2026-03-29T02:45:00+01:00')).to.equal(true);
  });
});
