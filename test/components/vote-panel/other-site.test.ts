/**
 * A vote the host refuses because the page's site is not one it accepts (partnership-kit/server's `allowOrigin`
 * check: a 403 with `reason: "other-site"` and no record) is said as that, in the page's language: the member is
 * signed in, so "you are not signed in, or your session has ended" sent them to sign in again for nothing. Only
 * the site's web team can mend it; the vote stays kept on this device, as before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { shownText } from '../../fixtures/text.js';

const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** partnership-kit/server's answer to a record from a site it does not accept (src/server/record-gates.ts). */
const otherSiteBody = JSON.stringify({
  error: 'This request came from another site, so it was refused.',
  reason: 'other-site',
});
const refusingTheSite = () =>
  `/__respond?status=403&type=application/json&key=v-${Math.random()}&body=${encodeURIComponent(otherSiteBody)}`;

async function panelIn(lang: string, ready: string): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  const attrs = {
    lang,
    proposal: 'wsoa-reporting',
    today: '2019-12-10',
    voter: 'p-cirrus-head',
    endpoint: refusingTheSite(),
    src: `/demo/data/sutton.json?other-site=${Math.random()}`,
  };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(ready), 'the panel loaded', { timeout: 4000 });
  return panel;
}

describe('<vote-panel>: a vote refused for the page’s site', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`says the site's web team must mend it, not that the member is signed out (${lang})`, async () => {
      const panel = await panelIn(lang, words.votePanel.yourVote);
      panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
      panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const said = words.votePanel.queued('other-site');
      expect(said, 'the language has words for it').to.be.a('string');
      await waitUntil(() => statusText(panel).startsWith(said), `said: ${said}`, { timeout: 4000 });
      expect(statusText(panel)).not.to.include(words.votePanel.queued('signed-out'));
    });
  }
});
