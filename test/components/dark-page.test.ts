/**
 * A dark page: one that says so with `color-scheme: dark` (or `light dark`, under a reader's dark preference), as the
 * browser's own controls and Canvas need. The elements follow it with colours of their own for a dark page, where they
 * drew GOV.UK's near-black text on it, unreadable, and only a page that set twenty `--pk-*` properties could be read.
 * Every word each element shows must keep WCAG's 4.5:1 against what is behind it (3:1 for large text).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { describeElement, emulateMediaFeatures, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { unreadable } from '../fixtures/contrast.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';

describe('on a dark page', function () {
  this.timeout(30_000);
  failOnPageErrors();

  it('every word is readable where the page says it is dark (color-scheme: dark)', async () => {
    const host = await mountAll();
    Object.assign(host.style, { colorScheme: 'dark', background: '#111', color: '#eee' });
    try {
      expect(unreadable(host).slice(0, 15)).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('every word is readable where the page follows a reader who prefers dark (color-scheme: light dark)', async () => {
    const host = await mountAll();
    Object.assign(host.style, { colorScheme: 'light dark', background: 'Canvas', color: 'CanvasText' });
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    try {
      expect(getComputedStyle(host).backgroundColor, 'the page is dark').not.to.equal('rgb(255, 255, 255)');
      expect(unreadable(host).slice(0, 15)).to.deep.equal([]);
    } finally {
      await emulateMediaFeatures([]);
      host.remove();
    }
  });

  it('and a light page stays as it was, whatever the reader prefers', async () => {
    const host = await mountAll();
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    try {
      expect(unreadable(host).slice(0, 15)).to.deep.equal([]);
      const roster = host.querySelector('partnership-roster')!.shadowRoot!;
      expect(getComputedStyle(roster.querySelector('td')!).color).to.equal('rgb(11, 12, 12)');
    } finally {
      await emulateMediaFeatures([]);
      host.remove();
    }
  });

  it('printed, the elements are in their light colours: paper is white, and a browser prints no dark background', async () => {
    const host = await mountAll();
    Object.assign(host.style, { colorScheme: 'dark', background: '#111', color: '#eee' });
    await emulateMedia({ media: 'print' });
    try {
      const roster = host.querySelector('partnership-roster')!.shadowRoot!;
      expect(getComputedStyle(roster.querySelector('td')!).color).to.equal('rgb(11, 12, 12)');
      const tracker = host.querySelector('action-tracker')!.shadowRoot!;
      expect(getComputedStyle(tracker.querySelector('.tag--red')!).color).to.equal('rgb(101, 27, 27)');
    } finally {
      await emulateMedia({ media: 'screen' });
      host.remove();
    }
  });

  // The ring between a chosen radio's dot and its circle was drawn in Canvas, white unless the page says
  // color-scheme: dark: on a page themed only through the README's --pk-* colours, a white ring round a light dot.
  it('a chosen radio paints only the theme’s colours, on a page themed only through --pk-* properties', async () => {
    const colours = (await readmeDarkSet()).replace(/color-scheme:[^;]*;/, '');
    const host = await mountAll();
    host.setAttribute('style', `${colours} background: #111; color: #eee;`);
    try {
      const radios = [...shadowElements(host)].filter((e): e is HTMLInputElement => e.matches('input[type=radio]'));
      // Each group's first radio chosen where none is yet: the vote has no choice made until the reader makes one.
      const group = (radio: HTMLInputElement) =>
        radios.filter((r) => r.getRootNode() === radio.getRootNode() && r.name === radio.name);
      for (const radio of radios) if (!group(radio).some((r) => r.checked)) radio.checked = true;
      const chosen = radios.filter((radio) => radio.checked);
      expect(chosen.length, 'chosen radios to look at').to.be.greaterThan(2);
      const foreign = chosen.flatMap((radio) => {
        const style = getComputedStyle(radio);
        const theirs = new Set([style.color, style.borderTopColor, 'rgba(0, 0, 0, 0)']);
        const painted = `${style.backgroundColor} ${style.backgroundImage} ${style.boxShadow}`;
        const drawn = painted.match(/rgba?\([^)]*\)/g) ?? [];
        return drawn
          .filter((colour) => !theirs.has(colour))
          .map((colour) => `${describeElement(radio, '', 25)}: ${colour}`);
      });
      expect(foreign).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  /** The README's dark set of `--pk-*` properties ("Theming"), as a declaration list. */
  async function readmeDarkSet(): Promise<string> {
    const readme = await (await fetch('/README.md')).text();
    const set = /On a dark page, say[\s\S]*?```css\nbody \{([^}]*)\}/.exec(readme)?.[1];
    if (!set) throw new Error('the README’s dark set was not found under "On a dark page"');
    return set;
  }

  it('every word is readable on a dark page that sets the README’s dark set of --pk-* properties instead', async () => {
    const host = await mountAll();
    host.setAttribute('style', `${await readmeDarkSet()} background: #111; color: #eee;`);
    try {
      expect(unreadable(host).slice(0, 15)).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('every word is readable where a page copied the set’s colours but not its color-scheme', async () => {
    const colours = (await readmeDarkSet()).replace(/color-scheme:[^;]*;/, '');
    const host = await mountAll();
    host.setAttribute('style', `${colours} background: #111; color: #eee;`);
    try {
      expect(unreadable(host).slice(0, 15)).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });
});
