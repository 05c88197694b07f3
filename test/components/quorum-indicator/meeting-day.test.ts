// A past meeting's seats are named as they stood on the meeting's day, as the roster of that meeting names them: a
// seat since handed to another partner is named after the partner it represented then, in the room, in the
// movements, among those missing or not counted, and on its check-in row.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { at, rulesInput, seat, type MeetingInput } from '../../fixtures/documents.js';
import { documentUrl, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { seenText, shownText } from '../../fixtures/text.js';
import { showWith } from '../../fixtures/show-element.js';
import { en } from '../../../src/messages/en.js';

const q = en.quorum;

/**
 * s-x represented A, with a vote, until 30 November 2019; C since. The meeting 'm' was on 15 October 2019, when A
 * had two seats ("Partner A 1", "Partner A 2"), as the roster of the meeting numbers them.
 */
function movedSeatDocument(attendance: MeetingInput['attendance'], xena: string | null = 'xena') {
  return rulesInput({
    group: { quorum: [{ label: 'All the voting seats', seats: { voting: true }, min: 3 }] },
    seats: [
      seat('s-a', 'ann', { partner: 'a' }),
      seat('s-b', 'ben', { partner: 'b' }),
      seat('s-x', xena, { partner: 'c', previousStanding: [{ to: '2019-11-30', partner: 'a', voting: true }] }),
      // Cara chairs, and checks the meeting in.
      { id: 'chair', role: 'chair', label: 'Chair', voting: false, holder: 'cara', proxy: null },
    ],
    partners: [
      { id: 'a', name: 'Partner A' },
      { id: 'b', name: 'Partner B' },
      { id: 'c', name: 'Partner C' },
    ],
    meeting: { start: at('16:00'), end: at('18:00'), attendance },
  });
}

const checkInRows = (indicator: Element) =>
  [...indicator.shadowRoot!.querySelectorAll('[part=check-in] tbody th')].map((th) => seenText(th));

describe('<quorum-indicator> of a past meeting: each seat named as it stood on the meeting’s day', () => {
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('in the room, in the movements and on the check-in rows, while the meeting is on', async () => {
    const doc = movedSeatDocument({
      's-a': { as: 'holder', arrived: at('16:00') },
      's-x': { as: 'holder', arrived: at('16:05') },
    });
    const indicator = await showWith('quorum-indicator', doc, {
      meeting: 'm',
      now: at('16:15'),
      today: '2019-10-15',
      clerk: 'cara',
    });
    const room = seenText(indicator.shadowRoot!.querySelector('[part=in-room]'));
    expect(room, 'in the room').to.contain('Partner A 2');
    expect(seenText(indicator.shadowRoot!.querySelector('[part=movements]')), 'movements').to.contain('Partner A 2');
    expect(shownText(indicator), 'anywhere').not.to.contain('Partner C');
  });

  it('among the seats missing, once the meeting is past and the seat has moved', async () => {
    const doc = movedSeatDocument({ 's-a': 'holder', 's-b': 'holder', 's-x': 'absent' });
    const indicator = await showWith('quorum-indicator', doc, { meeting: 'm', today: '2019-12-10' });
    expect(shownText(indicator)).to.contain(q.missingSeat('Partner A 2', 'Xena'));
    expect(shownText(indicator)).not.to.contain('Partner C');
  });

  it('among the seats not counted, a vacant seat named after its partner then', async () => {
    const doc = movedSeatDocument({ 's-a': 'holder', 's-b': 'holder' }, null);
    const indicator = await showWith('quorum-indicator', doc, { meeting: 'm', today: '2019-12-10' });
    expect(shownText(indicator)).to.contain(q.vacantNotCounted('Partner A 2'));
    expect(shownText(indicator)).not.to.contain('Partner C');
  });

  it('on the check-in rows, as the roster of the meeting numbers them', async () => {
    const indicator = document.createElement('quorum-indicator');
    const src = documentUrl(movedSeatDocument({ 's-a': 'holder' }), uniqueKey('meeting-day'));
    const attrs = { src, meeting: 'm', now: at('16:15'), editable: '', clerk: 'cara', live: 'off' };
    for (const [name, value] of Object.entries({ ...attrs, endpoint: respondUrl({ status: 201 }) }))
      indicator.setAttribute(name, value);
    document.body.append(indicator);
    await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'the check-in', { timeout: 4000 });
    expect(checkInRows(indicator)).to.deep.equal(['Partner A 1', 'Partner B', 'Partner A 2', 'Chair']);
  });
});
