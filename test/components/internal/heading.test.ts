/**
 * heading-level: an element fits under the page's own headings. Its title is
 * at the level asked (h2 by default) and its parts below it; the size stays
 * the same whatever the level.
 */
import { expect } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import '../../../components/vote-panel/vote-panel.js';
import { heading } from '../../../components/internal/heading.js';
import { render } from 'lit';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';

const levels = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);

describe('heading-level', () => {
  let sutton: unknown;
  before(async () => (sutton = await seedDocument('sutton')));
  afterEach(() => document.querySelectorAll('partnership-roster, vote-panel').forEach((e) => e.remove()));

  it('titles an element at h2 by default, its parts at h3 and h4', async () => {
    const panel = await showWith('vote-panel', sutton, { proposal: 'hnb-plan' });
    expect(levels(panel)).to.deep.equal(['h2', 'h3', 'h3', 'h3', 'h4']);
  });

  it('moves every heading down together when the page asks for level 3', async () => {
    const panel = await showWith('vote-panel', sutton, { proposal: 'hnb-plan', 'heading-level': '3' });
    expect(levels(panel)).to.deep.equal(['h3', 'h4', 'h4', 'h4', 'h5']);
    const roster = await showWith('partnership-roster', sutton, {
      group: 'elg',
      today: '2019-12-10',
      'heading-level': '4',
    });
    expect(levels(roster)).to.deep.equal(['h4', 'h5']);
    const title = roster.shadowRoot!.querySelector('h4')!;
    expect(getComputedStyle(title).fontSize, 'a title looks like a title at any level').to.equal(
      `${Math.round(parseFloat(getComputedStyle(roster).fontSize) * 1.5 * 100) / 100}px`,
    );
  });

  it('keeps to h1 to h6 whatever it is given', () => {
    const host = document.createElement('div');
    const tagFor = (level: number, depth: number) => {
      render(heading(level, depth, 'x'), host);
      return host.firstElementChild!.localName;
    };
    expect([tagFor(6, 2), tagFor(0, 0), tagFor(Number.NaN, 0), tagFor(2.5, 1)]).to.deep.equal(['h6', 'h1', 'h2', 'h3']);
  });

  it('draws each level from a template written out, not one joined at every call', () => {
    // Lit's static html joined the tag into the template's strings and looked them up in a map at each call; every
    // element draws two to ten headings a render (issue 12). A template literal's strings are frozen; those are not.
    const drawn = [1, 2, 3, 4, 5, 6].map((level) => heading(level, 0, 'x', { id: 'a' }));
    expect(drawn.map((result) => Object.isFrozen(result.strings))).to.deep.equal([true, true, true, true, true, true]);
    expect(heading(2, 0, 'x').strings, 'one template a level').to.equal(heading(1, 1, 'y', { class: 'z' }).strings);
  });

  it('gives the heading its id and its classes', () => {
    const host = document.createElement('div');
    render(heading(2, 1, 'Title', { id: 'now-heading', class: 'extra' }), host);
    const drawn = host.firstElementChild!;
    expect([drawn.localName, drawn.id, drawn.className, drawn.textContent]).to.deep.equal([
      'h3',
      'now-heading',
      'heading-1 extra',
      'Title',
    ]);
    render(heading(2, 0, 'Plain'), host);
    expect(host.firstElementChild!.hasAttribute('id'), 'no id when none is given').to.equal(false);
  });
});
