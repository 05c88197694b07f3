/**
 * Contract "Counting" with 1.1 "Seat history" (src/rules/counted-votes.ts): one counted vote per seat, the latest
 * valid one by `cast`; a holder's valid vote takes precedence over their own proxy's. Once the seat has changed
 * hands, a former holder's vote has no precedence over the proxy of the holder who followed them: the later counts.
 */
import { expect } from '@open-wc/testing';
import { outcome } from '../../../src/rules/outcome.js';
import { ownVote } from '../../../src/rules/own-votes.js';
import { at, boardSeats, rulesDocument, seat, vote, type SeatInput, type VoteInput } from '../../fixtures/documents.js';

// Ann and Amy held the seat to 31 October, Nina and Nora from 1 November; a proposal by correspondence (no meeting)
// stays open past both.
const handedOver = (): SeatInput =>
  seat('primary', 'nina', {
    proxy: 'nora',
    term: { from: '2019-11-01' },
    previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-10-31' }],
  });

/** The seat's counted vote's voter, of `votes` as given and in the reverse order. */
function countedBy(primary: SeatInput, votes: VoteInput[]): string[] {
  return [votes, [...votes].reverse()].map((listed) => {
    const doc = rulesDocument({
      seats: [primary, ...boardSeats().slice(2)],
      proposal: { meeting: undefined, closes: at('17:00', '2019-11-30') },
      votes: listed,
    });
    const result = outcome(doc, 'p');
    expect(result.invalid, 'every vote valid').to.deep.equal([]);
    return result.counted.find((c) => c.seat === 'primary')?.by ?? 'none';
  });
}

const before = (by: string, choice: 'for' | 'against' = 'for') =>
  vote('primary', by, choice, at('12:00', '2019-10-20'));
const after = (by: string, choice: 'for' | 'against' = 'against') =>
  vote('primary', by, choice, at('12:00', '2019-11-05'));

describe('the counted vote once the seat has changed hands', () => {
  it('counts the new proxy’s later vote over the former holder’s earlier one', () => {
    expect(countedBy(handedOver(), [before('ann'), after('nora')])).to.deep.equal(['nora', 'nora']);
  });

  it('counts the new proxy’s vote, and tells them so, in the document the reviewer gave', () => {
    const doc = rulesDocument({
      seats: [handedOver(), ...boardSeats().slice(2)],
      proposal: { meeting: undefined, closes: at('17:00', '2019-11-30') },
      votes: [before('ann'), after('nora')],
    });
    const result = outcome(doc, 'p');
    expect(result.counted.find((c) => c.seat === 'primary')).to.include({ by: 'nora', as: 'proxy', choice: 'against' });
    expect(result.against).to.equal(1);
    expect(result.for).to.equal(0);
    expect(ownVote(doc, 'p', 'primary', 'nora')?.counted).to.equal(true);
    expect(ownVote(doc, 'p', 'primary', 'ann')?.counted).to.equal(false);
  });

  it('counts the later vote whoever cast each across the change, as before', () => {
    expect(countedBy(handedOver(), [before('ann'), after('nina')])).to.deep.equal(['nina', 'nina']);
    expect(countedBy(handedOver(), [before('amy'), after('nina')])).to.deep.equal(['nina', 'nina']);
    expect(countedBy(handedOver(), [before('amy'), after('nora')])).to.deep.equal(['nora', 'nora']);
  });

  it('still puts a holder’s vote before their own proxy’s within one appointment, whichever was cast first', () => {
    const inNovember = (by: string, day: string) => vote('primary', by, 'for', at('12:00', day));
    expect(countedBy(handedOver(), [inNovember('nina', '2019-11-05'), inNovember('nora', '2019-11-10')])).to.deep.equal(
      ['nina', 'nina'],
    );
    expect(countedBy(handedOver(), [inNovember('nora', '2019-11-05'), inNovember('nina', '2019-11-10')])).to.deep.equal(
      ['nina', 'nina'],
    );
    const inOctober = (by: string, day: string) => vote('primary', by, 'for', at('12:00', day));
    expect(countedBy(handedOver(), [inOctober('ann', '2019-10-10'), inOctober('amy', '2019-10-20')])).to.deep.equal([
      'ann',
      'ann',
    ]);
  });

  it('puts a holder re-appointed, with a new proxy, before that proxy’s later vote: still their own proxy', () => {
    const renewed = seat('primary', 'ann', {
      proxy: 'nora',
      term: { from: '2019-11-01' },
      previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-10-31' }],
    });
    expect(countedBy(renewed, [before('ann'), after('nora')])).to.deep.equal(['ann', 'ann']);
  });

  it('counts the new proxy’s vote over a former holder’s whatever the order among three holders', () => {
    // Ann, then Nina, then Ann again with Nora as proxy: Nora is Ann's proxy again, but not of Ann's first term.
    const back = seat('primary', 'ann', {
      proxy: 'nora',
      term: { from: '2019-11-10' },
      previous: [
        { holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-10-31' },
        { holder: 'nina', proxy: null, from: '2019-11-01', to: '2019-11-09' },
      ],
    });
    const nina = vote('primary', 'nina', 'for', at('12:00', '2019-11-05'));
    const nora = vote('primary', 'nora', 'against', at('12:00', '2019-11-15'));
    expect(countedBy(back, [before('ann'), nina, nora])).to.deep.equal(['nora', 'nora']);
    expect(countedBy(back, [before('ann'), nora])).to.deep.equal(['nora', 'nora']);
  });
});
