/**
 * Contract 1.1 "Time": every act judged as at its moment. The appointment in
 * force on a date, a count that stays what it was when a seat changes hands,
 * presence at a moment, quorum at a moment, the host's clock, and the order
 * of the reasons a vote is refused.
 */
import { expect } from '@open-wc/testing';
import type { PartnershipDocument, Vote } from '../../../src/contract/schema.js';
import { appointmentOn, seatHistory } from '../../../src/rules/appointments.js';
import { checkVote, eligibleSeats, voteValidity } from '../../../src/rules/eligibility.js';
import { castMoment, outcome, quorumMoment } from '../../../src/rules/outcome.js';
import {
  anyonePresent,
  attendanceAt,
  inProgress,
  meetingOver,
  presentAs,
  roomMoment,
  spansOf,
} from '../../../src/rules/presence.js';
import { quorum } from '../../../src/rules/quorum.js';
import { leftAt } from '../../../src/rules/room.js';
import {
  at,
  boardSeats,
  plainSeats,
  rulesDocument,
  seat,
  vote,
  type Parts,
  newVote,
} from '../../fixtures/documents.js';
import { reason, refusal } from '../../fixtures/rules-fixture.js';

const NONE = { holder: null, proxy: null, from: null, to: null };

describe('appointmentOn', () => {
  const history = seat('primary', 'cara', {
    proxy: 'colin',
    term: { from: '2020-01-01', to: '2021-12-31' },
    previous: [
      { holder: 'ann', proxy: 'amy', from: '2018-09-01', to: '2019-03-31' },
      { holder: 'ben', from: '2019-05-01', to: '2019-12-30' },
    ],
  });
  const derived = seat('derived', 'sam', { previous: [{ holder: 'ann', from: '2019-01-01', to: '2020-02-28' }] });
  const doc = rulesDocument({ seats: [history, seat('open-ended', 'sam'), derived] });

  it('gives the earlier appointment covering the date, both its days included', () => {
    const ann = { holder: 'ann', proxy: 'amy', from: '2018-09-01', to: '2019-03-31' };
    expect(appointmentOn(doc, 'primary', '2018-09-01')).to.deep.equal(ann);
    expect(appointmentOn(doc, 'primary', '2019-03-31')).to.deep.equal(ann);
    expect(appointmentOn(doc, 'primary', '2019-10-15')).to.deep.equal({
      holder: 'ben',
      proxy: null,
      from: '2019-05-01',
      to: '2019-12-30',
    });
  });

  it('gives the current appointment from term.from, with its term.to', () => {
    const cara = { holder: 'cara', proxy: 'colin', from: '2020-01-01', to: '2021-12-31' };
    expect(appointmentOn(doc, 'primary', '2020-01-01')).to.deep.equal(cara);
    // Whether the term had ended is the separate term-ended rule: the appointment is still the current one.
    expect(appointmentOn(doc, 'primary', '2025-06-01')).to.deep.equal(cara);
  });

  it('gives none before the first appointment, in a gap between two, and before term.from', () => {
    expect(appointmentOn(doc, 'primary', '2018-08-31')).to.deep.equal(NONE);
    expect(appointmentOn(doc, 'primary', '2019-04-15')).to.deep.equal(NONE);
    expect(appointmentOn(doc, 'primary', '2019-12-31')).to.deep.equal(NONE);
  });

  it('without a term, the current appointment begins the day after the last earlier one ends', () => {
    expect(appointmentOn(doc, 'derived', '2020-02-28').holder).to.equal('ann');
    expect(appointmentOn(doc, 'derived', '2020-02-29')).to.deep.equal({
      holder: 'sam',
      proxy: null,
      from: '2020-02-29',
      to: null,
    });
  });

  it('a seat with neither term nor history has always had its current appointment', () => {
    expect(appointmentOn(doc, 'open-ended', '1990-01-01')).to.deep.equal({
      holder: 'sam',
      proxy: null,
      from: null,
      to: null,
    });
  });

  it('gives none for a seat the document does not hold, as a fresh object', () => {
    const none = appointmentOn(doc, 'nowhere', '2019-10-15');
    expect(none).to.deep.equal(NONE);
    none.holder = 'x';
    expect(appointmentOn(doc, 'nowhere', '2019-10-15')).to.deep.equal(NONE);
  });

  it('seatHistory lists the appointments oldest first, ending with the current one', () => {
    const seats = doc.groups[0]!.seats;
    expect(seatHistory(seats[0]!).map((a) => [a.holder, a.from, a.to])).to.deep.equal([
      ['ann', '2018-09-01', '2019-03-31'],
      ['ben', '2019-05-01', '2019-12-30'],
      ['cara', '2020-01-01', '2021-12-31'],
    ]);
  });
});

