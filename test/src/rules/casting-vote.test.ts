/**
 * The chair's casting vote (docs/contract.md, "Decision rules"): a tie under simple majority in a group whose
 * `tieBreak` is `chair` is decided by the chair's seat's counted vote. While voting is open, the votes for a
 * proposal needs (`needed`) count on that vote when the chair's seat has not voted yet and could now; and a
 * casting vote counts only when it is a vote the chair's seat could give at its moment, judged as every vote is.
 */
import { expect } from '@open-wc/testing';
import { castingUnpublished, liveCountOutlived, outcome } from '../../../src/rules/outcome.js';
import { seatMayVote } from '../../../src/rules/eligibility.js';
import { agreedRule, at, boardSeats, rulesDocument, seat, vote, type Parts } from '../../fixtures/documents.js';

/** boardSeats: chair (cara, proxy colin), primary (ann), secondary (ben), special (sam); the adviser has no vote. */
const CHAIR_BREAKS_TIES = { tieBreak: 'chair' as const };
const NOW = at('16:45');

/** The outcome at `now` of the board's proposal, the chair breaking ties, with `parts` over the defaults. */
function counted(parts: Parts, now: string | undefined = NOW) {
  return outcome(rulesDocument({ ...parts, group: { ...CHAIR_BREAKS_TIES, ...parts.group } }), 'p', { now });
}

/** The board's seats, the chair's seat changed by `change`. */
const withChair = (change: Partial<Parameters<typeof seat>[2]>, holder: string | null = 'cara') => [
  seat('chair', holder, { role: 'chair', proxy: 'colin', ...change }),
  ...boardSeats().slice(1),
];

const oneAgainst = [vote('secondary', 'ben', 'against')];
/** One for and two against: as the votes stand, it cannot carry without the chair's seat. */
const oneForTwoAgainst = [
  vote('primary', 'ann', 'for'),
  vote('secondary', 'ben', 'against'),
  vote('special', 'sam', 'against'),
];

