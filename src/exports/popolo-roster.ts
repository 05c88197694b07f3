/**
 * Who is who in Popolo: the partnership, its partners and groups as
 * organizations, its people as persons, seats as posts, and every
 * appointment to a seat, past and current, as memberships.
 */
import type { Group, PartnershipDocument, Seat, SeatRole } from '../contract/schema.js';
import type { AppointmentInForce } from '../contract/appointments.js';
import { addCalendarDays } from '../contract/calendar-dates.js';
import { standingOn } from '../contract/seat-standing.js';
import { seatHistory } from '../rules/appointments.js';
import { enCore } from '../messages/en-core.js';
import { seatName } from '../messages/names.js';
import type { PopoloIds } from './popolo-ids.js';
import type { PopoloMembership, PopoloOrganization, PopoloPerson, PopoloPost } from './popolo-types.js';

/** The partnership, each partner and each group; groups sit under the partnership. */
export function organizations(doc: PartnershipDocument, ids: PopoloIds): PopoloOrganization[] {
  const { partnership } = doc;
  const top: PopoloOrganization = {
    id: ids.partnership(partnership.id),
    name: partnership.name,
    classification: 'partnership',
    ...(partnership.vision && { description: partnership.vision }),
    // The partnership's own id is issued by no partnership: its scheme is the kit's.
    identifiers: [{ identifier: partnership.id, scheme: 'partnership-kit' }],
  };
  // Partner kinds and group kinds share no word, so classification alone tells them apart.
  const partners = doc.partners.map((partner) => ({
    id: ids.partner(partner.id),
    name: partner.name,
    classification: partner.kind ?? 'partner',
    identifiers: ids.issued(partner.id),
  }));
  const groups = doc.groups.map((group) => ({
    id: ids.group(group.id),
    name: group.name,
    classification: group.kind ?? 'committee',
    parent_id: top.id,
    identifiers: ids.issued(group.id),
  }));
  return [top, ...partners, ...groups];
}

/** Every person the document names. */
export function persons(doc: PartnershipDocument, ids: PopoloIds): PopoloPerson[] {
  return doc.people.map((person) => ({
    id: ids.person(person.id),
    name: person.name,
    identifiers: ids.issued(person.id),
  }));
}

/** Every seat of every group. Its English label, as the core's own messages name it. */
export function posts(doc: PartnershipDocument, ids: PopoloIds): PopoloPost[] {
  return doc.groups.flatMap((group) =>
    group.seats.map((seat) => ({
      id: ids.seat(group.id, seat.id),
      label: seatName(doc, seat, enCore.roles),
      role: seat.role,
      organization_id: ids.group(group.id),
    })),
  );
}

/** A stretch of an appointment with one role and one partner, its dates within the appointment's. */
interface StandingPart {
  from: string | null;
  to: string | null;
  role: SeatRole;
  partner: string | undefined;
}

/**
 * An appointment in parts, one for each role and partner the seat had during it (contract 1.2,
 * `previousStanding`): split the day after each earlier standing's `to` within it, as `standingOn` reads the
 * seat, so a membership says what the export's vote events say of a vote on that day. A change of the seat's
 * vote or tags alone splits nothing: a membership says neither.
 */
function standingParts(seat: Seat, { from, to }: AppointmentInForce): StandingPart[] {
  const changes = [...new Set(seat.previousStanding.map((entry) => entry.to))]
    .filter((day) => (from === null || day >= from) && (to === null || day < to))
    .sort();
  const parts: StandingPart[] = [];
  let start = from;
  for (const end of [...changes, to]) {
    // The standing on a part's last day is the part's: no change falls inside it. The current part's is today's.
    const { role, partner } = standingOn(seat, end);
    const last = parts.at(-1);
    if (last && last.role === role && last.partner === partner) last.to = end;
    else parts.push({ from: start, to: end, role, partner });
    start = end === null ? null : addCalendarDays(end, 1);
  }
  return parts;
}

/** The holder's and the proxy's memberships of one appointment, a pair for each part of it; none for a vacancy. */
function appointmentMemberships(
  group: Group,
  seat: Seat,
  appointment: AppointmentInForce,
  number: number,
  ids: PopoloIds,
): PopoloMembership[] {
  // The first part keeps the appointment's own id, so a standing change recorded later adds an id and moves none.
  return standingParts(seat, appointment).flatMap((part, index) => {
    const since = index === 0 ? undefined : (part.from ?? undefined);
    const common = {
      organization_id: ids.group(group.id),
      post_id: ids.seat(group.id, seat.id),
      ...(part.partner && { on_behalf_of_id: ids.partner(part.partner) }),
      ...(part.from && { start_date: part.from }),
      ...(part.to && { end_date: part.to }),
    };
    const one = (person: string | null, as: 'holder' | 'proxy') =>
      person === null
        ? []
        : [
            {
              id: ids.membership(group.id, seat.id, number, as, since),
              // A proxy stands in for the post's holder: its own role, so a reader counting holders can leave it out.
              role: as === 'holder' ? part.role : 'proxy',
              person_id: ids.person(person),
              ...common,
            },
          ];
    return [...one(appointment.holder, 'holder'), ...one(appointment.proxy, 'proxy')];
  });
}

/**
 * Every appointment to every seat, oldest first: the rules' seat history
 * (`previous`, then the current appointment), each with its dates, in parts
 * where the seat's role or partner changed during it.
 */
export function memberships(doc: PartnershipDocument, ids: PopoloIds): PopoloMembership[] {
  return doc.groups.flatMap((group) =>
    group.seats.flatMap((seat) =>
      seatHistory(seat).flatMap((appointment, number) => appointmentMemberships(group, seat, appointment, number, ids)),
    ),
  );
}
