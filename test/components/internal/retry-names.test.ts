/**
 * Each element's "Try again" names what it loads for a screen reader ("Try again: load the vote"), its visible
 * words unchanged: a page of three elements failing on one document listed three identical "Try again" buttons,
 * and a reader choosing from the list of buttons could not tell them apart. The name begins with the visible
 * words, so a voice user saying "Try again" still reaches it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import '../../../components/risk-register/risk-register.js';
import '../../../components/action-tracker/action-tracker.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { respondUrl, untilShows } from '../../fixtures/probe-element.js';

freshDocumentsEachTest();

const retryButton = (element: Element) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry-button"]')!;

describe('"Try again" names what it loads', () => {
  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`three failed elements give three different names, each beginning with the visible words (${lang})`, async () => {
      const src = respondUrl({ status: 500, type: 'text/plain', body: 'Oops' });
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <vote-panel lang=${lang} src=${src} proposal="p"></vote-panel>
          <risk-register lang=${lang} src=${src}></risk-register>
          <action-tracker lang=${lang} src=${src}></action-tracker>
        </div>`,
      );
      const elements = [...page.children];
      for (const element of elements) await untilShows(element, words.shared.tryAgain);
      const buttons = elements.map(retryButton);
      expect(
        buttons.map((b) => b.textContent),
        'the visible words are as before',
      ).to.deep.equal(buttons.map(() => words.shared.tryAgain));
      const names = buttons.map((b) => b.getAttribute('aria-label'));
      expect(names).to.deep.equal([
        words.shared.tryAgainLoading['vote-panel'],
        words.shared.tryAgainLoading['risk-register'],
        words.shared.tryAgainLoading['action-tracker'],
      ]);
      expect(new Set(names).size).to.equal(3);
      for (const name of names) expect(name?.startsWith(`${words.shared.tryAgain}:`), String(name)).to.equal(true);
    });
  }
});
