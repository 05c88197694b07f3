/**
 * Contract 1.2, a seat's earlier standing: whether a seat voted, its role, its
 * tags and its partner are read as at each act's date, so a seat that has
 * since lost or gained its vote, or handed the chair on, changes no earlier
 * decision, meeting or record: who could vote, the electorate and the casting
 * vote, a past meeting's quorum, who could record attendance, and the roster.
 */
import { expect } from '@open-wc/testing';
import { checkVote, eligibleSeats, ineligibility } from '../../../src/rules/eligibility.js';
import { outcome } from '../../../src/rules/outcome.js';
import { quorum, seatsSelected } from '../../../src/rules/quorum.js';
import { mayRecordAttendance } from '../../../src/rules/permissions.js';
import { rosterWarnings, seatOn } from '../../../src/rules/roster.js';
import { standingOn } from '../../../src/rules/index.js';
import { agreedRule, at, newVote, plainSeats, rulesDocument, seat, vote, votesOf } from '../../fixtures/documents.js';

const BEFORE = '2019-10-14';
const AFTER = '2019-12-31';

/** s1…s3, s3 voting only up to `to` (the meeting is on 15 October 2019): it became non-voting the day after. */
function lostItsVote(to: string) {
  return [...plainSeats(2), seat('s3', 'h3', { voting: false, previousStanding: [{ to, voting: true }] })];
}

/** Two for and one against at the meeting, s3's vote the third: carried only if s3 still voted then. */
const twoToOne = votesOf(['for', 'against', 'for']);

