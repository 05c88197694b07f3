// A second vote panel for the same voter joining the page made the first draw again, whatever it showed. The first
// of a voter's panels lists their votes on proposals no panel of theirs shows; a panel joining changes that list
// only when the page's outbox holds such a vote. With none, the first draws nothing new, and now does not draw.
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { uniqueKey } from '../../fixtures/probe-element.js';

const VOTER = 'p-carew-head';
let panels: VotePanel[] = [];
afterEach(() => {
  panels.forEach((panel) => panel.remove());
  panels = [];
});

/** A panel of `proposal` for the test's voter on `src`, mounted and drawn. */
async function panelFor(proposal: string, src: string): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  const attrs = { src, proposal, voter: VOTER, live: 'off', today: '2019-12-10', now: '2019-12-10T16:30:00+00:00' };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  panel.submit = async () => undefined;
  document.body.append(panel);
  panels.push(panel);
  for (let turn = 0; turn < 300 && !panel.shadowRoot?.querySelector('form'); turn += 1)
    await new Promise((done) => setTimeout(done, 10));
  await panel.updateComplete;
  return panel;
}

describe('a second vote panel for the same voter', () => {
  it('joining the page, and leaving it, does not make the first draw again when no vote of theirs waits', async () => {
    const src = `${location.origin}/demo/data/sutton.json?${uniqueKey()}`;
    const first = await panelFor('wsoa-reporting', src);
    let draws = 0;
    first.addController({ hostUpdated: () => (draws += 1) });
    const second = await panelFor('wsoa-reporting', src);
    await new Promise((done) => setTimeout(done, 50));
    await first.updateComplete;
    expect(draws, 'the first panel’s draws as the second joins').to.equal(0);
    second.remove();
    await new Promise((done) => setTimeout(done, 50));
    await first.updateComplete;
    expect(draws, 'and as it leaves').to.equal(0);
  });
});
