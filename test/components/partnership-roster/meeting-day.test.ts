// A meeting's roster describes each seat on the meeting's day, as the quorum indicator of that meeting counts it:
// a term ended between today and an upcoming meeting leaves its row without a vote, a seat since handed to another
// partner is named after the partner it represented then, and a seat first appointed after the meeting is no seat
// of it. Its caption says the meeting's day; its term tags are today's, as the warnings above it are. The compact
// list says a term has ended too.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { PartnershipRoster } from '../../../components/partnership-roster/partnership-roster.js';
import { seenText, shownText } from '../../fixtures/text.js';
import { parsed, rulesInput, seat, seedDocument } from '../../fixtures/documents.js';
import { namesIn } from '../../../src/messages/index.js';
import { showWith } from '../../fixtures/show-element.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

const t = en.roster;
const rows = (roster: Element) => [...roster.shadowRoot!.querySelectorAll('table[part=table] tbody tr')];
const headerOf = (row: Element) => seenText(row.querySelector('th'));
const rowOf = (roster: Element, label: string) => rows(roster).find((tr) => headerOf(tr).startsWith(label))!;
const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => seenText(td));
const compactLines = (roster: Element) => [...roster.shadowRoot!.querySelectorAll('ul.compact li')].map(seenText);

afterEach(() => document.querySelectorAll('partnership-roster, quorum-indicator').forEach((e) => e.remove()));

