// Contract 1.1 in the roster: a seat's history, a seat that fell vacant after
// its holder attended past meetings, and the roster as it stood on `today`.
import { expect } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import type { PartnershipRoster } from '../../../components/partnership-roster/partnership-roster.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { seenText, shownText, textOf } from '../../fixtures/text.js';
import { showWith } from '../../fixtures/show-element.js';
import { rulesDocument, rulesInput, seat, type Parts } from '../../fixtures/documents.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/index.js';

const t = en.roster;

/**
 * Ann held Primary through 2019 (proxy Amy) and attended meeting 'm' on 15
 * October 2019; she resigned and the seat has been vacant since 1 January
 * 2020. Secondary has always been Ben's.
 */
const vacated: Parts = {
  seats: [
    seat('primary', null, { previous: [{ holder: 'ann', proxy: 'amy', from: '2019-01-01', to: '2019-12-31' }] }),
    seat('secondary', 'ben', { proxy: 'bea' }),
  ],
  meeting: { attendance: { primary: 'holder', secondary: 'proxy' } },
};
function vacatedDocument() {
  return rulesInput(vacated);
}

const rowOf = (roster: Element, label: string) =>
  [...roster.shadowRoot!.querySelectorAll('table[part=table] tbody tr')].find((tr) =>
    tr.querySelector('th')!.textContent!.trim().startsWith(label),
  )!;
const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => textOf(td));
// What each cell shows, without the pauses only a screen reader hears (spoken-roster.test.ts's).
const seenCells = (row: Element) => [...row.querySelectorAll('td')].map((td) => seenText(td));
const historyRows = (roster: Element) =>
  [...roster.shadowRoot!.querySelectorAll('table[part=history] tbody tr')].map((tr) =>
    [...tr.children].map((cell) => textOf(cell)),
  );

