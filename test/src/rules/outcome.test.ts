import { expect } from '@open-wc/testing';
import { outcome } from '../../../src/rules/outcome.js';
import { quorum } from '../../../src/rules/quorum.js';
import {
  agreedRule,
  at,
  boardSeats,
  plainSeats,
  repeat,
  rulesDocument,
  seat,
  vote,
  votesOf,
  type Choice,
  type Parts,
  type ProposalInput,
} from '../../fixtures/documents.js';

/** The outcome of a closed proposal on a group of `seats` plain seats, with these votes. */
function closedWith(choices: Choice[], proposal: Partial<ProposalInput> = {}, seats = choices.length) {
  return outcome(
    rulesDocument({ seats: plainSeats(seats), proposal: { status: 'closed', ...proposal }, votes: votesOf(choices) }),
    'p',
  );
}
const tallyOf = (o: ReturnType<typeof outcome>) => [o.for, o.against, o.abstain];

describe('outcome: decision rules', () => {
  it('simple majority: 3 to 2 carried, 2 to 2 tied, 2 to 3 not carried', () => {
    expect(closedWith(['for', 'for', 'for', 'against', 'against']).result).to.equal('carried');
    expect(closedWith(['for', 'for', 'against', 'against']).result).to.equal('tied');
    expect(closedWith(['for', 'for', 'against', 'against', 'against']).result).to.equal('not-carried');
  });

  it('no votes for or against is no tie: not carried', () => {
    expect(closedWith(['abstain', 'abstain']).result).to.equal('not-carried');
    expect(closedWith([], {}, 3).result).to.equal('not-carried');
  });

  it('absolute majority counts the group’s voting seats, not the turnout', () => {
    const rule = agreedRule('absolute-majority');
    expect(closedWith(repeat(4, 'for'), rule, 8).result).to.equal('not-carried');
    expect(closedWith(repeat(5, 'for'), rule, 8).result).to.equal('carried');
    expect(closedWith(repeat(5, 'for'), rule, 10).result).to.equal('not-carried');
  });

  it('two-thirds: 6 for to 3 against carried, 5 to 3 not', () => {
    const rule = agreedRule('two-thirds');
    expect(closedWith([...repeat(6, 'for'), ...repeat(3, 'against')], rule).result).to.equal('carried');
    expect(closedWith([...repeat(5, 'for'), ...repeat(3, 'against')], rule).result).to.equal('not-carried');
  });

  it('three-quarters: 6 for to 2 against carried, 5 to 2 not', () => {
    const rule = agreedRule('three-quarters');
    expect(closedWith([...repeat(6, 'for'), ...repeat(2, 'against')], rule).result).to.equal('carried');
    expect(closedWith([...repeat(5, 'for'), ...repeat(2, 'against')], rule).result).to.equal('not-carried');
  });

  it('unanimous: carried with every vote for; one abstention or one against fails it', () => {
    const rule = agreedRule('unanimous');
    expect(closedWith(['for', 'for', 'for'], rule).result).to.equal('carried');
    // CONTRACT.md: "unanimous: for > 0, against = 0 and abstain = 0": one vote for, and no other, carries.
    expect(closedWith(['for'], rule, 3).result).to.equal('carried');
    expect(closedWith(['for', 'for', 'abstain'], rule).result).to.equal('not-carried');
    expect(closedWith(['for', 'for', 'against'], rule).result).to.equal('not-carried');
  });

  it('abstentions never count as for or against', () => {
    const simple = closedWith(['for', 'abstain', 'abstain', 'abstain']);
    expect([...tallyOf(simple), simple.result]).to.deep.equal([1, 0, 3, 'carried']);
    const twoThirds = closedWith(['for', 'for', 'against', ...repeat(5, 'abstain')], agreedRule('two-thirds'));
    expect(twoThirds.result).to.equal('carried');
    expect(
      closedWith(['for', 'for', 'for', 'abstain', 'abstain', 'abstain'], agreedRule('absolute-majority')).result,
    ).to.equal('not-carried'); // 3 of 6 seats is not more than half
  });

  it('a tie is only a tie under simple majority', () => {
    expect(closedWith(['for', 'against'], agreedRule('two-thirds')).result).to.equal('not-carried');
  });

  it('uses the group’s rule unless the proposal names one agreed unanimously, and says where it came from', () => {
    const groupRule = outcome(rulesDocument({ group: { decisionRule: 'two-thirds' } }), 'p');
    expect([groupRule.rule, groupRule.ruleSource]).to.deep.equal(['two-thirds', { kind: 'group-default' }]);
    const agreed = outcome(rulesDocument({ proposal: agreedRule('unanimous') }), 'p');
    expect([agreed.rule, agreed.ruleSource]).to.deep.equal(['unanimous', { kind: 'agreed', meeting: 'm' }]);
    const restated = outcome(rulesDocument({ proposal: agreedRule('simple-majority') }), 'p');
    expect(restated.ruleSource).to.deep.equal({ kind: 'group-default' }); // the group's own rule needs no agreement
  });
});

