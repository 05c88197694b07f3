/**
 * A vote the host refuses names the field it is about, in the member's words and the page's language: the host's
 * `path` (`vote.seat`, `vote.cast`), as partnership-kit/server sends it beside `reason` and `values`, is kept on
 * the refused vote and said after why ("This is about your vote’s seat."). Before, the outbox kept only the reason
 * and its values, so a member read why but not which of their choices it was; an older host, sending no `path`,
 * is said as before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { parseDocument, type PartnershipDocument } from '../../../src/contract/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/names.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shownText } from '../../fixtures/text.js';

const VOTER = 'p-cirrus-head';
const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** partnership-kit/server's refusal of a vote: its reason and values, the field's path, and the one problem there. */
function refusalBody(reason: string, values: Record<string, unknown>, path: string) {
  const error = 'English words of the host.';
  return JSON.stringify({ error, reason, values, path, problems: [{ path, code: reason, values, message: error }] });
}

/** A host answering every vote with `status` and `body`, naming the record it refuses. */
const refusing = (status: number, body: string) =>
  `/__respond?status=${status}&type=application/json&key=v-${Math.random()}&refuseRecord=1&body=${encodeURIComponent(body)}`;

/** A panel in `lang` on its own copy of the Sutton document, sending to `endpoint`. */
async function panelIn(lang: string, endpoint: string, ready: string): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  const attrs = {
    lang,
    proposal: 'wsoa-reporting',
    today: '2019-12-10',
    voter: VOTER,
    endpoint,
    src: `/demo/data/sutton.json?refused-field=${Math.random()}`,
  };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(ready), 'the panel loaded', { timeout: 4000 });
  return panel;
}

async function castFor(panel: VotePanel): Promise<void> {
  panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
  panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('<vote-panel>: a refused vote names the field it is about', () => {
  let doc: PartnershipDocument;
  before(async () => {
    const parsed = parseDocument(await seedDocument('sutton'));
    if (!parsed.ok) throw new Error('the Sutton document is valid');
    doc = parsed.document;
  });
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`a 403 for a seat the member does not hold names the vote’s seat (${lang})`, async () => {
      const values = { seat: 'elg-cognus', person: VOTER };
      const panel = await panelIn(
        lang,
        refusing(403, refusalBody('not-holder-or-proxy', values, 'vote.seat')),
        words.votePanel.yourVote,
      );
      await castFor(panel);
      const why = words.reasons['not-holder-or-proxy'](values, namesIn(doc, words));
      const said = words.votePanel.rejected(`${why} ${words.shared.refusedAt['vote.seat']}`);
      await waitUntil(() => statusText(panel) === said, `said: ${said}`, { timeout: 4000 });
    });

    it(`a 422 for a vote that waited too long names when it was cast (${lang})`, async () => {
      const values = { cast: '2019-12-09T16:29:59Z', now: '2019-12-10T16:30:00.000Z', maxWaitMinutes: 1440 };
      const panel = await panelIn(
        lang,
        refusing(422, refusalBody('waited-too-long', values, 'vote.cast')),
        words.votePanel.yourVote,
      );
      await castFor(panel);
      const why = words.reasons['waited-too-long'](values, namesIn(doc, words));
      const said = words.votePanel.rejected(`${why} ${words.shared.refusedAt['vote.cast']}`);
      await waitUntil(() => statusText(panel) === said, `said: ${said}`, { timeout: 4000 });
    });
  }

  it('a host that sends no path is said as before: no field named', async () => {
    const values = { seat: 'elg-cognus', person: VOTER };
    const body = JSON.stringify({ error: 'Not yours.', reason: 'not-holder-or-proxy', values });
    const panel = await panelIn('en', refusing(403, body), en.votePanel.yourVote);
    await castFor(panel);
    const said = en.votePanel.rejected(en.reasons['not-holder-or-proxy'](values, namesIn(doc, en)));
    await waitUntil(() => statusText(panel) === said, `said: ${said}`, { timeout: 4000 });
    expect(statusText(panel)).not.to.contain(en.shared.refusedAt['vote.seat']);
  });
});
