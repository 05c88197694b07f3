/**
 * The partnership document, contract v1, as a zod/mini schema. This is the
 * single source of the contract in code: the types below, the checks in
 * `references.ts` and the published JSON Schema all come from it.
 * docs/contract.md is the specification; where it is silent the choice is
 * written beside the field.
 */
import * as z from 'zod/mini';
import { entries, isId, list, primitiveSchemas, reference, wholeNumber } from './primitives.js';
import { projectSchema } from './project-schema.js';
import { schemaOnFirstUse } from './schema-on-first-use.js';
import type { AttendanceEntry } from './document-types.js';
import {
  tieBreaks,
  CONTRACT_VERSION,
  partnerKinds,
  groupKinds,
  seatRoles,
  decisionRules,
  proposalStatuses,
  resultsPolicies,
  ballotKinds,
  voteChoices,
  ragValues,
  riskStatuses,
  actionRecordStatuses,
  DEFAULT_BANDS,
} from './vocabulary.js';

/** Zod's JIT compiles validators with `new Function`, which a strict CSP forbids. */
z.config({ jitless: true });

// The vocabulary, for the modules that read it beside the schema.
export * from './vocabulary.js';

/**
 * The most digits of a quorum fraction's numbers: `"51/100"` is allowed,
 * `"1/1000"` is not. The contract is silent; a bound lets the JSON Schema state
 * a ≤ b as a pattern (no pattern can compare numbers of any length).
 */
export const FRACTION_MAX_DIGITS = 3;
/** `"all"`, or a fraction `"a/b"` with 0 < a ≤ b, each of at most `FRACTION_MAX_DIGITS` digits. */
const FRACTION_PATTERN = /^(?:all|[1-9]\d{0,2}\/[1-9]\d{0,2})$/;

function isQuorumMinimum(value: unknown): boolean {
  // At least one: a minimum of none is met by an empty room, as a requirement that selects no seat would be.
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1;
  if (typeof value !== 'string' || !FRACTION_PATTERN.test(value)) return false;
  const [a, b] = value.split('/').map(Number);
  return value === 'all' || (a !== undefined && b !== undefined && a <= b);
}

/**
 * One vote's schema: the document's votes, and the shape check of a sent vote (sent-records.ts). Made on first
 * use (schema-on-first-use.ts). @internal
 */
export const voteSchema = schemaOnFirstUse(() => {
  const { dateTime, ext, id } = primitiveSchemas();
  return z.strictObject({
    id,
    proposal: reference('proposal'),
    seat: reference('seat'),
    by: reference('person'),
    choice: z.enum(voteChoices),
    cast: dateTime,
    /** 1.1: the host's own clock when it stored the vote. */
    received: z.optional(dateTime),
    ext,
  });
});

/** A seat of a group, with its term, earlier appointments and earlier standing. */
function makeSeatSchema() {
  const { date, ext, id, text } = primitiveSchemas();
  const term = z.strictObject({ from: date, to: z.optional(date) });

  /** 1.1: an earlier appointment to a seat, both dates inclusive; `holder: null` is a vacancy. */
  const appointment = z.strictObject({
    holder: z.nullable(reference('person')),
    proxy: z._default(z.nullable(reference('person')), null),
    from: date,
    to: date,
  });

  /**
   * 1.2: what a seat stood as up to and including `to`, before a change the group agreed. A field left out was
   * then as it is in the next entry (or on the seat itself): an entry says only what changed. Listed oldest
   * first; the order is checked in `seat-checks.ts`.
   */
  const earlierStanding = z.strictObject({
    to: date,
    voting: z.optional(z.boolean()),
    role: z.optional(z.enum(seatRoles)),
    tags: z.optional(z.array(text)),
    partner: z.optional(reference('partner')),
  });

  return z.strictObject({
    id,
    label: z.optional(text),
    partner: z.optional(reference('partner')),
    /** Default `member`: most seats are plain members. */
    role: z._default(z.enum(seatRoles), 'member'),
    /** Required: whether a seat votes is never left to a default. */
    voting: z.boolean(),
    tags: z.optional(z.array(text)),
    /** A person id, or null (or left out) for a vacant seat. */
    holder: z._default(z.nullable(reference('person')), null),
    proxy: z._default(z.nullable(reference('person')), null),
    term: z.optional(term),
    /** 1.1: the seat's earlier appointments, oldest first. Order and overlaps are checked in `seat-checks.ts`. */
    previous: list(appointment),
    /** 1.2: the seat's voting, role, tags and partner before each change, oldest first (`standingOn`). */
    previousStanding: list(earlierStanding),
    ext,
  });
}

