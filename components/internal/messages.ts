/**
 * The words every element shares, in one place so that a Welsh set can sit
 * beside the English one. Each element keeps its own words in its own
 * messages module.
 */
import type { LoadFailure } from '../../src/data/index.js';
import { formatDateTime } from './format.js';

export const shared = {
  loading: 'Loading the partnership’s information…',
  problemTitle: 'There is a problem',
  contractIntro: (total: number, listed: number) =>
    total === 1
      ? 'The partnership document has a problem, so nothing is shown from it. Correct it in the document:'
      : total > listed
        ? `The partnership document has ${total} problems, so nothing is shown from it. Here are the first ${listed}: correct them in the document, then check it again.`
        : `The partnership document has ${total} problems, so nothing is shown from it. Correct them in the document:`,
  wholeDocument: 'the whole document',
  failure: (failure: LoadFailure): string => {
    switch (failure.kind) {
      case 'network':
        return `The partnership’s information could not be loaded: the connection failed (${failure.message}). Check your connection and reload the page.`;
      case 'http':
        return failure.status === 404
          ? `The partnership’s information could not be found at ${failure.url} (HTTP 404). Check the address in the element’s src attribute.`
          : `The partnership’s information could not be loaded from ${failure.url}: the server answered HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}. Try again later.`;
      case 'timeout':
        return `The partnership’s information did not arrive from ${failure.url} within ${failure.seconds} ${failure.seconds === 1 ? 'second' : 'seconds'}. Check your connection, then try again.`;
      case 'not-json':
        return `The partnership’s information is not valid JSON (${failure.message}). Check the file${failure.url ? ` at ${failure.url}` : ''} with a JSON validator.`;
      case 'no-source':
        return 'No partnership document was given. Set the src attribute, put a <script type="application/json"> inside the element, or place it inside <partnership-data src="…">.';
      case 'contract':
        return shared.contractIntro(failure.total, failure.problems.length);
    }
  },
  savedCopy: (fetchedAt: string, refreshing: boolean) =>
    refreshing
      ? `Showing the copy saved on this device on ${formatDateTime(fetchedAt)} while the latest loads.`
      : `Showing the copy saved on this device on ${formatDateTime(fetchedAt)}. It may be out of date: the latest could not be loaded.`,
  tryAgain: 'Try again',
  /** A record kept on this device because someone else, or nobody, is signed in. */
  waitingForOwner: (name: string) => `Saved on this device. Sign in as ${name} to send it.`,
  /** The host's own words, when it kept a record back without refusing it. */
  hostSaid: (message: string) => `The host said: ${message}`,
  indicative: 'Votes are indicative: the partnership steers decisions, and holds no delegated statutory powers.',
};
