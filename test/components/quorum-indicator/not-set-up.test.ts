// A check-in that cannot send says what the site's web team has left to set, and only that: it said "set the clerk
// attribute … and the endpoint attribute" with the clerk set, and never named `submit`.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { eogCheckIn, type Indicator } from './check-in-fixture.js';

/** The indicator's check-in notice, once its meeting is shown. */
async function noticeOf(more: Record<string, string>, lang = 'en', submit?: unknown): Promise<string> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const indicator: Indicator & { submit?: unknown } = eogCheckIn(more);
  if (submit) indicator.submit = submit;
  wrapper.append(indicator);
  const words = lang === 'cy' ? cy.checkIn : en.checkIn;
  const notices = [words.noClerk, words.noClerkPerson, words.noClerkEndpoint];
  const found = () =>
    [...indicator.shadowRoot!.querySelectorAll('p')]
      .map((p) => p.textContent!.replace(/\s+/g, ' ').trim())
      .find((text) => notices.includes(text) || /web team|tîm gwe/.test(text));
  await waitUntil(found, 'the notice shown', { timeout: 4000 });
  return found()!;
}

describe('<quorum-indicator editable> not set up: the notice names what is missing', () => {
  it('a clerk and no endpoint: the endpoint attribute or the submit property, not the clerk', async () => {
    const text = await noticeOf({});
    expect(text).to.equal(en.checkIn.noClerkEndpoint);
    expect(text).to.include('endpoint attribute or the submit property');
    expect(text).not.to.include('clerk attribute');
  });

  it('an endpoint, or a submit function, and no clerk: the clerk attribute alone', async () => {
    for (const text of [
      await noticeOf({ clerk: '', endpoint: '/never-sent' }),
      await noticeOf({ clerk: '' }, 'en', () => new Promise(() => {})),
    ]) {
      expect(text).to.equal(en.checkIn.noClerkPerson);
      expect(text).not.to.include('endpoint');
    }
  });

  it('neither: both, the submit property named beside the endpoint attribute', async () => {
    const text = await noticeOf({ clerk: '' });
    expect(text).to.equal(en.checkIn.noClerk);
    expect(text).to.include('clerk attribute');
    expect(text).to.include('endpoint attribute or the submit property');
  });

  it('in Welsh too', async () => {
    const text = await noticeOf({}, 'cy');
    expect(text).to.equal(cy.checkIn.noClerkEndpoint);
    expect(text).to.include('priodoledd endpoint neu briodwedd submit');
  });
});
