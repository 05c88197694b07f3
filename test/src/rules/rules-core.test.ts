import { expect } from '@open-wc/testing';
import {
  actionStatus,
  addWorkingDays,
  checkVote,
  eligibleSeats,
  ineligibility,
  meetingDeadlines,
  outcome,
  quorum,
  riskStatus,
  rosterWarnings,
} from '../../../src/rules/index.js';
import { board, boardDraft, parsed, boardVote, type LooseDocument } from '../../fixtures/documents.js';

/** Adds `count` voting seats x1…xn, each held by its own person. */
function extraSeats(count: number) {
  return (draft: LooseDocument) => {
    for (let i = 1; i <= count; i += 1) {
      draft.partners.push({ id: `x${i}`, name: `Extra ${i}` });
      draft.people.push({ id: `p-x${i}`, name: `Extra person ${i}` });
      draft.groups[0].seats.push({ id: `s-x${i}`, partner: `x${i}`, voting: true, holder: `p-x${i}` });
    }
  };
}
const votesOf = (choices: ('for' | 'against' | 'abstain')[]) =>
  choices.map((c, i) => boardVote(`s-x${i + 1}`, `p-x${i + 1}`, c, i));
const ruled = (rule: string) => (draft: LooseDocument) => {
  draft.proposals[0].decisionRule = rule;
  draft.proposals[0].ruleAgreedUnanimously = 'm1';
};
const closed = (draft: LooseDocument) => (draft.proposals[0].status = 'closed');
const both =
  (...changes: ((d: LooseDocument) => void)[]) =>
  (d: LooseDocument) =>
    changes.forEach((c) => c(d));

describe('decision rules', () => {
  const result = (choices: ('for' | 'against' | 'abstain')[], ...changes: ((d: LooseDocument) => void)[]) =>
    outcome(board(votesOf(choices), both(extraSeats(choices.length), closed, ...changes)), 'p1');

  it('simple majority: more for than against carries; equal is tied; fewer is not carried', () => {
    expect(result(['for', 'for', 'for', 'against', 'against']).result).to.equal('carried');
    expect(result(['for', 'for', 'against', 'against']).result).to.equal('tied');
    expect(result(['for', 'for', 'against', 'against', 'against']).result).to.equal('not-carried');
  });

  it('a 0-0 count is not a tie and not carried', () => {
    expect(result(['abstain']).result).to.equal('not-carried');
  });

  it('absolute majority needs more than half of the voting seats, whatever the turnout', () => {
    // 4 board seats + 4 extra = 8 voting seats: 4 for is not more than half, 5 is.
    expect(result(['for', 'for', 'for', 'for'], ruled('absolute-majority')).result).to.equal('not-carried');
    expect(result(['for', 'for', 'for', 'for', 'against'], ruled('absolute-majority')).result).to.equal('not-carried');
    const five = ['for', 'for', 'for', 'for', 'for'] as const;
    expect(result([...five], ruled('absolute-majority')).result).to.equal('carried');
  });

  it('two-thirds: 6 for to 3 against carries, 5 to 3 does not, and it needs a vote for', () => {
    const six = ['for', 'for', 'for', 'for', 'for', 'for', 'against', 'against', 'against'] as const;
    expect(result([...six], ruled('two-thirds')).result).to.equal('carried');
    expect(result([...six.slice(1)], ruled('two-thirds')).result).to.equal('not-carried');
    expect(result(['abstain'], ruled('two-thirds')).result).to.equal('not-carried');
  });

  it('three-quarters: 3 to 1 carries, 2 to 1 does not', () => {
    expect(result(['for', 'for', 'for', 'against'], ruled('three-quarters')).result).to.equal('carried');
    expect(result(['for', 'for', 'against'], ruled('three-quarters')).result).to.equal('not-carried');
  });

  it('unanimous fails with one against or one abstention', () => {
    expect(result(['for', 'for'], ruled('unanimous')).result).to.equal('carried');
    expect(result(['for', 'for', 'against'], ruled('unanimous')).result).to.equal('not-carried');
    expect(result(['for', 'for', 'abstain'], ruled('unanimous')).result).to.equal('not-carried');
  });

  it('abstentions count neither for nor against under simple majority', () => {
    const r = result(['for', 'abstain', 'abstain', 'abstain']);
    expect([r.for, r.against, r.abstain, r.result]).to.deep.equal([1, 0, 3, 'carried']);
  });

  it('needed: the least votes for that carry, null when none can within the seats left', () => {
    expect(result(['against', 'against']).needed).to.equal(3);
    expect(result(['against'], ruled('two-thirds')).needed).to.equal(2);
    expect(result(['against'], ruled('three-quarters')).needed).to.equal(3);
    expect(result(['for'], ruled('absolute-majority')).needed).to.equal(3); // 5 voting seats
    expect(result(['abstain'], ruled('unanimous')).needed).to.equal(null);
    expect(result(['against', 'against', 'against'], ruled('three-quarters')).needed).to.equal(null);
  });

  it('names where the rule came from', () => {
    expect(result(['for']).ruleSource).to.deep.equal({ kind: 'group-default' });
    expect(result(['for'], ruled('two-thirds')).ruleSource).to.deep.equal({ kind: 'agreed', meeting: 'm1' });
  });
});

