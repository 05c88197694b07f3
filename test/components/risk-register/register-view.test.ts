/**
 * The register's filters and sort, kept for the tab: a phone that discarded
 * the tab reloads the page when the member comes back, and the register opens
 * as they left it. Kept per element and per partnership, only in
 * sessionStorage, the page's address untouched; a stored value the register
 * cannot show is ignored.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';
import { pageFrame } from '../../fixtures/page-frame.js';
import { loadElementsUnderCsp, type PlacedElement } from '../../harness/csp.js';
import { choose, selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const r = en.risk;
const sutton = { group: 'eog', today: '2019-12-10' };

const filterValue = (register: Element, label: string) => selectLabelled(shadowOf(register), label).value;
const sortedColumn = (register: Element) => {
  const header = shadowOf(register).querySelector('th[aria-sort]');
  return `${header?.getAttribute('data-column')} ${header?.getAttribute('aria-sort')}`;
};
const captionOf = (register: Element) => textOf(shadowOf(register).querySelector('table[part="table"] caption'));

async function filter(register: RiskRegister, label: string, value: string): Promise<void> {
  choose(selectLabelled(shadowOf(register), label), value);
  await register.updateComplete;
}

async function sortBy(register: RiskRegister, column: string): Promise<void> {
  shadowOf(register).querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`)!.click();
  await register.updateComplete;
}

/** Sutton's EOG register, with `attrs`, once its table shows. */
async function register(attrs: Record<string, string> = {}): Promise<RiskRegister> {
  const element = await showElement<RiskRegister>(
    'risk-register',
    { ...sutton, ...attrs },
    await seedDocument('sutton'),
  );
  await waitUntil(() => shadowOf(element).querySelector('table'), 'the register shows its table');
  return element;
}

/**
 * A page showing `before`, then the same page (its address's path, in the same tab) showing `after`: the host's
 * CMS has moved, added or taken away blocks between the two loads. Resolves with the second page's elements of `tag`.
 */
async function rearranged(
  before: PlacedElement[],
  after: PlacedElement[],
  tag: string,
  use: (elements: HTMLElement[]) => Promise<void>,
): Promise<{ elements: HTMLElement[]; remove: () => void }> {
  const run = await loadElementsUnderCsp(before);
  const frame = run.frame;
  const win = () => frame.contentWindow as Window & { pkReady?: Promise<void> };
  await use([...win().document.querySelectorAll<HTMLElement>(tag)]);
  const address = new URL(frame.src, location.href);
  address.searchParams.set('elements', JSON.stringify(after));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  win().location.href = address.href;
  await loaded;
  await waitUntil(() => win().pkReady !== undefined, 'the page starts again');
  await win().pkReady;
  return { elements: [...win().document.querySelectorAll<HTMLElement>(tag)], remove: () => run.remove() };
}

/** The views the kit keeps in `storage`, by key. */
const keptIn = (storage: Storage) =>
  Object.fromEntries(Object.entries(storage).filter(([key]) => key.startsWith('partnership-kit:view:')));

