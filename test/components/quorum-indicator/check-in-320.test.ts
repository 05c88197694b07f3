// The clerk's check-in fits the column it is given: at 320, 768 and 1280 px
// nothing is wider than the element and every radio and button is on
// screen; in a narrow column each seat is a card with its fields labelled; a
// clerk on a phone checks a member in with the keyboard alone; a focused
// radio has GOV.UK's yellow ring; printed, the check-in is left out.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { en } from '../../../src/messages/en.js';
import { requestCount } from '../../fixtures/probe-element.js';
import { shownText, visibleText } from '../../fixtures/text.js';
import {
  WIDTHS,
  asCards,
  controlsOutsideWindow,
  fieldLabel,
  placeAt,
  resetWindow,
  widerThan,
} from '../action-tracker/layout-helpers.js';
import {
  anotherAttendance,
  attendanceRadios,
  chooseAttendance,
  eogCheckIn,
  shownAttendance,
  type Indicator,
} from './check-in-fixture.js';

const c = en.checkIn;

/** The Sutton EOG's meeting of 5 November 2019, checked in by its clerk, in a column `width` px wide. */
async function checkInAt(width: number, endpoint = '/__respond?status=201'): Promise<Indicator> {
  const indicator = eogCheckIn({ endpoint });
  await placeAt(width, indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'check-in shown', { timeout: 4000 });
  return indicator;
}

/** The words of `label` drawn on more than one line. */
function brokenWords(label: HTMLLabelElement): string[] {
  const text = label.firstChild!;
  return [...text.textContent!.matchAll(/\S+/g)]
    .filter((word) => {
      const range = document.createRange();
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
    })
    .map((word) => word[0]);
}

const table = (indicator: Indicator) => indicator.shadowRoot!.querySelector('table[part=check-in]')!;
const rows = (indicator: Indicator) => [...table(indicator).querySelectorAll('tbody tr')];

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await resetWindow();
  document.querySelectorAll('quorum-indicator').forEach((e) => e.remove());
});

