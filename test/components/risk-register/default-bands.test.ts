/**
 * A document that names no score bands is scored on the contract's own (Low,
 * Medium, High): the register names them in the page's language, as it does
 * every word of its own, and a partnership's own band names as it wrote them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { example, exampleAttributes } from '../../../components/examples.js';
import '../../../components/index.js';

async function register(lang: string): Promise<ShadowRoot> {
  const element = document.createElement('risk-register');
  for (const [name, value] of Object.entries({ ...exampleAttributes(example('risk-register', 'wokingham-wep')), lang }))
    element.setAttribute(name, value);
  document.body.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector('table .tag'), 'the register shows its risks');
  return element.shadowRoot!;
}

const tags = (root: ShadowRoot, selector: string) =>
  [...new Set([...root.querySelectorAll(selector)].map((tag) => tag.textContent!.trim()))].sort();

describe('<risk-register>: the default score bands', () => {
  afterEach(() => document.querySelectorAll('risk-register').forEach((element) => element.remove()));

  it('are named in Welsh on a Welsh page: the table, the legend, the filter and the letters', async () => {
    const root = await register('cy');
    expect(tags(root, '.heat-map__legend .tag')).to.deep.equal(['Canolig', 'Isel', 'Uchel']);
    expect(tags(root, 'td .tag')).to.not.include.members(['Low', 'Medium', 'High']);
    const letters = [...root.querySelectorAll('.heat-map__legend .band-letter')].map((l) =>
      l.getAttribute('data-letter'),
    );
    expect(letters).to.deep.equal(['I', 'C', 'U']);
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(options).to.include('Uchel');
  });

  it('are named in English on an English page', async () => {
    expect(tags(await register('en'), '.heat-map__legend .tag')).to.deep.equal(['High', 'Low', 'Medium']);
  });
});
