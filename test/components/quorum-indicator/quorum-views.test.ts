import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { updateDocument } from '../../../src/data/index.js';
import { withAttendance } from '../../../src/rules/index.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { seenText, shownText } from '../../fixtures/text.js';
import { requestCount } from '../../fixtures/probe-element.js';
import { en } from '../../../src/messages/en.js';
import { attendanceRadios, chooseAttendance, shownAttendance } from './check-in-fixture.js';

const { quorum: q, checkIn: c } = en;
/** A line of text, as its parts read in a row. */
const line = (...parts: string[]) => parts.join(' ');

// The words a sighted reader sees; what a screen reader hears between them is spoken-quorum.test.ts's.
const textOf = seenText;

const requirement = (element: Element, label: string) =>
  [...element.shadowRoot!.querySelectorAll('[part=requirement]')].map(textOf).find((text) => text.startsWith(label)) ??
  '';

const verdict = (indicator: HTMLElement) => indicator.shadowRoot!.querySelector('[part=verdict]')!.textContent!;

/** The clerk's check-in for the Sutton EOG on 5 November 2019, on its own store, sending to `endpoint`. */
async function checkIn(endpoint: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const indicator = document.createElement('quorum-indicator') as HTMLElement & { updateComplete: Promise<boolean> };
  // live="off": the file served is static, so a refetch on focus would drop a change the "host" confirmed.
  const attrs = { meeting: 'eog-2019-11-05', editable: '', clerk: 'p-project-manager', endpoint, live: 'off' };
  for (const [name, value] of Object.entries({ ...attrs, src: `/demo/data/sutton.json?test=${Math.random()}` })) {
    indicator.setAttribute(name, value);
  }
  document.body.append(indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'check-in shown', { timeout: 4000 });
  return indicator;
}

