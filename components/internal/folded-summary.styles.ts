import { css } from 'lit';

/**
 * A folded `<details class="folded">`'s summary as a block, its triangle drawn as text (▸, ▾ open, ◂ right to left;
 * empty alternative text, as a screen reader hears the summary expanded or collapsed). The browser's own summary is a
 * list item, which Chromium numbers by walking every one before it: with one in each of many rows (the register's
 * mitigations, an editable tracker's completion dates) the layout grew with the square of the rows.
 */
export const foldedSummary = css`
  .folded > summary {
    display: block;
  }
  .folded > summary::-webkit-details-marker {
    display: none;
  }
  .folded > summary::before {
    content: '▸ ' / '';
  }
  .folded > summary:dir(rtl)::before {
    content: '◂ ' / '';
  }
  .folded[open] > summary::before {
    content: '▾ ' / '';
  }
`;