describe('outcome().needed while open: the chair’s casting vote to come', () => {
  it('counts the chair’s seat’s vote for, which would carry the tie it makes', () => {
    // 1 for, 2 against: one more for (the chair's seat's) ties it 2-2, and the chair's casting vote carries it.
    // Before: null, "it cannot carry", though the chair's seat had not voted.
    const result = counted({ votes: oneForTwoAgainst });
    expect(result).to.include({ standing: 'not-carried', needed: 2, neededCastingVote: 'to-come' });
    // 1 against: the chair's seat's vote for alone ties it and carries it. Before: 2.
    expect(counted({ votes: oneAgainst })).to.include({ needed: 1, neededCastingVote: 'to-come' });
  });

  it('a tie as it stands is carried by any vote for, the chair’s seat’s or another: it does not count on the chair', () => {
    // 1 for, 1 against: the special seat's vote for carries it 2-1 by the count, as the chair's would. The casting
    // vote decides only a tie, so "needs 1, the chair's seat's" (the reviewer's "only the chair can carry it") was wrong.
    const tied = [vote('primary', 'ann', 'for'), vote('secondary', 'ben', 'against')];
    expect(counted({ votes: tied })).to.include({ standing: 'tied', needed: 2, neededCastingVote: null });
  });

  it('counts on the chair only while the votes for are fewer than those against', () => {
    // 2 for, 1 against, the chair's seat yet to vote: carried as it stands, whatever the chair does.
    const ahead = [vote('primary', 'ann', 'for'), vote('special', 'sam', 'for'), vote('secondary', 'ben', 'against')];
    expect(counted({ votes: ahead })).to.include({ standing: 'carried', needed: 2, neededCastingVote: null });
    // The reviewer's seven seats: 2 for, 2 against, two ordinary seats and the chair's to vote. Either ordinary
    // seat's vote for carries it 3-2. Before: needed 2, to-come, "it needs the chair's seat's vote for".
    const seats = [...boardSeats(), seat('fifth', 'fay'), seat('sixth', 'sid'), seat('seventh', 'sue')];
    const twoEach = [
      vote('primary', 'ann', 'for'),
      vote('special', 'sam', 'for'),
      vote('secondary', 'ben', 'against'),
      vote('fifth', 'fay', 'against'),
    ];
    expect(counted({ seats, votes: twoEach })).to.include({ entitled: 7, needed: 3, neededCastingVote: null });
    // 1 for, 2 against: the chair's seat's vote for ties it 2-2 and carries it; another's only ties it.
    const behind = counted({ seats, votes: twoEach.filter((v) => v.seat !== 'special') });
    expect(behind).to.include({ needed: 2, neededCastingVote: 'to-come' });
  });

  it('says the chair’s vote given for, which already carries a tie', () => {
    const votes = [vote('chair', 'cara', 'for'), vote('secondary', 'ben', 'against')];
    expect(counted({ votes })).to.include({ standing: 'carried', needed: 1, neededCastingVote: 'given' });
  });

  it('does not count on a chair’s seat that voted against or abstained: its vote stands', () => {
    // Against: 2 against, so 3 for are needed, and 2 seats are left.
    const against = counted({ votes: [vote('chair', 'cara', 'against'), ...oneAgainst] });
    expect(against).to.include({ needed: null, neededCastingVote: null });
    // Abstained: one more for than against, as with no casting vote.
    const abstained = counted({ votes: [vote('chair', 'cara', 'abstain'), ...oneAgainst] });
    expect(abstained).to.include({ needed: 2, neededCastingVote: null });
  });

  it('does not count on it where no one could give a casting vote', () => {
    const plain = { needed: null, neededCastingVote: null };
    // A vacant chair's seat, and a chair's seat with no vote (an independent chair).
    expect(counted({ votes: oneForTwoAgainst, seats: withChair({ proxy: null }, null) })).to.include(plain);
    expect(counted({ votes: oneForTwoAgainst, seats: withChair({ voting: false }) })).to.include(plain);
    // The group breaks no ties, or the rule is not simple majority.
    expect(counted({ votes: oneForTwoAgainst, group: { tieBreak: 'none' } })).to.include(plain);
    const twoThirds = counted({ votes: oneAgainst, proposal: agreedRule('two-thirds') });
    expect(twoThirds).to.include({ needed: 2, neededCastingVote: null });
  });

  it('judges the chair’s seat at now, as every vote is judged at its moment', () => {
    // The chair's term ends on 20 October 2019; voting closes on 30 October.
    const seats = withChair({ term: { from: '2019-01-01', to: '2019-10-20' } });
    const parts: Parts = { seats, votes: oneAgainst, proposal: { closes: at('17:00', '2019-10-30') } };
    expect(counted(parts, at('12:00', '2019-10-18'))).to.include({ needed: 1, neededCastingVote: 'to-come' });
    expect(counted(parts, at('12:00', '2019-10-22'))).to.include({ needed: 2, neededCastingVote: null });
  });

  it('counts on the proxy when the chair withdrew for an interest, and on no one when both did', () => {
    const declared = (person: string) => ({ person, interest: 'Governor of Carew', withdrew: true });
    const chairWithdrew = { votes: oneAgainst, proposal: { declarations: [declared('cara')] } };
    expect(counted(chairWithdrew)).to.include({ needed: 1, neededCastingVote: 'to-come' });
    const both = { votes: oneAgainst, proposal: { declarations: [declared('cara'), declared('colin')] } };
    expect(counted(both)).to.include({ needed: 2, neededCastingVote: null });
  });

  it('once voting has closed, the chair’s seat that did not vote gave no casting vote', () => {
    const closed = counted({ votes: oneAgainst, proposal: { status: 'closed' } });
    expect(closed).to.include({ needed: 2, neededCastingVote: null });
    // Open, but past its closes at now: decided, as closed.
    const past = counted({ votes: oneAgainst, proposal: { closes: at('16:40') } });
    expect(past).to.include({ open: false, needed: 2, neededCastingVote: null });
  });
});

describe('seatMayVote', () => {
  const doc = (parts: Parts = {}) => rulesDocument({ group: CHAIR_BREAKS_TIES, ...parts });

  it('is true when the holder or the proxy in post may vote for the seat at the moment asked', () => {
    expect(seatMayVote(doc(), 'p', 'chair', NOW)).to.equal(true);
    // The holder in the room: the holder may vote, though the proxy may not.
    expect(seatMayVote(doc({ meeting: { attendance: { chair: 'holder' as const } } }), 'p', 'chair', NOW)).to.equal(
      true,
    );
  });

  it('is false for a vacant seat, a seat with no vote, one whose term had ended, and a seat it does not know', () => {
    expect(seatMayVote(doc({ seats: withChair({ proxy: null }, null) }), 'p', 'chair', NOW)).to.equal(false);
    expect(seatMayVote(doc(), 'p', 'adviser', NOW)).to.equal(false);
    const ended = doc({ seats: withChair({ term: { from: '2019-01-01', to: '2019-10-14' } }) });
    expect(seatMayVote(ended, 'p', 'chair', NOW)).to.equal(false);
    expect(seatMayVote(doc(), 'p', 'nowhere', NOW)).to.equal(false);
  });

  it('is false when the proposal takes no votes then', () => {
    expect(seatMayVote(doc({ proposal: { status: 'closed' } }), 'p', 'chair', NOW)).to.equal(false);
    expect(seatMayVote(doc({ proposal: { closes: at('16:40') } }), 'p', 'chair', NOW)).to.equal(false);
  });
});

