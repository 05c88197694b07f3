/**
 * Which `parseDocument` problems the published JSON Schema
 * (dist/partnership.schema.json) can state, and which it cannot. Every
 * problem code is classified here, in one place: a new code does not compile
 * until it is. test/node/json-schema.test.js holds the schema to it: a
 * document with any `shape` problem must be refused by a JSON Schema
 * validator, and a document parseDocument accepts must be accepted.
 *
 * - `shape`: a rule about one value or one record, as JSON Schema states
 *   rules: a type, a required or unknown field, a pattern (ids, calendar dates,
 *   date-times, quorum fractions), a range, an enumeration, a list's length,
 *   and a field required when another has a value (a voting seat's partner).
 * - `document`: a rule that compares values with each other, which JSON
 *   Schema cannot state (its keywords read one value at a time, and `$data`
 *   is not standard): a reference resolves to a record elsewhere, an id is
 *   unique in its list, one date or time is not before another, entries run
 *   in order, a rule depends on another record (the group's decision rule,
 *   the seats of the meeting's group, the appointment in force on a date).
 * - `outside`: not a rule of a JSON document at all, so no schema sees it:
 *   text that is not JSON (a schema validates parsed JSON), an exception from
 *   a hostile object (JSON has none), and a field a host sets itself on a
 *   record sent to it (a stored document may carry it).
 */
import type { ProblemCode } from './problems.js';

export type ProblemKind = 'shape' | 'document' | 'outside';

export const PROBLEM_KINDS: Readonly<Record<ProblemCode, ProblemKind>> = {
  // From the zod schema.
  'unknown-fields': 'shape',
  'empty-text': 'shape',
  // A moment past the calendar's ends: arithmetic on the offset, which the JSON Schema's patterns cannot state.
  'date-time-out-of-calendar': 'document',
  'too-few-entries': 'shape',
  'out-of-range': 'shape',
  missing: 'shape',
  'wrong-value': 'shape',
  // The whole document: `type: object`, the `contract` enum, `maxItems` on the lists.
  'not-an-object': 'shape',
  'other-contract': 'shape',
  'too-many-records': 'shape',
  'not-json': 'outside',
  'not-checked': 'outside',
  // Records and references.
  'duplicate-id': 'document',
  'unknown-reference': 'document',
  'reports-to-itself': 'document',
  'quorum-selects-no-seat': 'document',
  'quorum-more-than-seats': 'document',
  'chair-tie-break-chairs': 'document',
  /** `voting: true` requires `partner`: an `if`/`then` in the seat's schema. */
  'voting-seat-without-partner': 'shape',
  'term-ends-before-start': 'document',
  'appointment-ends-before-start': 'document',
  'appointments-overlap': 'document',
  'rules-out-of-order': 'document',
  'standing-out-of-order': 'document',
  'term-overlaps-appointment': 'document',
  'meeting-ends-before-start': 'document',
  'rule-not-agreed': 'document',
  'rule-agreed-later': 'document',
  'meeting-of-other-group': 'document',
  'casting-without-tie': 'document',
  'casting-without-chair': 'document',
  // The group's seats, each with its earlier standing, bound the count: another record.
  'count-more-than-seats': 'document',
  'duplicate-declaration': 'document',
  // The risk scale: the bands' order and end compare entries; the appetite is one value per category.
  'bands-out-of-order': 'document',
  'last-band-short': 'document',
  'empty-category': 'shape',
  'appetite-not-a-score': 'shape',
  // Attendance: an entry's own form is shape; whose seat it is, and when, is the document's.
  'seat-not-in-group': 'document',
  'empty-attendance': 'shape',
  'attendance-entry-not-object': 'shape',
  'attendance-unknown-fields': 'shape',
  'leaves-before-arriving': 'document',
  'no-proxy': 'document',
  'seat-vacant': 'document',
  // Projects (1.1): dates compared with the project's, a month repeated.
  'project-ends-before-start': 'document',
  'project-too-long': 'document',
  'date-outside-project': 'document',
  'period-outside-project': 'document',
  'duplicate-report': 'document',
  /** An amber or red report requires `reason`: an `if`/`then` in the report's schema. */
  'rating-without-reason': 'shape',
  // A record sent to the host.
  'set-by-host': 'outside',
  // The host's limits and its sign-in: no document states them.
  'too-large': 'outside',
  'by-other-person': 'outside',
};