describe('ties and the chair’s casting vote', () => {
  const tie = (chair?: 'for' | 'against' | 'abstain', tieBreak = 'chair') => {
    const votes = [boardVote('s-a', 'p-a', 'for'), boardVote('s-b', 'p-b', 'against')];
    if (chair) votes.push(boardVote('s-chair', 'p-chair', chair));
    const extra =
      chair === 'for'
        ? [boardVote('s-c', 'p-c', 'against')]
        : chair === 'against'
          ? [boardVote('s-c', 'p-c', 'for')]
          : [];
    return outcome(
      board(
        [...votes, ...extra],
        both(closed, (d) => (d.groups[0].tieBreak = tieBreak)),
      ),
      'p1',
    ).result;
  };
  it('the chair’s vote decides a tie when tieBreak is chair', () => {
    expect(tie('for')).to.equal('carried');
    expect(tie('against')).to.equal('not-carried');
  });
  it('without the chair’s vote, or with tieBreak none, a tie is tied', () => {
    expect(tie(undefined)).to.equal('tied');
    expect(tie('for', 'none')).to.equal('tied');
  });
});

describe('counting votes', () => {
  it('the latest valid vote of a seat counts, by instant with offsets', () => {
    const early = { ...boardVote('s-a', 'p-a', 'against'), cast: '2019-10-15T17:00:00+01:00' }; // 16:00Z
    const late = { ...boardVote('s-a', 'p-a', 'for'), cast: '2019-10-15T16:30:00Z' };
    const r = outcome(board([late, early]), 'p1');
    expect([r.for, r.against]).to.deep.equal([1, 0]);
  });

  it('a holder’s vote counts over the proxy’s, even when the proxy voted later', () => {
    const r = outcome(board([boardVote('s-a', 'p-a', 'against', 10), boardVote('s-a', 'p-a2', 'for', 50)]), 'p1');
    expect([r.for, r.against]).to.deep.equal([0, 1]);
    expect(r.counted.find((c) => c.seat === 's-a')?.as).to.equal('holder');
  });

  it('a proxy votes only while the holder is not recorded present', () => {
    const present = (d: LooseDocument) => (d.meetings[0].attendance = { 's-a': 'holder' });
    const apologies = (d: LooseDocument) => (d.meetings[0].attendance = { 's-a': 'proxy' });
    const proxyVote = [boardVote('s-a', 'p-a2', 'for')];
    expect(outcome(board(proxyVote, present), 'p1').invalid.map((i) => i.reason)).to.deep.equal(['holder-present']);
    expect(outcome(board(proxyVote, apologies), 'p1').for).to.equal(1);
  });

  it('a vote cast after the seat’s term ended, or after closes, is invalid and not counted', () => {
    const afterTerm = { ...boardVote('s-a', 'p-a', 'for'), cast: '2020-01-02T10:00:00Z' };
    const r = outcome(board([afterTerm]), 'p1');
    expect(r.invalid.map((i) => i.reason)).to.deep.equal(['term-ended']);
    expect(r.for).to.equal(0);
    const closes = (d: LooseDocument) => (d.proposals[0].closes = '2019-10-15T16:20:00+01:00');
    expect(outcome(board([boardVote('s-b', 'p-b', 'for', 30)], closes), 'p1').invalid[0]?.reason).to.equal(
      'proposal-not-open',
    );
  });

  it('votes for non-voting, vacant or another group’s seats are invalid with their reasons', () => {
    const vacant = (d: LooseDocument) => (d.groups[0].seats[3].holder = null);
    const r = outcome(
      board(
        [boardVote('s-adviser', 'p-adviser', 'for'), boardVote('s-c', 'p-c', 'for'), boardVote('o-1', 'p-d', 'for')],
        vacant,
      ),
      'p1',
    );
    expect(r.invalid.map((i) => i.reason)).to.deep.equal(['non-voting-seat', 'vacant-seat', 'not-in-group']);
    expect(r.for).to.equal(0);
  });

  it('a draft or withdrawn proposal’s votes are invalid; draft is pending and withdrawn not carried', () => {
    const status = (s: string) => (d: LooseDocument) => (d.proposals[0].status = s);
    const draftResult = outcome(board([boardVote('s-b', 'p-b', 'for')], status('draft')), 'p1');
    expect([draftResult.result, draftResult.invalid[0]?.reason]).to.deep.equal(['pending', 'proposal-not-open']);
    expect(outcome(board([], status('withdrawn')), 'p1').result).to.equal('not-carried');
  });

  it('while open the result is pending with the standing count; closed, it is the standing', () => {
    const open = outcome(board([boardVote('s-b', 'p-b', 'for')]), 'p1');
    expect([open.result, open.standing]).to.deep.equal(['pending', 'carried']);
    expect(outcome(board([boardVote('s-b', 'p-b', 'for')], closed), 'p1').result).to.equal('carried');
  });

  it('an inquorate meeting makes the result inquorate whatever the count; no meeting, no quorum', () => {
    const needsAll = (d: LooseDocument) =>
      (d.groups[0].quorum = [{ label: 'All', seats: { voting: true }, min: 'all' }]);
    const r = outcome(board([boardVote('s-b', 'p-b', 'for')], both(needsAll, closed)), 'p1');
    expect([r.quorate, r.result]).to.deep.equal([false, 'inquorate']);
    expect(
      outcome(
        board([], (d) => delete d.proposals[0].meeting),
        'p1',
      ).quorate,
    ).to.equal(null);
  });
});

