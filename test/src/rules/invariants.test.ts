/**
 * Invariants of the governance rules, read from docs/contract.md's own words
 * and checked over generated valid documents (document-arbitrary.ts). Where
 * a property needs an answer it is checked against a small oracle written
 * here from the contract, not with the core's functions; where the contract
 * is silent, the oracle follows docs/contract-notes.md's "Where the contract is silent,
 * we chose" (dates of a `cast` in London, vacant seats left out of a quorum,
 * 0 for and 0 against not a tie), and says so.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PartnershipDocument, Proposal, Vote } from '../../../src/contract/schema.js';
import { actionStatus } from '../../../src/rules/actions.js';
import { appointmentOn } from '../../../src/rules/appointments.js';
import { addWorkingDays, meetingDeadlines } from '../../../src/rules/calendar.js';
import { carries, forVotesNeeded } from '../../../src/rules/decision-rules.js';
import {
  checkVote,
  eligibleSeats,
  ineligibility,
  storedVoteValidity,
  voteValidity,
} from '../../../src/rules/eligibility.js';
import { londonDate } from '../../../src/rules/london-time.js';
import { outcome, type Outcome } from '../../../src/rules/outcome.js';
import { decisionMoment, meetingEnd } from '../../../src/rules/presence.js';
import { publishedDocument } from '../../../src/rules/privacy.js';
import { quorum } from '../../../src/rules/quorum.js';
import { riskStatus } from '../../../src/rules/risk.js';
import { rosterWarnings } from '../../../src/rules/roster.js';
import { parseDocument } from '../../../src/contract/index.js';
import { validDocument } from '../../fixtures/document-arbitrary.js';
import { parsed } from '../../fixtures/documents.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** Enough runs to reach the rarer shapes (a seat first appointed between a meeting and a late vote took ~200). */
const RUNS = { numRuns: 250 };
const FEW = { numRuns: 120 };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const T = (dateTime: string) => Date.parse(dateTime);
const shift = (dateTime: string, minutes: number) =>
  new Date(T(dateTime) + minutes * MINUTE_MS).toISOString().replace('.000Z', 'Z');
const addCalendarDays = (date: string, days: number) =>
  new Date(T(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const date = fc
  .date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const RULES = ['simple-majority', 'absolute-majority', 'two-thirds', 'three-quarters', 'unanimous'] as const;

/** The document if it keeps the contract, else null: a change a property makes may break a cross-record rule. */
function parsedOrNull(input: unknown): PartnershipDocument | null {
  const result = parseDocument(input);
  return result.ok ? result.document : null;
}

/** What an outcome decides, in a form two outcomes compare by (the invalid and counted votes as sets). */
const decided = (o: Outcome) => ({
  tally: [o.for, o.against, o.abstain, o.entitled],
  result: [o.result, o.standing, o.quorate, o.needed],
  invalid: o.invalid.map((i) => `${i.vote}:${i.reason}`).sort(),
  counted: o.counted.map((c) => c.vote).sort(),
});

/** `items` reordered by `keys` (one a place; the places beyond them keep 0), stably. */
function shuffle<T>(items: T[], keys: number[]): T[] {
  return items
    .map((item, i) => [keys[i] ?? 0, i, item] as const)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1])
    .map(([, , item]) => item);
}

/** The attendance entries of a seat, as written. */
function entries(meeting: Json, seatId: string): Json[] {
  const value = meeting.attendance?.[seatId];
  if (value === undefined) return [];
  return typeof value === 'string' ? [{ as: value }] : Array.isArray(value) ? value : [value];
}

/** The appointment in force on `day`, worked out from "Seat history" on its own. */
function appointmentOracle(
  seat: Json,
  day: string,
): { holder: string | null; proxy: string | null; to: string | null } {
  const earlier = (seat.previous ?? []).find((p: Json) => p.from <= day && day <= p.to);
  if (earlier) return { holder: earlier.holder, proxy: earlier.proxy ?? null, to: earlier.to };
  const last = seat.previous?.at(-1);
  const start: string | null = seat.term?.from ?? (last ? addCalendarDays(last.to, 1) : null);
  if (start === null || start <= day)
    return { holder: seat.holder ?? null, proxy: seat.proxy ?? null, to: seat.term?.to ?? null };
  return { holder: null, proxy: null, to: null };
}

/**
 * Whose votes a vote on `day` was cast among: the index in the seat's history (`previous`, then the current one) of
 * the first of the run of appointments its holder on `day` held without another between (docs/contract-notes.md,
 * "A holder and their own proxy"); -1 when none was in force.
 */
