// The demo's sign-in page after a submit that chose nobody: GOV.UK's error
// summary links to the first choice. Followed from the keyboard, it must
// bring the question and its error message into view with the choice, and the
// choice's focus ring whole: it scrolled the radio to the window's very top,
// the legend and "Select who you are" above it, out of sight.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageInFrame } from '../fixtures/demo-frame.js';

/** The host's page builder (plain JavaScript, for Node), loaded as the browser loads any module. */
const PAGES = '/demo/host/pages.js';

const people = Array.from({ length: 30 }, (_, i) => ({
  id: `p-${i}`,
  name: `Person ${i}`,
  title: `Head of School ${i}, a school with a long enough name to wrap`,
}));

async function errorPageAt(width: number, height: number): Promise<Document> {
  const { signInPage } = (await import(PAGES)) as {
    signInPage: (document: unknown, signedIn: unknown, options: { error: boolean }) => string;
  };
  const page = signInPage({ partnership: { name: 'Sutton Education Partnership' }, people }, undefined, {
    error: true,
  });
  return pageInFrame(
    `/__respond?type=${encodeURIComponent('text/html')}&body=${encodeURIComponent(page)}`,
    width,
    height,
  );
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

for (const [width, height] of [
  [375, 740],
  [1280, 800],
]) {
  it(`the error summary's link shows the question with the first choice, at ${width} px`, async () => {
    const page = await errorPageAt(width!, height!);
    page.querySelector<HTMLAnchorElement>('.error-summary__list a')!.focus();
    await sendKeys({ press: 'Enter' });
    const first = page.querySelector<HTMLInputElement>('input[type=radio]')!;
    await waitUntil(() => page.activeElement === first, 'the first choice takes focus');
    const legend = page.querySelector('legend')!.getBoundingClientRect();
    const message = page.querySelector('.error-message')!.getBoundingClientRect();
    expect(legend.top, 'the question in view').to.be.at.least(0);
    expect(message.top, 'the error message in view').to.be.at.least(0);
    // The focus ring is 4 px outside the radio (demo.css).
    expect(first.getBoundingClientRect().top, 'the whole focus ring in view').to.be.at.least(4);
  });
}

// At 200 % text on a 320 px phone, the browser's own fieldset border and padding (28 px a side at 38 px text) took
// the choices' room, so "Education" and "Headteacher" broke mid-word; and "There is a problem", at the browser's h2
// size, was larger than the h1 and broke as "proble m".
it('at 200 % text on a 320 px phone, the choices take the column’s width and the summary’s title is no larger than the h1', async () => {
  const page = await errorPageAt(320, 800);
  page.documentElement.style.fontSize = '200%';
  const main = page.querySelector('main')!;
  const column = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingInlineEnd);
  const short = [...page.querySelectorAll('.choice')]
    .map((choice) => choice.getBoundingClientRect().right)
    .filter((right) => right < column - 1);
  expect(short, 'choices short of the column').to.deep.equal([]);
  const size = (selector: string) => parseFloat(getComputedStyle(page.querySelector(selector)!).fontSize);
  expect(size('.error-summary h2')).to.be.at.most(size('h1'));
});