describe('checkVote and eligibility', () => {
  const doc = board([], (d) => {
    d.meetings[0].attendance = { 's-b': 'holder' };
    d.proposals.push({ id: 'p2', group: 'board', title: 'Closed', status: 'closed' });
  });
  const cast = '2019-10-15T16:40:00+01:00';
  const check = (fields: LooseDocument) =>
    checkVote(doc, { id: 'n', proposal: 'p1', seat: 's-a', by: 'p-a', choice: 'for', cast, ...fields });
  const reasonOf = (fields: LooseDocument) => {
    const result = check(fields);
    return result.ok ? 'ok' : result.reason;
  };

  it('accepts the holder, and refuses every other case with its reason', () => {
    expect(reasonOf({})).to.equal('ok');
    expect(reasonOf({ proposal: 'nope' })).to.equal('unknown-proposal');
    expect(reasonOf({ proposal: 'p2' })).to.equal('proposal-not-open');
    expect(reasonOf({ seat: 'nope' })).to.equal('unknown-seat');
    expect(reasonOf({ seat: 'o-1', by: 'p-d' })).to.equal('not-in-group');
    expect(reasonOf({ seat: 's-adviser', by: 'p-adviser' })).to.equal('non-voting-seat');
    expect(reasonOf({ by: 'p-c' })).to.equal('not-holder-or-proxy');
    expect(reasonOf({ seat: 's-b', by: 'p-b2' })).to.equal('holder-present');
    expect(reasonOf({ cast: '2020-01-02T10:00:00Z' })).to.equal('term-ended');
  });

  it('says why with values naming the seat and the people by id', () => {
    const result = check({ seat: 's-b', by: 'p-b2' });
    expect(result.ok ? undefined : result.values).to.deep.equal({
      seat: 's-b',
      holder: 'p-b',
      proxy: 'p-b2',
      meeting: 'm1',
      date: '2019-10-15',
    });
  });

  it('eligibleSeats gives the seats a person may vote for, as holder or as proxy', () => {
    expect(eligibleSeats(doc, 'p1', 'p-a', cast)).to.deep.equal([{ seat: 's-a', as: 'holder' }]);
    expect(eligibleSeats(doc, 'p1', 'p-a2', cast)).to.deep.equal([{ seat: 's-a', as: 'proxy' }]);
    expect(eligibleSeats(doc, 'p1', 'p-b2', cast)).to.deep.equal([]);
    expect(eligibleSeats(doc, 'p1', 'p-a', '2020-01-02')).to.deep.equal([]);
  });

  it('ineligibility explains: no seat, non-voting, holder present', () => {
    expect(ineligibility(doc, 'p1', 'p-d', cast)[0]?.reason).to.equal('no-seat');
    expect(ineligibility(doc, 'p1', 'p-adviser', cast)[0]?.reason).to.equal('non-voting-seat');
    expect(ineligibility(doc, 'p1', 'p-b2', cast)[0]?.reason).to.equal('holder-present');
  });
});

