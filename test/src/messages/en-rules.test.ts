/**
 * The rules' codes in English: the rules give a code and its values (ids and
 * raw facts), and `enCore` words them, naming seats, people, proposals and
 * groups from the document, dates as "15 October 2019" and times GOV.UK
 * style, "4:30pm". The rules' own tests check the codes and values; these
 * check the sentences.
 */
import { expect } from '@open-wc/testing';
import type { Vote } from '../../../src/contract/schema.js';
import { cy } from '../../../src/messages/cy.js';
import { enCore } from '../../../src/messages/en-core.js';
import { en } from '../../../src/messages/en.js';
import { namesIn, seatName, type Names } from '../../../src/messages/names.js';
import {
  actionChangeRefusal,
  attendanceChangeRefusal,
  checkVote,
  ineligibility,
  rosterWarnings,
  voteValidity,
  type ChangeRefusal,
  type RosterWarning,
  type VoteCheck,
  type VoteReason,
} from '../../../src/rules/index.js';
import {
  at,
  attendanceChange,
  boardSeats,
  newVote,
  rulesDocument,
  seat,
  type Parts,
} from '../../fixtures/documents.js';

type Say = (values: unknown, names: Names) => string;
/** What a member is told to do when the server lacks an id their page sent. */
const RELOAD =
  'This page may have older information than the server: reload the page to get the latest. If this keeps happening, tell whoever runs this site.';
const namesOf = (parts: Parts) => namesIn(rulesDocument(parts), enCore);

/** The English of a vote check, or 'ok'. */
function reasonIn(parts: Parts, check: VoteCheck | VoteReason): string {
  if ('ok' in check && check.ok) return 'ok';
  const refused = check as VoteReason;
  return (enCore.reasons[refused.reason] as Say)(refused.values, namesOf(parts));
}
const voteIn = (parts: Parts, fields: Partial<Vote>, now?: string) =>
  reasonIn(parts, checkVote(rulesDocument(parts), newVote(fields), now === undefined ? {} : { now }));

const warningIn = (parts: Parts, warning: RosterWarning | undefined) =>
  warning ? (enCore.warnings[warning.code] as Say)(warning.values, namesOf(parts)) : '';
const refusalIn = (parts: Parts, refusal: ChangeRefusal | undefined) =>
  refusal ? (enCore.refusals[refusal.reason] as Say)(refusal.values, namesOf(parts)) : '';