function tenureOracle(seat: Json, day: string): number {
  const previous: Json[] = seat.previous ?? [];
  const last = previous.at(-1);
  const start: string | null = seat.term?.from ?? (last ? addCalendarDays(last.to, 1) : null);
  let at = previous.findIndex((p) => p.from <= day && day <= p.to);
  if (at < 0) at = start === null || start <= day ? previous.length : -1;
  if (at < 0) return -1;
  const holders = [...previous.map((p) => p.holder ?? null), seat.holder ?? null];
  while (at > 0 && holders[at - 1] === holders[at]) at -= 1;
  return at;
}

/** "Decision rules", as the contract words them. */
function carriesOracle(rule: string, yes: number, no: number, abstain: number, entitled: number): boolean {
  if (rule === 'simple-majority') return yes > no;
  if (rule === 'absolute-majority') return yes > entitled / 2;
  if (rule === 'two-thirds') return yes > 0 && yes >= (2 / 3) * (yes + no) - 1e-9;
  if (rule === 'three-quarters') return yes > 0 && yes >= (3 / 4) * (yes + no) - 1e-9;
  return yes > 0 && no === 0 && abstain === 0;
}

/**
 * Every reason the contract gives for refusing `vote`, in the contract's order ("When several reasons
 * apply"); `now` for a new vote (checkVote), else a stored one. The kit's `term-not-started` is read as
 * `vacant-seat`, which the contract allows.
 */
const REASONS = [
  'proposal-not-open',
  'cast-in-future',
  'non-voting-seat',
  'vacant-seat',
  'term-ended',
  'not-holder-or-proxy',
  'declared-interest',
  'holder-present',
] as const;
function reasonsOracle(doc: PartnershipDocument, input: Json, vote: Json, now?: string): string[] {
  const applies = new Set<string>();
  const proposal = input.proposals.find((p: Json) => p.id === vote.proposal);
  const meeting = proposal.meeting ? input.meetings.find((m: Json) => m.id === proposal.meeting) : undefined;
  const takesVotes = now ? proposal.status === 'open' : proposal.status === 'open' || proposal.status === 'closed';
  const arrival: string | undefined = now ?? vote.received;
  const late = (at: string | undefined) => proposal.closes && at !== undefined && T(at) > T(proposal.closes);
  if (!takesVotes || late(vote.cast) || late(arrival)) applies.add('proposal-not-open');
  if (now && T(vote.cast) > T(now) + 5 * MINUTE_MS) applies.add('cast-in-future');
  const seat = input.groups[0].seats.find((s: Json) => s.id === vote.seat);
  if (!seat.voting) applies.add('non-voting-seat');
  // The date of a cast is its date in London (docs/contract-notes.md: "Where the contract is silent").
  const day = londonDate(vote.cast);
  const appointment = appointmentOracle(seat, day);
  if (appointment.holder === null) applies.add('vacant-seat');
  if (appointment.to !== null && appointment.to < day) applies.add('term-ended');
  if (vote.by !== appointment.holder && vote.by !== appointment.proxy) applies.add('not-holder-or-proxy');
  // A withdrawal bars a vote when minuted by `closes`, while votes are taken (docs/contract-notes.md: "Where the contract is
  // silent"), even after the meeting ended, by which the quorum is judged.
  const moment: string | undefined = proposal.closes;
  const withdrew = (person: string | null, by = moment) =>
    person !== null &&
    (proposal.declarations ?? []).some(
      (d: Json) => d.person === person && d.withdrew && (!by || !d.declared || T(d.declared) <= T(by)),
    );
  if (withdrew(vote.by)) applies.add('declared-interest');
  const asProxy = vote.by !== appointment.holder && vote.by === appointment.proxy;
  // The holder's withdrawal frees the seat for the proxy only from when it was declared: a vote cast before it,
  // while the holder was in the room, stays refused (docs/contract-notes.md: "Where the contract is silent").
  const holderWithdrew = withdrew(appointment.holder) && withdrew(appointment.holder, vote.cast);
  if (asProxy && meeting && !holderWithdrew) {
    const present = entries(meeting, seat.id).some(
      (e) =>
        e.as === 'holder' &&
        (e.arrived === undefined || T(e.arrived) <= T(vote.cast)) &&
        (e.left === undefined || T(e.left) > T(vote.cast)),
    );
    const sameHolder = appointmentOracle(seat, meeting.start.slice(0, 10)).holder === appointment.holder;
    if (present && sameHolder) applies.add('holder-present');
  }
  return REASONS.filter((reason) => applies.has(reason));
}