describe('quorum', () => {
  const at = (requirement: LooseDocument, attendance: LooseDocument) =>
    quorum(
      board([], (d) => {
        d.groups[0].quorum = [{ label: 'Q', ...requirement }];
        d.meetings[0].attendance = attendance;
      }),
      'm1',
    ).requirements[0]!;

  it('a whole number of the selected seats', () => {
    expect(at({ seats: { voting: true }, min: 2 }, { 's-a': 'holder', 's-b': 'proxy' }).met).to.equal(true);
    expect(at({ seats: { voting: true }, min: 3 }, { 's-a': 'holder', 's-b': 'proxy' }).met).to.equal(false);
  });
  it('"all" of them, listing who is missing', () => {
    const r = at({ seats: { voting: true }, min: 'all' }, { 's-a': 'holder', 's-b': 'holder', 's-c': 'apologies' });
    expect([r.needed, r.present, r.met, r.missing]).to.deep.equal([4, 2, false, ['s-chair', 's-c']]);
  });
  it('a fraction, rounded up: 1/3 of 5 seats needs 2', () => {
    expect(at({ seats: {}, min: '1/3' }, {}).needed).to.equal(2);
  });
  it('proxies do not count when the requirement says so', () => {
    expect(at({ seats: { partner: 'a' }, min: 1, proxies: false }, { 's-a': 'proxy' }).met).to.equal(false);
    expect(at({ seats: { partner: 'a' }, min: 1 }, { 's-a': 'proxy' }).met).to.equal(true);
  });
  it('selects by partner list, role and tag; every key must match', () => {
    expect(at({ seats: { partner: ['a', 'b'] }, min: 'all' }, {}).needed).to.equal(2);
    expect(at({ seats: { role: 'chair' }, min: 'all' }, {}).needed).to.equal(1);
    expect(at({ seats: { role: 'chair', partner: 'a' }, min: 'all' }, {}).needed).to.equal(0);
  });
  it('Wokingham: two from each of three constituencies, each its own requirement', () => {
    const doc = board([], (d) => {
      d.groups[0].quorum = ['a', 'b', 'c'].map((p) => ({ label: `Two from ${p}`, seats: { partner: p }, min: 1 }));
      d.meetings[0].attendance = { 's-a': 'holder', 's-b': 'holder' };
    });
    const q = quorum(doc, 'm1');
    expect(q.requirements.map((r) => r.met)).to.deep.equal([true, true, false]);
    expect(q.quorate).to.equal(false);
  });
  it('a group with no requirements is quorate', () => {
    expect(quorum(board(), 'm1').quorate).to.equal(true);
  });
});

