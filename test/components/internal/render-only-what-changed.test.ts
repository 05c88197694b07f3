// A change to a shared document renders again only the elements that show
// what changed: a vote the vote panels of its proposal, an attendance change
// the widgets of that meeting, an action's status the action tracker. Other
// elements keep their last render, and still show the latest document the
// next time anything renders them (an attribute, their language).
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import type { PartnershipDocument, Vote } from '../../../src/contract/index.js';
import {
  forgetDocumentStores,
  inlineDocumentStore,
  updateDocument,
  type DocumentState,
} from '../../../src/data/index.js';
import { withActionStatus, withAttendance, withVote } from '../../../src/rules/index.js';
import { shownText } from '../../fixtures/text.js';
import { seedDocument } from '../../fixtures/documents.js';

type Counted = HTMLElement & { updateComplete: Promise<boolean>; renders: number };

/** Counts each render of `element` from now on (Lit's `updated` follows every render). */
function countRenders(element: HTMLElement): Counted {
  const counted = element as Counted & { updated(changed: unknown): void };
  const updated = counted.updated.bind(counted);
  counted.renders = 0;
  counted.updated = (changed: unknown) => {
    counted.renders += 1;
    updated(changed);
  };
  return counted;
}

/** Every element's pending render done, then a little more for anything scheduled late. */
async function settled(elements: Counted[]): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Keeps the page's element clock from ticking (components/internal/element-clock.ts): its one timer, set when
 * the first element with a clock mounts, re-renders every such element each 30 s (element-clock.test.ts pins
 * that), and a tick inside a counting window would count as a render the change caused. The timer is set but
 * runs nothing. Returns the function that puts setInterval back; the clock keeps its silent timer.
 */
function silenceElementClock(): () => void {
  const realSetInterval = window.setInterval;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
    realSetInterval(ms === 30_000 ? () => undefined : handler, ms, ...args)) as typeof window.setInterval;
  return () => {
    window.setInterval = realSetInterval;
  };
}

/** The widgets of one page, named; the Sutton document is shared by all of them through one `src`. */
const WIDGETS = {
  wsoaPanel: ['vote-panel', { proposal: 'wsoa-reporting', now: '2019-12-10T16:30:00Z' }],
  wsoaPanelToo: ['vote-panel', { proposal: 'wsoa-reporting', now: '2019-12-10T16:30:00Z' }],
  hnbPanel: ['vote-panel', { proposal: 'hnb-plan', now: '2019-12-10T16:30:00Z' }],
  quorum: ['quorum-indicator', { meeting: 'elg-2019-12-10', now: '2019-12-11T09:00:00Z' }],
  otherQuorum: ['quorum-indicator', { meeting: 'eog-2019-11-05', now: '2019-12-11T09:00:00Z' }],
  roster: ['partnership-roster', { group: 'elg' }],
  rosterAtMeeting: ['partnership-roster', { group: 'elg', meeting: 'elg-2019-12-10' }],
  risks: ['risk-register', {}],
  actions: ['action-tracker', { group: 'elg' }],
} as const;
type Name = keyof typeof WIDGETS;

