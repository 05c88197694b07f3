/**
 * The vote panels on the page, in the order they came. A voter's first panel
 * on a document lists their votes on proposals that no panel of theirs shows
 * (other-votes-view.ts), so a vote sent and refused, or still waiting, is
 * never out of sight. The page's, not one panel's: kept apart from the element.
 */
import { ofDocument } from '../internal/outbox-controller.js';
import { outboxForPage, type DocumentState, type OutboxEntry } from '../../src/data/index.js';

/** A panel as the page lists it. */
export interface PanelOnPage {
  readonly voter?: string;
  readonly proposal?: string;
  requestUpdate(): void;
}

/** Each panel on the page, with the document it shows (its URL and partnership), in the order they came. */
const panels = new Map<PanelOnPage, () => DocumentState>();

/**
 * The panel came onto the page: the voter's other panels may no longer be the first, or list the same votes. Only
 * those whose list changed draw again: a second panel for the same voter joining a page made the first draw again
 * whether or not it listed any vote, which it seldom does (only votes waiting or refused on this device).
 */
export function joinPage(panel: PanelOnPage, shown: () => DocumentState): void {
  redrawWhereListsChange(panel, () => panels.set(panel, shown));
}

export function leavePage(panel: PanelOnPage): void {
  redrawWhereListsChange(panel, () => panels.delete(panel));
}

/** Makes `change` to the page's panels; then each other panel of `panel`'s voter whose list of votes it changed draws again. */
function redrawWhereListsChange(panel: PanelOnPage, change: () => void): void {
  const votes = votesOf(panel.voter);
  const others = othersOfVoter(panel);
  const listed = (other: PanelOnPage) => votes.map((vote) => showsElsewhere(other, vote)).join();
  const before = others.map(listed);
  change();
  others.forEach((other, i) => {
    if (listed(other) !== before[i]) other.requestUpdate();
  });
}

function othersOfVoter(panel: PanelOnPage): PanelOnPage[] {
  return [...panels.keys()].filter((other) => other !== panel && other.voter === panel.voter);
}

/** The votes by `voter` the page's outbox knows: what a panel of theirs may list. */
function votesOf(voter: string | undefined): Extract<OutboxEntry, { kind: 'vote' }>[] {
  return Object.values(outboxForPage().$status.get()).flatMap(({ entry }) =>
    entry.kind === 'vote' && entry.record.by === voter ? [entry] : [],
  );
}

/**
 * Whether `panel` shows the voter's vote `entry`, on a proposal no panel of theirs on the page shows: the first
 * of their panels does. Only their panels on the vote's own document count: a page may show two partnerships,
 * whose proposal ids may be the same, to one person with one id in both.
 */
export function showsElsewhere(panel: PanelOnPage, entry: Extract<OutboxEntry, { kind: 'vote' }>): boolean {
  const theirs = [...panels].flatMap(([other, shown]) =>
    other.voter === panel.voter && ofDocument(entry, shown()) ? [other] : [],
  );
  return theirs[0] === panel && !theirs.some((other) => other.proposal === entry.record.proposal);
}
