/**
 * The ids of the Popolo export, and its date-times.
 *
 * Popolo's records live in one graph, so an id must be unique across
 * classes; the document's ids are unique only within their own list (a
 * partner and a group may both be `send`). Every id is therefore the
 * document's id prefixed by its kind and a slash: `partner/primary`,
 * `group/elg`. A document id never holds a slash, so no two kinds can meet.
 * A seat's id is unique only among its group's seats (two groups may each
 * have a `chair`), so a seat is also prefixed by its group's id:
 * `seat/elg/elg-primary`. Ids depend on the document's ids alone, never on a
 * record's place in a list, so an export made again after a change keeps
 * them; a membership is the seat's with the appointment's number in the
 * seat's history (oldest 0; the current one is numbered after all of
 * `previous`), which stays the same when the current appointment moves into
 * `previous`; a later part of an appointment the seat's role or partner
 * changed during adds the date the part starts: `…/1/holder/2019-10-15`.
 */
import type { PopoloIdentifier } from './popolo-types.js';

/** The id makers of one export. */
export interface PopoloIds {
  partnership: (id: string) => string;
  partner: (id: string) => string;
  group: (id: string) => string;
  person: (id: string) => string;
  /** A seat, by its group's id and its own: seat ids are unique within a group only. */
  seat: (group: string, id: string) => string;
  /** An appointment's membership; a later part of one the seat's standing changed during is suffixed by its start. */
  membership: (group: string, seat: string, appointment: number, as: 'holder' | 'proxy', since?: string) => string;
  meeting: (id: string) => string;
  proposal: (id: string) => string;
  voteEvent: (proposal: string) => string;
  vote: (id: string) => string;
  /** The document's id for a record, under the partnership's scheme. */
  issued: (id: string) => PopoloIdentifier[];
}

/** The id makers for a partnership, each id prefixed by `base`. */
export function popoloIds(partnership: string, base = ''): PopoloIds {
  const kind = (prefix: string) => (id: string) => `${base}${prefix}/${id}`;
  return {
    partnership: kind('partnership'),
    partner: kind('partner'),
    group: kind('group'),
    person: kind('person'),
    seat: (group, id) => `${base}seat/${group}/${id}`,
    membership: (group, seat, appointment, as, since) =>
      `${base}membership/${group}/${seat}/${appointment}/${as}${since === undefined ? '' : `/${since}`}`,
    meeting: kind('meeting'),
    proposal: kind('proposal'),
    voteEvent: kind('vote-event'),
    vote: kind('vote'),
    issued: (id) => [{ identifier: id, scheme: `partnership-kit/${partnership}` }],
  };
}

// The contract's date-time: minutes, optional seconds and fraction, and an offset or Z.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A contract date-time as Popolo's schemas accept it everywhere: with
 * seconds (its `date-time` format requires them) and without a fraction
 * (its Event and Membership date pattern forbids one). The offset is kept
 * as written, so the local time a council published stays.
 *
 * @example
 * popoloDateTime('2019-10-15T16:00+01:00'); // '2019-10-15T16:00:00+01:00'
 */
export function popoloDateTime(value: string): string {
  const match = DATE_TIME.exec(value);
  if (!match) return value;
  return `${match[1]}:${match[2] ?? '00'}${match[3]}`;
}
