// Compiled by `npm run check` (tsc), never run: the published document types
// (src/contract/document-types.ts, plain TypeScript) must be exactly what the
// zod schema produces, field by field, or this file stops compiling.
import type * as z from 'zod/mini';
import type { DocumentSchema } from '../../src/contract/schema.js';
import type * as published from '../../src/contract/document-types.js';

/** True only when A and B are the same type, optional and readonly flags included. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type FromSchema = z.output<DocumentSchema>;
type Item<T> = T extends readonly (infer I)[] ? I : never;

type Group = Item<FromSchema['groups']>;
type Proposal = Item<FromSchema['proposals']>;
type Project = Item<FromSchema['projects']>;

export const sameTypes: [
  Same<FromSchema, published.PartnershipDocument>,
  Same<FromSchema['partnership'], published.Partnership>,
  Same<Item<FromSchema['partners']>, published.Partner>,
  Same<Item<FromSchema['people']>, published.Person>,
  Same<Group, published.Group>,
  Same<Item<Group['seats']>, published.Seat>,
  Same<Item<Item<Group['seats']>['previous']>, published.Appointment>,
  Same<Item<Group['quorum']>, published.QuorumRequirement>,
  Same<Item<FromSchema['meetings']>, published.Meeting>,
  Same<Proposal, published.Proposal>,
  Same<Item<Proposal['declarations']>, published.Declaration>,
  Same<Item<FromSchema['votes']>, published.Vote>,
  Same<FromSchema['riskScale'], published.RiskScale>,
  Same<Item<FromSchema['risks']>, published.Risk>,
  Same<Item<FromSchema['actions']>, published.Action>,
  Same<Project, published.Project>,
  Same<Item<Project['milestones']>, published.Milestone>,
  Same<Item<Project['reports']>, published.HighlightReportRecord>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
