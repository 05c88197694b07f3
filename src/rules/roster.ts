/**
 * Roster warnings: what a clerk should put right in a group's membership.
 * None of them makes a document invalid.
 */
import type { PartnershipDocument, Seat } from '../contract/index.js';
import { addDays, longDate } from './calendar.js';
import { groupOf, personName } from './records.js';

export type RosterWarningCode = 'vacant' | 'no-proxy' | 'term-ended' | 'term-ending' | 'multiple-seats' | 'own-proxy';

export interface RosterWarning {
  code: RosterWarningCode;
  seat: string;
  message: string;
}

/** A term ending within this many days of today is flagged. */
export const TERM_ENDING_DAYS = 60;

const ROLE_NAMES: Record<Seat['role'], string> = {
  member: 'Member',
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  clerk: 'Clerk',
  adviser: 'Adviser',
  observer: 'Observer',
};

/** What a seat is called: its label, else its partner's name, else its role. */
export function seatLabel(doc: PartnershipDocument, seat: Seat): string {
  if (seat.label) return seat.label;
  const partner = seat.partner ? doc.partners.find((p) => p.id === seat.partner) : undefined;
  return partner?.name ?? ROLE_NAMES[seat.role];
}

/**
 * The roster warnings of a group on `today`: vacant voting seats, voting
 * seats without a proxy, terms ended or ending within 60 days, a person
 * holding two voting seats, a holder named as their own proxy.
 */
export function rosterWarnings(doc: PartnershipDocument, groupId: string, today: string): RosterWarning[] {
  const group = groupOf(doc, groupId);
  const warnings: RosterWarning[] = [];
  const add = (code: RosterWarningCode, seat: Seat, message: string) => warnings.push({ code, seat: seat.id, message });
  const votingSeatsHeld = new Map<string, Seat[]>();
  for (const seat of group.seats.filter((s) => s.voting && s.holder)) {
    votingSeatsHeld.set(seat.holder!, [...(votingSeatsHeld.get(seat.holder!) ?? []), seat]);
  }
  for (const seat of group.seats) {
    const label = seatLabel(doc, seat);
    const holder = personName(doc, seat.holder);
    if (seat.voting && !seat.holder) {
      add('vacant', seat, `${label} is vacant: the partner should appoint a representative before removing one.`);
    }
    if (seat.voting && seat.holder && !seat.proxy)
      add('no-proxy', seat, `${label} has no proxy: ${holder}’s partner should appoint one.`);
    if (seat.holder && seat.holder === seat.proxy) {
      add('own-proxy', seat, `${holder} is named as both holder and proxy of ${label}: appoint someone else as proxy.`);
    }
    const to = seat.term?.to;
    if (to && to < today)
      add('term-ended', seat, `${label}: the term ended on ${longDate(to)}. Record the new term or appointment.`);
    else if (to && to <= addDays(today, TERM_ENDING_DAYS)) {
      add('term-ending', seat, `${label}: the term ends on ${longDate(to)}. Plan the reappointment.`);
    }
    const held = seat.holder ? (votingSeatsHeld.get(seat.holder) ?? []) : [];
    if (seat.voting && held.length > 1) {
      const others = held.filter((s) => s !== seat).map((s) => seatLabel(doc, s));
      add(
        'multiple-seats',
        seat,
        `${holder} holds ${label} and also ${others.join(', ')}: one person should hold one voting seat.`,
      );
    }
  }
  return warnings;
}
