/**
 * A removed attribute reads as one never set: `undefined`, or the property's default, as the properties' types
 * say, not Lit's `null`. A host testing `panel.voter === undefined` must not take a removed voter as still there.
 */
import { expect } from '@open-wc/testing';
import '../../../components/index.js';
import { seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';

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

// An embedding reviewer's page (p14-attrs): mistakes in an id attribute were told less well than the same mistakes
// in the document, which the document's check names.
describe('id attributes with mistakes', () => {
  let sutton: LooseDocument;
  before(async () => {
    sutton = await seedDocument('sutton');
  });
  afterEach(() => document.body.replaceChildren());

  const groups = () => (sutton.groups as { id: string }[]).map((group) => group.id);

  it('takes the spaces around an id off, as a template writes them: voter="p-cirrus-dceo " votes', async () => {
    const panel = await showWith('vote-panel', sutton, {
      proposal: ' wsoa-reporting\n',
      voter: 'p-cirrus-dceo ',
      today: '2019-12-10',
      endpoint: '/x',
    });
    expect([panel.getAttribute('voter'), (panel as HTMLElement & { voter?: string }).voter]).to.deep.equal([
      'p-cirrus-dceo ',
      'p-cirrus-dceo',
    ]);
    expect(shownText(panel)).not.to.contain(en.votePanel.voterUnknown('p-cirrus-dceo '));
    expect(panel.shadowRoot!.querySelectorAll('input[type=radio]').length).to.equal(3);
  });

  it('names a no-break space in an id as the document check does, in English and Welsh', async () => {
    const roster = await showWith('partnership-roster', sutton, { group: 'elg\u00a0' });
    const said = en.roster.unknownGroup('elg\u00a0', groups());
    expect(said).to.contain('Character 4, "\u00a0" (U+00A0), cannot be in an id: delete it.');
    // Shown text reads every space as one; the no-break space is in the words the element was given.
    expect(shownText(roster)).to.contain(said.replace(/\s/g, ' '));
    expect(cy.roster.unknownGroup('elg\u00a0', groups())).to.contain(
      'Ni all nod 4, "\u00a0" (U+00A0), fod mewn dynodydd: dilëwch ef.',
    );
    expect(en.votePanel.voterUnknown('p-cirrus-dceo\u00a0')).to.contain(
      'Character 14, "\u00a0" (U+00A0), cannot be in an id',
    );
  });

  it('suggests the id a case slip meant: group="ELG" is asked "Did you mean \'elg\'?"', async () => {
    const roster = await showWith('partnership-roster', sutton, { group: 'ELG' });
    const said = en.roster.unknownGroup('ELG', groups());
    expect(said).to.contain("There is no group with the id 'ELG'. Did you mean 'elg'? Set the group attribute");
    expect(shownText(roster)).to.contain(said);
    expect(cy.roster.unknownGroup('ELG', groups())).to.contain("Ai 'elg' oedd dan sylw?");
  });
});
