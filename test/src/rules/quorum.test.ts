import { expect } from '@open-wc/testing';
import type { QuorumRequirement } from '../../../src/contract/schema.js';
import { attendanceAt } from '../../../src/rules/presence.js';
import { awaitingAttendance, isPresent, quorum, seatsNeeded, seatsSelected } from '../../../src/rules/quorum.js';
import { boardSeats, rulesDocument, seat, type MeetingInput } from '../../fixtures/documents.js';

type RequirementInput = Omit<QuorumRequirement, 'label' | 'proxies' | 'seats'> &
  Partial<Pick<QuorumRequirement, 'proxies' | 'seats'>>;
type Attendance = NonNullable<MeetingInput['attendance']>;

/** The board plus a second primary seat and a tagged 'forum' seat; the chair and primary are tagged core. */
function seats() {
  const [chair, primary, ...rest] = boardSeats();
  return [
    { ...chair!, tags: ['core'] },
    { ...primary!, tags: ['core'] },
    ...rest,
    seat('primary-2', 'pat', { partner: 'primary', proxy: 'pip' }),
  ];
}

function check(requirements: RequirementInput[], attendance: Attendance = {}) {
  const quorumList = requirements.map((r, i) => ({ label: `Requirement ${i + 1}`, ...r }));
  return quorum(rulesDocument({ seats: seats(), group: { quorum: quorumList }, meeting: { attendance } }), 'm');
}
const first = (requirement: RequirementInput, attendance: Attendance = {}) =>
  check([requirement], attendance).requirements[0]!;

