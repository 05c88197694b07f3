/**
 * The document checks of contract 1.2's `previousStanding`: a seat's earlier
 * standing runs oldest first, names partners that exist, a seat voting then
 * named its partner then, and a chair's casting vote had one chair on every
 * date it was the group's tie-break. Each problem names its JSON path.
 */
import { expect } from '@open-wc/testing';
import { parseDocument, servedDocument, type Problem } from '../../../src/contract/index.js';
import { parsed, plainSeats, rulesInput, seat, withoutRecord, type Parts } from '../../fixtures/documents.js';

function problemsOf(parts: Parts): Problem[] {
  const result = parseDocument(rulesInput({ seats: plainSeats(3), ...parts }));
  return result.ok ? [] : (result.problems.map(withoutRecord) as Problem[]);
}
const codesAt = (parts: Parts) => problemsOf(parts).map((p) => [p.path, p.code]);

/** Three voting seats, the first with `previousStanding`. */
const withFirst = (more: Parameters<typeof seat>[2]) => [seat('s1', 'h1', more), ...plainSeats(3).slice(1)];

describe('contract 1.2: a seat’s earlier standing', () => {
  it('accepts earlier standing oldest first, each entry giving only what changed', () => {
    const doc = parsed(
      rulesInput({
        seats: withFirst({
          previousStanding: [
            { to: '2018-08-31', voting: false, tags: ['co-opted'] },
            { to: '2019-08-31', role: 'chair', partner: 'diocese' },
          ],
        }),
      }),
    );
    const [first, second] = doc.groups[0]!.seats[0]!.previousStanding;
    expect(first).to.deep.equal({ to: '2018-08-31', voting: false, tags: ['co-opted'] });
    expect(second).to.deep.equal({ to: '2019-08-31', role: 'chair', partner: 'diocese' });
  });

  it('refuses earlier standing out of order, at the later entry’s `to`', () => {
    const previousStanding = [
      { to: '2019-08-31', voting: false },
      { to: '2019-08-31', role: 'chair' as const },
    ];
    expect(codesAt({ seats: withFirst({ previousStanding }) })).to.deep.equal([
      ['groups[0].seats[0].previousStanding[1].to', 'standing-out-of-order'],
    ]);
  });

  it('refuses an earlier partner that does not exist', () => {
    const problems = problemsOf({
      seats: withFirst({ previousStanding: [{ to: '2019-08-31', partner: 's22' }] }),
      partners: ['s1', 's2', 's3'].map((id) => ({ id, name: `Partner ${id}` })),
    });
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['groups[0].seats[0].previousStanding[0].partner', 'unknown-reference'],
    ]);
  });

  it('asks a seat that voted before it had a partner to name the partner it represented then', () => {
    const adviser = { id: 'a', role: 'adviser' as const, voting: false, holder: 'h9' };
    const previousStanding = [{ to: '2019-08-31', voting: true }];
    expect(codesAt({ seats: [...plainSeats(2), { ...adviser, previousStanding }] })).to.deep.equal([
      ['groups[0].seats[2].previousStanding[0].partner', 'voting-seat-without-partner'],
    ]);
    const named = [{ to: '2019-08-31', voting: true, partner: 's1' }];
    expect(codesAt({ seats: [...plainSeats(2), { ...adviser, previousStanding: named }] })).to.deep.equal([]);
  });

  it('asks for one chair on every date the chair broke ties, today’s seats aside', () => {
    // The chair handed over on 31 August 2019: s1 was chair until then, s2 is chair now.
    const handedOver = [
      seat('s1', 'h1', { previousStanding: [{ to: '2019-08-31', role: 'chair' }] }),
      seat('s2', 'h2', { role: 'chair', previousStanding: [{ to: '2019-08-31', role: 'member' }] }),
      seat('s3', 'h3'),
    ];
    expect(codesAt({ seats: handedOver, group: { tieBreak: 'chair' } })).to.deep.equal([]);
    // s1 was chair until then, and s2 is chair today and was then too: two chairs before the change.
    const twoChairs = [handedOver[0]!, seat('s2', 'h2', { role: 'chair' }), handedOver[2]!];
    const problems = problemsOf({ seats: twoChairs, group: { tieBreak: 'chair' } });
    expect(problems.map((p) => [p.path, p.code, p.values])).to.deep.equal([
      ['groups[0].tieBreak', 'chair-tie-break-chairs', { group: 'g', chairs: 2, date: '2019-08-31' }],
    ]);
  });

  it('asks for the chair only while the chair broke ties', () => {
    // The chair's casting vote ended with the chair's seat: no chair since, and no casting vote since either.
    const seats = withFirst({ role: 'member', previousStanding: [{ to: '2019-08-31', role: 'chair' }] });
    const group = { tieBreak: 'none' as const, previousRules: [{ to: '2019-08-31', tieBreak: 'chair' as const }] };
    expect(codesAt({ seats, group })).to.deep.equal([]);
    const later = { ...group, previousRules: [{ to: '2019-12-31', tieBreak: 'chair' as const }] };
    expect(codesAt({ seats, group: later })).to.deep.equal([
      ['groups[0].previousRules[0].tieBreak', 'chair-tie-break-chairs'],
    ]);
  });

  it('checks an earlier quorum against the seats as they stood while it was in force', () => {
    const seats = withFirst({ previousStanding: [{ to: '2019-08-31', tags: ['core'] }] });
    const core = [{ label: 'Core', seats: { tag: 'core' }, min: 1 }];
    expect(codesAt({ seats, group: { previousRules: [{ to: '2019-08-31', quorum: core }] } })).to.deep.equal([]);
    expect(codesAt({ seats, group: { quorum: core } })).to.deep.equal([
      ['groups[0].quorum[0].seats', 'quorum-selects-no-seat'],
    ]);
  });

  it('is served only when a seat has it', () => {
    const doc = parsed(rulesInput({ seats: withFirst({ previousStanding: [{ to: '2019-08-31', voting: false }] }) }));
    const [first, second] = servedDocument(doc).groups[0]!.seats;
    expect(first?.previousStanding).to.deep.equal([{ to: '2019-08-31', voting: false }]);
    expect(second !== undefined && 'previousStanding' in second).to.equal(false);
  });
});
