// The kit's events bubble and are composed (DESIGN.md "Writing back"): a portal whose app shell keeps the
// elements inside its own shadow root hears `vote-queued`, `vote-recorded`, `vote-rejected` and
// `partnership-error` on `document`, each retargeted to the shell, its detail intact.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import '../../../components/partnership-roster/partnership-roster.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';

const t = en.votePanel;

/** A host that answers `status` and `body`; a 4xx names the record it refuses, as partnership-kit/server's does. */
const respond = (status: number, body = '{}') =>
  `/__respond?status=${status}&type=application/json&key=e-${Math.random()}&body=${encodeURIComponent(body)}${status >= 400 && status < 500 ? '&refuseRecord=1' : ''}`;

/** An app shell: a host element whose own shadow root holds `element`. */
function inShell(element: HTMLElement): HTMLElement {
  const shell = document.createElement('div');
  shell.className = 'app-shell';
  shell.attachShadow({ mode: 'open' }).append(element);
  document.body.append(shell);
  return shell;
}

/** The next `name` event heard on `document`. */
const heardOnDocument = (name: string) =>
  new Promise<CustomEvent>((resolve) =>
    document.addEventListener(name, (e) => resolve(e as CustomEvent), { once: true }),
  );

/** A vote panel on its own copy of the Sutton document, in a shell, sending to `endpoint`. */
async function panelInShell(endpoint: string): Promise<{ panel: VotePanel; shell: HTMLElement }> {
  const panel = document.createElement('vote-panel') as VotePanel;
  const attrs = {
    proposal: 'wsoa-reporting',
    today: '2019-12-10',
    voter: 'p-cirrus-head',
    endpoint,
    src: `/demo/data/sutton.json?events=${Math.random()}`,
  };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  const shell = inShell(panel);
  await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded', { timeout: 4000 });
  return { panel, shell };
}

function cast(panel: VotePanel, choice: string): void {
  panel.shadowRoot!.querySelector<HTMLInputElement>(`input[value=${choice}]`)!.click();
  panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('events leave the element and any shadow root it sits in', () => {
  afterEach(() => document.querySelectorAll('.app-shell').forEach((e) => e.remove()));

  it('vote-queued and vote-recorded reach document, with the record', async () => {
    const { panel, shell } = await panelInShell(respond(201));
    const queued = heardOnDocument('vote-queued');
    const recorded = heardOnDocument('vote-recorded');
    cast(panel, 'for');
    for (const event of [await queued, await recorded]) {
      expect(event.bubbles && event.composed, `${event.type} bubbles, composed`).to.equal(true);
      expect(event.target, `${event.type} retargeted to the shell`).to.equal(shell);
      expect(event.detail.vote).to.include({ proposal: 'wsoa-reporting', seat: 'elg-primary', choice: 'for' });
    }
  });

  it('vote-rejected reaches document, with the record and the reason', async () => {
    const { panel, shell } = await panelInShell(respond(422, JSON.stringify({ error: 'Voting closed.' })));
    const rejected = heardOnDocument('vote-rejected');
    cast(panel, 'against');
    const event = await rejected;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.target).to.equal(shell);
    expect(event.detail.vote).to.include({ seat: 'elg-primary', choice: 'against' });
    expect(event.detail.reason).to.equal('Voting closed.');
  });

  it('partnership-error reaches document, with the problems', async () => {
    const roster = document.createElement('partnership-roster');
    roster.setAttribute('live', 'off');
    const error = heardOnDocument('partnership-error');
    roster.setAttribute('src', respond(200, JSON.stringify({ contract: 'partnership-kit/1' })));
    const shell = inShell(roster);
    const event = await error;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.target).to.equal(shell);
    expect(event.detail.failure.kind).to.equal('contract');
    expect(event.detail.failure.problems.length).to.be.greaterThan(0);
  });
});
