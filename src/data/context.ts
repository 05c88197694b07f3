/**
 * The context key through which `<partnership-data>` gives its document store
 * to every element inside it.
 */
import { createContext } from '@lit/context';
import type { ReadableAtom } from 'nanostores';
import type { DocumentState } from './document-state.js';

export const documentContext = createContext<ReadableAtom<DocumentState> | undefined>(
  // Symbol.for: each element bundle in dist/components carries its own copy of this module, and they must agree.
  Symbol.for('partnership-kit/document'),
);
