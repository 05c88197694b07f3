/**
 * Every element's examples, in one place: `npm run build` generates the demo
 * pages from them (scripts/demo-pages.js), and the shared test suites, the
 * word-break check and the bench run them. Nothing here is in the kit's bundles.
 */
import { actionTrackerExamples } from './action-tracker/action-tracker.examples.js';
import { highlightReportExamples } from './highlight-report/highlight-report.examples.js';
import type { ElementExamples, Example } from './internal/example.js';
import { rosterExamples } from './partnership-roster/partnership-roster.examples.js';
import { quorumExamples } from './quorum-indicator/quorum-indicator.examples.js';
import { riskRegisterExamples } from './risk-register/risk-register.examples.js';
import { votePanelExamples } from './vote-panel/vote-panel.examples.js';

export type { DemoDocument, DemoPage, ElementExamples, Example } from './internal/example.js';

/** Each element that shows a document → its examples, the fullest first. */
export const EXAMPLES = {
  'partnership-roster': rosterExamples,
  'quorum-indicator': quorumExamples,
  'vote-panel': votePanelExamples,
  'risk-register': riskRegisterExamples,
  'action-tracker': actionTrackerExamples,
  'highlight-report': highlightReportExamples,
} as const satisfies Record<string, ElementExamples>;

/** A tag of an element that has examples. */
export type ExampleTag = keyof typeof EXAMPLES;

/** One example with its element's tag. */
export interface TaggedExample extends Example {
  tag: ExampleTag;
}

/** Every example of every element, in the order above. */
export function everyExample(): TaggedExample[] {
  return Object.entries(EXAMPLES).flatMap(([tag, examples]) =>
    examples.map((example) => ({ ...example, tag: tag as ExampleTag })),
  );
}

/** Each element's first, fullest example: one of each on a page. */
export function fullestExamples(): TaggedExample[] {
  return Object.entries(EXAMPLES).map(([tag, [first]]) => ({ ...first, tag: tag as ExampleTag }));
}

/** The example called `name` of the element `tag`; throws, naming both, where there is none. */
export function example(tag: ExampleTag, name: string): TaggedExample {
  const found = EXAMPLES[tag].find((e) => e.name === name);
  if (!found) throw new Error(`<${tag}> has no example called "${name}": see components/${tag}/${tag}.examples.ts`);
  return { ...found, tag };
}

/** The URL of a demo document, as the demo host and the test runner serve it. */
export function documentSrc(document: Example['document']): string | undefined {
  return document && `/demo/data/${document}.json`;
}

/** An example's attributes with its document's `src` where its document gives it. */
export function exampleAttributes(example: Example): Record<string, string> {
  const src = documentSrc(example.document);
  return src && !example.attrs.src ? { src, ...example.attrs } : { ...example.attrs };
}