describe('<partnership-roster>: seat history and vacancies (contract 1.1)', () => {
  afterEach(() => document.querySelectorAll('partnership-roster').forEach((e) => e.remove()));

  it('a seat vacated after its holder attended a past meeting renders, with no error summary', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', vacatedDocument(), {
      group: 'g',
      today: '2020-02-01',
      meeting: 'm',
    });
    const text = shownText(roster);
    expect(text).not.to.contain(en.shared.problemTitle);
    expect(roster.shadowRoot!.querySelector('[part=error-summary]')).to.equal(null);
    expect(cells(rowOf(roster, 'Primary')).slice(0, 2), 'who held the seat on the meeting’s day').to.deep.equal([
      'Ann',
      'Amy',
    ]);
    expect(cells(rowOf(roster, 'Primary')).at(-1), 'the past meeting keeps its attendance').to.equal(
      t.attendance('holder'),
    );
    const today = await showWith<PartnershipRoster>('partnership-roster', vacatedDocument(), {
      group: 'g',
      today: '2020-02-01',
    });
    expect(cells(rowOf(today, 'Primary'))[0], 'without a meeting, the seat as it is today').to.equal(t.vacant);
    const warning = roster.shadowRoot!.querySelector('[part=warnings] li[data-code=vacant][data-seat=primary]');
    expect(warning!.textContent!.trim()).to.equal(
      en.warnings.vacant({ seat: 'primary' }, namesIn(rulesDocument(vacated), en)),
    );
  });

  it('shows who held each seat that changed hands, from when to when', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', vacatedDocument(), {
      group: 'g',
      today: '2020-02-01',
    });
    const history = roster.shadowRoot!.querySelector('table[part=history]')!;
    expect(history.querySelector('caption')!.textContent!.trim()).to.equal(
      t.historyCaption('Education Leadership Group'),
    );
    expect(historyRows(roster)).to.deep.equal([
      ['Primary', 'Ann', 'Amy', en.format.date('2019-01-01'), en.format.date('2019-12-31')],
      ['Primary', t.vacant, t.noProxy, en.format.date('2020-01-01'), t.historyNoEnd],
    ]);
    await expectNoAxeViolations(roster);
  });

  it('shows and warns with the appointment in force on today', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', vacatedDocument(), {
      group: 'g',
      today: '2019-06-01',
    });
    expect(cells(rowOf(roster, 'Primary')).slice(0, 2)).to.deep.equal(['Ann', 'Amy']);
    expect(roster.shadowRoot!.querySelector('[part=warnings]'), 'Primary was not vacant then').to.equal(null);
    const compact = await showWith<PartnershipRoster>('partnership-roster', vacatedDocument(), {
      group: 'g',
      today: '2019-06-01',
      compact: '',
    });
    expect(shownText(compact)).to.contain(`${t.partnerLine('Primary')} ${t.compactLine('Ann', [], 'Amy')}`);
    expect(compact.shadowRoot!.querySelector('table[part=history]'), 'no history on the public list').to.equal(null);
  });

  it('before the first appointment a seat is vacant, and a roster with no changes has no history table', async () => {
    const doc = rulesInput({
      seats: [seat('primary', 'ann', { proxy: 'amy', term: { from: '2020-09-01' } }), seat('secondary', 'ben')],
    });
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'g', today: '2020-06-01' });
    expect(seenCells(rowOf(roster, 'Primary'))[0]).to.equal(`${t.vacant} ${t.appointedFrom('2020-09-01', 'Ann')}`);
    expect(roster.shadowRoot!.querySelector('table[part=history]')).to.equal(null);
  });

  it('shows the appointment to come beside a seat vacant until it begins, and warns of nothing to appoint', async () => {
    const doc = rulesInput({
      seats: [seat('primary', 'ann', { proxy: 'amy', term: { from: '2020-02-01', to: '2022-01-31' } })],
    });
    const roster = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'g', today: '2020-01-10' });
    expect(
      seenCells(rowOf(roster, 'Primary')).slice(0, 2),
      'vacant today, and who is appointed from when',
    ).to.deep.equal([
      `${t.vacant} ${t.appointedFrom('2020-02-01', 'Ann')}`,
      `${t.noProxy} ${t.appointedFrom('2020-02-01', 'Amy')}`,
    ]);
    expect(seenCells(rowOf(roster, 'Primary')).at(-1), 'the term to come, marked not started').to.equal(
      `${t.term('2020-02-01', '2022-01-31')} ${t.termNotStarted}`,
    );
    const codes = [...roster.shadowRoot!.querySelectorAll('[part=warnings] li')].map((li) =>
      li.getAttribute('data-code'),
    );
    expect(codes).to.deep.equal(['appointed-from']);
    await expectNoAxeViolations(roster);
    const compact = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'g',
      today: '2020-01-10',
      compact: '',
    });
    expect(shownText(compact), 'the public list says who comes, and when').to.contain(
      `${t.partnerLine('Primary')} ${t.compactLine(t.vacantUntil('2020-02-01', 'Ann'), [])}`,
    );
  });

  it('tags the term in force on the row’s day: a meeting day’s earlier appointment, handed straight on, is untagged', async () => {
    // Ann's term ends on 20 January 2020, within 60 days of today; on the meeting day Dan held the seat.
    const doc = rulesInput({
      seats: [
        seat('primary', 'ann', {
          proxy: 'amy',
          term: { from: '2019-11-01', to: '2020-01-20' },
          previous: [{ holder: 'dan', proxy: 'dot', from: '2018-01-01', to: '2019-10-31' }],
        }),
      ],
    });
    const meetingDay = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'g',
      meeting: 'm',
      today: '2020-01-10',
    });
    const row = seenCells(rowOf(meetingDay, 'Primary'));
    expect(row.slice(0, 2)).to.deep.equal(['Dan', 'Dot']);
    expect(row.at(-2), 'Dan’s term, with no word of Ann’s').to.equal(t.term('2018-01-01', '2019-10-31'));
    expect(
      meetingDay.shadowRoot!.querySelector('[part=warnings] li[data-code=term-ending]'),
      'today’s warning stays',
    ).not.to.equal(null);
    const today = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'g', today: '2020-01-10' });
    expect(seenCells(rowOf(today, 'Primary')).at(-1)).to.equal(`${t.term('2019-11-01', '2020-01-20')} ${t.termEnding}`);
  });

  it('"not recorded yet" comes from the core’s quorum state, before a meeting with nobody recorded', async () => {
    const doc = rulesInput({ seats: [seat('primary', 'ann', { proxy: 'amy' })], meeting: { attendance: {} } });
    const before = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'g',
      meeting: 'm',
      today: '2019-10-01',
    });
    expect(cells(rowOf(before, 'Primary')).at(-1)).to.equal(t.notRecordedYet);
    const after = await showWith<PartnershipRoster>('partnership-roster', doc, {
      group: 'g',
      meeting: 'm',
      today: '2019-10-16',
    });
    expect(cells(rowOf(after, 'Primary')).at(-1)).to.equal(t.attendance('absent'));
  });

  it('puts the chair of `today` first, by the seat’s role on that day (1.2), as its row says it', async () => {
    // Wes's seat had the chair until 31 August 2019; Cat's has had it since.
    const doc = rulesInput({
      seats: [
        seat('plain', 'pat', { label: 'Plain' }),
        seat('was-chair', 'wes', { label: 'Wes seat', previousStanding: [{ to: '2019-08-31', role: 'chair' }] }),
        seat('chair-now', 'cat', {
          label: 'Cat seat',
          role: 'chair',
          previousStanding: [{ to: '2019-08-31', role: 'member' }],
        }),
      ],
    });
    const labels = (roster: Element) =>
      [...roster.shadowRoot!.querySelectorAll('table[part=table] tbody tr th')].map((th) => textOf(th).split(',')[0]);
    const before = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'g', today: '2019-06-01' });
    expect(cells(rowOf(before, 'Wes seat'))[2]).to.equal(en.roles.chair);
    expect(labels(before), 'the chair then first; the seat that has it now in its place').to.deep.equal([
      'Wes seat',
      'Plain',
      'Cat seat',
    ]);
    const after = await showWith<PartnershipRoster>('partnership-roster', doc, { group: 'g', today: '2020-01-01' });
    expect(labels(after)).to.deep.equal(['Cat seat', 'Plain', 'Wes seat']);
  });
});
