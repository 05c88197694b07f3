/**
 * The partnership as the host holds it: the seed document with every stored
 * record applied, in memory, and an index of the records by kind and id for
 * idempotent replays. Records are applied once each, in log order; a vote is
 * appended in place, so a vote costs the same with 200,000 stored as with 20.
 *
 * A record naming what the document no longer has (its meeting renamed in
 * the seed, say, or its voter taken out) is not applied: a vote for a proposal the document lacks
 * would break the contract for every page. It stays in the store and in
 * `unapplied`, and the host says so (`createPartnershipServer`).
 */
import type { PartnershipDocument, Vote } from '../contract/index.js';
import { withActionStatus, withAttendance, type ActionStatusChange, type AttendanceChange } from '../rules/index.js';
import { appended, byId, seatInGroup } from '../rules/indexes.js';
import type { RecordKind, StoredRecord } from './store.js';

export class Ledger {
  /** The seq of the last record applied. */
  lastSeq = 0;
  private readonly records = new Map<string, StoredRecord>();
  /** The stored records not applied, each with what it names that the document has not. */
  readonly unapplied: { record: StoredRecord; missing: string }[] = [];
  /** How many attendance records have been applied: judged against the roster as it stood, they may not fit it now. */
  attendanceApplied = 0;
  /** How many stored votes have been applied (not the seed's): they date a decision by correspondence once it is closed. */
  votesApplied = 0;

  constructor(public document: PartnershipDocument) {
    for (const vote of document.votes) this.records.set(key('vote', vote.id), seedRecord(vote));
  }

  /** The stored record of `kind` with `id`, or undefined. */
  find(kind: RecordKind, id: string): StoredRecord | undefined {
    return this.records.get(key(kind, id));
  }

  /**
   * Applies records in log order; one already applied (seq at or below `lastSeq`) is skipped. Returns those that
   * changed the document: only they go to the live stream. A record naming what this process's document lacks
   * (another process serving a newer seed, in a rolling upgrade) is not sent: no page could apply it, and the
   * privacy of a vote is judged by its proposal, which this document does not have.
   */
  apply(records: StoredRecord[]): StoredRecord[] {
    const applied: StoredRecord[] = [];
    for (const record of records) {
      if (record.seq <= this.lastSeq) continue;
      if (this.applyOne(record)) applied.push(record);
      this.lastSeq = record.seq;
    }
    return applied;
  }

  /**
   * Runs `work`, which may apply records, and takes the ledger back to where it stood, returning what `work`
   * returned. Records decided together (one commit for a burst of votes) each see those decided before them,
   * as in the log they will be; none is applied for good until the store has them.
   */
  trial<T>(work: () => T): T {
    const { document, lastSeq, attendanceApplied, votesApplied } = this;
    const unapplied = this.unapplied.length;
    // Votes tried go on a list of their own, whose indexes start from the document's: pushed on the document's
    // own and taken off, they stayed in the rules' indexes of it (src/rules/indexes.ts), which read a list again
    // only once it is shorter, and the host judged votes against votes the store never took.
    this.document = { ...document, votes: appended(document.votes) };
    this.replaced = new Map();
    try {
      return work();
    } finally {
      for (const [at, was] of this.replaced) {
        if (was) this.records.set(at, was);
        else this.records.delete(at);
      }
      this.replaced = undefined;
      this.unapplied.length = unapplied;
      Object.assign(this, { document, lastSeq, attendanceApplied, votesApplied });
    }
  }

  /** During `trial`, what each record key held before it: undefined where it held nothing. */
  private replaced: Map<string, StoredRecord | undefined> | undefined;

  /** Sets the record at `at`, remembering what it held during a trial. */
  private keep(at: string, record: StoredRecord): void {
    if (this.replaced && !this.replaced.has(at)) this.replaced.set(at, this.records.get(at));
    this.records.set(at, record);
  }

  /** Applies one record; false when it left the document as it was (kept in `unapplied`, or the seed's own vote). */
  private applyOne(record: StoredRecord): boolean {
    // A vote the seed document already holds (a seed made from the live document, or by a system that took
    // the votes in): the seed's copy stands, and a second would break the contract on every page (duplicate id).
    const seeded = record.kind === 'vote' ? this.records.get(key('vote', record.id)) : undefined;
    if (seeded?.seq === 0) {
      // The same vote: the stored record is what a device sending it again is answered with (the seed's copy may
      // lack its `ext`, as the public is served it), though the document keeps the seed's.
      if (sameVote(seeded.body, record.body)) this.keep(key(record.kind, record.id), record);
      else this.unapplied.push({ record, missing: 'an id a different vote in the document has' });
      return false;
    }
    this.keep(key(record.kind, record.id), record);
    const missing = missingFor(this.document, record);
    if (missing) {
      this.unapplied.push({ record, missing });
      return false;
    }
    const body = record.body as unknown;
    if (record.kind === 'vote') {
      this.document.votes.push(body as Vote);
      this.votesApplied += 1;
    } else if (record.kind === 'attendance') {
      this.document = withAttendance(this.document, body as AttendanceChange);
      this.attendanceApplied += 1;
    } else this.document = withActionStatus(this.document, body as ActionStatusChange);
    return true;
  }
}

const key = (kind: RecordKind, id: string) => `${kind}\u0000${id}`;

/** Whether two votes are the same record: every field but the host's `received` stamp and `ext` (a public copy has none). */
function sameVote(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const fields = (v: Record<string, unknown>) =>
    JSON.stringify(
      Object.entries(v)
        .filter(([name]) => name !== 'received' && name !== 'ext')
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  return fields(a) === fields(b);
}

/** What `record` names that `document` has not, as "meeting 'x'"; undefined when it has all of it. */
function missingFor(document: PartnershipDocument, { kind, body }: StoredRecord): string | undefined {
  const named = (what: string, id: unknown) => `${what} '${String(id)}'`;
  if (kind === 'action') return byId(document.actions, String(body.action)) ? undefined : named('action', body.action);
  if (kind === 'vote') {
    const proposal = byId(document.proposals, String(body.proposal));
    if (!proposal) return named('proposal', body.proposal);
    // Seat ids are unique only within their group: a seat of the same id in another group is not the one voted for.
    if (!seatInGroup(document, proposal.group, String(body.seat)))
      return named(`seat of the proposal's group`, body.seat);
    // A person taken out of the document (to erase them, say): the vote names them, so it cannot be applied.
    return byId(document.people, String(body.by)) ? undefined : named('person', body.by);
  }
  const meeting = byId(document.meetings, String(body.meeting));
  if (!meeting) return named('meeting', body.meeting);
  const seats = byId(document.groups, meeting.group)?.seats ?? [];
  return seats.some((seat) => seat.id === body.seat) ? undefined : named(`seat of the meeting's group`, body.seat);
}

/** A vote the seed document already holds: seq 0, before the log. */
const seedRecord = (vote: Vote): StoredRecord => ({ seq: 0, kind: 'vote', id: vote.id, body: { ...vote } });