describe('enCore.reasons: why a vote is refused, in English', () => {
  it('a proxy while the holder is in the room: since when, as a GOV.UK time', () => {
    const parts: Parts = {
      proposal: { status: 'closed' },
      meeting: { attendance: { primary: [{ as: 'holder', arrived: at('16:30') }] } },
    };
    const check = voteValidity(rulesDocument(parts), newVote({ by: 'amy', cast: at('16:50') }));
    expect(check.ok ? null : check.reason).to.equal('holder-present');
    if (check.ok || check.reason !== 'holder-present') return;
    expect(enCore.reasons['holder-present'](check.values, namesOf(parts))).to.equal(
      'Ann was in the room for Primary from 4:30pm, so the proxy, Amy, cannot vote on behalf of the seat.',
    );
  });

  it('a proxy before the holder declared and withdrew: until when, in English and Welsh', () => {
    const parts: Parts = {
      proposal: { declarations: [{ person: 'ann', interest: 'Governor', withdrew: true, declared: at('16:45') }] },
      meeting: { attendance: { primary: 'holder' } },
    };
    const check = voteValidity(rulesDocument(parts), newVote({ by: 'amy', cast: at('16:30') }));
    expect(check.ok ? null : check.reason).to.equal('holder-present');
    if (check.ok || check.reason !== 'holder-present') return;
    expect(enCore.reasons['holder-present'](check.values, namesOf(parts))).to.equal(
      'Ann was in the room for Primary until declaring an interest at 4:45pm, so the proxy, Amy, could not vote on behalf of the seat before then.',
    );
    expect(cy.reasons['holder-present'](check.values, namesOf(parts))).to.match(
      /^Roedd Ann yn yr ystafell ar ran Primary nes datgan buddiant am .+, felly ni allai’r dirprwy, Amy, bleidleisio ar ran y sedd cyn hynny\.$/,
    );
  });

  it('a proxy while the holder attended, with no arrival time: the meeting’s date', () => {
    const parts: Parts = { meeting: { attendance: { secondary: 'holder' } } };
    expect(voteIn(parts, { seat: 'secondary', by: 'bea' })).to.equal(
      'Ben attended the meeting for Secondary on 15 October 2019, so the proxy, Bea, cannot vote on behalf of the seat.',
    );
  });

  it('the proposal takes no votes: its status, or when it closed', () => {
    expect(voteIn({ proposal: { status: 'draft' } }, {})).to.equal(
      "'Adopt the plan' is still a draft, so it takes no votes.",
    );
    expect(voteIn({ proposal: { status: 'withdrawn' } }, {})).to.equal(
      "'Adopt the plan' is withdrawn, so it takes no votes.",
    );
    // 17:00 UTC is 6pm in London in October.
    expect(voteIn({ proposal: { closes: '2019-10-15T17:00:00Z' } }, { cast: '2019-10-15T17:30:00Z' })).to.equal(
      "Voting on 'Adopt the plan' closed on 15 October 2019 at 6pm.",
    );
  });

  it('the seat: non-voting, vacant, its term ended or not begun', () => {
    expect(voteIn({}, { seat: 'adviser', by: 'ada' })).to.equal(
      "Adviser is a non-voting seat: it has no vote on 'Adopt the plan'.",
    );
    expect(voteIn({ seats: [seat('primary', null, { proxy: 'amy' })] }, { by: 'amy' })).to.equal(
      'Primary was vacant on 15 October 2019, so no one could vote on its behalf.',
    );
    expect(voteIn({}, { cast: '2020-01-01T09:00:00Z' })).to.equal(
      'The term of Primary ended on 31 December 2019, so it has no vote until a new term is recorded.',
    );
    expect(voteIn({}, { cast: '2018-12-31T16:00:00Z' })).to.equal(
      'The first term of Primary starts on 1 January 2019, so it has no vote before then.',
    );
  });

  it('the person, the ids, a declared interest and the clock', () => {
    expect(voteIn({}, { by: 'dan' })).to.equal('Dan is neither the representative nor the proxy of Primary.');
    // A member whose page is older than the server's: what happened, then how to put it right (GOV.UK).
    expect(voteIn({}, { proposal: 'nope' })).to.equal(`There is no proposal with the id 'nope'. ${RELOAD}`);
    expect(voteIn({}, { seat: 'nope' })).to.equal(`There is no seat with the id 'nope'. ${RELOAD}`);
    const forum = { groups: [{ id: 'other', name: 'Schools Forum', seats: [seat('forum', 'fred')] }] };
    expect(voteIn(forum, { seat: 'forum', by: 'fred' })).to.equal(
      "Seat 'forum' is not a seat of the Education Leadership Group, so it has no vote on 'Adopt the plan'.",
    );
    const declared = { proposal: { declarations: [{ person: 'ann', interest: 'Governor', withdrew: true }] } };
    expect(voteIn(declared, {})).to.equal(
      "Ann declared an interest in 'Adopt the plan' and withdrew, so cannot vote on it.",
    );
    expect(voteIn({}, { cast: at('16:40') }, at('16:30'))).to.equal(
      'The vote is dated in the future. Check the clock of the device it came from.',
    );
  });

  it('someone with no seat in the group', () => {
    const [reason] = ineligibility(rulesDocument(), 'p', 'dan', at('16:30'));
    expect(reasonIn({}, reason!)).to.equal(
      'Dan holds no seat on the Education Leadership Group, and is no seat’s proxy.',
    );
  });
});

