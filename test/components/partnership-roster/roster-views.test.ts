import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import type { PartnershipRoster } from '../../../components/partnership-roster/partnership-roster.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { seenText, shownText, textOf } from '../../fixtures/text.js';
import { parsed, seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { en } from '../../../src/messages/en.js';
import { namesIn, registerMessages } from '../../../src/messages/index.js';

const t = en.roster;
/** The English names of a demo document, for the sentences the roster should show. */
const namesOf = (data: unknown) => namesIn(parsed(data), en);
/** Each roster warning as the element shows it: its code, its seat and its words. */
const warningsOf = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part=warnings] li')].map((li) => ({
    code: li.getAttribute('data-code'),
    seat: li.getAttribute('data-seat'),
    text: textOf(li),
  }));

/** The demo document with one ELG seat's fields replaced (`undefined` leaves a field out). */
const withSeat = (data: unknown, id: string, fields: Record<string, unknown>) => {
  const doc = structuredClone(data) as { groups: { id: string; seats: { id: string }[] }[] };
  const seats = doc.groups.find((g) => g.id === 'elg')!.seats;
  const index = seats.findIndex((seat) => seat.id === id);
  seats[index] = JSON.parse(JSON.stringify({ ...seats[index], ...fields })) as { id: string };
  return doc;
};

const rowOf = (element: Element, partner: string) =>
  [...element.shadowRoot!.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent?.trim() === partner,
  );
// What each cell shows; the pauses a screen reader hears between its parts are spoken-roster.test.ts's.
const cells = (row: Element | undefined) => [...(row?.querySelectorAll('td') ?? [])].map((td) => seenText(td));