describe('<risk-register>: filters and sort kept for the tab', () => {
  afterEach(() => sessionStorage.clear());

  it('come back when the page is reloaded, and the page’s address is not changed', async () => {
    const page = await pageFrame([{ tag: 'risk-register', attrs: { ...sutton, id: 'risks' } }]);
    try {
      const [before] = page.elements('risk-register') as RiskRegister[];
      const address = page.href();
      await filter(before!, r.filterOwner, 'p-lbs-finance');
      await filter(before!, r.filterStatus, 'open');
      await sortBy(before!, 'title');
      const caption = captionOf(before!);
      expect(page.href()).to.equal(address);
      await page.reload();
      const [after] = page.elements('risk-register');
      expect(after).to.not.equal(before);
      expect(filterValue(after!, r.filterOwner)).to.equal('p-lbs-finance');
      expect(filterValue(after!, r.filterStatus)).to.equal('open');
      expect(sortedColumn(after!)).to.equal('title ascending');
      expect(captionOf(after!)).to.equal(caption);
      expect(page.href()).to.equal(address);
    } finally {
      page.remove();
    }
  });

  it('come back to a fresh element with the same id: a heat-map cell, a cleared status, a sort turned round', async () => {
    const first = await register({ id: 'risks', status: 'open' });
    shadowOf(first).querySelector<HTMLButtonElement>('.heat-map [data-cell="4:5"]')!.click();
    await filter(first, r.filterStatus, '');
    await sortBy(first, 'score');
    const fresh = await register({ id: 'risks', status: 'open' });
    expect(filterValue(fresh, r.filterStatus), 'the member chose Any over the page’s status="open"').to.equal('');
    expect(captionOf(fresh)).to.equal(captionOf(first));
    expect(captionOf(fresh)).to.contain(r.cellFilter(4, 5));
    expect(sortedColumn(fresh)).to.equal('score ascending');
  });

  it('are kept in sessionStorage only, never localStorage', async () => {
    const element = await register({ id: 'risks' });
    await filter(element, r.filterBand, 'High');
    expect(Object.keys(keptIn(sessionStorage))).to.have.length(1);
    expect(keptIn(localStorage)).to.deep.equal({});
  });

  it('are each register’s own: two on a page, without ids, each gets its own back', async () => {
    const page = await pageFrame([
      { tag: 'risk-register', attrs: sutton },
      { tag: 'risk-register', attrs: sutton },
    ]);
    try {
      const [one, two] = page.elements('risk-register') as RiskRegister[];
      await filter(one!, r.filterBand, 'High');
      await filter(two!, r.filterCategory, 'financial');
      await page.reload();
      const [oneAgain, twoAgain] = page.elements('risk-register');
      expect([filterValue(oneAgain!, r.filterBand), filterValue(oneAgain!, r.filterCategory)]).to.deep.equal([
        'High',
        '',
      ]);
      expect([filterValue(twoAgain!, r.filterBand), filterValue(twoAgain!, r.filterCategory)]).to.deep.equal([
        '',
        'financial',
      ]);
    } finally {
      page.remove();
    }
  });

  it('stay each register’s own when the host’s CMS puts them the other way round, told apart by what they show', async () => {
    const eog = { tag: 'risk-register', attrs: sutton };
    const elg = { tag: 'risk-register', attrs: { ...sutton, group: 'elg' } };
    const page = await rearranged([eog, elg], [elg, eog], 'risk-register', async ([one, two]) => {
      await filter(one as RiskRegister, r.filterStatus, 'closed');
      await sortBy(two as RiskRegister, 'title');
    });
    try {
      const [elgAgain, eogAgain] = page.elements;
      expect(eogAgain!.getAttribute('group')).to.equal('eog');
      expect([filterValue(eogAgain!, r.filterStatus), sortedColumn(eogAgain!)]).to.deep.equal([
        'closed',
        'score descending',
      ]);
      expect([filterValue(elgAgain!, r.filterStatus), sortedColumn(elgAgain!)]).to.deep.equal(['', 'title ascending']);
    } finally {
      page.remove();
    }
  });

  it('stay each register’s own when a block is added above them; two showing the same go by their order', async () => {
    const open = { tag: 'risk-register', attrs: { ...sutton, status: 'open' } };
    const same = { tag: 'risk-register', attrs: sutton };
    const elg = { tag: 'risk-register', attrs: { ...sutton, group: 'elg' } };
    const page = await rearranged([open, same, same], [elg, open, same, same], 'risk-register', async (all) => {
      await filter(all[0] as RiskRegister, r.filterBand, 'High');
      await filter(all[1] as RiskRegister, r.filterCategory, 'financial');
    });
    try {
      const [elgAdded, openAgain, firstSame, secondSame] = page.elements;
      expect(filterValue(elgAdded!, r.filterBand), 'the block added starts afresh').to.equal('');
      expect(filterValue(openAgain!, r.filterBand)).to.equal('High');
      expect(filterValue(firstSame!, r.filterCategory), 'the first of the same, as it was').to.equal('financial');
      expect(filterValue(secondSame!, r.filterCategory)).to.equal('');
    } finally {
      page.remove();
    }
  });

  it('are each partnership’s own: the same page and id on another partnership’s document starts afresh', async () => {
    const first = await pageFrame([{ tag: 'risk-register', attrs: { ...sutton, id: 'risks' } }]);
    await filter(first.elements('risk-register')[0] as RiskRegister, r.filterStatus, 'closed');
    first.remove();
    const other = await pageFrame(
      [{ tag: 'risk-register', attrs: { group: 'elp-board', today: '2018-10-11', id: 'risks' } }],
      '/demo/data/ealing.json',
    );
    try {
      expect(filterValue(other.elements('risk-register')[0]!, r.filterStatus)).to.equal('');
    } finally {
      other.remove();
    }
  });

  it('ignore what the register cannot show: not JSON, an owner not on it, a column that is not one', async () => {
    const first = await register({ id: 'risks' });
    await filter(first, r.filterBand, 'High');
    const [key] = Object.keys(keptIn(sessionStorage));
    first.remove();
    for (const bad of ['not JSON', '[1,2]', 'null', '{"filters":"open"}']) {
      sessionStorage.setItem(key!, bad);
      const fresh = await register({ id: 'risks' });
      expect([filterValue(fresh, r.filterBand), sortedColumn(fresh)], bad).to.deep.equal(['', 'score descending']);
      fresh.remove();
    }
    sessionStorage.setItem(
      key!,
      JSON.stringify({
        filters: { status: 'closed', band: 7, owner: 'Nobody here', category: '<b>x</b>', cell: '9:9' },
        sortKey: 'constructor',
        sortDirection: 'ascending',
      }),
    );
    const fresh = await register({ id: 'risks' });
    expect(filterValue(fresh, r.filterStatus), 'a good value beside bad ones').to.equal('closed');
    expect(filterValue(fresh, r.filterOwner)).to.equal('');
    expect(filterValue(fresh, r.filterCategory)).to.equal('');
    expect(captionOf(fresh)).to.not.contain(r.cellFilter(9, 9));
    expect(sortedColumn(fresh)).to.equal('score descending');
  });

  it('are forgotten when the host takes the register off the page', async () => {
    const first = await register({ id: 'risks' });
    await filter(first, r.filterBand, 'High');
    first.remove();
    expect(keptIn(sessionStorage)).to.deep.equal({});
    const fresh = await register({ id: 'risks' });
    expect(filterValue(fresh, r.filterBand)).to.equal('');
  });

  it('are not kept where the browser refuses storage, and the register works on', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
    try {
      const element = await register({ id: 'risks' });
      await filter(element, r.filterBand, 'High');
      expect(captionOf(element)).to.equal(r.caption(3, 6));
    } finally {
      if (own) Object.defineProperty(window, 'sessionStorage', own);
      else delete (window as { sessionStorage?: Storage }).sessionStorage;
    }
  });
});
