// The sign-in page's one question, "Who are you?", under its h1 and lede, was body text above 25 radios: a clerk
// looking for where to start missed it. It is GOV.UK's large legend, the fieldset's heading, in bold at the h2's
// size (36 px on a wide screen); on a phone it falls with the h2, never above the h1 at 200 % text.
import { expect } from '@open-wc/testing';
import { pageInFrame } from '../fixtures/demo-frame.js';

/** The host's page builder (plain JavaScript, for Node), loaded as the browser loads any module. */
const PAGES = '/demo/host/pages.js';

async function signInPageAt(width: number): Promise<Document> {
  const { signInPage } = (await import(PAGES)) as {
    signInPage: (document: unknown, signedIn: unknown) => string;
  };
  const people = [{ id: 'p-clerk', name: 'Cara', title: 'Clerk' }];
  const page = signInPage({ partnership: { name: 'Sutton Education Partnership' }, people }, undefined);
  return pageInFrame(`/__respond?type=${encodeURIComponent('text/html')}&body=${encodeURIComponent(page)}`, width, 800);
}

const px = (element: Element, property: 'fontSize' | 'fontWeight') =>
  Number.parseFloat(getComputedStyle(element)[property]);

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

it('at 1280 px the question is a large bold legend, the size of the page’s h2, larger than its text', async () => {
  const page = await signInPageAt(1280);
  const legend = page.querySelector('fieldset#person > legend')!;
  expect(legend.textContent).to.equal('Who are you?');
  expect(px(legend, 'fontWeight')).to.be.at.least(700);
  expect(px(legend, 'fontSize')).to.be.closeTo(36, 0.5);
  expect(px(legend, 'fontSize')).to.be.lessThan(px(page.querySelector('h1')!, 'fontSize'));
});

it('on a phone at 200 % text the question falls with the h1, never below its choices’ text, and fits the page', async () => {
  const page = await signInPageAt(320);
  page.documentElement.style.fontSize = '200%';
  const legend = page.querySelector('fieldset#person > legend')!;
  expect(px(legend, 'fontWeight')).to.be.at.least(700);
  expect(px(legend, 'fontSize')).to.be.at.least(px(page.querySelector('.choice label')!, 'fontSize'));
  expect(px(legend, 'fontSize')).to.be.at.most(px(page.querySelector('h1')!, 'fontSize'));
  expect(page.documentElement.scrollWidth).to.be.at.most(320);
});