describe('<partnership-roster> with the Sutton document', () => {
  let sutton: unknown;
  before(async () => (sutton = await seedDocument('sutton')));
  afterEach(() => document.querySelectorAll('partnership-roster').forEach((e) => e.remove()));

  it('shows the ELG in a table with a caption: partner, representative, proxy, role, vote, term', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      today: '2019-12-10',
    });
    const root = roster.shadowRoot!;
    expect(root.querySelector('caption')!.textContent!.trim()).to.equal(t.caption('Education Leadership Group'));
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      t.columns.partner,
      t.columns.representative,
      t.columns.proxy,
      t.columns.role,
      t.columns.voting,
      t.columns.term,
    ]);
    expect(cells(rowOf(roster, 'Primary Schools'))).to.deep.equal([
      'Deputy CEO, Cirrus Primary Academy Trust Deputy Chief Executive Officer, Cirrus Primary Academy Trust',
      'Head of a Cirrus Trust primary Headteacher, a Cirrus Primary Academy Trust school',
      en.roles['member'],
      t.voting,
      t.term('2019-09-01', '2021-08-31'),
    ]);
    expect(cells(rowOf(roster, 'Chair'))[2]).to.equal(en.roles['chair']);
    expect(cells(rowOf(roster, 'London Borough of Sutton: AD Education and SEND'))[3]).to.equal(t.nonVoting);
  });

  it('puts the roster warnings where the clerk sees them', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      today: '2019-12-10',
    });
    const panel = textOf(roster.shadowRoot!.querySelector('[part=warnings]'));
    expect(panel).to.contain(t.warningsTitle(2));
    const names = namesOf(sutton);
    expect(warningsOf(roster)).to.deep.equal([
      {
        code: 'no-proxy',
        seat: 'elg-pru',
        text: en.warnings['no-proxy']({ seat: 'elg-pru', holder: 'p-limes-head' }, names),
      },
      {
        code: 'term-ending',
        seat: 'elg-secondary-governors',
        text: en.warnings['term-ending'](
          { seat: 'elg-secondary-governors', to: '2019-12-31', holder: 'p-glenthorne-gov' },
          names,
        ),
      },
    ]);
    expect(warningsOf(roster)[0]!.text, 'a seat is named by its partner').to.contain('Pupil Referral Units');
  });

  it('warns of a vacancy the clerk has recorded ahead, and tags the term in force as ending soon', async () => {
    // The Finance Manager's appointment ends on 31 December 2019, and no one is appointed from 1 January.
    const ahead = withSeat(sutton, 'elg-finance', {
      previous: [{ holder: 'p-lbs-finance', proxy: 'p-lbs-finance-deputy', from: '2019-09-01', to: '2019-12-31' }],
      holder: null,
      proxy: null,
      term: undefined,
    });
    const roster = await showWith<PartnershipRoster>('partnership-roster', ahead, {
      group: 'elg',
      today: '2019-12-15',
    });
    expect(warningsOf(roster).find((w) => w.seat === 'elg-finance')).to.deep.equal({
      code: 'term-ending',
      seat: 'elg-finance',
      text: en.warnings['term-ending'](
        { seat: 'elg-finance', to: '2019-12-31', holder: 'p-lbs-finance' },
        namesOf(ahead),
      ),
    });
    expect(cells(rowOf(roster, 'Finance Representative')).at(-1)).to.equal(
      `${t.term('2019-09-01', '2019-12-31')} ${t.termEnding}`,
    );
  });

  it('says a vacant seat has no vote, and that its proxy cannot stand in for it', async () => {
    // The Carew head left on 30 November 2019; the seat is vacant since, its deputy still named as proxy.
    const vacated = withSeat(sutton, 'elg-special', {
      previous: [{ holder: 'p-carew-head', proxy: 'p-carew-deputy', from: '2019-09-01', to: '2019-11-30' }],
      holder: null,
      term: undefined,
    }) as ReturnType<typeof withSeat> & { meetings: { id: string; attendance: Record<string, unknown> }[] };
    // Nobody held the seat at the December meeting, so nobody attended for it.
    vacated.meetings.find((m) => m.id === 'elg-2019-12-10')!.attendance['elg-special'] = 'absent';
    const roster = await showWith<PartnershipRoster>('partnership-roster', vacated, {
      group: 'elg',
      today: '2019-12-10',
    });
    const [holder, proxy, , vote] = cells(rowOf(roster, 'Special Schools'));
    expect(holder).to.equal(t.vacant);
    expect(proxy).to.equal(`Deputy Head of Carew Academy Deputy Headteacher, Carew Academy ${t.proxyOfVacantSeat}`);
    expect(vote).to.equal(t.votingVacant);
  });

  it('gives each stretch of a seat’s attendance with its times, as a minute records a substitute and a late arrival', async () => {
    // 12 November 2019: the secondary governors' proxy stood in until the Glenthorne governor arrived at 5pm.
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      meeting: 'elg-2019-11-12',
      today: '2019-12-10',
    });
    const row = cells(rowOf(roster, 'Secondary Governors'));
    expect(row.at(-1)).to.equal(`${t.attendanceSpan('proxy', undefined, '5pm')}; ${t.attendanceSpan('holder', '5pm')}`);
    expect(cells(rowOf(roster, 'Primary Schools')).at(-1), 'one stretch without times: one word').to.equal(
      t.attendance('holder'),
    );
  });

  it('adds each seat’s attendance when a meeting is named', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      meeting: 'elg-2019-10-15',
    });
    expect(roster.shadowRoot!.querySelector('thead')!.textContent).to.contain(
      t.attendanceAt(en.format.dateTime('2019-10-15T16:00:00+01:00')),
    );
    expect(cells(rowOf(roster, 'Special Schools')).at(-1)).to.equal(t.attendance('proxy'));
    expect(cells(rowOf(roster, 'Pupil Referral Units')).at(-1)).to.equal(t.attendance('apologies'));
    expect(cells(rowOf(roster, 'Post-16/19 Colleges')).at(-1)).to.equal(t.attendance('absent'));
  });

  it('shows every group, each with its heading, when no group is named', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton);
    expect([...roster.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Education Leadership Group',
      'Education Operational Group',
    ]);
  });

  it('gives a list for a trust’s public page with compact', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, { group: 'elg', compact: '' });
    expect(roster.shadowRoot!.querySelector('table')).to.equal(null);
    expect(shownText(roster)).to.contain(
      `${t.partnerLine('Primary Schools')} ${t.compactLine(
        t.nameWithTitle(
          'Deputy CEO, Cirrus Primary Academy Trust',
          'Deputy Chief Executive Officer, Cirrus Primary Academy Trust',
        ),
        // Judged on today's date, by when the seed's every term has ended: the list says so, as the table does.
        [t.votingTermEnded],
        'Head of a Cirrus Trust primary',
      )}`,
    );
    await expectNoAxeViolations(roster);
  });

  it('compact, for a public page: names the proxy, says each person once, leaves the clerk’s warnings out', async () => {
    const wokingham = await seedDocument('wokingham');
    const roster = await showWith<PartnershipRoster>('partnership-roster', wokingham, {
      group: 'wep',
      compact: '',
      today: '2022-09-22',
      meeting: 'wep-2022-09-22',
    });
    const text = shownText(roster);
    expect(roster.shadowRoot!.querySelector('[part=warnings]'), 'no internal remarks on a public page').to.equal(null);
    const lines = [...roster.shadowRoot!.querySelectorAll('ul.compact li')].map((li) => textOf(li));
    expect(lines).to.include(`${t.partnerLine('Multi-Academy Trust Executive Heads')} ${t.compactLine(t.vacant, [])}`);
    // The seed gives Wokingham's independent chair no vote, and so no partner to represent.
    expect(lines).to.include(
      `${t.partnerLine('Independent Chair')} ${t.compactLine('Independent Chair, Wokingham Education Partnership', [en.roles['chair'], t.nonVoting], undefined, t.attendance('holder'))}`,
    );
    expect(text).not.to.contain('Independent Chair, Independent Chair');
    expect(lines, 'names the proxy, then the attendance').to.include(
      `${t.partnerLine('Primary Heads Association 1')} ${t.compactLine(
        t.nameWithTitle(
          'Primary Head 1, WPHA',
          'Headteacher of a Wokingham primary school, Primary Heads Association representative 1',
        ),
        [],
        'Primary Deputy Head 1, WPHA',
        t.attendance('holder'),
      )}`,
    );
    await expectNoAxeViolations(roster);
  });

  it('marks a term that has ended or ends soon in the Term column', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      today: '2019-12-10',
    });
    expect(cells(rowOf(roster, 'Secondary Governors')).at(-1)).to.equal(
      `${t.term('2017-09-01', '2019-12-31')} ${t.termEnding}`,
    );
    const later = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      today: '2020-01-02',
    });
    expect(cells(rowOf(later, 'Secondary Governors')).at(-1)).to.equal(
      `${t.term('2017-09-01', '2019-12-31')} ${t.termEnded}`,
    );
  });

  it('before a meeting with nothing recorded, attendance is not recorded yet rather than absent', async () => {
    const wokingham = await seedDocument('wokingham');
    const roster = await showWith<PartnershipRoster>('partnership-roster', wokingham, {
      group: 'wep',
      meeting: 'wep-2022-11-17',
      today: '2022-09-22',
    });
    const column = [...roster.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => cells(tr).at(-1));
    // The MAT seat is vacant: no one to record.
    expect(new Set(column)).to.deep.equal(new Set([t.notRecordedYet, t.vacant]));
    expect(cells(rowOf(roster, 'Multi-Academy Trust Executive Heads')).at(-1)).to.equal(t.vacant);
  });

  it('by the clock: a meeting over today with nobody recorded is not "not recorded yet", as the quorum says', async () => {
    const wokingham = (await seedDocument('wokingham')) as { meetings: { id: string; start: string }[] };
    // Today in the UK, from midnight there to a second after: over whenever the test runs.
    const zone = { timeZone: 'Europe/London' };
    const today = new Intl.DateTimeFormat('en-CA', zone).format(new Date());
    const hours = /GMT([+-]\d+)?/.exec(
      new Intl.DateTimeFormat('en-GB', { ...zone, timeZoneName: 'shortOffset' }).format(new Date()),
    )?.[1];
    const offset = `+0${hours ? Number(hours) : 0}:00`;
    const meetings = wokingham.meetings.map((meeting) =>
      meeting.id === 'wep-2022-11-17'
        ? { ...meeting, start: `${today}T00:00:00${offset}`, end: `${today}T00:00:01${offset}`, attendance: {} }
        : meeting,
    );
    const roster = await showWith<PartnershipRoster>(
      'partnership-roster',
      { ...wokingham, meetings },
      { group: 'wep', meeting: 'wep-2022-11-17' },
    );
    const column = [...roster.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => cells(tr).at(-1));
    expect(column.length, 'the group’s seats').to.be.above(10);
    expect(column).not.to.include(t.notRecordedYet);
  });

  it('every group shown, with one group’s meeting: the other groups say nothing of it', async () => {
    const roster = await showWith('partnership-roster', sutton, { meeting: 'elg-2019-10-15' });
    expect(shownText(roster)).not.to.contain('There is no meeting of this group');
  });

  it('says what is missing: an unknown group, an unknown meeting, a group with no seats, no groups', async () => {
    expect(shownText(await showWith('partnership-roster', sutton, { group: 'xyz' }))).to.equal(
      t.unknownGroup('xyz', ['elg', 'eog']),
    );
    expect(shownText(await showWith('partnership-roster', sutton, { group: 'elg', meeting: 'nope' }))).to.contain(
      "There is no meeting of this group with the id 'nope', so attendance is not shown. Set the meeting attribute to " +
        'one of: elg-2019-09-10, elg-2019-10-15, elg-2019-11-12, elg-2019-12-10, elg-2020-01-14.',
    );
    const empty = {
      contract: 'partnership-kit/1',
      partnership: { id: 'x', name: 'X' },
      groups: [{ id: 'new', name: 'New Board' }],
    };
    expect(shownText(await showWith('partnership-roster', empty, { group: 'new' }))).to.contain(t.noSeats('New Board'));
    const none = { contract: 'partnership-kit/1', partnership: { id: 'x', name: 'X' } };
    expect(shownText(await showWith('partnership-roster', none))).to.equal(t.noGroups);
  });

  it('axe finds nothing in the table, the attendance view or every group', async () => {
    const views: Record<string, string>[] = [
      { group: 'elg', today: '2019-12-10' },
      { group: 'elg', meeting: 'elg-2019-10-15' },
      {},
    ];
    for (const attrs of views) {
      const roster = await showWith('partnership-roster', sutton, attrs);
      await expectNoAxeViolations(roster);
      roster.remove();
    }
  });
});