describe('outcome: needed and entitled', () => {
  it('entitled is every voting seat of the group, vacant ones included, advisers not', () => {
    expect(outcome(rulesDocument(), 'p').entitled).to.equal(4);
    const vacant = rulesDocument({
      seats: [...plainSeats(3), { id: 'gap', partner: 'gap', voting: true, holder: null }],
    });
    expect(outcome(vacant, 'p').entitled).to.equal(4);
  });

  it('entitled counts the seats of the proposal’s date: a seat first appointed later does not rewrite the count', () => {
    const rule = agreedRule('absolute-majority');
    const later = [
      seat('s5', 'h5', { term: { from: '2020-09-01' } }),
      seat('s6', 'h6', { term: { from: '2020-09-01' } }),
    ];
    const closed = (seats: ReturnType<typeof plainSeats>) =>
      outcome(rulesDocument({ seats, proposal: { status: 'closed', ...rule }, votes: votesOf(repeat(3, 'for')) }), 'p');
    expect(closed(plainSeats(4))).to.include({ entitled: 4, result: 'carried' });
    // Two seats added to the group in September 2020: the October 2019 decision stands as it was.
    expect(closed([...plainSeats(4), ...later])).to.include({ entitled: 4, result: 'carried', needed: 3 });
    // A seat vacant on the day, under `previous`, was a seat of the group then, and still counts.
    const vacantThen = seat('s5', 'h5', {
      term: { from: '2019-11-01' },
      previous: [{ holder: null, from: '2019-01-01', to: '2019-10-31' }],
    });
    expect(closed([...plainSeats(4), vacantThen])).to.include({ entitled: 5 });
  });

  it('entitled counts a seat first appointed after the meeting once it has a counted vote: never more votes than seats', () => {
    // No closes: the proposal is dated by its meeting (15 October 2019), yet takes valid votes after it.
    const doc = rulesDocument({
      seats: [...plainSeats(2), seat('s3', 'h3', { term: { from: '2019-11-01' } })],
      proposal: agreedRule('absolute-majority'),
      votes: [vote('s1', 'h1', 'against'), vote('s3', 'h3', 'for', '2019-11-04T10:00:00Z')],
    });
    const result = outcome(doc, 'p');
    expect(tallyOf(result)).to.deep.equal([1, 1, 0]);
    // Before: entitled 2, and needed null ("none can carry") though s2 voting for would make 2 of 3.
    expect(result).to.include({ entitled: 3, needed: 2 });
  });

  it('dates a decided proposal with no meeting and no closes by its last vote: the roster a year later changes nothing', () => {
    // Decided by correspondence in October 2019. A year later two seats are added, s1 changes hands and s4 falls vacant.
    const rule = agreedRule('absolute-majority');
    const byCorrespondence = { meeting: undefined, status: 'closed' as const, ...rule };
    const votes = [
      vote('s1', 'h1', 'for', '2019-10-20T10:00:00+01:00'),
      { ...vote('s2', 'h2', 'for', '2019-10-21T10:00:00+01:00'), received: '2019-10-22T09:00:00+01:00' },
      vote('s3', 'h3', 'for', '2019-10-21T11:00:00+01:00'),
    ];
    const then = [...plainSeats(4), seat('s5', 'h5'), seat('s6', 'h6')];
    const later = [
      seat('s1', 'nia', {
        term: { from: '2020-09-01' },
        previous: [{ holder: 'h1', from: '2019-01-01', to: '2020-08-31' }],
      }),
      seat('s2', 'h2'),
      seat('s3', 'h3'),
      seat('s4', null, { previous: [{ holder: 'h4', from: '2019-01-01', to: '2020-08-31' }] }),
      seat('s5', 'h5'),
      seat('s6', 'h6'),
      seat('s7', 'h7', { term: { from: '2020-09-01' } }),
      seat('s8', 'h8', { term: { from: '2020-09-01' } }),
    ];
    const decided = (seats: typeof then) => outcome(rulesDocument({ seats, proposal: byCorrespondence, votes }), 'p');
    const before = decided(then);
    expect(before).to.include({ entitled: 6, result: 'not-carried' });
    const after = decided(later);
    // Before: entitled 8, and s4 named "not voting" as vacant, s1's row naming Nia, appointed a year on.
    expect(after).to.include({ entitled: 6, result: 'not-carried' });
    expect(after.withoutVote).to.deep.equal([
      { seat: 's4', holder: 'h4' },
      { seat: 's5', holder: 'h5' },
      { seat: 's6', holder: 'h6' },
    ]);
    // A seat first appointed after the last vote's receipt (22 October) was no seat of the decision.
    const addedAfter = [...plainSeats(4), seat('s5', 'h5', { term: { from: '2019-10-23' } })];
    expect(decided(addedAfter)).to.include({ entitled: 4, result: 'carried' });
    // Still open, it is judged by the seats in post now: a seat added since may vote.
    const open = outcome(
      rulesDocument({ seats: later, proposal: { ...byCorrespondence, status: 'open' }, votes }),
      'p',
    );
    expect(open.entitled).to.equal(8);
    // A secret ballot's or a published count's copy holds only the viewer's votes: dated by them, each viewer's
    // base would differ, so it is judged by the seats in post, as while open.
    const unseen = (proposal: Partial<ProposalInput>) =>
      outcome(rulesDocument({ seats: addedAfter, proposal: { ...byCorrespondence, ...proposal }, votes }), 'p');
    expect(unseen({ ballot: 'secret' }).entitled, 'a secret ballot').to.equal(5);
    expect(unseen({ count: { for: 3, against: 0, abstain: 0 } }).entitled, 'a published count').to.equal(5);
  });

  it('judges an open proposal with no meeting and no closes by the seats in post at `now`, as its seats without a vote', () => {
    // Voting by correspondence in October 2019; s4's first holder is appointed from 1 January 2020, already in
    // the document. Its base is the three seats who may vote now, as withoutVote lists them, and as it will be
    // once closed (dated by its last vote): not four, which asked for one vote for more than it will need.
    const seats = [...plainSeats(3), seat('s4', 'h4', { term: { from: '2020-01-01' } })];
    const proposal = { meeting: undefined, ...agreedRule('absolute-majority') };
    const votes = [vote('s1', 'h1', 'for', '2019-10-20T10:00:00+01:00')];
    const now = '2019-10-21T10:00:00+01:00';
    const open = outcome(rulesDocument({ seats, proposal, votes }), 'p', { now });
    expect(open.counted.length + open.withoutVote.length).to.equal(3);
    expect([open.entitled, open.needed]).to.deep.equal([3, 2]);
    const closed = outcome(rulesDocument({ seats, proposal: { ...proposal, status: 'closed' }, votes }), 'p', { now });
    expect([closed.entitled, closed.needed]).to.deep.equal([3, 2]);
    // Without `now`, today is not known: the seats as the document names them.
    expect(outcome(rulesDocument({ seats, proposal, votes }), 'p').entitled).to.equal(4);
  });

  it('dates a closing time in London, as a vote’s cast: the seat changing hands at midnight', () => {
    // Closes at 23:30 UTC on 15 October: 00:30 on the 16th in London, when Nia held the seat.
    const handedOver = seat('s1', 'nia', {
      term: { from: '2019-10-16' },
      previous: [{ holder: 'h1', from: '2019-01-01', to: '2019-10-15' }],
    });
    const doc = rulesDocument({
      seats: [handedOver, ...plainSeats(3).slice(1)],
      proposal: {
        meeting: undefined,
        status: 'closed',
        closes: '2019-10-15T23:30:00Z',
        declarations: [{ person: 'nia', interest: 'Governor of a named school', withdrew: true }],
      },
      votes: [vote('s1', 'nia', 'for', '2019-10-15T23:10:00Z')],
    });
    const result = outcome(doc, 'p');
    expect(result.invalid.map((v) => v.reason)).to.deep.equal(['declared-interest']);
    expect(result.declarations).to.deep.equal([{ person: 'nia', seat: 's1', withdrew: true }]);
    // Nia's seat voted: her vote is one the count does not take. She withdrew and the seat has no proxy, so no one
    // could vote for it.
    expect(result.withoutVote[0]).to.deep.equal({
      seat: 's1',
      holder: 'nia',
      cannotVote: { code: 'declared-interest', person: 'nia' },
      uncounted: result.invalid,
    });
  });

  it('needed under each rule, with the other votes as they stand', () => {
    const needed = (choices: Choice[], proposal: Partial<ProposalInput>, seats: number) =>
      closedWith(choices, proposal, seats).needed;
    expect(needed(['for', 'against', 'against'], {}, 7)).to.equal(3);
    expect(needed(['for', 'against', 'against', 'abstain', 'abstain'], {}, 6)).to.equal(null);
    expect(needed(['for'], agreedRule('absolute-majority'), 9)).to.equal(5);
    expect(needed(['against', 'against', 'against'], agreedRule('two-thirds'), 9)).to.equal(6);
    expect(needed(['against', 'against'], agreedRule('three-quarters'), 8)).to.equal(6);
    expect(needed(['against', 'against'], agreedRule('three-quarters'), 7)).to.equal(null);
    expect(needed(['for'], agreedRule('unanimous'), 3)).to.equal(1);
    expect(needed(['for', 'abstain'], agreedRule('unanimous'), 3)).to.equal(null);
  });
});

