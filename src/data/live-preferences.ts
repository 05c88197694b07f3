/**
 * What the elements showing one document asked of its live updates (each one's `live` attribute), and what
 * follows from them together: the channel the document has, whether it is updated at all, and how the web
 * team finds the elements that named a channel. Apart from the channel itself: these are the page's wishes,
 * the same whether or not a channel ever opens.
 */

/** An element's wish for its document: `off`, or the channel's URL. */
export type LivePreference = 'off' | string;

/**
 * What gives a `live` preference: an element's controller may say how the web team finds it on the page
 * (`<vote-panel live="…">`), for the warning that the channel it names could not be opened.
 */
export interface LiveToken {
  describeLive?(): string;
}

/** Each element's preference for one document, by the element that gave it. */
export type LivePreferences = Map<LiveToken, LivePreference>;

/** Whether an element asked for no updates at all (`off`): no channel, and no refetching either. */
export const anyOff = (preferences: LivePreferences) => [...preferences.values()].includes('off');

/** Which channel the document should have: `off` on any element wins, then a named URL, then the Link header. */
export function wantedChannel(preferences: LivePreferences, linkChannel: string | undefined): string | undefined {
  if (anyOff(preferences)) return undefined;
  return [...preferences.values()][0] ?? linkChannel;
}

/** Where the channel's address came from, as the web team finds it: the elements naming it, or the Link header. */
export function namedBy(preferences: LivePreferences, url: string, document: string | undefined): string {
  const naming = [...preferences].filter(([, preference]) => preference === url);
  if (naming.length > 0) return naming.map(([token]) => token.describeLive?.() ?? 'an element').join(', ');
  return `the Link header (rel="partnership-events") of ${document ?? 'the document'}`;
}
