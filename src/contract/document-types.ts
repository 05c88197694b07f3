/**
 * The partnership document's types as a portal's TypeScript sees them: a
 * document that has passed `parseDocument`, with every default filled in.
 * Written out as plain TypeScript so the published declarations need no zod;
 * test/types/document-types.ts fails to compile when they and the zod schema
 * (schema.ts) differ by a single field.
 */
import type {
  actionRecordStatuses,
  attendanceValues,
  ballotKinds,
  decisionRules,
  groupKinds,
  partnerKinds,
  proposalStatuses,
  ragValues,
  resultsPolicies,
  riskStatuses,
  seatRoles,
  tieBreaks,
  voteChoices,
} from './vocabulary.js';

/** The host's own data on any record: kept and ignored by the kit. */
export type Ext = Record<string, unknown>;

export type PartnerKind = (typeof partnerKinds)[number];
export type GroupKind = (typeof groupKinds)[number];
export type SeatRole = (typeof seatRoles)[number];
export type DecisionRule = (typeof decisionRules)[number];
export type TieBreak = (typeof tieBreaks)[number];
export type Attendance = (typeof attendanceValues)[number];
export type ProposalStatus = (typeof proposalStatuses)[number];
export type ResultsPolicy = (typeof resultsPolicies)[number];
export type BallotKind = (typeof ballotKinds)[number];
export type VoteChoice = (typeof voteChoices)[number];
export type Rag = (typeof ragValues)[number];
export type RiskRecordStatus = (typeof riskStatuses)[number];
export type ActionRecordStatus = (typeof actionRecordStatuses)[number];

export interface Partnership {
  id: string;
  name: string;
  vision?: string | undefined;
  values?: string[] | undefined;
  /** Non-working days (YYYY-MM-DD). When given, they replace the England and Wales bank holidays the kit ships. */
  holidays?: string[] | undefined;
  ext?: Ext | undefined;
}

export interface Partner {
  id: string;
  name: string;
  kind?: PartnerKind | undefined;
  ext?: Ext | undefined;
}

export interface Person {
  id: string;
  name: string;
  title?: string | undefined;
  organisation?: string | undefined;
  ext?: Ext | undefined;
}

/** A seat's term of office, both dates inclusive. */
export interface Term {
  from: string;
  to?: string | undefined;
}

/** 1.1: an earlier appointment to a seat, both dates inclusive; `holder: null` is a vacancy. */
export interface Appointment {
  holder: string | null;
  proxy: string | null;
  from: string;
  to: string;
}

export interface Seat {
  id: string;
  label?: string | undefined;
  /** The partner the seat represents. */
  partner?: string | undefined;
  role: SeatRole;
  voting: boolean;
  tags?: string[] | undefined;
  /** The person holding the seat, or null while it is vacant. */
  holder: string | null;
  proxy: string | null;
  term?: Term | undefined;
  /** 1.1: the seat's earlier appointments, oldest first. */
  previous: Appointment[];
  /** 1.2: the seat's voting, role, tags and partner before each change, oldest first. */
  previousStanding: EarlierStanding[];
  ext?: Ext | undefined;
}

/**
 * 1.2: what a seat stood as up to and including `to`. A field left out was as in the next entry (or as the
 * seat has it now).
 */
export interface EarlierStanding {
  to: string;
  voting?: boolean | undefined;
  role?: SeatRole | undefined;
  tags?: string[] | undefined;
  partner?: string | undefined;
}

/** Which seats a quorum requirement counts; every field narrows the selection. */
export interface SeatSelector {
  tag?: string | undefined;
  /** A partner id or several. */
  partner?: string | string[] | undefined;
  role?: SeatRole | undefined;
  voting?: boolean | undefined;
}

export interface QuorumRequirement {
  label: string;
  seats: SeatSelector;
  /** A number of seats, `"all"`, or a fraction `"a/b"` of the selected seats. */
  min: number | string;
  /** Whether a proxy present counts for the seat. */
  proxies: boolean;
}

export interface Group {
  id: string;
  name: string;
  kind?: GroupKind | undefined;
  reportsTo?: string | undefined;
  decisionRule: DecisionRule;
  tieBreak: TieBreak;
  /** Working days before a meeting by which the notice is due. */
  noticeDays: number;
  /** Working days after a meeting by which the minutes are due. */
  minutesDays: number;
  quorum: QuorumRequirement[];
  seats: Seat[];
  /** 1.2: the rules before each change the group agreed, oldest first. */
  previousRules: EarlierRules[];
  ext?: Ext | undefined;
}

/**
 * 1.2: a group's rules as they stood up to and including `to`. A field left out was as in the next entry
 * (or as the group has it now).
 */
export interface EarlierRules {
  to: string;
  decisionRule?: DecisionRule | undefined;
  tieBreak?: TieBreak | undefined;
  quorum?: QuorumRequirement[] | undefined;
}

/** 1.1: one stretch of a seat's attendance, with arrival and departure when recorded. */
export interface AttendanceSpan {
  as: Attendance;
  arrived?: string;
  left?: string;
}

/** A seat's attendance as a document writes it: a value (1.0), a span, or a list of spans. */
export type AttendanceEntry = Attendance | AttendanceSpan | AttendanceSpan[];

export interface Meeting {
  id: string;
  group: string;
  /** An ISO 8601 date-time with its offset. */
  start: string;
  /** 1.1: when it ended. */
  end?: string | undefined;
  noticeSent?: string | undefined;
  minutesSent?: string | undefined;
  /** Seat id to attendance; a seat not listed was absent. */
  attendance: Record<string, AttendanceEntry>;
  guests: string[];
  ext?: Ext | undefined;
}

