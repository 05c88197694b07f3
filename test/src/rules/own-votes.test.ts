/**
 * ownVote given the proposal's outcome already worked out (src/rules/own-votes.ts):
 * the vote panel works the outcome out once a document and hands it to each
 * seat's form, so the answer must be the one ownVote gives on its own,
 * whatever `now` and `today` the outcome was asked with.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { outcome } from '../../../src/rules/outcome.js';
import { publishedDocument } from '../../../src/rules/privacy.js';
import {
  holderVoteAhead,
  ownUncountedVotes,
  ownVote,
  ownVotes,
  refusedVoteReplaced,
  uncountedNamed,
} from '../../../src/rules/own-votes.js';
import { seatsVotedFor } from '../../../src/rules/eligibility.js';
import { board, boardVote, parsed, type LooseDocument } from '../../fixtures/documents.js';
import { validDocument } from '../../fixtures/document-arbitrary.js';

const DURING = { now: '2019-10-15T16:45:00+01:00', today: '2019-10-15' };
const AFTER = { now: '2019-10-16T09:00:00+01:00', today: '2019-10-16' };

describe('holderVoteAhead', () => {
  const seatOf = (doc: ReturnType<typeof board>, id: string) =>
    doc.groups.find((g) => g.id === 'board')!.seats.find((s) => s.id === id)!;

  it('is the holder’s counted vote, cast before or after the proxy’s; none where the proxy’s or no vote counts', () => {
    for (const [holderAt, proxyAt] of [
      [10, 40],
      [40, 10],
    ]) {
      const doc = board([boardVote('s-b', 'p-b', 'against', holderAt), boardVote('s-b', 'p-b2', 'for', proxyAt)]);
      expect(holderVoteAhead(outcome(doc, 'p1', DURING), seatOf(doc, 's-b'), DURING.now)).to.include({
        by: 'p-b',
        as: 'holder',
      });
    }
    const doc = board([boardVote('s-b', 'p-b2', 'for', 10)]);
    const proxyOnly = outcome(doc, 'p1', DURING);
    expect(holderVoteAhead(proxyOnly, seatOf(doc, 's-b'), DURING.now)).to.equal(undefined);
    expect(holderVoteAhead(proxyOnly, seatOf(doc, 's-c'), DURING.now)).to.equal(undefined);
  });

  it('is none where the vote counted is a former holder’s: the seat has changed hands since', () => {
    // Person b held the seat to 20 October; Person a from 21 October, with Person b2 as their proxy.
    const doc = board([boardVote('s-b', 'p-b', 'for', 10)], (draft) => {
      Object.assign(draft.groups![0]!.seats![2]!, {
        holder: 'p-a',
        proxy: 'p-b2',
        term: { from: '2019-10-21' },
        previous: [{ holder: 'p-b', proxy: null, from: '2019-01-01', to: '2019-10-20' }],
      });
      draft.proposals![0]!.closes = '2019-10-30T17:00:00Z';
    });
    const seat = seatOf(doc, 's-b');
    const result = outcome(doc, 'p1', { now: '2019-10-25T12:00:00Z' });
    expect(result.counted.find((c) => c.seat === 's-b')).to.include({ by: 'p-b', as: 'holder' });
    expect(holderVoteAhead(result, seat, '2019-10-25T12:00:00Z')).to.equal(undefined);
    // Their own proxy, asked on the day the vote was cast, is told of it.
    expect(holderVoteAhead(result, seat, '2019-10-15T16:50:00+01:00')).to.include({ by: 'p-b' });
  });
});

describe('ownVote with the outcome in hand', () => {
  it('takes the seat’s counted vote from the outcome given, not counting again', () => {
    const doc = board([boardVote('s-b', 'p-b2', 'for', 40), boardVote('s-b', 'p-b', 'against', 10)]);
    const result = outcome(doc, 'p1', DURING);
    const mine = ownVote(doc, 'p1', 's-b', 'p-b2', result);
    expect(mine?.counted).to.equal(false);
    // The very record of the outcome given: it was read, not worked out again.
    expect(mine?.instead).to.equal(result.counted.find((c) => c.seat === 's-b'));
  });

  it('answers as without it for the holder, the proxy, another seat and a published count', () => {
    const doc = board([
      boardVote('s-b', 'p-b2', 'for', 10),
      boardVote('s-b', 'p-b', 'against', 20),
      boardVote('s-c', 'p-c', 'for'),
    ]);
    const asked: [string, string][] = [
      ['s-b', 'p-b'],
      ['s-b', 'p-b2'],
      ['s-c', 'p-c'],
      ['s-a', 'p-a'],
    ];
    for (const moment of [DURING, AFTER, {}]) {
      const result = outcome(doc, 'p1', moment);
      for (const [seat, person] of asked) {
        expect(ownVote(doc, 'p1', seat, person, result), `${seat} ${person}`).to.deep.equal(
          ownVote(doc, 'p1', seat, person),
        );
      }
    }
    const published = board(
      [boardVote('s-b', 'p-b', 'for')],
      (d) => (d.proposals[0].count = { for: 2, against: 0, abstain: 0 }),
    );
    expect(ownVote(published, 'p1', 's-b', 'p-b', outcome(published, 'p1', DURING))).to.deep.include({
      counted: null,
    });
  });

  it('answers as without it for every seat and voter of generated documents', () => {
    fc.assert(
      fc.property(validDocument, fc.constantFrom(DURING, AFTER), (input, moment) => {
        const doc = parsed(input);
        for (const proposal of doc.proposals) {
          const result = outcome(doc, proposal.id, moment);
          for (const { seat, by } of doc.votes.filter((v) => v.proposal === proposal.id)) {
            expect(ownVote(doc, proposal.id, seat, by, result)).to.deep.equal(ownVote(doc, proposal.id, seat, by));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('ownVotes: a member’s vote for each seat they voted for', () => {
  /** Person a, holder of s-a, stands proxy for s-b too; b's own vote for s-b comes after a's. */
  const twoSeats = () =>
    board(
      [
        boardVote('s-b', 'p-a', 'for', 10),
        boardVote('s-a', 'p-a', 'against', 20),
        boardVote('s-b', 'p-b', 'against', 30),
        boardVote('s-c', 'p-c', 'for', 40),
        boardVote('s-a', 'p-c', 'for', 50),
      ],
      (d) => (d.groups[0].seats[2].proxy = 'p-a'),
    );

  it('answers `ownVote` for each seat of theirs, in the order they first voted for it', () => {
    // The vote panel looked up the seats itself, then asked the rules of each: the core answers it whole.
    const doc = twoSeats();
    const result = outcome(doc, 'p1', AFTER);
    const mine = ownVotes(doc, 'p1', 'p-a', result);
    expect(mine).to.deep.equal([
      { seat: 's-b', ...ownVote(doc, 'p1', 's-b', 'p-a', result) },
      { seat: 's-a', ...ownVote(doc, 'p1', 's-a', 'p-a', result) },
    ]);
    expect(mine[0]!.instead?.by, 'the holder’s vote counts instead').to.equal('p-b');
    expect(ownVotes(doc, 'p1', 'p-a'), 'without the outcome in hand').to.deep.equal(mine);
  });

  it('leaves out a seat whose votes of theirs are all invalid, and has none for someone who did not vote', () => {
    const doc = twoSeats();
    // p-c is neither s-a's holder nor its proxy: that vote is invalid, so s-a is not one of theirs.
    expect(ownVotes(doc, 'p1', 'p-c').map((own) => own.seat)).to.deep.equal(['s-c']);
    expect(ownVotes(doc, 'p1', 'p-d')).to.deep.equal([]);
  });

  it('seatsVotedFor: every seat they cast a vote for, valid or not, in the order they first did', () => {
    const doc = twoSeats();
    expect(seatsVotedFor(doc, 'p1', 'p-a')).to.deep.equal(['s-b', 's-a']);
    expect(seatsVotedFor(doc, 'p1', 'p-c'), 'the invalid vote for s-a too').to.deep.equal(['s-c', 's-a']);
    expect(seatsVotedFor(doc, 'p1', 'p-d')).to.deep.equal([]);
  });
});

