/**
 * State that must be one per page however many copies of the kit the page
 * loaded: `partnership-kit.js` included twice by a CMS, or two element
 * scripts from `dist/components/`, each carrying its own copy of this layer.
 * Every copy finds the first one's value under a global symbol, so elements
 * from different scripts still share one store per document and one outbox.
 * The key holds the contract version: copies that read different contracts
 * keep apart.
 */
import { CONTRACT_VERSION } from '../contract/index.js';

export function pageShared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`${CONTRACT_VERSION}/${name}`);
  const page = globalThis as unknown as Record<symbol, T | undefined>;
  return (page[key] ??= create());
}
