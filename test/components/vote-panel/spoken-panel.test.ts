/**
 * The vote panel as a screen reader says it: the proposal's status tag ends before the line after it, where the
 * two were one run of speech; and in the cards of "How each seat voted" on a phone, each field's label is drawn
 * and not spoken, the table's own column header naming it once.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { axNodesShown, pageTree, speech } from '../../fixtures/spoken.js';
import { placeAt, resetWindow } from '../action-tracker/layout-helpers.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

afterEach(async () => {
  await resetWindow();
  document.querySelectorAll('vote-panel').forEach((e) => e.remove());
});

describe('<vote-panel> as a screen reader says it', () => {
  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`ends the status tag with a pause before who proposed it (${lang})`, async () => {
      const sutton = await seedDocument('sutton');
      await showWith('vote-panel', sutton, { proposal: 'wsoa-reporting', today: '2019-12-10', lang });
      const [region] = await axNodesShown(
        'region',
        'Receive monthly highlight reports against the Written Statement of Action',
      );
      const t = msg.votePanel;
      expect(speech(region!)).to.contain(`${t.status('open')}. ${t.proposedBy('Education Operational Group')}.`);
    });
  }

  it('in the cards of how each seat voted, a cell is its own words, its column header heard once', async () => {
    const sutton = await seedDocument('sutton');
    const panel = document.createElement('vote-panel');
    (panel as unknown as { data: unknown }).data = sutton;
    for (const [name, value] of Object.entries({ proposal: 'hnb-plan', today: '2019-12-10' })) {
      panel.setAttribute(name, value);
    }
    await placeAt(320, panel);
    await until(() => Boolean(panel.shadowRoot?.querySelector('details.choices, .choices details')), 'the choices');
    const details = panel.shadowRoot!.querySelector('details')!;
    details.open = true;
    await until(() => details.open, 'the choices open');
    const said = speech(await pageTree());
    const t = en.votePanel;
    expect(said, 'each seat is said').to.contain(t.choice('for'));
    expect(said).not.to.match(new RegExp(`${t.choicesVote} (${t.choice('for')}|${t.choice('against')})`));
    expect(said).not.to.match(new RegExp(`${t.choicesBy} (?!${t.choicesVote})`));
  });
});
