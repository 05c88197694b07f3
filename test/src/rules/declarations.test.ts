/**
 * Contract 1.1 "Declarations of interest": who withdrew cannot vote, their
 * seat is voted by its other appointee, their seat is not present for that
 * proposal's quorum when only they attended, and outcome() lists every
 * declaration with the seat it concerns.
 */
import { expect } from '@open-wc/testing';
import type { AttendanceEntry } from '../../../src/contract/schema.js';
import { withdrew } from '../../../src/rules/appointments.js';
import { checkVote, eligibleSeats, ineligibility } from '../../../src/rules/eligibility.js';
import { inPlaceOfWithdrawn, outcome } from '../../../src/rules/outcome.js';
import { quorum } from '../../../src/rules/quorum.js';
import { at, boardSeats, rulesDocument, seat, vote, type Parts, newVote } from '../../fixtures/documents.js';
import { reason, refusal } from '../../fixtures/rules-fixture.js';

type Declared = { person: string; interest: string; withdrew: boolean; declared?: string };
const declared = (person: string, withdrew = true): Declared => ({ person, interest: 'Governor of Carew', withdrew });
const HALF = { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] };
const documentWith = (declarations: Declared[], parts: Parts = {}) =>
  rulesDocument({
    group: HALF,
    meeting: { attendance: { primary: 'holder', secondary: 'holder' } },
    ...parts,
    proposal: { declarations, ...parts.proposal },
  });

describe('a holder who withdrew', () => {
  const doc = documentWith([declared('ann')]);

  it('cannot vote on the proposal: declared-interest, naming them and the proposal', () => {
    const check = checkVote(doc, newVote({}));
    expect(refusal(check)).to.deep.equal({ reason: 'declared-interest', values: { person: 'ann', proposal: 'p' } });
  });

  it('leaves the seat to the proxy, even though the holder is present', () => {
    expect(reason(checkVote(doc, newVote({ by: 'amy' })))).to.equal('ok');
    expect(eligibleSeats(doc, 'p', 'amy')).to.deep.equal([{ seat: 'primary', as: 'proxy' }]);
    expect(eligibleSeats(doc, 'p', 'ann')).to.deep.equal([]);
    expect(ineligibility(doc, 'p', 'ann').map((i) => i.reason)).to.deep.equal(['declared-interest']);
  });

  it('can still vote on another proposal', () => {
    const other = documentWith([declared('ann')], {
      proposals: [{ id: 'q', group: 'g', meeting: 'm', title: 'Another', status: 'open' }],
    });
    expect(reason(checkVote(other, newVote({ proposal: 'q' })))).to.equal('ok');
    expect(reason(checkVote(other, newVote({ proposal: 'q', by: 'amy' })))).to.equal('holder-present');
  });

  it("has their stored vote left uncounted and the proxy's counted", () => {
    const votes = [vote('primary', 'ann', 'against', at('16:40')), vote('primary', 'amy', 'for', at('16:30'))];
    const result = outcome(documentWith([declared('ann')], { votes }), 'p');
    expect([result.for, result.against]).to.deep.equal([1, 0]);
    expect(result.invalid.map((i) => i.reason)).to.deep.equal(['declared-interest']);
    expect(result.counted[0]).to.include({ by: 'amy', as: 'proxy' });
  });
});

describe('a declaration minuted after the vote closed', () => {
  const closes = at('17:00');
  const late = { ...declared('ben'), declared: at('17:30') };
  const doc = documentWith([late], {
    group: { quorum: [{ label: 'All voting seats', seats: { voting: true }, min: 'all' }] },
    seats: boardSeats().slice(0, 3),
    meeting: { attendance: { chair: 'holder', primary: 'holder', secondary: 'holder' } },
    proposal: { status: 'closed', closes },
    votes: [vote('chair', 'cara', 'for', at('16:30')), vote('secondary', 'ben', 'against', at('16:31'))],
  });

  it('does not reach back: the vote cast before it counts, and the seat was in the room at closes', () => {
    const result = outcome(doc, 'p');
    expect(result.invalid).to.deep.equal([]);
    expect([result.for, result.against, result.quorate]).to.deep.equal([1, 1, true]);
    expect(withdrew(doc.proposals[0]!, 'ben', closes)).to.equal(false);
    expect(withdrew(doc.proposals[0]!, 'ben'), 'asked with no moment: they did withdraw').to.equal(true);
  });

  it('made by closes, it voids the vote as before', () => {
    const early = documentWith([{ ...declared('ben'), declared: at('16:45') }], {
      proposal: { status: 'closed', closes },
      votes: [vote('secondary', 'ben', 'against', at('16:31'))],
    });
    expect(outcome(early, 'p').invalid.map((i) => i.reason)).to.deep.equal(['declared-interest']);
    // Minuted at the very moment the vote closed: made by closes, so it still voids the vote.
    const atClose = documentWith([{ ...declared('ben'), declared: closes }], {
      proposal: { status: 'closed', closes },
      votes: [vote('secondary', 'ben', 'against', at('16:31'))],
    });
    expect(outcome(atClose, 'p').invalid.map((i) => i.reason)).to.deep.equal(['declared-interest']);
    expect(withdrew(atClose.proposals[0]!, 'ben', closes)).to.equal(true);
    // Nobody in post (a vacant capacity) never withdrew.
    expect(withdrew(atClose.proposals[0]!, null, closes)).to.equal(false);
  });
});

