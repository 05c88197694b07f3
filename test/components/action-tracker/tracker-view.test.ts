/**
 * The tracker's filters and grouping, kept for the tab: a phone that
 * discarded the tab reloads the page when the member comes back, and the
 * tracker opens as they left it. Kept per element, only in sessionStorage; a
 * stored value the tracker cannot show is ignored.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';
import { pageFrame } from '../../fixtures/page-frame.js';
import { loadElementsUnderCsp } from '../../harness/csp.js';
import { choose, selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';

const t = en.actions;
const sutton = { group: 'eog', today: '2019-12-10' };

const valueOf = (tracker: Element, label: string) => selectLabelled(shadowOf(tracker), label).value;
const view = (tracker: Element) => [t.filterOwner, t.filterStatus, t.groupBy].map((label) => valueOf(tracker, label));

async function choice(tracker: ActionTracker, label: string, value: string): Promise<void> {
  choose(selectLabelled(shadowOf(tracker), label), value);
  await tracker.updateComplete;
}

const tracker = async (attrs: Record<string, string> = {}) =>
  showElement<ActionTracker>('action-tracker', { ...sutton, ...attrs }, await seedDocument('sutton'));

const keptKeys = (storage: Storage) => Object.keys(storage).filter((key) => key.startsWith('partnership-kit:view:'));

describe('<action-tracker>: filters and grouping kept for the tab', () => {
  afterEach(() => sessionStorage.clear());

  it('come back to a fresh tracker with the same id, from sessionStorage only', async () => {
    const first = await tracker({ id: 'actions' });
    await choice(first, t.filterOwner, 'p-carew-head');
    await choice(first, t.filterStatus, 'done');
    await choice(first, t.groupBy, 'meeting');
    const fresh = await tracker({ id: 'actions' });
    expect(view(fresh)).to.deep.equal(['p-carew-head', 'done', 'meeting']);
    expect(keptKeys(localStorage)).to.deep.equal([]);
  });

  it('are each tracker’s own, and come back when the page is reloaded', async () => {
    const page = await pageFrame([
      { tag: 'action-tracker', attrs: sutton },
      { tag: 'action-tracker', attrs: sutton },
    ]);
    try {
      const [one, two] = page.elements('action-tracker') as ActionTracker[];
      await choice(one!, t.filterStatus, 'overdue');
      await choice(two!, t.groupBy, 'owner');
      await page.reload();
      const [oneAgain, twoAgain] = page.elements('action-tracker');
      expect(oneAgain).to.not.equal(one);
      expect(view(oneAgain!)).to.deep.equal(['', 'overdue', 'none']);
      expect(view(twoAgain!)).to.deep.equal(['', '', 'owner']);
    } finally {
      page.remove();
    }
  });

  it('stay each tracker’s own when the host’s CMS puts them the other way round, told apart by what they show', async () => {
    const eog = { tag: 'action-tracker', attrs: sutton };
    const project = { tag: 'action-tracker', attrs: { today: sutton.today, project: 'wp1-hnb' } };
    const run = await loadElementsUnderCsp([eog, project]);
    const win = () => run.frame.contentWindow as Window & { pkReady?: Promise<void> };
    try {
      const [one, two] = win().document.querySelectorAll<ActionTracker>('action-tracker');
      await choice(one!, t.filterStatus, 'overdue');
      await choice(two!, t.groupBy, 'owner');
      const address = new URL(run.frame.src, location.href);
      address.searchParams.set('elements', JSON.stringify([project, eog]));
      const loaded = new Promise((resolve) => run.frame.addEventListener('load', resolve, { once: true }));
      win().location.href = address.href;
      await loaded;
      await waitUntil(() => win().pkReady !== undefined, 'the page starts again');
      await win().pkReady;
      const [projectAgain, eogAgain] = win().document.querySelectorAll('action-tracker');
      expect(projectAgain!.getAttribute('project')).to.equal('wp1-hnb');
      expect(view(eogAgain!)).to.deep.equal(['', 'overdue', 'none']);
      expect(view(projectAgain!)).to.deep.equal(['', '', 'owner']);
    } finally {
      run.remove();
    }
  });

  it('ignore what the tracker cannot show: not JSON, a person with no action here, a grouping that is not one', async () => {
    const first = await tracker({ id: 'actions' });
    await choice(first, t.groupBy, 'status');
    const [key] = keptKeys(sessionStorage);
    first.remove();
    sessionStorage.setItem(key!, '{"owner":');
    expect(view(await tracker({ id: 'actions' })), 'not JSON').to.deep.equal(['', '', 'none']);
    document.querySelector('action-tracker')?.remove();
    sessionStorage.setItem(key!, JSON.stringify({ owner: 'p-nobody', status: 'done', groupBy: 'toString' }));
    expect(view(await tracker({ id: 'actions' })), 'a good status beside bad values').to.deep.equal([
      '',
      'done',
      'none',
    ]);
  });
});