describe('ownUncountedVotes: a member’s votes the count does not take, where they still stand', () => {
  // The holders of s-a and s-b are in the room all meeting: their proxies' votes are not counted.
  const inTheRoom = (draft: LooseDocument) => {
    draft.meetings[0].attendance = { 's-a': 'holder', 's-b': 'holder' };
  };
  const stamped = (vote: ReturnType<typeof boardVote>, id: string, received: string) => ({ ...vote, id, received });

  it('gives each seat’s latest, with its entry of invalid, not one cast again since, nor another person’s', () => {
    const first = boardVote('s-b', 'p-b2', 'for', 10);
    const again = boardVote('s-b', 'p-b2', 'against', 20);
    const otherProxy = boardVote('s-a', 'p-a2', 'for', 15);
    const doc = board([again, otherProxy, first], inTheRoom);
    const result = outcome(doc, 'p1', DURING);
    expect(result.invalid.map((item) => item.vote)).to.deep.equal([first.id, otherProxy.id, again.id]);
    const mine = ownUncountedVotes(doc, 'p1', 'p-b2', result);
    expect(mine.map(({ vote }) => vote.id)).to.deep.equal([again.id]);
    // The very entry of the outcome given: a page says the rules' reason, in its own words.
    expect(mine[0]!.uncounted).to.equal(result.invalid[2]);
    expect(mine[0]!.uncounted.reason).to.equal('holder-present');
    expect(ownUncountedVotes(doc, 'p1', 'p-a2').map(({ vote }) => vote.id)).to.deep.equal([otherProxy.id]);
    expect(ownUncountedVotes(doc, 'p1', 'p-c')).to.deep.equal([]);
  });

  it('leaves out an uncounted vote a later one of theirs replaced, even a later one that counts', () => {
    // The holder left the room, and the proxy voted again: that vote counts, and stands for the seat.
    const early = boardVote('s-b', 'p-b2', 'for', 10);
    const later = boardVote('s-b', 'p-b2', 'against', 40);
    const doc = board([early, later], (draft) => {
      draft.meetings[0].attendance = { 's-b': { as: 'holder', left: '2019-10-15T16:30:00+01:00' } };
    });
    const result = outcome(doc, 'p1', DURING);
    expect(result.invalid.map((item) => item.vote)).to.deep.equal([early.id]);
    expect(ownUncountedVotes(doc, 'p1', 'p-b2', result)).to.deep.equal([]);
  });

  it('of two votes cast at the same instant, orders them as the count does: by received, then id', () => {
    // A device writing whole seconds: two votes at 4:30pm. Compared by cast alone, neither was later, and both
    // were said not counted, one "for" and one "against", with nothing to say which one stands.
    const sent = boardVote('s-b', 'p-b2', 'for', 30);
    const firstSent = stamped(sent, 'v-z', '2019-10-15T16:30:01+01:00');
    const secondSent = stamped({ ...sent, choice: 'against' }, 'v-a', '2019-10-15T16:30:02+01:00');
    const doc = board([secondSent, firstSent], inTheRoom);
    const mine = ownUncountedVotes(doc, 'p1', 'p-b2', outcome(doc, 'p1', DURING));
    expect(mine.map(({ vote }) => [vote.id, vote.choice])).to.deep.equal([['v-a', 'against']]);
  });

  it('on a secret ballot as the host serves it to the member (a published count, only their votes), judges theirs', () => {
    // The count published lists no vote invalid, and holds no other votes: the proxy's own are judged alone.
    const doc = board([boardVote('s-b', 'p-b2', 'for', 10), boardVote('s-a', 'p-a2', 'against', 20)], (draft) => {
      inTheRoom(draft);
      Object.assign(draft.proposals[0], { status: 'closed', ballot: 'secret' });
    });
    const served = publishedDocument(doc, 'p-b2', AFTER.now);
    expect(served.proposals[0]!.count, 'the host serves a count').to.not.equal(undefined);
    expect(
      served.votes.map((v) => v.by),
      'and only their own votes',
    ).to.deep.equal(['p-b2']);
    const mine = ownUncountedVotes(served, 'p1', 'p-b2', outcome(served, 'p1', AFTER));
    expect(mine.map(({ vote, uncounted }) => [vote.by, uncounted.reason])).to.deep.equal([['p-b2', 'holder-present']]);
    expect(mine, 'as from the host’s whole record').to.deep.equal(ownUncountedVotes(doc, 'p1', 'p-b2'));
  });

  it('answers as without the outcome in hand, whatever its now and today', () => {
    const doc = board([boardVote('s-b', 'p-b2', 'for', 10), boardVote('s-a', 'p-a2', 'against', 20)], inTheRoom);
    for (const moment of [DURING, AFTER, {}]) {
      for (const person of ['p-a2', 'p-b2', 'p-b']) {
        expect(ownUncountedVotes(doc, 'p1', person, outcome(doc, 'p1', moment)), person).to.deep.equal(
          ownUncountedVotes(doc, 'p1', person),
        );
      }
    }
  });
});

