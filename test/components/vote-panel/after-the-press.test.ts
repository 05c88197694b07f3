/**
 * What a member's vote form shows from pressing Cast vote to the host's answer. On a phone over mobile data
 * the form said the vote was on its way, then, once the host had it, "recorded" above that line for a
 * moment, and then dropped the line: the button jumped down and back up under the member's thumb, most of
 * a second after the press (a layout shift of 0.22 on a 360 × 740 screen).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';

const t = en.votePanel;

/**
 * A panel on the Sutton document given as `data`, whose host takes a vote and, as the reference host's live
 * channel does, has the document with it in the page before the answer to the POST is read.
 */
async function panelFor(voter: string): Promise<VotePanel> {
  const sutton = await seedDocument('sutton');
  const panel = document.createElement('vote-panel') as VotePanel;
  panel.submit = async (record) => {
    panel.data = { ...sutton, votes: [...(sutton['votes'] as unknown[]), record] };
    await panel.updateComplete;
  };
  panel.data = sutton;
  for (const [name, value] of Object.entries({ proposal: 'wsoa-reporting', today: '2019-12-10', voter })) {
    panel.setAttribute(name, value);
  }
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded', { timeout: 4000 });
  return panel;
}

/** The lines above the form's choices, at each render from now on. */
function watchLines(panel: VotePanel): { seen: string[][]; stop(): void } {
  const seen: string[][] = [];
  const read = () =>
    seen.push([...panel.shadowRoot!.querySelectorAll('.seat-form > p.current')].map((p) => p.textContent!.trim()));
  const observer = new MutationObserver(read);
  observer.observe(panel.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('<vote-panel> from the press to the host’s answer', () => {
  it('never says the vote is both recorded and on its way: the line that said it was sending gives way', async () => {
    const panel = await panelFor('p-cirrus-head');
    const lines = watchLines(panel);
    try {
      panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!.click();
      panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => lines.seen.some((shown) => shown.includes(t.waiting('against'))), 'said it is sending');
      await waitUntil(
        () => panel.shadowRoot!.querySelector('.seat-form > p.current[data-recorded=against]'),
        'recorded as the member’s vote',
      );
      await waitUntil(() => !shownText(panel).includes(t.waiting('against')), 'no longer sending');
      const recorded = t.current('against', '\u0000').split('\u0000')[0]!;
      const both = lines.seen.filter(
        (shown) => shown.includes(t.waiting('against')) && shown.some((line) => line.startsWith(recorded)),
      );
      expect(both, 'renders that said both').to.deep.equal([]);
    } finally {
      lines.stop();
      panel.remove();
    }
  });
});
