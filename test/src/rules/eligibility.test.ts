import { expect } from '@open-wc/testing';
import type { Vote } from '../../../src/contract/schema.js';
import { checkVote, eligibleSeats, ineligibility, voteValidity } from '../../../src/rules/eligibility.js';
import { at, boardSeats, rulesDocument, seat, type Parts, newVote, vote } from '../../fixtures/documents.js';
import { reason, refusal } from '../../fixtures/rules-fixture.js';

const otherGroup = { id: 'other', name: 'Schools Forum', seats: [seat('forum', 'fred')] };
const documentWith = (parts: Parts = {}) => rulesDocument({ groups: [otherGroup], ...parts });

describe('checkVote', () => {
  const doc = documentWith({ meeting: { attendance: { secondary: 'holder', chair: 'proxy' } } });
  const check = (fields: Partial<Vote>) => checkVote(doc, newVote(fields));

  it('accepts the holder of a voting seat', () => {
    expect(check({})).to.deep.equal({ ok: true });
  });

  it('refuses an unknown proposal or seat without throwing', () => {
    expect(refusal(check({ proposal: 'nope' }))).to.deep.equal({
      reason: 'unknown-proposal',
      values: { proposal: 'nope' },
    });
    expect(refusal(check({ seat: 'nope' }))).to.deep.equal({ reason: 'unknown-seat', values: { seat: 'nope' } });
  });

  it('refuses a seat of another group', () => {
    expect(refusal(check({ seat: 'forum', by: 'fred' }))).to.deep.equal({
      reason: 'not-in-group',
      values: { seat: 'forum', group: 'g', proposal: 'p' },
    });
  });

  it('refuses a non-voting seat and a vacant one', () => {
    expect(refusal(check({ seat: 'adviser', by: 'ada' }))).to.deep.equal({
      reason: 'non-voting-seat',
      values: { seat: 'adviser', proposal: 'p' },
    });
    const vacant = documentWith({ seats: [seat('primary', null, { proxy: 'amy' })] });
    expect(refusal(checkVote(vacant, newVote({ by: 'amy' })))).to.deep.equal({
      reason: 'vacant-seat',
      values: { seat: 'primary', date: '2019-10-15' },
    });
    // Asked about no date (no `at`, no meeting): vacant now, with no date to name.
    const vacantNow = documentWith({
      seats: [seat('primary', null, { proxy: 'amy' })],
      proposal: { meeting: undefined },
    });
    expect(ineligibility(vacantNow, 'p', 'amy')).to.deep.equal([
      { seat: 'primary', reason: 'vacant-seat', values: { seat: 'primary' } },
    ]);
  });

  it('refuses someone who is neither holder nor proxy, naming them and the seat', () => {
    expect(refusal(check({ by: 'dan' }))).to.deep.equal({
      reason: 'not-holder-or-proxy',
      values: { seat: 'primary', person: 'dan' },
    });
    expect(reason(check({ by: 'ben' }))).to.equal('not-holder-or-proxy'); // a holder of another seat
  });

  it('lets the proxy vote only while the holder is not recorded present', () => {
    expect(refusal(check({ seat: 'secondary', by: 'bea' }))).to.deep.equal({
      reason: 'holder-present',
      values: { seat: 'secondary', holder: 'ben', proxy: 'bea', meeting: 'm', date: '2019-10-15' },
    });
    expect(reason(check({ seat: 'chair', by: 'colin' }))).to.equal('ok'); // attendance 'proxy'
    expect(reason(check({ by: 'amy' }))).to.equal('ok'); // not listed: absent
    const apologies = documentWith({ meeting: { attendance: { primary: 'apologies' } } });
    expect(reason(checkVote(apologies, newVote({ by: 'amy' })))).to.equal('ok');
  });

  it('lets the proxy vote when the proposal names no meeting', () => {
    const noMeeting = documentWith({ proposal: { meeting: undefined } });
    expect(reason(checkVote(noMeeting, newVote({ seat: 'secondary', by: 'bea' })))).to.equal('ok');
  });

  it('refuses a vote once the seat’s term has ended: on its last day it may still vote', () => {
    expect(reason(check({ cast: '2019-12-31T23:59:00Z' }))).to.equal('ok');
    expect(reason(check({ cast: '2020-01-01T09:00:00Z' }))).to.equal('term-ended');
    expect(reason(check({ by: 'amy', cast: '2020-01-01T09:00:00Z' }))).to.equal('term-ended');
    expect(refusal(check({ cast: '2020-01-01T09:00:00Z' }))).to.deep.equal({
      reason: 'term-ended',
      values: { seat: 'primary', to: '2019-12-31' },
    });
  });

  it('refuses a vote before the seat’s term has begun: on its first day it may vote', () => {
    // The primary seat's term runs from 1 January 2019 (the fixture); its holder and proxy wait until then.
    expect(reason(check({ cast: '2018-12-31T16:00:00Z' }))).to.equal('term-not-started');
    expect(reason(check({ by: 'amy', cast: '2018-12-31T16:00:00Z' }))).to.equal('term-not-started');
    expect(refusal(check({ cast: '2018-12-31T16:00:00Z' }))).to.deep.equal({
      reason: 'term-not-started',
      values: { seat: 'primary', from: '2019-01-01' },
    });
    expect(reason(check({ cast: '2019-01-01T09:00:00Z' }))).to.equal('ok');
  });

  it('takes the date of the cast in London, whatever offset the device wrote', () => {
    // The term ends on 31 December: an offset of its own choosing cannot move a vote back into it.
    expect(reason(check({ cast: '2019-12-31T22:00:00-05:00' }))).to.equal('term-ended'); // 03:00 on 1 January
    expect(reason(check({ cast: '2019-12-31T23:30:00-12:00' }))).to.equal('term-ended'); // 11:30 on 1 January
    expect(reason(check({ cast: '2020-01-01T00:30:00+01:00' }))).to.equal('ok'); // 23:30 on 31 December
    expect(reason(check({ cast: '2019-12-31T23:59:59Z' }))).to.equal('ok'); // GMT in winter
  });

  it('needs the proposal open now: draft, closed and withdrawn proposals take no new vote', () => {
    for (const status of ['draft', 'closed', 'withdrawn'] as const) {
      const refused = checkVote(documentWith({ proposal: { status } }), newVote());
      expect(refusal(refused), status).to.deep.equal({
        reason: 'proposal-not-open',
        values: { proposal: 'p', status },
      });
    }
  });

  it('refuses a vote cast after closes, comparing instants across offsets', () => {
    const closing = documentWith({ proposal: { closes: '2019-10-15T17:00:00Z' } }); // 18:00 in BST
    expect(reason(checkVote(closing, newVote({ cast: at('18:00') })))).to.equal('ok');
    expect(reason(checkVote(closing, newVote({ cast: '2019-10-15T18:00:01+01:00' })))).to.equal('proposal-not-open');
    expect(reason(checkVote(closing, newVote({ cast: '2019-10-15T17:30:00Z' })))).to.equal('proposal-not-open');
    expect(refusal(checkVote(closing, newVote({ cast: '2019-10-15T17:30:00Z' })))).to.deep.equal({
      reason: 'proposal-not-open',
      values: { proposal: 'p', status: 'open', closes: '2019-10-15T17:00:00Z' },
    });
  });
});