describe('<partnership-roster> of a meeting: each seat as it stood on the meeting’s day', () => {
  let sutton: unknown;
  before(async () => (sutton = await seedDocument('sutton')));

  it('a term ended before an upcoming meeting has no vote on its row, as the quorum indicator leaves it out', async () => {
    // Secondary Governors' term ends on 31 December 2019: "ends soon" today, ended by the January meeting.
    const at = { meeting: 'elg-2020-01-14', today: '2019-12-10' };
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, { group: 'elg', ...at });
    const quorum = await showWith('quorum-indicator', sutton, at);
    expect(shownText(quorum)).to.contain(en.quorum.termEndedSeat('Secondary Governors', '2019-12-31'));
    const row = cells(rowOf(roster, 'Secondary Governors'));
    expect(row.at(-2), 'the term tagged as today’s warnings are').to.equal(
      `${t.term('2017-09-01', '2019-12-31')} ${t.termEnding}`,
    );
    expect(row.at(-3), 'no vote at the meeting').to.equal(t.votingTermEnded);
    expect(
      roster.shadowRoot!.querySelector('[part=warnings] li[data-code=term-ending][data-seat=elg-secondary-governors]'),
      'the clerk’s warnings stay today’s',
    ).not.to.equal(null);
    const today = await showWith<PartnershipRoster>('partnership-roster', sutton, { group: 'elg', today: at.today });
    const now = cells(rowOf(today, 'Secondary Governors'));
    expect(now.at(-1), 'without a meeting, today’s tag').to.equal(
      `${t.term('2017-09-01', '2019-12-31')} ${t.termEnding}`,
    );
    expect(now.at(-2)).to.equal(t.voting);
  });

  it('a seat since handed to another partner is named, and placed, after the partner it represented then', async () => {
    // s-x represented A, with no vote, until 30 November 2019; C since. The meeting 'm' was on 15 October.
    const doc = rulesInput({
      seats: [
        seat('s-a', 'ann', { partner: 'a' }),
        seat('s-b', 'ben', { partner: 'b' }),
        seat('s-x', 'xena', { partner: 'c', previousStanding: [{ to: '2019-11-30', partner: 'a', voting: false }] }),
      ],
      partners: [
        { id: 'a', name: 'Partner A' },
        { id: 'b', name: 'Partner B' },
        { id: 'c', name: 'Partner C' },
      ],
      meeting: { attendance: { 's-a': 'holder', 's-b': 'holder', 's-x': 'holder' } },
    });
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'g',
      meeting: 'm',
      today: '2019-12-10',
    });
    // Two of A's seats that day, numbered as A's seats are, rather than two rows both "Partner A".
    expect(rows(roster).map(headerOf)).to.deep.equal(['Partner A 1', 'Partner A 2', 'Partner B']);
    expect(seenText(roster.shadowRoot!.querySelector('table[part=table]')), 'the table').not.to.contain('Partner C');
    const today = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'g', today: '2019-12-10' });
    expect(rows(today).map(headerOf), 'today, C’s').to.deep.equal(['Partner A', 'Partner B', 'Partner C']);
  });

  it('a seat first appointed after the meeting is no seat of it, as its quorum leaves it out', async () => {
    // A nursery seat, its first holder appointed from 1 December 2019, after the meeting of 12 November.
    const doc = structuredClone(sutton) as { partners: object[]; groups: { id: string; seats: object[] }[] };
    doc.partners.push({ id: 'ey-new', name: 'New Nurseries' });
    doc.groups
      .find((g) => g.id === 'elg')!
      .seats.push({
        id: 'elg-nursery',
        partner: 'ey-new',
        role: 'member',
        voting: true,
        holder: 'p-hackbridge-eyfs',
        proxy: null,
        term: { from: '2019-12-01', to: '2021-08-31' },
      });
    const at = { meeting: 'elg-2019-11-12', today: '2019-12-10' };
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'elg', ...at });
    const quorum = await showWith('quorum-indicator', doc, at);
    expect(shownText(quorum), 'the quorum of the meeting').not.to.contain('New Nurseries');
    expect(rows(roster).map(headerOf), 'the meeting’s rows').not.to.include('New Nurseries');
    expect(rows(roster)).to.have.length(parsed(sutton).groups.find((g) => g.id === 'elg')!.seats.length);
    const today = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'elg', today: at.today });
    expect(rows(today).map(headerOf), 'today’s roster has it').to.include('New Nurseries');
  });

  it('says whose meeting and which day its rows show, and tags each term as the warnings above it', async () => {
    const at = { meeting: 'elg-2019-11-12', today: '2020-01-14' };
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, { group: 'elg', ...at });
    const caption = roster.shadowRoot!.querySelector('table[part=table] caption');
    expect(seenText(caption)).to.equal(
      t.meetingCaption('Education Leadership Group', en.format.dateTime('2019-11-12T16:00:00+00:00')),
    );
    // The warnings are today's: the term ended on 31 December 2019. The row's tag says so too, not "Ends soon".
    const warned = '[part=warnings] li[data-code=term-ended][data-seat=elg-secondary-governors]';
    expect(roster.shadowRoot!.querySelector(warned), 'today’s warning').not.to.equal(null);
    expect(cells(rowOf(roster, 'Secondary Governors')).at(-2)).to.equal(
      `${t.term('2017-09-01', '2019-12-31')} ${t.termEnded}`,
    );
  });

  it('a seat since handed on: the caption dates the old holder’s row to the meeting', async () => {
    // elg-primary handed to another holder from 11 December 2019, the day after the meeting of the 10th.
    const doc = structuredClone(sutton) as { groups: { id: string; seats: Record<string, unknown>[] }[] };
    const primary = doc.groups.find((g) => g.id === 'elg')!.seats.find((s) => s['id'] === 'elg-primary')!;
    Object.assign(primary, {
      holder: 'p-cirrus-head',
      proxy: null,
      term: { from: '2019-12-11', to: '2021-08-31' },
      previous: [{ holder: 'p-cirrus-dceo', proxy: 'p-cirrus-head', from: '2019-09-01', to: '2019-12-10' }],
    });
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'elg',
      meeting: 'elg-2019-12-10',
      today: '2019-12-11',
      lang: 'cy',
    });
    const caption = () => seenText(roster.shadowRoot!.querySelector('table[part=table] caption'));
    await waitUntil(
      () =>
        caption() ===
        cy.roster.meetingCaption('Education Leadership Group', cy.format.dateTime('2019-12-10T16:00:00+00:00')),
      caption(),
    );
  });

  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`the compact list says a term has ended, as the table does (${lang})`, async () => {
      const at = { meeting: 'elg-2020-01-14', today: '2019-12-10', lang };
      const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
        group: 'elg',
        compact: '',
        ...at,
      });
      const governors = msg.roster.partnerLine(namesIn(parsed(sutton), msg).seat('elg-secondary-governors', 'elg'));
      // The Welsh words load on demand: the list is drawn once they have.
      const lineOf = async (list: Element) => {
        const find = () => compactLines(list).find((li) => li.startsWith(governors));
        await waitUntil(find, `the list in ${lang}`);
        return find()!;
      };
      const line = await lineOf(roster);
      expect(line).to.contain(`(${msg.roster.votingTermEnded})`);
      const before = await showWith<PartnershipRoster>('partnership-roster', sutton, {
        group: 'elg',
        compact: '',
        today: '2019-12-10',
        lang,
      });
      const now = await lineOf(before);
      expect(now, 'not before it ends').not.to.contain(msg.roster.votingTermEnded);
    });
  }
});
