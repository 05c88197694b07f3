// An editable tracker that cannot send says what the site's web team has left to set, and only that: it said
// "set the editor attribute … and the endpoint attribute" with the editor set, and never named `submit`.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

async function tracker(attrs: Record<string, string>, submit?: ActionTracker['submit']): Promise<ActionTracker> {
  const element = document.createElement('action-tracker');
  for (const [name, value] of Object.entries({ today: '2019-12-10', editable: '', ...attrs }))
    element.setAttribute(name, value);
  if (submit) element.submit = submit;
  element.data = await seedDocument('sutton');
  fixtureSync(html`<div>${element}</div>`);
  await until(() => shadowOf(element).querySelector('table[part="table"]') !== null, 'the tracker to load');
  await element.updateComplete;
  return element;
}

const notice = (element: ActionTracker) => textOf(shadowOf(element).querySelector('p.notice'));
const never: ActionTracker['submit'] = () => new Promise(() => {});

beforeEach(() => forgetDocumentStores());

describe('<action-tracker editable> not set up: the notice names what is missing', () => {
  it('an editor and no endpoint: the endpoint attribute or the submit property, not the editor', async () => {
    const text = notice(await tracker({ editor: 'p-project-manager' }));
    expect(text).to.equal(en.actions.noEditorEndpoint);
    expect(text).to.include('endpoint attribute or the submit property');
    expect(text).not.to.include('editor attribute');
  });

  it('an endpoint, or a submit function, and no editor: the editor attribute alone', async () => {
    for (const element of [await tracker({ endpoint: '/never-sent' }), await tracker({}, never)]) {
      const text = notice(element);
      expect(text).to.equal(en.actions.noEditorPerson);
      expect(text).to.include('editor attribute');
      expect(text).not.to.include('endpoint');
      element.remove();
    }
  });

  it('neither: both, the submit property named beside the endpoint attribute', async () => {
    const text = notice(await tracker({}));
    expect(text).to.equal(en.actions.noEditor);
    expect(text).to.include('editor attribute');
    expect(text).to.include('endpoint attribute or the submit property');
  });

  it('an editor and an endpoint: no notice', async () => {
    const element = await tracker({ editor: 'p-project-manager', endpoint: '/never-sent' });
    expect(shadowOf(element).querySelector('p.notice')).to.equal(null);
  });

  it('in Welsh too', async () => {
    const element = await tracker({ editor: 'p-project-manager', lang: 'cy' });
    await until(() => notice(element) === cy.actions.noEditorEndpoint, 'the Welsh notice');
    expect(notice(element)).to.include('priodoledd endpoint neu briodwedd submit');
    expect(notice(element)).not.to.include('priodoledd editor');
  });
});
