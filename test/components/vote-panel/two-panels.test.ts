/**
 * Two vote panels on one page (a meeting's page with a proposal each): a member using voice control says the
 * name of what they want ("click How each seat voted"), and a name both panels share is ambiguous. Each
 * panel's controls are named after its proposal too, the visible label first (WCAG 2.5.3, Label in Name).
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { boardDraft, boardVote, type LooseDocument } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/risk-action-helpers.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

/** The board with a second proposal, "The budget", and a vote on each. */
function twoProposals(): LooseDocument {
  const draft = boardDraft();
  const plan = draft.proposals[0];
  draft.proposals.push({ ...plan, id: 'p2', title: 'The budget' });
  draft.votes = [boardVote('s-a', 'p-a', 'for'), { ...boardVote('s-b', 'p-b', 'against'), id: 'v-p2', proposal: 'p2' }];
  return draft;
}

/** The text of the first `selector` in `panel`, spaces as a name has them. */
const named = (panel: Element, selector: string) =>
  panel.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('two vote panels on a page', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`name "${words.votePanel.choicesTitle}" and the vote button after each one’s proposal, the visible words first (${lang})`, async () => {
      const draft = twoProposals();
      const attrs = { today: '2019-10-15', voter: 'p-c', endpoint: '/x', lang };
      const plan = await showWith('vote-panel', draft, { ...attrs, proposal: 'p1' });
      const budget = await showWith('vote-panel', draft, { ...attrs, proposal: 'p2' });
      const panels = [plan, budget];
      await until(
        () => panels.every((panel) => panel.shadowRoot!.querySelector('details.choices')),
        'both counts drawn',
      );
      const names = panels.map((panel) => named(panel, 'details.choices summary'));
      expect(names[0]).not.to.equal(names[1]);
      for (const name of names) expect(name.startsWith(words.votePanel.choicesTitle), name).to.equal(true);
      expect(names[0]).to.contain('The plan');
      expect(names[1]).to.contain('The budget');
      const buttons = panels.map((panel) => named(panel, 'button[type=submit]'));
      expect(buttons[0], 'the vote buttons, one seat’s in both').not.to.equal(buttons[1]);
      for (const name of buttons) expect(name.startsWith(words.votePanel.castButton), name).to.equal(true);
      expect(named(plan, 'details.choices summary .visually-hidden'), 'only the proposal is unseen').to.contain(
        'The plan',
      );
    });
  }
});