describe('uncountedNamed: the votes not counted a page may name to a viewer', () => {
  // The holders of s-a and s-b are in the room all meeting: their proxies' votes are not counted.
  const closedWith = (ballot: 'recorded' | 'secret') =>
    board([boardVote('s-b', 'p-b2', 'for', 10), boardVote('s-a', 'p-a2', 'against', 20)], (draft) => {
      draft.meetings[0].attendance = { 's-a': 'holder', 's-b': 'holder' };
      Object.assign(draft.proposals[0], { status: 'closed', ballot });
    });
  const named = (doc: ReturnType<typeof board>, viewer: string | null | undefined) =>
    uncountedNamed(doc.proposals[0]!, outcome(doc, 'p1', AFTER), viewer, AFTER.now).map(({ seat, by }) => [seat, by]);

  it('names every one, by seat and voter, where the record names how each seat voted', () => {
    const doc = closedWith('recorded');
    const every = [
      ['s-b', 'p-b2'],
      ['s-a', 'p-a2'],
    ];
    for (const viewer of ['p-b2', 'p-c', null, undefined])
      expect(named(doc, viewer), String(viewer)).to.deep.equal(every);
    // The outcome's own entries: nothing is worked out again.
    const result = outcome(doc, 'p1', AFTER);
    expect(uncountedNamed(doc.proposals[0]!, result, null, AFTER.now)).to.equal(result.invalid);
  });

  it('names only the viewer’s own on a secret ballot, none for the public, from the host’s whole record', () => {
    // A page given the host's record (not publishedDocument's copy) named only the viewer's own: the vote panel
    // decided that itself, from the document's votes.
    const doc = closedWith('secret');
    expect(outcome(doc, 'p1', AFTER).invalid).to.have.length(2);
    expect(named(doc, 'p-b2')).to.deep.equal([['s-b', 'p-b2']]);
    expect(named(doc, 'p-a2')).to.deep.equal([['s-a', 'p-a2']]);
    expect(named(doc, 'p-c')).to.deep.equal([]);
    expect(named(doc, null)).to.deep.equal([]);
    expect(named(doc, undefined)).to.deep.equal([]);
  });
});