describe('<quorum-indicator editable>: the check-in on any screen', function () {
  this.timeout(30_000);

  for (const width of WIDTHS) {
    it(`at ${width} px: nothing wider than the element, every radio and button on screen`, async () => {
      const indicator = await checkInAt(width);
      expect(indicator.shadowRoot!.querySelectorAll('[part=check-in] fieldset').length).to.be.greaterThan(3);
      expect(widerThan(indicator)).to.deep.equal([]);
      expect(controlsOutsideWindow(indicator)).to.deep.equal([]);
    });
  }

  it('at 320 px each seat is a card: the seat on its bar, the holder and the attendance under their labels', async () => {
    const indicator = await checkInAt(320);
    expect(asCards(table(indicator))).to.equal(true);
    for (const row of rows(indicator)) {
      expect([...row.querySelectorAll('td')].map((cell) => fieldLabel(cell))).to.deep.equal([c.person, c.attendance]);
    }
  });

  // A phone at 200 % text: the demo's 19 px text at 38 px, in a 290 px column (a 320 px phone less GOV.UK's 15 px gutters).
  it('at 320 px and 200 % text each radio is GOV.UK’s small one, and no word of its label breaks', async () => {
    const indicator = eogCheckIn({ endpoint: '/__respond?status=201' });
    indicator.style.font = '38px Arial, sans-serif';
    await placeAt(290, indicator);
    await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in] label'), 'check-in shown', {
      timeout: 4000,
    });
    const labels = [...table(indicator).querySelectorAll('label')];
    expect(labels.map((label) => label.textContent!.trim())).to.include(en.checkIn.options.holder);
    for (const label of labels) {
      const radio = label.control!.getBoundingClientRect();
      expect([radio.width, radio.height], `${label.textContent}: the radio`).to.deep.equal([24, 24]);
      expect(getComputedStyle(label).fontSize, `${label.textContent}: the text's size`).to.equal('38px');
      expect(brokenWords(label), `${label.textContent}: a word on two lines`).to.deep.equal([]);
    }
  });

  it('at 768 px it is a table again', async () => {
    const indicator = await checkInAt(768);
    expect(asCards(table(indicator))).to.equal(false);
  });

  it('a clerk on a phone checks a member in with the keyboard, and it is sent', async () => {
    const key = `e-${Math.random()}`;
    const indicator = await checkInAt(320, `/__respond?status=201&key=${key}`);
    const seat = 'AD Education and SEND';
    attendanceRadios(indicator, seat)
      .find((radio) => radio.checked)!
      .focus();
    // The seat has no proxy: apologies → absent → apologies → holder present, each press choosing.
    for (const press of ['ArrowDown', 'ArrowUp', 'ArrowUp']) await sendKeys({ press });
    expect(shownAttendance(indicator, seat)).to.equal('holder');
    await sendKeys({ press: 'Tab' });
    const save = indicator.shadowRoot!.activeElement as HTMLElement;
    expect(save.textContent).to.contain(c.save);
    const box = save.getBoundingClientRect();
    expect(box.left, 'Save on screen').to.be.at.least(0);
    expect(box.right, 'Save on screen').to.be.at.most(window.innerWidth);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shownText(indicator).includes(c.saved('AD Education and SEND')), 'saved', { timeout: 4000 });
    expect(await requestCount(key)).to.equal(1);
  });

  it('a clerk on a phone sees what their Save did beside it, in the seat’s card; one live region says it', async () => {
    const indicator = await checkInAt(320);
    const seat = 'AD Education and SEND';
    const card = rows(indicator).find((row) => row.querySelector('th')?.textContent?.trim() === seat)!;
    const live = () => [...indicator.shadowRoot!.querySelectorAll('[role=status], [aria-live], [role=alert]')];
    const regions = live().length;
    const save = card.querySelector<HTMLButtonElement>('button')!;
    chooseAttendance(indicator, seat, anotherAttendance(indicator, seat));
    await indicator.updateComplete;
    save.click();
    await waitUntil(() => shownText(indicator).includes(c.saved(seat)), 'saved', { timeout: 4000 });
    await indicator.updateComplete;
    // Seen in the card, under its Save: not at the foot of every seat, thousands of pixels below on a phone.
    const shown = [...card.querySelectorAll<HTMLElement>('p')].find((p) => visibleText(p) === c.saved(seat));
    expect(shown, 'the saved seat’s card shows it').to.not.equal(undefined);
    const below = shown!.getBoundingClientRect().top - save.getBoundingClientRect().bottom;
    expect(below, 'just under the Save').to.be.within(0, 200);
    // Heard once: the card's words are not live; the one status region says them, unseen twice.
    expect(shown!.closest('[role=status], [aria-live], [role=alert]')).to.equal(null);
    expect(live().length, 'no live region for each seat').to.equal(regions);
    const region = indicator.shadowRoot!.querySelector<HTMLElement>('.check-in + [role=status]')!;
    expect(region.textContent!.trim()).to.equal(c.saved(seat));
    expect(visibleText(region), 'not shown a second time below the check-in').to.equal('');
  });

  it('a focused radio has GOV.UK’s yellow ring round a thicker circle', async () => {
    const indicator = await checkInAt(320);
    const radio = indicator.shadowRoot!.querySelector<HTMLInputElement>('[part=check-in] input[type=radio]:checked')!;
    radio.focus();
    // Reached by the keyboard, as :focus-visible needs: back a stop, then on again.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(indicator.shadowRoot!.activeElement).to.equal(radio);
    const style = getComputedStyle(radio);
    expect(style.borderTopWidth).to.equal('4px');
    expect(style.boxShadow).to.contain('rgb(255, 221, 0)');
  });

  it('printed, the check-in is left out: the quorum and who came are the page', async () => {
    const indicator = await checkInAt(768);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(indicator.shadowRoot!.querySelector('.check-in')!).display).to.equal('none');
    expect(getComputedStyle(indicator.shadowRoot!.querySelector('[part=verdict]')!).display).to.not.equal('none');
  });
});
