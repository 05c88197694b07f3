/**
 * The checks of a meeting's attendance entries (contract 1.1 "Arrival and
 * departure"): each value is a string, a span `{ as, arrived?, left? }` or a
 * list of spans, and `holder` or `proxy` is judged against the seat's
 * appointment on the meeting's date.
 */
import { appointmentIn, currentStart } from './appointments.js';
import { isDateTime } from './primitives.js';
import { quotable, summarise, type Report } from './problems.js';
import { attendanceSpanKeys, attendanceValues } from './schema.js';
import { isObject, type GroupSeats, type SeatFacts } from './targets.js';
import { closestId } from './closest-id.js';

type Path = (string | number)[];

/** Where an attendance entry stands: its seat, its meeting's group and date, and its JSON path. */
export interface AttendanceWhere {
  seatId: string;
  group: string | undefined;
  date: string | undefined;
  at: Path;
}

const ATTENDANCE = { kind: 'one-of', values: [...attendanceValues] } as const;
const SPAN_KEYS: readonly string[] = attendanceSpanKeys;

/** Reports every problem of one seat's attendance entry. */
export function checkAttendance(
  where: AttendanceWhere,
  value: unknown,
  seats: GroupSeats | undefined,
  report: Report,
): void {
  const seat = seats?.get(where.seatId);
  // A seat of the group with no id that can be read (left as null, its id deleted) may be this one: its own
  // problem says to restore the id, and this entry is not told to remove a real record.
  if (seats && !seat && !seats.idLost) {
    // The key is the person's own text, quoted: cut short, any right-to-left override written out.
    // A key typed by hand, like a reference: the seat of the group it most likely meant, as "did you mean".
    const meant = closestId(where.seatId, seats);
    report(where.at, 'seat-not-in-group', {
      seat: quotable(where.seatId),
      group: String(where.group),
      ...(meant !== undefined && { meant }),
    });
    return;
  }
  if (typeof value === 'string' || !(isObject(value) || Array.isArray(value))) {
    checkValue(where, value, where.at, seat, report);
    return;
  }
  const spans = Array.isArray(value) ? value : [value];
  if (spans.length === 0) report(where.at, 'empty-attendance', { seat: where.seatId });
  spans.forEach((span, i) => checkSpan(where, span, Array.isArray(value) ? [...where.at, i] : where.at, seat, report));
}

function checkSpan(where: AttendanceWhere, span: unknown, at: Path, seat: SeatFacts | undefined, report: Report): void {
  if (!isObject(span)) {
    report(at, 'attendance-entry-not-object', { seat: where.seatId, value: summarise(span) });
    return;
  }
  const unknown = Object.keys(span).filter((key) => !SPAN_KEYS.includes(key));
  if (unknown.length > 0) {
    report(at, 'attendance-unknown-fields', {
      seat: where.seatId,
      keys: unknown.map(quotable),
      allowed: [...SPAN_KEYS],
    });
  }
  checkValue(where, span.as, [...at, 'as'], seat, report);
  for (const key of ['arrived', 'left'] as const) {
    const time = span[key];
    if (time !== undefined && !(typeof time === 'string' && isDateTime(time))) {
      report([...at, key], 'wrong-value', {
        expected: { kind: 'format', format: 'date-time' },
        value: summarise(time),
      });
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
    report([...at, 'left'], 'leaves-before-arriving', { seat: where.seatId, arrived, left });
  }
}

function checkValue(
  where: AttendanceWhere,
  value: unknown,
  at: Path,
  seat: SeatFacts | undefined,
  report: Report,
): void {
  const { seatId, date } = where;
  if (!(attendanceValues as readonly unknown[]).includes(value)) {
    const expected = { ...ATTENDANCE, values: [...ATTENDANCE.values] };
    if (value === undefined) report(at, 'missing', { expected });
    else report(at, 'wrong-value', { expected, value: summarise(value) });
    return;
  }
  // An earlier appointment with a problem of its own is told once, there: read as written, it would leave the seat
  // with no one in it on every date it covers, and each meeting then would be told so again.
  if (!seat || seat.unsure || (value !== 'holder' && value !== 'proxy')) return;
  const appointment = date ? appointmentIn(seat, date) : { holder: seat.holder, proxy: seat.proxy };
  const on = date ? { date } : {};
  if (value === 'proxy' && !appointment.proxy) report(at, 'no-proxy', { seat: seatId, ...on });
  if (value === 'holder' && !appointment.holder) {
    // Before the current appointment began (at its term, or after the last earlier one) a holder on the
    // seat would not be in force then: only an earlier appointment can name who attended.
    const start = currentStart(seat);
    const earlier = date !== undefined && start !== null && date < start;
    report(at, 'seat-vacant', { seat: seatId, ...on, earlier });
  }
}
