/**
 * The look every element shares: GOV.UK-like defaults that sit quietly on a
 * council page, the host's font, and `--pk-*` custom properties to theme it.
 * The controls (radios, buttons, selects) and their focus states follow
 * GOV.UK Frontend's, written here rather than taken from it: the kit carries
 * no stylesheet of a design system a council page may not use.
 *
 * Public custom properties (set them on the element or any ancestor; each is
 * documented on PartnershipElement): --pk-text-colour,
 * --pk-secondary-text-colour, --pk-border-colour, --pk-link-colour,
 * --pk-focus-colour, --pk-focus-text-colour, --pk-error-colour,
 * --pk-success-colour, --pk-warning-colour, --pk-panel-background,
 * --pk-button-*, --pk-secondary-button-*, --pk-tag-*, --pk-space, --pk-loading-min-height.
 */
import { css, unsafeCSS } from 'lit';

const sharedLook = css`
  :host {
    --_text: var(--pk-text-colour, #0b0c0c);
    --_secondary: var(--pk-secondary-text-colour, #505a5f);
    --_border: var(--pk-border-colour, #b1b4b6);
    --_link: var(--pk-link-colour, #1d70b8);
    --_focus: var(--pk-focus-colour, #ffdd00);
    --_focus-text: var(--pk-focus-text-colour, #0b0c0c);
    --_error: var(--pk-error-colour, #d4351c);
    --_success: var(--pk-success-colour, #00703c);
    --_warning: var(--pk-warning-colour, #f47738);
    --_panel: var(--pk-panel-background, #f3f2f1);
    --_button: var(--pk-button-colour, var(--_success));
    --_button-text: var(--pk-button-text-colour, #fff);
    --_button-hover: var(--pk-button-hover-colour, #005a30);
    --_button-shadow: var(--pk-button-shadow-colour, #002d18);
    --_secondary-button: var(--pk-secondary-button-colour, #f3f2f1);
    --_secondary-button-hover: var(--pk-secondary-button-hover-colour, #dbdad9);
    --_secondary-button-shadow: var(--pk-secondary-button-shadow-colour, #929191);
    --_tag-green-text: var(--pk-tag-green-colour, #083d29);
    --_tag-green-tint: var(--pk-tag-green-background, #cfe4dc);
    --_tag-red-text: var(--pk-tag-red-colour, #651b1b);
    --_tag-red-tint: var(--pk-tag-red-background, #f4d7d7);
    --_tag-amber-text: var(--pk-tag-amber-colour, #594d00);
    --_tag-amber-tint: var(--pk-tag-amber-background, #fff7bf);
    --_tag-orange-text: var(--pk-tag-orange-colour, #7a3c1c);
    --_tag-orange-tint: var(--pk-tag-orange-background, #fde4d7);
    --_tag-grey-text: var(--pk-tag-grey-colour, #0b0c0c);
    --_tag-grey-tint: var(--pk-tag-grey-background, #cecece);
    --_tag-blue-text: var(--pk-tag-blue-colour, #0c2d4a);
    --_tag-blue-tint: var(--pk-tag-blue-background, #d2e2f1);
    /* Never under 16px: a CMS theme's html { font-size: 62.5% } made 1rem 10px, crowding every panel and card, though
       the page put its text back at 16px (small-root-font.test.ts). A reader's larger text still enlarges it. */
    --_space: var(--pk-space, max(1rem, 16px));
    display: block;
    /*
     * Letter and word spacing are the one part of the text look set here, where a rule matching the element wins: a
     * reader's own text spacing (WCAG 1.4.12, * { letter-spacing: 0.12em !important }) must reach the words
     * (host-styles.test.ts). The rest of the look is the words wrapper's (.words, below), where no rule of the page
     * reaches.
     */
    letter-spacing: normal;
    word-spacing: normal;
  }
  /*
   * A page that says it is dark (color-scheme: dark, or light dark under a reader's dark preference: the scheme its
   * Canvas and controls are drawn in) gets colours for a dark page (dark-page.test.ts): the light defaults drew
   * near-black words on it, unreadable. A page that says nothing is light, whatever the reader prefers. Browsers
   * without light-dark() (Safari before 17.5) keep the light defaults, and a dark page sets the --pk-* properties.
   */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--pk-text-colour, light-dark(#0b0c0c, #eee));
      --_secondary: var(--pk-secondary-text-colour, light-dark(#505a5f, #bbb));
      --_border: var(--pk-border-colour, light-dark(#b1b4b6, #666));
      --_link: var(--pk-link-colour, light-dark(#1d70b8, #8cf));
      --_error: var(--pk-error-colour, light-dark(#d4351c, #ff7b6b));
      --_panel: var(--pk-panel-background, light-dark(#f3f2f1, #222));
      --_secondary-button: var(--pk-secondary-button-colour, light-dark(#f3f2f1, #333));
      --_secondary-button-hover: var(--pk-secondary-button-hover-colour, light-dark(#dbdad9, #444));
      --_secondary-button-shadow: var(--pk-secondary-button-shadow-colour, light-dark(#929191, #000));
      --_tag-green-text: var(--pk-tag-green-colour, light-dark(#083d29, #cfe4dc));
      --_tag-green-tint: var(--pk-tag-green-background, light-dark(#cfe4dc, #083d29));
      --_tag-red-text: var(--pk-tag-red-colour, light-dark(#651b1b, #f4d7d7));
      --_tag-red-tint: var(--pk-tag-red-background, light-dark(#f4d7d7, #651b1b));
      --_tag-amber-text: var(--pk-tag-amber-colour, light-dark(#594d00, #fff7bf));
      --_tag-amber-tint: var(--pk-tag-amber-background, light-dark(#fff7bf, #594d00));
      --_tag-orange-text: var(--pk-tag-orange-colour, light-dark(#7a3c1c, #fde4d7));
      --_tag-orange-tint: var(--pk-tag-orange-background, light-dark(#fde4d7, #7a3c1c));
      --_tag-grey-text: var(--pk-tag-grey-colour, light-dark(#0b0c0c, #eee));
      --_tag-grey-tint: var(--pk-tag-grey-background, light-dark(#cecece, #444));
      --_tag-blue-text: var(--pk-tag-blue-colour, light-dark(#0c2d4a, #d2e2f1));
      --_tag-blue-tint: var(--pk-tag-blue-background, light-dark(#d2e2f1, #0c2d4a));
    }
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * Carries the element's lang when its words are not the page's language, and is the element's own inline-size
   * container: a title's cqi are the element's width, not the viewport's, so one in a 260 px sidebar of a wide page
   * falls toward the text's size instead of breaking its words at 1.5em.
   */
  .words {
    display: block;
    container: element / inline-size;
  }
  /*
   * The element's text look, set here and not on :host: every rule of the page that matches the element itself
   * beats :host, a page-wide reset among them (* { all: unset }, *, *::before, *::after { all: revert },
   * body * { text-align: inherit }), which handed the element the page's centred, uppercase, triple-spaced text
   * (star-resets.test.ts). Inside the shadow root no rule of the page reaches. What is inherited on purpose, the
   * page's font family and size, visibility, cursor and direction, and the spacing above, is not set here. The
   * paragraph widths beside the words (below) take the same look: a page's nowrap or text-indent would change them.
   */
  .words,
  .paragraph-widths {
    color: var(--_text);
    line-height: 1.4;
    overflow-wrap: break-word;
    /* The page's font family and size are inherited on purpose; its container's text layout is not the
       element's: a CMS rich-text block's pre-wrap or nowrap, an article's text-indent. */
    white-space: normal;
    text-indent: 0;
    /*
     * Nor a theme's case, alignment, weight, slant or shadow (host-styles.test.ts): uppercase loses what a name's or
     * a Welsh mutation's case says, a centred list or table cannot be read down its edge, and an editor's bold round
     * the block leaves the kit's bold saying nothing. A page changes one part's on purpose with ::part().
     */
    text-transform: none;
    text-align: start;
    font-style: normal;
    font-weight: normal;
    text-align-last: auto;
    text-shadow: none;
    /*
     * Nor what font: inherit brings beside the family and size, or a theme's paint: small capitals hide a name's
     * case as uppercase does, old-style figures misalign a table's numbers, and a text fill colour overrides the kit's
     * colour (the green button's white words drawn near-black).
     */
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-kerning: auto;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    text-emphasis: none;
    paint-order: normal;
    quotes: auto;
    tab-size: 8;
    caret-color: auto;
    /* An article's break-all or hyphens: the kit breaks and hyphenates a word only where it cannot fit (below). */
    word-break: normal;
    hyphens: manual;
  }
  * {
    box-sizing: border-box;
  }
  /* A fieldset is as wide as its widest option by default, a legend as its longest word: too wide for a phone. */
  fieldset {
    min-width: 0;
  }
  legend {
    max-width: 100%;
  }
  select,
  input,
  label {
    max-width: 100%;
  }
  select,
  input {
    font: inherit;
    border: 2px solid var(--_text);
    padding: 0.2em;
    min-height: 2.25em;
    background: Canvas;
    color: CanvasText;
  }
  /* GOV.UK's radios: a 40 px circle, a 20 px dot when chosen, a 4 px yellow ring round it when focused. */
  input[type='radio'] {
    appearance: none;
    flex: none;
    width: 40px;
    height: 40px;
    min-height: 0;
    margin: 0;
    padding: 0;
    border: 2px solid currentColor;
    border-radius: 50%;
    background: transparent;
    color: var(--_text);
    cursor: pointer;
    /* The chosen dot's radius, centred in the circle whatever its border's width (thicker when focused). */
    --_dot: 10px;
  }
  /*
   * The dot, and between it and the circle nothing: the ring is whatever is behind the radio, the page's own
   * background or a panel's. It was an inset shadow of Canvas, white on a dark page themed only through the
   * --pk-* properties (dark-page.test.ts).
   */
  input[type='radio']:checked {
    background: radial-gradient(circle, currentColor var(--_dot), transparent calc(var(--_dot) + 0.5px));
  }
  input[type='radio']:focus-visible {
    border-width: 4px;
    outline: 3px solid transparent;
    outline-offset: 1px;
    background-color: transparent;
    box-shadow: 0 0 0 4px var(--_focus);
  }
  /*
   * A radio and its label, side by side: the label's padding centres its first line on the 40 px circle, or the
   * circle's margin centres it on a taller line.
   */
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }
  .choice input[type='radio'] {
    margin-block-start: max(0px, calc((1.4em - 40px) / 2));
  }
  .choice label {
    cursor: pointer;
    padding: calc((40px - 1.4em) / 2) 0;
  }
  /*
   * In an element under ten lines of its text wide (a phone at 200 % text) a label keeps its longest word whole: where
   * that word is too wide to go beside the circle, the label takes the line under it, the radio's room included (its
   * basis is 0 and its least width its longest word, so the row wraps only then). Beside the circle, a check-in card's
   * "Representative" (256 px at 38 px) had 216 px of a 279 px row, and broke.
   *
   * In a card there the radios are GOV.UK's small ones, as suit a row of a table: a 24 px circle, its label 11 px from
   * it, the text the body's size. Beside the small circle "Cynrychiolydd yn bresennol" has 244 px for its 239 px word,
   * and stays beside it. The circle is still a click target of WCAG's least 24 px, and so is the label. A form's own
   * question (the vote) keeps the 40 px circle.
   */
  @container element (width <= 10em) {
    .choice {
      flex-wrap: wrap;
      row-gap: 0;
    }
    .choice label {
      flex: 1 1 0;
    }
    .cards .choice {
      column-gap: 11px;
    }
    .cards .choice input[type='radio'] {
      --_dot: 5px;
      width: 24px;
      height: 24px;
      margin-block-start: max(0px, calc((1.4em - 24px) / 2));
    }
    .cards .choice label {
      padding-block: calc((24px - 1.4em) / 2);
    }
  }
  /* A group of radios (radio-choice.ts) has no box of its own: each element lays its group out. */
  .radios {
    border: 0;
    padding: 0;
    margin: 0;
  }
  /* GOV.UK's error message pattern: the group marked at its edge, the message in it, in words. */
  .radios--error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  .error-message {
    color: var(--_error);
    font-weight: bold;
    margin: 0 0 0.5em;
  }
  /* GOV.UK's buttons: flat, square, a darker bar below; focused, yellow with a black bar. */
  .button,
  .button--primary {
    font: inherit;
    line-height: 1.2;
    border: 2px solid transparent;
    border-radius: 0;
    padding: 0.45em 0.65em 0.4em;
    cursor: pointer;
    text-align: center;
    vertical-align: top;
  }
  /* Buttons side by side: apart when they wrap onto a second line, as at 320px. */
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .button {
    background: var(--_secondary-button);
    color: var(--_text);
    box-shadow: 0 2px 0 var(--_secondary-button-shadow);
  }
  .button:hover {
    background: var(--_secondary-button-hover);
  }
  .button--primary {
    background: var(--_button);
    color: var(--_button-text);
    box-shadow: 0 2px 0 var(--_button-shadow);
  }
  .button--primary:hover {
    background: var(--_button-hover);
  }
  .button:active,
  .button--primary:active {
    transform: translateY(2px);
    box-shadow: none;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 calc(var(--_space) * 0.75);
    line-height: 1.25;
    font-weight: bold;
  }
  /*
   * Sizes by depth in the element (components/internal/heading.ts), whatever level the page asks for. In a narrow
   * column at large text a title falls toward the text's own size, never below it: at 200 % text on a 320 px phone,
   * 1.5em of the demo's 38 px made "Education" 276 px in a 256 px column, broken as "Educatio/n". At 1em an ordinary
   * word fits, and the lines break between words; only a word too wide even then breaks inside. The cqi are the
   * element's own width (.words): 10 and 8 leave a 320 px phone's titles at 100 % text as they were.
   */
  .heading-0 {
    font-size: 1.5em;
    font-size: max(1em, min(1.5em, 10cqi));
  }
  .heading-1 {
    font-size: 1.17em;
    font-size: max(1em, min(1.17em, 8cqi));
  }
  .heading-2 {
    font-size: 1em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  a {
    color: var(--_link);
  }
  /* GOV.UK's focus for text: a yellow fill and a black bar below. */
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:not([tabindex='-1']):focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  /*
   * What the element focuses by script, never Tab (tabindex -1: an error summary, a title after a retry or a vote's
   * close): GOV.UK's outline alone, its colours kept. The text's fill made an error summary solid yellow, red on yellow.
   */
  :not(a, button, summary)[tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  /* GOV.UK's button focus: yellow, with the black bar in place of the shadow. */
  .button:focus-visible,
  .button--primary:focus-visible,
  .button:focus-visible:hover,
  .button--primary:focus-visible:hover {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  /* GOV.UK's field focus: a yellow ring outside, the border thickened inside; the field keeps its colours. */
  select:focus-visible,
  input:not([type='radio']):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .secondary {
    color: var(--_secondary);
  }
  /* By a Save whose radios differ from what is recorded: bold text, not an alert, so a glance catches it. */
  .unsaved {
    font-weight: 700;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .loading {
    color: var(--_secondary);
    /* Room held for the content to come: on a phone, the page below must not jump when the document lands. */
    min-height: var(--pk-loading-min-height, auto);
  }
  .notice {
    border-inline-start: 5px solid var(--_border);
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_panel);
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-summary__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* A long JSON path breaks where it must; "anywhere" would also split words in a narrow column. */
  .error-summary__list li {
    margin-bottom: 0.4em;
    overflow-wrap: break-word;
  }
  /*
   * In an element under ten lines of its text wide a list indents a bullet's 0.75em (room for the marker), not the
   * browser's 40 px, which left "management" 216 px of 256 in the vote panel. No weight (:where), so a list that sets
   * its own indent keeps it.
   */
  @container element (width <= 10em) {
    :where(ul, ol) {
      padding-inline-start: 0.75em;
    }
  }
  /*
   * There a long word may be too wide for any line, and must break: on a phone at 200 % text "penderfyniadau",
   * "Ymgynghorydd" and "Interdependencies" broke at whichever letter met the edge. Where the browser has the words'
   * language's hyphenation (they carry their lang, the page's or the element's), it breaks them at a syllable, with a
   * hyphen. Only words of twelve letters or more, five kept either side: every word that broke there is one, and a
   * shorter word moves whole to a line of its own. Such a word may be hyphenated at a line's end though the next line
   * could take it whole, as print does in a narrow column: the price of a hyphen where one must break. A wider
   * element hyphenates nothing. (Chromium on Linux has no hyphenation dictionaries, and draws these as before.)
   */
  @container element (width <= 10em) {
    * {
      hyphens: auto;
      hyphenate-limit-chars: 12 5 5;
    }
  }
  /*
   * An element under ten lines of text wide (a phone at 200 % text) keeps half the summary's inset, a quarter at its
   * end: its red border, padding and bullets left 135 px of 256 for the problems, and broke words such as "website";
   * at half the inset and a 1em indent, 176 px broke "September". There the problems are GOV.UK's own error summary
   * list, with no bullets and no indent, so every line has the summary's whole width: beside a 0.75em bulleted indent
   * the Welsh "ychwanegwch" (add, 239 px at 38 px) had 228 px, and broke at the edge (welsh-words-whole.test.ts). Each
   * problem starts with its path, bold and red, and a gap parts it from the one before. (A bullet in the first line, as
   * the quorum indicator's lists have, stood alone there: a path is one long word.)
   */
  @container element (width <= 10em) {
    .error-summary {
      padding: calc(var(--_space) * 0.5);
      padding-inline-end: calc(var(--_space) * 0.25);
    }
    .error-summary__list {
      padding-inline-start: 0;
      list-style: none;
    }
  }
  /* An address breaks at its slashes (failure-view.ts): a hyphen put inside it would read as part of it. */
  .url {
    hyphens: manual;
  }
  .path {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.95em;
    color: var(--_error);
    font-weight: bold;
  }
  /*
   * A tag keeps to one line where its line has room: it moves whole to the next line first. Only a tag wider than its
   * column wraps, between words and, for one long word, inside it: at 200 % text on a 320 px phone "Ar agor i
   * bleidleisio" and "Ymgynghorydd" ran past the page, which scrolled sideways.
   */
  .tag {
    display: inline-block;
    max-width: 100%;
    box-sizing: border-box;
    padding: 0.1em 0.5em;
    font-size: 0.9em;
    font-weight: bold;
    border: 1px solid transparent;
    overflow-wrap: break-word;
  }
  .tag--green {
    color: var(--_tag-green-text);
    background: var(--_tag-green-tint);
  }
  .tag--red {
    color: var(--_tag-red-text);
    background: var(--_tag-red-tint);
  }
  /* Amber is GOV.UK's yellow tag: the orange one was too close to red to tell apart. */
  .tag--amber {
    color: var(--_tag-amber-text);
    background: var(--_tag-amber-tint);
  }
  .tag--orange {
    color: var(--_tag-orange-text);
    background: var(--_tag-orange-tint);
  }
  .tag--grey {
    color: var(--_tag-grey-text);
    background: var(--_tag-grey-tint);
  }
  .tag--blue {
    color: var(--_tag-blue-text);
    background: var(--_tag-blue-tint);
  }
  /*
   * In an element under ten lines of its text wide (a phone at 200 % text) a tag keeps half its inset: at 0.5em either side "Ymgynghorydd" (251 px at the demo's 34 px) had 243 px of a
   * 288 px card field, and broke inside (welsh-words-whole.test.ts).
   */
  @container element (width <= 10em) {
    .tag {
      padding-inline: 0.25em;
    }
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  /* As a title, a caption falls toward the text's size in a narrow element at large text: "Cyfarfodydd:" broke at 1.1em. */
  caption {
    text-align: start;
    font-weight: bold;
    font-size: 1.1em;
    font-size: max(1em, min(1.1em, 8cqi));
    margin-bottom: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.5em;
    padding-inline: 0 1em;
    border-bottom: 1px solid var(--_border);
  }
  th.numeric,
  td.numeric {
    text-align: end;
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
    .error-summary {
      border-color: CanvasText;
    }
    /*
     * The system's own radio, at GOV.UK's size, in the system's colours: forced colours would keep the drawn dot's
     * gradient in the author's colour, and drop the focus ring's shadow.
     */
    input[type='radio'],
    input[type='radio']:checked {
      appearance: auto;
      background: none;
    }
    .button,
    .button--primary {
      border-color: ButtonText;
    }
  }
  /*
   * A data table's own box, which scrolls sideways when the table cannot be narrower than it: a URL or a
   * reference with no space in it sets a table column's least width, and would otherwise push the page wide
   * (WCAG 1.4.10 lets a data table scroll). Ordinary words still wrap; overflow-wrap: anywhere would split them.
   */
  .table-box {
    overflow-x: auto;
    /* The containing block of the visually hidden words in its cells, which would otherwise spill past it. */
    position: relative;
  }
  /* Focused to scroll it with the keyboard (table-box.ts): a ring round the table, not a yellow fill over it. */
  .table-box:focus-visible {
    background-color: transparent;
    color: inherit;
    outline: 3px solid var(--_focus-text);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px var(--_focus);
  }
  /*
   * On paper: what was decided and who is responsible, not the means to change
   * it. Filters and action buttons go (each element hides its own forms); a button that is a header (a
   * sort button's text) stays, as its text. A record is not split by a page.
   */
  @media print {
    /* Paper is white and a browser prints no background: a dark page's elements print in their light colours. */
    :host {
      color-scheme: light;
    }
    .notice,
    .filters,
    .controls,
    .button,
    .button--primary {
      display: none;
    }
    thead {
      display: table-header-group;
    }
    .table-box {
      overflow-x: visible;
    }
    tr,
    li,
    .record {
      break-inside: avoid;
    }
    :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
    /*
     * Paper cannot be unfolded: what a details element folds away (each seat's vote, a risk's full text) prints.
     * Safari before 18.4 drops this rule; there print-details.ts opens them for printing instead.
     */
    details::details-content {
      content-visibility: visible;
    }
    summary {
      list-style: none;
    }
  }
`;

/** Eighty em spaces, each a place a line may break: the widths of a paragraph with no word wider than an em. */
const ROOM_OF_A_PARAGRAPH = unsafeCSS(`'${'\\2003\\200B'.repeat(80)}'`);

/**
 * A container's content gives it no width of its own (each element's .words is one), so where the page sizes a box
 * by its content (a float, an inline-block, a dialog, an absolutely placed box, a flex row, an auto grid column or
 * table cell) the element shrank to nothing, 0 px wide and metres tall. This line of em spaces, unseen and unread,
 * gives it the widths a paragraph has: as wide as the room offered, and as narrow as one em where the room is that
 * narrow. It is drawn by .paragraph-widths, the sibling of .words in the shadow root, and not by :host::before: the
 * host is in the page's tree, so a page's `*, *::before, *::after { all: revert }` or `*::before { all: unset }`
 * took it away and the element shrank to nothing in a flex row again (star-resets.test.ts). A template of its own,
 * and without comments: the build minifies a css`` only while it has no ${…}.
 */
const paragraphWidths = css`
  .paragraph-widths::before {
    content: ${ROOM_OF_A_PARAGRAPH} / '';
    display: block;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
`;

export const baseStyles = css`
  ${sharedLook}${paragraphWidths}
`;
