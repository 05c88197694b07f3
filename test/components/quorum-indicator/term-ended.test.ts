// A seat whose term ended before the meeting is no seat the quorum counts: the indicator names it for what it is
// (its term ended, as the roster says, not "vacant"), and the check-in does not check its holder or proxy in, but
// says why and what to do. A document that already has them in the room says they are not counted.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { at, rulesInput, type MeetingInput } from '../../fixtures/documents.js';
import { documentUrl, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { laidOutText, seenText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { attendanceRadios, type Indicator } from './check-in-fixture.js';

const { quorum: q, checkIn: c } = en;
/** Primary's term ran to 31 December 2019 (boardSeats); the board meets on 14 January 2020. */
const DAY = '2020-01-14';
const ENDED = '2019-12-31';

function meetingDocument(attendance: MeetingInput['attendance']) {
  return rulesInput({
    group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    meeting: { start: at('16:00', DAY), end: at('18:00', DAY), attendance },
  });
}

async function checkIn(attendance: MeetingInput['attendance'], more: Record<string, string> = {}): Promise<Indicator> {
  const indicator = document.createElement('quorum-indicator') as Indicator;
  const src = documentUrl(meetingDocument(attendance), uniqueKey('term-ended'));
  const attrs = { meeting: 'm', editable: '', clerk: 'cara', src, endpoint: respondUrl({ status: 201 }), ...more };
  for (const [name, value] of Object.entries({ now: at('16:15', DAY), ...attrs })) indicator.setAttribute(name, value);
  document.body.append(indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'loaded', { timeout: 4000 });
  return indicator;
}

const part = (indicator: Element, name: string) => indicator.shadowRoot!.querySelector(`[part~=${name}]`)!;
const rowOf = (indicator: Element, seat: string) =>
  [...indicator.shadowRoot!.querySelectorAll('[part=check-in] tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent?.trim() === seat,
  )!;
const items = (node: Element | null) => [...(node?.querySelectorAll('li') ?? [])].map((li) => seenText(li));

describe('<quorum-indicator>: a seat whose term has ended', () => {
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('is named as a term ended, not vacant, in quorum now and for the meeting as a whole', async () => {
    const indicator = await checkIn({ chair: { as: 'holder', arrived: at('16:00', DAY) } });
    const said = q.termEndedNotCounted(q.termEndedSeat('Primary', ENDED));
    expect(laidOutText(part(indicator, 'now'))).to.contain(said);
    expect(laidOutText(indicator.shadowRoot!.querySelector('section'))).not.to.contain(q.vacantNotCounted('Primary'));
    const whole = [...indicator.shadowRoot!.querySelectorAll('[part=requirement]')].at(-1)!;
    expect(laidOutText(whole)).to.contain(said);
  });

  it('offers no check-in of its holder or proxy, and says why beside its radios', async () => {
    const indicator = await checkIn({ chair: { as: 'holder', arrived: at('16:00', DAY) } });
    expect(attendanceRadios(indicator, 'Primary').map((r) => r.value)).to.deep.equal(['apologies', 'absent']);
    const why = c.termEnded(ENDED);
    expect(laidOutText(rowOf(indicator, 'Primary'))).to.contain(why);
    const group = rowOf(indicator, 'Primary').querySelector('fieldset')!;
    const described = (group.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    expect(described.map((id) => laidOutText(indicator.shadowRoot!.getElementById(id)))).to.include(why);
    expect(
      attendanceRadios(indicator, 'Secondary').map((r) => r.value),
      'a seat in post',
    ).to.include('holder');
  });

  it('says of a holder already recorded in the room that they are not counted', async () => {
    const indicator = await checkIn({
      chair: { as: 'holder', arrived: at('16:00', DAY) },
      primary: { as: 'holder', arrived: at('16:10', DAY) },
    });
    const since = en.format.time(at('16:10', DAY));
    expect(items(part(indicator, 'in-room'))).to.deep.equal([
      q.inRoom('Chair', 'Cara', 'holder', en.format.time(at('16:00', DAY))),
      q.termEndedInRoom(q.inRoom('Primary', 'Ann', 'holder', since)),
    ]);
  });

  it('in Welsh', async () => {
    const indicator = await checkIn({ chair: { as: 'holder', arrived: at('16:00', DAY) } }, { lang: 'cy' });
    const said = cy.quorum.termEndedNotCounted(cy.quorum.termEndedSeat('Primary', ENDED));
    await waitUntil(() => laidOutText(part(indicator, 'now')).includes(said), 'said in Welsh');
    expect(laidOutText(rowOf(indicator, 'Primary'))).to.contain(cy.checkIn.termEnded(ENDED));
  });
});