describe('quorum', () => {
  it('of a group with no seats yet is not met: it needs one, as half of none was none and an empty room was quorate', () => {
    const doc = rulesDocument({
      seats: [],
      group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    });
    const result = quorum(doc, 'm');
    expect(result.requirements[0]).to.deep.include({ needed: 1, present: 0, met: false, missing: [] });
    expect(result.quorate).to.equal(false);
  });

  it('a whole number of the selected seats', () => {
    const attendance: Attendance = { primary: 'holder', secondary: 'proxy' };
    expect(first({ seats: { voting: true }, min: 2 }, attendance)).to.include({ needed: 2, present: 2, met: true });
    expect(first({ seats: { voting: true }, min: 3 }, attendance)).to.include({ needed: 3, present: 2, met: false });
  });

  it('"all" of them, naming the seats missing', () => {
    const attendance: Attendance = { chair: 'holder', primary: 'apologies', secondary: 'absent' };
    expect(first({ seats: { voting: true }, min: 'all' }, attendance)).to.deep.equal({
      label: 'Requirement 1',
      needed: 5,
      present: 1,
      met: false,
      missing: ['primary', 'secondary', 'special', 'primary-2'],
      vacant: [],
      proxies: true,
    });
  });

  it('counts only the seats in post on the meeting’s date: a vacancy, or a term that has ended, is no one to be present', () => {
    // Sutton's EOG: "all core members must be present", and the members there are, not a seat its holder has left.
    const [chair, primary, secondary, special] = seats();
    const inPost = [
      chair!,
      { ...primary!, holder: null },
      { ...secondary!, term: { from: '2019-01-01', to: '2019-09-30' } },
      { ...special!, previous: [{ holder: null, proxy: null, from: '2019-01-01', to: '2019-12-31' }] },
      seat('primary-2', 'pat', { partner: 'primary' }),
    ];
    const attendance: Attendance = { chair: 'holder', 'primary-2': 'holder' };
    const doc = rulesDocument({
      seats: inPost,
      group: { quorum: [{ label: 'All voting seats', seats: { voting: true }, min: 'all' }] },
      meeting: { attendance },
    });
    expect(quorum(doc, 'm').requirements[0]).to.deep.include({
      needed: 2,
      present: 2,
      met: true,
      missing: [],
      vacant: ['primary', 'secondary', 'special'],
    });
    const half = rulesDocument({
      seats: inPost,
      group: { quorum: [{ label: 'Half', seats: { voting: true }, min: '1/2' }] },
      meeting: { attendance: { chair: 'holder' } },
    });
    expect(quorum(half, 'm').requirements[0]).to.deep.include({ needed: 1, present: 1, met: true });
  });

  it('a requirement whose every seat is vacant is not met: it needs one present, and they are not counted', () => {
    const [chair, primary, ...rest] = seats();
    const doc = rulesDocument({
      seats: [{ ...chair!, holder: null }, { ...primary!, holder: null }, ...rest],
      group: { quorum: [{ label: 'All core members', seats: { tag: 'core' }, min: 'all' }] },
      meeting: { attendance: {} },
    });
    // Counted all, under this requirement alone, a seat read "vacant" under one requirement and missing under the next.
    expect(quorum(doc, 'm').requirements[0]).to.deep.include({
      needed: 1,
      present: 0,
      met: false,
      missing: [],
      vacant: ['chair', 'primary'],
    });
  });

  it('a seat first appointed after the meeting’s date is neither vacant nor missing there: adding it changes no past quorum', () => {
    // The meeting is on 15 October 2019; a core seat is added to the group in September 2020.
    const added = seat('added', 'ada', { tags: ['core'], term: { from: '2020-09-01' } });
    const core = { label: 'All core members', seats: { tag: 'core' }, min: 'all' as const };
    const requirement = (more: ReturnType<typeof seat>[], chairHolder: string | null = 'cara') => {
      const [chair, primary, ...rest] = seats();
      const doc = rulesDocument({
        seats: [{ ...chair!, holder: chairHolder }, { ...primary!, holder: chairHolder }, ...rest, ...more],
        group: { quorum: [core] },
        meeting: { attendance: chairHolder ? { chair: 'holder', primary: 'holder' } : {} },
      });
      return quorum(doc, 'm').requirements[0]!;
    };
    expect(requirement([added])).to.deep.equal(requirement([]));
    expect(requirement([added])).to.deep.include({ needed: 2, present: 2, met: true, vacant: [] });
    // Every core seat vacant on the day: still counted as they were then, not with the seat added since.
    expect(requirement([added], null)).to.deep.equal(requirement([], null));
    expect(requirement([added], null)).to.deep.include({ needed: 1, present: 0, met: false });
    // Only seats added since: none of the meeting's, so the requirement is not met; an empty room never meets it.
    const onlyLater = rulesDocument({
      seats: [...seats(), added],
      group: { quorum: [{ label: 'Added', seats: { partner: 'added' }, min: 'all' }] },
      meeting: { attendance: {} },
    });
    expect(quorum(onlyLater, 'm').requirements[0]).to.deep.include({ needed: 1, met: false });
  });

  it('a fraction a/b is ceil(a/b × the seats selected)', () => {
    expect(first({ seats: { voting: true }, min: '1/3' }).needed).to.equal(2); // 5 voting seats: 1.67 → 2
    expect(first({ seats: { voting: true }, min: '2/5' }).needed).to.equal(2); // exactly 2
    expect(first({ seats: { voting: true }, min: '1/2' }).needed).to.equal(3); // 2.5 → 3
    expect(first({ seats: { voting: false }, min: '1/3' }).needed).to.equal(1); // 1 seat: 0.33 → 1
    expect(seatsNeeded('1/3', 4)).to.equal(2); // rounded up, not to the nearest
    expect(seatsNeeded('9/14', 42)).to.equal(27); // (9 / 14) × 42 is 27.000000000000004 in floating point
    expect(seatsNeeded('1/3', 0)).to.equal(0);
  });

  it('a proxy counts as present unless the requirement says proxies: false', () => {
    expect(first({ seats: { tag: 'core' }, min: 2 }, { chair: 'proxy', primary: 'holder' }).met).to.equal(true);
    const noProxies = first({ seats: { tag: 'core' }, min: 2, proxies: false }, { chair: 'proxy', primary: 'holder' });
    expect([noProxies.present, noProxies.met, noProxies.missing]).to.deep.equal([1, false, ['chair']]);
  });

  it('selects by tag, partner id, partner list, role and voting; every key given must match', () => {
    expect(first({ seats: { tag: 'core' }, min: 'all' }).missing).to.deep.equal(['chair', 'primary']);
    expect(first({ seats: { partner: 'primary' }, min: 'all' }).missing).to.deep.equal(['primary', 'primary-2']);
    expect(first({ seats: { partner: ['secondary', 'special'] }, min: 'all' }).missing).to.deep.equal([
      'secondary',
      'special',
    ]);
    expect(first({ seats: { role: 'chair' }, min: 'all' }).missing).to.deep.equal(['chair']);
    expect(first({ seats: { voting: false }, min: 'all' }).missing).to.deep.equal(['adviser']);
    expect(first({ seats: { tag: 'core', partner: 'primary' }, min: 'all' }).missing).to.deep.equal(['primary']);
    // A requirement that picks no seat breaks the contract (quorum-selects-no-seat), so it is asked of the selector alone.
    expect(seatsSelected(rulesDocument().groups[0]!, { role: 'chair', partner: 'primary' })).to.deep.equal([]);
  });

  it('an empty selector selects every seat of the group, non-voting ones too', () => {
    expect(first({ seats: {}, min: 'all' }).needed).to.equal(6);
    expect(first({ min: 'all' }).needed).to.equal(6);
  });

  it('is quorate only when every requirement holds (Wokingham: two from each of three partners)', () => {
    const threeOfTwo = ['primary', 'secondary', 'special'].map((partner, i) => ({
      label: `Requirement ${i + 1}`,
      seats: { partner },
      min: 2,
    }));
    // Two seats for each partner, as Wokingham's Schools Forum, primary and secondary heads have.
    const twoEach = [
      ...seats(),
      seat('secondary-2', 'pat', { partner: 'secondary' }),
      seat('special-2', 'pip', { partner: 'special' }),
    ];
    const attendance = { primary: 'holder', 'primary-2': 'proxy', secondary: 'holder' } as const;
    const q = quorum(rulesDocument({ seats: twoEach, group: { quorum: threeOfTwo }, meeting: { attendance } }), 'm');
    expect(q.requirements.map((r) => r.met)).to.deep.equal([true, false, false]);
    expect(q.quorate).to.equal(false);
    expect(check([{ min: 1 }, { seats: { tag: 'core' }, min: 1 }], { chair: 'holder' }).quorate).to.equal(true);
  });

  it('a group with no requirements is quorate, even with no one present', () => {
    expect(check([])).to.deep.equal({ quorate: true, requirements: [], state: 'quorate' });
  });

  it('seatsSelected picks a group’s seats by selector', () => {
    const group = rulesDocument({ seats: seats() }).groups[0]!;
    expect(seatsSelected(group, { partner: ['primary'], voting: true }).map((s) => s.id)).to.deep.equal([
      'primary',
      'primary-2',
    ]);
    expect(seatsSelected(group, {})).to.have.length(6);
  });

  it('a meeting today or to come with nobody recorded present is awaiting attendance; apologies do not end the wait', () => {
    const day = rulesDocument().meetings[0]!.start.slice(0, 10);
    const before = '2000-01-01';
    const after = '2100-01-01';
    expect(awaitingAttendance(rulesDocument(), 'm', before)).to.equal(true);
    expect(awaitingAttendance(rulesDocument(), 'm', day), 'on the day, before check-in').to.equal(true);
    expect(awaitingAttendance(rulesDocument(), 'm', after), 'after the day: nobody came').to.equal(false);
    const apologies = rulesDocument({ meeting: { attendance: { primary: 'apologies' } } });
    expect(awaitingAttendance(apologies, 'm', before)).to.equal(true);
    const present = rulesDocument({ meeting: { attendance: { primary: 'holder' } } });
    expect(awaitingAttendance(present, 'm', day)).to.equal(false);
  });

  it('reads only the meeting’s own attendance entries: a seat called "constructor" not listed was absent', () => {
    const meeting = rulesDocument({ meeting: { attendance: { primary: 'holder' } } }).meetings[0]!;
    expect(attendanceAt(meeting, 'primary')).to.equal('holder');
    expect(attendanceAt(meeting, 'constructor')).to.equal('absent');
    expect(attendanceAt(meeting, 'toString')).to.equal('absent');
  });

  it('quorum throws a RangeError naming an unknown meeting', () => {
    expect(() => quorum(rulesDocument(), 'nope')).to.throw(RangeError, "No meeting has the id 'nope'");
  });
});

