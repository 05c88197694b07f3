/**
 * The demo's pages that show several elements: one for each seed partnership
 * and one of error states. `npm run build` generates them, with each
 * element's own page of examples and the index, from these definitions and
 * components/examples.ts (scripts/demo-pages.js): an example lands in the
 * section its `demo` names.
 */
import type { DemoDocument, DemoPage } from '../components/examples.js';
import { demoWords } from './words.js';

/** A part of a page, headed, holding the examples that name it. */
export interface DemoSection {
  id: string;
  /** Its heading's key in the demo's words (demo/words.js), which the language switch says in Welsh. */
  heading: string;
  /** Side by side where the page is wide enough, as the quorum indicators and vote panels are. */
  grid?: boolean;
  /**
   * Members vote here: a line under the heading links the portal's sign-in. Without it a proposal open at the page's
   * moment read "Sign in to the portal to vote" with no way in, and the portal is one partnership's at a time.
   */
  signIn?: boolean;
}

export interface DemoPageDefinition {
  page: DemoPage;
  /** The page's title and its `h1`: the partnership's name as its document writes it, in every language. */
  title: string;
  /** The title's key in the demo's words instead, where the title is the demo's own (the error states). */
  titleWords?: string;
  /** With `titleWords`, the key of the tab's title ("… – partnership-kit demo"), said in Welsh as the page is. */
  tabTitleWords?: string;
  /** The key, in the demo's words (demo/words.js), of what the index says of it. */
  description: string;
  /** The key, in the demo's words, of the paragraph under the `h1`. */
  lede: string;
  /** The document every element of the page shows, given once by a `<partnership-data>` around them. */
  document?: DemoDocument;
  sections: DemoSection[];
}

const RISKS: DemoSection = { id: 'risks', heading: 'section.risks' };
const ACTIONS: DemoSection = { id: 'actions', heading: 'section.actions' };
const QUORUM: DemoSection = { id: 'quorum', heading: 'section.quorum', grid: true };
const DECISIONS: DemoSection = { id: 'decisions', heading: 'section.decisions', grid: true, signIn: true };

/** A partnership's page: its words in demo/words.js under its name ("sutton.lede", "sutton.roster"). */
const partnership = (page: DemoPage, title: string) => ({
  page,
  title,
  description: `${page}.description`,
  lede: `${page}.lede`,
  document: page as DemoDocument,
});

export const DEMO_PAGES: DemoPageDefinition[] = [
  {
    ...partnership('sutton', 'Sutton Education Partnership'),
    sections: [
      { id: 'roster', heading: 'sutton.roster' },
      QUORUM,
      DECISIONS,
      { id: 'report', heading: 'sutton.report' },
      RISKS,
      ACTIONS,
    ],
  },
  {
    ...partnership('wokingham', 'Wokingham Education Partnership'),
    sections: [
      { id: 'roster', heading: 'wokingham.roster' },
      { ...QUORUM, heading: 'wokingham.quorum' },
      DECISIONS,
      RISKS,
      ACTIONS,
    ],
  },
  {
    ...partnership('suffolk', 'Suffolk Learning Partnership'),
    sections: [{ id: 'roster', heading: 'suffolk.roster' }, QUORUM, DECISIONS, RISKS, ACTIONS],
  },
  {
    ...partnership('ealing', 'Ealing Learning Partnership'),
    sections: [{ id: 'roster', heading: 'ealing.roster' }, QUORUM, DECISIONS, RISKS, ACTIONS],
  },
  {
    page: 'errors',
    title: demoWords('en', 'errors.title'),
    titleWords: 'errors.title',
    tabTitleWords: 'errors.tabTitle',
    description: 'errors.description',
    lede: 'errors.lede',
    sections: [
      { id: 'contract', heading: 'errors.contract' },
      { id: 'missing', heading: 'errors.missing' },
      { id: 'not-json', heading: 'errors.not-json' },
      { id: 'ids', heading: 'errors.ids' },
    ],
  },
];
