/**
 * The vote panels on the page, in the order they came. A voter's first panel
 * on a document lists their votes on proposals that no panel of theirs shows
 * (other-votes-view.ts), so a vote sent and refused, or still waiting, is
 * never out of sight. The page's, not one panel's: kept apart from the element.
 */
import { ofDocument } from '../internal/outbox-controller.js';
import type { OutboxEntry } from '../../src/data/index.js';

/** A panel as the page lists it. */
export interface PanelOnPage {
  readonly voter?: string;
  readonly proposal?: string;
  requestUpdate(): void;
}

/** Each panel on the page, with the URL of the document it shows, in the order they came. */
const panels = new Map<PanelOnPage, () => string | undefined>();

/** The panel came onto the page: the voter's other panels may no longer be the first, or list the same votes. */
export function joinPage(panel: PanelOnPage, documentUrl: () => string | undefined): void {
  panels.set(panel, documentUrl);
  othersOfVoter(panel).forEach((other) => other.requestUpdate());
}

export function leavePage(panel: PanelOnPage): void {
  panels.delete(panel);
  othersOfVoter(panel).forEach((other) => other.requestUpdate());
}

function othersOfVoter(panel: PanelOnPage): PanelOnPage[] {
  return [...panels.keys()].filter((other) => other !== panel && other.voter === panel.voter);
}

/**
 * Whether `panel` shows the voter's vote `entry`, on a proposal no panel of theirs on the page shows: the first
 * of their panels does. Only their panels on the vote's own document count: a page may show two partnerships,
 * whose proposal ids may be the same, to one person with one id in both.
 */
export function showsElsewhere(panel: PanelOnPage, entry: Extract<OutboxEntry, { kind: 'vote' }>): boolean {
  const theirs = [...panels].flatMap(([other, documentUrl]) =>
    other.voter === panel.voter && ofDocument(entry, documentUrl()) ? [other] : [],
  );
  return theirs[0] === panel && !theirs.some((other) => other.proposal === entry.record.proposal);
}