describe('<quorum-indicator>', () => {
  let sutton: unknown;
  let wokingham: unknown;
  before(async () => {
    sutton = await seedDocument('sutton');
    wokingham = await seedDocument('wokingham');
  });
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('says of a meeting whose group has no seats yet what the roster says, not "Quorate"', async () => {
    // A group being set up, its first meeting called before its seats are in the document.
    type Loose = Record<string, unknown>;
    const seatless = structuredClone(sutton) as { groups: Loose[]; meetings: Loose[] };
    const elg = seatless.groups.find((group) => group.id === 'elg')!;
    seatless.groups.push({ ...elg, id: 'new-board', name: 'New Board', seats: [], previousRules: undefined });
    const first = seatless.meetings.find((meeting) => meeting.id === 'elg-2019-10-15')!;
    seatless.meetings.push({ id: 'new-board-1', group: 'new-board', start: first.start });
    const indicator = await showWith('quorum-indicator', seatless, { meeting: 'new-board-1' });
    const text = shownText(indicator);
    expect(text).to.include(en.roster.noSeats('New Board'));
    expect(text).not.to.include(q.quorate);
    await expectNoAxeViolations(indicator);
  });

  it('says a quorate meeting is quorate, in words, with present and needed', async () => {
    const indicator = await showWith('quorum-indicator', sutton, { meeting: 'elg-2019-10-15' });
    expect(shownText(indicator)).to.contain(
      q.heading('Education Leadership Group', en.format.dateTime('2019-10-15T16:00:00+01:00')),
    );
    expect(verdict(indicator).replace(/\s+/g, ' ')).to.contain(q.quorate);
    expect(indicator.shadowRoot!.querySelector('[part=verdict] .tag--green')).not.to.equal(null);
    expect(requirement(indicator, 'Half of the voting seats')).to.equal(
      line(
        'Half of the voting seats',
        q.presentOfNeeded(8, 5),
        q.met,
        q.absentTitle,
        q.missingSeat('Post-16/19 Colleges', 'Curriculum Manager, Supported Learning, STCG'),
        q.withApologies(q.missingSeat('Pupil Referral Units', 'Head of Limes College')),
      ),
    );
    await expectNoAxeViolations(indicator);
  });

  it('writes no white space between the boxes of a verdict or a requirement', async () => {
    // Each run of it would be a text node in every render, shown nowhere (issue 12).
    const indicator = await showWith('quorum-indicator', sutton, { meeting: 'elg-2019-10-15' });
    const boxes = indicator.shadowRoot!.querySelectorAll(
      'section, .verdict, .requirements, .requirement, .requirement__head',
    );
    for (const box of boxes) {
      const blank = [...box.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && !node.textContent!.trim());
      expect(blank, `in ${box.localName}.${box.className}`).to.deep.equal([]);
    }
  });

  it('says who is missing for each requirement, by seat and person (once, when the person is named by the seat’s post)', async () => {
    const indicator = await showWith('quorum-indicator', sutton, { meeting: 'eog-2019-11-05' });
    expect(shownText(indicator)).to.contain(q.notQuorate);
    expect(requirement(indicator, 'All core members')).to.equal(
      line(
        'All core members',
        q.proxiesDoNotCount,
        q.presentOfNeeded(2, 3),
        q.notMet,
        q.missingTitle,
        // Its holder sent apologies, which a minute lists apart from absence.
        q.withApologies(q.missingSeat('AD Education and SEND', 'AD Education and SEND')),
      ),
    );
    await expectNoAxeViolations(indicator);
  });

  it('names the seats a requirement leaves out as no one was in post on the meeting’s date', async () => {
    // The AD Education and SEND left their own seat for the chair's on 1 December 2019: two core members remain.
    // Their seat's term ended on 30 November and none followed: named so, as the roster names it, not "vacant".
    const indicator = await showWith('quorum-indicator', sutton, { meeting: 'eog-2019-12-03' });
    expect(shownText(indicator)).to.contain(q.quorate);
    expect(requirement(indicator, 'All core members')).to.equal(
      line(
        'All core members',
        q.proxiesDoNotCount,
        q.presentOfNeeded(2, 2),
        q.met,
        q.termEndedNotCounted(q.termEndedSeat('AD Education and SEND', '2019-11-30')),
      ),
    );
  });

  it('checks each of Wokingham’s three requirements of two', async () => {
    const indicator = await showWith('quorum-indicator', wokingham, { meeting: 'wep-2022-02-24' });
    expect(shownText(indicator)).to.contain(q.notQuorate);
    expect(requirement(indicator, 'Two from Schools Forum')).to.contain(line(q.presentOfNeeded(0, 2), q.notMet));
    expect(requirement(indicator, 'Two from Schools Forum')).to.contain(
      q.missingSeat('Schools Forum (primary)', 'Schools Forum Member 1'),
    );
    expect(requirement(indicator, 'Two from the Primary Heads Association')).to.contain(
      line(q.presentOfNeeded(4, 2), q.met),
    );
    const quorate = await showWith('quorum-indicator', wokingham, { meeting: 'wep-2022-09-22' });
    expect(shownText(quorate)).to.contain(q.quorateSummary);
  });

  it('updates at once when the document in the store changes', async () => {
    // The query makes a store of its own: the file is the same, the URL is not.
    const src = `/demo/data/sutton.json?test=${Math.random()}`;
    const indicator = document.createElement('quorum-indicator');
    indicator.setAttribute('src', src);
    indicator.setAttribute('meeting', 'eog-2019-11-05');
    document.body.append(indicator);
    await waitUntil(() => shownText(indicator).includes(q.notQuorate), 'loaded', { timeout: 4000 });
    updateDocument(src, (doc) =>
      withAttendance(doc, {
        id: 'c1',
        meeting: 'eog-2019-11-05',
        seat: 'eog-ad-send',
        attendance: 'holder',
        by: 'p-project-manager',
        at: '2019-11-05T10:05:00Z',
      }),
    );
    await indicator.updateComplete;
    expect(shownText(indicator)).to.contain(q.quorate).and.not.contain(q.notQuorate);
  });

  it('tells a web officer about a missing or unknown meeting', async () => {
    expect(shownText(await showWith('quorum-indicator', sutton))).to.contain(q.noMeeting);
    expect(shownText(await showWith('quorum-indicator', sutton, { meeting: 'elg-2030-01-01' }))).to.contain(
      "There is no meeting with the id 'elg-2030-01-01'. Set the meeting attribute to one of: elg-2019-09-10,",
    );
  });

  it('the clerk’s check-in: arrow keys send nothing, Save sends once and the verdict moves at once', async () => {
    const key = `e-${Math.random()}`;
    const indicator = await checkIn(`/__respond?status=201&key=${key}`);
    await expectNoAxeViolations(indicator);
    const seat = 'AD Education and SEND';
    attendanceRadios(indicator, seat)
      .find((radio) => radio.checked)!
      .focus();
    // The seat has no proxy: apologies → absent → apologies → holder present, three choices.
    for (const press of ['ArrowDown', 'ArrowUp', 'ArrowUp']) await sendKeys({ press });
    expect(shownAttendance(indicator, seat)).to.equal('holder');
    await indicator.updateComplete;
    expect(verdict(indicator), 'nothing saved yet').to.contain(q.notQuorate);
    await sendKeys({ press: 'Tab' });
    expect(indicator.shadowRoot!.activeElement!.textContent).to.contain(c.save);
    await sendKeys({ press: 'Enter' });
    await indicator.updateComplete;
    expect(verdict(indicator)).to.contain(q.quorate).and.not.contain(q.notQuorate);
    await waitUntil(() => shownText(indicator).includes(c.saved('AD Education and SEND')), 'saved', {
      timeout: 4000,
    });
    expect(await requestCount(key), 'one record for three key presses').to.equal(1);
  });

  it('puts the radios and the verdict back when the host refuses a change', async () => {
    const indicator = await checkIn(
      `/__respond?status=422&refuseRecord=1&type=application/json&body=%7B%22error%22%3A%22No.%22%7D`,
    );
    const seat = 'AD Education and SEND';
    const before = shownAttendance(indicator, seat);
    chooseAttendance(indicator, seat, 'holder');
    await indicator.updateComplete;
    attendanceRadios(indicator, seat)[0]!
      .closest('fieldset')!
      .nextElementSibling!.dispatchEvent(new MouseEvent('click'));
    const refused = c.rejected('AD Education and SEND', '').trim();
    await waitUntil(() => shownText(indicator).includes(refused), 'refused', { timeout: 4000 });
    await indicator.updateComplete;
    expect(verdict(indicator)).to.contain(q.notQuorate);
    expect(before).not.to.equal('holder');
    expect(shownAttendance(indicator, seat)).to.equal(before);
  });

  it('before a meeting with nothing recorded: what it will need, not "not quorate"', async () => {
    const indicator = await showWith('quorum-indicator', wokingham, { meeting: 'wep-2022-11-17', today: '2022-09-22' });
    const text = shownText(indicator);
    expect(text)
      .to.contain(q.notYet)
      .and.contain(q.notYetSummary(en.format.dateTime('2022-11-17T16:00:00+00:00')));
    expect(text).not.to.contain(q.notQuorate).and.not.to.contain(q.missingTitle);
    expect(indicator.shadowRoot!.querySelector('[part=verdict] .tag--grey')).not.to.equal(null);
    expect(requirement(indicator, 'Two from Schools Forum')).to.equal(line('Two from Schools Forum', q.needed(2)));
    await expectNoAxeViolations(indicator);
    const dayAfter = await showWith('quorum-indicator', wokingham, { meeting: 'wep-2022-11-17', today: '2022-11-18' });
    expect(shownText(dayAfter), 'after the day, nobody recorded is nobody here').to.contain(q.notQuorate);
  });

  it('axe finds nothing while loading or on a failure', async () => {
    const loading = document.createElement('quorum-indicator');
    loading.setAttribute(
      'src',
      `/__respond?status=200&delayMs=3000&type=application/json&body=%7B%7D&key=${Math.random()}`,
    );
    loading.setAttribute('meeting', 'm');
    document.body.append(loading);
    await waitUntil(() => shownText(loading).includes(en.shared.loading));
    await expectNoAxeViolations(loading);
    const failed = document.createElement('quorum-indicator');
    failed.setAttribute('src', '/demo/errors/broken-document.json');
    document.body.append(failed);
    await waitUntil(() => failed.shadowRoot?.querySelector('[part=error-summary]'), 'error shown', { timeout: 4000 });
    await expectNoAxeViolations(failed);
  });
});
