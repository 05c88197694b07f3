/**
 * What contract 1.1 adds to outcome(): a tally taken from a published
 * `count`, `decidedBy` for the chair's casting vote, `open` and the result
 * by the clock (`now`), and quorum judged at `closes`.
 */
import { expect } from '@open-wc/testing';
import { openAt, outcome } from '../../../src/rules/outcome.js';
import { at, plainSeats, rulesDocument, seat, vote, votesOf } from '../../fixtures/documents.js';

describe('outcome from a published count', () => {
  const count = { for: 3, against: 1, abstain: 1 };

  it('takes its tally from count and counts none of the votes in the document', () => {
    const doc = rulesDocument({
      seats: plainSeats(5),
      proposal: { status: 'closed', meeting: undefined, count },
      // The viewer's own vote, and one that would be invalid: neither is counted again.
      votes: [vote('s1', 'h1', 'against'), vote('s2', 'dan', 'against')],
    });
    const result = outcome(doc, 'p');
    expect([result.for, result.against, result.abstain]).to.deep.equal([3, 1, 1]);
    expect(result).to.include({ published: true, result: 'carried', entitled: 5 });
    expect([result.counted, result.invalid]).to.deep.equal([[], []]);
  });

  it('decides by the rule on the published numbers', () => {
    const tied = rulesDocument({ seats: plainSeats(4), proposal: { status: 'closed', count: { ...count, for: 1 } } });
    expect(outcome(tied, 'p')).to.include({ result: 'tied', decidedBy: 'count', published: true });
  });

  it('is not published without count', () => {
    const doc = rulesDocument({ seats: plainSeats(3), proposal: { status: 'closed' }, votes: votesOf(['for']) });
    expect(outcome(doc, 'p')).to.include({ published: false, for: 1 });
  });
});

describe('decidedBy', () => {
  const seats = [seat('s1', 'h1', { role: 'chair' }), ...plainSeats(4).slice(1)];
  const decided = (tieBreak: 'chair' | 'none', choices: Parameters<typeof votesOf>[0]) =>
    outcome(
      rulesDocument({ seats, group: { tieBreak }, proposal: { status: 'closed' }, votes: votesOf(choices) }),
      'p',
    );

  it("is casting-vote when a tie is broken by the chair's counted vote", () => {
    expect(decided('chair', ['for', 'for', 'against', 'against'])).to.include({
      result: 'carried',
      decidedBy: 'casting-vote',
    });
    expect(decided('chair', ['against', 'for', 'for', 'against'])).to.include({
      result: 'not-carried',
      decidedBy: 'casting-vote',
    });
  });

  it('is count otherwise: no tie, no tie-break, or the chair abstained', () => {
    expect(decided('chair', ['for', 'for', 'for', 'against'])).to.include({ result: 'carried', decidedBy: 'count' });
    expect(decided('none', ['for', 'for', 'against', 'against'])).to.include({ result: 'tied', decidedBy: 'count' });
    expect(decided('chair', ['abstain', 'for', 'against'])).to.include({ result: 'tied', decidedBy: 'count' });
  });

  it('is count when the meeting was inquorate, whatever the chair voted', () => {
    const doc = rulesDocument({
      seats,
      group: { tieBreak: 'chair', quorum: [{ label: 'All', seats: {}, min: 'all' }] },
      proposal: { status: 'closed' },
      votes: votesOf(['for', 'for', 'against', 'against']),
    });
    expect(outcome(doc, 'p')).to.include({ result: 'inquorate', decidedBy: 'count' });
  });
});

describe('outcome with now', () => {
  const doc = rulesDocument({
    seats: plainSeats(3),
    proposal: { closes: at('18:00') },
    votes: votesOf(['for', 'for', 'against']),
  });

  it('is pending and open before closes, decided and not open after', () => {
    expect(outcome(doc, 'p', { now: at('18:00') })).to.include({ open: true, result: 'pending', standing: 'carried' });
    expect(outcome(doc, 'p', { now: '2019-10-15T17:00:01Z' })).to.include({ open: false, result: 'carried' });
  });

  it('gives the status at now: an open proposal past its closes is closed, as every element shows it', () => {
    expect(outcome(doc, 'p', { now: at('18:00') }).status).to.equal('open');
    expect(outcome(doc, 'p', { now: '2019-10-15T17:00:01Z' }).status).to.equal('closed');
    const withdrawn = rulesDocument({ seats: plainSeats(3), proposal: { status: 'withdrawn' } });
    expect(outcome(withdrawn, 'p', { now: at('10:00') }).status).to.equal('withdrawn');
  });

  it('without now, goes by the status alone', () => {
    expect(outcome(doc, 'p')).to.include({ open: true, result: 'pending' });
    const closed = rulesDocument({ seats: plainSeats(3), proposal: { status: 'closed' } });
    expect(outcome(closed, 'p', { now: at('10:00') })).to.include({ open: false, result: 'not-carried' });
  });

  it('openAt: open, with no closes or closes not before now', () => {
    const proposal = doc.proposals[0]!;
    expect([openAt(proposal), openAt(proposal, at('18:00')), openAt(proposal, at('18:01'))]).to.deep.equal([
      true,
      true,
      false,
    ]);
    expect(openAt({ ...proposal, closes: undefined }, '2030-01-01T00:00:00Z')).to.equal(true);
    expect(openAt({ ...proposal, status: 'draft' }, at('10:00'))).to.equal(false);
  });
});