describe('voteValidity', () => {
  const stored = (parts: Parts, fields: Partial<Vote> = {}) =>
    reason(voteValidity(documentWith(parts), newVote(fields)));

  it('keeps the votes of a closed proposal valid, but not of a draft or withdrawn one', () => {
    expect(stored({ proposal: { status: 'closed' } })).to.equal('ok');
    expect(stored({ proposal: { status: 'open' } })).to.equal('ok');
    expect(stored({ proposal: { status: 'draft' } })).to.equal('proposal-not-open');
    expect(stored({ proposal: { status: 'withdrawn' } })).to.equal('proposal-not-open');
  });

  it('still refuses a closed proposal’s vote cast after closes, or after the term ended', () => {
    const closed = { proposal: { status: 'closed' as const, closes: at('18:00') } };
    expect(stored(closed, { cast: at('18:01') })).to.equal('proposal-not-open');
    expect(stored({ proposal: { status: 'closed' } }, { cast: '2020-01-02T10:00:00Z' })).to.equal('term-ended');
  });

  it('says malformed, and never throws, when given what is not a stored vote; a `received` is fine', () => {
    const doc = documentWith({});
    const malformed = (input: unknown) => voteValidity(doc, input as Vote);
    for (const input of [null, 'vote', {}, { ...newVote({}), choice: 'maybe' }, { ...newVote({}), cast: 7 }]) {
      expect(malformed(input)).to.have.property('reason', 'malformed');
    }
    const choice = malformed({ ...newVote({}), choice: { toString: null } });
    expect(choice).to.have.nested.property('values.problems[0].path', 'vote.choice');
    expect(reason(voteValidity(doc, newVote({ received: at('16:31') })))).to.equal('ok');
  });
});