describe('a count stays what it was when a seat changes hands (Sutton hnb-plan)', () => {
  // Six for and one against at the meeting of 15 October 2019; the proposal closed that evening.
  const choices = ['for', 'for', 'for', 'for', 'for', 'for', 'against'] as const;
  const votes = choices.map((choice, i) => vote(`s${i + 1}`, `h${i + 1}`, choice));
  const parts = (seats = plainSeats(7)): Parts => ({
    seats,
    group: { quorum: [{ label: 'Half', seats: { voting: true }, min: '1/2' }] },
    meeting: { attendance: Object.fromEntries(seats.map((s) => [s.id, 'holder'])) },
    proposal: { status: 'closed', closes: at('18:00') },
    votes,
  });
  const counted = (doc: PartnershipDocument) => {
    const { for: yes, against, abstain, result, invalid, counted: votes, quorate } = outcome(doc, 'p');
    return { yes, against, abstain, result, invalid, votes, quorate };
  };
  const before = counted(rulesDocument(parts()));

  it('counts six for before the change', () => {
    expect([before.yes, before.against, before.result, before.invalid]).to.deep.equal([6, 1, 'carried', []]);
  });

  it('is the same once the seat has a new holder and the old one is under previous', () => {
    const seats = plainSeats(7);
    seats[0] = seat('s1', 'nina', {
      proxy: 'nora',
      term: { from: '2020-04-01' },
      previous: [{ holder: 'h1', from: '2019-09-01', to: '2020-03-31' }],
    });
    expect(counted(rulesDocument(parts(seats)))).to.deep.equal(before);
  });

  it('is the same once the seat falls vacant with the old holder under previous', () => {
    const seats = plainSeats(7);
    seats[0] = seat('s1', null, { previous: [{ holder: 'h1', from: '2019-09-01', to: '2020-03-31' }] });
    expect(counted(rulesDocument(parts(seats)))).to.deep.equal(before);
  });

  it('(without the history, the old holder would be neither holder nor proxy: the reason previous exists)', () => {
    const seats = plainSeats(7);
    seats[0] = seat('s1', 'nina');
    const rewritten = rulesDocument(parts(seats));
    expect(outcome(rewritten, 'p').for).to.equal(5);
    expect(outcome(rewritten, 'p').invalid[0]!.reason).to.equal('not-holder-or-proxy');
  });

  it("judges the term by the vote's date: a term that ended later leaves the vote valid", () => {
    const seats = plainSeats(7);
    seats[0] = seat('s1', 'h1', { term: { from: '2019-09-01', to: '2019-12-31' } });
    expect(counted(rulesDocument(parts(seats)))).to.deep.equal(before);
  });
});

