/**
 * What the quorum indicator reads of its meeting in one document: the core's
 * quorum on the meeting's day, its quorum in the room at a moment while the
 * meeting is on, who is in the room then, and the arrivals and departures;
 * worked out once and shared by every indicator showing the same document.
 * The indicator asked the core again at every render: a clock's tick every
 * half minute, an announcement of the check-in, or an indicator mounted
 * again (a single-page app's next view) judged the whole meeting afresh
 * (issue 12).
 *
 * A page never changes a document in place: a change makes a new one
 * (src/rules/changes.ts), so an answer stays true for as long as its document
 * lives, and the WeakMap lets both go together. Of each question only the
 * latest answer is kept for each meeting: the moment in the room moves with
 * the clock, and a meeting of three hours would otherwise keep an answer for
 * every tick.
 */
import type { Meeting, PartnershipDocument } from '../../src/contract/index.js';
import { awaitingAttendance, inTheRoom, meetingEnd, movements, quorum } from '../../src/rules/index.js';

type Question = 'on the day' | 'in the room' | 'who is in the room' | 'movements';

/** The latest answer to each question of each meeting, by the input it was asked with, by document. */
const answers = new WeakMap<PartnershipDocument, Map<string, { input: string; answer: unknown }>>();

function kept<T>(document: PartnershipDocument, question: Question, meeting: string, input: string, ask: () => T): T {
  let known = answers.get(document);
  if (!known) answers.set(document, (known = new Map()));
  const key = JSON.stringify([question, meeting]);
  const found = known.get(key);
  if (found?.input === input) return found.answer as T;
  const answer = ask();
  known.set(key, { input, answer });
  return answer;
}

/**
 * The core's `quorum(document, meeting, { today, now })`, kept. Of `now`, only whether attendance is still awaited
 * then (the core's `awaitingAttendance`: the meeting not yet over) is kept with the answer, as it is all the answer
 * reads of the clock, whose every tick would otherwise ask the core again. Asked with `now` only once the meeting
 * was over, a meeting still on past midnight read "Not quorate" at 00:01, by the date alone.
 */
export const quorumOnTheDay = (document: PartnershipDocument, meeting: string, today: string, now?: string) =>
  kept(document, 'on the day', meeting, `${today} ${awaitingAttendance(document, meeting, today, now)}`, () =>
    quorum(document, meeting, { today, now }),
  );

/** The core's `quorum(document, meeting, { at })`, kept. */
export const quorumInTheRoom = (document: PartnershipDocument, meeting: string, at: string) =>
  kept(document, 'in the room', meeting, at, () => quorum(document, meeting, { at }));

/** The core's `inTheRoom(document, meeting, at)`, kept. */
export const whoIsInTheRoom = (document: PartnershipDocument, meeting: string, at: string) =>
  kept(document, 'who is in the room', meeting, at, () => inTheRoom(document, meeting, at));

/** The core's `movements(document, meeting, until)`, kept. */
export const movementsUntil = (document: PartnershipDocument, meeting: string, until?: string) =>
  kept(document, 'movements', meeting, String(until), () => movements(document, meeting, until));

/**
 * The next moment the indicator's view changes by the clock alone: the meeting's start (the room's view appears),
 * else its end (the whole meeting's verdict). Its clock ticks every half minute, and the verdict came up to that
 * late; on a page fixed on another day, with no end written, the end is that day's midnight by the hour.
 */
export function viewChangesAt(meeting: Meeting, now: string): string | undefined {
  const at = Date.parse(now);
  const start = Date.parse(meeting.start);
  if (at < start) return new Date(start).toISOString();
  const end = meetingEnd(meeting);
  return at <= end ? new Date(end).toISOString() : undefined;
}