describe('outcome: ties and the chair’s casting vote', () => {
  /** Primary for, secondary against, and the chair’s vote and special’s vote to keep it level. */
  function tie(chair: Choice | 'none', tieBreak: 'chair' | 'none' = 'chair', chairBy = 'cara') {
    const votes = [vote('primary', 'ann', 'for'), vote('secondary', 'ben', 'against')];
    if (chair !== 'none') votes.push(vote('chair', chairBy, chair));
    if (chair === 'for') votes.push(vote('special', 'sam', 'against'));
    if (chair === 'against') votes.push(vote('special', 'sam', 'for'));
    return outcome(rulesDocument({ group: { tieBreak }, proposal: { status: 'closed' }, votes }), 'p').result;
  }

  it('the chair’s vote decides a tie when tieBreak is chair', () => {
    expect(tie('for')).to.equal('carried');
    expect(tie('against')).to.equal('not-carried');
  });

  it('counts the chair seat’s vote cast by its proxy', () => {
    expect(tie('for', 'chair', 'colin')).to.equal('carried');
  });

  it('needs no more votes for once the chair’s casting vote for carries a tie', () => {
    const votes = [vote('chair', 'cara', 'for'), vote('secondary', 'ben', 'against')];
    const result = (more: typeof votes) =>
      outcome(rulesDocument({ group: { tieBreak: 'chair' }, votes: [...votes, ...more] }), 'p');
    expect(result([])).to.include({ standing: 'carried', decidedBy: 'casting-vote', needed: 1 });
    // Every seat has voted: carried, and not "none can carry it".
    const all = result([vote('primary', 'ann', 'abstain'), vote('special', 'sam', 'abstain')]);
    expect(all).to.include({ standing: 'carried', needed: 1 });
    // The chair against: a tie falls, so one more for than against is needed.
    const against = outcome(
      rulesDocument({
        group: { tieBreak: 'chair' },
        votes: [vote('chair', 'cara', 'against'), vote('secondary', 'ben', 'for')],
      }),
      'p',
    );
    expect(against.needed).to.equal(2);
  });

  it('stays tied when the chair abstained, did not vote, or tieBreak is none', () => {
    expect(tie('abstain')).to.equal('tied');
    expect(tie('none')).to.equal('tied');
    expect(tie('for', 'none')).to.equal('tied');
    expect(tie('against', 'none')).to.equal('tied');
  });

  describe('castingSeat: whether the chair’s seat could give the casting vote', () => {
    /** An independent chair (`voting` as given) and four voting seats, tied two to two. */
    const tiedUnder = (chair: Partial<Parameters<typeof seat>[2]>, parts: Parts = {}) =>
      outcome(
        rulesDocument({
          seats: [seat('chair', 'cara', { role: 'chair', ...chair }), ...plainSeats(4)],
          group: { tieBreak: 'chair' },
          proposal: { status: 'closed' },
          votes: votesOf(['for', 'against', 'for', 'against']),
          ...parts,
        }),
        'p',
      );

    it('names the chair’s seat, with no vote: the tie stays tied, and the page can say why', () => {
      const result = tiedUnder({ voting: false });
      expect([result.result, result.decidedBy]).to.deep.equal(['tied', 'count']);
      expect(result.castingSeat).to.deep.equal({ seat: 'chair', voting: false });
    });

    it('a voting chair’s seat that has not voted could still break it', () => {
      expect(tiedUnder({}).castingSeat).to.deep.equal({ seat: 'chair', voting: true });
    });

    it('is null when the chair breaks no ties', () => {
      const result = tiedUnder({ voting: false }, { group: { tieBreak: 'none' } });
      expect([result.result, result.castingSeat]).to.deep.equal(['tied', null]);
    });

    it('judges the chair’s seat on the proposal’s date, and counts a vote it cast while it had one', () => {
      // The chair's seat had a vote until 17 October 2019; the proposal closed on 20 October.
      const lost = { voting: false, previousStanding: [{ to: '2019-10-17', voting: true }] };
      const closes = { status: 'closed' as const, closes: at('17:00', '2019-10-20') };
      expect(tiedUnder(lost, { proposal: closes }).castingSeat).to.deep.equal({ seat: 'chair', voting: false });
      expect(tiedUnder(lost, { proposal: { ...closes, closes: at('17:00', '2019-10-17') } }).castingSeat).to.deep.equal(
        { seat: 'chair', voting: true },
      );
      // It voted on 16 October, while it still had a vote, and tied it two to two: its vote decides, as the contract says.
      const votes = [
        ...votesOf(['for', 'against', 'against']),
        vote('chair', 'cara', 'for', at('10:00', '2019-10-16')),
      ];
      const cast = tiedUnder(lost, { proposal: closes, votes });
      expect([cast.decidedBy, cast.result, cast.castingSeat]).to.deep.equal([
        'casting-vote',
        'carried',
        { seat: 'chair', voting: true },
      ]);
    });

    it('while open, judges the chair’s seat on the date of now, as the seats without a vote are', () => {
      // The chair's seat is given a vote from 1 November 2019: open on 20 October, it cannot vote yet.
      const gains = { previousStanding: [{ to: '2019-10-31', voting: false }] };
      const open = { proposal: { status: 'open' as const, closes: at('17:00', '2019-11-30') } };
      const on = (now: string) =>
        outcome(
          rulesDocument({
            seats: [seat('chair', 'cara', { role: 'chair', ...gains }), ...plainSeats(4)],
            group: { tieBreak: 'chair' },
            ...open,
            votes: votesOf(['for', 'against', 'for', 'against']),
          }),
          'p',
          { now },
        ).castingSeat;
      expect(on(at('12:00', '2019-10-20'))).to.deep.equal({ seat: 'chair', voting: false });
      expect(on(at('12:00', '2019-11-01'))).to.deep.equal({ seat: 'chair', voting: true });
    });

    describe('barred: why no one could give the casting vote, though the chair’s seat votes', () => {
      /** A voting chair's seat held by `holder` with `more`, and four seats tied two to two. */
      const tiedWith = (holder: string | null, more: Partial<Parameters<typeof seat>[2]>, parts: Parts = {}) =>
        outcome(
          rulesDocument({
            seats: [seat('chair', holder, { role: 'chair', ...more }), ...plainSeats(4)],
            group: { tieBreak: 'chair' },
            proposal: { status: 'closed', closes: at('17:00', '2019-10-20') },
            votes: votesOf(['for', 'against', 'for', 'against']),
            ...parts,
          }),
          'p',
          { now: at('12:00', '2019-12-01') },
        );

      it('a vacant chair’s seat: vacant-seat, on the date of the close', () => {
        const result = tiedWith(null, {});
        expect([result.result, result.castingSeat]).to.deep.equal([
          'tied',
          {
            seat: 'chair',
            voting: true,
            barred: { reason: 'vacant-seat', values: { seat: 'chair', date: '2019-10-20' } },
          },
        ]);
      });

      it('a term ended by the close: term-ended with its last day; one ending after the close bars nothing decided', () => {
        expect(tiedWith('cara', { term: { from: '2019-01-01', to: '2019-10-19' } }).castingSeat).to.deep.equal({
          seat: 'chair',
          voting: true,
          barred: { reason: 'term-ended', values: { seat: 'chair', to: '2019-10-19' } },
        });
        // Its term ended on 20 October, the day of the close, and `now` is December: the close is what counts.
        expect(tiedWith('cara', { term: { from: '2019-01-01', to: '2019-10-20' } }).castingSeat).to.deep.equal({
          seat: 'chair',
          voting: true,
        });
      });

      it('a holder who withdrew for a declared interest bars it only with no proxy to vote in their place', () => {
        const declarations = [{ person: 'cara', interest: 'Governor of a school named', withdrew: true }];
        const withdrawn = { proposal: { status: 'closed' as const, closes: at('17:00', '2019-10-20'), declarations } };
        expect(tiedWith('cara', {}, withdrawn).castingSeat).to.deep.equal({
          seat: 'chair',
          voting: true,
          barred: { reason: 'declared-interest', values: { person: 'cara', proposal: 'p' } },
        });
        expect(tiedWith('cara', { proxy: 'colin' }, withdrawn).castingSeat).to.deep.equal({
          seat: 'chair',
          voting: true,
        });
      });

      it('while open, judges it at now: the term still running, nothing; ended, term-ended', () => {
        const open = { proposal: { status: 'open' as const, closes: at('17:00', '2019-11-30') } };
        const on = (now: string) =>
          outcome(
            rulesDocument({
              seats: [
                seat('chair', 'cara', { role: 'chair', term: { from: '2019-01-01', to: '2019-10-31' } }),
                ...plainSeats(4),
              ],
              group: { tieBreak: 'chair' },
              ...open,
              votes: votesOf(['for', 'against', 'for', 'against']),
            }),
            'p',
            { now },
          ).castingSeat;
        expect(on(at('12:00', '2019-10-31'))).to.deep.equal({ seat: 'chair', voting: true });
        expect(on(at('12:00', '2019-11-01'))).to.deep.equal({
          seat: 'chair',
          voting: true,
          barred: { reason: 'term-ended', values: { seat: 'chair', to: '2019-10-31' } },
        });
      });

      it('is left out once the chair’s seat has a counted vote: it could give it', () => {
        const votes = [...votesOf(['for', 'against', 'for', 'against']), vote('chair', 'cara', 'abstain', at('16:40'))];
        expect(tiedWith('cara', {}, { votes }).castingSeat).to.deep.equal({ seat: 'chair', voting: true });
      });
    });
  });
});