describe('presence at a moment', () => {
  const meetingWith = (attendance: Parts['meeting']) => rulesDocument({ meeting: attendance }).meetings[0]!;
  const handover = meetingWith({
    attendance: {
      primary: [
        { as: 'proxy', arrived: at('16:00'), left: at('16:45') },
        { as: 'holder', arrived: at('16:45') },
      ],
      secondary: 'holder',
      chair: { as: 'holder', arrived: at('16:20'), left: at('17:00') },
      special: 'apologies',
    },
  });
  const when = (hhmm: string) => Date.parse(at(hhmm));
  const present = (seatId: string, hhmm: string | null) => [
    ...presentAs(handover, seatId, hhmm === null ? null : when(hhmm)),
  ];

  it('a seat is present from its arrival, inclusive, until its departure, exclusive', () => {
    expect(present('chair', '16:19')).to.deep.equal([]);
    expect(present('chair', '16:20')).to.deep.equal(['holder']);
    expect(present('chair', '16:59')).to.deep.equal(['holder']);
    expect(present('chair', '17:00')).to.deep.equal([]);
  });

  it('in the capacity of the span in force: the proxy, then the holder', () => {
    expect(present('primary', '16:30')).to.deep.equal(['proxy']);
    expect(present('primary', '16:45')).to.deep.equal(['holder']);
    expect(present('primary', null)).to.have.members(['proxy', 'holder']);
  });

  it('with no times recorded, a seat that attended is present throughout; apologies never', () => {
    expect(present('secondary', '09:00')).to.deep.equal(['holder']);
    expect(present('secondary', '23:00')).to.deep.equal(['holder']);
    expect(present('special', null)).to.deep.equal([]);
    expect(present('adviser', null)).to.deep.equal([]);
  });

  it('reads a value, a span or a list as spans, and only the meeting’s own entries', () => {
    expect(spansOf(handover, 'secondary')).to.deep.equal([{ as: 'holder' }]);
    expect(spansOf(handover, 'primary')).to.have.length(2);
    expect(spansOf(handover, 'constructor')).to.deep.equal([]);
    expect(attendanceAt(handover, 'primary')).to.equal('holder');
    expect(attendanceAt(handover, 'special')).to.equal('apologies');
    expect(anyonePresent(meetingWith({ attendance: { special: 'apologies' } }))).to.equal(false);
  });

  it('a meeting is in progress from its start to its end, or to the end of its day when no end is recorded', () => {
    const ended = meetingWith({ end: at('18:00') });
    expect(['15:59', '16:00', '18:00', '18:01'].map((hhmm) => inProgress(ended, at(hhmm)))).to.deep.equal([
      false,
      true,
      true,
      false,
    ]);
    expect(inProgress(handover, at('23:59'))).to.equal(true);
    expect(inProgress(handover, at('00:00', '2019-10-16'))).to.equal(false);
  });

  it('a meeting is over after its end, or after the end of its day when no end is recorded', () => {
    const ended = meetingWith({ end: at('18:00') });
    expect(['16:30', '18:00', '18:01'].map((hhmm) => meetingOver(ended, at(hhmm)))).to.deep.equal([false, false, true]);
    expect(meetingOver(handover, at('23:59'))).to.equal(false);
    expect(meetingOver(handover, at('00:00', '2019-10-16'))).to.equal(true);
  });
});

describe('quorum at a moment', () => {
  const doc = rulesDocument({
    group: { quorum: [{ label: 'Three voting seats', seats: { voting: true }, min: 3 }] },
    meeting: {
      attendance: {
        chair: { as: 'holder', arrived: at('16:00'), left: at('17:00') },
        primary: { as: 'holder', arrived: at('16:30') },
        secondary: 'holder',
        special: 'apologies',
      },
    },
  });
  const presentAt = (hhmm?: string) => {
    const result = quorum(doc, 'm', hhmm === undefined ? {} : { at: at(hhmm) });
    return [result.quorate, result.requirements[0]!.present, result.requirements[0]!.missing];
  };

  it('counts the seats in the room at `at`', () => {
    expect(presentAt('16:15')).to.deep.equal([false, 2, ['primary', 'special']]);
    expect(presentAt('16:30')).to.deep.equal([true, 3, ['special']]);
    expect(presentAt('17:00')).to.deep.equal([false, 2, ['chair', 'special']]);
  });

  it('without `at`, counts the seats present at any time in the meeting', () => {
    expect(presentAt()).to.deep.equal([true, 3, ['special']]);
  });

  it('compares instants, whatever offset `at` is written in', () => {
    expect(quorum(doc, 'm', { at: '2019-10-15T15:30:00Z' }).quorate).to.equal(true); // 16:30 BST
  });

  it('says "not yet known" only while nobody is recorded present at a meeting today or to come', () => {
    const empty = rulesDocument({ meeting: { attendance: { special: 'apologies' } } });
    expect(quorum(empty, 'm', { today: '2019-10-15' }).state).to.equal('not-yet-known');
    expect(quorum(empty, 'm', { today: '2019-10-16' }).state).to.equal('quorate'); // no requirements
    expect(quorum(doc, 'm', { today: '2019-10-15', at: at('16:15') }).state).to.equal('not-quorate');
  });
});

