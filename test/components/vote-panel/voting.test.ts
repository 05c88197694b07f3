import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { readText, seedDocument, showWith } from '../../fixtures/seed-documents.js';

const OPEN = { proposal: 'wsoa-reporting', today: '2019-12-10' };

/** A panel on its own copy of the Sutton document (its own store), sending to `endpoint`. */
async function livePanel(voter: string, endpoint: string, submit?: VotePanel['submit']): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  panel.submit = submit;
  const attrs = { ...OPEN, voter, endpoint, src: `/demo/data/sutton.json?test=${Math.random()}` };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => readText(panel).includes('Your vote'), 'the panel loaded', { timeout: 4000 });
  return panel;
}

const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
/** A host that answers `status` and `body`; a 4xx names the record it refuses, as partnership-kit/server's does. */
const respond = (status: number, body = '') =>
  `/__respond?status=${status}&type=application/json&key=v-${Math.random()}&body=${encodeURIComponent(body)}${status >= 400 && status < 500 ? '&refuseRecord=1' : ''}`;

describe('<vote-panel>', () => {
  let sutton: unknown;
  before(async () => (sutton = await seedDocument('sutton')));
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('shows the proposal, who proposed it, the meeting, and that the vote is indicative', async () => {
    const panel = await showWith('vote-panel', sutton, { ...OPEN, voter: 'p-hackbridge-head' });
    const text = readText(panel);
    expect(text).to.contain('Receive monthly highlight reports against the Written Statement of Action');
    expect(text).to.contain('Proposed by the Education Operational Group');
    expect(text).to.contain('To be decided at the meeting on 10 December 2019 at 4pm');
    expect(text).to.contain('Summary').and.contain('Rationale');
    expect(text).to.contain('Votes are indicative');
  });

  it('a proxy sees whose seat they vote for', async () => {
    const panel = await showWith('vote-panel', sutton, { ...OPEN, voter: 'p-cirrus-head', endpoint: '/x' });
    const legend = panel.shadowRoot!.querySelector('legend')!.textContent!.trim();
    expect(legend).to.equal(
      'How do you vote for Primary Schools, as proxy for Deputy CEO, Cirrus Primary Academy Trust?',
    );
    expect(
      [...panel.shadowRoot!.querySelectorAll('input[type=radio]')].map((r) => (r as HTMLInputElement).value),
    ).to.deep.equal(['for', 'against', 'abstain']);
    expect(panel.shadowRoot!.querySelectorAll('button[type=submit]').length).to.equal(1);
    await expectNoAxeViolations(panel);
  });

  it('tells someone who may not vote why, in words, with no voting control', async () => {
    const why = async (voter: string, proposal = 'wsoa-reporting') => {
      const panel = await showWith('vote-panel', sutton, { proposal, today: '2019-12-10', voter, endpoint: '/x' });
      expect(panel.shadowRoot!.querySelector('input[type=radio]'), `${voter} has no radios`).to.equal(null);
      const text = readText(panel);
      panel.remove();
      return text;
    };
    expect(await why('p-wilsons-deputy')).to.contain(
      "Head of Wilson's School attended the meeting for Secondary Schools",
    );
    expect(await why('p-lbs-dps')).to.contain('non-voting seat');
    expect(await why('p-project-manager')).to.contain('holds no seat on the Education Leadership Group');
    expect(await why('p-hackbridge-head', 'hnb-plan')).to.contain('Voting on this proposal has closed');
    const ended = await showWith('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2020-01-02',
      voter: 'p-glenthorne-gov',
      endpoint: '/x',
    });
    expect(readText(ended)).to.contain('ended on 31 December 2019');
    await expectNoAxeViolations(ended);
  });

  it('shows a recorded vote and lets it be changed while open', async () => {
    const panel = await showWith('vote-panel', sutton, { ...OPEN, voter: 'p-hackbridge-head', endpoint: '/x' });
    expect(readText(panel)).to.contain('Your vote for this seat is recorded: for');
    expect(panel.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal(
      "Change vote for Early Years' Settings",
    );
    expect(panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.checked).to.equal(true);
  });

  it('explains the count: the rule and its source, the base, what it needs, abstentions, ties, quorum, the standing', async () => {
    const panel = await showWith('vote-panel', sutton, { ...OPEN });
    const text = readText(panel);
    expect(text).to.contain('Decision rule: simple majority').and.contain('This is the group’s own rule');
    expect(text).to.contain('3 of 10 voting seats have a counted vote');
    expect(text).to.contain('it carries with 2 votes for (of 10 voting seats), and it has 2');
    expect(text).to.contain('Abstentions are recorded but count neither for nor against');
    expect(text).to.contain('A tie is not carried');
    expect(text).to.contain('The meeting on 10 December 2019 at 4pm is quorate');
    expect(text).to.contain('If voting closed now: Carried');
  });

  it('names the meeting where another rule was agreed unanimously, and lists votes not counted', async () => {
    const banding = readText(await showWith('vote-panel', sutton, { proposal: 'send-banding' }));
    expect(banding)
      .to.contain('two-thirds majority')
      .and.contain('agreed this rule unanimously at its meeting on 10 September 2019');
    expect(banding).to.contain('Result: Not carried');
    const closedPanel = await showWith('vote-panel', sutton, {
      proposal: 'hnb-plan',
      voter: 'p-cirrus-dceo',
      endpoint: '/x',
    });
    const plan = readText(closedPanel);
    expect(plan).to.contain('Result: Carried').and.contain('1 vote not counted');
    expect(plan)
      .to.contain('Voting on this proposal has closed')
      .and.contain('Decided at the meeting on 15 October 2019');
    await expectNoAxeViolations(closedPanel);
  });

  it('hides the count when asked, or until voting closes', async () => {
    expect(readText(await showWith('vote-panel', sutton, { ...OPEN, results: 'hidden' }))).to.contain(
      'The count is not shown here',
    );
    expect(readText(await showWith('vote-panel', sutton, { ...OPEN, results: 'after-close' }))).to.contain(
      'The count is shown when voting closes',
    );
    expect(readText(await showWith('vote-panel', sutton, { proposal: 'hnb-plan', results: 'after-close' }))).to.contain(
      'Result: Carried',
    );
  });

  it('has its status region in place, empty, before anything is cast', async () => {
    const panel = await showWith<VotePanel>('vote-panel', sutton, { ...OPEN, voter: 'p-cirrus-head', endpoint: '/x' });
    expect(statusText(panel)).to.equal('');
  });

  it('votes by keyboard alone, is recorded, and the count moves', async () => {
    const panel = await livePanel('p-cirrus-head', respond(201, '{}'));
    const recorded = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-recorded', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // for → against
    await sendKeys({ press: 'Tab' }); // → the submit button
    expect(panel.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cast vote for Primary Schools');
    await sendKeys({ press: 'Enter' });
    const event = await recorded;
    expect(event.detail.vote).to.include({ seat: 'elg-primary', by: 'p-cirrus-head', choice: 'against' });
    await waitUntil(() => statusText(panel).startsWith('Recorded'));
    await waitUntil(() => readText(panel).includes('4 of 10 voting seats have a counted vote'));
    await expectNoAxeViolations(panel);
  });

  it('shows the host’s reason when a vote is not accepted', async () => {
    const panel = await livePanel(
      'p-cirrus-head',
      respond(422, JSON.stringify({ error: 'Voting closed at the meeting.' })),
    );
    const rejected = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-rejected', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await rejected).detail.reason).to.equal('Voting closed at the meeting.');
    await waitUntil(() => statusText(panel) === 'Not accepted: Voting closed at the meeting.');
    await expectNoAxeViolations(panel);
  });

  it('keeps the vote queued, and says so, when the server fails', async () => {
    const panel = await livePanel('p-cirrus-head', respond(503));
    const queued = new Promise((resolve) => panel.addEventListener('vote-queued', resolve, { once: true }));
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=abstain]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await queued;
    await waitUntil(() => statusText(panel).startsWith('Queued: the server could not take it'), 'queued', {
      timeout: 4000,
    });
    await expectNoAxeViolations(panel);
  });

  it('says it is queued until the connection returns when offline', async () => {
    const panel = await livePanel('p-cirrus-head', '/x');
    const fetchBefore = window.fetch;
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      panel.submit = undefined;
      panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
      panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => statusText(panel).startsWith('Queued: you are offline'), 'offline message', {
        timeout: 4000,
      });
      // What is waiting is shown as the member's vote, here and in a panel opened afresh (a reload).
      const reloaded = panel.cloneNode() as VotePanel;
      panel.after(reloaded);
      for (const shown of [panel, reloaded]) {
        await waitUntil(() =>
          readText(shown).includes('Your vote, for, is saved on this device and waiting to be sent'),
        );
        expect(shown.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.checked).to.equal(true);
        expect(shown.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal(
          'Change vote for Primary Schools',
        );
      }
    } finally {
      window.fetch = fetchBefore;
      delete (navigator as unknown as Record<string, unknown>).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('sends through the host’s submit function: refused, tried again after a throw, then stored', async () => {
    const outcomes: unknown[] = [];
    const panel = await livePanel('p-cirrus-head', '', async (record) => {
      outcomes.push(record);
      if (outcomes.length === 2) throw new Error('the host is busy');
      return outcomes.length === 1 ? { rejected: 'Not today.' } : undefined;
    });
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel) === 'Not accepted: Not today.');
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel).startsWith('Queued'), 'queued after the throw');
    await (await import('../../../src/data/index.js')).outboxForPage().retryNow();
    await waitUntil(() => statusText(panel).startsWith('Recorded'), 'recorded on the retry', { timeout: 4000 });
    expect(outcomes.length).to.equal(3);
  });

  it('asks for a choice before sending: the message in the fieldset, focus on the first choice', async () => {
    const panel = await livePanel('p-cirrus-head', respond(201, '{}'));
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel) === 'Choose for, against or abstain.');
    const fieldset = panel.shadowRoot!.querySelector('fieldset')!;
    await waitUntil(() => fieldset.getAttribute('aria-describedby') !== null, 'the fieldset is described by the error');
    const error = panel.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!)!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Choose for, against or abstain.');
    expect(panel.shadowRoot!.activeElement).to.equal(panel.shadowRoot!.querySelector('input[value=for]'));
    await expectNoAxeViolations(panel);
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    await panel.updateComplete;
    expect(fieldset.hasAttribute('aria-describedby'), 'cleared once a choice is made').to.equal(false);
  });
});
