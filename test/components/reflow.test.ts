/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide every element fits without the
 * page scrolling sideways (wide tables scroll inside their own box).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/index.js';

const ELEMENTS: [string, Record<string, string>][] = [
  ['partnership-roster', { group: 'elg', meeting: 'elg-2019-12-10' }],
  ['quorum-indicator', { meeting: 'eog-2019-11-05', editable: '', clerk: 'p-project-manager', endpoint: '/x' }],
  ['vote-panel', { proposal: 'wsoa-reporting', voter: 'p-cirrus-head', endpoint: '/x' }],
  ['risk-register', { group: 'eog' }],
  ['action-tracker', { group: 'eog' }],
];

describe('at 320 px wide', function () {
  this.timeout(30_000);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('no element makes the page scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = document.createElement('main');
    document.body.append(host);
    for (const [tag, attrs] of ELEMENTS) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries({ src: '/demo/data/sutton.json', today: '2019-12-10', ...attrs })) {
        element.setAttribute(name, value);
      }
      host.append(element);
    }
    await waitUntil(() => [...host.children].every((e) => !e.shadowRoot?.querySelector('.loading')), 'loaded', {
      timeout: 5000,
    });
    expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    host.remove();
  });
});