describe('refusedVoteReplaced: whether a vote the host refused still says where a member stands', () => {
  // A vote the host refused is in no document, and was never stamped `received`.
  const refused = { ...boardVote('s-b', 'p-b2', 'for', 30), id: 'v-m' };
  const stored = (id: string, minutes: number, received?: string) => ({
    ...boardVote('s-b', 'p-b2', 'against', minutes),
    id,
    ...(received ? { received } : {}),
  });

  it('of a vote of theirs cast at the same instant, orders them as the count does: received, then id', () => {
    // A device writing whole seconds, votes keyed in at the meeting's time: compared by cast alone, any vote cast
    // in the same second replaced the refused one, though the count puts one without `received` and a lesser id first.
    expect(refusedVoteReplaced(board([stored('v-a', 30)]), refused), 'stored first, by id').to.equal(false);
    expect(refusedVoteReplaced(board([stored('v-z', 30)]), refused), 'stored later, by id').to.equal(true);
    const stamped = stored('v-a', 30, '2019-10-15T16:30:01+01:00');
    expect(refusedVoteReplaced(board([stamped]), refused), 'stamped by the host').to.equal(true);
  });

  it('is replaced by a later vote of theirs for the seat, counted or not, not by an earlier one nor another’s', () => {
    expect(refusedVoteReplaced(board([]), refused)).to.equal(false);
    expect(refusedVoteReplaced(board([stored('v-1', 20)]), refused), 'earlier').to.equal(false);
    expect(refusedVoteReplaced(board([stored('v-1', 20), stored('v-2', 40)]), refused), 'later').to.equal(true);
    // The holder was in the room: the later vote is not counted, and says where they stand (ownUncountedVotes).
    const inTheRoom = board([stored('v-2', 40)], (draft) => {
      draft.meetings[0].attendance = { 's-b': 'holder' };
    });
    expect(outcome(inTheRoom, 'p1', DURING).invalid.map((item) => item.vote)).to.deep.equal(['v-2']);
    expect(refusedVoteReplaced(inTheRoom, refused), 'later, not counted').to.equal(true);
    expect(refusedVoteReplaced(board([boardVote('s-b', 'p-b', 'against', 40)]), refused), 'the holder’s').to.equal(
      false,
    );
    expect(refusedVoteReplaced(board([boardVote('s-a', 'p-a2', 'against', 40)]), refused), 'another seat').to.equal(
      false,
    );
  });

  it('is replaced once the host has recorded that very vote, sent again', () => {
    expect(refusedVoteReplaced(board([refused]), refused)).to.equal(true);
  });
});
