/**
 * The widgets every part of the bench puts on a page, with the attributes
 * each is given: one place, so that the warm render, the vote, the heap
 * cycles and the cold first render all measure the same page.
 */
export const TODAY = '2019-12-10';
/** The clock the vote panels run on: the meeting of 10 December 2019 is under way. */
export const NOW = '2019-12-10T16:30:00+00:00';
export const PROPOSAL = 'wsoa-reporting';
export const MEETING = 'elg-2019-12-10';
/** Holds the seat `elg-special`: the vote is cast for it. */
export const VOTER = 'p-carew-head';
export const SEAT = 'elg-special';
/** The same seat's proxy: the second vote panel, which a vote by the holder changes too. */
export const OTHER_VOTER = 'p-carew-deputy';

export const ELEMENT_TAGS = ['partnership-roster', 'risk-register', 'action-tracker', 'quorum-indicator', 'vote-panel'];

/** The page of the vote: two vote panels, a quorum indicator, a roster, a risk register and an action tracker. */
export const PAGE: { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'vote-panel', attributes: { proposal: PROPOSAL, voter: VOTER, now: NOW } },
  { tag: 'vote-panel', attributes: { proposal: PROPOSAL, voter: OTHER_VOTER, now: NOW } },
  { tag: 'quorum-indicator', attributes: { meeting: MEETING } },
  { tag: 'partnership-roster', attributes: {} },
  { tag: 'risk-register', attributes: {} },
  { tag: 'action-tracker', attributes: {} },
];

/** The attributes the warm render gives each element: the first widget of its kind on the page. */
export const attributesOf = (tag: string) => PAGE.find((widget) => widget.tag === tag)!.attributes;

/** The element of `tag` showing `src`, as a page's markup would write it. */
export function widget(tag: string, src: string, attributes: Record<string, string> = attributesOf(tag)): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('src', src);
  element.setAttribute('live', 'off');
  element.setAttribute('today', TODAY);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}
