/**
 * The host's own words in a Welsh panel are marked as English: a screen reader read "Voting has closed." in a Welsh
 * voice inside "Dywedodd y gweinydd: …" (WCAG 3.1.2, language of parts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { cy } from '../../../src/messages/cy.js';

const statusOf = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!;

describe('<vote-panel>: the host’s words in another language', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('marks the host’s English words lang="en" in the Welsh status region, once', async () => {
    const panel = document.createElement('vote-panel') as VotePanel;
    // A 4xx that names no record: kept, with the host's words.
    const endpoint = `/__respond?status=422&key=v-${Math.random()}&body=${encodeURIComponent('{"error":"Voting has closed."}')}`;
    const attrs = {
      proposal: 'wsoa-reporting',
      today: '2019-12-10',
      voter: 'p-cirrus-head',
      lang: 'cy',
      endpoint,
      src: `/demo/data/sutton.json?test=${Math.random()}`,
    };
    for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
    document.body.append(panel);
    await waitUntil(() => panel.shadowRoot?.querySelector('input[value=for]'), 'the panel loaded', { timeout: 4000 });
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusOf(panel).textContent!.includes(cy.shared.hostSaid('Voting has closed.')), 'queued', {
      timeout: 4000,
    });
    const english = statusOf(panel).querySelectorAll('[lang]');
    expect(english.length).to.equal(1);
    expect(english[0]!.getAttribute('lang')).to.equal('en');
    expect(english[0]!.textContent).to.equal('Voting has closed.');
    expect(statusOf(panel).textContent).not.to.contain('heb ddweud pam');
  });
});