describe('<partnership-roster> with the Wokingham document', () => {
  it('shows the vacant trust seat, the independent chair and the partners’ seats', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', await seedDocument('wokingham'), {
      group: 'wep',
      today: '2022-09-22',
    });
    const wokingham = await seedDocument('wokingham');
    const text = shownText(roster);
    expect(text).to.contain(t.caption('Wokingham Education Partnership'));
    expect(cells(rowOf(roster, 'Multi-Academy Trust Executive Heads'))[0]).to.equal(t.vacant);
    expect(cells(rowOf(roster, 'Independent Chair'))[4]).to.equal(t.term('2022-04-01', '2024-03-31'));
    expect(roster.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(17);
    const vacant = warningsOf(roster).find((w) => w.code === 'vacant' && w.seat === 'wep-mat');
    expect(vacant?.text).to.equal(en.warnings.vacant({ seat: 'wep-mat' }, namesOf(wokingham)));
    expect(vacant?.text, 'the seat by its label').to.contain('Multi-Academy Trust Executive Heads');
    roster.remove();
  });

  it('warns the clerk when the independent chair, who has no vote, is given the casting vote in a tie', async () => {
    const wokingham = (await seedDocument('wokingham')) as { groups: { id: string; tieBreak?: string }[] };
    const chairOf = async (data: unknown) => {
      const roster = await showWith<PartnershipRoster>('partnership-roster', data, {
        group: 'wep',
        today: '2022-09-22',
      });
      const found = warningsOf(roster).filter((w) => w.code === 'chair-cannot-cast');
      roster.remove();
      return found;
    };
    // As the seed has it, a tie is not carried: a chair without a vote is as the partnership means it.
    expect(await chairOf(wokingham)).to.deep.equal([]);
    const castingChair = structuredClone(wokingham);
    castingChair.groups.find((g) => g.id === 'wep')!.tieBreak = 'chair';
    const text = en.warnings['chair-cannot-cast']({ seat: 'wep-chair' }, namesOf(castingChair));
    expect(await chairOf(castingChair)).to.deep.equal([{ code: 'chair-cannot-cast', seat: 'wep-chair', text }]);
    expect(text, 'the seat by its label').to.contain('Independent Chair');
  });
});

