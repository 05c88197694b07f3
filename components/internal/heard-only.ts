import type { TemplateResult } from 'lit';
import { html } from './html.js';

/**
 * Punctuation only a screen reader hears (`visually-hidden`): a pause between two boxes the eye already sees
 * apart, a label and its count, a name and the post on the line under it, a title and its tag. Without it, a
 * screen reader says them as one run of speech ("Half of the voting seats 8 present, 5 needed Met").
 */
export function heardOnly(mark: string): TemplateResult {
  return html`<span class="visually-hidden">${mark}</span>`;
}