describe('the room now, and the quorum of a proposal with no closing time', () => {
  const doc = (status: 'open' | 'closed') =>
    rulesDocument({
      group: { quorum: [{ label: 'Every voting seat', seats: { voting: true }, min: 'all' }] },
      meeting: {
        end: at('18:00'),
        attendance: {
          chair: { as: 'holder', arrived: at('16:00') },
          primary: { as: 'holder', arrived: at('16:00'), left: '2019-10-15T16:30:02+01:00' },
          secondary: 'holder',
          special: { as: 'holder', arrived: at('16:00'), left: at('16:50') },
        },
      },
      proposal: { status },
    });

  it('roomMoment takes a departure stamped under a minute past now as done, and not one further off', () => {
    const meeting = doc('open').meetings[0]!;
    expect(roomMoment(meeting, at('16:30'))).to.equal('2019-10-15T16:30:02+01:00');
    expect(roomMoment(meeting, at('16:35'))).to.equal(at('16:35'));
    expect(roomMoment(meeting, '2019-10-15T16:49:30+01:00')).to.equal(at('16:50'));
  });

  it('castMoment judges and dates a vote cast during the meeting at the room’s moment, else at now', () => {
    expect(castMoment(doc('open'), 'p', at('16:30')), 'the departure stamped 2 s later').to.equal(
      '2019-10-15T16:30:02+01:00',
    );
    expect(castMoment(doc('open'), 'p', at('16:35'))).to.equal(at('16:35'));
    expect(castMoment(doc('closed'), 'p', at('16:30')), 'no vote is cast on a closed proposal').to.equal(at('16:30'));
    expect(castMoment(doc('open'), 'p', at('15:59')), 'before the meeting').to.equal(at('15:59'));
    const noMeeting = structuredClone(doc('open'));
    delete noMeeting.proposals[0]!.meeting;
    expect(castMoment(noMeeting, 'p', at('16:30')), 'a decision by correspondence').to.equal(at('16:30'));
  });

  it('leftAt says when a seat emptied, only while nobody is in the room for it', () => {
    const meeting = doc('open').meetings[0]!;
    expect(leftAt(meeting, 'primary', '2019-10-15T16:30:02+01:00')).to.equal('2019-10-15T16:30:02+01:00');
    expect(leftAt(meeting, 'primary', at('16:30')), 'not yet gone').to.equal(undefined);
    expect(leftAt(meeting, 'chair', at('17:00')), 'still in the room').to.equal(undefined);
    expect(leftAt(meeting, 'secondary', at('17:00')), 'no departure recorded').to.equal(undefined);
    expect(leftAt(meeting, 'special', at('17:00'))).to.equal(at('16:50'));
  });

  it('while the meeting is on, an open proposal with no closes is judged by the room now', () => {
    expect(quorumMoment(doc('open'), 'p', at('16:40'))).to.equal(at('16:40'));
    expect(outcome(doc('open'), 'p', { now: at('16:20') }).quorate).to.equal(true);
    expect(outcome(doc('open'), 'p', { now: at('16:30') }).quorate, 'Primary left 2 s after').to.equal(false);
    expect(outcome(doc('open'), 'p', { now: at('16:30') }).standing).to.equal('inquorate');
    expect(outcome(doc('open'), 'p', { now: at('16:30') }).quorumNow, 'a page says "now" of it').to.equal(true);
  });

  it('without now, after the meeting, or once decided: over the whole meeting, as docs/contract.md says', () => {
    expect(outcome(doc('open'), 'p').quorate).to.equal(true);
    expect(outcome(doc('open'), 'p', { now: at('19:00') }).quorate).to.equal(true);
    expect(outcome(doc('closed'), 'p', { now: at('16:40') }).quorate).to.equal(true);
    expect(quorumMoment(doc('closed'), 'p', at('16:40'))).to.equal(undefined);
    const wholeMeeting = [outcome(doc('open'), 'p'), outcome(doc('open'), 'p', { now: at('19:00') })];
    expect([...wholeMeeting, outcome(doc('closed'), 'p', { now: at('16:40') })].map((o) => o.quorumNow)).to.deep.equal([
      false,
      false,
      false,
    ]);
  });

  it('outcome names the moment quorum was judged, and each requirement as it stood then', () => {
    const closing = (closes: string) => {
      const closed = structuredClone(doc('closed'));
      closed.proposals[0]!.closes = closes;
      return closed;
    };
    const atClose = outcome(closing(at('16:45')), 'p');
    expect(atClose.quorumJudgedAt).to.deep.equal({ at: at('16:45'), moment: 'closes' });
    expect(atClose.quorate, 'Primary had left').to.equal(false);
    expect(atClose.quorumRequirements).to.deep.equal(
      quorum(closing(at('16:45')), 'm', { at: at('16:45'), proposal: 'p' }).requirements,
    );
    expect(atClose.quorumRequirements!.map((r) => [r.label, r.met])).to.deep.equal([['Every voting seat', false]]);
    // Voting left open after the meeting: over the meeting up to the close, as the quorum indicator's verdict on it.
    const afterTheMeeting = outcome(closing(at('19:00')), 'p');
    expect(afterTheMeeting.quorumJudgedAt, 'voting left open after the meeting').to.deep.equal({
      at: at('19:00'),
      moment: 'up-to-close',
    });
    expect(afterTheMeeting.quorumRequirements!.map((r) => r.met)).to.deep.equal([true]);
    const wholeMeeting = outcome(doc('closed'), 'p');
    expect(wholeMeeting.quorumJudgedAt, 'no closes: over the whole meeting').to.equal(null);
    expect(wholeMeeting.quorumRequirements!.map((r) => r.met)).to.deep.equal([true]);
    const roomNow = outcome(doc('open'), 'p', { now: at('16:40') }).quorumJudgedAt;
    expect(roomNow).to.deep.equal({ at: at('16:40'), moment: 'now' });
  });
});