describe('eligibleSeats', () => {
  const doc = documentWith({ meeting: { attendance: { secondary: 'holder' } } });
  const seats = (person: string, when?: string) => eligibleSeats(doc, 'p', person, when);

  it('gives the seats a person may vote for, as holder or proxy', () => {
    expect(seats('ann', at('16:30'))).to.deep.equal([{ seat: 'primary', as: 'holder' }]);
    expect(seats('amy', at('16:30'))).to.deep.equal([{ seat: 'primary', as: 'proxy' }]);
    expect(seats('bea', at('16:30'))).to.deep.equal([]); // Ben is present
    expect(seats('ada', at('16:30'))).to.deep.equal([]); // non-voting
    expect(seats('dan', at('16:30'))).to.deep.equal([]); // no seat
    expect(seats('nobody-known', at('16:30'))).to.deep.equal([]);
  });

  it('lists every seat a person may vote for: a holder who is also another seat’s proxy', () => {
    const both = documentWith({ seats: [seat('primary', 'ann'), seat('secondary', 'ben', { proxy: 'ann' })] });
    expect(eligibleSeats(both, 'p', 'ann', at('16:30'))).to.deep.equal([
      { seat: 'primary', as: 'holder' },
      { seat: 'secondary', as: 'proxy' },
    ]);
  });

  it('a holder named as their own proxy votes as holder', () => {
    const own = documentWith({ seats: [seat('primary', 'ann', { proxy: 'ann' })] });
    expect(eligibleSeats(own, 'p', 'ann', at('16:30'))).to.deep.equal([{ seat: 'primary', as: 'holder' }]);
  });

  it('checks the term against `at`, a date or a date-time', () => {
    expect(seats('ann', '2019-12-31')).to.have.length(1);
    expect(seats('ann', '2020-01-01')).to.deep.equal([]);
    expect(seats('ann', '2020-01-01T09:00:00Z')).to.deep.equal([]);
  });

  it('without `at`, checks the term on the meeting’s date, or not at all without a meeting', () => {
    expect(seats('ann')).to.have.length(1);
    const january = documentWith({ meeting: { start: '2020-01-15T16:00:00Z' } });
    expect(eligibleSeats(january, 'p', 'ann')).to.deep.equal([]);
    const noMeeting = documentWith({ proposal: { meeting: undefined } });
    expect(eligibleSeats(noMeeting, 'p', 'ann')).to.have.length(1);
  });

  it('is empty unless the proposal is open and, at `at`, not closed', () => {
    expect(eligibleSeats(documentWith({ proposal: { status: 'closed' } }), 'p', 'ann', at('16:30'))).to.deep.equal([]);
    const closing = documentWith({ proposal: { closes: at('18:00') } });
    expect(eligibleSeats(closing, 'p', 'ann', at('17:59'))).to.have.length(1);
    // Closing at 00:30 on the 16th in London (BST), written in UTC: the 16th is still a day it is open.
    const pastMidnight = documentWith({ proposal: { closes: '2019-10-15T23:30:00Z' } });
    expect(eligibleSeats(pastMidnight, 'p', 'ann', '2019-10-16')).to.have.length(1);
    expect(eligibleSeats(pastMidnight, 'p', 'ann', '2019-10-17')).to.deep.equal([]);
    expect(eligibleSeats(closing, 'p', 'ann', at('18:01'))).to.deep.equal([]);
    expect(eligibleSeats(closing, 'p', 'ann', '2019-10-15')).to.have.length(1); // the closing day itself
    expect(eligibleSeats(closing, 'p', 'ann', '2019-10-16')).to.deep.equal([]);
    const earlyClose = documentWith({ proposal: { closes: '2019-10-15T00:30:00+01:00' } }); // 23:30 on the 14th, UTC
    expect(eligibleSeats(earlyClose, 'p', 'ann', '2019-10-15')).to.have.length(1); // a date is the whole day
  });

  it('eligibleSeats throws a RangeError naming an unknown proposal', () => {
    expect(() => eligibleSeats(doc, 'nope', 'ann')).to.throw(RangeError, "No proposal has the id 'nope'");
  });
});

