// The guide a council web team reads: the README, and the pages of docs/ its
// reference moved to (the contract's notes, the elements' reference,
// embedding, the host protocol, the server, performance). The tests that check
// what the guide shows (its JSON documents, its snippets, its imports, the keys
// it names) read all of it, wherever a part now stands.
import { readFileSync } from 'node:fs';

export const GUIDE_PAGES = [
  'README.md',
  'docs/contract-notes.md',
  'docs/elements.md',
  'docs/embedding.md',
  'docs/host.md',
  'docs/server.md',
  'docs/performance.md',
];

/** One page of the guide, by its path in the repository. */
export const guidePage = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Every page of the guide, one after another. */
export const wholeGuide = () => GUIDE_PAGES.map(guidePage).join('\n\n');
