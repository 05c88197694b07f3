/**
 * The vote panel and declarations of interest (contract 1.1): the
 * declarations shown with the proposal, a member who withdrew told they
 * cannot vote, and the proxy voting in the place of a holder who withdrew.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { boardDraft, type LooseDocument } from '../../fixtures/documents.js';
import { documentUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/names.js';

const t = en.votePanel;

/** The board with Person b (holder of s-b) present and withdrawn, and Person c declaring without withdrawing. */
function declared(): LooseDocument {
  const draft = boardDraft();
  draft.meetings[0].attendance = { 's-b': 'holder', 's-c': 'holder', 's-chair': 'holder' };
  draft.proposals[0].declarations = [
    {
      person: 'p-b',
      interest: 'Governor of a school named in the plan',
      withdrew: true,
      declared: '2019-10-15T16:05:00+01:00',
    },
    { person: 'p-c', interest: 'Spouse works for the council', withdrew: false },
  ];
  return draft;
}

// The meeting's moment, not the device's time of day: `today` alone is that date at the device's clock time, and
// before 4:05pm the holder had not yet withdrawn (this test failed when run after midnight UTC).
const ON_THE_DAY = { proposal: 'p1', today: '2019-10-15', now: '2019-10-15T16:30:00+01:00' };
const names = namesIn(declared() as unknown as PartnershipDocument, en);

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/**
 * What a screen reader reads for each declaration: the name Chromium computes from the item's text, read through a
 * probe button named by it (aria-labelledby), as the snapshot lists controls only.
 */
async function declarationsRead(panel: Element): Promise<string[]> {
  const root = panel.shadowRoot!;
  const probes = [...root.querySelectorAll('[part=declarations] li')].map((item, index) => {
    item.id = `probe-declaration-${index}`;
    const probe = document.createElement('button');
    probe.setAttribute('aria-labelledby', item.id);
    root.append(probe);
    return probe;
  });
  const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  for (const probe of probes) probe.remove();
  const ids = probes.map((_, index) => index);
  return flat(tree)
    .filter((node) => node.role === 'button')
    .map((node) => node.name ?? '')
    .slice(-ids.length);
}

