/**
 * The host's own words in a Welsh check-in are marked as English: on the seat's row, in the status region, and in
 * the list of changes to a meeting no longer shown. A screen reader read "The meeting is closed." in a Welsh voice
 * inside "Yn ôl y gweinydd, “…”" (WCAG 3.1.2, language of parts). An English check-in marks nothing. The host here is
 * the indicator's `submit`, answered by the test.
 */
import { expect } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { SubmitFunction } from '../../../src/data/index.js';
import { anotherAttendance, chooseAttendance, eogCheckIn, type Indicator } from './check-in-fixture.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const HOST_WORDS = 'The meeting is closed.';

type Answer = Awaited<ReturnType<SubmitFunction>>;

/** A check-in in `lang` whose host holds each record until the test answers it, in `answers`. */
async function checkIn(lang: string) {
  const answers: ((answer: Answer) => void)[] = [];
  const indicator = eogCheckIn({ lang }) as Indicator & { submit?: SubmitFunction };
  indicator.submit = () => new Promise<Answer>((answer) => answers.push(answer));
  document.body.append(indicator);
  await until(() => !!indicator.shadowRoot?.querySelector('[part=check-in] fieldset'), 'check-in shown');
  return { indicator, answers };
}

/** The first seat whose attendance the clerk may change, its row found again at each call. */
function firstSeat(indicator: Indicator) {
  const rows = () => [...shadowOf(indicator).querySelectorAll('[part=check-in] tbody tr')];
  const seat = textOf(
    rows()
      .find((row) => row.querySelector('fieldset'))!
      .querySelector('th'),
  );
  return { seat, row: () => rows().find((row) => textOf(row.querySelector('th')) === seat)! };
}

/** Another attendance chosen for `seat`, and its Save pressed. */
async function saveOther(indicator: Indicator, seat: { seat: string; row: () => Element }) {
  chooseAttendance(indicator, seat.seat, anotherAttendance(indicator, seat.seat));
  await indicator.updateComplete;
  seat.row().querySelector<HTMLButtonElement>('.check-in__edit button')!.click();
}

const statusOf = (indicator: Indicator) => shadowOf(indicator).querySelector('.check-in + [role="status"]');

/** The parts of `element` marked with a language, each as [lang, text]. */
const marked = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll('[lang]') ?? [])].map((part) => [part.getAttribute('lang'), part.textContent]);

/** A seat's change refused by the host with `HOST_WORDS`, in a check-in in `lang`: its row and status region. */
async function refused(lang: string) {
  const { indicator, answers } = await checkIn(lang);
  const seat = firstSeat(indicator);
  await saveOther(indicator, seat);
  await until(() => answers.length === 1, 'sent');
  answers[0]!({ rejected: HOST_WORDS });
  const note = () => seat.row().querySelector('.change-note');
  await until(() => textOf(note()).includes(HOST_WORDS), 'the row quotes the host');
  await until(() => textOf(statusOf(indicator)).includes(HOST_WORDS), 'the status region quotes the host');
  return { note: note(), status: statusOf(indicator) };
}

describe('<quorum-indicator editable>: the host’s words in another language', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('a refusal: the host’s English words are marked lang="en" on the Welsh row and status region, no more', async () => {
    const { note, status } = await refused('cy');
    for (const element of [note, status]) {
      expect(marked(element)).to.deep.equal([['en', HOST_WORDS]]);
      // The rest of the sentence is Welsh: outside the span, in the element's own language.
      expect(textOf(element).replace(HOST_WORDS, '')).to.contain('gweinydd');
    }
  });

  it('an English check-in marks nothing', async () => {
    const { note, status } = await refused('en');
    expect(marked(note)).to.deep.equal([]);
    expect(marked(status)).to.deep.equal([]);
  });

  it('a refusal of a change to a meeting no longer shown: marked in the Welsh list of such changes', async () => {
    const { indicator, answers } = await checkIn('cy');
    await saveOther(indicator, firstSeat(indicator));
    await until(() => answers.length === 1, 'sent');
    // The host shows the group's earlier meeting in the same indicator while the change is on its way.
    indicator.setAttribute('meeting', 'eog-2019-10-08');
    const listed = () => shadowOf(indicator).querySelector('.other-meetings li');
    await until(() => !!listed(), 'the change listed under the earlier meeting');
    answers[0]!({ rejected: HOST_WORDS });
    await until(() => textOf(listed()).includes(HOST_WORDS), 'the list quotes the host');
    expect(marked(listed())).to.deep.equal([['en', HOST_WORDS]]);
    await until(() => textOf(statusOf(indicator)).includes(HOST_WORDS), 'the status region quotes the host');
    expect(marked(statusOf(indicator))).to.deep.equal([['en', HOST_WORDS]]);
  });
});
