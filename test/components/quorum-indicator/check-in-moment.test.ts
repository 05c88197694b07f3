/**
 * <quorum-indicator editable>: a check-in keeps the moment the clerk made it. Its `at` is the element's clock when
 * Save was pressed (the host's clock, by its `Date` header, where the device's is more than a minute off it), and
 * it stays so while the record waits on the device: the host times a change that waited by its `at`
 * (src/server/check-in-moment.ts), so a member checked in with no signal counts from when they came in.
 */
import { expect } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { SubmitFunction } from '../../../src/data/index.js';
import { noteHostDate } from '../../../src/data/host-clock.js';
import type { AttendanceChange } from '../../../src/rules/index.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { anotherAttendance, chooseAttendance, eogCheckIn, type Indicator } from './check-in-fixture.js';
import { shadowOf, until } from '../../fixtures/show-element.js';

const FAST = 10 * 60_000;

describe('<quorum-indicator editable>: the moment a check-in keeps', function () {
  this.timeout(20_000);
  failOnPageErrors();
  const fetchBefore = window.fetch;

  afterEach(() => {
    window.fetch = fetchBefore;
    noteHostDate(new Date().toUTCString(), Date.now(), Date.now());
    document.querySelectorAll('quorum-indicator').forEach((e) => e.remove());
  });

  it('dates the change by the host’s clock when the device is ten minutes fast, and keeps that date while it waits', async () => {
    const sutton = await (await fetchBefore('/demo/data/sutton.json')).text();
    // The host's Date header says ten minutes before the device's clock.
    window.fetch = async () =>
      new Response(sutton, {
        headers: { 'Content-Type': 'application/json', Date: new Date(Date.now() - FAST).toUTCString() },
      });
    const sent: { change: AttendanceChange; sentAt: number }[] = [];
    const indicator = eogCheckIn() as Indicator & { submit?: SubmitFunction };
    // No signal at first: the first send fails, and the outbox sends it again later.
    indicator.submit = async (record) => {
      sent.push({ change: record as AttendanceChange, sentAt: Date.now() });
      if (sent.length === 1) throw new Error('offline');
    };
    document.body.append(indicator);
    await until(() => !!indicator.shadowRoot?.querySelector('[part=check-in] fieldset'), 'check-in shown');
    const row = shadowOf(indicator).querySelector('[part=check-in] tbody tr:has(fieldset)')!;
    const seat = row.querySelector('th')!.textContent!.trim();
    chooseAttendance(indicator, seat, anotherAttendance(indicator, seat));
    await indicator.updateComplete;
    const pressed = Date.now();
    row.querySelector<HTMLButtonElement>('.check-in__edit button')!.click();
    await until(() => sent.length === 2, 'sent again once the first send failed', 15_000);

    const [first, again] = sent as [(typeof sent)[0], (typeof sent)[0]];
    expect(pressed - FAST - Date.parse(first.change.at), 'the host’s clock when Save was pressed').to.be.within(
      -2_000,
      2_000,
    );
    expect(again.sentAt - first.sentAt, 'the second send came later').to.be.above(500);
    expect(again.change.at, 'the moment it was made, not the moment it was sent').to.equal(first.change.at);
    expect(again.change.id).to.equal(first.change.id);
  });
});