describe('enCore.warnings: roster warnings, in English', () => {
  const warnings = (parts: Parts, today = '2019-06-01') =>
    rosterWarnings(rulesDocument(parts), 'g', today).map((w) => warningIn(parts, w));
  const termTo = (to: string, holder: string | null = 'ann') => ({
    seats: [seat('primary', holder, { proxy: holder && 'amy', term: { from: '2018-09-01', to } })],
  });

  it('a vacant seat, and one with no proxy', () => {
    expect(warnings({ seats: [seat('primary', null)] })).to.deep.equal([
      'Primary is vacant: its partner should appoint a representative to it.',
    ]);
    expect(warnings({ seats: boardSeats() })).to.deep.equal([
      'Special has no proxy: its partner should appoint one to stand in when Sam cannot attend.',
    ]);
  });

  it('a term ended or ending, naming its holder when it has one', () => {
    expect(warnings(termTo('2019-05-31'))).to.deep.equal([
      'Primary: the term ended on 31 May 2019, and the representative was Ann. Record the new term or appointment.',
    ]);
    expect(warnings(termTo('2019-07-31'))).to.deep.equal([
      'Primary: the term ends on 31 July 2019, and the representative is Ann. Plan the reappointment.',
    ]);
    expect(warnings(termTo('2019-05-31', null))[1]).to.equal(
      'Primary: the term ended on 31 May 2019. Record the new term or appointment.',
    );
  });

  it('one person in several seats, a shared proxy, and a holder who is their own proxy', () => {
    const thrice = {
      seats: [
        seat('primary', 'ann', { proxy: 'amy' }),
        seat('secondary', 'ann', { proxy: 'bea' }),
        seat('special', 'ann', { proxy: 'sam' }),
      ],
    };
    expect(warnings(thrice)[0]).to.equal(
      'Ann holds Primary and also Secondary and Special: one person should hold one voting seat.',
    );
    const shared = { seats: [seat('primary', 'ann', { proxy: 'amy' }), seat('secondary', 'ben', { proxy: 'amy' })] };
    expect(warnings(shared)[0]).to.equal(
      'Amy is proxy for Primary and also Secondary: each voting seat should have its own proxy.',
    );
    expect(warnings({ seats: [seat('primary', 'ann', { proxy: 'ann' })] })).to.deep.equal([
      'Ann is named as both representative and proxy of Primary: appoint someone else as proxy.',
    ]);
  });

  it('a chair’s seat with no vote in a group whose ties the chair breaks, naming the seat', () => {
    const independent = seat('chair', 'cara', { role: 'chair', voting: false, label: 'Independent chair' });
    expect(warnings({ seats: [independent], group: { tieBreak: 'chair' } })).to.deep.equal([
      'The group’s rules give the chair a casting vote in a tie, but the chair’s seat, Independent chair, has no vote: a tie can never be broken, so it is not carried. Give Independent chair a vote, or change the rules so that the chair has no casting vote.',
    ]);
  });
});

describe('enCore.refusals: why a change is refused, in English', () => {
  const parts: Parts = {
    seats: [...boardSeats(), { id: 'clerk', role: 'clerk', voting: false, holder: 'dan' }],
    actions: [{ id: 'A-1', title: 'Draft the options paper', owner: 'ann', due: '2019-11-01', group: 'g' }],
  };
  const attendance = (fields: object, more: Parts = {}) =>
    refusalIn(
      { ...parts, ...more },
      attendanceChangeRefusal(rulesDocument({ ...parts, ...more }), attendanceChange(fields)),
    );

  it('attendance: who may record it, the seat, the value and the meeting', () => {
    expect(attendance({ by: 'ann' })).to.equal(
      'Only the clerk or chair of the Education Leadership Group may record attendance.',
    );
    expect(attendance({ seat: 'nope' })).to.equal(
      `The Education Leadership Group has no seat with the id 'nope'. ${RELOAD}`,
    );
    expect(attendance({ meeting: 'nope' })).to.equal(`There is no meeting with the id 'nope'. ${RELOAD}`);
    expect(attendance({ seat: 'special', attendance: 'proxy' })).to.equal(
      "That seat had no proxy on the meeting's date.",
    );
    // The seat's holder in the word people read, as the check-in's "Representative present": not the code "holder".
    const vacant: Parts = { seats: [...(parts.seats ?? []), { id: 'vacant', role: 'observer', voting: false }] };
    expect(attendance({ seat: 'vacant', attendance: 'holder' }, vacant)).to.equal(
      "That seat had no representative on the meeting's date.",
    );
    expect(attendance({ attendance: 'left' })).to.equal('That seat is not checked in, so it cannot be checked out.');
    expect(attendance({ attendance: 'left', at: at('09:00', '2019-10-16') })).to.equal(
      "A departure is recorded only on the meeting's day, until it ends. Record who attended from the minutes instead.",
    );
    expect(attendance({}, { proposal: { status: 'closed' } })).to.equal(
      "'Adopt the plan' was decided at this meeting, so the meeting's attendance can no longer change.",
    );
  });

  it('an action: who may change it, and its completed date', () => {
    const action = (fields: object) =>
      refusalIn(
        parts,
        actionChangeRefusal(
          rulesDocument(parts),
          { id: 'c', action: 'A-1', status: 'done', by: 'ann', at: at('09:00', '2019-10-31'), ...fields },
          '2019-10-31',
        ),
      );
    expect(action({ action: 'nope' })).to.equal(`There is no action with the id 'nope'. ${RELOAD}`);
    expect(action({ by: 'ben' })).to.match(
      /^Only the action's owner, or the clerk or chair of its group, may change '/,
    );
    // Each says how to put it right: the status to set or the date to leave out, and GOV.UK's words for a future date.
    expect(action({ status: 'open', completed: '2019-10-30' })).to.equal(
      'Only a done action has a completed date: set the status to “Done”, or leave the completed date out.',
    );
    expect(action({ completed: '2019-11-01' })).to.equal('The completed date must be today or in the past.');
  });

  it('a change made on top of one refused names what it read on the device, not a status the host never held', () => {
    // Offline: Open → In progress, then In progress → Done; meanwhile someone else dropped it. The second change's
    // `was` is In progress, which the host never held: "from In progress to Dropped" would be false.
    const dropped: Parts = { ...parts, actions: [{ ...parts.actions![0]!, status: 'dropped' }] };
    const change = {
      id: 'c',
      action: 'A-1',
      status: 'done',
      was: 'in-progress',
      by: 'ann',
      at: at('09:00', '2019-10-31'),
    };
    const refusal = actionChangeRefusal(rulesDocument(dropped), change as never, '2019-10-31');
    expect(refusalIn(dropped, refusal)).to.equal(
      "Someone else changed 'Draft the options paper' to “Dropped”. It read “In progress” when you made your change, " +
        'so yours was not saved: change it again if it should still change.',
    );
    expect((cy.refusals['changed-since'] as Say)(refusal!.values, namesOf(dropped))).to.equal(
      "Newidiodd rhywun arall 'Draft the options paper' i “Wedi’i ganslo”. “Ar y gweill” oedd y statws pan wnaethoch " +
        'eich newid, felly ni chadwyd eich newid chi: newidiwch ef eto os dylai newid o hyd.',
    );
  });
});