describe('outcome: counting', () => {
  const count = (parts: Parts) => outcome(rulesDocument(parts), 'p');

  it('counts the latest valid vote of a seat, comparing instants across offsets', () => {
    const early = vote('primary', 'ann', 'against', '2019-10-15T17:00:00+01:00'); // 16:00 UTC
    const late = vote('primary', 'ann', 'for', '2019-10-15T16:30:00Z');
    const result = count({ votes: [late, early] });
    expect(tallyOf(result)).to.deep.equal([1, 0, 0]);
    expect(result.counted).to.deep.equal([
      { seat: 'primary', vote: late.id, by: 'ann', as: 'holder', choice: 'for', cast: late.cast },
    ]);
  });

  it('breaks a tie in cast by received, then by id, never by the order the document lists the votes in', () => {
    const sameCast = (id: string, choice: Choice, received?: string) => ({
      ...vote('primary', 'ann', choice, at('16:30')),
      id,
      ...(received ? { received } : {}),
    });
    // The same instant written in two offsets; the one the host received later counts, listed first or last.
    const later = { ...sameCast('v-a', 'for', at('16:31')), cast: '2019-10-15T15:30:00Z' };
    const earlier = sameCast('v-b', 'against', at('16:30'));
    expect(tallyOf(count({ votes: [later, earlier] }))).to.deep.equal([1, 0, 0]);
    expect(tallyOf(count({ votes: [earlier, later] }))).to.deep.equal([1, 0, 0]);
    // A vote without `received` (stored before hosts stamped) comes before one with it.
    const unstamped = sameCast('v-z', 'against');
    expect(tallyOf(count({ votes: [earlier, unstamped] }))).to.deep.equal([0, 1, 0]);
    expect(count({ votes: [earlier, unstamped] }).counted[0]?.vote).to.equal('v-b');
    expect(count({ votes: [unstamped, earlier] }).counted[0]?.vote).to.equal('v-b');
    // Received at the same instant too, or neither received: the greater id counts.
    for (const [x, y] of [
      [sameCast('v-1', 'for', at('16:30')), sameCast('v-2', 'against', at('16:30'))],
      [sameCast('v-1', 'for'), sameCast('v-2', 'against')],
    ] as const) {
      expect(count({ votes: [x, y] }).counted[0]?.vote).to.equal('v-2');
      expect(count({ votes: [y, x] }).counted[0]?.vote).to.equal('v-2');
    }
  });

  it('lists the counted votes in the group’s order of seats and the invalid ones in the order cast, however stored', () => {
    const votes = [
      vote('special', 'sam', 'for', at('16:20')),
      vote('chair', 'cara', 'against', at('16:40')),
      vote('primary', 'nobody-here', 'for', at('16:45')),
      vote('secondary', 'ben', 'abstain', at('16:10')),
      vote('primary', 'also-nobody', 'for', at('16:05')),
    ];
    const ordered = count({ votes });
    expect(ordered.counted.map((c) => c.seat)).to.deep.equal(['chair', 'secondary', 'special']);
    expect(ordered.invalid.map((i) => i.vote)).to.deep.equal([votes[4]!.id, votes[2]!.id]);
    expect(count({ votes: [...votes].reverse() })).to.deep.equal(ordered);
    // Two seats voting, listed against the group's order, as one member's vote arriving after another's.
    const two = [vote('secondary', 'ben', 'for', at('16:10')), vote('chair', 'cara', 'for', at('16:20'))];
    expect(count({ votes: two }).counted.map((c) => c.seat)).to.deep.equal(['chair', 'secondary']);
  });

  it('judges whether a vote was the holder’s or the proxy’s on its cast’s date in London', () => {
    // At midnight in London on 1 July the proxy, Pia, takes the seat and Hal becomes her proxy. 23:30 UTC on
    // 30 June is 00:30 on 1 July in London: Pia votes as holder, and her vote counts over Hal's, cast later.
    const handedOver = seat('s1', 'pia', {
      proxy: 'hal',
      term: { from: '2019-07-01' },
      previous: [{ holder: 'hal', proxy: 'pia', from: '2019-01-01', to: '2019-06-30' }],
    });
    const votes = [
      vote('s1', 'pia', 'for', '2019-06-30T23:30:00Z'),
      vote('s1', 'hal', 'against', '2019-06-30T23:40:00Z'),
    ];
    const result = count({
      seats: [handedOver, ...plainSeats(3).slice(1)],
      proposal: { meeting: undefined, status: 'closed', closes: '2019-07-01T18:00:00+01:00' },
      votes,
    });
    expect(result.counted).to.have.length(1);
    expect(result.counted[0]).to.include({ by: 'pia', as: 'holder', choice: 'for' });
  });

  it('a holder’s vote counts over the proxy’s, even when the proxy voted later', () => {
    const result = count({
      votes: [vote('primary', 'ann', 'against', at('16:10')), vote('primary', 'amy', 'for', at('16:50'))],
    });
    expect(tallyOf(result)).to.deep.equal([0, 1, 0]);
    expect(result.counted.map((c) => `${c.seat}:${c.by}:${c.as}`)).to.deep.equal(['primary:ann:holder']);
  });

  it('with no meeting named, the proxy may vote and the holder’s vote still takes precedence', () => {
    const noMeeting = { proposal: { meeting: undefined } };
    expect(count({ ...noMeeting, votes: [vote('primary', 'amy', 'for')] }).counted[0]?.as).to.equal('proxy');
    const both = [vote('primary', 'amy', 'for', at('16:50')), vote('primary', 'ann', 'against', at('16:10'))];
    expect(tallyOf(count({ ...noMeeting, votes: both }))).to.deep.equal([0, 1, 0]);
  });

  it('the proxy’s vote counts in the holder’s absence, and is invalid while the holder is present', () => {
    const proxyVote = [vote('primary', 'amy', 'for')];
    expect(count({ votes: proxyVote, meeting: { attendance: { primary: 'proxy' } } }).for).to.equal(1);
    const present = count({ votes: proxyVote, meeting: { attendance: { primary: 'holder' } } });
    expect([present.for, present.invalid.map((i) => i.reason)]).to.deep.equal([0, ['holder-present']]);
  });

  it('an invalid holder’s vote does not displace the proxy’s valid one', () => {
    const votes = [vote('primary', 'amy', 'for', at('17:00')), vote('primary', 'ann', 'against', at('18:30'))];
    const result = count({ votes, proposal: { closes: at('18:00') } });
    expect([...tallyOf(result), result.counted[0]?.as]).to.deep.equal([1, 0, 0, 'proxy']);
    expect(result.invalid.map((i) => i.reason)).to.deep.equal(['proposal-not-open']);
  });

  it('a vote cast after the term ended, or after closes, is invalid and not counted', () => {
    const afterTerm = count({ votes: [vote('primary', 'ann', 'for', '2020-01-02T10:00:00Z')] });
    expect([afterTerm.for, afterTerm.invalid.map((i) => i.reason)]).to.deep.equal([0, ['term-ended']]);
    const afterClose = count({
      votes: [vote('secondary', 'ben', 'for', at('18:01'))],
      proposal: { closes: at('18:00') },
    });
    expect([afterClose.for, afterClose.invalid.map((i) => i.reason)]).to.deep.equal([0, ['proposal-not-open']]);
  });

  it('lists every invalid vote with its reason and values, and counts none of them', () => {
    const votes = [
      vote('adviser', 'ada', 'for'),
      vote('secondary', 'dan', 'for'),
      vote('forum', 'fred', 'for'),
      vote('secondary', 'ben', 'against'),
    ];
    const groups = [
      { id: 'other', name: 'Schools Forum', seats: [{ id: 'forum', partner: 'forum', voting: true, holder: 'fred' }] },
    ];
    const result = count({ votes, groups });
    expect(result.invalid.map((i) => `${i.vote}:${i.reason}`)).to.deep.equal([
      `${votes[0]!.id}:non-voting-seat`,
      `${votes[1]!.id}:not-holder-or-proxy`,
      `${votes[2]!.id}:not-in-group`,
    ]);
    expect(result.invalid[1]).to.deep.equal({
      vote: votes[1]!.id,
      seat: 'secondary',
      by: 'dan',
      reason: 'not-holder-or-proxy',
      values: { seat: 'secondary', person: 'dan' },
    });
    expect(tallyOf(result)).to.deep.equal([0, 1, 0]);
  });

  it('names each vote not counted by its seat and voter, as the vote names them, a seat of another group too', () => {
    // The vote panel looked each one up in the document's votes to name them: the outcome answers it, for a page
    // and for a host on partnership-kit/core alike, and its seat's withoutVote entry holds the very same entry.
    const votes = [vote('adviser', 'ada', 'for'), vote('forum', 'fred', 'for'), vote('secondary', 'dan', 'against')];
    const groups = [
      { id: 'other', name: 'Schools Forum', seats: [{ id: 'forum', partner: 'forum', voting: true, holder: 'fred' }] },
    ];
    const result = count({ votes, groups });
    expect(result.invalid.map(({ vote: id, seat, by, reason }) => [id, seat, by, reason])).to.deep.equal([
      [votes[0]!.id, 'adviser', 'ada', 'non-voting-seat'],
      [votes[1]!.id, 'forum', 'fred', 'not-in-group'],
      [votes[2]!.id, 'secondary', 'dan', 'not-holder-or-proxy'],
    ]);
    const secondary = result.withoutVote.find((entry) => entry.seat === 'secondary');
    expect(secondary?.uncounted).to.deep.equal([result.invalid[2]]);
    expect(secondary?.uncounted?.[0]).to.equal(result.invalid[2]);
  });

  it('a vote for a seat that has fallen vacant is invalid, vacant-seat, and not counted', () => {
    const seats = boardSeats().map((s) => (s.id === 'special' ? { ...s, holder: null } : s));
    const result = count({ seats, votes: [vote('special', 'sam', 'for')] });
    expect([result.for, result.invalid.map((i) => i.reason)]).to.deep.equal([0, ['vacant-seat']]);
  });

  it('ignores the votes of other proposals', () => {
    const other = { id: 'q', group: 'g', title: 'Another', status: 'open' as const };
    const result = count({ proposals: [other], votes: [vote('primary', 'ann', 'for', at('16:30'), 'q')] });
    expect([result.for, result.invalid]).to.deep.equal([0, []]);
  });
});