describe("checkVote with the host's clock", () => {
  const doc = rulesDocument({ proposal: { closes: at('18:00') } });
  const check = (fields: Partial<Vote>, now: string) => checkVote(doc, newVote(fields), { now });

  it('refuses a vote dated before the member’s own stored vote for the seat: the later cast counts', () => {
    const stored = { ...newVote({ cast: at('16:34') }), id: 'first', received: at('16:30') };
    const withFirst = rulesDocument({ proposal: { closes: at('18:00') }, votes: [stored] });
    const change = (cast: string) => checkVote(withFirst, newVote({ cast, choice: 'against' }), { now: at('16:31') });
    expect(refusal(change(at('16:31')))).to.deep.equal({
      reason: 'later-vote-stored',
      values: { seat: 'primary', cast: at('16:34') },
    });
    expect(reason(change(at('16:34'))), 'the same moment: the later record counts').to.equal('ok');
    const byAnother = checkVote(withFirst, newVote({ cast: at('16:31'), by: 'bea', seat: 'primary' }), {});
    expect(reason(byAnother), 'another person’s vote is judged by its own rules').not.to.equal('later-vote-stored');
  });

  it('without now, compares casts alone: only a stored vote cast after this one refuses it', () => {
    // No clock, no receipt to break a tie: the same moment is not "dated after" the new vote's cast.
    const stored = { ...newVote({ cast: at('16:34') }), id: 'first', received: at('16:34') };
    const withFirst = rulesDocument({ proposal: { closes: at('18:00') }, votes: [stored] });
    const change = (cast: string) => checkVote(withFirst, newVote({ cast, choice: 'against' }));
    expect(reason(change(at('16:34'))), 'the same moment').to.equal('ok');
    expect(reason(change('2019-10-15T16:33:59+01:00')), 'a second before').to.equal('later-vote-stored');
  });

  it('refuses a vote cast at the same instant as the member’s stored vote when the stored one would still count', () => {
    // Another host process, its clock a second ahead, stamped the stored vote after this one's `now`.
    const stored = { ...newVote({ cast: at('16:34') }), id: 'first', received: '2019-10-15T16:35:01+01:00' };
    const withFirst = rulesDocument({ proposal: { closes: at('18:00') }, votes: [stored] });
    const change = (now: string, id = 'new') =>
      checkVote(withFirst, newVote({ cast: at('16:34'), choice: 'against', id }), { now });
    expect(refusal(change(at('16:35')))).to.deep.equal({
      reason: 'later-vote-stored',
      values: { seat: 'primary', cast: at('16:34') },
    });
    expect(reason(change('2019-10-15T16:35:02+01:00')), 'received later: it counts').to.equal('ok');
    // Received at the same instant: the greater id counts.
    expect(reason(change('2019-10-15T16:35:01+01:00', 'a-new'))).to.equal('later-vote-stored');
    expect(reason(change('2019-10-15T16:35:01+01:00', 'z-new'))).to.equal('ok');
    // Stored, whichever it accepts counts: the check and the count agree.
    const accepted = { ...newVote({ cast: at('16:34'), choice: 'against', id: 'z-new' }), received: stored.received };
    const both = rulesDocument({ proposal: { closes: at('18:00') }, votes: [accepted, stored] });
    expect(outcome(both, 'p').counted[0]?.vote).to.equal('z-new');
  });

  it('refuses a vote reaching the host after closes, whatever its cast says', () => {
    expect(reason(check({ cast: at('17:00') }, at('18:00')))).to.equal('ok');
    const late = check({ cast: at('17:00') }, '2019-10-15T17:00:01Z');
    expect(refusal(late)).to.deep.equal({
      reason: 'proposal-not-open',
      values: { proposal: 'p', status: 'open', closes: at('18:00') },
    });
  });

  it('refuses a vote once the proposal is closed, even before its closes', () => {
    const closed = rulesDocument({ proposal: { status: 'closed', closes: at('18:00') } });
    expect(reason(checkVote(closed, newVote(), { now: at('16:31') }))).to.equal('proposal-not-open');
    expect(reason(checkVote(closed, newVote()))).to.equal('proposal-not-open');
  });

  it('refuses a cast more than 5 minutes after now, and allows up to 5 for drifting clocks', () => {
    expect(reason(check({ cast: at('16:35') }, at('16:30')))).to.equal('ok');
    const ahead = check({ cast: '2019-10-15T16:35:01+01:00' }, at('16:30'));
    expect(refusal(ahead)).to.deep.equal({
      reason: 'cast-in-future',
      values: { cast: '2019-10-15T16:35:01+01:00', now: at('16:30') },
    });
    expect(reason(check({ cast: '2019-10-15T15:36:00Z' }, at('16:30')))).to.equal('cast-in-future');
  });

  it('with maxWaitMinutes, refuses a cast longer ago than that: the device claims it, and the rules judge at it', () => {
    const waited = (cast: string, maxWaitMinutes: number) =>
      checkVote(doc, newVote({ cast }), { now: at('16:30'), maxWaitMinutes });
    expect(reason(waited(at('15:30'), 60))).to.equal('ok');
    expect(refusal(waited('2019-10-15T15:29:59+01:00', 60))).to.deep.equal({
      reason: 'waited-too-long',
      values: { cast: '2019-10-15T15:29:59+01:00', now: at('16:30'), maxWaitMinutes: 60 },
    });
    expect(reason(waited(at('16:30'), 0))).to.equal('ok');
    // The bound runs from 0 up to the largest whole number of minutes: that one is no bound, not a mistake.
    expect(reason(waited('2019-10-14T09:00:00+01:00', Number.MAX_SAFE_INTEGER))).to.equal('ok');
    expect(reason(checkVote(doc, newVote({ cast: at('09:00') }), { now: at('16:30') }))).to.equal('ok');
    for (const bad of [-1, Number.NaN, '60', Infinity]) {
      expect(() => checkVote(doc, newVote(), { now: at('16:30'), maxWaitMinutes: bad as number })).to.throw(
        RangeError,
        /maxWaitMinutes/,
      );
    }
  });

  it('without now, judges only the cast against closes, as for a stored vote', () => {
    expect(reason(checkVote(doc, newVote({ cast: at('17:59') })))).to.equal('ok');
    expect(reason(checkVote(doc, newVote({ cast: at('18:01') })))).to.equal('proposal-not-open');
  });
});

