/**
 * Contract 1.2, "A seat's earlier standing": whether a seat voted, its role,
 * its tags and the partner it represented, on a given date. A seat that
 * became non-voting, gained a vote, handed the chair on or moved to another
 * partner keeps what it was, dated, under `previousStanding`, so that a
 * decision taken before the change counts, a meeting before it was quorate,
 * and a clerk or chair acted, as they did then. The rules core publishes it
 * as `standingOn`.
 */
import type { Seat, SeatRole } from './document-types.js';
import { valueOn } from './dated-values.js';

/** What a seat stood as on one date: the fields a quorum selects by and the rules read. */
export interface SeatStanding {
  voting: boolean;
  role: SeatRole;
  tags?: string[] | undefined;
  partner?: string | undefined;
}

/** What a seat says of its standing: the current one, and the earlier ones, oldest first. */
export interface SeatStandingHistory extends SeatStanding {
  previousStanding: readonly ({ to: string } & Partial<SeatStanding>)[];
}

/**
 * The seat's standing on `date` (YYYY-MM-DD, in London), or as it stands now for null: field by field, the
 * first earlier entry running to `date` or later that gives it, else the seat's own (`valueOn`).
 *
 * @example
 * standingOn(seat, '2019-06-01'); // { voting: false, role: 'member', tags: ['co-opted'], partner: 'diocese' }
 */
export function standingOn(seat: SeatStandingHistory, date: string | null): SeatStanding {
  const earlier = seat.previousStanding;
  // Written out, so that a seat with no tags or partner now still takes them from an earlier entry.
  const now = { voting: seat.voting, role: seat.role, tags: seat.tags, partner: seat.partner };
  const tags = valueOn<'tags', string[] | undefined>(now, earlier, 'tags', date);
  const partner = valueOn<'partner', string | undefined>(now, earlier, 'partner', date);
  return {
    voting: valueOn<'voting', boolean>(now, earlier, 'voting', date),
    role: valueOn<'role', SeatRole>(now, earlier, 'role', date),
    ...(tags === undefined ? {} : { tags }),
    ...(partner === undefined ? {} : { partner }),
  };
}

/**
 * The seat as it stood on `date`: its own record with the voting, role, tags and partner of that date (the same
 * record when they had not changed since), for a rule that reads a seat whole. The rules read a seat's standing
 * through it: most seats never change, and a count of thousands of seats then makes no copies.
 */
export function seatAsAt(seat: Seat, date: string | null): Seat {
  if (date === null || !seat.previousStanding.some((entry) => entry.to >= date)) return seat;
  const { tags: _tags, partner: _partner, ...rest } = seat;
  return { ...rest, ...standingOn(seat, date) };
}