describe('a seat’s earlier standing (contract 1.2)', () => {
  it('counts a decision taken before a seat became non-voting as it was', () => {
    const proposal = { status: 'closed' as const };
    const then = outcome(rulesDocument({ seats: lostItsVote(AFTER), proposal, votes: twoToOne }), 'p');
    expect([then.for, then.against, then.entitled, then.invalid.length, then.result]).to.deep.equal([
      2,
      1,
      3,
      0,
      'carried',
    ]);
    const since = outcome(rulesDocument({ seats: lostItsVote(BEFORE), proposal, votes: twoToOne }), 'p');
    expect([since.for, since.entitled, since.invalid[0]?.reason, since.result]).to.deep.equal([
      1,
      2,
      'non-voting-seat',
      'tied',
    ]);
  });

  it('keeps a seat whose vote counted in the base, though it lost its vote before the proposal closed', () => {
    // docs/contract.md 1.2: "A seat whose vote counted is entitled, as in 1.1." s4 voted on 16 October, while
    // it still had a vote (to 17 October); the proposal closed on 20 October. Two of four is no absolute majority.
    const seats = [
      ...plainSeats(3),
      seat('s4', 'h4', { voting: false, previousStanding: [{ to: '2019-10-17', voting: true }] }),
    ];
    const votes = [vote('s1', 'h1', 'for', at('16:10')), vote('s4', 'h4', 'for', at('10:00', '2019-10-16'))];
    const proposal = {
      status: 'closed' as const,
      closes: at('17:00', '2019-10-20'),
      ...agreedRule('absolute-majority'),
    };
    const result = outcome(rulesDocument({ seats, proposal, votes }), 'p');
    expect([result.for, result.counted.length, result.invalid.length]).to.deep.equal([2, 2, 0]);
    expect([result.entitled, result.result]).to.deep.equal([4, 'not-carried']);
  });

  it('judges whether a seat votes on the date its appointment is judged at', () => {
    const doc = rulesDocument({ seats: lostItsVote(AFTER) });
    expect(eligibleSeats(doc, 'p', 'h3', { at: at('16:30') })).to.deep.equal([{ seat: 's3', as: 'holder' }]);
    expect(ineligibility(doc, 'p', 'h3', { at: '2020-01-02' }).map((r) => r.reason)).to.deep.equal(['non-voting-seat']);
    const cast = newVote({ seat: 's3', by: 'h3', cast: at('16:30') });
    expect(checkVote(doc, cast).ok).to.equal(true);
    expect(checkVote(doc, { ...cast, cast: '2020-01-02T10:00:00Z' })).to.include({ reason: 'non-voting-seat' });
  });

  it('leaves a seat that voted then out of no one’s declarations, and lists it without a vote', () => {
    const doc = rulesDocument({
      seats: lostItsVote(AFTER),
      proposal: { status: 'closed', declarations: [{ person: 'h3', interest: 'Governor of s3', withdrew: false }] },
      votes: votesOf(['for', 'against']),
    });
    const result = outcome(doc, 'p');
    expect(result.declarations).to.deep.equal([{ person: 'h3', seat: 's3', withdrew: false }]);
    expect(result.withoutVote).to.deep.equal([{ seat: 's3', holder: 'h3' }]);
  });

  it('keeps a meeting quorate that was held before a seat gained its vote', () => {
    // s3 was co-opted without a vote until the end of 2019, then given one; "every voting seat" came later.
    const seats = [...plainSeats(2), seat('s3', 'h3', { previousStanding: [{ to: AFTER, voting: false }] })];
    const group = { quorum: [{ label: 'Every voting seat', seats: { voting: true }, min: 'all' as const }] };
    const meeting = { attendance: { s1: 'holder', s2: 'holder', s3: 'absent' } as const };
    const result = quorum(rulesDocument({ seats, group, meeting }), 'm');
    expect([result.quorate, result.requirements[0]?.needed, result.requirements[0]?.missing]).to.deep.equal([
      true,
      2,
      [],
    ]);
  });

  it('selects seats by tag, partner and role as they stood on the meeting’s date', () => {
    const seats = [
      seat('s1', 'h1', { tags: ['core'], previousStanding: [{ to: AFTER, tags: [], partner: 's2' }] }),
      seat('s2', 'h2', { role: 'chair', previousStanding: [{ to: AFTER, role: 'member', tags: ['core'] }] }),
    ];
    const group = rulesDocument({ seats }).groups[0]!;
    const ids = (selector: object, date?: string) => seatsSelected(group, selector, date).map((s) => s.id);
    expect([ids({ tag: 'core' }, '2019-10-15'), ids({ tag: 'core' })]).to.deep.equal([['s2'], ['s1']]);
    expect([ids({ partner: 's2' }, '2019-10-15'), ids({ partner: 's2' })]).to.deep.equal([['s1', 's2'], ['s2']]);
    expect([ids({ role: 'chair' }, '2019-10-15'), ids({ role: 'chair' }, '2020-01-01')]).to.deep.equal([[], ['s2']]);
  });

  it('gives the casting vote to the seat that was chair on the proposal’s date', () => {
    // s1 chaired until the end of 2019 and handed the chair to s2.
    const seats = [
      seat('s1', 'h1', { previousStanding: [{ to: AFTER, role: 'chair' }] }),
      seat('s2', 'h2', { role: 'chair', previousStanding: [{ to: AFTER, role: 'member' }] }),
      ...plainSeats(4).slice(2),
    ];
    const votes = votesOf(['for', 'against', 'for', 'against']);
    const group = { tieBreak: 'chair' as const };
    const result = outcome(rulesDocument({ seats, group, proposal: { status: 'closed' }, votes }), 'p');
    expect([result.decidedBy, result.result]).to.deep.equal(['casting-vote', 'carried']);
  });

  it('lets the clerk or chair of the day record attendance, not one who held the role before or after', () => {
    const seats = [
      seat('s1', 'h1', { previousStanding: [{ to: AFTER, role: 'chair' }] }),
      seat('s2', 'h2', { role: 'chair', previousStanding: [{ to: AFTER, role: 'member' }] }),
    ];
    const doc = rulesDocument({ seats });
    const may = (person: string, today: string) => mayRecordAttendance(doc, person, 'm', today);
    expect([may('h1', '2019-10-15'), may('h2', '2019-10-15')]).to.deep.equal([true, false]);
    expect([may('h1', '2020-01-01'), may('h2', '2020-01-01')]).to.deep.equal([false, true]);
    expect(mayRecordAttendance(doc, 'h2', 'm')).to.equal(true);
  });

  it('shows a seat on the roster as it stood on the day, and warns of it as it stood then', () => {
    const current = seat('s3', null, {
      voting: false,
      tags: ['co-opted'],
      previousStanding: [{ to: AFTER, voting: true }],
    });
    const doc = rulesDocument({ seats: [...plainSeats(2), current] });
    const shown = seatOn(doc.groups[0]!.seats[2]!, '2019-10-15');
    expect([shown.voting, shown.tags, shown.partner]).to.deep.equal([true, ['co-opted'], 's3']);
    const vacant = (today: string) => rosterWarnings(doc, 'g', today).filter((w) => w.code === 'vacant');
    expect(vacant('2019-10-15').map((w) => w.seat)).to.deep.equal(['s3']);
    expect(vacant('2020-01-01')).to.deep.equal([]);
  });

  it('reads a field an entry leaves out from the next entry, then from the seat', () => {
    const doc = rulesDocument({
      seats: [
        seat('s1', 'h1', {
          role: 'vice-chair',
          previousStanding: [
            { to: '2019-06-30', role: 'chair' },
            { to: '2019-12-31', voting: false, partner: 's2' },
          ],
        }),
        ...plainSeats(2).slice(1),
      ],
    });
    const s1 = doc.groups[0]!.seats[0]!;
    const on = (date: string | null) => {
      const standing = standingOn(s1, date);
      return [standing.role, standing.voting, standing.partner];
    };
    expect(on('2019-06-30')).to.deep.equal(['chair', false, 's2']);
    expect(on('2019-07-01')).to.deep.equal(['vice-chair', false, 's2']);
    expect(on('2020-01-01')).to.deep.equal(['vice-chair', true, 's1']);
    expect(on(null)).to.deep.equal(['vice-chair', true, 's1']);
  });

  it('leaves a seat with no earlier standing as it is', () => {
    const doc = rulesDocument({ seats: plainSeats(3), proposal: { status: 'closed' }, votes: twoToOne });
    expect(seatOn(doc.groups[0]!.seats[0]!, '2019-10-15')).to.equal(doc.groups[0]!.seats[0]);
    expect(outcome(doc, 'p').result).to.equal('carried');
  });
});
