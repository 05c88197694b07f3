// Each template Lit clones is one more instance made and committed in every render (issue 12). The quorum
// indicator clones none only to put parts side by side (the base element's notices and view), nor one for each
// pause only a screen reader hears, nor one for a requirement's tag and its pauses, nor one for a verdict line:
// each is written in the template around it. What it draws is unchanged (test/bench/bench-page.test.ts compares
// it with its baseline's drawing).
import { expect } from '@open-wc/testing';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { uniqueKey } from '../../fixtures/probe-element.js';
import '../../../components/index.js';
import { clonedDuring, described, drawn, onlyAPause, onlyMarkers } from '../../harness/cloned-templates.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

freshDocumentsEachTest();
let element: Lit | undefined;
afterEach(() => element?.remove());

/** A template holding a tag (a `strong`, its class a part) and the pauses round it, and nothing else. */
const onlyATag = (fragment: DocumentFragment) => {
  const nodes = drawn(fragment);
  const pause = (node: Node) => node instanceof HTMLSpanElement && node.className === 'visually-hidden';
  return (
    nodes.some((node) => node instanceof HTMLElement && node.localName === 'strong') &&
    nodes.every((node) => pause(node) || (node instanceof HTMLElement && node.localName === 'strong'))
  );
};
/** A template holding the verdict line and nothing else: it is written in the template of its section. */
const onlyAVerdict = (fragment: DocumentFragment) => {
  const nodes = drawn(fragment);
  return nodes.length === 1 && nodes[0] instanceof HTMLDivElement && nodes[0].className === 'verdict';
};
/** The templates cloned while an indicator of Sutton's ELG meeting of 10 December 2019 is drawn with `attributes`. */
async function clonedFor(attributes: Record<string, string>): Promise<DocumentFragment[]> {
  return clonedDuring(async () => {
    element = document.createElement('quorum-indicator') as Lit;
    const src = `${location.origin}/demo/data/sutton.json?${uniqueKey()}`;
    for (const [name, value] of Object.entries({ src, live: 'off', meeting: 'elg-2019-12-10', ...attributes }))
      element.setAttribute(name, value);
    document.body.append(element);
    for (let turn = 0; turn < 200 && !element.shadowRoot?.querySelector('.verdict'); turn += 1)
      await new Promise((done) => setTimeout(done, 10));
    await element.updateComplete;
  });
}

describe('the quorum indicator’s templates', () => {
  it('clones none only to set parts side by side, nor for a pause, a tag or the verdict alone', async () => {
    const cloned = await clonedFor({ today: '2019-12-10' });
    expect(element!.shadowRoot!.querySelector('.requirement .visually-hidden'), 'the pauses are drawn').not.to.equal(
      null,
    );
    expect(described(cloned.filter(onlyMarkers)), 'templates of parts side by side').to.deep.equal([]);
    expect(described(cloned.filter(onlyAPause)), 'templates of a pause alone').to.deep.equal([]);
    expect(described(cloned.filter(onlyAVerdict)), 'templates of the verdict alone').to.deep.equal([]);
    expect(described(cloned.filter(onlyATag)), 'templates of a tag and its pauses alone').to.deep.equal([]);
  });

  it('clones no template of a verdict alone while the meeting is on, for now or for the whole meeting', async () => {
    const cloned = await clonedFor({ now: '2019-12-10T16:30:00+00:00' });
    const verdicts = [...element!.shadowRoot!.querySelectorAll('.verdict')].map((v) => v.getAttribute('part'));
    expect(verdicts, 'both verdicts are drawn').to.deep.equal(['now-verdict', 'verdict']);
    expect(described(cloned.filter(onlyAVerdict)), 'templates of a verdict alone').to.deep.equal([]);
  });
});

describe('the quorum indicator’s words', () => {
  it('are the content of the verdict, a count, a tag and each seat missing: no part marker beside them', async () => {
    await clonedFor({ today: '2019-12-10' });
    const root = element!.shadowRoot!;
    const holders = [
      ...root.querySelectorAll('.verdict > *:not(.visually-hidden)'),
      ...root.querySelectorAll('.requirement__head > :not(.visually-hidden):not(.requirement__label)'),
      ...root.querySelectorAll('.missing li'),
    ];
    expect(holders.length, 'the verdict’s two, each requirement’s count and tag, and the seats missing').to.be.above(5);
    const marked = holders.filter((holder) =>
      [...holder.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE),
    );
    expect(
      marked.map((holder) => holder.textContent),
      'holders with a part marker',
    ).to.deep.equal([]);
    expect(holders.every((holder) => holder.childNodes.length === 1 && holder.textContent!.trim() !== '')).to.equal(
      true,
    );
  });
});

describe('the quorum indicator’s lists of seats', () => {
  /** A template holding one list item of words alone (no element in it) and nothing else. */
  const onlyAnItem = (fragment: DocumentFragment) => {
    const nodes = drawn(fragment);
    return nodes.length === 1 && nodes[0] instanceof HTMLLIElement && nodes[0].children.length === 0;
  };

  it('clone no template a seat missing or in the room, and hold no marker between the seats', async () => {
    const cloned = await clonedFor({ now: '2019-12-10T16:30:00+00:00' });
    const root = element!.shadowRoot!;
    const lists = [...root.querySelectorAll('.missing ul, ul.in-room')];
    expect(lists.map((list) => list.children.length).filter((n) => n > 0).length, 'lists of seats drawn').to.be.above(
      1,
    );
    const markers = lists.flatMap((list) => [...list.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE));
    expect(markers.length, 'markers between the seats').to.equal(0);
    expect(described(cloned.filter(onlyAnItem)), 'templates of a list item of words alone').to.deep.equal([]);
  });
});
