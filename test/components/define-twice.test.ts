/**
 * A CMS page often includes the kit's script twice. The built bundle loaded
 * twice (two URLs, two module instances) defines nothing twice and throws
 * nothing, and the elements still work.
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('the kit included twice on one page', () => {
  it('is harmless', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `/dist/partnership-kit.js?first=${Math.random()}`);
      const first = customElements.get('partnership-roster');
      await import(/* @vite-ignore */ `/dist/partnership-kit.js?second=${Math.random()}`);
      expect(customElements.get('partnership-roster')).to.equal(first);
      const roster = document.createElement('partnership-roster');
      roster.setAttribute('src', '/demo/data/sutton.json');
      roster.setAttribute('group', 'elg');
      document.body.append(roster);
      await waitUntil(() =>
        (roster.shadowRoot?.textContent ?? '').includes('Members of the Education Leadership Group'),
      );
      roster.remove();
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