describe('<vote-panel> with declarations of interest', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('shows each declaration: who, for which seat, the interest, and whether they withdrew', async () => {
    const panel = await showWith('vote-panel', declared(), ON_THE_DAY);
    const text = shownText(panel);
    expect(text).to.contain(t.declarationsTitle);
    const items = [...panel.shadowRoot!.querySelectorAll('[part=declarations] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      `${t.declaredFor(names.person('p-b'), names.seat('s-b'))}: ${t.interest('Governor of a school named in the plan')} ${t.withdrewForItem} ${t.declaredAt(en.format.dateTime('2019-10-15T16:05:00+01:00'))}`,
      `${t.declaredFor(names.person('p-c'), names.seat('s-c'))}: ${t.interest('Spouse works for the council')} ${t.stayedForItem}`,
    ]);
    await expectNoAxeViolations(panel);
  });

  // The interest is the document's words, written without a full stop: a screen reader read "…named in the plan
  // Withdrew for this item" as one sentence, and "…vote on it.Declared on…" ran together too. The messages end the
  // interest as a sentence, in English and Welsh, and a space parts the outcome from when it was declared.
  for (const [lang, m] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`in ${lang}, a screen reader reads the interest and whether they withdrew as separate sentences`, async () => {
      const panel = await showWith('vote-panel', declared(), { ...ON_THE_DAY, lang });
      await until(() => shownText(panel).includes(m.votePanel.declarationsTitle), `the declarations in ${lang}`);
      const [withdrew, stayed] = await declarationsRead(panel);
      const declaredAt = m.votePanel.declaredAt(m.format.dateTime('2019-10-15T16:05:00+01:00'));
      expect(withdrew).to.contain(
        `Governor of a school named in the plan. ${m.votePanel.withdrewForItem} ${declaredAt}`,
      );
      expect(stayed).to.contain(`Spouse works for the council. ${m.votePanel.stayedForItem}`);
    });
  }

  it('an interest written with its own full stop, question mark or quote keeps it, and gains no second one', () => {
    for (const m of [en, cy]) {
      expect(m.votePanel.interest('Spouse works for the council.')).to.equal('Spouse works for the council.');
      expect(m.votePanel.interest('Trustee of “Sutton Arts.”')).to.equal('Trustee of “Sutton Arts.”');
      expect(m.votePanel.interest('A school named?')).to.equal('A school named?');
      expect(m.votePanel.interest('Spouse works for the council')).to.equal('Spouse works for the council.');
    }
  });

  it('shows no declarations section when none were made', async () => {
    const draft = boardDraft();
    const panel = await showWith('vote-panel', draft, ON_THE_DAY);
    const text = shownText(panel);
    expect(text).not.to.contain(t.declarationsTitle);
    expect(panel.shadowRoot!.querySelector('[part=declarations]')).to.equal(null);
  });

  it('tells a member who withdrew that they cannot vote on it, with no voting control', async () => {
    const panel = await showWith('vote-panel', declared(), { ...ON_THE_DAY, voter: 'p-b', endpoint: '/x' });
    expect(panel.shadowRoot!.querySelector('input[type=radio]')).to.equal(null);
    expect(shownText(panel)).to.contain(t.cannotVote).and.contain(t.youWithdrew);
    expect(panel.shadowRoot!.querySelector('li[data-reason]')!.getAttribute('data-reason')).to.equal(
      'declared-interest',
    );
    await expectNoAxeViolations(panel);
  });

  it('says a seat whose holder withdrew, with no proxy, cannot vote, and why: not "not voted yet"', async () => {
    // Person c (s-c, no proxy) withdraws too; Person b's proxy may still vote for s-b in their place.
    const draft = declared();
    draft.proposals[0].declarations[1].withdrew = true;
    const panel = await showWith('vote-panel', draft, ON_THE_DAY);
    const rows = [...panel.shadowRoot!.querySelectorAll('details tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).to.deep.include([names.seat('s-c'), t.withdrewHolder(names.person('p-c')), t.seatCannotVote]);
    expect(rows).to.deep.include([names.seat('s-b'), names.person('p-b'), t.notVotedYet]);
    await expectNoAxeViolations(panel);
  });

  it('a member who declared but stayed votes as usual', async () => {
    const panel = await showWith('vote-panel', declared(), { ...ON_THE_DAY, voter: 'p-c', endpoint: '/x' });
    expect(panel.shadowRoot!.querySelectorAll('input[type=radio]').length).to.equal(3);
  });

  it('offers the proxy the seat’s vote in place of the holder who withdrew, though the holder is in the room', async () => {
    const panel = document.createElement('vote-panel') as VotePanel;
    const endpoint = `/__respond?status=201&type=application/json&key=${uniqueKey('in-place')}&body=%7B%7D`;
    const attrs = { ...ON_THE_DAY, voter: 'p-b2', endpoint, src: documentUrl(declared()) };
    for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
    document.body.append(panel);
    await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded', { timeout: 4000 });
    expect(shownText(panel)).to.contain(t.inPlaceOf(names.person('p-b')));
    expect(panel.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal(
      `${t.legendProxy(names.seat('s-b'), names.person('p-b'))}${t.onProposal(names.proposal('p1'))}`,
    );
    await expectNoAxeViolations(panel);

    // By keyboard alone: a choice, then the labelled button.
    const recorded = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-recorded', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(panel.shadowRoot!.activeElement?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `${t.castButton}${t.forSeat(names.seat('s-b'))}${t.onProposal(names.proposal('p1'))}`,
    );
    await sendKeys({ press: 'Enter' });
    expect((await recorded).detail.vote).to.include({ seat: 's-b', by: 'p-b2', choice: 'for' });
    await waitUntil(() => shownText(panel).includes(t.base(1, 4)), 'the proxy’s vote counts');
  });
});