const reasonOf = (check: ReturnType<typeof checkVote>) =>
  check.ok ? 'ok' : check.reason === 'term-not-started' ? 'vacant-seat' : check.reason;

/** A new vote for some seat of the document, by someone connected to it (or anyone), near a moment the document names. */
const newVote = fc.record({
  proposal: fc.nat(),
  seat: fc.nat(),
  person: fc.nat(),
  choice: fc.constantFrom('for', 'against', 'abstain'),
  anchor: fc.nat(),
  minutes: fc.integer({ min: -3000, max: 3000 }),
  lag: fc.integer({ min: -10, max: 600 }),
});
const withProposalAndSeat = validDocument.filter((doc) => doc.proposals.length > 0 && doc.groups[0].seats.length > 0);

function voteFrom(input: Json, v: typeof newVote extends fc.Arbitrary<infer V> ? V : never) {
  const proposal = input.proposals[v.proposal % input.proposals.length];
  const seat = input.groups[0].seats[v.seat % input.groups[0].seats.length];
  const anchors = [proposal.closes, ...input.meetings.map((m: Json) => m.start)].filter(Boolean);
  const cast = shift(anchors.length ? anchors[v.anchor % anchors.length] : '2020-01-15T10:00:00Z', v.minutes);
  const connected = [seat.holder, seat.proxy, ...(seat.previous ?? []).flatMap((p: Json) => [p.holder, p.proxy])];
  const people = [...connected, ...input.people.map((p: Json) => p.id)].filter(Boolean);
  const vote = {
    id: 'v-new',
    proposal: proposal.id,
    seat: seat.id,
    by: people[v.person % people.length],
    choice: v.choice,
    cast,
  };
  return { proposal, vote, now: shift(cast, v.lag) };
}

