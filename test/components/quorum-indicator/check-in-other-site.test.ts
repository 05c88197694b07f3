// A clerk's check-in the host refused because of the page's site (partnership-kit/server's allowOrigin check: a 403
// with reason "other-site") is said as that: only the site's web team can change it. It was said as "you are not
// signed in", and, once the outbox told the reason apart, as "sent when the connection returns": neither is so.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { at, rulesInput } from '../../fixtures/documents.js';
import { documentUrl, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { laidOutText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import type { Indicator } from './check-in-fixture.js';

const refusingTheSite = () =>
  respondUrl({
    status: 403,
    type: 'application/json',
    body: JSON.stringify({ error: 'This request came from another site, so it was refused.', reason: 'other-site' }),
  });

/** The board meeting at 4:45pm: Ben (Secondary) left at 4:30pm, so his seat offers Check back in. */
async function checkIn(lang: string): Promise<Indicator> {
  const document_ = rulesInput({
    meeting: {
      end: at('18:00'),
      attendance: {
        chair: { as: 'holder', arrived: at('16:00') },
        secondary: { as: 'holder', arrived: at('16:10'), left: at('16:30') },
      },
    },
  });
  const indicator = document.createElement('quorum-indicator') as Indicator;
  const attrs = {
    lang,
    meeting: 'm',
    editable: '',
    clerk: 'cara',
    now: at('16:45'),
    src: documentUrl(document_, uniqueKey('other-site')),
    endpoint: refusingTheSite(),
  };
  for (const [name, value] of Object.entries(attrs)) indicator.setAttribute(name, value);
  document.body.append(indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'loaded', { timeout: 4000 });
  return indicator;
}

const announced = (indicator: Element) => laidOutText(indicator.shadowRoot!.querySelector('.check-in + [role=status]'));

describe('<quorum-indicator> check-in refused for the page’s site', () => {
  afterEach(() => document.querySelectorAll('quorum-indicator').forEach((e) => e.remove()));

  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`says only the site's web team can change it (${lang})`, async () => {
      const indicator = await checkIn(lang);
      const row = [...indicator.shadowRoot!.querySelectorAll('[part=check-in] tbody tr')].find(
        (tr) => tr.querySelector('th')?.textContent?.trim() === 'Secondary',
      )!;
      row.querySelector('button')!.click();
      const said = words.checkIn.queued('Secondary', 'other-site');
      await waitUntil(() => announced(indicator).startsWith(said), `said: ${said}`, { timeout: 4000 });
      expect(said).not.to.equal(words.checkIn.queued('Secondary', 'signed-out'));
      expect(said).not.to.equal(words.checkIn.queued('Secondary', 'offline'));
    });
  }
});
