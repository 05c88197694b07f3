/**
 * Headings at the level the page needs. Each element titles itself at its
 * `heading-level` (2 unless the host says otherwise) and its parts one or two
 * levels below, so it fits under whatever heading the council's page puts
 * above it. The tags are fixed literals: nothing from the document or an
 * attribute becomes markup.
 */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading `depth` levels below `level` (a part of the element is depth 1), kept within h1 to h6. */
export function heading(
  level: number,
  depth: number,
  content: unknown,
  attributes: { id?: string; class?: string } = {},
): TemplateResult {
  const wanted = Number.isInteger(level) ? level + depth : 2 + depth;
  const tag = TAGS[Math.min(6, Math.max(1, wanted)) - 1];
  // The size follows the depth, not the level, as GOV.UK's heading classes do: an h3 title still looks like a title.
  const classes = [`heading-${depth}`, attributes.class].filter(Boolean).join(' ');
  // lit's lint reads lit-html's rules; static-html allows a literal tag, and these come only from TAGS.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${ifDefined(attributes.id)} class=${classes}>${content}</${tag}>`;
}
