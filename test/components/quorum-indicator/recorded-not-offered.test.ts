// A document may hold a seat's attendance that its radios do not offer: a holder whose term had ended by the
// meeting (recorded by another host, by hand, or before the rule), or a vacant seat's proxy. The check-in says what
// is recorded, shows no radio chosen, and its Save sends nothing the host would refuse: with nothing chosen it asks
// for a choice, as GOV.UK's radios do.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import type { SubmitFunction } from '../../../src/data/index.js';
import { at, boardSeats, rulesInput, seat, type MeetingInput } from '../../fixtures/documents.js';
import { documentUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { laidOutText, textOf } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { attendanceRadios, chooseAttendance, type Indicator } from './check-in-fixture.js';

const { checkIn: c } = en;
/** Primary's term ran to 31 December 2019 (boardSeats); the board meets on 14 January 2020. */
const DAY = '2020-01-14';
const ENDED = '2019-12-31';
const CHAIR = { as: 'holder', arrived: at('16:00', DAY) } as const;

type Sent = { seat: string; attendance: string };

/** A check-in at 16:15 on the day of a meeting with `attendance`, its changes kept in `sent` rather than sent. */
async function checkIn(
  attendance: MeetingInput['attendance'],
  { seats = boardSeats(), lang = 'en' } = {},
): Promise<{ indicator: Indicator; sent: Sent[] }> {
  const data = rulesInput({
    seats,
    group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    meeting: { start: at('16:00', DAY), end: at('18:00', DAY), attendance },
  });
  const indicator = document.createElement('quorum-indicator') as Indicator & { submit?: SubmitFunction };
  const sent: Sent[] = [];
  indicator.submit = async (record) => void sent.push(record as Sent);
  const attrs = { meeting: 'm', editable: '', clerk: 'cara', live: 'off', lang, now: at('16:15', DAY) };
  for (const [name, value] of Object.entries(attrs)) indicator.setAttribute(name, value);
  indicator.setAttribute('src', documentUrl(data, uniqueKey('recorded-not-offered')));
  document.body.append(indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'loaded', { timeout: 4000 });
  return { indicator, sent };
}

const rowOf = (indicator: Element, seat: string) =>
  [...indicator.shadowRoot!.querySelectorAll('[part=check-in] tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent?.trim() === seat,
  )!;
/** The words the seat's radios are described by, in order. */
const descriptionOf = (indicator: Element, seat: string) =>
  (rowOf(indicator, seat).querySelector('fieldset')!.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => laidOutText(indicator.shadowRoot!.getElementById(id)));
const saveOf = (indicator: Element, seat: string) =>
  rowOf(indicator, seat).querySelector<HTMLButtonElement>('.check-in__edit button')!;
const checked = (indicator: Element, seat: string) =>
  attendanceRadios(indicator, seat)
    .filter((r) => r.checked)
    .map((r) => r.value);

describe('<quorum-indicator> check-in: a seat recorded with an attendance its radios do not offer', () => {
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('a holder whose term had ended: says what is recorded, with no radio chosen, beside the term-ended note', async () => {
    const { indicator } = await checkIn({ chair: CHAIR, primary: { as: 'holder', arrived: at('16:10', DAY) } });
    expect(attendanceRadios(indicator, 'Primary').map((r) => r.value)).to.deep.equal(['apologies', 'absent']);
    expect(checked(indicator, 'Primary'), 'no radio falsely chosen').to.deep.equal([]);
    const recorded = c.recordedNotOffered(c.options.holder);
    expect(laidOutText(rowOf(indicator, 'Primary'))).to.contain(recorded);
    expect(descriptionOf(indicator, 'Primary')).to.include.members([c.termEnded(ENDED), recorded]);
    expect(laidOutText(rowOf(indicator, 'Secondary')), 'a seat recorded as offered').not.to.contain('Recorded:');
  });

  it('its Save sends nothing with nothing chosen: it asks for a choice, then sends the one chosen', async () => {
    const { indicator, sent } = await checkIn({ chair: CHAIR, primary: { as: 'holder', arrived: at('16:10', DAY) } });
    saveOf(indicator, 'Primary').click();
    const fieldset = rowOf(indicator, 'Primary').querySelector('fieldset')!;
    const error = `${en.shared.errorPrefix} ${c.chooseFirst('Primary')}`;
    await waitUntil(() => descriptionOf(indicator, 'Primary').includes(error), 'the group described by the error');
    expect(textOf(fieldset.querySelector('.error-message'))).to.equal(error);
    expect(indicator.shadowRoot!.activeElement, 'focus on the first radio').to.equal(
      attendanceRadios(indicator, 'Primary')[0],
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent, 'nothing the host would refuse is sent').to.deep.equal([]);
    chooseAttendance(indicator, 'Primary', 'apologies');
    await indicator.updateComplete;
    expect(fieldset.querySelector('.error-message'), 'cleared once a choice is made').to.equal(null);
    saveOf(indicator, 'Primary').click();
    await waitUntil(() => sent.length === 1, 'the choice sent');
    expect(sent[0]).to.include({ seat: 'primary', attendance: 'apologies' });
  });

  it('a vacant seat recorded as its proxy, and a term ended recorded as its proxy, are said the same way', async () => {
    // A seat with no proxy recorded "proxy" breaks the contract (no-proxy): the document is not shown at all.
    const seats = [...boardSeats().filter((s) => s.id !== 'secondary'), seat('secondary', null, { proxy: 'bea' })];
    const { indicator } = await checkIn(
      {
        chair: CHAIR,
        primary: { as: 'proxy', arrived: at('16:05', DAY) },
        secondary: { as: 'proxy', arrived: at('16:05', DAY) },
      },
      { seats },
    );
    for (const name of ['Primary', 'Secondary']) {
      expect(checked(indicator, name), name).to.deep.equal([]);
      expect(
        attendanceRadios(indicator, name).map((r) => r.value),
        name,
      ).not.to.include('proxy');
      expect(descriptionOf(indicator, name), name).to.include(c.recordedNotOffered(c.options.proxy));
    }
  });

  it('in Welsh', async () => {
    const { indicator } = await checkIn(
      { chair: CHAIR, primary: { as: 'holder', arrived: at('16:10', DAY) } },
      { lang: 'cy' },
    );
    const recorded = cy.checkIn.recordedNotOffered(cy.checkIn.options.holder);
    await waitUntil(() => laidOutText(rowOf(indicator, 'Primary')).includes(recorded), 'said in Welsh');
  });
});