describe('outcome: the seats with no vote counted', () => {
  const count = (parts: Parts) => outcome(rulesDocument(parts), 'p');
  const withSpecial = (special: ReturnType<typeof seat>) =>
    boardSeats().map((each) => (each.id === 'special' ? special : each));

  it('names each voting seat with no vote counted, in the group’s order, with its holder on the proposal’s date', () => {
    const result = count({ votes: [vote('secondary', 'ben', 'for')] });
    expect(result.withoutVote).to.deep.equal([
      { seat: 'chair', holder: 'cara' },
      { seat: 'primary', holder: 'ann' },
      { seat: 'special', holder: 'sam' },
    ]);
  });

  it('a vacant seat, or one whose term ended before the proposal’s date, has no holder, and says why it cannot vote', () => {
    expect(count({ seats: withSpecial(seat('special', null)) }).withoutVote.at(-1)).to.deep.equal({
      seat: 'special',
      holder: null,
      cannotVote: { code: 'vacant-seat' },
    });
    const ended = seat('special', 'sam', { term: { from: '2019-01-01', to: '2019-09-30' } });
    expect(count({ seats: withSpecial(ended) }).withoutVote.at(-1)).to.deep.equal({
      seat: 'special',
      holder: null,
      cannotVote: { code: 'term-ended', holder: 'sam', to: '2019-09-30' },
    });
  });

  it('a term that ends on the proposal’s date is in post that day, for the seat’s record and its quorum', () => {
    const endsThatDay = seat('special', 'sam', { term: { from: '2019-01-01', to: '2019-10-15' } });
    const parts = {
      seats: withSpecial(endsThatDay),
      group: { quorum: [{ label: 'Every voting seat', seats: { voting: true }, min: 'all' as const }] },
    };
    expect(count(parts).withoutVote.at(-1)).to.deep.equal({ seat: 'special', holder: 'sam' });
    expect(quorum(rulesDocument(parts), 'm').requirements[0]!.vacant).to.deep.equal([]);
  });

  it('while open, names who holds the seat today, not on the closing date; once closed, on the closing date', () => {
    // On 10 December the seat is still Sid's, who may vote for it; Sam takes it on the 16th, before it closes.
    const handedOver = seat('special', 'sam', {
      term: { from: '2019-12-16' },
      previous: [{ holder: 'sid', proxy: null, from: '2019-01-01', to: '2019-12-15' }],
    });
    const parts = {
      seats: withSpecial(handedOver),
      proposal: { meeting: undefined, closes: '2019-12-20T17:00:00+00:00' },
    };
    const holderOf = (now?: string) =>
      outcome(rulesDocument(parts), 'p', { now }).withoutVote.find((s) => s.seat === 'special')?.holder;
    expect(holderOf('2019-12-10T12:00:00+00:00')).to.equal('sid');
    expect(holderOf('2019-12-21T12:00:00+00:00')).to.equal('sam');
  });

  it('once decided, names no seat first appointed after the proposal’s date: one seat a row, as many as entitled', () => {
    const added = seat('added', 'dan', { term: { from: '2020-09-01' } });
    const result = count({ seats: [...boardSeats(), added], proposal: { status: 'closed' } });
    expect(result.withoutVote.map((s) => s.seat)).to.deep.equal(['chair', 'primary', 'secondary', 'special']);
    expect(result.counted.length + result.withoutVote.length).to.equal(result.entitled);
  });

  it('a seat whose only vote is invalid has no vote counted; a published count names no seat', () => {
    const invalid = count({ votes: [vote('primary', 'amy', 'for')], meeting: { attendance: { primary: 'holder' } } });
    expect(invalid.withoutVote.map((s) => s.seat)).to.include('primary');
    const published = count({ proposal: { status: 'closed', count: { for: 3, against: 1, abstain: 0 } } });
    expect(published.withoutVote).to.deep.equal([]);
  });

  it('says of a seat with no vote counted whether it cast votes the count does not take, with their reasons', () => {
    // Amy votes as proxy while Ann is in the room; Sam is not the secondary seat's holder or proxy; Cara's
    // stray vote for the special seat is refused too, though Sam's own vote for it counts.
    const proxyWhileHolderIn = vote('primary', 'amy', 'for', at('16:30'));
    const stranger = vote('secondary', 'sam', 'against', at('16:31'));
    const proxyAgain = vote('primary', 'amy', 'against', at('16:32'));
    const samOwn = vote('special', 'sam', 'for', at('16:33'));
    const strayOnSpecial = vote('special', 'cara', 'for', at('16:34'));
    const result = count({
      votes: [strayOnSpecial, proxyAgain, samOwn, stranger, proxyWhileHolderIn],
      meeting: { attendance: { primary: 'holder' } },
    });
    const invalidOf = (...votes: { id: string }[]) =>
      votes.map((v) => result.invalid.find((item) => item.vote === v.id));
    expect(result.invalid.map((item) => item.reason)).to.deep.equal([
      'holder-present',
      'not-holder-or-proxy',
      'holder-present',
      'not-holder-or-proxy',
    ]);
    // The same answer as `invalid`, by seat, in the order cast: a host and the vote panel read it alike.
    expect(result.withoutVote).to.deep.equal([
      { seat: 'chair', holder: 'cara' },
      { seat: 'primary', holder: 'ann', uncounted: invalidOf(proxyWhileHolderIn, proxyAgain) },
      { seat: 'secondary', holder: 'ben', uncounted: invalidOf(stranger) },
    ]);
    // A seat that cast none says nothing of it, as before: no `uncounted: []` to tell from a vote.
    expect(result.withoutVote[0]).not.to.have.property('uncounted');
    expect(result.counted.map((v) => v.seat)).to.deep.equal(['special']);
  });
});

