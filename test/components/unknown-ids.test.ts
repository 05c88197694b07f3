/**
 * An attribute naming what the document does not hold (a mistyped meeting or
 * proposal id) says which ids the document has, so a web team can mend the page
 * without opening the JSON; of a long list, the first ten and how many there
 * are; with none yet, where to add the first. In the page's language.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { shownText } from '../fixtures/text.js';
import { minimalDocument } from '../fixtures/documents.js';

async function show(tag: string, attrs: Record<string, string>, data?: unknown): Promise<HTMLElement> {
  const element = document.createElement(tag) as HTMLElement & { data?: unknown };
  if (data === undefined) element.setAttribute('src', '/demo/data/sutton.json');
  else element.data = data;
  for (const [name, value] of Object.entries({ today: '2019-12-10', ...attrs })) element.setAttribute(name, value);
  document.body.append(element);
  const shadow = () => element.shadowRoot;
  // Past "Loading…", which is a paragraph too.
  await waitUntil(() => shadow()?.querySelector('p') && !shadow()?.querySelector('.loading'), `<${tag}> rendered`, {
    timeout: 5000,
  });
  return element;
}

describe('an attribute naming an id the document does not hold', () => {
  afterEach(() => document.querySelectorAll('vote-panel, quorum-indicator').forEach((element) => element.remove()));

  it('<vote-panel proposal>: the proposals there are', async () => {
    const panel = await show('vote-panel', { proposal: 'hnb-plann' });
    expect(shownText(panel)).to.contain(
      "There is no proposal with the id 'hnb-plann'. Did you mean 'hnb-plan'? Set the proposal attribute to one of: hnb-plan, send-banding, " +
        'ap-commissioning, wsoa-reporting, outreach-service, ehcp-panel.',
    );
  });

  it('<quorum-indicator meeting>: of a long list, the first ten and how many there are', async () => {
    const doc = minimalDocument();
    const board = doc.meetings[0];
    doc.meetings = Array.from({ length: 12 }, (_, i) => ({ ...board, id: `board-${i + 1}` }));
    doc.proposals = [];
    doc.votes = [];
    const indicator = await show('quorum-indicator', { meeting: 'board-13' }, doc);
    expect(shownText(indicator)).to.contain(
      "There is no meeting with the id 'board-13'. Set the meeting attribute to one of: board-1, board-2, board-3, " +
        'board-4, board-5, board-6, board-7, board-8, board-9, board-10, … (12 in all).',
    );
  });

  it('<vote-panel proposal> of a document with no proposals yet: where to add the first', async () => {
    const doc = { ...minimalDocument(), proposals: [], votes: [] };
    const panel = await show('vote-panel', { proposal: 'plan' }, doc);
    expect(shownText(panel)).to.contain(
      'There is no proposal with the id \'plan\': the document has no proposals yet. Add it under "proposals".',
    );
  });

  it('in Welsh, with the ids as they are', async () => {
    const indicator = await show('quorum-indicator', { meeting: 'nope', lang: 'cy' });
    await waitUntil(() => shownText(indicator).includes('Nid oes'), 'the Welsh words', { timeout: 5000 });
    expect(shownText(indicator)).to.contain(
      "Nid oes cyfarfod â’r dynodydd 'nope'. Gosodwch briodoledd meeting i un o’r rhain: elg-2019-09-10, " +
        'elg-2019-10-15, elg-2019-11-12, elg-2019-12-10, elg-2020-01-14, eog-2019-09-03, eog-2019-10-08, ' +
        'eog-2019-11-05, eog-2019-12-03.',
    );
  });
});
