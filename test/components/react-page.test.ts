/**
 * The kit in a React 19 page (demo/react.html, built by npm run build) and in
 * a plain HTML page (demo/sutton.html): the elements render their document in
 * both, under the strict CSP with Trusted Types.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/messages/index.js';
import { demoWords } from '../../demo/words.js';
import { STRICT_CSP } from '../harness/csp.js';
import { textOf } from '../fixtures/text.js';

async function open(page: string): Promise<{ frame: HTMLIFrameElement; violations: string[] }> {
  const frame = document.createElement('iframe');
  const headers = encodeURIComponent(JSON.stringify({ 'Content-Security-Policy': STRICT_CSP }));
  frame.src = `/__headers?page=${encodeURIComponent(page)}&set=${headers}`;
  frame.title = page;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const violations: string[] = [];
  frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
  return { frame, violations };
}

const shadowText = (frame: HTMLIFrameElement, tag: string) =>
  textOf(frame.contentDocument!.querySelector(tag)?.shadowRoot);

describe('the kit in other pages', function () {
  this.timeout(20_000);

  it('renders in a React 19 page, which hands each element the document as a property', async () => {
    const { frame, violations } = await open('/demo/react.html');
    await waitUntil(
      () => shadowText(frame, 'partnership-roster').includes(en.roster.caption('Education Leadership Group')),
      'roster',
      { timeout: 8000 },
    );
    await waitUntil(() => shadowText(frame, 'quorum-indicator').includes('Quorate'), 'quorum', { timeout: 4000 });
    expect(shadowText(frame, 'risk-register')).to.contain('6 risks, 5 open');
    // The count in the plural form the number takes (demo/words.js): "0 problems", "1 problem", never "1 problems".
    expect(frame.contentDocument!.querySelector('[data-testid=react-status]')!.textContent).to.equal(
      demoWords('en', 'react.status', { count: 0 }),
    );
    expect(demoWords('en', 'react.status', { count: 1 })).to.equal('Rendered by React; 1 problem reported.');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  // The risk register, which has no title of its own, read on as part of the quorum indicator above it.
  it('the React page puts each element in a section under a heading of the page’s own', async () => {
    const { frame } = await open('/demo/react.html');
    const page = frame.contentDocument!;
    await waitUntil(() => page.querySelector('risk-register'), 'the elements', { timeout: 8000 });
    const unheaded = [...page.querySelectorAll('partnership-roster, quorum-indicator, risk-register')]
      .filter((element) => element.closest('section')?.firstElementChild?.localName !== 'h2')
      .map((element) => element.localName);
    expect(unheaded).to.deep.equal([]);
    frame.remove();
  });

  it('renders in a plain HTML page with one script tag and one document', async () => {
    const { frame, violations } = await open('/demo/sutton.html');
    await waitUntil(() => shadowText(frame, 'action-tracker').includes(en.actions.deadlinesTitle), 'tracker', {
      timeout: 8000,
    });
    expect(shadowText(frame, 'partnership-roster')).to.contain(en.roster.caption('Education Leadership Group'));
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