describe('isPresent', () => {
  const doc = rulesDocument({
    proposal: { declarations: [{ person: 'ann', interest: 'Governor of Carew', withdrew: true }] },
    meeting: {
      attendance: {
        chair: 'proxy',
        primary: 'holder',
        secondary: { as: 'holder', arrived: '2019-10-15T16:30:00+01:00' },
      },
    },
  });
  const meeting = doc.meetings[0]!;
  const seatNamed = (id: string) => doc.groups[0]!.seats.find((s) => s.id === id)!;

  it('a seat is present when its holder came, or its proxy when proxies count', () => {
    expect(isPresent(meeting, seatNamed('primary'), false)).to.equal(true);
    expect(isPresent(meeting, seatNamed('chair'), true)).to.equal(true);
    expect(isPresent(meeting, seatNamed('chair'), false)).to.equal(false);
    expect(isPresent(meeting, seatNamed('special'), true)).to.equal(false);
  });

  it('at a moment, only if the seat was in the room then', () => {
    expect(isPresent(meeting, seatNamed('secondary'), true, { at: '2019-10-15T16:15:00+01:00' })).to.equal(false);
    expect(isPresent(meeting, seatNamed('secondary'), true, { at: '2019-10-15T16:30:00+01:00' })).to.equal(true);
  });

  it('for a proposal, not in the person of someone who withdrew from it, and only with the document to say who did', () => {
    expect(isPresent(meeting, seatNamed('primary'), true, { proposal: 'p', doc })).to.equal(false);
    expect(() => isPresent(meeting, seatNamed('primary'), true, { proposal: 'p' })).to.throw(
      TypeError,
      'isPresent needs `doc` to judge withdrawals.',
    );
  });
});
