/**
 * Replays context requests that no provider answered yet, once one appears:
 * on a CMS page the markup, and elements asking for their document, often
 * arrive before `<partnership-data>` is defined.
 */
import { ContextRoot } from '@lit/context';

let contextRoot: ContextRoot | undefined;

export function attachContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}