/** Votes for, against and abstaining. */
export interface Tally {
  for: number;
  against: number;
  abstain: number;
  /**
   * The chair's casting vote, where it decided a tie of a group that breaks ties by the chair (or, while voting
   * is open, would). Left out means none was given: a tie then stays tied.
   */
  casting?: 'for' | 'against' | undefined;
}

/** 1.1: a member's declared interest in a proposal, and whether they withdrew for it. */
export interface Declaration {
  person: string;
  interest: string;
  withdrew: boolean;
  declared?: string | undefined;
}

export interface Proposal {
  id: string;
  group: string;
  meeting?: string | undefined;
  title: string;
  summary?: string | undefined;
  rationale?: string | undefined;
  from?: string | undefined;
  decisionRule?: DecisionRule | undefined;
  ruleAgreedUnanimously?: string | undefined;
  status: ProposalStatus;
  closes?: string | undefined;
  /** 1.1: when members may see the count. Left out means `live`. */
  results?: ResultsPolicy | undefined;
  /** 1.1: whether the record names who voted which way. Left out means `recorded`. */
  ballot?: BallotKind | undefined;
  /** 1.1: a published tally, standing in for the votes a viewer may not see. */
  count?: Tally | undefined;
  declarations: Declaration[];
  ext?: Ext | undefined;
}

export interface Vote {
  id: string;
  proposal: string;
  seat: string;
  /** The person who cast it: the seat's holder or proxy. */
  by: string;
  choice: VoteChoice;
  cast: string;
  /** 1.1: the host's own clock when it stored the vote. */
  received?: string | undefined;
  ext?: Ext | undefined;
}

/** The record a client builds to cast a vote: the stored shape. */
export type VoteRecord = Vote;

export interface RiskBand {
  /** The highest score (likelihood × impact, 1 to 25) in this band. */
  upTo: number;
  label: string;
  rag: Rag;
}

export interface RiskScale {
  bands: RiskBand[];
  /** Category to the highest acceptable score (1 to 25). */
  appetite: Record<string, number>;
}

/** A likelihood and an impact, each 1 to 5. */
export interface Rating {
  likelihood: number;
  impact: number;
}

/** A rating as reviewed on a date: a risk's history, oldest first. */
export interface RatingOnDate {
  date: string;
  likelihood: number;
  impact: number;
}

export interface Risk {
  id: string;
  title: string;
  description?: string | undefined;
  group?: string | undefined;
  owner: string;
  category?: string | undefined;
  inherent?: Rating | undefined;
  likelihood: number;
  impact: number;
  target?: Rating | undefined;
  mitigation?: string | undefined;
  status: RiskRecordStatus;
  raised: string;
  review?: string | undefined;
  history: RatingOnDate[];
  /** 1.1: the work project the risk belongs to. */
  project?: string | undefined;
  ext?: Ext | undefined;
}

export interface Action {
  id: string;
  title: string;
  owner: string;
  due: string;
  status: ActionRecordStatus;
  group?: string | undefined;
  meeting?: string | undefined;
  proposal?: string | undefined;
  completed?: string | undefined;
  notes?: string | undefined;
  /** 1.1: the work project the action belongs to. */
  project?: string | undefined;
  ext?: Ext | undefined;
}

/** 1.1: a milestone of a work project: due by `due`, met on `done` when it has been. */
export interface Milestone {
  id: string;
  title: string;
  due: string;
  done?: string | undefined;
  ext?: Ext | undefined;
}

/**
 * 1.1: a project's highlight report for one month, as its lead wrote it: the
 * overall rating and why, progress this month and next, and the five headings
 * the Sutton framework asks for.
 */
export interface HighlightReportRecord {
  /** The month reported on, `YYYY-MM`. */
  period: string;
  submitted?: string | undefined;
  status: Rag;
  /** Why the rating is amber or red; required then. */
  reason?: string | undefined;
  progress?: string | undefined;
  next?: string | undefined;
  benefits?: string | undefined;
  risks?: string | undefined;
  interdependencies?: string | undefined;
  disadvantages?: string | undefined;
  recommendations?: string | undefined;
  /** Proposals the lead asks the receiving group to decide. */
  decisionsNeeded: string[];
  ext?: Ext | undefined;
}

/** 1.1: a work project, run by a group and reporting monthly to another. */
export interface Project {
  id: string;
  title: string;
  group: string;
  reportsTo?: string | undefined;
  lead: string;
  brief?: string | undefined;
  start: string;
  end: string;
  /** Working days after a month's last day by which its report is due. */
  reportDays: number;
  milestones: Milestone[];
  reports: HighlightReportRecord[];
  ext?: Ext | undefined;
}

/** A document that has passed `parseDocument`: defaults filled in, every reference resolved. */
export interface PartnershipDocument {
  /** Where an editor finds the JSON Schema to check the document as it is written; the kit ignores it. */
  $schema?: string | undefined;
  contract: 'partnership-kit/1';
  partnership: Partnership;
  partners: Partner[];
  people: Person[];
  groups: Group[];
  meetings: Meeting[];
  proposals: Proposal[];
  votes: Vote[];
  riskScale: RiskScale;
  risks: Risk[];
  actions: Action[];
  /** 1.1: work projects and their highlight reports. */
  projects: Project[];
  ext?: Ext | undefined;
}
