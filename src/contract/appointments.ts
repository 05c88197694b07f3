/**
 * Contract 1.1, "Seat history": who held a seat, and who was its proxy, on a
 * given date. It lives in the contract because the document checks need it
 * (attendance at a past meeting is judged against that meeting's
 * appointment); the rules core publishes it as `appointmentOn`.
 */
import { addCalendarDays } from './calendar-dates.js';

/** An appointment to a seat: holder and proxy, and the dates it runs, both inclusive (null: unbounded). */
export interface AppointmentInForce {
  holder: string | null;
  proxy: string | null;
  from: string | null;
  to: string | null;
}

/** What a seat says of its appointments: the current one, and the earlier ones under `previous`. */
export interface SeatAppointments {
  holder: string | null;
  proxy: string | null;
  term?: { from: string; to?: string };
  previous: readonly { holder: string | null; proxy: string | null; from: string; to: string }[];
}

/** No appointment in force: the seat had no holder and no proxy. */
export const NO_APPOINTMENT: AppointmentInForce = Object.freeze({ holder: null, proxy: null, from: null, to: null });

/**
 * When the current appointment begins: `term.from` when given, else the day
 * after the last earlier appointment ended, else null (it has always been).
 */
export function currentStart(seat: SeatAppointments): string | null {
  if (seat.term) return seat.term.from;
  const last = seat.previous[seat.previous.length - 1];
  return last ? addCalendarDays(last.to, 1) : null;
}

/** The current appointment: the seat's own holder, proxy and term. */
export function currentAppointment(seat: SeatAppointments): AppointmentInForce {
  return { holder: seat.holder, proxy: seat.proxy, from: currentStart(seat), to: seat.term?.to ?? null };
}

/**
 * The appointment in force on `date`: the earlier appointment that covers
 * it, else the current one when `date` is on or after its start, else none.
 * Whether the current term had ended by then is a separate question
 * (`to` is returned for it).
 */
export function appointmentIn(seat: SeatAppointments, date: string): AppointmentInForce {
  const earlier = seat.previous.find((entry) => entry.from <= date && date <= entry.to);
  if (earlier) return { holder: earlier.holder, proxy: earlier.proxy, from: earlier.from, to: earlier.to };
  const start = currentStart(seat);
  return start === null || start <= date ? currentAppointment(seat) : NO_APPOINTMENT;
}

/** The first day any appointment to the seat was in force, or null when it has always had one. */
export function firstAppointed(seat: SeatAppointments): string | null {
  return seat.previous[0]?.from ?? currentStart(seat);
}