describe('a stored vote received after closes', () => {
  const parts = (received: string): Parts => ({
    proposal: { status: 'closed', closes: at('18:00') },
    votes: [{ ...vote('primary', 'ann', 'for', at('17:50')), received }],
  });

  it('is invalid, proposal-not-open, and not counted', () => {
    const doc = rulesDocument(parts('2019-10-15T18:00:01+01:00'));
    expect(reason(voteValidity(doc, doc.votes[0]!))).to.equal('proposal-not-open');
    const result = outcome(doc, 'p');
    expect([result.for, result.invalid.map((i) => i.reason)]).to.deep.equal([0, ['proposal-not-open']]);
  });

  it('is valid when received at closes or before', () => {
    const doc = rulesDocument(parts(at('18:00')));
    expect(reason(voteValidity(doc, doc.votes[0]!))).to.equal('ok');
    expect(outcome(doc, 'p').for).to.equal(1);
  });
});

describe("a proxy's vote cast before the holder arrived", () => {
  const parts: Parts = {
    proposal: { status: 'closed' },
    meeting: {
      attendance: {
        primary: [
          { as: 'proxy', arrived: at('16:00'), left: at('16:45') },
          { as: 'holder', arrived: at('16:45') },
        ],
      },
    },
  };

  it('stays valid, and is counted when the holder casts no vote', () => {
    const doc = rulesDocument({ ...parts, votes: [vote('primary', 'amy', 'for', at('16:30'))] });
    const result = outcome(doc, 'p');
    expect([result.for, result.invalid]).to.deep.equal([1, []]);
    expect(result.counted[0]).to.include({ by: 'amy', as: 'proxy' });
  });

  it("gives way to the holder's own later vote", () => {
    const votes = [vote('primary', 'amy', 'for', at('16:30')), vote('primary', 'ann', 'against', at('16:50'))];
    const result = outcome(rulesDocument({ ...parts, votes }), 'p');
    expect([result.for, result.against, result.counted[0]!.by]).to.deep.equal([0, 1, 'ann']);
  });

  it('is refused once the holder is in the room, saying since when', () => {
    const doc = rulesDocument(parts);
    const refused = voteValidity(doc, newVote({ by: 'amy', cast: at('16:50') }));
    expect(refusal(refused)).to.deep.equal({
      reason: 'holder-present',
      values: { seat: 'primary', holder: 'ann', proxy: 'amy', meeting: 'm', date: '2019-10-15', arrived: at('16:45') },
    });
  });

  it('eligibleSeats judges the proxy rule at `at`, and over the whole meeting without it', () => {
    const doc = rulesDocument({ ...parts, proposal: {} });
    expect(eligibleSeats(doc, 'p', 'amy', { at: at('16:30') })).to.deep.equal([{ seat: 'primary', as: 'proxy' }]);
    expect(eligibleSeats(doc, 'p', 'amy', at('16:50'))).to.deep.equal([]);
    expect(eligibleSeats(doc, 'p', 'amy')).to.deep.equal([]);
  });
});

