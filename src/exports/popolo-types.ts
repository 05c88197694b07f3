/**
 * The Popolo records `toPopolo` writes (https://www.popoloproject.com/specs/),
 * typed with the fields the export fills. Each is a subset of the published
 * JSON Schema of its class: field names and meanings are Popolo's, and a
 * field the document has nothing for is left out rather than set to null.
 */

/** An id the partnership issued, as the document writes it (Popolo Identifier). */
export interface PopoloIdentifier {
  identifier: string;
  /** `partnership-kit` for the partnership's own id; `partnership-kit/<partnership id>` for the ids it issued. */
  scheme: string;
}

/** The partnership, a partner or a group (Popolo Organization). */
export interface PopoloOrganization {
  id: string;
  name: string;
  /** `partnership`; a group's kind (else `committee`); a partner's kind (else `partner`). */
  classification: string;
  /** A group's: the partnership. */
  parent_id?: string;
  /** The partnership's vision. */
  description?: string;
  identifiers: PopoloIdentifier[];
}

/** A person of the document (Popolo Person). */
export interface PopoloPerson {
  id: string;
  name: string;
  identifiers: PopoloIdentifier[];
}

/** A seat (Popolo Post): a position that exists whoever holds it. */
export interface PopoloPost {
  id: string;
  /** The seat's label, else its partner's name, else its role, in English. */
  label: string;
  /** The seat's role code: `member`, `chair`, `vice-chair`, `clerk`, `adviser`, `observer`. */
  role: string;
  /** The group the seat sits in. */
  organization_id: string;
}

/** One appointment of one person to a seat, as its holder or its proxy (Popolo Membership). */
export interface PopoloMembership {
  id: string;
  /** The seat's role for its holder; `proxy` for its proxy. */
  role: string;
  person_id: string;
  /** The group. */
  organization_id: string;
  /** The seat. */
  post_id: string;
  /** The partner the seat represents, when it names one. */
  on_behalf_of_id?: string;
  /** `YYYY-MM-DD`: when the appointment began; left out when it always was. */
  start_date?: string;
  /** `YYYY-MM-DD`: when it ended or ends; left out when open-ended. */
  end_date?: string;
}

/** A meeting (Popolo Event). */
export interface PopoloEvent {
  id: string;
  /** The group's name and the meeting's date. */
  name: string;
  classification: 'meeting';
  /** The group that meets. */
  organization_id: string;
  /** ISO 8601 date-time with its offset, whole seconds. */
  start_date: string;
  end_date?: string;
  identifiers: PopoloIdentifier[];
}

/**
 * A motion's or vote event's result: Popolo's `pass` (carried) and `fail`
 * (not carried); the kit's own `tied`, `inquorate` and `withdrawn` where
 * they say more (Popolo allows values outside its code list).
 */
export type PopoloResult = 'pass' | 'fail' | 'tied' | 'inquorate' | 'withdrawn';

/** A proposal that was put to its group: open, closed or withdrawn (Popolo Motion). */
export interface PopoloMotion {
  id: string;
  organization_id: string;
  /** The meeting at which it is decided. */
  legislative_session_id?: string;
  /** The proposal's id in the document. */
  identifier: string;
  /** The proposal's title. */
  text: string;
  /** The start of its meeting (a date-time). */
  date?: string;
  /** The decision rule's code, e.g. `simple-majority`, `two-thirds`. */
  requirement: string;
  /** Left out while the proposal is still open. */
  result?: PopoloResult;
}

/**
 * Popolo's vote options (its code list) the export uses: `yes`, `no`, `abstain` for the kit's choices, `not voting`
 * for a seat with no vote cast; and the kit's own `not counted` for a seat whose votes the count does not take.
 */
export type PopoloOption = 'yes' | 'no' | 'abstain' | 'not voting' | 'not counted';

/** The votes for one option (Popolo Count). */
export interface PopoloCount {
  option: PopoloOption;
  value: number;
}

/** One seat's vote, or its holder not voting (Popolo Vote): only where the document names who voted which way. */
export interface PopoloVote {
  id: string;
  voter_id: string;
  option: PopoloOption;
  /** `holder` or `proxy`: in what capacity the person voted for the seat (left out for a vote not counted cast by neither). */
  role?: 'holder' | 'proxy';
  /** The partner the voter's seat represents. */
  group_id?: string;
}

/** The vote on an open or closed proposal (Popolo VoteEvent). */
export interface PopoloVoteEvent {
  id: string;
  motion_id: string;
  organization_id: string;
  legislative_session_id?: string;
  identifier: string;
  /** The proposal's `closes`. */
  end_date?: string;
  /** Left out while the proposal is still open. */
  result?: PopoloResult;
  /** Left out when the document hides the count (results after close, still open). */
  counts?: PopoloCount[];
  /** Left out for a secret ballot and wherever the document withholds votes. */
  votes?: PopoloVote[];
}

/** A partnership in Popolo: one list per class, every id unique across them. */
export interface PopoloExport {
  organizations: PopoloOrganization[];
  persons: PopoloPerson[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
  events: PopoloEvent[];
  motions: PopoloMotion[];
  vote_events: PopoloVoteEvent[];
}

/** Options of `toPopolo`. */
export interface PopoloOptions {
  /**
   * Put before every id, to make them unique beyond this document: say a URL
   * (`https://council.example/popolo/`) or the partnership's id and a slash.
   * Default: none.
   */
  base?: string;
  /** The clock: a proposal open past its `closes` at `now` is decided. Default: the proposals' status alone. */
  now?: string;
}
