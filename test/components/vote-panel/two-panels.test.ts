/**
 * Two vote panels on one page (a meeting's page with a proposal each): a member using voice control says the
 * name of what they want ("click How each seat voted"), and a name both panels share is ambiguous. Each
 * panel's controls are named after its proposal too, the visible label first (WCAG 2.5.3, Label in Name).
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../components/vote-panel/vote-panel.js';
import { boardDraft, boardVote, type LooseDocument } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
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

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/** The names Chromium gives the page's nodes of `role`, in page order: what a screen reader lists and voice control hears. */
async function axNames(role: string): Promise<string[]> {
  const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return flat(tree)
    .filter((node) => node.role === role)
    .map((node) => node.name ?? '');
}

/** The legend's words a sighted member sees: its own text, not the unseen part. */
function shownLegend(panel: Element): string {
  const legend = panel.shadowRoot!.querySelector('legend')!;
  return [...legend.childNodes]
    .filter(
      (node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.matches('.visually-hidden')),
    )
    .map((node) => node.textContent)
    .join('');
}

/**
 * The name Chromium gives each panel's radio group, read from its legend (`shown` its visible words). The snapshot leaves out groups (only
 * controls are "interesting" to it), so a probe button named by the legend (aria-labelledby) reads the words
 * Chromium takes from it, as it does for the fieldset: the same walk of the legend's text, unseen parts and all.
 */
async function legendNames(panels: Element[], shown: string): Promise<string[]> {
  const probes = panels.map((panel, index) => {
    const legend = panel.shadowRoot!.querySelector('legend')!;
    legend.id = `probe-legend-${index}`;
    const probe = document.createElement('button');
    probe.setAttribute('aria-labelledby', legend.id);
    probe.dataset.probe = '';
    panel.shadowRoot!.append(probe);
    return probe;
  });
  const names = (await axNames('button')).filter((name) => name.startsWith(shown));
  for (const probe of probes) probe.remove();
  return names;
}

/** Both panels, the plan's and the budget's, with their seat forms drawn, for p-c (who holds a seat in both). */
async function bothPanels(lang: string) {
  const draft = twoProposals();
  const attrs = { today: '2019-10-15', voter: 'p-c', endpoint: '/x', lang };
  const plan = await showWith('vote-panel', draft, { ...attrs, proposal: 'p1' });
  const budget = await showWith('vote-panel', draft, { ...attrs, proposal: 'p2' });
  await until(
    () => [plan, budget].every((panel) => panel.shadowRoot!.querySelector('form.seat-form legend')),
    'both seat forms drawn',
  );
  return [plan, budget];
}

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

  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`name each panel’s choices (the radio group) after its proposal, the legend’s visible words first (${lang})`, async () => {
      const panels = await bothPanels(lang);
      const legend = words.votePanel.legendHolder('Partner C');
      expect(panels.map(shownLegend), 'the legends’ visible words, unchanged').to.deep.equal([legend, legend]);
      expect(await legendNames(panels, legend)).to.deep.equal([
        `${legend}${words.votePanel.onProposal('The plan')}`,
        `${legend}${words.votePanel.onProposal('The budget')}`,
      ]);
    });

    it(`name the vote button and the count with no space before their unseen words (${lang})`, async () => {
      await bothPanels(lang);
      const t = words.votePanel;
      const buttons = (await axNames('button')).filter((name) => name.startsWith(t.castButton));
      expect(buttons).to.deep.equal([
        `${t.castButton}${t.forSeat('Partner C')}${t.onProposal('The plan')}`,
        `${t.castButton}${t.forSeat('Partner C')}${t.onProposal('The budget')}`,
      ]);
      expect(await axNames('DisclosureTriangle')).to.deep.equal([
        `${t.choicesTitle}${t.onProposal('The plan')}`,
        `${t.choicesTitle}${t.onProposal('The budget')}`,
      ]);
    });
  }

  it('say the whole name of the vote button as written, in English and Welsh', async () => {
    await bothPanels('en');
    expect((await axNames('button')).filter((name) => name.startsWith('Cast vote'))[0]).to.equal(
      'Cast vote on behalf of Partner C on the proposal “The plan”',
    );
    document.querySelectorAll('vote-panel').forEach((e) => e.remove());
    await bothPanels('cy');
    expect((await axNames('button')).filter((name) => name.startsWith('Bwrw pleidlais'))[0]).to.equal(
      'Bwrw pleidlais ar ran Partner C ar y cynnig “The plan”',
    );
  });
});
