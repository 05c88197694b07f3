/**
 * outcome().tooEarlyToSay: the kit's own rule, not the contract's, for when a
 * page may say how an open proposal would go if voting closed now. It is too
 * early while no more than half the voting seats have voted, unless the
 * proposal can no longer carry or quorum already settles it.
 */
import { expect } from '@open-wc/testing';
import { outcome } from '../../../src/rules/outcome.js';
import { plainSeats, repeat, rulesDocument, votesOf, type Choice, type Parts } from '../../fixtures/documents.js';

const ALL_VOTING = { quorum: [{ label: 'Every voting seat', seats: { voting: true }, min: 'all' as const }] };

/** Outcome of proposal 'p' among ten voting seats, taken away from a meeting unless `parts` says otherwise. */
const tenSeats = (choices: Choice[], parts: Parts = {}) =>
  outcome(
    rulesDocument({
      seats: plainSeats(10),
      votes: votesOf(choices),
      ...parts,
      proposal: { meeting: undefined, ...parts.proposal },
    }),
    'p',
  );

describe('outcome().tooEarlyToSay', () => {
  it('is true while open and no more than half the voting seats have voted, however it leans', () => {
    expect(tenSeats(repeat(3, 'for'))).to.include({ result: 'pending', standing: 'carried', tooEarlyToSay: true });
    expect(tenSeats([...repeat(4, 'for'), 'abstain'])).to.include({ tooEarlyToSay: true });
  });

  it('is false once more than half have voted, abstentions included', () => {
    expect(tenSeats([...repeat(4, 'for'), 'against', 'abstain'])).to.include({
      result: 'pending',
      standing: 'carried',
      tooEarlyToSay: false,
    });
  });

  it('is false once the proposal can no longer carry, however few have voted', () => {
    const result = tenSeats(['against'], { group: { decisionRule: 'unanimous' } });
    expect(result).to.include({ needed: null, standing: 'not-carried', tooEarlyToSay: false });
  });

  it('is false when quorum settles it: the meeting is not quorate', () => {
    const result = tenSeats(['for'], { group: ALL_VOTING, proposal: { meeting: 'm' } });
    expect(result).to.include({ result: 'pending', standing: 'inquorate', tooEarlyToSay: false });
  });

  it('is false once decided: closed or withdrawn', () => {
    expect(tenSeats(['for'], { proposal: { status: 'closed' } })).to.include({
      result: 'carried',
      tooEarlyToSay: false,
    });
    expect(tenSeats(['for'], { proposal: { status: 'withdrawn' } })).to.include({ tooEarlyToSay: false });
  });

  it('counts a published count as it counts votes', () => {
    const published = (yes: number) => tenSeats([], { proposal: { count: { for: yes, against: 1, abstain: 0 } } });
    expect(published(4)).to.include({ published: true, tooEarlyToSay: true });
    expect(published(5)).to.include({ published: true, tooEarlyToSay: false });
  });
});