describe('invariants: the count', () => {
  it('one counted vote a seat, every one valid; the tally’s parts sum to them; never more than the seats entitled', () => {
    fc.assert(
      fc.property(validDocument, (input) => {
        const doc = parsed(input);
        for (const proposal of doc.proposals) {
          if (proposal.count) continue;
          const o = outcome(doc, proposal.id);
          const seats = o.counted.map((c) => c.seat);
          expect(new Set(seats).size, 'each seat once').to.equal(seats.length);
          expect(o.for + o.against + o.abstain).to.equal(o.counted.length);
          expect(o.counted.length, 'counted ≤ entitled').to.be.at.most(o.entitled);
          const invalid = new Set(o.invalid.map((i) => i.vote));
          for (const vote of doc.votes.filter((v) => v.proposal === proposal.id)) {
            expect(invalid.has(vote.id)).to.equal(!storedVoteValidity(doc, vote).ok);
          }
          for (const c of o.counted) expect(invalid.has(c.vote), 'an invalid vote never counts').to.equal(false);
          if (!o.open && proposal.status !== 'open') {
            // Once decided, each entitled seat is either counted or named without a vote.
            expect(o.counted.length + o.withoutVote.length, proposal.id).to.equal(o.entitled);
          }
        }
      }),
      RUNS,
    );
  });

  it('counts, of each seat’s valid votes, the holder’s over their own proxy’s, then the latest by cast', () => {
    fc.assert(
      fc.property(validDocument, (input) => {
        const doc = parsed(input);
        for (const proposal of doc.proposals) {
          if (proposal.count) continue;
          const o = outcome(doc, proposal.id);
          const valid = doc.votes.filter((v) => v.proposal === proposal.id && storedVoteValidity(doc, v).ok);
          expect(new Set(valid.map((v) => v.seat)).size).to.equal(o.counted.length);
          const group = input.groups.find((g: Json) => g.id === proposal.group);
          // A tie in cast is broken by received (none before any), then by id (docs/contract-notes.md, "we chose").
          const key = (v: Vote) => [T(v.cast), v.received === undefined ? -Infinity : T(v.received)] as const;
          const latestOf = (pool: Vote[]) =>
            pool.reduce((a, b) => {
              const [ka, kb] = [key(a), key(b)];
              const later = kb[0] !== ka[0] ? kb[0] > ka[0] : kb[1] !== ka[1] ? kb[1] > ka[1] : b.id > a.id;
              return later ? b : a;
            });
          for (const counted of o.counted) {
            const seat = group.seats.find((s: Json) => s.id === counted.seat);
            const tenure = (v: Vote) => tenureOracle(seat, londonDate(v.cast));
            // The holder's precedence is over their own proxy only: of the votes cast for the holder in post when
            // the latest was cast. A former holder's vote gives way to the later proxy of the holder who followed.
            const mine = valid.filter((v) => v.seat === counted.seat);
            const theirs = mine.filter((v) => tenure(v) === tenure(latestOf(mine)));
            const holders = theirs.filter((v) => appointmentOn(doc, v.seat, londonDate(v.cast)).holder === v.by);
            const pool = holders.length > 0 ? holders : theirs;
            expect(counted.vote, counted.seat).to.equal(latestOf(pool).id);
          }
        }
      }),
      RUNS,
    );
  });

  it('the order of the votes array never changes an outcome, a quorum or who may vote', () => {
    fc.assert(
      fc.property(validDocument, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (input, keys) => {
        // Two votes of one seat cast at the same instant included: received, then id, choose between them.
        const shuffled = structuredClone(input);
        shuffled.votes = shuffle(input.votes, keys);
        const [before, after] = [parsed(input), parsed(shuffled)];
        for (const proposal of before.proposals) {
          // The whole outcome: its counted and invalid votes in the same order too, as a page lists them.
          expect(outcome(after, proposal.id), proposal.id).to.deep.equal(outcome(before, proposal.id));
          for (const person of before.people) {
            expect(eligibleSeats(after, proposal.id, person.id)).to.deep.equal(
              eligibleSeats(before, proposal.id, person.id),
            );
          }
        }
        for (const meeting of before.meetings) {
          expect(quorum(after, meeting.id)).to.deep.equal(quorum(before, meeting.id));
        }
      }),
      FEW,
    );
  });

  it('votes of one seat cast at the same instant count the same however the document orders them', () => {
    const twin = fc.record({
      which: fc.nat(),
      choice: fc.constantFrom('for', 'against', 'abstain'),
      // The twin's receipt: none, the same as the original's, or seconds either side of its cast.
      received: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
      sameReceived: fc.boolean(),
      id: fc.constantFrom('a-twin', 'v-0-twin', 'z-twin'),
    });
    fc.assert(
      fc.property(
        validDocument,
        fc.array(twin, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
        (input, twins, keys) => {
          fc.pre(input.votes.length > 0);
          const changed = structuredClone(input);
          twins.forEach((t, n) => {
            const original = input.votes[t.which % input.votes.length];
            const received = t.sameReceived
              ? original.received
              : t.received === undefined
                ? undefined
                : shift(original.cast, t.received / 60);
            const copy: Json = { ...original, id: `${t.id}-${n}`, choice: t.choice };
            delete copy.received;
            if (received !== undefined) copy.received = received;
            changed.votes.push(copy);
          });
          const reordered = structuredClone(changed);
          reordered.votes = shuffle(changed.votes, keys);
          const before = parsedOrNull(changed);
          fc.pre(before !== null);
          const after = parsed(reordered);
          for (const proposal of before!.proposals) {
            expect(outcome(after, proposal.id), proposal.id).to.deep.equal(outcome(before!, proposal.id));
          }
        },
      ),
      RUNS,
    );
  });

  it('a vote received, or cast, after its proposal’s closes never counts', () => {
    fc.assert(
      fc.property(
        validDocument,
        fc.nat(),
        fc.integer({ min: 1, max: 50_000 }),
        fc.boolean(),
        (input, which, late, received) => {
          fc.pre(input.votes.length > 0);
          const index = which % input.votes.length;
          const proposal = input.proposals.find((p: Json) => p.id === input.votes[index].proposal);
          fc.pre(proposal.closes !== undefined);
          const changed = structuredClone(input);
          const vote = changed.votes[index];
          if (received) vote.received = shift(proposal.closes, late / 60);
          else [vote.cast, vote.received] = [shift(proposal.closes, late / 60), undefined];
          if (vote.received === undefined) delete vote.received;
          const doc = parsedOrNull(changed);
          fc.pre(doc !== null);
          expect(outcome(doc!, proposal.id).counted.map((c) => c.vote)).to.not.include(vote.id);
          expect(reasonOf(storedVoteValidity(doc!, doc!.votes[index]!))).to.equal('proposal-not-open');
        },
      ),
      RUNS,
    );
  });
});

describe('invariants: every act judged as at its moment', () => {
  it('an arrival recorded after a proposal’s moment changes nothing of its outcome', () => {
    const arrival = fc.record({
      proposal: fc.nat(),
      seat: fc.nat(),
      closes: fc.integer({ min: 0, max: 240 }),
      after: fc.integer({ min: 1, max: 240 }),
      as: fc.constantFrom('holder', 'proxy'),
    });
    fc.assert(
      fc.property(validDocument, arrival, (generated, a) => {
        const atMeetings = generated.proposals.filter((p: Json) => p.meeting);
        fc.pre(atMeetings.length > 0 && generated.groups[0].seats.length > 0);
        // The proposal closes during its meeting, so its moment is its closes.
        const input = structuredClone(generated);
        const proposal = input.proposals.find((p: Json) => p.id === atMeetings[a.proposal % atMeetings.length].id);
        const written = input.meetings.find((m: Json) => m.id === proposal.meeting);
        proposal.closes = shift(written.start, a.closes);
        // The seat that arrives late was not there before.
        const seat = input.groups[0].seats[a.seat % input.groups[0].seats.length];
        delete written.attendance[seat.id];
        const doc = parsedOrNull(input);
        fc.pre(doc !== null);
        const meeting = doc!.meetings.find((m) => m.id === proposal.meeting)!;
        const arrived = shift(proposal.closes, a.after);
        fc.pre(T(arrived) <= meetingEnd(meeting));
        const changed = structuredClone(input);
        changed.meetings.find((m: Json) => m.id === meeting.id).attendance[seat.id] = { as: a.as, arrived };
        const later = parsedOrNull(changed);
        fc.pre(later !== null);
        for (const other of doc!.proposals.filter((p) => p.meeting === meeting.id)) {
          // Its moment, or, decided after the meeting was over, its close: read over the meeting up to it.
          const at = decisionMoment(other, meeting) ?? other.closes;
          if (at === undefined || T(at) >= T(arrived)) continue;
          expect(decided(outcome(later!, other.id)), other.id).to.deep.equal(decided(outcome(doc!, other.id)));
        }
      }),
      FEW,
    );
  });

  it('a term ending after every act the document records changes no outcome and no quorum', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), (input, which) => {
        const seats = input.groups[0].seats;
        fc.pre(seats.length > 0);
        const index = which % seats.length;
        fc.pre(!seats[index].term?.to);
        const changed = structuredClone(input);
        const seat = changed.groups[0].seats[index];
        const last = seat.previous?.at(-1);
        seat.term = { from: seat.term?.from ?? (last ? addCalendarDays(last.to, 1) : '2000-01-01'), to: '2031-06-30' };
        const [before, after] = [parsed(input), parsedOrNull(changed)];
        fc.pre(after !== null);
        for (const proposal of before.proposals) {
          expect(decided(outcome(after!, proposal.id)), proposal.id).to.deep.equal(
            decided(outcome(before, proposal.id)),
          );
        }
        for (const meeting of before.meetings)
          expect(quorum(after!, meeting.id)).to.deep.equal(quorum(before, meeting.id));
      }),
      RUNS,
    );
  });
});

