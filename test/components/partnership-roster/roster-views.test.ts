import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import type { PartnershipRoster } from '../../../components/partnership-roster/partnership-roster.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { readText, seedDocument, showWith } from '../../fixtures/seed-documents.js';

const rowOf = (element: Element, partner: string) =>
  [...element.shadowRoot!.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent?.trim() === partner,
  );
const cells = (row: Element | undefined) =>
  [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());

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
    expect(root.querySelector('caption')!.textContent!.trim()).to.equal('Members of the Education Leadership Group');
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Seat',
      'Representative',
      'Proxy',
      'Role',
      'Vote',
      'Term',
    ]);
    expect(cells(rowOf(roster, 'Primary Schools'))).to.deep.equal([
      'Deputy CEO, Cirrus Primary Academy Trust Deputy Chief Executive Officer, Cirrus Primary Academy Trust',
      'Head of a Cirrus Trust primary Headteacher, a Cirrus Primary Academy Trust school',
      'Member',
      'Voting',
      '1 September 2019 to 31 August 2021',
    ]);
    expect(cells(rowOf(roster, 'Chair'))[2]).to.equal('Chair');
    expect(cells(rowOf(roster, 'London Borough of Sutton: AD Education and SEND'))[3]).to.equal('Non-voting');
  });

  it('puts the roster warnings where the clerk sees them', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      today: '2019-12-10',
    });
    const warnings = roster.shadowRoot!.querySelector('[part=warnings]')!.textContent!.replace(/\s+/g, ' ');
    expect(warnings).to.contain('2 things for the clerk to check');
    expect(warnings).to.contain('Pupil Referral Units has no proxy');
    expect(warnings).to.contain('Secondary Governors: the term ends on 31 December 2019');
  });

  it('adds each seat’s attendance when a meeting is named', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      meeting: 'elg-2019-10-15',
    });
    expect(roster.shadowRoot!.querySelector('thead')!.textContent).to.contain('Attendance on 15 October 2019 at 4pm');
    expect(cells(rowOf(roster, 'Special Schools')).at(-1)).to.equal('Proxy attended');
    expect(cells(rowOf(roster, 'Pupil Referral Units')).at(-1)).to.equal('Apologies');
    expect(cells(rowOf(roster, 'Post-16/19 Colleges')).at(-1)).to.equal('Absent');
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
    expect(readText(roster)).to.contain('Primary Schools: Deputy CEO, Cirrus Primary Academy Trust');
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
    const text = readText(roster);
    expect(roster.shadowRoot!.querySelector('[part=warnings]'), 'no internal remarks on a public page').to.equal(null);
    expect(text).to.contain('Multi-Academy Trust Executive Heads: Vacant: Absent');
    expect(text).to.contain('Independent Chair: Independent Chair, Wokingham Education Partnership (Chair): ');
    expect(text).not.to.contain('Independent Chair, Independent Chair');
    expect(text).to.match(/; proxy [^:]+:/);
    await expectNoAxeViolations(roster);
  });

  it('marks a term that has ended or ends soon in the Term column', async () => {
    const roster = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      today: '2019-12-10',
    });
    expect(cells(rowOf(roster, 'Secondary Governors')).at(-1)).to.equal(
      '1 September 2017 to 31 December 2019 Ends soon',
    );
    const later = await showWith<PartnershipRoster>('partnership-roster', sutton, {
      group: 'elg',
      today: '2020-01-02',
    });
    expect(cells(rowOf(later, 'Secondary Governors')).at(-1)).to.match(/ Ended$/);
  });

  it('before a meeting with nothing recorded, attendance is not recorded yet rather than absent', async () => {
    const wokingham = await seedDocument('wokingham');
    const roster = await showWith<PartnershipRoster>('partnership-roster', wokingham, {
      group: 'wep',
      meeting: 'wep-2022-11-17',
      today: '2022-09-22',
    });
    const column = [...roster.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => cells(tr).at(-1));
    expect(new Set(column)).to.deep.equal(new Set(['Not recorded yet']));
  });

  it('says what is missing: an unknown group, an unknown meeting, a group with no seats, no groups', async () => {
    expect(readText(await showWith('partnership-roster', sutton, { group: 'xyz' }))).to.contain(
      "There is no group with the id 'xyz'",
    );
    expect(readText(await showWith('partnership-roster', sutton, { group: 'elg', meeting: 'nope' }))).to.contain(
      "There is no meeting of this group with the id 'nope'",
    );
    const empty = {
      contract: 'partnership-kit/1',
      partnership: { id: 'x', name: 'X' },
      groups: [{ id: 'new', name: 'New Board' }],
    };
    expect(readText(await showWith('partnership-roster', empty, { group: 'new' }))).to.contain(
      'The New Board has no seats yet',
    );
    const none = { contract: 'partnership-kit/1', partnership: { id: 'x', name: 'X' } };
    expect(readText(await showWith('partnership-roster', none))).to.contain('This partnership has no groups yet');
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
    const text = readText(roster);
    expect(text).to.contain('Members of the Wokingham Education Partnership');
    expect(cells(rowOf(roster, 'Multi-Academy Trust Executive Heads'))[0]).to.equal('Vacant');
    expect(cells(rowOf(roster, 'Independent Chair'))[4]).to.equal('1 April 2022 to 31 March 2024');
    expect(roster.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(17);
    expect(text).to.contain('Multi-Academy Trust Executive Heads is vacant');
    roster.remove();
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
    await waitUntil(() => readText(slow).includes('Loading'));
    await expectNoAxeViolations(slow);
    for (const src of [`/demo/nothing-here-${Math.random()}.json`, '/demo/errors/broken-document.json']) {
      const failed = document.createElement('partnership-roster');
      failed.setAttribute('src', src);
      document.body.append(failed);
      await waitUntil(() => readText(failed).includes('There is a problem'), 'the error summary', { timeout: 4000 });
      await expectNoAxeViolations(failed);
    }
  });
});