/** A group, with its seats, quorum and earlier rules. */
function makeGroupSchema() {
  const { date, ext, id, text } = primitiveSchemas();
  const seatSelector = z.strictObject({
    tag: z.optional(text),
    partner: z.optional(
      z.custom<string | string[]>((value) => (Array.isArray(value) ? value : [value]).every(isId), {
        params: { expected: 'ids' },
      }),
    ),
    role: z.optional(z.enum(seatRoles)),
    voting: z.optional(z.boolean()),
  });

  const quorumMinimum = z.custom<number | string>(isQuorumMinimum, { params: { expected: 'quorum-min' } });

  const quorumRequirement = z.strictObject({
    label: text,
    seats: z._default(seatSelector, () => ({})),
    min: quorumMinimum,
    proxies: z._default(z.boolean(), true),
  });

  const workingDays = wholeNumber(0, 60);

  /**
   * 1.2: the group's rules as they stood up to and including `to`, before a change the group agreed.
   * A field left out was then as it is in the next entry (or on the group itself): an entry says only what
   * changed. Listed oldest first; the order is checked in `group-checks.ts`.
   */
  const earlierRules = z.strictObject({
    to: date,
    decisionRule: z.optional(z.enum(decisionRules)),
    tieBreak: z.optional(z.enum(tieBreaks)),
    quorum: z.optional(z.array(quorumRequirement)),
  });

  return z.strictObject({
    id,
    name: text,
    kind: z.optional(z.enum(groupKinds)),
    reportsTo: z.optional(reference('group')),
    decisionRule: z._default(z.enum(decisionRules), 'simple-majority'),
    tieBreak: z._default(z.enum(tieBreaks), 'none'),
    noticeDays: z._default(workingDays, 7),
    minutesDays: z._default(workingDays, 7),
    quorum: list(quorumRequirement),
    seats: list(makeSeatSchema()),
    /** 1.2: the rules before each change, oldest first (`rulesInForce`). */
    previousRules: list(earlierRules),
    ext,
  });
}

/** A proposal, with its published count and its declarations of interest. */
function makeProposalSchema() {
  const { dateTime, ext, id, text } = primitiveSchemas();
  const tally = z.strictObject({
    for: wholeNumber(0),
    against: wholeNumber(0),
    abstain: wholeNumber(0),
    /**
     * The chair's casting vote, where it decided a tie (or, while voting is open, would): the chair's seat's
     * vote, given openly. Left out means none was given. Checked in `decision-rule-checks.ts` (`casting-without-tie`,
     * `casting-without-chair`).
     */
    casting: z.optional(z.enum(['for', 'against'])),
  });

  /** 1.1: a member's declared interest in a proposal, and whether they withdrew for it. One entry a person. */
  const declaration = z.strictObject({
    person: reference('person'),
    interest: text,
    withdrew: z.boolean(),
    declared: z.optional(dateTime),
  });

  return z.strictObject({
    id,
    group: reference('group'),
    meeting: z.optional(reference('meeting')),
    title: text,
    summary: z.optional(z.string()),
    rationale: z.optional(z.string()),
    from: z.optional(reference('group')),
    decisionRule: z.optional(z.enum(decisionRules)),
    ruleAgreedUnanimously: z.optional(reference('meeting')),
    status: z.enum(proposalStatuses),
    closes: z.optional(dateTime),
    /** 1.1: when members may see the count. Left out means `live`. */
    results: z.optional(z.enum(resultsPolicies)),
    /** 1.1: whether the record names who voted which way. Left out means `recorded`. */
    ballot: z.optional(z.enum(ballotKinds)),
    /** 1.1: a published tally, standing in for the votes a viewer may not see. */
    count: z.optional(tally),
    declarations: list(declaration),
    ext,
  });
}

