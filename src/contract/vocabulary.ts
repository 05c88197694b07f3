/**
 * The contract's fixed words: every value an enumerated field may take. Kept
 * apart from the zod schema so that the published types (document-types.ts)
 * need no zod.
 */
export const CONTRACT_VERSION = 'partnership-kit/1';

export const partnerKinds = [
  'local-authority',
  'school-phase',
  'governors',
  'college',
  'trust',
  'forum',
  'other',
] as const;
export const groupKinds = ['strategic', 'operational', 'board', 'working-group'] as const;
export const seatRoles = ['member', 'chair', 'vice-chair', 'clerk', 'adviser', 'observer'] as const;
export const decisionRules = [
  'simple-majority',
  'absolute-majority',
  'two-thirds',
  'three-quarters',
  'unanimous',
] as const;
export const tieBreaks = ['none', 'chair'] as const;
export const attendanceValues = ['holder', 'proxy', 'apologies', 'absent'] as const;
/** 1.1: the fields of an attendance span, beside its `as`. */
export const attendanceSpanKeys = ['as', 'arrived', 'left'] as const;
export const proposalStatuses = ['draft', 'open', 'closed', 'withdrawn'] as const;
export const resultsPolicies = ['live', 'after-close'] as const;
export const ballotKinds = ['recorded', 'secret'] as const;
export const voteChoices = ['for', 'against', 'abstain'] as const;
export const ragValues = ['green', 'amber', 'red'] as const;
export const riskStatuses = ['open', 'closed', 'accepted'] as const;
export const actionRecordStatuses = ['open', 'in-progress', 'done', 'dropped'] as const;

/** The risk scale's bands when a document gives none. */
export const DEFAULT_BANDS = [
  { upTo: 4, label: 'Low', rag: 'green' },
  { upTo: 12, label: 'Medium', rag: 'amber' },
  { upTo: 25, label: 'High', rag: 'red' },
] as const;
