/**
 * <quorum-indicator editable>: a check-in that waited on the clerk's device, which the host stored but timed by its
 * own clock (its 201 answer's `note`: src/server/check-in-moment.ts). The clerk is told once, in the check-in's
 * status region (polite), that the member was recorded as arriving when the change reached the host, and why, in
 * the page's language; the `attendance-recorded` event carries the note. The host here is a stubbed `fetch`
 * answering the element's `endpoint` as `partnership-kit/server` does.
 */
import { expect } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { HostNote } from '../../../src/data/index.js';
import type { AttendanceChange } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { anotherAttendance, chooseAttendance, eogCheckIn, type Indicator } from './check-in-fixture.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const ENDPOINT = '/api/attendance';
/** When the clerk's phone found a signal and the host stored what waited: 10:40am in London in November. */
const RECEIVED = '2019-11-05T10:40:00.000Z';

/** A host at `ENDPOINT` that stores each change and answers with `note` for those `noted` says (else none). */
function notingHost(noted: (change: AttendanceChange) => Omit<HostNote, 'received'> | undefined) {
  const fetchBefore = window.fetch;
  const sent: AttendanceChange[] = [];
  window.fetch = async (input, init) => {
    if (init?.method !== 'POST') return fetchBefore(input, init);
    const change = JSON.parse(String(init.body)) as AttendanceChange;
    sent.push(change);
    const note = noted(change);
    const body = { id: change.id, stored: { ...change, received: RECEIVED }, ...(note ? { note } : {}) };
    return new Response(JSON.stringify(body), { status: 201, headers: { 'Content-Type': 'application/json' } });
  };
  return { sent, restore: () => (window.fetch = fetchBefore) };
}

const announcement = (indicator: Indicator) => textOf(shadowOf(indicator).querySelector('.check-in + [role="status"]'));
const changeableRows = (indicator: Indicator) =>
  [...shadowOf(indicator).querySelectorAll('[part=check-in] tbody tr')].filter((row) => row.querySelector('fieldset'));

/** Chooses another attendance for the row's seat and presses Save; returns the seat's name. */
async function saveOther(indicator: Indicator, row: Element): Promise<string> {
  const seat = textOf(row.querySelector('th'));
  chooseAttendance(indicator, seat, anotherAttendance(indicator, seat));
  await indicator.updateComplete;
  row.querySelector<HTMLButtonElement>('.check-in__edit button')!.click();
  return seat;
}

async function checkIn(lang: string): Promise<Indicator> {
  const indicator = eogCheckIn({ lang, endpoint: ENDPOINT });
  document.body.append(indicator);
  await until(() => !!indicator.shadowRoot?.querySelector('[part=check-in] fieldset'), 'check-in shown');
  return indicator;
}

describe('<quorum-indicator editable>: a check-in the host timed by its own clock', function () {
  this.timeout(20_000);
  failOnPageErrors();
  let host: ReturnType<typeof notingHost> | undefined;

  afterEach(() => {
    host?.restore();
    document.querySelectorAll('quorum-indicator').forEach((e) => e.remove());
  });

  it('tells the clerk once when the member was recorded as arriving, and why; the next change is just saved', async () => {
    const waited = { reason: 'waited-too-long', values: { maxWaitMinutes: 30 } } as const;
    host = notingHost((change) =>
      host!.sent.length === 1 ? { ...waited, values: { ...waited.values, at: change.at, now: RECEIVED } } : undefined,
    );
    const indicator = await checkIn('en');
    const recorded: CustomEvent[] = [];
    indicator.addEventListener('attendance-recorded', (event) => recorded.push(event as CustomEvent));
    const [first, second] = changeableRows(indicator);
    const seat = await saveOther(indicator, first!);
    await until(() => recorded.length === 1, 'the host stored it');
    await indicator.updateComplete;

    const note: HostNote = {
      ...waited,
      values: { ...waited.values, at: host.sent[0]!.at, now: RECEIVED },
      received: RECEIVED,
    };
    expect(recorded[0]!.detail.note, 'the event carries the host’s note').to.deep.equal(note);
    expect(announcement(indicator)).to.equal(
      `Attendance for ${seat} saved. Recorded at 10:40am, when it reached the system: it was saved more than 30 minutes before, longer than a check-in may wait on a device.`,
    );
    const region = shadowOf(indicator).querySelector('.check-in + [role="status"]')!;
    expect(region.getAttribute('aria-live') ?? 'polite', 'said politely').to.equal('polite');

    const next = await saveOther(indicator, second!);
    await until(() => recorded.length === 2, 'the next change stored, with no note');
    await indicator.updateComplete;
    expect(recorded[1]!.detail.note).to.equal(undefined);
    expect(announcement(indicator), 'said once: the next change is only saved').to.equal(en.checkIn.saved(next));
  });

  it('says it in Welsh, for each reason the host gives', async () => {
    const notes: Omit<HostNote, 'received'>[] = [
      { reason: 'before-decision', values: { proposal: 'x', closes: '2019-11-05T10:30:00Z' } },
      { reason: 'before-seat-times', values: { recorded: '2019-11-05T10:35:00Z' } },
      { reason: 'before-doors-open', values: { doorsOpen: '2019-11-05T09:00:00.000Z' } },
      { reason: 'at-in-future', values: { now: RECEIVED } },
    ];
    host = notingHost(() => notes[host!.sent.length - 1]);
    const indicator = await checkIn('cy');
    for (const [index, row] of changeableRows(indicator).slice(0, notes.length).entries()) {
      const seat = await saveOther(indicator, row);
      const note = { ...notes[index]!, received: RECEIVED };
      await until(() => announcement(indicator) === cy.checkIn.timedByHost(seat, note), `said for ${note.reason}`);
      expect(announcement(indicator), note.reason).to.include('am 10:40yb');
      expect(announcement(indicator)).not.to.match(/undefined|NaN|Invalid|\[object/);
    }
    expect(cy.checkIn.timedByHost('X', { ...notes[0]!, received: RECEIVED })).to.include('am 10:30yb');
  });
});
