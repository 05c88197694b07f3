/**
 * <partnership-roster> of a meeting, its attendance column seat by seat: what was recorded for a seat; "Not
 * recorded yet" for a seat with nothing recorded while the meeting has yet to end; "Absent" once it is over or when
 * recorded so; "Vacant" for a seat no one held that day. The column was decided for all seats at once: at 4:10pm,
 * two members checked in, every other seat read "Absent" while the quorum indicator said only "Not in the room";
 * before the meeting, apologies sent ahead read "Not recorded yet"; a vacant seat read "Absent".
 */
import { expect } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { PartnershipRoster } from '../../../components/partnership-roster/partnership-roster.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/index.js';
import { parsed, seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { seenText, shownText } from '../../fixtures/text.js';
import { deviceClock } from '../../fixtures/device-clock.js';

const t = en.roster;
type Loose = { meetings: { id: string; attendance?: Record<string, string> }[] };

/** Each row's seat name and its attendance, the last cell. */
const column = (roster: Element) =>
  new Map(
    [...roster.shadowRoot!.querySelectorAll('table[part=table] tbody tr')].map((tr) => [
      seenText(tr.querySelector('th')),
      seenText([...tr.querySelectorAll('td')].at(-1)!),
    ]),
  );
const rowOf = (roster: Element, label: string) => [...column(roster)].find(([seat]) => seat.startsWith(label))!;

/** Sutton's document with the January ELG meeting's attendance as given. */
async function suttonWith(attendance: Record<string, string>): Promise<Loose> {
  const doc = (await seedDocument('sutton')) as Loose;
  doc.meetings.find((m) => m.id === 'elg-2020-01-14')!.attendance = attendance;
  return doc;
}

afterEach(() => document.querySelectorAll('partnership-roster, quorum-indicator').forEach((e) => e.remove()));

describe('<partnership-roster> of a meeting under way', () => {
  // 4:10pm on the meeting's day, in London (GMT in January).
  deviceClock('2020-01-14T16:10:00Z');

  it('two members checked in at 4:10pm: every other seat is not recorded yet, not absent', async () => {
    const doc = await suttonWith({ 'elg-chair': 'holder', 'elg-early-years': 'holder' });
    const at = { meeting: 'elg-2020-01-14', today: '2020-01-14' };
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'elg', ...at });
    const quorum = await showWith('quorum-indicator', doc, { ...at, now: '2020-01-14T16:10:00+00:00' });
    expect(shownText(quorum)).to.contain(en.quorum.notInRoomTitle);
    const said = [...column(roster).values()];
    expect(said.filter((words) => words === t.attendance('holder'))).to.have.length(2);
    expect(said.filter((words) => words === t.notRecordedYet)).to.have.length(said.length - 2);
  });
});

describe('<partnership-roster> of a meeting to come, or over', () => {
  it('before the meeting, apologies sent ahead are shown; the others are not recorded yet', async () => {
    const doc = await suttonWith({ 'elg-pru': 'apologies', 'elg-special': 'apologies' });
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'elg',
      meeting: 'elg-2020-01-14',
      today: '2019-12-10',
    });
    const names = namesIn(parsed(doc), en);
    for (const seat of ['elg-pru', 'elg-special'])
      expect(rowOf(roster, names.seat(seat, 'elg'))[1], seat).to.equal(t.attendance('apologies'));
    const said = [...column(roster).values()];
    expect(said.filter((words) => words === t.notRecordedYet)).to.have.length(said.length - 2);
  });

  it('a seat no one held on the meeting’s day is vacant, not absent', async () => {
    const doc = await seedDocument('wokingham');
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'wep',
      meeting: 'wep-2022-09-22',
      today: '2022-10-01',
    });
    const mat = namesIn(parsed(doc), en).seat('wep-mat', 'wep');
    expect(rowOf(roster, mat)[1]).to.equal(t.vacant);
  });
});