describe("a proxy's vote cast before the holder declared and withdrew", () => {
  // Ann was in the room for the primary seat; Amy, her proxy, voted at 16:30; Ann declared and withdrew at 16:45.
  const closes = at('17:00');
  const documentVotedBy = (cast: string, declaredAt: string | null = at('16:45')) =>
    documentWith([{ ...declared('ann'), ...(declaredAt ? { declared: declaredAt } : {}) }], {
      proposal: { status: 'open', closes },
      votes: [vote('primary', 'amy', 'for', cast)],
    });

  it('is refused as holder-present, naming when the holder declared, by checkVote and outcome alike', () => {
    const doc = documentVotedBy(at('16:30'));
    const check = checkVote(doc, doc.votes[0]!);
    expect(refusal(check)).to.deep.equal({
      reason: 'holder-present',
      values: { seat: 'primary', holder: 'ann', proxy: 'amy', meeting: 'm', date: '2019-10-15', declared: at('16:45') },
    });
    const result = outcome(doc, 'p');
    expect([result.for, result.invalid.map((i) => i.reason)]).to.deep.equal([0, ['holder-present']]);
    expect(eligibleSeats(doc, 'p', 'amy', at('16:30'))).to.deep.equal([]);
  });

  it('counts once cast after the declaration, and, with no `declared`, whenever it was cast', () => {
    const after = documentVotedBy(at('16:50'));
    expect(reason(checkVote(after, after.votes[0]!))).to.equal('ok');
    expect(eligibleSeats(after, 'p', 'amy', at('16:50'))).to.deep.equal([{ seat: 'primary', as: 'proxy' }]);
    const undated = documentVotedBy(at('16:30'), null);
    expect(outcome(undated, 'p').for).to.equal(1);
    expect(reason(checkVote(undated, undated.votes[0]!))).to.equal('ok');
  });
});

describe('a declaration made after the meeting, while voting stays open', () => {
  // The meeting ended at 18:00; votes were taken by correspondence until 17:00 the next day. Ben declared an
  // interest the next morning and withdrew, then voted all the same.
  const nextDay = (hhmm: string) => at(hhmm, '2019-10-16');
  const documentEnded = (end: string | undefined) =>
    documentWith([{ ...declared('ben'), declared: nextDay('09:00') }], {
      group: { quorum: [{ label: 'All voting seats', seats: { voting: true }, min: 'all' }] },
      seats: boardSeats().slice(0, 3),
      meeting: { attendance: { chair: 'holder', primary: 'holder', secondary: 'holder' }, ...(end ? { end } : {}) },
      proposal: { status: 'open', closes: nextDay('17:00') },
      votes: [vote('chair', 'cara', 'for', nextDay('08:00')), vote('secondary', 'ben', 'against', nextDay('10:00'))],
    });

  it('voids their vote and refuses another, whether or not the meeting recorded its end', () => {
    for (const end of [at('18:00'), undefined]) {
      const doc = documentEnded(end);
      const result = outcome(doc, 'p');
      expect(
        result.invalid.map((i) => i.reason),
        `end ${end}`,
      ).to.deep.equal(['declared-interest']);
      expect([result.for, result.against], `end ${end}`).to.deep.equal([1, 0]);
      const again = newVote({ seat: 'secondary', by: 'ben', cast: nextDay('11:00') });
      expect(reason(checkVote(doc, again, { now: nextDay('11:00') })), `end ${end}`).to.equal('declared-interest');
      // Bea, Ben's proxy, votes in his place, though he was in the room at the meeting.
      expect(eligibleSeats(doc, 'p', 'bea', nextDay('11:00')), `end ${end}`).to.deep.equal([
        { seat: 'secondary', as: 'proxy' },
      ]);
    }
  });

  it("leaves the meeting's quorum as the room was when it ended: the seat was there", () => {
    expect(outcome(documentEnded(at('18:00')), 'p').quorate).to.equal(true);
  });
});