describe('invariants: a decision a year later', () => {
  it('a seat changing hands and a seat added after every act the document records change no decided outcome', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), (input, which) => {
        const seats = input.groups[0].seats;
        fc.pre(seats.length > 0);
        const changed = structuredClone(input);
        const seat = changed.groups[0].seats[which % seats.length];
        fc.pre(!seat.term?.to);
        // Its current appointment ends on the last day the document's dates reach, and someone else takes it.
        const last = seat.previous?.at(-1);
        const from = seat.term?.from ?? (last ? addCalendarDays(last.to, 1) : '1990-01-01');
        const ending = { holder: seat.holder, proxy: seat.proxy, from, to: '2030-12-31' };
        Object.assign(seat, { holder: 'p-0', proxy: null, term: { from: '2031-01-01' } });
        seat.previous = [...(seat.previous ?? []), ending];
        changed.groups[0].seats.push({
          id: 'seat-added',
          partner: 'partner-0',
          voting: true,
          holder: 'p-0',
          term: { from: '2031-01-01' },
        });
        const [before, after] = [parsed(input), parsedOrNull(changed)];
        fc.pre(after !== null);
        for (const proposal of before.proposals) {
          if (proposal.status !== 'closed' && proposal.status !== 'withdrawn') continue;
          // A decision with no date at all (no closes, no meeting, no vote in every copy) is judged by today's roster.
          const dated =
            proposal.closes !== undefined ||
            proposal.meeting !== undefined ||
            (proposal.ballot !== 'secret' && !proposal.count && before.votes.some((v) => v.proposal === proposal.id));
          if (!dated) continue;
          expect(outcome(after!, proposal.id), proposal.id).to.deep.equal(outcome(before, proposal.id));
        }
      }),
      RUNS,
    );
  });
});