describe('outcome: status, quorum and result', () => {
  const allPresent = {
    group: { quorum: [{ label: 'Every voting seat', seats: { voting: true }, min: 'all' as const }] },
  };
  const result = (parts: Parts) => {
    const o = outcome(rulesDocument({ votes: [vote('primary', 'ann', 'for')], ...parts }), 'p');
    return [o.result, o.standing];
  };

  it('open: pending, with the standing as if it closed now', () => {
    expect(result({})).to.deep.equal(['pending', 'carried']);
  });

  it('closed: the standing', () => {
    expect(result({ proposal: { status: 'closed' } })).to.deep.equal(['carried', 'carried']);
  });

  it('draft: pending, its votes invalid; withdrawn: not carried, its votes invalid', () => {
    const draft = outcome(
      rulesDocument({ proposal: { status: 'draft' }, votes: [vote('primary', 'ann', 'for')] }),
      'p',
    );
    expect([draft.result, draft.for, draft.invalid[0]?.reason]).to.deep.equal(['pending', 0, 'proposal-not-open']);
    const withdrawn = outcome(
      rulesDocument({ proposal: { status: 'withdrawn' }, votes: [vote('primary', 'ann', 'for')] }),
      'p',
    );
    expect([withdrawn.result, withdrawn.for, withdrawn.invalid[0]?.reason]).to.deep.equal([
      'not-carried',
      0,
      'proposal-not-open',
    ]);
  });

  it('an inquorate meeting makes it inquorate, whatever the count', () => {
    const closed = outcome(
      rulesDocument({ ...allPresent, proposal: { status: 'closed' }, votes: [vote('primary', 'ann', 'for')] }),
      'p',
    );
    expect([closed.quorate, closed.result, closed.standing]).to.deep.equal([false, 'inquorate', 'inquorate']);
    expect(result(allPresent)).to.deep.equal(['pending', 'inquorate']);
    expect(result({ ...allPresent, proposal: { status: 'withdrawn' } })).to.deep.equal(['not-carried', 'inquorate']);
  });

  it('a quorate meeting lets the count decide; no meeting named, quorate is null', () => {
    const attendance = { chair: 'holder', primary: 'holder', secondary: 'proxy', special: 'holder' } as const;
    const quorate = outcome(
      rulesDocument({
        ...allPresent,
        meeting: { attendance },
        proposal: { status: 'closed' },
        votes: [vote('primary', 'ann', 'for')],
      }),
      'p',
    );
    expect([quorate.quorate, quorate.result]).to.deep.equal([true, 'carried']);
    expect(outcome(rulesDocument({ proposal: { meeting: undefined } }), 'p').quorate).to.equal(null);
    expect(outcome(rulesDocument(), 'p').quorate).to.equal(true); // no requirements
  });

  it('outcome throws a RangeError naming an unknown proposal', () => {
    expect(() => outcome(rulesDocument(), 'nope')).to.throw(RangeError, "No proposal has the id 'nope'");
  });
});
