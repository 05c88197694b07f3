import { expect } from '@open-wc/testing';
import type { Vote } from '../../../src/contract/schema.js';
import { withVote } from '../../../src/rules/changes.js';
import {
  appended,
  byId,
  latestOwnVote,
  proposalsAt,
  seatAnywhere,
  votesCastAt,
  votesFor,
} from '../../../src/rules/indexes.js';
import { outcome } from '../../../src/rules/outcome.js';
import { appointmentOn } from '../../../src/rules/appointments.js';
import { personName } from '../../../src/rules/records.js';
import { at, plainSeats, rulesDocument, seat, vote } from '../../fixtures/documents.js';

const votes = [vote('s1', 'h1', 'for'), vote('s2', 'h2', 'against'), vote('s1', 'h1', 'against', at('16:40'))];
const doc = rulesDocument({
  seats: plainSeats(3),
  groups: [{ id: 'other', name: 'Other', seats: [seat('s1', 'ola'), seat('o2', 'oscar')] }],
  proposals: [{ id: 'q', group: 'g', title: 'Another', status: 'open' }],
  votes,
});
/** A vote on 'p' by the holder of s3, not yet in any document. */
const third = (): Vote => ({ id: 'late', proposal: 'p', seat: 's3', by: 'h3', choice: 'for', cast: at('16:50') });

describe('indexes: lookups built once per list', () => {
  it('byId finds what find would: the first record with the id, or undefined', () => {
    const records = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
    ];
    expect(byId(records, 'a')?.n).to.equal(1);
    expect(byId(records, 'b')?.n).to.equal(2);
    expect(byId(records, 'c')).to.equal(undefined);
    // Only the records' own ids: no built-in property of an object answers.
    expect(byId(records, 'constructor')).to.equal(undefined);
    expect(byId(records, '__proto__')).to.equal(undefined);
  });

  it('a list that grows in place, as the host appends votes, is read to its end', () => {
    const records = [{ id: 'a' }];
    expect(byId(records, 'b')).to.equal(undefined);
    records.push({ id: 'b' });
    expect(byId(records, 'b')).to.equal(records[1]);
  });

  it('a list that shrinks in place is indexed again', () => {
    const records = [{ id: 'a' }, { id: 'b' }];
    expect(byId(records, 'b')).to.equal(records[1]);
    records.pop();
    expect(byId(records, 'b')).to.equal(undefined);
    expect(byId(records, 'a')).to.equal(records[0]);
  });

  it('votesFor: a proposal’s votes in document order, none for a proposal without any', () => {
    expect(votesFor(doc, 'p').map((v) => v.id)).to.deep.equal(votes.map((v) => v.id));
    expect(votesFor(doc, 'q')).to.deep.equal([]);
    expect(votesFor(doc, 'nothing')).to.deep.equal([]);
  });

  it('seatAnywhere: the seat with its group, the first group’s when two groups name a seat alike', () => {
    const found = seatAnywhere(doc, 's1');
    expect(found?.group.id).to.equal('g');
    expect(found?.seat.holder).to.equal('h1');
    expect(seatAnywhere(doc, 'o2')?.group.id).to.equal('other');
    expect(seatAnywhere(doc, 'nowhere')).to.equal(undefined);
  });

  it('latestOwnVote: the member’s latest vote for the seat by cast, then received, then id; kept as the list grows', () => {
    const own = [
      { ...vote('s1', 'h1', 'for', at('16:40')), id: 'b', received: at('16:41') },
      { ...vote('s1', 'h1', 'against', at('16:30')), id: 'c' },
      { ...vote('s1', 'h1', 'abstain', at('16:40')), id: 'a', received: at('16:41') },
      vote('s1', 'h2', 'for', at('16:50')),
    ];
    const votesDoc = rulesDocument({ seats: plainSeats(2), votes: own });
    expect(latestOwnVote(votesDoc, 'p', 's1', 'h1')?.id).to.equal('b');
    expect(latestOwnVote(votesDoc, 'p', 's1', 'h2')?.choice).to.equal('for');
    expect(latestOwnVote(votesDoc, 'p', 's2', 'h1')).to.equal(undefined);
    votesDoc.votes.push({ ...vote('s1', 'h1', 'against', at('16:40')), id: 'b2', received: at('16:41') });
    expect(latestOwnVote(votesDoc, 'p', 's1', 'h1')?.id).to.equal('b2');
    votesDoc.votes.push({ ...vote('s1', 'h1', 'for', at('16:35')), id: 'z' });
    expect(latestOwnVote(votesDoc, 'p', 's1', 'h1')?.id, 'an earlier cast, appended later, is not the latest').to.equal(
      'b2',
    );
  });

  it('votesCastAt: a seat’s votes cast at one instant, whatever offset the cast is written in', () => {
    const sameInstant = { ...vote('s1', 'h1', 'for', '2019-10-15T15:40:00Z'), id: 'utc' };
    const cast = [vote('s1', 'h1', 'for', at('16:40')), sameInstant, vote('s1', 'h1', 'for', at('16:41'))];
    const votesDoc = rulesDocument({ seats: plainSeats(2), votes: [...cast, vote('s2', 'h2', 'for', at('16:40'))] });
    const instant = Date.parse(at('16:40'));
    expect(votesCastAt(votesDoc, 'p', 's1', instant).map((v) => v.id)).to.deep.equal([cast[0]!.id, 'utc']);
    expect(votesCastAt(votesDoc, 'p', 's1', Date.parse(at('16:42')))).to.deep.equal([]);
    expect(votesCastAt(votesDoc, 'p', 's1', Number.NaN)).to.deep.equal([]);
  });

  it('proposalsAt: the proposals of a meeting, in document order', () => {
    expect(proposalsAt(doc, 'm').map((p) => p.id)).to.deep.equal(['p']);
    expect(proposalsAt(doc, 'none')).to.deep.equal([]);
  });
});

