// Each template Lit clones is one more instance made and inserted in every render (issue 12): a roster of every
// group at 10× a real partnership cloned 1,472 of them, and its script took about twice its same-DOM baseline's.
// A person's name and post are one template, not three (the name's, the post's and its pause's); a term's tag and
// its pause one; the column headers and the seat history beside the table are written in the templates around
// them. What it draws is unchanged (test/bench/bench-page.test.ts compares it with its baseline's drawing).
import { expect } from '@open-wc/testing';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { uniqueKey } from '../../fixtures/probe-element.js';
import '../../../components/partnership-roster/partnership-roster.js';
import { clonedDuring, described, drawn, onlyAPause, onlyMarkers } from '../../harness/cloned-templates.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

freshDocumentsEachTest();
let element: Lit | undefined;
afterEach(() => element?.remove());

const holds = (fragment: DocumentFragment, selector: string) =>
  drawn(fragment).some((node) => node instanceof Element && node.matches(selector));
/** A template holding one header cell and nothing else. */
const onlyAHeader = (fragment: DocumentFragment) => {
  const [cell, ...more] = drawn(fragment);
  return more.length === 0 && cell instanceof HTMLTableCellElement && cell.localName === 'th';
};
describe('the roster’s templates', () => {
  it('clones one template for a person, name and post, and none for a pause, a header or parts side by side', async () => {
    const cloned = await clonedDuring(async () => {
      element = document.createElement('partnership-roster') as Lit;
      const src = `${location.origin}/demo/data/sutton.json?${uniqueKey()}`;
      for (const [name, value] of Object.entries({ src, live: 'off', today: '2019-12-10' }))
        element.setAttribute(name, value);
      document.body.append(element);
      for (let turn = 0; turn < 200 && !element.shadowRoot?.querySelector('tbody tr'); turn += 1)
        await new Promise((done) => setTimeout(done, 10));
      await element.updateComplete;
    });
    const root = element!.shadowRoot!;
    const people = root.querySelectorAll('.person').length;
    const partnersUnderSeats = root.querySelectorAll('th .person__title').length;
    expect(people, 'people are drawn').to.be.greaterThan(10);
    expect(root.querySelectorAll('td .person__title').length, 'posts are drawn').to.be.greaterThan(10);
    expect(partnersUnderSeats, 'partners are drawn under their seats').to.be.greaterThan(0);
    expect(root.querySelectorAll('.history').length, 'a seat history is drawn').to.be.greaterThan(0);

    expect(cloned.filter((fragment) => holds(fragment, '.person')).length, 'templates of a person').to.equal(people);
    // A post's line has a template of its own only under a seat's name, for its partner: a person's is in theirs.
    const titlesAlone = cloned.filter((fragment) => holds(fragment, '.person__title') && !holds(fragment, '.person'));
    expect(titlesAlone.length, 'templates of a title line alone').to.equal(partnersUnderSeats);
    expect(described(cloned.filter(onlyMarkers)), 'templates of parts side by side').to.deep.equal([]);
    expect(described(cloned.filter(onlyAPause)), 'templates of a pause alone').to.deep.equal([]);
    expect(described(cloned.filter(onlyAHeader)), 'templates of a header cell alone').to.deep.equal([]);
  });
});
