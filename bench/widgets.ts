/**
 * The widgets every part of the bench puts on a page, with the attributes
 * each is given: one place, so that the warm render, the vote, the heap
 * cycles and the cold first render all measure the same page. Each widget
 * is one of its element's named examples.
 */
import { example, type ExampleTag } from '../components/examples.js';

export const TODAY = '2019-12-10';
/** Holds the seat `elg-special`: the vote is cast for it. */
export const VOTER = 'p-carew-head';
export const SEAT = 'elg-special';
/** The same seat's proxy: the second vote panel, which a vote by the holder changes too. */
export const OTHER_VOTER = 'p-carew-deputy';

export const ELEMENT_TAGS = ['partnership-roster', 'risk-register', 'action-tracker', 'quorum-indicator', 'vote-panel'];

/** The bench's widget of `tag`: its named example (components/examples.ts), with `today` given by `widget`. */
function fromExample(tag: ExampleTag, name: string): { tag: string; attributes: Record<string, string> } {
  const { today, ...attributes } = example(tag, name).attrs;
  if (today !== undefined && today !== TODAY) throw new Error(`the bench runs on ${TODAY}; ${name} on ${today}`);
  return { tag, attributes };
}

/** The page of the vote: two vote panels, a quorum indicator, a roster, a risk register and an action tracker. */
export const PAGE: { tag: string; attributes: Record<string, string> }[] = [
  fromExample('vote-panel', 'sutton-special-seat-holder'),
  fromExample('vote-panel', 'sutton-special-seat-proxy'),
  fromExample('quorum-indicator', 'sutton-elg-on-the-day'),
  fromExample('partnership-roster', 'sutton-every-group'),
  fromExample('risk-register', 'sutton-every-group'),
  fromExample('action-tracker', 'sutton-every-group'),
];
if (PAGE[0]!.attributes.voter !== VOTER || PAGE[1]!.attributes.voter !== OTHER_VOTER)
  throw new Error(`the bench's vote panels are ${VOTER}, who holds ${SEAT}, and ${OTHER_VOTER}, its proxy`);

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
