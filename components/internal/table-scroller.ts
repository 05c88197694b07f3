/**
 * A wide table's own scroll box. At 320 px, or with a long register, a table
 * scrolls sideways inside it rather than the page (WCAG 1.4.10). The box is a
 * named region that takes focus, so a keyboard user can scroll it with the
 * arrow keys too (WCAG 2.1.1), and a screen reader says what it holds.
 */
import { html, type TemplateResult } from 'lit';

export function tableScroller(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-label=${label} tabindex="0">${table}</div>`;
}
