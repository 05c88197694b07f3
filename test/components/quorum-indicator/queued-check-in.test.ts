// <quorum-indicator editable>: an attendance change the outbox holds behind
// another (it sends one record at a time, in order) is on its seat's row from
// the moment it is saved on this device: waiting, then being sent, then gone
// once the host has it, or refused with the reason, kept until the next change
// to the seat. The status region says it is waiting once. The host here is the
// indicator's `submit`, answered by the test.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { Attendance, PartnershipDocument } from '../../../src/contract/index.js';
import type { SubmitFunction } from '../../../src/data/index.js';
import type { AttendanceChange } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { namesIn } from '../../../src/messages/index.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import {
  anotherAttendance,
  attendanceRadios,
  chooseAttendance,
  eogCheckIn,
  shownAttendance,
} from './check-in-fixture.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { listenForAnnouncements } from '../../harness/announcements.js';

type Indicator = HTMLElement & { updateComplete: Promise<boolean>; submit?: SubmitFunction };

/** A host whose every answer the test gives: each record waits in `sent` until answered. */
function heldHost() {
  type Answer = Awaited<ReturnType<SubmitFunction>>;
  const sent: { change: AttendanceChange; answer: (value: Answer) => void; fail: () => void }[] = [];
  const submit: SubmitFunction = (record) =>
    new Promise<Answer>((resolve, reject) => {
      sent.push({ change: record as AttendanceChange, answer: resolve, fail: () => reject(new Error('down')) });
    });
  return { sent, submit };
}

/** The Sutton EOG's meeting of 5 November 2019, checked in by its clerk, its changes sent to `host`. */
async function checkIn(host: ReturnType<typeof heldHost>, lang = 'en', more = {}): Promise<Indicator> {
  const indicator: Indicator = eogCheckIn({ lang, ...more });
  indicator.submit = host.submit;
  document.body.append(indicator);
  await until(() => !!indicator.shadowRoot?.querySelector('[part=check-in] fieldset'), 'check-in shown');
  return indicator;
}

const rows = (indicator: Indicator) => [...shadowOf(indicator).querySelectorAll('[part=check-in] tbody tr')];
const seatOf = (row: Element) => textOf(row.querySelector('th'));
/** The seat rows with attendance radios, in order: the clerk may change these. */
const changeable = (indicator: Indicator) => rows(indicator).filter((row) => row.querySelector('fieldset'));
const rowFor = (indicator: Indicator, seat: string) => {
  const row = rows(indicator).find((r) => seatOf(r) === seat);
  if (!row) throw new Error(`no row for "${seat}"`);
  return row;
};
/** What the seat's row says of its latest change not on the server yet; '' when nothing. */
const noteOf = (indicator: Indicator, seat: string) => textOf(rowFor(indicator, seat).querySelector('.change-note'));
/** What the check-in lists of its changes to meetings it no longer shows, in order. */
const otherMeetings = (indicator: Indicator) =>
  [...shadowOf(indicator).querySelectorAll('.other-meetings li')].map((item) => textOf(item));
/** The check-in's status region, under its table (the verdict above has its own). */
const announcement = (indicator: Indicator) => textOf(shadowOf(indicator).querySelector('.check-in + [role="status"]'));

/** Half an hour into the meeting: everyone recorded present is in the room, and may be checked out. */
const DURING = '2019-11-05T10:30:00+00:00';
const checkOutButtons = (indicator: Indicator, seat: string) =>
  [...rowFor(indicator, seat).querySelectorAll<HTMLButtonElement>('.check-in__edit button')].filter((b) =>
    textOf(b).startsWith(en.checkIn.checkOut),
  );
/** The seats in the room, in order: each may be checked out. */
const inTheRoom = (indicator: Indicator) =>
  rows(indicator)
    .map(seatOf)
    .filter((seat) => checkOutButtons(indicator, seat).length > 0);
const checkOutButton = (indicator: Indicator, seat: string) => {
  const [button] = checkOutButtons(indicator, seat);
  if (!button) throw new Error(`no Check out for "${seat}"`);
  return button;
};

/** Chooses an attendance other than the seat's recorded one and presses Save; returns what was chosen. */
async function saveOther(indicator: Indicator, seat: string): Promise<Attendance> {
  const other = anotherAttendance(indicator, seat) as Attendance;
  chooseAttendance(indicator, seat, other);
  await indicator.updateComplete;
  rowFor(indicator, seat).querySelector<HTMLButtonElement>('.check-in__edit button')!.click();
  return other;
}