describe('votes judged against the appointment on their date', () => {
  const history = seat('primary', 'nina', {
    proxy: 'nora',
    term: { from: '2019-11-01' },
    previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-10-20' }],
  });
  const doc = rulesDocument({ seats: [history, ...boardSeats().slice(2)], proposal: { meeting: undefined } });
  const judged = (by: string, day: string) => reason(checkVote(doc, newVote({ by, cast: `${day}T12:00:00+01:00` })));

  it('lets the holder and proxy of the day vote, and not those of another day', () => {
    expect([judged('ann', '2019-10-20'), judged('amy', '2019-10-20')]).to.deep.equal(['ok', 'ok']);
    expect([judged('nina', '2019-10-20'), judged('nora', '2019-10-20')]).to.deep.equal([
      'not-holder-or-proxy',
      'not-holder-or-proxy',
    ]);
    expect([judged('nina', '2019-11-01'), judged('ann', '2019-11-01')]).to.deep.equal(['ok', 'not-holder-or-proxy']);
  });

  it('refuses a vote on a day no appointment was in force: vacant, or term-not-started before the first', () => {
    expect(judged('nina', '2019-10-25')).to.equal('vacant-seat');
    expect(judged('ann', '2018-12-31')).to.equal('term-not-started');
  });
});

