/**
 * The host's own words in a Welsh panel are marked as English: a screen reader read "Voting has closed." in a Welsh
 * voice inside "Dywedodd y gweinydd: …" (WCAG 3.1.2, language of parts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { render } from 'lit';
import { renderOtherVotes } from '../../../components/vote-panel/other-votes-view.js';
import { renderClosedVotes } from '../../../components/vote-panel/closed-votes-view.js';
import { readingOf } from '../../../components/vote-panel/proposal-reading.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { parsedSeed } from '../../fixtures/documents.js';
import type { OutboxStatus } from '../../../src/data/index.js';
import { namesIn, type Messages } from '../../../src/messages/index.js';

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

/** A vote on `proposal` for the Early Years seat the host refused with English words, after its close. */
function refusedVote(proposal: string): OutboxStatus {
  const record = {
    id: `refused-${proposal}`,
    proposal,
    seat: 'elg-early-years',
    by: 'p-refused-voter',
    choice: 'for',
    cast: '2019-11-12T18:05:00+00:00',
  };
  return {
    state: 'rejected',
    entry: { id: record.id, kind: 'vote', record, attempts: 1, createdAt: 0 },
    reason: 'Voting has closed.',
    refusal: { by: 'host', status: 422, message: 'Voting has closed.' },
  } as unknown as OutboxStatus;
}

/** The parts of `element` marked with a language, each as [lang, text]. */
const marked = (element: Element) =>
  [...element.querySelectorAll('[lang]')].map((part) => [part.getAttribute('lang'), part.textContent]);

/** `drawn` rendered in a div. */
function drawnIn(drawn: unknown): HTMLElement {
  const div = document.createElement('div');
  render(drawn, div);
  return div;
}

describe('<vote-panel>: the host’s words in its lists of votes', () => {
  let sutton: PartnershipDocument;
  before(async () => {
    sutton = await parsedSeed('sutton');
  });

  /** The refusal of a vote on another proposal, as the panel lists it, and of one on its own after the close. */
  function lists(msg: Messages): HTMLElement[] {
    const names = namesIn(sutton, msg);
    const other = renderOtherVotes(msg, names, sutton, [refusedVote('send-banding')], 'wsoa-reporting');
    const proposal = sutton.proposals.find((p) => p.id === 'send-banding')!;
    const reading = readingOf(sutton, proposal, '2019-12-10T12:00:00Z', '2019-12-10');
    const closed = renderClosedVotes(msg, names, reading, 'p-refused-voter', [refusedVote('send-banding')]);
    return [drawnIn(other), drawnIn(closed)];
  }

  it('marks the host’s English words lang="en" in a Welsh panel’s lists, the rest of the sentence not', () => {
    for (const list of lists(cy)) {
      expect(list.textContent).to.contain('Voting has closed.');
      expect(marked(list)).to.deep.equal([['en', 'Voting has closed.']]);
      expect(list.textContent!.replace('Voting has closed.', '')).to.contain('gweinydd');
    }
  });

  it('marks nothing in an English panel’s lists', () => {
    for (const list of lists(en)) {
      expect(list.textContent).to.contain('Voting has closed.');
      expect(marked(list)).to.deep.equal([]);
    }
  });
});
