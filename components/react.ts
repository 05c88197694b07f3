/**
 * JSX types for React 19 (`import 'partnership-kit/react'`, once in a
 * project): each element's attributes and properties, and its events as
 * React 19 names them (`on` + the event's name, `onvote-recorded`), with
 * their `detail` typed. Types only: the module has no code, and nothing here
 * is needed outside a TSX project, so the rest of the package never imports
 * React's types.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ActionTracker } from './action-tracker/action-tracker.js';
import type { HighlightReport } from './highlight-report/highlight-report.js';
import type { PartnershipData } from './partnership-data/partnership-data.js';
import type { PartnershipRoster } from './partnership-roster/partnership-roster.js';
import type { QuorumIndicator } from './quorum-indicator/quorum-indicator.js';
import type { RiskRegister } from './risk-register/risk-register.js';
import type { VotePanel } from './vote-panel/vote-panel.js';

/**
 * What every element reading a document takes: where the document comes from (and whether its requests carry the
 * page's cookies), today, headings and live updates.
 */
type DocumentProps = 'src' | 'data' | 'credentials' | 'today' | 'headingLevel' | 'live';

/** React 19's listener props for the events `Names`: `onvote-recorded` for `vote-recorded`. */
type EventProps<Names extends keyof HTMLElementEventMap> = {
  [N in Names as `on${N}`]?: (event: HTMLElementEventMap[N]) => void;
};

/** An element's JSX props: React's own for any element, then the element's properties and its events. */
export type ElementProps<E, Props extends keyof E, Events extends keyof HTMLElementEventMap = never> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  Props
> &
  Partial<Pick<E, Props>> &
  EventProps<Events>;

type Documented<E, Props extends keyof E, Events extends keyof HTMLElementEventMap = never> = ElementProps<
  E,
  Props,
  Events | 'partnership-error'
> & {
  /** The `headingLevel` property as an attribute. */
  'heading-level'?: number | string;
};

declare module 'react' {
  // A module augmentation of React's own JSX namespace: the one way TSX learns a tag.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'partnership-data': ElementProps<PartnershipData, 'src' | 'credentials'>;
      'partnership-roster': Documented<PartnershipRoster, DocumentProps | 'group' | 'meeting' | 'compact'>;
      'quorum-indicator': Documented<
        QuorumIndicator,
        DocumentProps | 'meeting' | 'now' | 'editable' | 'clerk' | 'endpoint' | 'submit',
        'attendance-recorded' | 'attendance-rejected'
      >;
      'vote-panel': Documented<
        VotePanel,
        DocumentProps | 'proposal' | 'voter' | 'endpoint' | 'results' | 'now' | 'submit',
        'vote-queued' | 'vote-recorded' | 'vote-rejected'
      >;
      'risk-register': Documented<RiskRegister, DocumentProps | 'group' | 'project' | 'status' | 'hideColumns'> & {
        /** The `hideColumns` property as an attribute. */
        'hide-columns'?: string;
      };
      'action-tracker': Documented<
        ActionTracker,
        | DocumentProps
        | 'group'
        | 'meeting'
        | 'owner'
        | 'project'
        | 'hrefTemplate'
        | 'hideColumns'
        | 'now'
        | 'editable'
        | 'editor'
        | 'endpoint'
        | 'submit',
        'action-recorded' | 'action-rejected'
      > & {
        /** The `hrefTemplate` property as an attribute. */
        'href-template'?: string;
        /** The `hideColumns` property as an attribute. */
        'hide-columns'?: string;
      };
      'highlight-report': Documented<HighlightReport, DocumentProps | 'project' | 'period' | 'hrefTemplate'> & {
        /** The `hrefTemplate` property as an attribute. */
        'href-template'?: string;
      };
    }
  }
}