describe('a casting vote counts only as a vote the chair’s seat could give at its moment', () => {
  /** Closed: the chair's seat's vote `chairVote` and special's the other way tie it two to two with the rest. */
  const decided = (chairVote: ReturnType<typeof vote>, parts: Parts = {}) =>
    counted(
      {
        ...parts,
        votes: [
          vote('primary', 'ann', 'for'),
          vote('secondary', 'ben', 'against'),
          vote('special', 'sam', chairVote.choice === 'for' ? 'against' : 'for'),
          chairVote,
        ],
        proposal: { status: 'closed', ...parts.proposal },
      },
      undefined,
    );

  it('decides the tie when the chair’s seat could vote then, by its holder or its proxy', () => {
    expect(decided(vote('chair', 'cara', 'for'))).to.include({ result: 'carried', decidedBy: 'casting-vote' });
    expect(decided(vote('chair', 'colin', 'against'))).to.include({ result: 'not-carried', decidedBy: 'casting-vote' });
  });

  it('breaks no tie with a vote its seat could not give at its cast: not counted, it decides nothing', () => {
    // Without the chair's seat's vote for, 1 for and 2 against, decided by the count.
    const uncounted = { result: 'not-carried', decidedBy: 'count', for: 1, against: 2 };
    // The proxy while the chair was in the room.
    const inTheRoom = { meeting: { attendance: { chair: 'holder' as const } } };
    expect(decided(vote('chair', 'colin', 'for'), inTheRoom)).to.include(uncounted);
    // After the chair's term had ended (14 October 2019), though the seat is still the chair's.
    const ended = { seats: withChair({ term: { from: '2019-01-01', to: '2019-10-14' } }) };
    expect(decided(vote('chair', 'cara', 'for'), ended)).to.include(uncounted);
    // By the chair's holder of today, cast before they held the seat: then it was Carl's.
    const handedOver = {
      seats: withChair({
        term: { from: '2019-10-16' },
        previous: [{ holder: 'carl', from: '2019-01-01', to: '2019-10-15' }],
      }),
    };
    expect(decided(vote('chair', 'cara', 'for'), handedOver)).to.include(uncounted);
    expect(decided(vote('chair', 'carl', 'for'), handedOver)).to.include({
      result: 'carried',
      decidedBy: 'casting-vote',
    });
    // By a chair who had declared an interest and withdrawn.
    const withdrew = {
      proposal: { declarations: [{ person: 'cara', interest: 'Governor of Carew', withdrew: true }] },
    };
    expect(decided(vote('chair', 'cara', 'for'), withdrew)).to.include(uncounted);
  });
});

describe('castingUnpublished: a published tie that does not say whether the casting vote was given', () => {
  /** The proposal and its outcome at `now`, published as `count` (no votes), the chair breaking ties. */
  const published = (
    count: Record<string, unknown>,
    status: 'open' | 'closed' = 'open',
    now = NOW,
    seats?: Parts['seats'],
    ballot: 'secret' | 'recorded' = 'recorded',
  ) => {
    const doc = rulesDocument({
      group: CHAIR_BREAKS_TIES,
      ...(seats ? { seats } : {}),
      proposal: { status, ballot, closes: at('18:00'), count: { for: 2, against: 2, abstain: 0, ...count } },
    });
    const proposal = doc.proposals[0]!;
    return castingUnpublished(proposal, outcome(doc, 'p', { now }));
  };

  it('holds of the public’s live count of an open proposal, tied, without `casting`, before and past its closing time', () => {
    expect(published({})).to.equal(true);
    expect(published({}, 'open', at('18:30'))).to.equal(true);
  });

  it('does not where the count says, where it is no tie, once closed, of a secret ballot, or where no casting vote could be given', () => {
    expect(published({ casting: 'for' }), 'casting given').to.equal(false);
    expect(published({ against: 1 }), 'no tie').to.equal(false);
    expect(published({}, 'closed', at('18:30')), 'closed: none was given').to.equal(false);
    expect(
      published({}, 'open', at('18:30'), undefined, 'secret'),
      'a secret ballot’s count, served once closed',
    ).to.equal(false);
    // A tie of the three seats with a vote: four votes would be more than they could give.
    const threeSeatsTie = { for: 1, against: 1 };
    expect(
      published(threeSeatsTie, 'open', NOW, withChair({ voting: false })),
      'the chair’s seat has no vote',
    ).to.equal(false);
    expect(published({}, 'open', NOW, withChair({}, null)), 'the chair’s seat vacant').to.equal(false);
  });
});