describe('a proxy who withdrew', () => {
  const doc = documentWith([declared('amy')], { meeting: { attendance: {} } });

  it('cannot vote, even while the holder is away; only the holder may', () => {
    expect(reason(checkVote(doc, newVote({ by: 'amy' })))).to.equal('declared-interest');
    expect(reason(checkVote(doc, newVote({ by: 'ann' })))).to.equal('ok');
  });
});

describe('a declaration without withdrawal', () => {
  const doc = documentWith([declared('ann', false), declared('bea', false)]);

  it('changes nothing: the holder votes, and the proxy still may not while the holder is present', () => {
    expect(withdrew(doc.proposals[0]!, 'ann')).to.equal(false);
    expect(reason(checkVote(doc, newVote({})))).to.equal('ok');
    expect(reason(checkVote(doc, newVote({ by: 'amy' })))).to.equal('holder-present');
    expect(reason(checkVote(doc, newVote({ seat: 'secondary', by: 'ben' })))).to.equal('ok');
    expect(quorum(doc, 'm', { proposal: 'p' }).requirements[0]!.present).to.equal(2);
  });

  it('is still listed by outcome(), with withdrew false', () => {
    expect(outcome(doc, 'p').declarations).to.deep.equal([
      { person: 'ann', seat: 'primary', withdrew: false },
      { person: 'bea', seat: 'secondary', withdrew: false },
    ]);
  });
});

describe('quorum for a proposal', () => {
  const attendance: Record<string, AttendanceEntry> = {
    primary: 'holder',
    secondary: [
      { as: 'proxy', arrived: at('16:00'), left: at('16:30') },
      { as: 'holder', arrived: at('16:30') },
    ],
    special: 'holder',
  };
  const present = (declarations: Declared[], options: { at?: string } = {}) => {
    const doc = documentWith(declarations, { meeting: { attendance } });
    return quorum(doc, 'm', { proposal: 'p', ...options }).requirements[0]!.present;
  };

  it('leaves out a seat attended only by someone who withdrew', () => {
    expect(present([])).to.equal(3);
    expect(present([declared('ann')])).to.equal(2);
    expect(present([declared('sam')])).to.equal(2);
  });

  it('keeps a seat its other appointee attended', () => {
    expect(present([declared('ben')])).to.equal(3); // Bea was there for Secondary until 16:30
    expect(present([declared('bea')])).to.equal(3);
    expect(present([declared('ben')], { at: at('16:45') })).to.equal(2); // by then only Ben, who withdrew
    expect(present([declared('ben')], { at: at('16:15') })).to.equal(3);
  });

  it('ignores withdrawals when no proposal is named', () => {
    const doc = documentWith([declared('ann'), declared('sam')], { meeting: { attendance } });
    expect(quorum(doc, 'm').requirements[0]!.present).to.equal(3);
  });

  it("makes outcome() inquorate when the withdrawn member's seat was needed", () => {
    const doc = documentWith([declared('ann')], { proposal: { status: 'closed' } });
    expect(quorum(doc, 'm').quorate).to.equal(true);
    expect(outcome(doc, 'p')).to.include({ quorate: false, result: 'inquorate' });
  });

  it('judges the withdrawal at closes in outcome()', () => {
    const doc = documentWith([declared('ben')], { meeting: { attendance }, proposal: { closes: at('16:15') } });
    expect(outcome(doc, 'p').quorate).to.equal(true); // at 16:15 Bea stood in for Secondary
    const later = documentWith([declared('ben'), declared('sam')], {
      meeting: { attendance },
      proposal: { closes: at('16:45') },
    });
    expect(outcome(later, 'p').quorate).to.equal(false); // primary only: 1 of 4
  });
});

