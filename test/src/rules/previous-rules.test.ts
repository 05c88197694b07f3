/**
 * Contract 1.2, a group's earlier rules: a decision is counted under the rule,
 * the tie-break and the quorum the group had on the proposal's date, and a
 * meeting is quorate under the quorum of its own date, so that changing a
 * group's rules never recounts what it decided before.
 */
import { expect } from '@open-wc/testing';
import { outcome } from '../../../src/rules/outcome.js';
import { quorum } from '../../../src/rules/quorum.js';
import { rulesOn } from '../../../src/rules/index.js';
import { plainSeats, rulesDocument, votesOf, type Parts } from '../../fixtures/documents.js';

/** Three for and two against, at the meeting of 15 October 2019, closed: carried by a simple majority, not by two-thirds. */
function threeToTwo(group: Parts['group']) {
  const votes = votesOf(['for', 'for', 'for', 'against', 'against']);
  return outcome(rulesDocument({ seats: plainSeats(5), group, proposal: { status: 'closed' }, votes }), 'p');
}

const ALL = { label: 'Every seat', seats: {}, min: 'all' as const };
const TWO = { label: 'Two seats', seats: {}, min: 2 };

describe('a group’s earlier rules (contract 1.2)', () => {
  it('counts a decision under the rule in force on its date, not the rule the group has now', () => {
    const changedLater = threeToTwo({
      decisionRule: 'two-thirds',
      previousRules: [{ to: '2019-12-31', decisionRule: 'simple-majority' }],
    });
    expect([changedLater.rule, changedLater.result, changedLater.ruleSource.kind]).to.deep.equal([
      'simple-majority',
      'carried',
      'group-default',
    ]);
    const changedBefore = threeToTwo({
      decisionRule: 'two-thirds',
      previousRules: [{ to: '2019-10-14', decisionRule: 'simple-majority' }],
    });
    expect([changedBefore.rule, changedBefore.result]).to.deep.equal(['two-thirds', 'not-carried']);
  });

  it('takes the earlier rule up to and including its last day', () => {
    const lastDay = threeToTwo({
      decisionRule: 'two-thirds',
      previousRules: [{ to: '2019-10-15', decisionRule: 'simple-majority' }],
    });
    expect(lastDay.rule).to.equal('simple-majority');
  });

  it('judges a past meeting under the quorum it had then', () => {
    const attendance = { s1: 'holder', s2: 'holder', s3: 'absent' } as const;
    const doc = (to: string) =>
      rulesDocument({
        seats: plainSeats(3),
        group: { quorum: [ALL], previousRules: [{ to, quorum: [TWO] }] },
        meeting: { attendance },
      });
    expect(quorum(doc('2019-12-31'), 'm').requirements.map((r) => [r.label, r.met])).to.deep.equal([
      ['Two seats', true],
    ]);
    expect(quorum(doc('2019-10-14'), 'm').requirements.map((r) => [r.label, r.met])).to.deep.equal([
      ['Every seat', false],
    ]);
  });

  it('breaks a tie by the chair’s casting vote when the group did so then', () => {
    const seats = plainSeats(4).map((seat, i) => (i === 0 ? { ...seat, role: 'chair' as const } : seat));
    const votes = votesOf(['for', 'for', 'against', 'against']);
    const group = { tieBreak: 'none' as const, previousRules: [{ to: '2019-12-31', tieBreak: 'chair' as const }] };
    const result = outcome(rulesDocument({ seats, group, proposal: { status: 'closed' }, votes }), 'p');
    expect([result.tieBreak, result.decidedBy, result.result]).to.deep.equal(['chair', 'casting-vote', 'carried']);
  });

  it('reads a field an entry leaves out from the next entry, then from the group', () => {
    const doc = rulesDocument({
      seats: plainSeats(3),
      group: {
        decisionRule: 'two-thirds',
        quorum: [ALL],
        previousRules: [
          { to: '2019-06-30', decisionRule: 'unanimous' },
          { to: '2019-12-31', quorum: [TWO] },
          { to: '2020-06-30', decisionRule: 'three-quarters' },
        ],
      },
    });
    const group = doc.groups[0]!;
    const on = (date: string | null) => {
      const rules = rulesOn(group, date);
      return [rules.decisionRule, rules.quorum.map((r) => r.label).join()];
    };
    expect(on('2019-06-30')).to.deep.equal(['unanimous', 'Two seats']);
    expect(on('2019-10-15')).to.deep.equal(['three-quarters', 'Two seats']);
    expect(on('2020-03-01')).to.deep.equal(['three-quarters', 'Every seat']);
    expect(on('2021-01-01')).to.deep.equal(['two-thirds', 'Every seat']);
    expect(on(null)).to.deep.equal(['two-thirds', 'Every seat']);
  });

  it('leaves a group with no earlier rules as it is', () => {
    const result = threeToTwo({ decisionRule: 'two-thirds' });
    expect([result.rule, result.tieBreak, result.result]).to.deep.equal(['two-thirds', 'none', 'not-carried']);
  });
});

