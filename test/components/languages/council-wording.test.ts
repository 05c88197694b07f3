/**
 * A council's own wording and a third language, registered as the README shows, reach the elements: a role
 * renamed in the roster's Role column, its own introduction over a broken document's problems, and a language
 * the browser's Intl lacks (Scottish Gaelic in Chromium) dated with the months the council gave, not "October 15".
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import { createFormat, registerMessages } from '../../../src/messages/index.js';

const GD_MONTHS = [
  'Am Faoilleach',
  'An Gearran',
  'Am Màrt',
  'An Giblean',
  'An Cèitean',
  'An t-Ògmhios',
  'An t-Iuchar',
  'An Lùnastal',
  'An t-Sultain',
  'An Dàmhair',
  'An t-Samhain',
  'An Dùbhlachd',
];

async function mounted(tag: string, attrs: Record<string, string>, ready: string): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ today: '2019-12-10', live: 'off', ...attrs })) {
    element.setAttribute(name, value);
  }
  document.body.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `${tag} rendered`, { timeout: 5000 });
  return element;
}

const text = (element: HTMLElement, selector: string) =>
  (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a council’s own wording and a third language', () => {
  before(() => {
    registerMessages('en-x-council', {
      roles: { chair: 'Chairperson' },
      roster: { columns: { partner: 'Place', proxy: 'Substitute' } },
      shared: { contractIntro: (total) => `Our partnership document has ${total} problems to put right:` },
    });
    registerMessages('gd', {
      lang: 'gd',
      format: createFormat(
        'gd-GB',
        { am: 'm', pm: 'f', midday: 'meadhan-latha', midnight: 'meadhan-oidhche', at: 'aig' },
        { months: GD_MONTHS },
      ),
      shared: { problemTitle: 'Tha duilgheadas ann' },
    });
  });
  afterEach(() => {
    for (const element of document.body.querySelectorAll('[today]')) element.remove();
  });

  it('a renamed role words the roster’s Role column as it names the seat', async () => {
    const roster = await mounted(
      'partnership-roster',
      { src: '/demo/data/sutton.json', group: 'elg', lang: 'en-x-council' },
      'table',
    );
    const headers = [...roster.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).to.include.members(['Place', 'Substitute', 'Role']);
    // The first seat's label is the document's own "Chair"; its Role cell is the kit's word.
    const column = headers.indexOf('Role');
    const roles = [...roster.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
      row.children[column]?.textContent?.trim(),
    );
    expect(roles).to.include('Chairperson');
    expect(roles).not.to.include('Chair');
  });

  it('its own introduction heads a broken document’s error summary', async () => {
    const roster = await mounted(
      'partnership-roster',
      { src: '/demo/errors/broken-document.json', group: 'elg', lang: 'en-x-council' },
      '.error-summary',
    );
    expect(text(roster, '.error-summary p')).to.match(/^Our partnership document has \d+ problems to put right:$/);
  });

  it('a language the browser has no dates for is dated with the council’s months, and follows a switch', async () => {
    const quorum = await mounted(
      'quorum-indicator',
      { src: '/demo/data/sutton.json', meeting: 'elg-2019-10-15', lang: 'gd-GB' },
      'h2, h3',
    );
    expect(text(quorum, '.words')).to.contain('15 An Dàmhair 2019 aig 4f');
    quorum.setAttribute('lang', 'en-GB');
    await waitUntil(() => text(quorum, '.words').includes('15 October 2019 at 4pm'), 'English after the switch');
  });
});
