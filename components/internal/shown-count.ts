/**
 * How many rows a filtered table shows, said in its `role=status` as news of the reader's latest choice.
 */
import { keyed } from 'lit/directives/keyed.js';
import { html } from './html.js';

/**
 * The count after the reader's `choice`-th choice of a filter or grouping: a new node each choice, because a
 * screen reader says a live region's additions, and a choice that leaves the same count (other rows, or the same
 * rows grouped anew) left the same text in place, which is said as nothing. Before the first choice, nothing: a
 * table first shown is no news.
 */
export function shownCountNews(choice: number, words: () => string) {
  return choice === 0 ? '' : keyed(choice, html`<span>${words()}</span>`);
}