/** A check-in with one change (the first changeable seat's) being sent and unanswered. */
async function oneBeingSent(host: ReturnType<typeof heldHost>, lang = 'en') {
  const indicator = await checkIn(host, lang);
  const [first, second] = changeable(indicator).map(seatOf);
  if (!first || !second) throw new Error('two seats the clerk may change');
  const firstAsked = await saveOther(indicator, first);
  await until(() => host.sent.length === 1, 'the first change is sent');
  return { indicator, first, second, firstAsked };
}

/** The document the check-in shows, as the host serves it: the kit's sentences name its seats from it. */
async function sutton(): Promise<PartnershipDocument> {
  return (await (await fetch('/demo/data/sutton.json')).json()) as PartnershipDocument;
}

afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

describe('<quorum-indicator editable>: a check-in waiting behind another', function () {
  this.timeout(20_000);
  failOnPageErrors();
  const c = en.checkIn;

  it('is on its seat’s row as saved on this device and waiting, said once; then sending; then gone once saved', async () => {
    const host = heldHost();
    const { indicator, first, second, firstAsked } = await oneBeingSent(host);
    await until(() => noteOf(indicator, first) === c.change.sending(c.options[firstAsked]), 'first: sending');

    const asked = await saveOther(indicator, second);
    const waiting = c.change.waiting(c.options[asked]);
    await until(() => noteOf(indicator, second) === waiting, 'second: saved here, waiting');
    expect(announcement(indicator)).to.equal(c.waiting(second));
    expect(host.sent, 'one record at a time').to.have.length(1);
    const note = rowFor(indicator, second).querySelector('.change-note');
    expect(note?.closest('[role="status"], [aria-live]'), 'said by the status region only, not twice').to.equal(null);

    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent in its turn');
    await until(() => noteOf(indicator, first) === '', 'first: nothing more to say once saved');
    await until(() => noteOf(indicator, second) === c.change.sending(c.options[asked]), 'second: sending');
    expect(announcement(indicator), 'waiting is said once, not again when its turn comes').to.equal(c.saved(first));

    host.sent[1]!.answer();
    await until(() => noteOf(indicator, second) === '', 'second: nothing more once saved');
    expect(announcement(indicator)).to.equal(c.saved(second));
  });

  it('alone, it goes at once: heard as saving, then saved, never as waiting its turn (there is no turn to wait)', async () => {
    const host = heldHost();
    const indicator = await checkIn(host);
    const heard = listenForAnnouncements();
    try {
      const [first] = changeable(indicator).map(seatOf);
      await saveOther(indicator, first!);
      await until(() => host.sent.length === 1, 'sent at once');
      await indicator.updateComplete;
      expect(announcement(indicator), 'while it is sent').to.equal(c.saving(first!));
      host.sent[0]!.answer();
      await until(() => announcement(indicator) === c.saved(first!), 'saved');
      heard.flush();
      expect(heard.heard.map((a) => a.text)).to.deep.equal([c.saving(first!), c.saved(first!)]);
    } finally {
      heard.stop();
    }
  });

  it('refused when its turn comes: its row says so, with the reason, until the next change to the seat', async () => {
    const host = heldHost();
    const { indicator, first, second } = await oneBeingSent(host);
    const asked = await saveOther(indicator, second);
    await until(() => noteOf(indicator, second) !== '', 'second: waiting');
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent');
    host.sent[1]!.answer({ rejected: 'The meeting is closed.' });
    const refused = c.change.refused(c.options[asked], en.shared.hostWords('The meeting is closed.'));
    await until(() => noteOf(indicator, second) === refused, 'second: refused, with the reason');
    expect(rowFor(indicator, second).querySelector('.change-note')?.getAttribute('data-change')).to.equal('rejected');

    // Another seat's change, saved: the status region moves on, the refusal stays on its row.
    await saveOther(indicator, first);
    await until(() => host.sent.length === 3, 'the third is sent');
    host.sent[2]!.answer();
    await until(() => announcement(indicator) === c.saved(first), 'the third saved');
    expect(noteOf(indicator, second)).to.equal(refused);

    // The next change to the seat takes the refusal's place.
    const again = await saveOther(indicator, second);
    await until(() => noteOf(indicator, second) === c.change.sending(c.options[again]), 'the seat’s next change');
    host.sent[3]!.answer();
    await until(() => noteOf(indicator, second) === '', 'saved');
  });

  it('a host that cannot take it: the row says the change is kept here and why', async () => {
    const host = heldHost();
    const { indicator, first, firstAsked } = await oneBeingSent(host);
    host.sent[0]!.fail();
    const kept = c.change.waiting(c.options[firstAsked], 'server-error');
    await until(() => noteOf(indicator, first) === kept, 'kept on this device, and why');
    await until(() => host.sent.length === 2, 'tried again', 5000);
    host.sent[1]!.answer();
    await until(() => noteOf(indicator, first) === '', 'nothing more once saved');
  });

  it('by keyboard: Save on a second seat while the first is sent keeps focus there, its row saying it waits', async () => {
    const host = heldHost();
    const { indicator, second } = await oneBeingSent(host);
    const radios = attendanceRadios(indicator, second);
    const before = shownAttendance(indicator, second);
    const checked = radios.findIndex((radio) => radio.checked);
    radios[checked]!.focus();
    await sendKeys({ press: checked === radios.length - 1 ? 'ArrowUp' : 'ArrowDown' });
    const asked = shownAttendance(indicator, second) as Attendance;
    expect(asked, 'the arrow key changed the choice').not.to.equal(before);
    await sendKeys({ press: 'Tab' });
    const save = rowFor(indicator, second).querySelector('.check-in__edit button');
    expect(shadowOf(indicator).activeElement === save, 'Tab reaches Save').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => noteOf(indicator, second) === c.change.waiting(c.options[asked]), 'its row says it waits');
    expect(shadowOf(indicator).activeElement === save, 'focus stays on the seat’s Save').to.equal(true);
    await expectNoAxeViolations(indicator);
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent');
    host.sent[1]!.answer();
    await until(() => noteOf(indicator, second) === '', 'saved');
  });

  it('in Welsh: the row and the status region say it in Welsh', async () => {
    const host = heldHost();
    const { indicator, first, second, firstAsked } = await oneBeingSent(host, 'cy');
    const w = cy.checkIn;
    const asked = await saveOther(indicator, second);
    await until(() => noteOf(indicator, second) === w.change.waiting(w.options[asked]), 'waiting, in Welsh');
    expect(announcement(indicator)).to.equal(w.waiting(second));
    expect(noteOf(indicator, first)).to.equal(w.change.sending(w.options[firstAsked]));
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the second is sent');
    host.sent[1]!.answer();
    await until(() => noteOf(indicator, second) === '', 'saved');
  });
});

