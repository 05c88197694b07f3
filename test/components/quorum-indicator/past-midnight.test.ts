/**
 * <quorum-indicator> of a meeting still on past midnight, nobody checked in yet: its quorum stays "not yet known"
 * across the UK date's turn, until the meeting's end, as the roster beside it says "Not recorded yet". At 00:01 it
 * said "Not quorate", the meeting on and check-in still open. The device's clock is stood in for by a `Date` whose
 * "now" the test moves.
 */
import { expect } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { en } from '../../../src/messages/en.js';
import { rulesInput } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { seenText } from '../../fixtures/text.js';
import { deviceClock } from '../../fixtures/device-clock.js';

const q = en.quorum;
/** The board meets from 11:30pm on 7 December 2026 to 1am on the 8th (GMT); nobody is recorded yet. */
const lateMeeting = () =>
  rulesInput({
    group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    meeting: { start: '2026-12-07T23:30:00Z', end: '2026-12-08T01:00:00Z', attendance: {} },
  });

/** The verdict on the meeting as a whole, its word: the last verdict, after quorum now while the meeting is on. */
const wholeMeeting = (indicator: Element) =>
  seenText([...indicator.shadowRoot!.querySelectorAll('[part=verdict] strong')].at(-1)!);

describe('<quorum-indicator> of a meeting still on past midnight', () => {
  const clock = deviceClock('2026-12-07T23:59:00Z');
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('says "Not yet known" at 00:01, the meeting on, and "Not quorate" once it has ended', async () => {
    clock.setTo('2026-12-07T23:59:00Z');
    const indicator = await showWith('quorum-indicator', lateMeeting(), { meeting: 'm' });
    expect(wholeMeeting(indicator), 'at 11:59pm').to.equal(q.notYet);
    // Midnight in London passes; the clerk looks at the tab again, at 00:01.
    clock.setTo('2026-12-08T00:01:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    const at0001 = q.nowHeading(en.format.time('2026-12-08T00:01:00Z'));
    await until(() => seenText(indicator.shadowRoot!.querySelector('section')).includes(at0001), 'rendered at 00:01');
    expect(wholeMeeting(indicator), 'at 12:01am').to.equal(q.notYet);
    clock.setTo('2026-12-08T01:01:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => wholeMeeting(indicator) === q.notQuorate, 'not quorate once the meeting is over');
  });
});
