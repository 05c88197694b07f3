// "Try again" pressed from the keyboard: the button goes while the document
// loads, so the focus it had must land somewhere on the element once the
// load ends, not on the page's body, from where a keyboard user starts again
// at the top and a screen reader says nothing of what happened.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/partnership-roster/partnership-roster.js';
import { en } from '../../../src/messages/index.js';
import { resolveDocumentUrl } from '../../../src/data/index.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { namedDocument } from '../../fixtures/documents.js';
import { failOnPageErrors, uniqueKey, untilShows, type ProbeElement } from '../../fixtures/probe-element.js';

const stubFetch = freshDocumentsEachTest();

/** A fetch stub for `src` failing as an unreachable host does until `answer.ok` is set, then the document. */
function unavailableUntil(src: string, answer: { ok: boolean }) {
  const url = resolveDocumentUrl(src);
  return stubFetch((requested) => {
    if (requested !== url) return undefined;
    if (!answer.ok) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(JSON.stringify(namedDocument('Back again'))));
  });
}

const retryButton = (element: Element) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry-button"]');

/** Focuses the element's "Try again" and presses Enter on it, as a keyboard user does. */
async function pressTryAgain(element: Element): Promise<void> {
  retryButton(element)!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('"Try again" from the keyboard', () => {
  failOnPageErrors();

  it('failing again, gives focus to the new "Try again"', async () => {
    const src = `/retry-focus/${uniqueKey()}.json`;
    const answer = { ok: false };
    unavailableUntil(src, answer);
    const element = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(element, en.shared.problemTitle);
    const first = retryButton(element);
    await pressTryAgain(element);
    await waitUntil(() => retryButton(element) && retryButton(element) !== first, 'the failure shown again');
    await element.updateComplete;
    expect(document.activeElement?.localName, 'not the page’s body').to.equal('probe-element');
    expect(element.shadowRoot!.activeElement === retryButton(element), 'the new "Try again"').to.equal(true);
  });

  it('loading at last, gives focus to the element’s heading, where what it shows begins', async () => {
    const src = `/retry-focus/${uniqueKey()}.json`;
    const answer = { ok: false };
    unavailableUntil(src, answer);
    const roster = await fixture<HTMLElementTagNameMap['partnership-roster']>(
      html`<partnership-roster src=${src}></partnership-roster>`,
    );
    await untilShows(roster, en.shared.problemTitle);
    answer.ok = true;
    await pressTryAgain(roster);
    await untilShows(roster, 'Members of the Partnership Board');
    await roster.updateComplete;
    expect(document.activeElement?.localName).to.equal('partnership-roster');
    const focused = roster.shadowRoot!.activeElement!;
    expect(focused.localName, 'the roster’s own heading').to.equal('h2');
  });

  it('leaves focus alone when the reader moved on while the document loaded', async () => {
    const src = `/retry-focus/${uniqueKey()}.json`;
    const answer = { ok: false };
    unavailableUntil(src, answer);
    const element = await fixture<ProbeElement>(
      html`<div>
        <probe-element src=${src}></probe-element><button type="button" id="elsewhere">Elsewhere</button>
      </div>`,
    );
    const probe = element.querySelector<ProbeElement>('probe-element')!;
    await untilShows(probe, en.shared.problemTitle);
    answer.ok = true;
    await pressTryAgain(probe);
    const elsewhere = element.querySelector<HTMLButtonElement>('#elsewhere')!;
    elsewhere.focus();
    await untilShows(probe, 'Back again');
    await probe.updateComplete;
    expect(document.activeElement?.id).to.equal('elsewhere');
  });
});