describe('roster warnings', () => {
  const codes = (change: (d: LooseDocument) => void, today = '2019-06-01') =>
    rosterWarnings(board([], change), 'board', today).map((w) => `${w.code}:${w.seat}`);

  it('a voting seat without a proxy, and a vacant voting seat', () => {
    expect(codes(() => {})).to.include.members(['no-proxy:s-c', 'no-proxy:s-chair']);
    expect(codes((d) => (d.groups[0].seats[3].holder = null))).to.include('vacant:s-c');
  });
  it('a term ending within 60 days of today, and one that has ended', () => {
    expect(codes(() => {}, '2019-11-01')).to.include('term-ending:s-a'); // 60 days before 31 December
    expect(codes(() => {}, '2019-10-31')).to.not.include('term-ending:s-a'); // 61 days
    expect(codes(() => {}, '2019-12-31')).to.include('term-ending:s-a');
    expect(codes(() => {}, '2020-01-01')).to.include('term-ended:s-a');
  });
  it('one person in two voting seats, and a holder who is their own proxy', () => {
    expect(codes((d) => (d.groups[0].seats[3].holder = 'p-b'))).to.include.members([
      'multiple-seats:s-b',
      'multiple-seats:s-c',
    ]);
    expect(codes((d) => (d.groups[0].seats[2].proxy = 'p-b'))).to.include('own-proxy:s-b');
  });
});

describe('working days', () => {
  it('skips weekends, both ways', () => {
    expect(addWorkingDays('2019-10-18', 1)).to.equal('2019-10-21');
    expect(addWorkingDays('2019-10-21', -1)).to.equal('2019-10-18');
    expect(addWorkingDays('2019-10-15', 0)).to.equal('2019-10-15');
  });
  it('skips Christmas, Boxing Day and their substitutes, New Year and Easter', () => {
    expect(addWorkingDays('2019-12-24', 1)).to.equal('2019-12-27');
    expect(addWorkingDays('2019-12-27', -1)).to.equal('2019-12-24');
    expect(addWorkingDays('2020-12-24', 1)).to.equal('2020-12-29');
    expect(addWorkingDays('2021-12-24', 1)).to.equal('2021-12-29');
    expect(addWorkingDays('2021-12-31', 1)).to.equal('2022-01-04');
    expect(addWorkingDays('2019-04-18', 1)).to.equal('2019-04-23');
    expect(addWorkingDays('2022-06-01', 1)).to.equal('2022-06-06');
  });
  it('a document’s own holidays replace the bank holidays', () => {
    expect(addWorkingDays('2019-12-24', 1, ['2019-12-25'])).to.equal('2019-12-26');
  });
  it('notice and minutes deadlines, on time, late and not yet sent', () => {
    const deadlines = (noticeSent?: string, minutesSent?: string, days?: number) =>
      meetingDeadlines(
        board([], (d) => {
          Object.assign(d.meetings[0], noticeSent ? { noticeSent } : {}, minutesSent ? { minutesSent } : {});
          if (days !== undefined) d.groups[0].noticeDays = days;
        }),
        'm1',
      );
    expect(deadlines()).to.deep.equal({
      noticeDue: '2019-10-04',
      minutesDue: '2019-10-24',
      noticeLate: null,
      minutesLate: null,
    });
    expect(deadlines('2019-10-04', '2019-10-24')).to.include({ noticeLate: false, minutesLate: false });
    expect(deadlines('2019-10-07', '2019-10-25')).to.include({ noticeLate: true, minutesLate: true });
    expect(deadlines(undefined, undefined, 10).noticeDue).to.equal('2019-10-01');
  });
  it('a deadline across a bank holiday', () => {
    const doc = parsed({
      ...boardDraft(),
      meetings: [{ id: 'm1', group: 'board', start: '2020-01-06T10:00:00Z' }],
      proposals: [],
    });
    // Back from Monday 6 January 2020: 3, 2, (1 January), 31, 30, 27, (26, 25), 24, 23 December.
    expect(meetingDeadlines(doc, 'm1').noticeDue).to.equal('2019-12-23');
  });
});

