/**
 * Replays context requests that no provider answered yet, once one appears:
 * on a CMS page the markup, and elements asking for their document, often
 * arrive before `<partnership-data>` is defined. One root per page, however
 * many copies of the kit the page loaded, so no request is replayed twice.
 */
import { ContextRoot } from '@lit/context';
import { pageShared } from '../../src/data/page-shared.js';

export function attachContextRoot(): void {
  if (typeof document === 'undefined') return;
  pageShared('context-root', () => {
    const root = new ContextRoot();
    root.attach(document.documentElement);
    return root;
  });
}