describe('<quorum-indicator editable>: a check-out waiting behind another', function () {
  this.timeout(20_000);
  failOnPageErrors();
  const c = en.checkIn;

  it('the member is shown as left at once, the row says the check-out waits, focus stays in the row; then saved', async () => {
    const host = heldHost();
    const indicator = await checkIn(host, 'en', { now: DURING });
    const [first, second] = inTheRoom(indicator);
    await saveOther(indicator, first!);
    await until(() => host.sent.length === 1, 'the first change is sent');
    checkOutButton(indicator, second!).click();
    const waiting = c.change.waiting(c.change.checkedOut);
    await until(() => noteOf(indicator, second!) === waiting, 'its row says the check-out waits');
    expect(textOf(rowFor(indicator, second!)), 'shown as left at once').to.contain(c.leftAt('10:30am'));
    expect(checkOutButtons(indicator, second!), 'no second Check out').to.have.length(0);
    expect(announcement(indicator)).to.equal(c.waiting(second!));
    const save = rowFor(indicator, second!).querySelector('.check-in__edit button');
    expect(shadowOf(indicator).activeElement === save, 'focus on the seat’s Save').to.equal(true);
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the check-out is sent in its turn');
    expect(host.sent[1]!.change.attendance).to.equal('left');
    await until(() => noteOf(indicator, second!) === c.change.sending(c.change.checkedOut), 'being sent');
    host.sent[1]!.answer();
    await until(() => noteOf(indicator, second!) === '', 'nothing more once saved');
    expect(textOf(rowFor(indicator, second!))).to.contain(c.leftAt('10:30am'));
  });

  it('refused: the member is back in the room, Check out offered again, the row says why', async () => {
    const host = heldHost();
    const indicator = await checkIn(host, 'en', { now: DURING });
    const [, second] = inTheRoom(indicator);
    checkOutButton(indicator, second!).click();
    await until(() => host.sent.length === 1, 'the check-out is sent');
    host.sent[0]!.answer({ rejected: 'They are still here.' });
    const refused = c.change.refused(c.change.checkedOut, en.shared.hostWords('They are still here.'));
    await until(() => noteOf(indicator, second!) === refused, 'the row says it was not saved, and why');
    expect(textOf(rowFor(indicator, second!))).not.to.contain(c.leftAt('10:30am'));
    expect(checkOutButtons(indicator, second!)).to.have.length(1);
  });
});

