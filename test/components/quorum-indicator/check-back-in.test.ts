// The clerk's check-in says what its button will do and what is not saved yet. A seat whose person has left,
// its radios on the attendance they left with, offers "Check back in", not a Save that brings them back silently,
// and what is said after names them as back. A choice that differs from the recorded one is said by the button,
// as part of the radios' description, until saved or put back.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { at, rulesInput } from '../../fixtures/documents.js';
import { documentUrl, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { laidOutText, shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { attendanceRadios, chooseAttendance, type Indicator } from './check-in-fixture.js';

const c = en.checkIn;

/** The board meets from 4pm to 6pm on 15 October 2019: Cara (Chair) since 4pm, Ben (Secondary) left at 4:30pm. */
function meetingDocument() {
  return rulesInput({
    group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    meeting: {
      end: at('18:00'),
      attendance: {
        chair: { as: 'holder', arrived: at('16:00') },
        secondary: { as: 'holder', arrived: at('16:10'), left: at('16:30') },
        special: 'apologies',
      },
    },
  });
}

async function checkIn(attrs: Record<string, string>): Promise<Indicator> {
  const indicator = document.createElement('quorum-indicator') as Indicator;
  const src = documentUrl(meetingDocument(), uniqueKey('back-in'));
  const all = { meeting: 'm', editable: '', clerk: 'cara', src, endpoint: respondUrl({ status: 201 }), ...attrs };
  for (const [name, value] of Object.entries(all)) indicator.setAttribute(name, value);
  document.body.append(indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'loaded', { timeout: 4000 });
  return indicator;
}

const rowOf = (indicator: Element, seat: string) =>
  [...indicator.shadowRoot!.querySelectorAll('[part=check-in] tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent?.trim() === seat,
  )!;
/** The seat's first button: its Save, or its Check back in. */
const firstButton = (indicator: Element, seat: string) => rowOf(indicator, seat).querySelector('button')!;
const cueOf = (indicator: Element, seat: string) => rowOf(indicator, seat).querySelector<HTMLElement>('.unsaved');
const groupOf = (indicator: Element, seat: string) => rowOf(indicator, seat).querySelector('fieldset')!;
/** The words the group's aria-describedby points at, as a screen reader reads them with it. */
const description = (indicator: Element, seat: string) =>
  (groupOf(indicator, seat).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => laidOutText(indicator.shadowRoot!.getElementById(id)))
    .join(' ');
/** What the check-in's own status region says, under its table. */
const announced = (indicator: Element) => laidOutText(indicator.shadowRoot!.querySelector('.check-in + [role=status]'));

describe('<quorum-indicator> check-in: checking back in, and a choice not saved', () => {
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  it('a seat whose person has left offers Check back in, and says they are back once saved', async () => {
    const indicator = await checkIn({ now: at('16:45') });
    expect(laidOutText(firstButton(indicator, 'Secondary'))).to.equal(
      `${c.checkBackIn} ${c.checkBackInFor('Secondary')}`,
    );
    expect(laidOutText(firstButton(indicator, 'Chair')), 'a seat in the room').to.equal(
      `${c.save} ${c.saveFor('Chair')}`,
    );
    firstButton(indicator, 'Secondary').click();
    await indicator.updateComplete;
    await waitUntil(() => announced(indicator) === c.checkedBackIn('Secondary'), 'said to be back', {
      timeout: 4000,
    });
    expect(laidOutText(firstButton(indicator, 'Secondary')), 'in the room again').to.equal(
      `${c.save} ${c.saveFor('Secondary')}`,
    );
    expect(shownText(rowOf(indicator, 'Secondary'))).not.to.contain(c.leftAt(en.format.time(at('16:30'))));
  });

  it('another attendance chosen for a seat that has left is a Save, and its cue says so until put back', async () => {
    const indicator = await checkIn({ now: at('16:45') });
    chooseAttendance(indicator, 'Secondary', 'apologies');
    await indicator.updateComplete;
    expect(laidOutText(firstButton(indicator, 'Secondary'))).to.equal(`${c.save} ${c.saveFor('Secondary')}`);
    expect(laidOutText(cueOf(indicator, 'Secondary'))).to.equal(en.shared.notSaved);
    expect(description(indicator, 'Secondary')).to.equal(
      `${c.leftAt(en.format.time(at('16:30')))} ${en.shared.notSaved}`,
    );
    chooseAttendance(indicator, 'Secondary', 'holder');
    await indicator.updateComplete;
    expect(cueOf(indicator, 'Secondary'), 'put back: nothing to save').to.equal(null);
    expect(laidOutText(firstButton(indicator, 'Secondary'))).to.equal(
      `${c.checkBackIn} ${c.checkBackInFor('Secondary')}`,
    );
  });

  it('a proxy checked in for a holder who has left is said to be in the room for the seat, not back', async () => {
    const indicator = await checkIn({ now: at('16:45') });
    chooseAttendance(indicator, 'Secondary', 'proxy');
    await indicator.updateComplete;
    firstButton(indicator, 'Secondary').click();
    await indicator.updateComplete;
    const saving = [c.saving('Secondary'), c.checkingBackIn('Secondary')];
    await waitUntil(() => !['', ...saving].includes(announced(indicator)), 'saved', { timeout: 4000 });
    // The proxy had not been in the room: "checked back in… again" was said of them.
    expect(announced(indicator)).not.to.equal(c.checkedBackIn('Secondary'));
    expect(announced(indicator)).to.equal(c.checkedInFor('Secondary', 'proxy'));
  });

  it('after the meeting’s day, Save stays Save: it corrects the record, it brings no one back', async () => {
    const indicator = await checkIn({ now: at('09:00', '2019-10-20') });
    expect(laidOutText(firstButton(indicator, 'Secondary'))).to.equal(`${c.save} ${c.saveFor('Secondary')}`);
  });

  it('a choice not saved is cued by the button, in the group’s description, no live region; gone once saved', async () => {
    const indicator = await checkIn({ now: at('16:45') });
    expect(cueOf(indicator, 'Special'), 'nothing chosen yet').to.equal(null);
    expect(groupOf(indicator, 'Special').hasAttribute('aria-describedby')).to.equal(false);
    chooseAttendance(indicator, 'Special', 'absent');
    await indicator.updateComplete;
    const cue = cueOf(indicator, 'Special')!;
    expect(laidOutText(cue)).to.equal(en.shared.notSaved);
    expect(cue.closest('[role=status], [role=alert], [aria-live]'), 'not announced at every arrow key').to.equal(null);
    expect(cue.getAttribute('role')).to.equal(null);
    expect(description(indicator, 'Special')).to.equal(en.shared.notSaved);
    expect(attendanceRadios(indicator, 'Special').find((r) => r.checked)?.value).to.equal('absent');
    firstButton(indicator, 'Special').click();
    await indicator.updateComplete;
    expect(cueOf(indicator, 'Special'), 'saved').to.equal(null);
    expect(groupOf(indicator, 'Special').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('in Welsh: Cofnodi dychweliad, the cue, and what is said after', async () => {
    const indicator = await checkIn({ now: at('16:45'), lang: 'cy' });
    await waitUntil(() => laidOutText(firstButton(indicator, 'Secondary')).startsWith(cy.checkIn.checkBackIn));
    chooseAttendance(indicator, 'Special', 'absent');
    await indicator.updateComplete;
    expect(laidOutText(cueOf(indicator, 'Special'))).to.equal(cy.shared.notSaved);
    firstButton(indicator, 'Secondary').click();
    await waitUntil(() => announced(indicator) === cy.checkIn.checkedBackIn('Secondary'), 'said in Welsh', {
      timeout: 4000,
    });
  });
});