describe('outcome().declarations', () => {
  it('names the voting seat the person held or stood proxy for, else null', () => {
    const doc = documentWith([declared('ann'), declared('bea', false), declared('ada'), declared('dan')]);
    expect(outcome(doc, 'p').declarations).to.deep.equal([
      { person: 'ann', seat: 'primary', withdrew: true },
      { person: 'bea', seat: 'secondary', withdrew: false },
      { person: 'ada', seat: null, withdrew: true }, // the adviser's seat does not vote
      { person: 'dan', seat: null, withdrew: true },
    ]);
  });

  it('names the seat the person holds, not one listed before it that they stand proxy for', () => {
    // Ben holds the secondary seat and is also the primary seat's proxy; he withdrew. Bea, his own proxy,
    // votes in his place: the vote panel says so only when his declaration names the seat he holds.
    const seats = boardSeats().map((s) => (s.id === 'primary' ? { ...s, proxy: 'ben' } : s));
    const doc = documentWith([declared('ben')], { seats });
    const result = outcome(doc, 'p');
    expect(result.declarations).to.deep.equal([{ person: 'ben', seat: 'secondary', withdrew: true }]);
    const seatsOfBea = eligibleSeats(doc, 'p', 'bea');
    expect(seatsOfBea).to.deep.equal([{ seat: 'secondary', as: 'proxy' }]);
    expect(inPlaceOfWithdrawn(result, seatsOfBea[0]!, 'bea')).to.equal(true);
  });

  it("is judged at the proposal's closes, else its meeting's date", () => {
    const seats = [
      seat('primary', 'nina', {
        term: { from: '2019-11-01' },
        previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-10-31' }],
      }),
      ...boardSeats().slice(2),
    ];
    const onMeetingDay = documentWith([declared('ann'), declared('nina')], { seats, meeting: {} });
    expect(outcome(onMeetingDay, 'p').declarations.map((d) => d.seat)).to.deep.equal(['primary', null]);
    const closesLater = documentWith([declared('ann'), declared('nina')], {
      seats,
      meeting: {},
      proposal: { closes: '2019-11-05T12:00:00Z' },
    });
    expect(outcome(closesLater, 'p').declarations.map((d) => d.seat)).to.deep.equal([null, 'primary']);
  });

  it('is judged, while a vote by correspondence is open, on the date of `now`, as it will be once decided', () => {
    // No meeting, no closes: Ann holds the seat until 31 October, Nina from 1 November (already in the document).
    // In October Ann withdrew and her proxy Amy voted in her place; the seat was Ann's then, not "none".
    const seats = [
      seat('primary', 'nina', {
        term: { from: '2019-11-01' },
        previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-10-31' }],
      }),
      ...boardSeats().slice(2),
    ];
    const votes = [vote('primary', 'amy', 'for', '2019-10-20T10:00:00+01:00')];
    const byPost = (status: 'open' | 'closed') =>
      documentWith([declared('ann')], { seats, meeting: {}, proposal: { meeting: undefined, status }, votes });
    const now = '2019-10-21T10:00:00+01:00';
    const open = outcome(byPost('open'), 'p', { now });
    expect(open.declarations).to.deep.equal([{ person: 'ann', seat: 'primary', withdrew: true }]);
    expect(inPlaceOfWithdrawn(open, { seat: 'primary', as: 'proxy' }, 'amy')).to.equal(true);
    expect(outcome(byPost('closed'), 'p', { now }).declarations).to.deep.equal(open.declarations);
  });
});

describe('inPlaceOfWithdrawn', () => {
  const inPlace = (declarations: Declared[], voter: string) => {
    const doc = documentWith(declarations);
    const result = outcome(doc, 'p');
    return eligibleSeats(doc, 'p', voter).map((seat) => inPlaceOfWithdrawn(result, seat, voter));
  };

  it("is true for the proxy of a holder who withdrew: they vote in the holder's place", () => {
    expect(inPlace([declared('ann')], 'amy')).to.deep.equal([true]);
    // Another member's declaration, withdrawn or not, changes nothing: Ann's alone puts Amy in her place.
    expect(inPlace([declared('ben', false), declared('ann')], 'amy')).to.deep.equal([true]);
  });

  it('is false for a holder, for another seat, and where nobody withdrew', () => {
    expect(inPlace([declared('amy')], 'ann')).to.deep.equal([false]);
    expect(inPlace([declared('ann'), declared('ben', false)], 'ben')).to.deep.equal([false]);
    expect(inPlace([declared('ann', false)], 'amy')).to.deep.equal([]); // Ann is in the room: Amy may not vote
    const proxy = { seat: 'primary', as: 'proxy' as const };
    expect(inPlaceOfWithdrawn(outcome(documentWith([declared('ann', false)]), 'p'), proxy, 'amy')).to.equal(false);
  });

  it("is false for a proxy's own withdrawal", () => {
    const result = outcome(documentWith([declared('amy')]), 'p');
    expect(inPlaceOfWithdrawn(result, { seat: 'primary', as: 'proxy' }, 'amy')).to.equal(false);
  });
});
