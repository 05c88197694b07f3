// <quorum-indicator editable> given its document inline (no URL): a check-in waiting on the device is its
// partnership's (its document's `partnership.id`). Another partnership's document on the same endpoint, with the
// same meeting and seat ids, showed it on its own seat's row as its own change, saved on this device.
import { expect } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { chooseAttendance } from './check-in-fixture.js';
import { outboxForPage } from '../../../src/data/index.js';
import type { AttendanceChange } from '../../../src/rules/index.js';
import { seedDocument } from '../../fixtures/documents.js';
import { forgetQueuedRecords } from '../../fixtures/queued-records.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

type Indicator = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

const MEETING = 'eog-2019-11-05';
const CLERK = 'p-project-manager';

/** The Sutton EOG's meeting checked in by its clerk, from the Sutton document under partnership `id`, inline. */
async function checkInOf(id: string, endpoint: string): Promise<Indicator> {
  const sutton = (await seedDocument('sutton')) as { partnership: object };
  const indicator = document.createElement('quorum-indicator') as Indicator;
  indicator.data = { ...sutton, partnership: { ...sutton.partnership, id } };
  const attrs = { meeting: MEETING, editable: '', clerk: CLERK, live: 'off', endpoint };
  for (const [name, value] of Object.entries(attrs)) indicator.setAttribute(name, value);
  document.body.append(indicator);
  await until(() => !!indicator.shadowRoot?.querySelector('[part=check-in] fieldset'), 'check-in shown');
  return indicator;
}

/** The first seat whose attendance the clerk may change: its id, what it shows, and another it offers. */
function firstSeat(indicator: Indicator) {
  const radios = [...shadowOf(indicator).querySelectorAll<HTMLInputElement>('[part=check-in] input[type=radio]')];
  const name = radios[0]!.name;
  const own = radios.filter((radio) => radio.name === name);
  return {
    seat: name.replace(/^attendance-/, ''),
    row: own[0]!.closest('tr')!,
    shown: own.find((radio) => radio.checked)!.value,
    another: own.find((radio) => !radio.checked)!.value,
  };
}

describe('<quorum-indicator editable>: a check-in waiting on the device belongs to its partnership', () => {
  failOnPageErrors();
  const fetchBefore = window.fetch;
  afterEach(async () => {
    window.fetch = fetchBefore;
    document.querySelectorAll('quorum-indicator').forEach((e) => e.remove());
    await forgetQueuedRecords('/check-in-partnership-');
  });

  it('shows on its seat’s row only the change queued for the partnership shown', async () => {
    const endpoint = `/check-in-partnership-${Math.random()}`;
    window.fetch = async (url, init) =>
      new URL(String(url), location.href).pathname === endpoint
        ? Promise.reject(new TypeError('Failed to fetch'))
        : fetchBefore(url, init);
    const partnership = `sutton-${Math.random()}`;
    const indicator = await checkInOf(partnership, endpoint);
    const { seat, row, shown, another } = firstSeat(indicator);
    const changeFor = (id: string): AttendanceChange => ({
      id,
      meeting: MEETING,
      seat,
      attendance: another as AttendanceChange['attendance'],
      was: shown as AttendanceChange['was'],
      by: CLERK,
      at: '2019-11-05T10:30:00Z',
    });
    const channel = new URL(endpoint, document.baseURI).href;
    const outbox = outboxForPage();
    const theirs = changeFor(`theirs-${Math.random()}`);
    await outbox.enqueue({ kind: 'attendance', record: theirs, id: theirs.id, channel, partnership: 'suffolk' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await indicator.updateComplete;
    expect(textOf(row.querySelector('.change-note')), 'another partnership’s change').to.equal('');

    const ours = changeFor(`ours-${Math.random()}`);
    await outbox.enqueue({ kind: 'attendance', record: ours, id: ours.id, channel, partnership });
    await until(() => textOf(firstSeat(indicator).row.querySelector('.change-note')) !== '', 'its own shown');
  });
  it('given another partnership’s document, says nothing more of the change saved for the first, which is still sent', async () => {
    const endpoint = `/check-in-partnership-swap-${Math.random()}`;
    const posted: string[] = [];
    let online = false;
    window.fetch = async (url, init) => {
      if (new URL(String(url), location.href).pathname !== endpoint) return fetchBefore(url, init);
      if (!online) throw new TypeError('Failed to fetch');
      posted.push(new Headers(init?.headers).get('Idempotency-Key')!);
      return new Response(null, { status: 201 });
    };
    const sutton = await checkInOf(`sutton-${Math.random()}`, endpoint);
    const { seat, row, another } = firstSeat(sutton);
    chooseAttendance(sutton, seat, another);
    await sutton.updateComplete;
    row.querySelector<HTMLButtonElement>('.check-in__edit button')!.click();
    await until(() => textOf(row.querySelector('.change-note')) !== '', 'saved on this device, waiting');
    const region = () => textOf(shadowOf(sutton).querySelector('.check-in + [role="status"]'));
    await until(() => region() !== '', 'said');

    const suffolk = (await seedDocument('sutton')) as { partnership: object };
    sutton.data = { ...suffolk, partnership: { ...suffolk.partnership, id: `suffolk-${Math.random()}` } };
    await sutton.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(textOf(firstSeat(sutton).row.querySelector('.change-note')), 'not on Suffolk’s row').to.equal('');
    expect(region(), 'nothing said of Sutton’s change').to.equal('');

    online = true;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await outboxForPage().retryNow();
    await until(() => posted.length === 1, 'sent');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posted.length, 'once').to.equal(1);
  });
});