describe('a decision by correspondence still open, with a rule change already recorded for a later date', () => {
  // No meeting and no `closes`: once closed, dated by its last vote (20 August 2026), which falls before the
  // change of 1 September to two-thirds. While open, "if voting closed now" must read the rules of now's date.
  const byPost = (status: 'open' | 'closed', group: Parts['group']) =>
    rulesDocument({
      seats: plainSeats(5),
      group,
      proposal: { meeting: undefined, status },
      votes: votesOf(['for', 'for', 'for', 'against', 'against']).map((v) => ({
        ...v,
        cast: v.cast.replace('2019-10-15', '2026-08-20'),
      })),
    });
  const now = '2026-08-21T10:00:00+01:00';

  it('stands under the rule in force on the date of `now`, as it is counted once closed then', () => {
    const group = {
      decisionRule: 'two-thirds' as const,
      previousRules: [{ to: '2026-08-31', decisionRule: 'simple-majority' as const }],
    };
    const open = outcome(byPost('open', group), 'p', { now });
    const closed = outcome(byPost('closed', group), 'p', { now });
    expect([closed.rule, closed.result]).to.deep.equal(['simple-majority', 'carried']);
    expect([open.rule, open.standing, open.result]).to.deep.equal(['simple-majority', 'carried', 'pending']);
  });

  it('takes the tie-break, and the chair whose casting vote breaks a tie, of that date too', () => {
    const group = { tieBreak: 'none' as const, previousRules: [{ to: '2026-08-31', tieBreak: 'chair' as const }] };
    const seats = plainSeats(4).map((s, i) => (i === 0 ? { ...s, role: 'chair' as const } : s));
    const tied = (status: 'open' | 'closed') =>
      rulesDocument({
        seats,
        group,
        proposal: { meeting: undefined, status },
        votes: votesOf(['for', 'for', 'against', 'against']).map((v) => ({
          ...v,
          cast: v.cast.replace('2019-10-15', '2026-08-20'),
        })),
      });
    const closed = outcome(tied('closed'), 'p', { now });
    expect([closed.tieBreak, closed.result, closed.decidedBy]).to.deep.equal(['chair', 'carried', 'casting-vote']);
    const open = outcome(tied('open'), 'p', { now });
    expect([open.tieBreak, open.standing, open.decidedBy]).to.deep.equal(['chair', 'carried', 'casting-vote']);
  });

  it('without `now`, reads the rules as the document names them, as it reads the seats', () => {
    const group = {
      decisionRule: 'two-thirds' as const,
      previousRules: [{ to: '2026-08-31', decisionRule: 'simple-majority' as const }],
    };
    expect(outcome(byPost('open', group), 'p').rule).to.equal('two-thirds');
  });
});