describe('render only what changed', () => {
  let box: HTMLElement;
  let src: string;
  let shown: Record<Name, Counted>;
  const all = () => Object.values(shown);

  // Before any element of the file mounts, so the clock's timer is the silent one.
  let restoreSetInterval = () => {};
  before(() => (restoreSetInterval = silenceElementClock()));
  after(() => restoreSetInterval());

  beforeEach(async () => {
    forgetDocumentStores();
    // A store of its own for each test: the file is the same, the URL is not.
    src = `/demo/data/sutton.json?render=${crypto.randomUUID()}`;
    box = document.createElement('div');
    document.body.append(box);
    shown = {} as Record<Name, Counted>;
    for (const [name, [tag, attrs]] of Object.entries(WIDGETS) as [Name, (typeof WIDGETS)[Name]][]) {
      const element = document.createElement(tag);
      // No live channel and no refetch on focus: the only changes are the test's.
      for (const [key, value] of Object.entries({ src, live: 'off', today: '2019-12-11', ...attrs })) {
        element.setAttribute(key, value);
      }
      box.append(element);
      shown[name] = countRenders(element);
    }
    await waitUntil(
      () => all().every((element) => element.shadowRoot?.querySelector('section, table, p:not(.loading)')),
      'every widget shows the document',
      { timeout: 5000 },
    );
    await settled(all());
    for (const element of all()) element.renders = 0;
  });

  afterEach(() => box.remove());

  /** The names of the widgets that rendered since the last call. */
  async function rendered(): Promise<Name[]> {
    await settled(all());
    const names = (Object.keys(shown) as Name[]).filter((name) => shown[name].renders > 0);
    for (const element of all()) element.renders = 0;
    return names;
  }

  const vote = (proposal: string, seat: string, by: string): Vote => ({
    id: crypto.randomUUID(),
    proposal,
    seat,
    by,
    choice: 'against',
    // After every vote of the document's: a vote at the same instant as a seat's stored one may count or not, by id.
    cast: '2019-12-10T16:30:00Z',
  });

  /** A seat of the ELG and its holder, for a vote or an attendance change. */
  function elgSeat(doc: PartnershipDocument) {
    const seat = doc.groups.find((g) => g.id === 'elg')!.seats.find((s) => s.voting && s.holder)!;
    return { seat: seat.id, holder: seat.holder! };
  }

  it('a vote renders the vote panels of its proposal, and nothing else', async () => {
    const before = shownText(shown.wsoaPanel);
    updateDocument(src, (doc) => {
      const { seat, holder } = elgSeat(doc);
      return withVote(doc, vote('wsoa-reporting', seat, holder));
    });
    expect(await rendered()).to.have.members(['wsoaPanel', 'wsoaPanelToo']);
    expect(shownText(shown.wsoaPanel)).to.not.equal(before);
  });

  it('a vote on another proposal does not render a panel, which shows it once it shows that proposal', async () => {
    updateDocument(src, (doc) => {
      const { seat, holder } = elgSeat(doc);
      return withVote(doc, vote('wsoa-reporting', seat, holder));
    });
    expect(await rendered()).to.not.include('hnbPanel');
    // Rendered for another reason, the panel shows the latest document, the vote included.
    shown.hnbPanel.setAttribute('proposal', 'wsoa-reporting');
    expect(await rendered()).to.deep.equal(['hnbPanel']);
    expect(shownText(shown.hnbPanel)).to.equal(shownText(shown.wsoaPanel));
  });

  it('after changes that left a panel alone, the next one on its proposal renders it', async () => {
    // The panel compares each change with the parts of the last document it was shown, not of its last render.
    for (let i = 0; i < 2; i += 1) {
      updateDocument(src, (doc) => {
        const { seat, holder } = elgSeat(doc);
        return withVote(doc, vote('wsoa-reporting', seat, holder));
      });
      expect(await rendered()).to.not.include('hnbPanel');
    }
    const before = shownText(shown.hnbPanel);
    updateDocument(src, (doc) => {
      const { seat, holder } = elgSeat(doc);
      return withVote(doc, vote('hnb-plan', seat, holder));
    });
    expect(await rendered()).to.deep.equal(['hnbPanel']);
    expect(shownText(shown.hnbPanel)).to.not.equal(before);
  });

  it('an attendance change renders the widgets of that meeting only', async () => {
    updateDocument(src, (doc) => {
      const { seat } = elgSeat(doc);
      const at = '2019-12-11T09:00:00Z';
      return withAttendance(doc, { id: 'c1', meeting: 'elg-2019-12-10', seat, attendance: 'absent', by: 'x', at });
    });
    // The quorum indicator and the roster of that meeting, and the vote panels of a proposal taken at it.
    expect(await rendered()).to.have.members(['quorum', 'rosterAtMeeting', 'wsoaPanel', 'wsoaPanelToo']);
  });

  it("an action's status renders the action tracker only", async () => {
    updateDocument(src, (doc) => {
      const action = doc.actions.find((a) => a.group === 'elg' && a.status !== 'done')!;
      return withActionStatus(doc, {
        id: 'c2',
        action: action.id,
        status: 'done',
        completed: '2019-12-11',
        by: 'x',
        at: '2019-12-11T09:00:00Z',
      });
    });
    expect(await rendered()).to.deep.equal(['actions']);
  });

  it('a change to what every widget shows renders every widget', async () => {
    updateDocument(src, (doc) => ({ ...doc, people: doc.people.map((p) => ({ ...p, name: `${p.name}.` })) }));
    expect(await rendered()).to.have.members(Object.keys(WIDGETS));
  });

  it('the same document again renders nothing', async () => {
    updateDocument(src, (doc) => doc);
    updateDocument(src, (doc) => ({ ...doc }));
    expect(await rendered()).to.deep.equal([]);
  });

  it('a language change still renders every widget', async () => {
    const english = shownText(shown.roster);
    box.setAttribute('lang', 'cy');
    await waitUntil(() => shownText(shown.roster) !== english, 'the roster speaks Welsh', { timeout: 5000 });
    expect(await rendered()).to.have.members(Object.keys(WIDGETS));
  });
});

describe('data= with one document object', () => {
  const sourceOf = (element: Element) => (element as unknown as { source: { state: DocumentState } }).source.state;

  it('is checked once, and every element given it shares the one document', async () => {
    const data = await seedDocument('sutton');
    expect(inlineDocumentStore({ json: data })).to.equal(inlineDocumentStore({ json: data }));
    const box = document.createElement('div');
    document.body.append(box);
    const elements = [
      Object.assign(document.createElement('vote-panel'), { proposal: 'hnb-plan' }),
      Object.assign(document.createElement('quorum-indicator'), { meeting: 'elg-2019-10-15' }),
      Object.assign(document.createElement('vote-panel'), { proposal: 'wsoa-reporting' }),
    ];
    for (const element of elements) {
      element.data = data;
      box.append(element);
    }
    await Promise.all(elements.map((element) => element.updateComplete));
    const states = elements.map(sourceOf);
    expect(states[0]!.status).to.equal('ready');
    // Parsing makes a new document each time: one document among them is one parse.
    const documents = new Set(states.map((state) => (state.status === 'ready' ? state.document : undefined)));
    expect(documents.size).to.equal(1);
    // Another object, even with the same content, is another document.
    const copy = structuredClone(data);
    elements[0]!.data = copy;
    await elements[0]!.updateComplete;
    const again = sourceOf(elements[0]!);
    expect(again.status === 'ready' && again.document).to.not.equal([...documents][0]);
    box.remove();
  });
});