describe('the holder in the room, once the seat has changed hands', () => {
  // Ann and Amy held the seat to 31 October, Nina and Nora from 1 November; the proposal stays open past both.
  const handedOverSeats = () => [
    seat('primary', 'nina', {
      proxy: 'nora',
      term: { from: '2019-11-01' },
      previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-10-31' }],
    }),
    ...boardSeats().slice(2),
  ];
  const handedOver = (meetingDay: string) =>
    rulesDocument({
      seats: handedOverSeats(),
      meeting: { start: at('16:00', meetingDay), attendance: { primary: 'holder' } },
      proposal: { closes: at('17:00', '2019-11-30') },
    });
  const judged = (doc: ReturnType<typeof handedOver>, by: string, day: string) =>
    reason(checkVote(doc, newVote({ by, cast: `${day}T12:00:00+01:00` })));

  it('is the holder of the meeting’s date: the new proxy may vote though the old holder attended', () => {
    const doc = handedOver('2019-10-15');
    expect(judged(doc, 'nora', '2019-11-05')).to.equal('ok');
    expect(eligibleSeats(doc, 'p', 'nora', { at: '2019-11-05T12:00:00+00:00' })).to.deep.equal([
      { seat: 'primary', as: 'proxy' },
    ]);
    // Their own holder's presence still keeps the old proxy out.
    expect(judged(doc, 'amy', '2019-10-20')).to.equal('holder-present');
  });

  it('leaves the old proxy’s vote counted when the new holder attends a later meeting', () => {
    const doc = rulesDocument({
      seats: handedOverSeats(),
      meeting: { start: at('16:00', '2019-11-12'), attendance: { primary: 'holder' } },
      proposal: { status: 'closed' },
      votes: [vote('primary', 'amy', 'against', at('12:00', '2019-10-20'))],
    });
    const result = outcome(doc, 'p');
    expect(result.invalid).to.deep.equal([]);
    expect(result.against).to.equal(1);
  });
});

describe('the first reason, when several apply', () => {
  const doc = rulesDocument({
    seats: [
      ...boardSeats(),
      seat('ended', 'eve', { term: { from: '2018-01-01', to: '2019-01-31' } }),
      seat('vacant-ended', null, { term: { from: '2018-01-01', to: '2019-01-31' } }),
      seat('future', 'fay', { term: { from: '2020-01-01' } }),
      { id: 'vacant-adviser', role: 'adviser', voting: false, holder: null },
    ],
    groups: [{ id: 'other', name: 'Schools Forum', seats: [{ id: 'forum-adviser', voting: false, holder: 'fred' }] }],
    meeting: { attendance: { secondary: 'holder', primary: 'holder' } },
    proposal: {
      closes: at('18:00'),
      declarations: [
        { person: 'dan', interest: 'x', withdrew: true },
        { person: 'bea', interest: 'x', withdrew: true },
      ],
    },
    proposals: [{ id: 'closed', group: 'g', title: 'Closed', status: 'closed' }],
  });
  const FUTURE = at('17:00');
  const order: [string, Partial<Vote>, string?][] = [
    ['unknown-proposal', { proposal: 'nope', seat: 'nope', cast: '2030-01-01T00:00:00Z' }],
    ['proposal-not-open', { proposal: 'closed', seat: 'nope', cast: FUTURE }, at('16:30')],
    ['proposal-not-open', { seat: 'nope', cast: '2019-10-15T18:30:00+01:00' }, at('17:59')],
    ['cast-in-future', { seat: 'nope', cast: FUTURE }, at('16:30')],
    ['waited-too-long', { seat: 'nope', cast: '2019-10-14T16:29:00+01:00' }, at('16:30')],
    ['unknown-seat', { seat: 'nope', by: 'nobody' }],
    ['not-in-group', { seat: 'forum-adviser', by: 'dan' }],
    ['non-voting-seat', { seat: 'vacant-adviser', by: 'dan' }],
    ['vacant-seat', { seat: 'vacant-ended', by: 'dan' }],
    ['term-not-started', { seat: 'future', by: 'dan' }],
    ['term-ended', { seat: 'ended', by: 'dan' }],
    ['not-holder-or-proxy', { seat: 'primary', by: 'dan' }],
    ['declared-interest', { seat: 'secondary', by: 'bea' }],
    ['holder-present', { seat: 'primary', by: 'amy' }],
  ];

  for (const [expected, fields, now] of order) {
    it(`${expected}${now ? ' (with now)' : ''}: ${JSON.stringify(fields)}`, () => {
      const question = now === undefined ? {} : { now, maxWaitMinutes: 1440 };
      expect(reason(checkVote(doc, newVote(fields), question))).to.equal(expected);
    });
  }

  it('outcome().invalid gives the same first reason for stored votes', () => {
    const stored = order.filter(([, fields, now]) => now === undefined && fields.proposal === undefined);
    const votes = stored.map(([, fields], i) => ({ ...newVote(fields), id: `o${i}` }));
    const withVotes = { ...doc, votes };
    expect(outcome(withVotes, 'p').invalid.map((i) => i.reason)).to.deep.equal(stored.map(([r]) => r));
  });
});