describe('seat names in English', () => {
  it('a seat is its label, else its partner’s name, else its role in words', () => {
    const doc = rulesDocument({
      seats: [
        seat('primary', 'ann', { label: 'Primary heads' }),
        seat('secondary-schools', 'ben'),
        { id: 'vc', role: 'vice-chair', voting: false, holder: 'vic' },
        { id: 'clerk', role: 'clerk', voting: false, holder: 'cleo' },
      ],
    });
    expect(doc.groups[0]!.seats.map((s) => seatName(doc, s, enCore.roles))).to.deep.equal([
      'Primary heads',
      'Secondary schools',
      'Vice-chair',
      'Clerk',
    ]);
    expect(namesIn(doc, enCore).seat('nope')).to.equal('nope');
  });

  it('a partner’s several unlabelled seats in one group are numbered, in the group’s order', () => {
    const doc = rulesDocument({
      seats: [
        seat('ashby', 'ann', { partner: 'primary-heads' }),
        seat('birch', 'ben', { partner: 'primary-heads' }),
        seat('cedar', 'cat', { partner: 'primary-heads', label: 'Cedar Primary' }),
        seat('dale', 'dan', { partner: 'secondary-heads' }),
        seat('elm', 'eve', { partner: 'primary-heads' }),
      ],
    });
    expect(doc.groups[0]!.seats.map((s) => seatName(doc, s, enCore.roles))).to.deep.equal([
      'Primary heads 1',
      'Primary heads 2',
      'Cedar Primary',
      'Secondary heads',
      'Primary heads 3',
    ]);
  });
});

describe('en: a page not set up for sending', () => {
  it('names the site’s web team as who sets the attributes, as the Content-Security-Policy message does, not "the host"', () => {
    // "The host" is the server that stores records (the README's word): a member on a page not set up could read it
    // as whoever hosts the meeting, as Welsh readers did "gwesteiwr".
    expect(en.votePanel.noSender).to.equal(
      'Voting is not set up on this page: the site’s web team must set the endpoint attribute or the submit property.',
    );
    expect(en.checkIn.noClerk).to.match(/^To record attendance, the site’s web team must set the clerk attribute /);
    expect(en.actions.noEditor).to.match(/^To change actions, the site’s web team must set the editor attribute /);
  });
});
