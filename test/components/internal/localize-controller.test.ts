// An element speaks the language of its own lang, else its nearest
// ancestor's (through shadow roots), follows changes live, falls back to
// English for a language it does not know, and takes a host's own wording.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en, registerMessages } from '../../../src/messages/index.js';

/** An element with no document: its error summary's title is a word of its language. */
async function summaryTitle(parent: HTMLElement): Promise<() => string> {
  const roster = document.createElement('partnership-roster');
  roster.setAttribute('live', 'off');
  parent.append(roster);
  await waitUntil(() => roster.shadowRoot?.querySelector('.error-summary__title'), 'the error summary shows');
  return () => roster.shadowRoot?.querySelector('.error-summary__title')?.textContent?.trim() ?? '';
}

describe('the language an element speaks', () => {
  const html = document.documentElement;
  const pageLang = html.getAttribute('lang');
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => {
    box.remove();
    if (pageLang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', pageLang);
  });

  it('keeps English and Welsh left to right on a right-to-left page; a registered language sets its own direction', async () => {
    // Under an ancestor's `dir="rtl"` the words inherited it: "November 2019 30", full stops at the wrong end.
    box.setAttribute('dir', 'rtl');
    const roster = document.createElement('partnership-roster');
    roster.setAttribute('live', 'off');
    box.append(roster);
    const direction = () => {
      const words = roster.shadowRoot?.querySelector('.words');
      return words ? getComputedStyle(words).direction : '';
    };
    await waitUntil(() => roster.shadowRoot?.querySelector('.error-summary__title'), 'the error summary shows');
    expect(direction(), 'English').to.equal('ltr');
    box.setAttribute('lang', 'cy');
    await waitUntil(() => roster.shadowRoot?.querySelector('.words[dir]') && direction() === 'ltr', 'Welsh');
    registerMessages('x-rtl-test', { lang: 'x-rtl-test', dir: 'rtl' });
    box.setAttribute('lang', 'x-rtl-test');
    await waitUntil(() => direction() === 'rtl', 'a right-to-left language a host registered');
  });

  it('is Welsh and English in full: the two modules differ', () => {
    expect(cy.shared.problemTitle).to.not.equal(en.shared.problemTitle);
    expect(cy.votePanel.castButton).to.not.equal(en.votePanel.castButton);
  });

  it("follows the page's <html lang>, and a change to it, without a reload", async () => {
    html.setAttribute('lang', 'cy');
    const title = await summaryTitle(box);
    expect(title()).to.equal(cy.shared.problemTitle);
    html.setAttribute('lang', 'en-GB');
    await waitUntil(() => title() === en.shared.problemTitle, 'the element switched to English');
  });

  it("follows its nearest ancestor's lang, and its own lang first", async () => {
    html.setAttribute('lang', 'en');
    box.setAttribute('lang', 'cy-GB');
    const title = await summaryTitle(box);
    expect(title()).to.equal(cy.shared.problemTitle);
    const roster = box.querySelector('partnership-roster')!;
    roster.setAttribute('lang', 'en');
    await waitUntil(() => title() === en.shared.problemTitle, "the element's own lang wins");
  });

  it('finds the lang of a page whose elements sit inside another shadow root', async () => {
    box.setAttribute('lang', 'cy');
    const shell = document.createElement('div');
    box.append(shell);
    const inner = document.createElement('div');
    shell.attachShadow({ mode: 'open' }).append(inner);
    const title = await summaryTitle(inner);
    expect(title()).to.equal(cy.shared.problemTitle);
  });

  it('inside another shadow root, follows a change to its own lang or to an ancestor’s there, at once', async () => {
    html.setAttribute('lang', 'en');
    const shell = document.createElement('div');
    box.append(shell);
    const inner = document.createElement('div');
    shell.attachShadow({ mode: 'open' }).append(inner);
    const title = await summaryTitle(inner);
    expect(title()).to.equal(en.shared.problemTitle);
    // An app shell's language switch sets lang on its own markup, which the page's <html> does not hold.
    inner.setAttribute('lang', 'cy');
    await waitUntil(() => title() === cy.shared.problemTitle, 'the ancestor in the shadow root made it Welsh');
    inner.querySelector('partnership-roster')!.setAttribute('lang', 'en');
    await waitUntil(() => title() === en.shared.problemTitle, "the element's own lang made it English");
  });

  it('speaks English for a language it does not know, and marks its words as English', async () => {
    box.setAttribute('lang', 'fr');
    const title = await summaryTitle(box);
    expect(title()).to.equal(en.shared.problemTitle);
    const words = box.querySelector('partnership-roster')!.shadowRoot!.querySelector('.words');
    expect(words?.getAttribute('lang')).to.equal('en');
  });

  it("takes a host's own wording, registered after the element rendered", async () => {
    box.setAttribute('lang', 'x-council');
    const title = await summaryTitle(box);
    expect(title()).to.equal(en.shared.problemTitle);
    registerMessages('x-council', { shared: { problemTitle: 'Something needs fixing' } });
    await waitUntil(() => title() === 'Something needs fixing', 'the element took the new wording');
  });
});
