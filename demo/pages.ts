/**
 * The demo's pages that show several elements: one for each seed partnership
 * and one of error states. `npm run build` generates them, with each
 * element's own page of examples and the index, from these definitions and
 * components/examples.ts (scripts/demo-pages.js): an example lands in the
 * section its `demo` names.
 */
import type { DemoDocument, DemoPage } from '../components/examples.js';

/** A part of a page, headed, holding the examples that name it. */
export interface DemoSection {
  id: string;
  heading: string;
  /** Side by side where the page is wide enough, as the quorum indicators and vote panels are. */
  grid?: boolean;
}

export interface DemoPageDefinition {
  page: DemoPage;
  /** The page's title and its `h1`. */
  title: string;
  /** What the index says of it. */
  description: string;
  /** The paragraph under the `h1`. */
  lede: string;
  /** The document every element of the page shows, given once by a `<partnership-data>` around them. */
  document?: DemoDocument;
  sections: DemoSection[];
}

const RISKS: DemoSection = { id: 'risks', heading: 'Risk register' };
const ACTIONS: DemoSection = { id: 'actions', heading: 'Actions: by whom and by when' };
const QUORUM: DemoSection = { id: 'quorum', heading: 'Quorum', grid: true };
const DECISIONS: DemoSection = { id: 'decisions', heading: 'Decisions', grid: true };

export const DEMO_PAGES: DemoPageDefinition[] = [
  {
    page: 'sutton',
    title: 'Sutton Education Partnership',
    description: 'ELG and EOG, High Needs Block Review',
    lede:
      'The Education Leadership Group (ELG) steers; the Education Operational Group (EOG) proposes and ' +
      'implements. This page is set on 10 December 2019, half an hour into that day’s ELG meeting.',
    document: 'sutton',
    sections: [
      { id: 'roster', heading: 'Who represents each partner' },
      QUORUM,
      DECISIONS,
      { id: 'report', heading: 'Work Project 1: monthly highlight report to the ELG' },
      RISKS,
      ACTIONS,
    ],
  },
  {
    page: 'wokingham',
    title: 'Wokingham Education Partnership',
    description: 'independent chair, quorum of two from each of three groups',
    lede:
      'A strategic advisory board on behalf of all Wokingham school leaders, with an independent chair. ' +
      'This page is set on 22 September 2022.',
    document: 'wokingham',
    sections: [
      { id: 'roster', heading: 'Membership' },
      { ...QUORUM, heading: 'Quorum: two from each of Schools Forum, the Primary Heads and the Secondary Heads' },
      DECISIONS,
      RISKS,
      ACTIONS,
    ],
  },
  {
    page: 'suffolk',
    title: 'Suffolk Learning Partnership',
    description: 'the interim board, 2014-15',
    lede:
      'The interim board, from September 2014 until the partnership becomes independent. ' +
      'This page is set on 22 January 2015.',
    document: 'suffolk',
    sections: [{ id: 'roster', heading: 'The interim board' }, QUORUM, DECISIONS, RISKS, ACTIONS],
  },
  {
    page: 'ealing',
    title: 'Ealing Learning Partnership',
    description: 'the school-led board, 2018-20',
    lede:
      'A school-led partnership with Ealing Council: the ELP board, 2018 to 2020. This page is set on ' +
      '11 October 2018, for a trust’s public page: the compact roster.',
    document: 'ealing',
    sections: [{ id: 'roster', heading: 'The ELP board' }, QUORUM, DECISIONS, RISKS, ACTIONS],
  },
  {
    page: 'errors',
    title: 'When things go wrong',
    description: 'a document that breaks the contract, a missing file, a file that is not JSON',
    lede:
      'Each element says what is wrong and how to put it right, and fires a partnership-error event for ' +
      'the host page. Nothing breaks the page around it.',
    sections: [
      { id: 'contract', heading: 'A document that breaks the contract' },
      { id: 'missing', heading: 'A file that is not there' },
      { id: 'not-json', heading: 'A file that is not JSON' },
      { id: 'ids', heading: 'An id the document does not have' },
    ],
  },
];