/** A risk on the register, with its ratings' history. */
function makeRiskSchema() {
  const { date, ext, id, rating, text } = primitiveSchemas();
  const rated = z.strictObject({ likelihood: rating, impact: rating });

  return z.strictObject({
    id,
    title: text,
    description: z.optional(z.string()),
    group: z.optional(reference('group')),
    owner: reference('person'),
    category: z.optional(text),
    inherent: z.optional(rated),
    likelihood: rating,
    impact: rating,
    target: z.optional(rated),
    mitigation: z.optional(z.string()),
    /** Default `open`: a risk on the register is live until someone closes it. */
    status: z._default(z.enum(riskStatuses), 'open'),
    raised: date,
    review: z.optional(date),
    history: list(z.strictObject({ date, likelihood: rating, impact: rating })),
    /** 1.1: the work project it belongs to. */
    project: z.optional(reference('project')),
    ext,
  });
}

/**
 * The zod schema itself, made on first use with every record's (schema-on-first-use.ts). @internal: the
 * published declarations carry the plain types of document-types.ts instead, so a project using the kit needs
 * no zod.
 */
export const documentSchema = schemaOnFirstUse(makeDocumentSchema);

/** The schema a `documentSchema()` gives. @internal */
export type DocumentSchema = ReturnType<typeof documentSchema>;

/** The document's own fields and its smaller records, with the larger records' schemas made beside them. */
function makeDocumentSchema() {
  const { date, dateTime, ext, id, text } = primitiveSchemas();

  const partnership = z.strictObject({
    id,
    name: text,
    vision: z.optional(z.string()),
    values: z.optional(z.array(text)),
    /** Non-working days. When given, they replace the England and Wales bank holidays the kit ships. */
    holidays: z.optional(z.array(date)),
    ext,
  });

  const partner = z.strictObject({
    id,
    name: text,
    kind: z.optional(z.enum(partnerKinds)),
    ext,
  });

  const person = z.strictObject({
    id,
    name: text,
    title: z.optional(z.string()),
    organisation: z.optional(z.string()),
    ext,
  });

  const meeting = z.strictObject({
    id,
    group: reference('group'),
    start: dateTime,
    /** 1.1: when it ended. */
    end: z.optional(dateTime),
    noticeSent: z.optional(date),
    minutesSent: z.optional(date),
    /**
     * Seat id to attendance; a seat not listed was absent. 1.1: a value may be
     * a string, a span with arrival and departure, or a list of spans. Each
     * entry is checked in `references.ts`.
     */
    attendance: z._default(entries<AttendanceEntry>('attendance'), () => ({})),
    guests: list(id),
    ext,
  });

  const band = z.strictObject({
    upTo: wholeNumber(1, 25),
    label: text,
    rag: z.enum(ragValues),
  });

  const riskScale = z.strictObject({
    bands: z._default(z.array(band).check(z.minLength(1)), () => DEFAULT_BANDS.map((b) => ({ ...b }))),
    /** Category to the highest acceptable score (1 to 25). Each entry is checked in `risk-scale-checks.ts`. */
    appetite: z._default(entries<number>('appetite'), () => ({})),
  });

  const action = z.strictObject({
    id,
    title: text,
    owner: reference('person'),
    due: date,
    status: z._default(z.enum(actionRecordStatuses), 'open'),
    group: z.optional(reference('group')),
    meeting: z.optional(reference('meeting')),
    proposal: z.optional(reference('proposal')),
    completed: z.optional(date),
    notes: z.optional(z.string()),
    /** 1.1: the work project it belongs to. */
    project: z.optional(reference('project')),
    ext,
  });

  return z.strictObject({
    /** Where an editor finds the JSON Schema to check the document as it is written; the kit ignores it. */
    $schema: z.optional(z.string()),
    contract: z.enum([CONTRACT_VERSION]),
    partnership,
    partners: list(partner),
    people: list(person),
    groups: list(makeGroupSchema()),
    meetings: list(meeting),
    proposals: list(makeProposalSchema()),
    votes: list(voteSchema()),
    riskScale: z._default(riskScale, () => ({ bands: DEFAULT_BANDS.map((b) => ({ ...b })), appetite: {} })),
    risks: list(makeRiskSchema()),
    actions: list(action),
    /** 1.1: work projects and their highlight reports (project-schema.ts). */
    projects: list(projectSchema()),
    ext,
  });
}

// The document's types are written out in document-types.ts, so the published declarations need no zod.
export type * from './document-types.js';