describe('<quorum-indicator editable>: a change to a meeting the check-in no longer shows', function () {
  this.timeout(20_000);
  failOnPageErrors();
  const c = en.checkIn;

  it('still sent; refused, it is put back, said naming its meeting, and its row says so back on that meeting', async () => {
    const host = heldHost();
    const indicator = await checkIn(host, 'en', { now: DURING });
    const rejected: string[] = [];
    indicator.addEventListener('attendance-rejected', (e) => rejected.push((e as CustomEvent).detail.change.seat));
    const [first, second] = inTheRoom(indicator);
    await saveOther(indicator, first!);
    await until(() => host.sent.length === 1, 'the first change is sent');
    checkOutButton(indicator, second!).click();
    await until(() => noteOf(indicator, second!) !== '', 'the check-out waits');

    // The host shows the group's earlier meeting in the same indicator (a list of meetings beside it).
    indicator.setAttribute('meeting', 'eog-2019-10-08');
    await until(() => noteOf(indicator, second!) === '', 'the earlier meeting’s rows');
    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the check-out is still sent');
    host.sent[1]!.answer({ rejected: 'They are still here.' });
    const reason = en.shared.hostWords('They are still here.');
    const when = en.format.dateTime('2019-11-05T10:00:00+00:00');
    await until(
      () => announcement(indicator) === c.atMeeting(when, c.rejected(second!, reason)),
      'said, naming the meeting it was for',
    );
    expect(rejected, 'the host’s page hears of it').to.deep.equal([host.sent[1]!.change.seat]);
    expect(noteOf(indicator, second!), 'not on this meeting’s row').to.equal('');

    indicator.setAttribute('meeting', 'eog-2019-11-05');
    await until(() => noteOf(indicator, second!) === c.change.refused(c.change.checkedOut, reason), 'its row');
    expect(textOf(rowFor(indicator, second!)), 'back in the room').not.to.contain(c.leftAt('10:30am'));
    expect(checkOutButtons(indicator, second!)).to.have.length(1);
  });

  it('listed under the check-in while on its way, naming its meeting and seat: waiting, sending, refused and why', async () => {
    const host = heldHost();
    const indicator = await checkIn(host, 'en', { now: DURING });
    const [first, second] = inTheRoom(indicator);
    const asked = await saveOther(indicator, first!);
    await until(() => host.sent.length === 1, 'the first change is sent');
    checkOutButton(indicator, second!).click();
    await until(() => noteOf(indicator, second!) !== '', 'the check-out waits');
    expect(otherMeetings(indicator), 'nothing elsewhere while its meeting is shown').to.deep.equal([]);

    indicator.setAttribute('meeting', 'eog-2019-10-08');
    const when = en.format.dateTime('2019-11-05T10:00:00+00:00');
    const sending = c.elsewhere(when, first!, c.change.sending(c.options[asked]));
    const waiting = c.elsewhere(when, second!, c.change.waiting(c.change.checkedOut));
    await until(() => otherMeetings(indicator).length === 2, 'both changes listed');
    expect(otherMeetings(indicator)).to.deep.equal([sending, waiting]);
    const list = shadowOf(indicator).querySelector('.other-meetings');
    expect(list?.closest('[role="status"], [aria-live]'), 'said by the status region only, not twice').to.equal(null);
    await expectNoAxeViolations(indicator);

    host.sent[0]!.answer();
    await until(() => host.sent.length === 2, 'the check-out is sent in its turn');
    const checkingOut = c.elsewhere(when, second!, c.change.sending(c.change.checkedOut));
    await until(() => otherMeetings(indicator).join() === checkingOut, 'the first gone once saved; the second sending');
    host.sent[1]!.answer({ rejected: 'They are still here.' });
    const reason = en.shared.hostWords('They are still here.');
    const refused = c.elsewhere(when, second!, c.change.refused(c.change.checkedOut, reason));
    await until(() => otherMeetings(indicator).join() === refused, 'refused, and why');
    expect(shadowOf(indicator).querySelector('.other-meetings li')?.getAttribute('data-change')).to.equal('rejected');

    indicator.setAttribute('meeting', 'eog-2019-11-05');
    await until(() => noteOf(indicator, second!) === c.change.refused(c.change.checkedOut, reason), 'on its row again');
    expect(otherMeetings(indicator), 'not listed twice').to.deep.equal([]);
  });

  it('listed in Welsh', async () => {
    const host = heldHost();
    const indicator = await checkIn(host, 'cy', { now: DURING });
    const [first] = changeable(indicator).map(seatOf);
    const asked = await saveOther(indicator, first!);
    await until(() => host.sent.length === 1, 'sent');
    indicator.setAttribute('meeting', 'eog-2019-10-08');
    const w = cy.checkIn;
    const when = cy.format.dateTime('2019-11-05T10:00:00+00:00');
    await until(
      () => otherMeetings(indicator).join() === w.elsewhere(when, first!, w.change.sending(w.options[asked])),
      'in Welsh',
    );
    host.sent[0]!.answer();
  });

  it('saved while another meeting is shown: said once, naming its meeting', async () => {
    const host = heldHost();
    const indicator = await checkIn(host, 'en', { now: DURING });
    const [first] = changeable(indicator).map(seatOf);
    await saveOther(indicator, first!);
    await until(() => host.sent.length === 1, 'sent');
    indicator.setAttribute('meeting', 'eog-2019-10-08');
    await indicator.updateComplete;
    host.sent[0]!.answer();
    const when = en.format.dateTime('2019-11-05T10:00:00+00:00');
    await until(() => announcement(indicator) === c.atMeeting(when, c.saved(first!)), 'saved, naming its meeting');
  });
});