describe("outcome's quorum at closes", () => {
  const attendance = {
    s1: { as: 'holder', arrived: at('16:00'), left: at('17:00') },
    s2: { as: 'holder', arrived: at('16:00') },
  } as const;
  const quorateAt = (closes?: string) =>
    outcome(
      rulesDocument({
        seats: plainSeats(3),
        group: { quorum: [{ label: 'Two', seats: {}, min: 2 }] },
        meeting: { attendance },
        proposal: { status: 'closed', ...(closes ? { closes } : {}) },
      }),
      'p',
    ).quorate;

  it('counts who was in the room at closes, and over the whole meeting without it', () => {
    expect(quorateAt(at('16:59'))).to.equal(true);
    expect(quorateAt(at('17:00'))).to.equal(false);
    expect(quorateAt()).to.equal(true);
  });
});

describe("outcome's quorum when voting stays open after the meeting", () => {
  // Both members were in until the meeting ended at 18:00, and the clerk checked them out as they left.
  const attendance = {
    s1: { as: 'holder', arrived: at('16:00'), left: at('18:05') },
    s2: { as: 'holder', arrived: at('16:00'), left: at('18:05') },
  } as const;
  const decided = (closes: string, end?: string) =>
    outcome(
      rulesDocument({
        seats: plainSeats(3),
        group: { quorum: [{ label: 'Two', seats: {}, min: 2 }] },
        meeting: { attendance, ...(end ? { end } : {}) },
        proposal: { status: 'closed', closes },
      }),
      'p',
    );

  it('is judged over the whole meeting, not when the room has emptied', () => {
    expect(decided(at('20:00'), at('18:00')).quorate).to.equal(true);
  });

  it('without a recorded end, over the whole meeting: a week later the meeting that took it still counts', () => {
    expect(decided('2019-10-22T12:00:00+01:00').quorate).to.equal(true);
  });

  // Judged at `closes` on the day itself, everyone having left by then, a close at 8pm was "not quorate" where one
  // at 9am the next day was quorate: the meeting was as over at 8pm, the room empty.
  it('on the day itself, once everyone has left, over the whole meeting as well', () => {
    expect(decided(at('20:00')).quorate).to.equal(true);
    expect(decided(at('18:30')).quorumState).to.equal('quorate');
  });

  it('gives the quorum state in words', () => {
    expect(decided(at('17:00'), at('18:00')).quorumState).to.equal('quorate');
  });
});

describe("outcome's quorum when the room empties at or before the meeting's end", () => {
  // Four of five voting seats in from 16:00; quorum is half of them. Voting stays open a week.
  const decided = (left: string, end?: string, closes = '2019-10-22T12:00:00+01:00') =>
    outcome(
      rulesDocument({
        seats: plainSeats(5),
        group: { quorum: [{ label: 'Half', seats: { voting: true }, min: '1/2' }] },
        meeting: {
          attendance: Object.fromEntries(
            ['s1', 's2', 's3', 's4'].map((seat) => [seat, { as: 'holder', arrived: at('16:00'), left }]),
          ),
          ...(end ? { end } : {}),
        },
        proposal: { status: 'closed', closes },
        votes: [vote('s1', 'h1', 'for', at('16:30')), vote('s2', 'h2', 'for', at('16:31'))],
      }),
      'p',
    );

  it('is carried when everyone was checked out at the end the meeting recorded', () => {
    expect(decided(at('18:00'), at('18:00')).result).to.equal('carried');
  });

  it('is carried when the meeting finished early and everyone was checked out before its end', () => {
    expect(decided(at('17:40'), at('18:00')).result).to.equal('carried');
    expect(decided(at('17:40'), at('18:00'), at('17:50')).result, 'voting closed after they left').to.equal('carried');
  });

  it('is carried whether voting closed that evening or the next morning, with no end recorded', () => {
    expect(decided(at('18:00'), undefined, at('20:00')).result).to.equal('carried');
    expect(decided(at('18:00'), undefined, '2019-10-16T09:00:00+01:00').result).to.equal('carried');
  });

  it('is still judged at the close while anyone is in the room', () => {
    expect(decided(at('17:40'), undefined, at('17:30')).result, 'all four in at 17:30').to.equal('carried');
    const halfLeft = outcome(
      rulesDocument({
        seats: plainSeats(5),
        group: { quorum: [{ label: 'Half', seats: { voting: true }, min: '1/2' }] },
        meeting: {
          attendance: {
            s1: { as: 'holder', arrived: at('16:00') },
            s2: { as: 'holder', arrived: at('16:00'), left: at('17:00') },
            s3: { as: 'holder', arrived: at('16:00'), left: at('17:00') },
          },
        },
        proposal: { status: 'closed', closes: at('17:30') },
      }),
      'p',
    );
    expect(halfLeft.quorumJudgedAt).to.deep.equal({ at: at('17:30'), moment: 'closes' });
    expect(halfLeft.quorate, 'one of five in the room at the close').to.equal(false);
  });
});