describe('invariants: accepting a vote', () => {
  it('checkVote refuses for the contract’s first reason, and a stored vote is judged by the same rules', () => {
    fc.assert(
      fc.property(withProposalAndSeat, newVote, (input, v) => {
        const doc = parsed(input);
        const { vote, now } = voteFrom(input, v);
        const got = reasonOf(checkVote(doc, vote as Vote, { now }));
        fc.pre(got !== 'later-vote-stored');
        expect(got, JSON.stringify({ vote, now })).to.equal(reasonsOracle(doc, input, vote, now)[0] ?? 'ok');
        input.votes.forEach((stored: Json, i: number) => {
          const expected = reasonsOracle(doc, input, stored)[0] ?? 'ok';
          expect(reasonOf(storedVoteValidity(doc, doc.votes[i]!)), stored.id).to.equal(expected);
        });
      }),
      RUNS,
    );
  });

  it('a vote checkVote accepts, once stored, is valid and is the seat’s counted vote unless the holder’s or a later one is', () => {
    fc.assert(
      fc.property(withProposalAndSeat, newVote, (input, v) => {
        const doc = parsed(input);
        const { proposal, vote, now } = voteFrom(input, v);
        const check = checkVote(doc, vote as Vote, { now });
        const stored = parsed({ ...input, votes: [...input.votes, { ...vote, received: now }] });
        const validity = storedVoteValidity(stored, stored.votes.at(-1)!);
        if (!check.ok) {
          // Refused for who or what, not when: stored anyway, it would not count, for the same reason.
          const timing = ['proposal-not-open', 'cast-in-future', 'later-vote-stored', 'waited-too-long'];
          if (!timing.includes(check.reason)) expect(reasonOf(validity)).to.equal(reasonOf(check));
          return;
        }
        expect(validity.ok).to.equal(true);
        if (proposal.count) return;
        const counted = outcome(stored, proposal.id).counted.find((c) => c.seat === vote.seat);
        expect(counted, 'the seat has a counted vote').to.not.equal(undefined);
        if (counted!.vote === vote.id) return;
        const other = stored.votes.find((each) => each.id === counted!.vote)!;
        // The holder's over their own proxy's only: the holder in post when each was cast is the same one.
        const seat = input.groups
          .find((g: Json) => g.id === proposal.group)
          .seats.find((s: Json) => s.id === vote.seat);
        const sameTenure =
          tenureOracle(seat, londonDate(other.cast)) === tenureOracle(seat, londonDate(vote.cast as string));
        const holderOver = counted!.as === 'holder' && other.by !== vote.by && sameTenure;
        expect(holderOver || T(other.cast) > T(vote.cast), JSON.stringify(other)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('eligibleSeats at a moment names a seat exactly when checkVote at that moment would take a vote for it', () => {
    fc.assert(
      fc.property(withProposalAndSeat, newVote, (input, v) => {
        const doc = parsed(input);
        const { proposal, vote } = voteFrom(input, v);
        const check = checkVote(doc, vote as Vote, { now: vote.cast });
        const takes = check.ok || check.reason === 'later-vote-stored';
        const named = eligibleSeats(doc, proposal.id, vote.by, { at: vote.cast }).some((e) => e.seat === vote.seat);
        expect(named, JSON.stringify([vote, check])).to.equal(takes);
      }),
      RUNS,
    );
  });
});

describe('invariants: decision rules, result and quorum', () => {
  it('carries and votes needed agree with the contract’s words, by brute force', () => {
    const count = fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(20));
    const casting = fc.constantFrom(undefined, 'for' as const, 'against' as const, 'abstain' as const);
    fc.assert(
      fc.property(fc.constantFrom(...RULES), count, casting, (rule, [yes, no, abstain, more], chair) => {
        const entitled = yes + no + abstain + more;
        const tally = { for: yes, against: no, abstain, entitled };
        expect(carries(rule, tally)).to.equal(carriesOracle(rule, yes, no, abstain, entitled));
        // needed: the least votes for that carry it, the others as they stand, within the seats left; a tie
        // under simple majority carries when the chair's casting vote is for.
        let least: number | null = null;
        for (let n = 0; n <= entitled - no - abstain && least === null; n += 1) {
          const tieCarried = rule === 'simple-majority' && chair === 'for' && n === no && n > 0;
          if (carriesOracle(rule, n, no, abstain, entitled) || tieCarried) least = n;
        }
        expect(forVotesNeeded(rule, tally, chair)).to.equal(least);
      }),
      { numRuns: 1000 },
    );
  });

  it('result and standing follow the rule, the tie and the chair, quorum and status', () => {
    fc.assert(
      fc.property(validDocument, (input) => {
        const doc = parsed(input);
        const group = doc.groups[0]!;
        for (const proposal of doc.proposals) {
          const o = outcome(doc, proposal.id);
          const rule = proposal.decisionRule ?? group.decisionRule;
          let standing: string;
          if (o.quorate === false) standing = 'inquorate';
          else if (rule === 'simple-majority' && o.for === o.against && o.for > 0) {
            const chair = group.tieBreak === 'chair' ? group.seats.find((s) => s.role === 'chair') : undefined;
            const casting = chair && o.counted.find((c) => c.seat === chair.id)?.choice;
            standing = casting === 'for' ? 'carried' : casting === 'against' ? 'not-carried' : 'tied';
          } else standing = carriesOracle(rule, o.for, o.against, o.abstain, o.entitled) ? 'carried' : 'not-carried';
          const statuses: Record<Proposal['status'], string> = {
            closed: standing,
            withdrawn: 'not-carried',
            open: 'pending',
            draft: 'pending',
          };
          expect([o.standing, o.result], proposal.id).to.deep.equal([standing, statuses[proposal.status]]);
          expect(o.quorate === null).to.equal(proposal.meeting === undefined);
        }
      }),
      RUNS,
    );
  });

  it('quorum counts the seats present as the contract says, of those in post on the meeting’s date', () => {
    fc.assert(
      fc.property(validDocument, (input) => {
        const doc = parsed(input);
        const group = input.groups[0];
        for (const meeting of input.meetings) {
          const day = meeting.start.slice(0, 10);
          const result = quorum(doc, meeting.id);
          group.quorum.forEach((requirement: Json, i: number) => {
            const proxies = requirement.proxies ?? true;
            const selectedNow = group.seats.filter(
              (s: Json) => requirement.seats.voting === undefined || s.voting === requirement.seats.voting,
            );
            // docs/contract-notes.md: a seat first appointed after the day was no seat of the group then, and a seat
            // vacant on the day, or whose term had ended, is neither needed nor missing: under every requirement alike.
            const firstFrom = (s: Json): string | undefined => s.previous?.[0]?.from ?? s.term?.from;
            const existing = selectedNow.filter((s: Json) => !(firstFrom(s) !== undefined && day < firstFrom(s)!));
            const selected = existing.filter((s: Json) => {
              const a = appointmentOracle(s, day);
              return a.holder !== null && (a.to === null || day <= a.to);
            });
            const present = selected.filter((s: Json) =>
              entries(meeting, s.id).some((e) => e.as === 'holder' || (e.as === 'proxy' && proxies)),
            ).length;
            const min = requirement.min;
            const [a, b] = typeof min === 'string' && min.includes('/') ? min.split('/').map(Number) : [0, 1];
            const asked =
              typeof min === 'number' ? min : min === 'all' ? selected.length : Math.ceil((a! * selected.length) / b!);
            // At least one (docs/contract-notes.md): a requirement with no seat in post is not met by an empty room.
            const needed = Math.max(asked, 1);
            const got = result.requirements[i]!;
            const met = present >= needed;
            expect([got.present, got.needed, got.met]).to.deep.equal([present, needed, met]);
            expect(got.present + got.missing.length).to.equal(selected.length);
          });
        }
      }),
      RUNS,
    );
  });

  it('is monotonic: one more seat present never makes a quorate meeting inquorate', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), fc.nat(), fc.constantFrom('holder', 'proxy'), (generated, m, s, as) => {
        fc.pre(generated.meetings.length > 0 && generated.groups[0].seats.length > 0);
        const input = structuredClone(generated);
        const meeting = input.meetings[m % input.meetings.length];
        const seat = input.groups[0].seats[s % input.groups[0].seats.length];
        delete meeting.attendance[seat.id];
        const changed = structuredClone(input);
        changed.meetings[m % input.meetings.length].attendance[seat.id] = as;
        const after = parsedOrNull(changed);
        fc.pre(after !== null);
        const [was, is] = [quorum(parsed(input), meeting.id), quorum(after!, meeting.id)];
        if (was.quorate) expect(is.quorate).to.equal(true);
        is.requirements.forEach((r, i) => expect(r.present).to.be.at.least(was.requirements[i]!.present));
      }),
      RUNS,
    );
  });
});

describe('invariants: risks, actions and working days', () => {
  it('a risk’s score, band, appetite, review and trend agree with the contract', () => {
    fc.assert(
      fc.property(validDocument, date, (input, today) => {
        const doc = parsed(input);
        for (const risk of input.risks) {
          // The latest entry dated before `until`; of two on one date, the later in the document.
          const latestBefore = (until: string) => {
            const earlier = risk.history.filter((h: Json) => h.date < until);
            const lastDate = earlier.reduce((d: string, h: Json) => (h.date > d ? h.date : d), '');
            return earlier.filter((h: Json) => h.date === lastDate).at(-1);
          };
          // Rated as it stood on today: re-rated after it, the entry in force on today, its trend against the one
          // before; else the current rating, its trend against the latest entry before today.
          const inForce = risk.history.some((h: Json) => h.date > today) ? latestBefore(`${today}~`) : undefined;
          const rating = inForce ?? risk;
          const score = rating.likelihood * rating.impact;
          const last = latestBefore(inForce ? inForce.date : today);
          const before = last ? last.likelihood * last.impact : null;
          const expected = {
            score,
            band: score <= 4 ? 'Low' : score <= 12 ? 'Medium' : 'High',
            aboveAppetite: risk.category === 'financial' && score > 8,
            reviewOverdue: risk.status === 'open' && risk.review !== undefined && risk.review < today,
            trend: before === null ? null : score > before ? 'up' : score < before ? 'down' : 'steady',
          };
          const got = riskStatus(doc, risk.id, today);
          const { aboveAppetite, reviewOverdue, trend } = got;
          expect({ score: got.score, band: got.band.label, aboveAppetite, reviewOverdue, trend }).to.deep.equal(
            expected,
          );
        }
      }),
      RUNS,
    );
  });

  it('an action’s status: overdue before today, due soon up to 7 days after, done late after its due date', () => {
    fc.assert(
      fc.property(validDocument, date, (input, today) => {
        const doc = parsed(input);
        for (const action of doc.actions) {
          // The kit's choice: done with a completion after today was not done yet on today.
          if (action.status === 'done' && action.completed && action.completed > today) continue;
          let expected: string;
          if (action.status === 'dropped') expected = 'dropped';
          else if (action.status === 'done')
            expected = action.completed && action.completed > action.due ? 'done-late' : 'done';
          else if (action.due < today) expected = 'overdue';
          else if (action.due <= addCalendarDays(today, 7)) expected = 'due-soon';
          else expected = action.status;
          expect(actionStatus(doc, action.id, today), action.id).to.equal(expected);
        }
      }),
      RUNS,
    );
  });

  it('working days skip weekends and the holidays, either way, and the deadlines use them', () => {
    const holidays = fc.array(date, { maxLength: 20 });
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), holidays, (from, days, closed) => {
        const open = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) && !closed.includes(d);
        let current = from;
        for (let left = Math.abs(days); left > 0;) {
          current = addCalendarDays(current, Math.sign(days));
          if (open(current)) left -= 1;
        }
        expect(addWorkingDays(from, days, closed)).to.equal(current);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(validDocument, (input) => {
        const doc = parsed(input);
        for (const meeting of doc.meetings) {
          const day = meeting.start.slice(0, 10);
          const deadlines = meetingDeadlines(doc, meeting.id);
          expect(deadlines.noticeDue).to.equal(addWorkingDays(day, -7));
          expect(deadlines.minutesDue).to.equal(addWorkingDays(day, 7));
          const sent = meeting.noticeSent;
          expect(deadlines.noticeLate).to.equal(sent === undefined ? null : sent > deadlines.noticeDue);
        }
      }),
      FEW,
    );
  });
});

