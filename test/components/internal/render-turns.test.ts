// A governor's vote page (a vote panel, a quorum indicator and an action tracker on one document) drew the
// fetched document in one task: checking it and the three first drawings, 0.5 s and more on a phone, during which
// a tap did nothing. Now the check gives way to the page between its two steps, and each element draws in a task
// of its own, the first on the page first, whichever heard the document first. `scheduler.yield` is held here,
// so that each task the kit gives way for is let go by the test, one at a time.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import { forgetDocumentStores } from '../../../src/data/index.js';

type Element = HTMLElement & { updateComplete: Promise<boolean> };

const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;

describe('elements draw a fetched document in turns', () => {
  let box: HTMLElement;
  let held: (() => void)[];

  beforeEach(() => {
    forgetDocumentStores();
    held = [];
    scheduler.yield = () => new Promise<void>((resolve) => held.push(resolve));
    box = document.createElement('div');
    document.body.append(box);
  });

  afterEach(() => {
    delete (scheduler as Partial<typeof scheduler>).yield;
    for (const release of held) release();
    box.remove();
  });

  /** The vote page's three elements on one `src`, in the page's order: the vote panel first. */
  function votePage(): [Element, Element, Element] {
    const src = `/demo/data/sutton.json?turns=${crypto.randomUUID()}`;
    const make = (tag: string, attrs: Record<string, string>) => {
      const element = document.createElement(tag) as Element;
      for (const [key, value] of Object.entries({ src, live: 'off', today: '2019-12-10', ...attrs })) {
        element.setAttribute(key, value);
      }
      return element;
    };
    const panel = make('vote-panel', { proposal: 'wsoa-reporting', voter: 'p-carew-head' });
    const quorum = make('quorum-indicator', { meeting: 'elg-2019-12-10' });
    const tracker = make('action-tracker', { group: 'elg' });
    // Each put before the last, so they are connected (and hear the document) in the opposite of the page's order.
    for (const element of [tracker, quorum, panel]) box.prepend(element);
    return [panel, quorum, tracker];
  }

  const drawn = (element: Element) =>
    Boolean(element.shadowRoot?.querySelector('.words')) && !element.shadowRoot?.querySelector('.loading');

  /** Lets the oldest held task go (once the kit has given way, or has drawn without), then lets what it let run run. */
  async function letOneTaskGo(elements: Element[]): Promise<void> {
    await waitUntil(() => held.length > 0 || elements.some(drawn), 'the kit gives way to the page', { timeout: 5000 });
    held.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }

  it('checks the document in two tasks and draws it one element a task, the first on the page first', async () => {
    const [panel, quorum, tracker] = votePage();
    const all = [panel, quorum, tracker];
    await Promise.all(all.map((element) => element.updateComplete));
    expect(all.filter(drawn), 'each says it is loading').to.deep.equal([]);
    let trackerComplete = false;
    let tasks = 0;
    while (!drawn(panel) && tasks < 10) {
      expect([quorum, tracker].filter(drawn), 'nothing is drawn before the vote panel').to.deep.equal([]);
      await letOneTaskGo(all);
      tasks += 1;
    }
    expect(drawn(panel), 'the vote panel is drawn').to.equal(true);
    // A task between the fields' shapes and the checks across records, and one before the vote panel's turn.
    expect(tasks).to.equal(2);
    expect(drawn(quorum), 'the quorum indicator waits its turn').to.equal(false);
    expect(drawn(tracker), 'the action tracker waits its turn').to.equal(false);
    void tracker.updateComplete.then(() => (trackerComplete = true));

    await letOneTaskGo(all);
    expect(drawn(quorum), 'the quorum indicator is drawn a task later').to.equal(true);
    expect(drawn(tracker)).to.equal(false);
    expect(trackerComplete, "the action tracker's updateComplete waits for its drawing").to.equal(false);

    await letOneTaskGo(all);
    expect(drawn(tracker), 'the action tracker is drawn a task after that').to.equal(true);
    await tracker.updateComplete;
    expect(trackerComplete).to.equal(true);
  });

  it('draws at once an element whose first render has the document (no loading line to replace)', async () => {
    const doc = await (await fetch('/demo/data/sutton.json')).json();
    const panel = document.createElement('vote-panel') as Element & { data: unknown };
    for (const [key, value] of Object.entries({
      proposal: 'wsoa-reporting',
      voter: 'p-carew-head',
      today: '2019-12-10',
    }))
      panel.setAttribute(key, value);
    panel.data = doc;
    box.append(panel);
    await panel.updateComplete;
    expect(drawn(panel)).to.equal(true);
    expect(held, 'no task given way for').to.deep.equal([]);
  });
});
