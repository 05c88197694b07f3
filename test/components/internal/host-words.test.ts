// The host's own words inside a sentence of the page's language are marked with their language, so a screen reader
// reads English words in an English voice on a Welsh page (WCAG 3.1.2).
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { markHostWords } from '../../../components/internal/host-words.js';

/** `marked` drawn in a paragraph. */
function drawn(marked: ReturnType<typeof markHostWords>): HTMLElement {
  const p = document.createElement('p');
  render(marked, p);
  return p;
}

describe('markHostWords', () => {
  it('marks English words of the host in a Welsh sentence as English, and leaves the sentence whole', () => {
    const p = drawn(markHostWords('Dywedodd y gweinydd: Too large. Ceisiwch eto.', 'cy', [{ text: 'Too large.' }]));
    expect(p.textContent).to.equal('Dywedodd y gweinydd: Too large. Ceisiwch eto.');
    const span = p.querySelector('span[lang]')!;
    expect(span.getAttribute('lang')).to.equal('en');
    expect(span.textContent).to.equal('Too large.');
  });

  it('marks them with the language the host named (Content-Language)', () => {
    const p = drawn(markHostWords('The server said: Trop grand.', 'en', [{ text: 'Trop grand.', lang: 'fr' }]));
    expect(p.querySelector('span[lang=fr]')?.textContent).to.equal('Trop grand.');
  });

  it('marks nothing in the host’s own language, or words the sentence does not hold', () => {
    expect(markHostWords('The server said: No.', 'en-GB', [{ text: 'No.' }])).to.equal('The server said: No.');
    expect(markHostWords('Mae problem.', 'cy', [{ text: 'Closed.' }])).to.equal('Mae problem.');
    expect(markHostWords('Mae problem.', 'cy')).to.equal('Mae problem.');
  });
});