describe('<partnership-roster> in the language of its lang attribute', () => {
  afterEach(() => document.querySelectorAll('partnership-roster').forEach((e) => e.remove()));

  it('speaks a language a host registered, warnings included, and switches live when lang changes', async () => {
    registerMessages('x-roster', {
      roster: { caption: (group) => `Roster: ${group}`, vacant: 'Empty' },
      warnings: { vacant: (v, n) => `Empty seat: ${n.seat(v.seat)}` },
    });
    const roster = await showWith<PartnershipRoster>('partnership-roster', await seedDocument('wokingham'), {
      group: 'wep',
      today: '2022-09-22',
    });
    const caption = () => roster.shadowRoot!.querySelector('table[part=table] caption')!.textContent!.trim();
    const mat = () => cells(rowOf(roster, 'Multi-Academy Trust Executive Heads'))[0];
    const vacantWarning = () => warningsOf(roster).find((w) => w.code === 'vacant' && w.seat === 'wep-mat')?.text;
    expect(caption()).to.equal(t.caption('Wokingham Education Partnership'));

    roster.setAttribute('lang', 'x-roster');
    await waitUntil(() => caption() === 'Roster: Wokingham Education Partnership', 'the registered words');
    expect(mat()).to.equal('Empty');
    expect(vacantWarning()).to.equal('Empty seat: Multi-Academy Trust Executive Heads');
    expect(cells(rowOf(roster, 'Independent Chair'))[2], 'words left out stay English').to.equal(en.roles['chair']);

    roster.removeAttribute('lang');
    await waitUntil(() => caption() === t.caption('Wokingham Education Partnership'), 'back to English');
    expect(mat()).to.equal(t.vacant);
  });
});

describe('<partnership-roster> while loading and when the document fails', () => {
  afterEach(() => document.querySelectorAll('partnership-roster').forEach((e) => e.remove()));

  it('axe finds nothing while loading, on a missing file, or on a broken document', async () => {
    const slow = document.createElement('partnership-roster');
    slow.setAttribute(
      'src',
      `/__respond?status=200&delayMs=3000&type=application/json&body=%7B%7D&key=${Math.random()}`,
    );
    document.body.append(slow);
    await waitUntil(() => shownText(slow).includes(en.shared.loading));
    await expectNoAxeViolations(slow);
    for (const src of [`/demo/nothing-here-${Math.random()}.json`, '/demo/errors/broken-document.json']) {
      const failed = document.createElement('partnership-roster');
      failed.setAttribute('src', src);
      document.body.append(failed);
      await waitUntil(() => shownText(failed).includes(en.shared.problemTitle), 'the error summary', {
        timeout: 4000,
      });
      await expectNoAxeViolations(failed);
    }
  });
});