describe('<quorum-indicator editable>: a check-in made on top of one the host refuses as changed since', function () {
  this.timeout(20_000);
  failOnPageErrors();
  const c = en.checkIn;

  it('is not sent, and its row says it followed the refused one, with what the seat has now', async () => {
    const host = heldHost();
    const { indicator, first, firstAsked } = await oneBeingSent(host);
    const asked = await saveOther(indicator, first);
    await until(() => noteOf(indicator, first) === c.change.waiting(c.options[asked]), 'the second waits');

    const { seat, meeting, was } = host.sent[0]!.change;
    const values = { seat, meeting, attendance: 'apologies' as const, was: was! };
    host.sent[0]!.answer({ rejected: 'Someone else changed it.', code: 'changed-since', values });
    const notSent = c.change.notSent(c.options[asked], c.options[firstAsked], '').trim();
    await until(
      () => noteOf(indicator, first).startsWith(notSent),
      `the row says so; it says "${noteOf(indicator, first)}"`,
    );
    expect(noteOf(indicator, first)).to.contain('Someone else changed the attendance of');
    const names = namesIn(await sutton(), en);
    expect(announcement(indicator), 'the refusal, said once, in the kit’s words as the row says it').to.equal(
      c.rejected(first, en.refusals['changed-since'](values, names)),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.sent, 'the check-in made on the refused one never reaches the host').to.have.length(1);
  });

  it('on a Welsh page the status region says the refusal in Welsh, not the host’s English', async () => {
    const host = heldHost();
    const { indicator, first } = await oneBeingSent(host, 'cy');
    const { seat, meeting, was } = host.sent[0]!.change;
    const values = { seat, meeting, attendance: 'apologies' as const, was: was! };
    host.sent[0]!.answer({ rejected: 'Someone else changed it.', code: 'changed-since', values });
    const said = cy.checkIn.rejected(first, cy.refusals['changed-since'](values, namesIn(await sutton(), cy)));
    await until(() => announcement(indicator) === said, `said in Welsh; it says "${announcement(indicator)}"`);
    expect(announcement(indicator)).not.to.contain('Someone else changed it.');
  });

  it('a code the kit does not word: the status region gives the host’s own words', async () => {
    const host = heldHost();
    const { indicator, first } = await oneBeingSent(host);
    host.sent[0]!.answer({ rejected: 'The minutes are signed.', code: 'minutes-signed', values: {} });
    const said = c.rejected(first, en.shared.hostWords('The minutes are signed.'));
    await until(() => announcement(indicator) === said, `the host's words; it says "${announcement(indicator)}"`);
  });
});
