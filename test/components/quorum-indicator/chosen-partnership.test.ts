// <quorum-indicator editable> kept on the page and given another partnership's document (its `data` swapped by a
// single-page app, or its `src` changed) with the same meeting and seat ids: an attendance the clerk chose for the
// first and did not save was shown on the second's seat, "Not saved", one press of Save from being sent as its own.
import { expect } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import {
  anotherAttendance,
  chooseAttendance,
  eogCheckIn,
  shownAttendance,
  type Indicator,
} from './check-in-fixture.js';
import { seedDocument } from '../../fixtures/documents.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';

type Swappable = Indicator & { data?: unknown };

/** The Sutton document under partnership `id`: the same meeting, group and seat ids as Sutton's own. */
async function suttonAs(id: string): Promise<object> {
  const sutton = (await seedDocument('sutton')) as { partnership: object };
  return { ...sutton, partnership: { ...sutton.partnership, id } };
}

/** The first seat of the check-in whose attendance the clerk may change: its radios' name, less the prefix. */
function firstSeat(indicator: Element): string {
  const radio = shadowOf(indicator).querySelector<HTMLInputElement>('[part=check-in] input[type=radio]')!;
  return radio.name.replace(/^attendance-/, '');
}

const shown = (indicator: Element) => !!indicator.shadowRoot?.querySelector('[part=check-in] fieldset');

/** Whether the check-in says of any seat that a choice is not saved. */
const unsaved = (indicator: Element) => shadowOf(indicator).querySelectorAll('[part=check-in] .unsaved').length;

/** Chooses another attendance for the first seat and sees it chosen, not saved; what the seat showed before. */
async function chooseUnsaved(indicator: Indicator): Promise<{ seat: string; recorded: string }> {
  const seat = firstSeat(indicator);
  const recorded = shownAttendance(indicator, seat)!;
  const other = anotherAttendance(indicator, seat);
  chooseAttendance(indicator, seat, other);
  await indicator.updateComplete;
  expect(shownAttendance(indicator, seat), 'chosen').to.equal(other);
  expect(unsaved(indicator), 'said not saved').to.equal(1);
  return { seat, recorded };
}

describe('<quorum-indicator editable>: an attendance chosen and not saved belongs to the partnership shown', () => {
  failOnPageErrors();
  const fetchBefore = window.fetch;
  afterEach(() => {
    window.fetch = fetchBefore;
    document.querySelectorAll('quorum-indicator').forEach((e) => e.remove());
  });

  it('is dropped when another partnership’s document is given as data', async () => {
    const indicator = eogCheckIn({ endpoint: '/never-sent' }) as Swappable;
    indicator.removeAttribute('src');
    indicator.data = await suttonAs(`sutton-${Math.random()}`);
    document.body.append(indicator);
    await until(() => shown(indicator), 'check-in shown');
    const { seat, recorded } = await chooseUnsaved(indicator);

    indicator.data = await suttonAs(`suffolk-${Math.random()}`);
    await indicator.updateComplete;
    expect(shownAttendance(indicator, seat), 'the new partnership’s recorded attendance').to.equal(recorded);
    expect(unsaved(indicator), 'nothing said not saved').to.equal(0);
  });

  it('is dropped when its src becomes another partnership’s document', async () => {
    const other = `/other-partnership-${Math.random()}.json`;
    const suffolk = JSON.stringify(await suttonAs(`suffolk-${Math.random()}`));
    let served = false;
    window.fetch = async (url, init) => {
      if (new URL(String(url), location.href).pathname !== other) return fetchBefore(url, init);
      served = true;
      return new Response(suffolk, { headers: { 'Content-Type': 'application/json' } });
    };
    const indicator = eogCheckIn({ endpoint: '/never-sent' });
    document.body.append(indicator);
    await until(() => shown(indicator), 'check-in shown');
    const { seat, recorded } = await chooseUnsaved(indicator);

    indicator.setAttribute('src', other);
    await until(() => served, 'the other’s document fetched');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await until(() => shown(indicator), 'the other’s check-in shown');
    expect(shownAttendance(indicator, seat), 'the new partnership’s recorded attendance').to.equal(recorded);
    expect(unsaved(indicator), 'nothing said not saved').to.equal(0);
  });

  it('is kept while the same partnership’s document is given again', async () => {
    const indicator = eogCheckIn({ endpoint: '/never-sent' }) as Swappable;
    indicator.removeAttribute('src');
    const id = `sutton-${Math.random()}`;
    indicator.data = await suttonAs(id);
    document.body.append(indicator);
    await until(() => shown(indicator), 'check-in shown');
    const { seat } = await chooseUnsaved(indicator);
    const chosen = shownAttendance(indicator, seat);

    indicator.data = await suttonAs(id);
    await indicator.updateComplete;
    expect(shownAttendance(indicator, seat), 'still chosen').to.equal(chosen);
    expect(unsaved(indicator), 'still said not saved').to.equal(1);
  });
});
