import { expect } from '@open-wc/testing';
import { rosterWarnings, seatOn } from '../../../src/rules/roster.js';
import { en, explainWarning, namesIn } from '../../../src/messages/index.js';
import { cy } from '../../../src/messages/cy.js';
import { boardSeats, rulesDocument, seat, type Parts, type SeatInput } from '../../fixtures/documents.js';

const TODAY = '2019-06-01';
const warnings = (seats: SeatInput[], today = TODAY) => rosterWarnings(rulesDocument({ seats }), 'g', today);
const codes = (seats: SeatInput[], today = TODAY) => warnings(seats, today).map((w) => `${w.code}:${w.seat}`);
const termTo = (to: string) => [seat('primary', 'ann', { proxy: 'amy', term: { from: '2018-09-01', to } })];

describe('rosterWarnings', () => {
  it('a held voting seat without a proxy, naming the seat and its holder', () => {
    expect(codes(boardSeats())).to.deep.equal(['no-proxy:special']);
    expect(warnings(boardSeats())).to.deep.equal([
      { code: 'no-proxy', seat: 'special', values: { seat: 'special', holder: 'sam' } },
    ]);
  });

  it('a vacant voting seat, but not a vacant non-voting one; a vacant seat needs no proxy', () => {
    expect(codes([seat('primary', null)])).to.deep.equal(['vacant:primary']);
    expect(warnings([seat('primary', null)])).to.deep.equal([
      { code: 'vacant', seat: 'primary', values: { seat: 'primary' } },
    ]);
    expect(codes([{ id: 'observer', role: 'observer', voting: false, holder: null }])).to.deep.equal([]);
  });

  it('a non-voting seat needs no proxy', () => {
    expect(codes([{ id: 'adviser', role: 'adviser', voting: false, holder: 'ada' }])).to.deep.equal([]);
  });

  it('a term that ended before today', () => {
    expect(codes(termTo('2019-05-31'))).to.deep.equal(['term-ended:primary']);
    expect(warnings(termTo('2019-05-31'))[0]?.values).to.deep.equal({
      seat: 'primary',
      to: '2019-05-31',
      holder: 'ann',
    });
    const vacant = [seat('primary', null, { term: { from: '2018-09-01', to: '2019-05-31' } })];
    expect(warnings(vacant)[1]).to.deep.equal({
      code: 'term-ended',
      seat: 'primary',
      values: { seat: 'primary', to: '2019-05-31', holder: null },
    });
  });

  it('a term ending from today to 60 days after, inclusive', () => {
    expect(codes(termTo('2019-06-01'))).to.deep.equal(['term-ending:primary']); // today: not yet ended
    expect(codes(termTo('2019-07-31'))).to.deep.equal(['term-ending:primary']); // today + 60
    expect(codes(termTo('2019-08-01'))).to.deep.equal([]); // today + 61
    expect(warnings(termTo('2019-07-31'))[0]?.values).to.deep.equal({
      seat: 'primary',
      to: '2019-07-31',
      holder: 'ann',
    });
  });

  it('a term with no end, or a distant one, is no warning', () => {
    expect(codes([seat('primary', 'ann', { proxy: 'amy', term: { from: '2019-01-01' } })])).to.deep.equal([]);
    expect(codes(termTo('2021-08-31'))).to.deep.equal([]);
  });

  describe('a term warning concerns the appointment in force today, ending with none following the next day', () => {
    /** Dan holds the seat to `to`; then `holder`, over `term` when given, else from the day after `to`. */
    const handedOn = (to: string, holder: string | null, term?: { from: string; to?: string }) => [
      seat('primary', holder, {
        proxy: holder ? 'amy' : null,
        ...(term ? { term } : {}),
        previous: [{ holder: 'dan', proxy: 'dot', from: '2018-09-01', to }],
      }),
    ];

    it('a vacancy recorded ahead: the term in force today ends within 60 days, naming its holder', () => {
      expect(warnings(handedOn('2019-06-30', null))).to.deep.equal([
        { code: 'term-ending', seat: 'primary', values: { seat: 'primary', to: '2019-06-30', holder: 'dan' } },
      ]);
      expect(codes(handedOn('2019-07-31', null)), 'today + 60').to.deep.equal(['term-ending:primary']);
      expect(codes(handedOn('2019-08-01', null)), 'today + 61').to.deep.equal([]);
    });

    it('a gap before the next appointment: the term in force today ends, and no one holds the seat the day after', () => {
      expect(warnings(handedOn('2019-06-20', 'ann', { from: '2019-06-25' }))).to.deep.equal([
        { code: 'term-ending', seat: 'primary', values: { seat: 'primary', to: '2019-06-20', holder: 'dan' } },
      ]);
    });

    it('names no holder before their appointment begins: the warnings wait for it to be in force', () => {
      expect(codes(handedOn('2019-06-30', 'ann', { from: '2019-07-01' }))).to.deep.equal([]);
      // Ann's own term ends on 31 July, within 60 days: but today Dan is the representative, not Ann.
      const short = handedOn('2019-06-30', 'ann', { from: '2019-07-01', to: '2019-07-31' });
      expect(codes(short)).to.deep.equal([]);
      expect(warnings(short, '2019-07-01')).to.deep.equal([
        { code: 'term-ending', seat: 'primary', values: { seat: 'primary', to: '2019-07-31', holder: 'ann' } },
      ]);
    });
  });

  it('one person holding two or more voting seats: one warning per seat', () => {
    const twice = [seat('primary', 'ann', { proxy: 'amy' }), seat('secondary', 'ann', { proxy: 'bea' })];
    expect(codes(twice)).to.deep.equal(['multiple-seats:primary', 'multiple-seats:secondary']);
    expect(warnings(twice)[0]?.values).to.deep.equal({ seat: 'primary', person: 'ann', others: ['secondary'] });
    const thrice = [...twice, seat('special', 'ann', { proxy: 'sam' })];
    expect(codes(thrice)).to.have.length(3);
    expect(warnings(thrice)[1]?.values).to.deep.equal({
      seat: 'secondary',
      person: 'ann',
      others: ['primary', 'special'],
    });
  });

  it('names at most five other seats in words, then how many more: a placeholder holding every seat stays readable', () => {
    const many = Array.from({ length: 8 }, (_, i) => seat(`s${i + 1}`, 'ann', { proxy: `x${i + 1}` }));
    const doc = rulesDocument({ seats: many });
    const [first] = rosterWarnings(doc, 'g', '2019-10-01');
    expect(first?.values).to.include({ person: 'ann' });
    const names = namesIn(doc, en);
    expect(explainWarning(en, names, first!)).to.equal(
      'Ann holds S1 and also S2, S3, S4, S5 and 3 other seats: one person should hold one voting seat.',
    );
    expect(explainWarning(cy, namesIn(doc, cy), first!)).to.contain('3 sedd arall');
    const five = rulesDocument({ seats: many.slice(0, 6) });
    expect(explainWarning(en, namesIn(five, en), rosterWarnings(five, 'g', '2019-10-01')[0]!)).to.contain(
      'S2, S3, S4, S5 and S6:',
    );
  });

  it('one person proxy for two voting seats: one warning per seat, as they could cast two votes', () => {
    const shared = [seat('primary', 'ann', { proxy: 'amy' }), seat('secondary', 'ben', { proxy: 'amy' })];
    expect(codes(shared)).to.deep.equal(['multiple-proxies:primary', 'multiple-proxies:secondary']);
    expect(warnings(shared)[1]?.values).to.deep.equal({ seat: 'secondary', person: 'amy', others: ['primary'] });
  });

  it("a seat's proxy who holds another voting seat: a warning on the seat they stand in for, as they could cast two votes", () => {
    const crossed = [seat('primary', 'ann', { proxy: 'amy' }), seat('secondary', 'ben', { proxy: 'ann' })];
    expect(codes(crossed)).to.deep.equal(['proxy-holds-seat:secondary']);
    const [warning] = warnings(crossed);
    expect(warning?.values).to.deep.equal({ seat: 'secondary', person: 'ann', held: ['primary'] });
    const doc = rulesDocument({ seats: crossed });
    expect(explainWarning(en, namesIn(doc, en), warning!)).to.equal(
      'Ann is proxy for Secondary and holds Primary: when the representative of Secondary is away, they could cast two votes. Appoint a proxy who holds no voting seat.',
    );
    expect(explainWarning(cy, namesIn(doc, cy), warning!)).to.contain('gallai fwrw dwy bleidlais');
    // Proxy for a non-voting seat, or holding only a non-voting one, is no second vote.
    const adviser = { id: 'adviser', role: 'adviser' as const, voting: false, holder: 'amy', proxy: 'ann' };
    expect(codes([seat('primary', 'ann', { proxy: 'amy' }), adviser])).to.deep.equal([]);
  });

  it('holding a voting seat and a non-voting one is fine', () => {
    const mixed = [
      seat('primary', 'ann', { proxy: 'amy' }),
      { id: 'adviser', role: 'adviser' as const, voting: false, holder: 'ann' },
    ];
    expect(codes(mixed)).to.deep.equal([]);
  });

  it('a holder named as their own proxy', () => {
    expect(codes([seat('primary', 'ann', { proxy: 'ann' })])).to.deep.equal(['own-proxy:primary']);
    expect(warnings([seat('primary', 'ann', { proxy: 'ann' })])).to.deep.equal([
      { code: 'own-proxy', seat: 'primary', values: { seat: 'primary', person: 'ann' } },
    ]);
  });

  it('lists every warning of every seat, in seat order', () => {
    const seats = [
      seat('primary', null),
      seat('secondary', 'ben', { proxy: 'ben', term: { from: '2018-01-01', to: '2019-01-01' } }),
    ];
    expect(codes(seats)).to.deep.equal(['vacant:primary', 'own-proxy:secondary', 'term-ended:secondary']);
  });

  describe('a chair who breaks ties but whose seat has no vote (chair-cannot-cast)', () => {
    /** An independent chair: the seat's standing as given, in a group whose ties the chair breaks. */
    const chairing = (more: Partial<SeatInput> = {}, group: Parts['group'] = { tieBreak: 'chair' }, today = TODAY) =>
      rosterWarnings(
        rulesDocument({
          seats: [
            seat('chair', 'cara', { role: 'chair', proxy: 'colin', ...more }),
            seat('primary', 'ann', { proxy: 'amy' }),
          ],
          group,
        }),
        'g',
        today,
      ).map((w) => `${w.code}:${w.seat}`);
    const nonVoting = { voting: false, partner: undefined };

    it('warns on the chair’s seat when it has no vote, so that every tie stays tied', () => {
      expect(chairing(nonVoting)).to.deep.equal(['chair-cannot-cast:chair']);
      const doc = rulesDocument({
        seats: [seat('chair', 'cara', { role: 'chair', ...nonVoting })],
        group: { tieBreak: 'chair' },
      });
      expect(rosterWarnings(doc, 'g', TODAY)).to.deep.equal([
        { code: 'chair-cannot-cast', seat: 'chair', values: { seat: 'chair' } },
      ]);
    });

    it('no warning when ties are not broken by the chair, or the chair’s seat votes', () => {
      expect(chairing(nonVoting, { tieBreak: 'none' })).to.deep.equal([]);
      expect(chairing(nonVoting, {})).to.deep.equal([]);
      expect(chairing()).to.deep.equal([]);
    });

    it('judges the seat’s standing of today: a chair’s seat that lost its vote during the term', () => {
      // The chair voted until the end of May 2019, and has chaired without a vote since.
      const lost = { ...nonVoting, previousStanding: [{ to: '2019-05-31', voting: true, partner: 'chair' }] };
      expect(chairing(lost, { tieBreak: 'chair' }, '2019-05-31')).to.deep.equal([]);
      expect(chairing(lost, { tieBreak: 'chair' }, '2019-06-01')).to.deep.equal(['chair-cannot-cast:chair']);
      // And one given a vote from June: warned of before, not after.
      const gained = { previousStanding: [{ to: '2019-05-31', voting: false }] };
      expect(chairing(gained, { tieBreak: 'chair' }, '2019-05-31')).to.deep.equal(['chair-cannot-cast:chair']);
      expect(chairing(gained, { tieBreak: 'chair' }, '2019-06-01')).to.deep.equal([]);
    });

    it('judges the group’s rules and the chair of today: a tie-break or a chair changed since', () => {
      // The chair broke ties until the end of May 2019; since June, a tie is not carried.
      const until = { tieBreak: 'none' as const, previousRules: [{ to: '2019-05-31', tieBreak: 'chair' as const }] };
      expect(chairing(nonVoting, until, '2019-05-31')).to.deep.equal(['chair-cannot-cast:chair']);
      expect(chairing(nonVoting, until, '2019-06-01')).to.deep.equal([]);
      // A non-voting seat that took the chair in June: no chair without a vote before then.
      const seats = [
        seat('primary', 'ann', { proxy: 'amy', previousStanding: [{ to: '2019-05-31', role: 'chair' }] }),
        seat('adviser', 'ada', {
          ...nonVoting,
          role: 'chair',
          previousStanding: [{ to: '2019-05-31', role: 'adviser' }],
        }),
      ];
      const handed = rulesDocument({ seats, group: { tieBreak: 'chair' } });
      expect(rosterWarnings(handed, 'g', '2019-05-31')).to.deep.equal([]);
      expect(rosterWarnings(handed, 'g', '2019-06-01').map((w) => `${w.code}:${w.seat}`)).to.deep.equal([
        'chair-cannot-cast:adviser',
      ]);
    });

    it('in words: why no tie can be broken, and what the clerk can do', () => {
      const parts: Parts = {
        seats: [seat('chair', 'cara', { role: 'chair', ...nonVoting })],
        group: { tieBreak: 'chair' },
      };
      const doc = rulesDocument(parts);
      const [warning] = rosterWarnings(doc, 'g', TODAY);
      expect(explainWarning(en, namesIn(doc, en), warning!)).to.equal(
        'The group’s rules give the chair a casting vote in a tie, but the chair’s seat, Chair, has no vote: a tie can never be broken, so it is not carried. Give Chair a vote, or change the rules so that the chair has no casting vote.',
      );
      expect(explainWarning(cy, namesIn(doc, cy), warning!)).to.contain('bleidlais fwrw');
    });
  });

  describe('a seat whose next holder is appointed from a later day', () => {
    // Ann is appointed from 1 July 2019: the seat is vacant until then, but nobody is left to appoint.
    const later = [seat('primary', 'ann', { proxy: 'amy', term: { from: '2019-07-01', to: '2021-06-30' } })];

    it('says when the appointment begins and who holds it then, not that the partner should appoint someone', () => {
      expect(warnings(later)).to.deep.equal([
        { code: 'appointed-from', seat: 'primary', values: { seat: 'primary', from: '2019-07-01', holder: 'ann' } },
      ]);
      expect(codes(later, '2019-07-01'), 'in post from that day').to.deep.equal([]);
    });

    it('after a recorded appointment has ended, names the one to come after the gap', () => {
      const gap = [
        seat('primary', 'ann', {
          proxy: 'amy',
          term: { from: '2019-07-01' },
          previous: [{ holder: 'dan', proxy: 'dot', from: '2018-01-01', to: '2019-05-31' }],
        }),
      ];
      expect(warnings(gap)[0]?.values).to.deep.equal({ seat: 'primary', from: '2019-07-01', holder: 'ann' });
    });

    it('a seat with no one appointed to come is still vacant', () => {
      const none = [seat('primary', null, { term: { from: '2019-07-01' } })];
      expect(codes(none)).to.deep.equal(['vacant:primary']);
    });

    it('in words, in English and Welsh', () => {
      const doc = rulesDocument({ seats: later });
      const [warning] = rosterWarnings(doc, 'g', TODAY);
      expect(explainWarning(en, namesIn(doc, en), warning!)).to.equal(
        'Primary is vacant until 1 July 2019: Ann is appointed as its representative from that day.',
      );
      expect(explainWarning(cy, namesIn(doc, cy), warning!)).to.equal(
        'Mae sedd Primary yn wag tan 1 Gorffennaf 2019: penodwyd Ann yn gynrychiolydd o’r diwrnod hwnnw.',
      );
    });
  });

  it('throws a RangeError naming an unknown group', () => {
    expect(() => rosterWarnings(rulesDocument(), 'nope', TODAY)).to.throw(RangeError, "No group has the id 'nope'");
  });
});

describe('seatOn', () => {
  /** An acting chair from May to November 2019, a gap in December, the chair from January 2020. */
  const chair = rulesDocument({
    seats: [
      seat('chair', 'cara', {
        proxy: 'colin',
        term: { from: '2020-01-01', to: '2022-12-31' },
        previous: [{ holder: 'dan', proxy: null, from: '2019-05-01', to: '2019-11-30' }],
      }),
    ],
  }).groups[0]!.seats[0]!;

  it('gives the holder, proxy and term of the appointment in force on the day', () => {
    const on = (today: string) => {
      const { holder, proxy, term } = seatOn(chair, today);
      return { holder, proxy, term };
    };
    expect(on('2019-06-01')).to.deep.equal({
      holder: 'dan',
      proxy: null,
      term: { from: '2019-05-01', to: '2019-11-30' },
    });
    expect(on('2019-12-10')).to.deep.equal({ holder: null, proxy: null, term: undefined });
    expect(on('2020-06-01')).to.deep.equal({
      holder: 'cara',
      proxy: 'colin',
      term: { from: '2020-01-01', to: '2022-12-31' },
    });
    expect(seatOn(chair, '2020-06-01')).to.equal(chair);
  });
});
