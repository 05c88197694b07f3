/**
 * The context key through which `<partnership-data>` gives its document store
 * to every element inside it.
 */
import { createContext } from '@lit/context';
import type { ReadableAtom } from 'nanostores';
import { CONTRACT_VERSION } from '../contract/index.js';
import type { DocumentState } from './document-state.js';

export const documentContext = createContext<ReadableAtom<DocumentState> | undefined>(
  // Symbol.for: each element bundle in dist/components carries its own copy of this module, and they must agree;
  // the contract version keeps copies that read different contracts apart.
  Symbol.for(`${CONTRACT_VERSION}/document`),
);