describe('ineligibility', () => {
  const doc = documentWith({ meeting: { attendance: { secondary: 'holder' } } });
  const reasons = (person: string, when = at('16:30'), d = doc) =>
    ineligibility(d, 'p', person, when).map((r) => `${r.seat ?? '-'}:${r.reason}`);

  it('is empty for someone who may vote for every seat they have', () => {
    expect(reasons('ann')).to.deep.equal([]);
  });

  it('explains a person with no seat in the group: a guest, or not a member', () => {
    expect(reasons('dan')).to.deep.equal(['-:no-seat']);
    expect(ineligibility(doc, 'p', 'dan', at('16:30'))).to.deep.equal([
      { reason: 'no-seat', values: { person: 'dan', group: 'g' } },
    ]);
    expect(reasons('fred')).to.deep.equal(['-:no-seat']); // a member of another group only
  });

  it('explains a non-voting member, a proxy whose holder is present, and an ended term', () => {
    expect(reasons('ada')).to.deep.equal(['adviser:non-voting-seat']);
    expect(reasons('bea')).to.deep.equal(['secondary:holder-present']);
    expect(ineligibility(doc, 'p', 'bea', at('16:30'))).to.deep.equal([
      {
        seat: 'secondary',
        reason: 'holder-present',
        values: { seat: 'secondary', holder: 'ben', proxy: 'bea', meeting: 'm', date: '2019-10-15' },
      },
    ]);
    expect(reasons('ann', '2020-01-02')).to.deep.equal(['primary:term-ended']);
  });

  it('explains, for the seat they voted for, a proxy replaced since, rather than no seat at all', () => {
    const special = seat('special', 'sam', {
      term: { from: '2019-10-15' },
      previous: [{ holder: 'sam', proxy: 'dan', from: '2019-01-01', to: '2019-10-14' }],
    });
    const replaced = documentWith({
      seats: [...boardSeats().filter((s) => s.id !== 'special'), special],
      votes: [vote('special', 'dan', 'for', '2019-10-14T12:00:00+01:00')],
    });
    expect(reasons('dan', at('16:30'), replaced)).to.deep.equal(['special:not-holder-or-proxy']);
    expect(
      reasons(
        'dan',
        at('16:30'),
        documentWith({ seats: [...boardSeats().filter((s) => s.id !== 'special'), special] }),
      ),
    ).to.deep.equal(['-:no-seat']);
  });

  it('names the seat a person is appointed to from a later date, and that date, rather than no seat at all', () => {
    const others = boardSeats().filter((s) => s.id !== 'special' && s.id !== 'secondary');
    const firstTerm = seat('special', 'sam', { proxy: 'sid', term: { from: '2019-10-16' } });
    const newProxy = seat('secondary', 'ben', {
      proxy: 'bex',
      term: { from: '2019-10-16' },
      previous: [{ holder: 'ben', proxy: 'bea', from: '2019-01-01', to: '2019-10-15' }],
    });
    const doc = documentWith({ seats: [...others, firstTerm, newProxy] });
    expect(ineligibility(doc, 'p', 'sid', at('16:30'))).to.deep.equal([
      { seat: 'special', reason: 'term-not-started', values: { seat: 'special', from: '2019-10-16' } },
    ]);
    expect(ineligibility(doc, 'p', 'bex', at('16:30'))).to.deep.equal([
      {
        seat: 'secondary',
        reason: 'not-holder-or-proxy',
        values: { seat: 'secondary', person: 'bex', from: '2019-10-16', as: 'proxy' },
      },
    ]);
    // Vacant between two holders, the next appointed from a later date: that date, as the roster says it.
    const gap = seat('special', 'sid', {
      term: { from: '2019-10-16' },
      previous: [{ holder: 'sam', proxy: null, from: '2019-01-01', to: '2019-10-01' }],
    });
    expect(ineligibility(documentWith({ seats: [...others, gap, newProxy] }), 'p', 'sid', at('16:30'))).to.deep.equal([
      {
        seat: 'special',
        reason: 'not-holder-or-proxy',
        values: { seat: 'special', person: 'sid', from: '2019-10-16', as: 'holder' },
      },
    ]);
    expect(refusal(checkVote(doc, newVote({ seat: 'secondary', by: 'bex' })))).to.deep.equal({
      reason: 'not-holder-or-proxy',
      values: { seat: 'secondary', person: 'bex', from: '2019-10-16', as: 'proxy' },
    });
  });

  it('gives the proposal’s own reason when it takes no votes', () => {
    const draft = documentWith({ proposal: { status: 'draft' } });
    expect(ineligibility(draft, 'p', 'ann', at('16:30'))).to.deep.equal([
      { reason: 'proposal-not-open', values: { proposal: 'p', status: 'draft' } },
    ]);
  });

  it('ineligibility throws a RangeError naming an unknown proposal', () => {
    expect(() => ineligibility(doc, 'nope', 'ann')).to.throw(RangeError, "'nope'");
  });
});