describe("outcome's quorum for a decision taken after the meeting was over, and what was recorded after it", () => {
  // Five voting seats, quorum half of them (3); s1 to s4 in from 16:00, two votes for.
  const four = (left: string) =>
    Object.fromEntries(['s1', 's2', 's3', 's4'].map((id) => [id, { as: 'holder', arrived: at('16:00'), left }]));
  const meetingOf = (attendance: object, end = at('18:00')) => ({ attendance, end });
  const counted = (meeting: object, proposal: object, now?: string) =>
    outcome(
      rulesDocument({
        seats: plainSeats(5),
        group: { quorum: [{ label: 'Half', seats: { voting: true }, min: '1/2' }] },
        meeting,
        proposal: { status: 'closed', closes: at('17:50'), ...proposal },
        votes: [vote('s1', 'h1', 'for', at('16:30')), vote('s2', 'h2', 'for', at('16:31'))],
      }),
      'p',
      now ? { now, today: now.slice(0, 10) } : {},
    );

  it('a seat checked in after voting closed does not turn the decision', () => {
    // The meeting finished at 17:40 and voting closed at 17:50: carried, over the meeting.
    expect(counted(meetingOf(four(at('17:40'))), {}).result).to.equal('carried');
    // The chair checks s5 in at 17:55, its stretch still open: the room is no longer "empty" at 17:50.
    const late = { ...four(at('17:40')), s5: { as: 'holder', arrived: at('17:55') } };
    expect(counted(meetingOf(late), {}).result).to.equal('carried');
  });

  it('says it was judged up to the close, so that a page does not say the whole meeting was not quorate', () => {
    const result = counted(meetingOf(four(at('17:40'))), {});
    expect(result.quorumJudgedAt).to.deep.equal({ at: at('17:50'), moment: 'up-to-close' });
  });

  it('an arrival after voting closed does not count towards its quorum either', () => {
    // Only two were ever in before the close; a third checked in afterwards does not make it quorate.
    const two = {
      s1: { as: 'holder', arrived: at('16:00'), left: at('17:40') },
      s2: { as: 'holder', arrived: at('16:00'), left: at('17:40') },
      s3: { as: 'holder', arrived: at('17:55'), left: at('17:58') },
    };
    expect(counted(meetingOf(two), {}).result).to.equal('inquorate');
  });

  it('a close at the meeting’s end, some checked out at it and one not, reads as the meeting: carried', () => {
    const attendance = { ...four(at('18:00')), s4: { as: 'holder', arrived: at('16:00') } };
    expect(counted(meetingOf(attendance), { closes: at('18:00') }).result).to.equal('carried');
    expect(counted(meetingOf(attendance), { closes: at('18:01') }).result).to.equal('carried');
  });

  it('a withdrawal declared after everyone had left leaves the member in the room the meeting had', () => {
    const declarations = [
      { person: 'h3', interest: 'A governor of a school named', withdrew: true, declared: at('17:45') },
    ];
    // Three in, the least that is quorate: had h3 withdrawn while the meeting sat, it would not have been.
    const { s4: _, ...three } = four(at('17:40'));
    for (const end of [at('17:40'), at('18:00')]) {
      const result = counted(meetingOf(three, end), { declarations });
      expect(result.result, `the meeting's end written as ${end}`).to.equal('carried');
    }
  });

  it('while voting is still open after everyone left, "if it closed now" reads as the close will', () => {
    const open = { status: 'open' };
    const standing = (now: string) => counted(meetingOf(four(at('17:40'))), open, now).standing;
    expect(standing(at('17:45')), 'at 17:45').to.equal('carried');
    expect(standing(at('17:50')), 'at the close').to.equal('carried');
    expect(counted(meetingOf(four(at('17:40'))), open, at('17:51')).result, 'decided').to.equal('carried');
  });
});
