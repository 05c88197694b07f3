/**
 * Headings at the level the page needs. Each element titles itself at its
 * `heading-level` (2 unless the host says otherwise) and its parts one or two
 * levels below, so it fits under whatever heading the council's page puts
 * above it. The tags are fixed literals: nothing from the document or an
 * attribute becomes markup.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type Heading = (id: string | undefined, classes: string, content: unknown) => TemplateResult;

/**
 * One template for each level, written out. Not lit's static `html` with the tag as a literal: that joins its
 * strings and looks the template up in a map at every call, and every element draws two to ten headings in
 * each render (issue 12).
 */
const HEADINGS: Heading[] = [
  (id, classes, content) => html`<h1 id=${ifDefined(id)} class=${classes}>${content}</h1>`,
  (id, classes, content) => html`<h2 id=${ifDefined(id)} class=${classes}>${content}</h2>`,
  (id, classes, content) => html`<h3 id=${ifDefined(id)} class=${classes}>${content}</h3>`,
  (id, classes, content) => html`<h4 id=${ifDefined(id)} class=${classes}>${content}</h4>`,
  (id, classes, content) => html`<h5 id=${ifDefined(id)} class=${classes}>${content}</h5>`,
  (id, classes, content) => html`<h6 id=${ifDefined(id)} class=${classes}>${content}</h6>`,
];

/** The heading `depth` levels below `level` (a part of the element is depth 1), kept within h1 to h6. */
export function heading(
  level: number,
  depth: number,
  content: unknown,
  attributes: { id?: string; class?: string } = {},
): TemplateResult {
  const wanted = Number.isInteger(level) ? level + depth : 2 + depth;
  const draw = HEADINGS[Math.min(6, Math.max(1, wanted)) - 1]!;
  // The size follows the depth, not the level, as GOV.UK's heading classes do: an h3 title still looks like a title.
  const classes = attributes.class ? `heading-${depth} ${attributes.class}` : `heading-${depth}`;
  return draw(attributes.id, classes, content);
}
