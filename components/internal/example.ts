/**
 * An element's named example: what the demo pages show and what every shared
 * test suite runs (axe, keyboard, Welsh, failure states, the page-wide layout
 * tests), in the manner of GOV.UK Frontend's examples file per component.
 * Adding an example to an element's `*.examples.ts` adds it to its page in the
 * demo and to every suite.
 */
export interface Example {
  /** Unique within its element, in kebab-case: its id on the demo pages and its name in test titles. */
  name: string;
  /**
   * Its title, a few words in each language the demo speaks, different from its element's other examples' titles:
   * the heading its examples page gives it, which names its section. Front-loaded, as GOV.UK writes headings: the
   * group or the partnership first ("ELG, on the day"). The sentence that says what it shows is `summary`, under it.
   */
  title: Description;
  /**
   * What it shows, in a sentence, in each language the demo speaks: the demo prints it under the example's title,
   * and the host and the language switch say it in the reader's language. Both are required, so that an example
   * cannot be added with an English description alone. The names from a partnership's document (its groups'
   * initials, its places, its seats, its people's roles) stay as the document writes them in the Welsh too.
   */
  summary: Description;
  /**
   * The demo document it shows (`demo/data/<document>.json`). Leave it out only
   * when `attrs.src` names a document of the example's own (the error states).
   */
  document?: DemoDocument;
  /** Its attributes, besides `src` when `document` gives it. */
  attrs: Readonly<Record<string, string>>;
  /**
   * What it shows once loaded: its document; the error summary, where it
   * cannot have its document; or, where the document has no record with the
   * id it was given, a sentence that says so (the document itself is sound).
   */
  state: 'document' | 'error' | 'not-found';
  /** A selector in its shadow root that is there once it shows that state (and not while loading). */
  ready: string;
  /**
   * The partnership's demo page it also appears on (`demo/<page>.html`), in
   * the section named, or `section` alone on the page of error states. Every
   * example also appears on its element's own page, `demo/examples/<tag>.html`.
   */
  demo?: { page: DemoPage; section: string };
}

/** An example's description in English and in Welsh (the Welsh follows docs/welsh-glossary.md). */
export interface Description {
  readonly en: string;
  readonly cy: string;
}

/** The four seed partnerships' documents the demo serves from `demo/data/`. */
export type DemoDocument = 'sutton' | 'wokingham' | 'suffolk' | 'ealing';

/** The demo's generated pages that show examples from several elements. */
export type DemoPage = DemoDocument | 'errors';

/**
 * Every element's examples. An element's first example is its fullest, with
 * its controls: the one the page-wide tests (reflow, zoom, forced colours,
 * reduced motion, failure states) show.
 */
export type ElementExamples = readonly [Example, ...Example[]];