describe('risks', () => {
  const status = (risk: LooseDocument, today = '2019-12-10', scale?: LooseDocument) =>
    riskStatus(
      board([], (d) => {
        d.risks = [{ id: 'R', title: 'Risk', owner: 'p-a', raised: '2019-01-01', likelihood: 1, impact: 1, ...risk }];
        if (scale) d.riskScale = scale;
      }),
      'R',
      today,
    );
  it('bands at their edges', () => {
    expect(status({ likelihood: 2, impact: 2 }).band.label).to.equal('Low');
    expect(status({ likelihood: 5, impact: 1 }).band.label).to.equal('Medium');
    expect(status({ likelihood: 4, impact: 3 }).band.label).to.equal('Medium');
    expect(status({ likelihood: 5, impact: 5 }).band).to.deep.equal({ label: 'High', rag: 'red' });
    const custom = {
      bands: [
        { upTo: 9, label: 'Tolerable', rag: 'amber' },
        { upTo: 25, label: 'Severe', rag: 'red' },
      ],
    };
    expect(status({ likelihood: 3, impact: 3 }, undefined, custom).band.label).to.equal('Tolerable');
  });
  it('above appetite only above the category’s limit', () => {
    const scale = { appetite: { financial: 12 } };
    expect(status({ category: 'financial', likelihood: 3, impact: 4 }, undefined, scale).aboveAppetite).to.equal(false);
    expect(status({ category: 'financial', likelihood: 4, impact: 4 }, undefined, scale).aboveAppetite).to.equal(true);
    expect(status({ likelihood: 5, impact: 5 }, undefined, scale).aboveAppetite).to.equal(false);
  });
  it('trend against the latest earlier rating; later ratings ignored', () => {
    const history = (l: number) => ({ history: [{ date: '2019-09-01', likelihood: l, impact: 2 }] });
    expect(status({ likelihood: 2, impact: 2, ...history(1) }).trend).to.equal('up');
    expect(status({ likelihood: 2, impact: 2, ...history(3) }).trend).to.equal('down');
    expect(status({ likelihood: 2, impact: 2, ...history(2) }).trend).to.equal('steady');
    expect(status({ likelihood: 2, impact: 2, ...history(1) }, '2019-08-01').trend).to.equal(null);
  });
  it('review overdue only when open and past its date', () => {
    expect(status({ review: '2019-12-09' }).reviewOverdue).to.equal(true);
    expect(status({ review: '2019-12-10' }).reviewOverdue).to.equal(false);
    expect(status({ review: '2019-12-09', status: 'accepted' }).reviewOverdue).to.equal(false);
  });
});

describe('action status on a day', () => {
  const on = (action: LooseDocument, today: string) =>
    actionStatus(
      board([], (d) => (d.actions = [{ id: 'A', title: 'Act', owner: 'p-a', due: '2019-12-10', ...action }])),
      'A',
      today,
    );
  it('overdue, due soon and open at their boundaries', () => {
    expect(on({}, '2019-12-11')).to.equal('overdue');
    expect(on({}, '2019-12-10')).to.equal('due-soon');
    expect(on({}, '2019-12-03')).to.equal('due-soon');
    expect(on({}, '2019-12-02')).to.equal('open');
    expect(on({ status: 'in-progress' }, '2019-12-02')).to.equal('in-progress');
  });
  it('done, done late and dropped', () => {
    expect(on({ status: 'done', completed: '2019-12-10' }, '2020-01-01')).to.equal('done');
    expect(on({ status: 'done', completed: '2019-12-11' }, '2020-01-01')).to.equal('done-late');
    expect(on({ status: 'done' }, '2020-01-01')).to.equal('done');
    expect(on({ status: 'dropped' }, '2020-01-01')).to.equal('dropped');
  });
});

describe('unknown ids', () => {
  it('throw a RangeError naming the id', () => {
    const doc = board();
    expect(() => outcome(doc, 'nope')).to.throw(RangeError, "'nope'");
    expect(() => quorum(doc, 'nope')).to.throw(RangeError, "'nope'");
    expect(() => rosterWarnings(doc, 'nope', '2019-01-01')).to.throw(RangeError, "'nope'");
    expect(() => riskStatus(doc, 'nope', '2019-01-01')).to.throw(RangeError, "'nope'");
    expect(() => actionStatus(doc, 'nope', '2019-01-01')).to.throw(RangeError, "'nope'");
    expect(() => meetingDeadlines(doc, 'nope')).to.throw(RangeError, "'nope'");
  });
});