describe('liveCountOutlived: the public’s live count read once voting has closed', () => {
  /** Whether the board's open proposal, published as 2-1-0 with `proposal` over that, is outlived at `now`. */
  const outlived = (now: string, proposal: Record<string, unknown> = {}) => {
    const counted = 'count' in proposal && proposal['count'] === undefined;
    const doc = rulesDocument({
      proposal: { status: 'open', closes: at('18:00'), count: { for: 2, against: 1, abstain: 0 }, ...proposal },
      // Without a published count, the votes themselves: the copy of a member or the host.
      votes: counted ? oneAgainst : [],
    });
    return liveCountOutlived(doc.proposals[0]!, outcome(doc, 'p', { now }));
  };

  it('holds past the closing time of a copy still open, tied or not: seats may have voted since it was served', () => {
    expect(outlived(at('18:30'))).to.equal(true);
    expect(outlived(at('18:30'), { count: { for: 2, against: 2, abstain: 0 } }), 'tied').to.equal(true);
  });

  it('does not while open, once closed (final), of a secret ballot (served once closed), or of counted votes', () => {
    expect(outlived(NOW), 'open').to.equal(false);
    expect(outlived(at('18:30'), { status: 'closed' }), 'closed').to.equal(false);
    expect(outlived(at('18:30'), { ballot: 'secret' }), 'secret').to.equal(false);
    expect(outlived(at('18:30'), { count: undefined }), 'the votes themselves').to.equal(false);
  });
});

describe('outcome().neededIfChairFor: the public’s live count, which does not say how the chair’s seat voted', () => {
  /** The board's proposal open at `now` (before it closes at 18:00), published as `count`, the chair breaking ties. */
  const live = (count: { for: number; against: number; casting?: 'for' | 'against' }, parts: Parts = {}, now = NOW) =>
    outcome(
      rulesDocument({
        ...parts,
        group: { ...CHAIR_BREAKS_TIES, ...parts.group },
        proposal: { closes: at('18:00'), count: { abstain: 0, ...count }, ...parts.proposal },
      }),
      'p',
      { now },
    );

  it('gives the fewer votes for that carry it if one of them is the chair’s seat’s, beside `needed` without it', () => {
    // 1 for, 1 against: 2 for carry it; or 1, the chair's seat's, its casting vote carrying the tie. Before, the
    // count said only 2, though the chair's seat may be the one for.
    expect(live({ for: 1, against: 1 })).to.include({ needed: 2, neededIfChairFor: 1, neededCastingVote: null });
    // 2 against of 4 seats: 3 for cannot be had, but 2 (one the chair's seat's) tie it and carry it.
    expect(live({ for: 0, against: 2 })).to.include({ needed: null, neededIfChairFor: 2 });
  });

  it('is null where no tie is to break, the count says the casting vote, the chair’s seat cannot vote, or voting has closed', () => {
    expect(live({ for: 1, against: 0 }), 'nothing against').to.include({ neededIfChairFor: null });
    expect(live({ for: 1, against: 1, casting: 'for' }), 'casting given').to.include({ neededIfChairFor: null });
    expect(live({ for: 1, against: 1 }, { group: { tieBreak: 'none' } }), 'no casting vote').to.include({
      neededIfChairFor: null,
    });
    expect(
      live({ for: 1, against: 1 }, { seats: withChair({ voting: false }) }),
      'the chair’s seat has no vote',
    ).to.include({ neededIfChairFor: null });
    expect(live({ for: 1, against: 1 }, { seats: withChair({}, null) }), 'vacant').to.include({
      neededIfChairFor: null,
    });
    expect(live({ for: 1, against: 1 }, {}, at('18:30')), 'closed').to.include({ neededIfChairFor: null });
    expect(live({ for: 1, against: 1 }, { proposal: agreedRule('two-thirds') }), 'not simple majority').to.include({
      neededIfChairFor: null,
    });
  });

  it('keeps it too early to say while only the chair’s casting vote could carry it and no more than half have voted', () => {
    // 2 against of 4 seats: without the chair it cannot carry, but 2 for, one the chair's seat's, would. Before, the
    // count read as settled ("not carried, as it stands") with half the seats still to vote.
    expect(live({ for: 0, against: 2 })).to.include({ needed: null, neededIfChairFor: 2, tooEarlyToSay: true });
    // Where the chair has no casting vote, a tie carries nothing: as it stands, it cannot carry, as before.
    expect(live({ for: 0, against: 2 }, { group: { tieBreak: 'none' } })).to.include({
      needed: null,
      neededIfChairFor: null,
      tooEarlyToSay: false,
    });
  });

  it('is null on a count of votes in the document: `needed` and `neededCastingVote` say it there', () => {
    expect(counted({ votes: oneAgainst })).to.include({ needed: 1, neededIfChairFor: null });
  });
});
