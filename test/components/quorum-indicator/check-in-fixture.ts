/** What the check-in tests share: the clerk's check-in of a Sutton EOG meeting, as a page would write it. */
export type Indicator = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * A quorum indicator for the Sutton EOG's meeting of 5 November 2019, checked in by its clerk, live updates off,
 * the document fetched afresh (its own URL), with `more` attributes; not yet on the page.
 */
export function eogCheckIn(more: Record<string, string> = {}): Indicator {
  const indicator = document.createElement('quorum-indicator') as Indicator;
  const attrs = {
    src: `/demo/data/sutton.json?test=${Math.random()}`,
    meeting: 'eog-2019-11-05',
    editable: '',
    clerk: 'p-project-manager',
    live: 'off',
    ...more,
  };
  for (const [name, value] of Object.entries(attrs)) indicator.setAttribute(name, value);
  return indicator;
}
