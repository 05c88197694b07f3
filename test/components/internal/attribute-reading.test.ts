/**
 * A removed attribute reads as one never set: `undefined`, or the property's default, as the properties' types
 * say, not Lit's `null`. A host testing `panel.voter === undefined` must not take a removed voter as still there.
 */
import { expect } from '@open-wc/testing';
import '../../../components/index.js';

const ATTRIBUTES: Record<string, string[]> = {
  'vote-panel': ['src', 'today', 'live', 'credentials', 'proposal', 'voter', 'endpoint', 'now'],
  'quorum-indicator': ['meeting', 'now', 'clerk', 'endpoint'],
  'partnership-roster': ['group', 'meeting'],
  'risk-register': ['group', 'project', 'status', 'hide-columns'],
  'action-tracker': [
    'group',
    'meeting',
    'owner',
    'project',
    'href-template',
    'editor',
    'endpoint',
    'hide-columns',
    'now',
  ],
  'highlight-report': ['project', 'period', 'href-template'],
  'partnership-data': ['src', 'credentials'],
};

const propertyOf = (attribute: string) => attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

describe('attributes removed', () => {
  afterEach(() => document.body.replaceChildren());

  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}>: each text property reads undefined once its attribute is removed`, async () => {
      const element = document.body.appendChild(document.createElement(tag)) as HTMLElement & Record<string, unknown>;
      for (const attribute of attributes) {
        element.setAttribute(attribute, 'x');
        expect(element[propertyOf(attribute)], attribute).to.equal('x');
        element.removeAttribute(attribute);
        expect(element[propertyOf(attribute)], attribute).to.equal(undefined);
      }
    });
  }

  it('heading-level and results read their defaults again once removed', async () => {
    const panel = document.body.appendChild(document.createElement('vote-panel'));
    panel.setAttribute('heading-level', '4');
    panel.setAttribute('results', 'HIDDEN');
    expect([panel.headingLevel, panel.results]).to.deep.equal([4, 'HIDDEN']);
    panel.removeAttribute('heading-level');
    panel.removeAttribute('results');
    expect([panel.headingLevel, panel.results]).to.deep.equal([2, 'live']);
    await panel.updateComplete;
    // Read from the attribute, the default is not written back to the page's markup.
    expect(panel.hasAttribute('results')).to.equal(false);
  });
});
