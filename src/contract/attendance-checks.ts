/**
 * The checks of a meeting's attendance entries (contract 1.1 "Arrival and
 * departure"): each value is a string, a span `{ as, arrived?, left? }` or a
 * list of spans, and `holder` or `proxy` is judged against the seat's
 * appointment on the meeting's date.
 */
import { appointmentIn, currentStart } from './appointments.js';
import { isDateTime } from './primitives.js';
import { describeValue } from './problems.js';
import { attendanceSpanKeys, attendanceValues } from './schema.js';
import { isObject, type SeatFacts } from './targets.js';

type Report = (path: (string | number)[], message: string) => void;

/** Where an attendance entry stands: its meeting, seat, group, the meeting's date and its JSON path. */
export interface AttendanceWhere {
  name: string;
  seatId: string;
  group: string | undefined;
  date: string | undefined;
  at: (string | number)[];
}

const q = (value: string): string => `'${value}'`;
const VALUES = '"holder", "proxy", "apologies" or "absent"';

/** Reports every problem of one seat's attendance entry. */
export function checkAttendance(
  where: AttendanceWhere,
  value: unknown,
  seats: Map<string, SeatFacts> | undefined,
  report: Report,
): void {
  const seat = seats?.get(where.seatId);
  if (seats && !seat) {
    report(
      where.at,
      `${where.name} records attendance for seat ${q(where.seatId)}, but group ${q(String(where.group))} has no seat with that id.`,
    );
    return;
  }
  if (typeof value === 'string' || !(isObject(value) || Array.isArray(value))) {
    checkValue(where, value, where.at, seat, report);
    return;
  }
  const spans = Array.isArray(value) ? value : [value];
  if (spans.length === 0) {
    report(
      where.at,
      `${where.name} records an empty list for seat ${q(where.seatId)}. Record at least one entry, or leave the seat out.`,
    );
  }
  spans.forEach((span, i) => checkSpan(where, span, Array.isArray(value) ? [...where.at, i] : where.at, seat, report));
}

function checkSpan(
  where: AttendanceWhere,
  span: unknown,
  at: (string | number)[],
  seat: SeatFacts | undefined,
  report: Report,
): void {
  if (!isObject(span)) {
    report(
      at,
      `${where.name} records an entry for seat ${q(where.seatId)} that is ${describeValue(span)}: each entry is an object like { "as": "holder", "arrived": "…" }.`,
    );
    return;
  }
  const unknown = Object.keys(span).filter((key) => !(attendanceSpanKeys as readonly string[]).includes(key));
  if (unknown.length > 0) {
    report(
      at,
      `${where.name} records an entry for seat ${q(where.seatId)} with fields the contract does not know: ${unknown.map((k) => JSON.stringify(k)).join(', ')}. An entry has "as", and may have "arrived" and "left".`,
    );
  }
  checkValue(where, span.as, [...at, 'as'], seat, report);
  for (const key of ['arrived', 'left'] as const) {
    const time = span[key];
    if (time !== undefined && !(typeof time === 'string' && isDateTime(time))) {
      report(
        [...at, key],
        `${where.name} records seat ${q(where.seatId)} as ${key} at ${describeValue(time)}, but "${key}" is a date and time with its offset, like "2019-10-15T16:20:00+01:00".`,
      );
    }
  }
  const { arrived, left } = span;
  if (
    typeof arrived === 'string' &&
    typeof left === 'string' &&
    isDateTime(arrived) &&
    isDateTime(left) &&
    Date.parse(left) < Date.parse(arrived)
  ) {
    report(
      [...at, 'left'],
      `${where.name} records seat ${q(where.seatId)} leaving at ${left}, before it arrived at ${arrived}. Correct one of the times.`,
    );
  }
}

function checkValue(
  where: AttendanceWhere,
  value: unknown,
  at: (string | number)[],
  seat: SeatFacts | undefined,
  report: Report,
): void {
  const { name, seatId } = where;
  if (!(attendanceValues as readonly unknown[]).includes(value)) {
    report(at, `${name} records seat ${q(seatId)} as ${describeValue(value)}, but attendance is one of ${VALUES}.`);
    return;
  }
  if (!seat || (value !== 'holder' && value !== 'proxy')) return;
  const appointment = where.date ? appointmentIn(seat, where.date) : { holder: seat.holder, proxy: seat.proxy };
  const on = where.date ? ` on ${where.date}` : '';
  if (value === 'proxy' && !appointment.proxy) {
    report(
      at,
      `${name} records seat ${q(seatId)} as attended by its proxy, but the seat had no proxy${on}. Name the proxy on the seat (or, for an earlier appointment, under "previous"), or record "holder", "apologies" or "absent".`,
    );
  }
  if (value === 'holder' && !appointment.holder) {
    // Before the current appointment began (at its term, or after the last earlier one) a holder on the
    // seat would not be in force then: only an earlier appointment can name who attended.
    const start = currentStart(seat);
    const fix =
      where.date !== undefined && start !== null && where.date < start
        ? 'If someone held it then, add the earlier appointment under "previous" on the seat'
        : 'Name the holder on the seat or, if they have since left it, add the earlier appointment under "previous"';
    report(
      at,
      `${name} records seat ${q(seatId)} as attended by its holder, but the seat was vacant${on}. ${fix}, or record "absent".`,
    );
  }
}
