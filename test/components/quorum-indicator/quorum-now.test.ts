// Contract 1.1 in the quorum indicator: during a meeting, quorum now and who
// is in the room; arrivals and departures with their times; and the clerk's
// check-in, which offers only what the core allows, checks a seat out, and
// puts the seat's entry back exactly when the host refuses a change.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { updateDocument } from '../../../src/data/index.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { showWith } from '../../fixtures/show-element.js';
import { laidOutText, seenText, shownText } from '../../fixtures/text.js';
import { documentUrl, requestCount, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { at, rulesInput, type MeetingInput, type ProposalInput } from '../../fixtures/documents.js';
import { en } from '../../../src/messages/en.js';
import { registerMessages } from '../../../src/messages/index.js';
import { attendanceRadios, chooseAttendance } from './check-in-fixture.js';

const { quorum: q, checkIn: c } = en;
const time = (hhmm: string) => en.format.time(at(hhmm));
/** A line of text, as its parts read in a row. */
const line = (...parts: string[]) => parts.join(' ');
/** A seat's Save and Check out buttons, as a screen reader reads them. */
const saveFor = (seat: string) => line(c.save, c.saveFor(seat));
const checkOutFor = (seat: string) => line(c.checkOut, c.checkOutFor(seat));

type Indicator = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/**
 * The board (Chair, Primary, Secondary, Special voting; half of them needed)
 * meets from 4pm to 6pm on 15 October 2019. Cara (Chair) came at 4pm; Amy,
 * Primary's proxy, at 4:05pm until Ann, its holder, came at 4:40pm; Ben
 * (Secondary) from 4:10pm to 4:30pm; Special sent apologies.
 */
const ATTENDANCE: MeetingInput['attendance'] = {
  chair: { as: 'holder', arrived: at('16:00') },
  primary: [
    { as: 'proxy', arrived: at('16:05'), left: at('16:40') },
    { as: 'holder', arrived: at('16:40') },
  ],
  secondary: { as: 'holder', arrived: at('16:10'), left: at('16:30') },
  special: 'apologies',
};

function meetingDocument(meeting: Partial<MeetingInput> = {}, proposal: Partial<ProposalInput> = {}) {
  return rulesInput({
    group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    meeting: { end: at('18:00'), attendance: ATTENDANCE, ...meeting },
    proposal,
  });
}

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~=${name}]`);
const textOf = laidOutText;
// What each item shows; the pauses a screen reader hears in it are spoken-quorum.test.ts's.
const items = (node: Element | null) => [...(node?.querySelectorAll('li') ?? [])].map((li) => seenText(li));

/** The check-in on a store of its own (so changes apply at once), sending to `endpoint`. */
async function checkIn(doc: unknown, attrs: Record<string, string>): Promise<{ indicator: Indicator; src: string }> {
  const src = documentUrl(doc, uniqueKey('meeting'));
  const indicator = document.createElement('quorum-indicator') as Indicator;
  for (const [name, value] of Object.entries({ meeting: 'm', editable: '', clerk: 'cara', src, ...attrs })) {
    indicator.setAttribute(name, value);
  }
  document.body.append(indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=verdict]'), 'loaded', { timeout: 4000 });
  return { indicator, src };
}

/** The document in the store at `src`, as every element on the page sees it. */
function stored(src: string): PartnershipDocument {
  let found: PartnershipDocument | undefined;
  updateDocument(src, (doc) => (found = doc));
  return found!;
}

/** The start of what the check-in says when the host refuses a seat's change (the host's reason follows). */
const refused = (seat: string) => c.rejected(seat, '').trim();

const button = (indicator: Element, name: string) =>
  [...indicator.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === name);

/**
 * An attendance entry with its times as instants to the minute: the element's
 * clock runs on from `now` while the test runs, and writes UTC.
 */
function toTheMinute(entry: unknown): unknown {
  const minute = (time?: string) => (time === undefined ? undefined : Math.floor(Date.parse(time) / 60_000));
  const span = (s: { as: string; arrived?: string; left?: string }) => ({
    as: s.as,
    arrived: minute(s.arrived),
    left: minute(s.left),
  });
  if (typeof entry === 'string' || entry === undefined) return entry;
  return Array.isArray(entry) ? entry.map(span) : span(entry as Parameters<typeof span>[0]);
}

describe('<quorum-indicator> during a meeting', () => {
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('shows quorum now and who is in the room, besides the meeting as a whole', async () => {
    const indicator = await showWith<Indicator>('quorum-indicator', meetingDocument(), {
      meeting: 'm',
      now: at('16:35'),
    });
    const now = part(indicator, 'now')!;
    expect(textOf(now.querySelector('h3'))).to.equal(q.nowHeading(time('16:35')));
    expect(textOf(part(indicator, 'now-verdict'))).to.contain(q.quorateNow);
    expect(seenText(now.querySelector('[part=requirement]'))).to.equal(
      line(
        'Half of the voting seats',
        q.presentNow(2, 2),
        q.met,
        q.notInRoomTitle,
        q.missingSeat('Secondary', 'Ben'),
        q.withApologies(q.missingSeat('Special', 'Sam')),
      ),
    );
    expect(items(part(indicator, 'in-room'))).to.deep.equal([
      q.inRoom('Chair', 'Cara', 'holder', time('16:00')),
      q.inRoom('Primary', 'Amy', 'proxy', time('16:05')),
    ]);
    expect(shownText(indicator)).to.contain(q.wholeMeetingHeading);
    expect(textOf(part(indicator, 'verdict'))).to.contain(q.quorate);
    expect(textOf(indicator.shadowRoot!.querySelector('ul.requirements > [part=requirement]:not(.now *)'))).to.contain(
      q.presentOfNeeded(3, 2),
    );
    await expectNoAxeViolations(indicator);
  });

  it('moves with now: after Ben left and before Ann came, the room changes', async () => {
    const indicator = await showWith<Indicator>('quorum-indicator', meetingDocument(), {
      meeting: 'm',
      now: at('16:20'),
    });
    expect(items(part(indicator, 'in-room'))).to.deep.equal([
      q.inRoom('Chair', 'Cara', 'holder', time('16:00')),
      q.inRoom('Primary', 'Amy', 'proxy', time('16:05')),
      q.inRoom('Secondary', 'Ben', 'holder', time('16:10')),
    ]);
    indicator.setAttribute('now', at('16:45'));
    await indicator.updateComplete;
    expect(items(part(indicator, 'in-room'))).to.deep.equal([
      q.inRoom('Chair', 'Cara', 'holder', time('16:00')),
      q.inRoom('Primary', 'Ann', 'holder', time('16:40')),
    ]);
  });

  it('lists arrivals and departures with their times, during the meeting and after it', async () => {
    const expected = [
      line(time('16:00'), q.movement('Chair', 'Cara', 'holder', 'arrived')),
      line(time('16:05'), q.movement('Primary', 'Amy', 'proxy', 'arrived')),
      line(time('16:10'), q.movement('Secondary', 'Ben', 'holder', 'arrived')),
      line(time('16:30'), q.movement('Secondary', 'Ben', 'holder', 'left')),
      line(time('16:40'), q.movement('Primary', 'Amy', 'proxy', 'left')),
      line(time('16:40'), q.movement('Primary', 'Ann', 'holder', 'arrived')),
    ];
    const during = await showWith<Indicator>('quorum-indicator', meetingDocument(), { meeting: 'm', now: at('17:00') });
    expect(items(part(during, 'movements'))).to.deep.equal(expected);
    expect(part(during, 'movements')!.querySelector('time')!.getAttribute('datetime')).to.equal(at('16:00'));
    const after = await showWith<Indicator>('quorum-indicator', meetingDocument(), { meeting: 'm', now: at('19:00') });
    expect(part(after, 'now'), 'no "now" once the meeting has ended').to.equal(null);
    expect(items(part(after, 'movements'))).to.deep.equal(expected);
    await expectNoAxeViolations(after);
  });

  it('lists no arrival or departure still to come by its clock while the meeting is on', async () => {
    const during = await showWith<Indicator>('quorum-indicator', meetingDocument(), { meeting: 'm', now: at('16:35') });
    expect(items(part(during, 'movements'))).to.deep.equal([
      line(time('16:00'), q.movement('Chair', 'Cara', 'holder', 'arrived')),
      line(time('16:05'), q.movement('Primary', 'Amy', 'proxy', 'arrived')),
      line(time('16:10'), q.movement('Secondary', 'Ben', 'holder', 'arrived')),
      line(time('16:30'), q.movement('Secondary', 'Ben', 'holder', 'left')),
    ]);
  });

  it('takes a check-out the host stamped seconds ahead of its clock as done: the seat leaves the room now', async () => {
    // The host's clock runs two seconds ahead of the page's: Ben's departure is stamped 16:30:02.
    const ahead = {
      ...ATTENDANCE,
      secondary: { as: 'holder' as const, arrived: at('16:10'), left: '2019-10-15T16:30:02+01:00' },
    };
    const indicator = await showWith<Indicator>('quorum-indicator', meetingDocument({ attendance: ahead }), {
      meeting: 'm',
      now: at('16:30'),
    });
    expect(items(part(indicator, 'in-room'))).to.deep.equal([
      q.inRoom('Chair', 'Cara', 'holder', time('16:00')),
      q.inRoom('Primary', 'Amy', 'proxy', time('16:05')),
    ]);
    expect(items(part(indicator, 'movements')).at(-1)).to.equal(
      line(time('16:30'), q.movement('Secondary', 'Ben', 'holder', 'left')),
    );
  });

  it('says a change of quorum once: one verdict is live, quorum now during the meeting, the whole after it', async () => {
    const live = (indicator: Element) => [...indicator.shadowRoot!.querySelectorAll('[role=status], [aria-live]')];
    const verdicts = (indicator: Element) =>
      live(indicator).filter((region) => region.matches('[part=verdict], [part=now-verdict]'));
    const during = await showWith<Indicator>('quorum-indicator', meetingDocument(), { meeting: 'm', now: at('16:35') });
    expect(verdicts(during).map((region) => region.getAttribute('part'))).to.deep.equal(['now-verdict']);
    // Quorum lost, as the live feed brings it: Chair alone in the room, and alone at the meeting.
    const before = new Map(live(during).map((region) => [region, textOf(region)]));
    during.data = meetingDocument({
      attendance: { chair: { as: 'holder', arrived: at('16:00') }, special: 'apologies' },
    });
    await during.updateComplete;
    expect(textOf(part(during, 'verdict')), 'the meeting as a whole changed too').to.contain(q.notQuorate);
    const changed = live(during).filter((region) => before.get(region) !== textOf(region));
    expect(changed.map((region) => region.getAttribute('part'))).to.deep.equal(['now-verdict']);
    expect(textOf(changed[0] ?? null)).to.contain(q.notQuorateNowSummary(1));
    const after = await showWith<Indicator>('quorum-indicator', meetingDocument(), { meeting: 'm', now: at('19:00') });
    expect(verdicts(after).map((region) => region.getAttribute('part'))).to.deep.equal(['verdict']);
  });

  it('says of the meeting as a whole, while it is on, who has attended so far, not that it can take decisions', async () => {
    // At 4:35pm Cara is alone in the room: not quorate now, though over the meeting so far it is.
    const emptied = meetingDocument({
      attendance: {
        chair: { as: 'holder', arrived: at('16:00') },
        primary: { as: 'proxy', arrived: at('16:05'), left: at('16:20') },
        secondary: { as: 'holder', arrived: at('16:10'), left: at('16:30') },
      },
    });
    const during = await showWith<Indicator>('quorum-indicator', emptied, { meeting: 'm', now: at('16:35') });
    expect(textOf(part(during, 'now-verdict'))).to.contain(q.notQuorateNow);
    expect(textOf(part(during, 'verdict'))).to.contain(q.quorateSoFarSummary);
    expect(shownText(during)).not.to.contain(q.quorateSummary);
    const after = await showWith<Indicator>('quorum-indicator', emptied, { meeting: 'm', now: at('19:00') });
    expect(textOf(part(after, 'verdict'))).to.contain(q.quorateSummary);
    const alone = meetingDocument({ attendance: { chair: { as: 'holder', arrived: at('16:00') } } });
    const aloneDuring = await showWith<Indicator>('quorum-indicator', alone, { meeting: 'm', now: at('16:35') });
    expect(textOf(part(aloneDuring, 'verdict'))).to.contain(q.notQuorateSoFarSummary(1));
  });

  it('before the meeting: no "now", and "not yet known" comes from the core', async () => {
    const doc = meetingDocument({ attendance: {} });
    const morning = await showWith<Indicator>('quorum-indicator', doc, { meeting: 'm', now: at('09:00') });
    expect(part(morning, 'now')).to.equal(null);
    expect(textOf(part(morning, 'verdict'))).to.contain(q.notYet);
    const started = await showWith<Indicator>('quorum-indicator', doc, { meeting: 'm', now: at('16:02') });
    expect(textOf(part(started, 'now-verdict'))).to.contain(q.notQuorateNow);
    expect(shownText(started)).to.contain(q.nobodyInRoom);
    expect(textOf(part(started, 'verdict')), 'the meeting as a whole is not yet known').to.contain(q.notYet);
    await expectNoAxeViolations(started);
    const nextDay = await showWith<Indicator>('quorum-indicator', doc, {
      meeting: 'm',
      now: at('10:00', '2019-10-16'),
    });
    expect(textOf(part(nextDay, 'verdict'))).to.contain(q.notQuorate);
    // Ended at 6pm with nobody recorded: not quorate that evening, as the core says, not "not yet known" till midnight.
    const evening = await showWith<Indicator>('quorum-indicator', doc, { meeting: 'm', now: at('19:00') });
    expect(textOf(part(evening, 'verdict'))).to.contain(q.notQuorate);
  });
});

describe('<quorum-indicator>: the clerk’s check-in during a meeting', () => {
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('offers only the values the core allows, and Check out only for a seat in the room', async () => {
    const { indicator } = await checkIn(meetingDocument(), { now: at('16:35'), endpoint: respondUrl({ status: 201 }) });
    const rows = [...indicator.shadowRoot!.querySelectorAll('table[part=check-in] tbody tr')];
    const options = (row: Element) =>
      [...row.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((radio) => radio.value);
    const byLabel = Object.fromEntries(rows.map((row) => [textOf(row.querySelector('th')), row]));
    expect(options(byLabel['Special']!), 'Special has no proxy').to.deep.equal(['holder', 'apologies', 'absent']);
    expect(options(byLabel['Primary']!)).to.deep.equal(['holder', 'proxy', 'apologies', 'absent']);
    const checkOut = (row: Element) =>
      [...row.querySelectorAll('button')].some((b) => textOf(b).startsWith(c.checkOut));
    expect(checkOut(byLabel['Chair']!)).to.equal(true);
    expect(checkOut(byLabel['Primary']!)).to.equal(true);
    expect(checkOut(byLabel['Secondary']!), 'Ben has left').to.equal(false);
    expect(textOf(byLabel['Secondary']!), 'the radios still say who attended').to.contain(c.leftAt(time('16:30')));
    expect(textOf(byLabel['Chair']!)).not.to.contain(c.leftAt(time('16:30')).slice(0, 4));
    // A screen reader entering the radios hears "Representative present" and, with the group, when they left.
    const described = byLabel['Secondary']!.querySelector('fieldset')!.getAttribute('aria-describedby')!;
    expect(textOf(indicator.shadowRoot!.getElementById(described))).to.equal(c.leftAt(time('16:30')));
    expect(byLabel['Chair']!.querySelector('fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(checkOut(byLabel['Special']!)).to.equal(false);
    expect(checkOut(byLabel[en.roles.adviser]!), 'a seat with neither label nor partner is named by its role').to.equal(
      false,
    );
    await expectNoAxeViolations(indicator);
  });

  it('keyboard: Tab to Primary’s Check out and press Enter; one record, and Ann leaves the room at once', async () => {
    const key = uniqueKey('check-out');
    const { indicator, src } = await checkIn(meetingDocument(), {
      now: at('16:45'),
      endpoint: respondUrl({ status: 201, key }),
    });
    attendanceRadios(indicator, 'Primary')
      .find((radio) => radio.checked)!
      .focus();
    // The radios are one Tab stop: the next is the seat's Save.
    await sendKeys({ press: 'Tab' });
    expect(textOf(indicator.shadowRoot!.activeElement)).to.equal(saveFor('Primary'));
    await sendKeys({ press: 'Tab' });
    expect(textOf(indicator.shadowRoot!.activeElement)).to.equal(checkOutFor('Primary'));
    await sendKeys({ press: 'Enter' });
    await indicator.updateComplete;
    expect(items(part(indicator, 'in-room'))).to.deep.equal([q.inRoom('Chair', 'Cara', 'holder', time('16:00'))]);
    expect(items(part(indicator, 'movements')).at(-1)).to.equal(
      line(time('16:45'), q.movement('Primary', 'Ann', 'holder', 'left')),
    );
    expect(toTheMinute(stored(src).meetings[0]!.attendance['primary'])).to.deep.equal(
      toTheMinute([
        { as: 'proxy', arrived: at('16:05'), left: at('16:40') },
        { as: 'holder', arrived: at('16:40'), left: at('16:45') },
      ]),
    );
    await waitUntil(() => shownText(indicator).includes(c.saved('Primary')), 'saved', { timeout: 4000 });
    expect(await requestCount(key)).to.equal(1);
    expect(button(indicator, checkOutFor('Primary')), 'no longer in the room').to.equal(undefined);
    // Focus went with the button only as far as the seat's first button, its Save, which for a seat whose person has
    // left now says what it does: it checks them back in (check-back-in.test.ts).
    expect(textOf(indicator.shadowRoot!.activeElement)).to.equal(line(c.checkBackIn, c.checkBackInFor('Primary')));
  });

  it('checks a seat in as it arrives: Special’s holder, stamped with the element’s clock', async () => {
    const { indicator, src } = await checkIn(meetingDocument(), {
      now: at('16:50'),
      endpoint: respondUrl({ status: 201 }),
    });
    chooseAttendance(indicator, 'Special', 'holder');
    await indicator.updateComplete;
    button(indicator, saveFor('Special'))!.click();
    await indicator.updateComplete;
    expect(toTheMinute(stored(src).meetings[0]!.attendance['special'])).to.deep.equal(
      toTheMinute({ as: 'holder', arrived: at('16:50') }),
    );
    expect(items(part(indicator, 'in-room'))).to.include(q.inRoom('Special', 'Sam', 'holder', time('16:50')));
  });

  it('puts the seat’s entry back exactly when the host refuses a check-out', async () => {
    const refusal = respondUrl({ refuseRecord: true, status: 422, body: JSON.stringify({ error: 'No.' }) });
    const { indicator, src } = await checkIn(meetingDocument(), { now: at('16:45'), endpoint: refusal });
    const before = structuredClone(stored(src).meetings[0]!.attendance['primary']);
    button(indicator, checkOutFor('Primary'))!.click();
    await indicator.updateComplete;
    expect(stored(src).meetings[0]!.attendance['primary']).not.to.deep.equal(before);
    await waitUntil(() => shownText(indicator).includes(refused('Primary')), 'refused', { timeout: 4000 });
    await indicator.updateComplete;
    expect(stored(src).meetings[0]!.attendance['primary']).to.deep.equal(before);
    expect(items(part(indicator, 'in-room'))).to.include(q.inRoom('Primary', 'Ann', 'holder', time('16:40')));
  });

  it('sends nothing when the core’s change leaves the entry as it is; puts a seat not listed back to not listed', async () => {
    const refusal = respondUrl({ refuseRecord: true, status: 422, body: JSON.stringify({ error: 'No.' }) });
    const doc = meetingDocument({ attendance: { chair: 'holder', special: 'apologies' } });
    const { indicator, src } = await checkIn(doc, { now: at('09:00', '2019-10-20'), endpoint: refusal });
    button(indicator, saveFor('Special'))!.click();
    await indicator.updateComplete;
    expect(shownText(indicator)).to.contain(c.unchanged('Special'));
    chooseAttendance(indicator, 'Secondary', 'apologies');
    await indicator.updateComplete;
    button(indicator, saveFor('Secondary'))!.click();
    await indicator.updateComplete;
    expect(stored(src).meetings[0]!.attendance['secondary']).to.equal('apologies');
    await waitUntil(() => shownText(indicator).includes(refused('Secondary')), 'refused', { timeout: 4000 });
    expect(Object.hasOwn(stored(src).meetings[0]!.attendance, 'secondary')).to.equal(false);
  });

  it('speaks the language of its lang attribute, live, the check-in’s last word too', async () => {
    registerMessages('x-quorum-test', {
      quorum: { nowHeading: (t: string) => `Nawr, am ${t}` },
      checkIn: { saved: (seat: string) => `Wedi cadw: ${seat}`, save: 'Cadw' },
    });
    const { indicator } = await checkIn(meetingDocument(), { now: at('16:50'), endpoint: respondUrl({ status: 201 }) });
    chooseAttendance(indicator, 'Special', 'holder');
    await indicator.updateComplete;
    button(indicator, saveFor('Special'))!.click();
    await waitUntil(() => shownText(indicator).includes(c.saved('Special')), 'saved', { timeout: 4000 });
    indicator.setAttribute('lang', 'x-quorum-test');
    await waitUntil(() => shownText(indicator).includes('Wedi cadw: Special'), 'in the new language', {
      timeout: 4000,
    });
    expect(shownText(indicator)).not.to.contain(c.saved('Special'));
    expect(textOf(part(indicator, 'now')!.querySelector('h3'))).to.equal(`Nawr, am ${time('16:50')}`);
    expect(button(indicator, line('Cadw', c.saveFor('Primary'))), 'the check-in’s buttons too').not.to.equal(undefined);
    indicator.removeAttribute('lang');
    await waitUntil(() => shownText(indicator).includes(c.saved('Special')), 'back in English', { timeout: 4000 });
  });

  it('is shown only to the clerk or chair the core allows', async () => {
    const { indicator } = await checkIn(meetingDocument(), {
      clerk: 'ben',
      now: at('16:35'),
      endpoint: respondUrl({ status: 201 }),
    });
    expect(indicator.shadowRoot!.querySelector('[part=check-in]')).to.equal(null);
    expect(shownText(indicator)).to.contain(c.notPermitted('Ben', 'Education Leadership Group'));
  });

  it('once a proposal decided at the meeting is closed, offers no change and says why', async () => {
    const { indicator } = await checkIn(meetingDocument({}, { status: 'closed' }), {
      now: at('17:30'),
      endpoint: respondUrl({ status: 201 }),
    });
    expect(indicator.shadowRoot!.querySelector('[part=check-in] input')).to.equal(null);
    expect(indicator.shadowRoot!.querySelector('[part=check-in] button')).to.equal(null);
    expect(shownText(indicator)).to.contain(c.fixed('meeting-decided'));
    await expectNoAxeViolations(indicator);
  });
});