describe('indexes: every document the rules are given reads as it stands', () => {
  it('a changed document counts its new vote, and the one it came from does not', () => {
    const before = outcome(doc, 'p');
    const after = outcome(withVote(doc, third()), 'p');
    expect(after.counted.map((c) => c.seat)).to.deep.equal([...before.counted.map((c) => c.seat), 's3']);
    expect(outcome(doc, 'p')).to.deep.equal(before);
  });

  it('a vote appended in place, as the host’s ledger does, is counted at the next ask', () => {
    const ledger = structuredClone(doc);
    const before = outcome(ledger, 'p');
    ledger.votes.push(third());
    const after = outcome(ledger, 'p');
    expect(after.for).to.equal(before.for + 1);
    expect(after.counted.map((c) => c.vote)).to.include('late');
  });

  it('the later of two votes for a seat counts, as it did when every vote was scanned', () => {
    const counted = outcome(doc, 'p').counted.find((c) => c.seat === 's1');
    expect(counted?.vote).to.equal(votes[2]!.id);
    expect(counted?.choice).to.equal('against');
  });

  it('personName and appointmentOn read through the indexes', () => {
    expect(personName(doc, 'h1')).to.equal('H1');
    expect(personName(doc, 'stranger')).to.equal('stranger');
    expect([null, undefined, ''].map((nobody) => personName(doc, nobody))).to.deep.equal(['', '', '']);
    expect(appointmentOn(doc, 'o2', '2019-10-15').holder).to.equal('oscar');
    expect(appointmentOn(doc, 'nowhere', '2019-10-15').holder).to.equal(null);
  });
});

describe('indexes: a list one change made longer (appended) starts from the shorter list’s', () => {
  /** What the indexes answer of `asked`, for comparing with a document of fresh lists. */
  const answers = (asked: typeof doc) => ({
    p: votesFor(asked, 'p').map((v) => v.id),
    q: votesFor(asked, 'q').map((v) => v.id),
    latest: latestOwnVote(asked, 'p', 's1', 'h1')?.id,
    third: latestOwnVote(asked, 'p', 's3', 'h3')?.id,
    late: byId(asked.votes, 'late')?.seat,
    atInstant: votesCastAt(asked, 'p', 's3', Date.parse(at('16:50'))).map((v) => v.id),
  });
  const onQ: Vote = { id: 'on-q', proposal: 'q', seat: 's2', by: 'h2', choice: 'for', cast: at('16:45') };
  const withQ = () =>
    rulesDocument({ seats: plainSeats(3), proposals: doc.proposals.slice(1), votes: [...votes, onQ] });

  it('answers as a document whose lists were read whole, however many changes it is from the one indexed', () => {
    const first = withQ();
    answers(first);
    const once = withVote(first, { ...third(), id: 'between', choice: 'against', cast: at('16:49') });
    // Not asked in between: the second change starts from the first document's indexes too.
    const twice = withVote(once, third());
    expect(answers(twice)).to.deep.equal(answers(structuredClone(twice)));
    expect(answers(twice).third).to.equal('late');
    expect(answers(once)).to.deep.equal(answers(structuredClone(once)));
  });

  it('leaves the shorter list’s indexes as they were, and shares the records of a key the change did not touch', () => {
    const first = withQ();
    const before = answers(first);
    const onP = votesFor(first, 'p');
    const longer = withVote(first, third());
    expect(votesFor(longer, 'p').map((v) => v.id)).to.deep.equal([...before.p, 'late']);
    expect(votesFor(longer, 'q')).to.equal(votesFor(first, 'q'));
    expect(votesFor(longer, 'p')).not.to.equal(onP);
    expect(answers(first)).to.deep.equal(before);
    expect(onP.map((v) => v.id)).to.deep.equal(before.p);
  });

  it('takes nothing of records the shorter list was given in place afterwards, as the host’s ledger adds them', () => {
    const records = [{ id: 'a' }];
    expect(byId(records, 'a')).to.equal(records[0]);
    const longer = appended(records, { id: 'b' });
    records.push({ id: 'in-place' });
    expect(byId(records, 'in-place')).to.equal(records[1]);
    expect(byId(longer, 'in-place')).to.equal(undefined);
    expect(byId(longer, 'b')).to.equal(longer[1]);
    expect(byId(longer, 'a')).to.equal(records[0]);
  });
});