describe('invariants: nothing throws', () => {
  it('for any valid document, every rule answers for every record it names', () => {
    fc.assert(
      fc.property(validDocument, date, fc.integer({ min: 0, max: 23 }), (input, today, hour) => {
        const doc = parsed(input);
        const now = `${today}T${String(hour).padStart(2, '0')}:00:00Z`;
        for (const proposal of doc.proposals) {
          outcome(doc, proposal.id);
          outcome(doc, proposal.id, { now, today });
          for (const person of doc.people) {
            eligibleSeats(doc, proposal.id, person.id);
            eligibleSeats(doc, proposal.id, person.id, { at: now });
            ineligibility(doc, proposal.id, person.id, today);
          }
        }
        for (const vote of doc.votes) {
          voteValidity(doc, vote);
          checkVote(doc, vote, { now });
        }
        for (const meeting of doc.meetings) {
          quorum(doc, meeting.id, { at: now, today });
          meetingDeadlines(doc, meeting.id, { today });
        }
        for (const risk of doc.risks) riskStatus(doc, risk.id, today);
        for (const action of doc.actions) actionStatus(doc, action.id, today);
        rosterWarnings(doc, 'g', today);
        for (const viewer of [null, ...doc.people.map((p) => p.id)]) publishedDocument(doc, viewer, now);
      }),
      FEW,
    );
  });
});
