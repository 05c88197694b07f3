import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const PROJECT = 'Work Project 1: High Needs Block Review implementation';

async function tracker(attrs: Record<string, string>): Promise<ActionTracker> {
  const element = document.createElement('action-tracker');
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.data = await seedDocument('sutton');
  fixtureSync(html`<div>${element}</div>`);
  await until(() => !shadowOf(element).querySelector('.loading'), 'the tracker to load');
  return element;
}

const titles = (element: ActionTracker) =>
  [...shadowOf(element).querySelectorAll('.action-title')].map((title) => textOf(title));

beforeEach(() => forgetDocumentStores());

describe('<action-tracker project>', () => {
  it("shows only the project's linked actions, without naming the project on each", async () => {
    const element = await tracker({ project: 'wp1-hnb', today: '2019-12-10' });
    const doc = element.data as { actions: { id: string; title: string; project?: string }[] };
    const linked = doc.actions.filter((action) => action.project === 'wp1-hnb').map((action) => action.title);
    expect(linked.length).to.be.greaterThan(0);
    expect(titles(element)).to.have.members(linked);
    expect(shadowOf(element).querySelector('.project')).to.equal(null);
  });

  it('without it, a linked action names its project', async () => {
    const element = await tracker({ today: '2019-12-10' });
    const named = [...shadowOf(element).querySelectorAll('.project')].map((span) => textOf(span));
    expect(named.length).to.be.greaterThan(0);
    for (const text of named) expect(text).to.equal(en.actions.projectOf(PROJECT));
  });

  it('an unknown project is said, not shown as an empty tracker', async () => {
    const element = await tracker({ project: 'wp9' });
    expect(textOf(shadowOf(element).querySelector('p'))).to.equal(
      "There is no project with the id 'wp9'. Set the project attribute to one of: wp1-hnb.",
    );
  });
});
