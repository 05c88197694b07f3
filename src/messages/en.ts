/**
 * English: every word the kit shows or the core explains. The core's words
 * (rules and contract) are in `en-core.ts`, which a server loads alone; this
 * module adds every element's words. A Welsh module (`cy.ts`) has the same
 * keys; a council adds or changes wording with `registerMessages` (see
 * `registry.ts`).
 *
 * Dates and numbers go through `format` (Intl, en-GB, GOV.UK style: "4pm",
 * "1 December 2026"). Counts go through `format.plural`, never `=== 1`.
 */
import type {
  ActionRecordStatus,
  Attendance,
  DecisionRule,
  ProposalStatus,
  Rag,
  Risk,
  VoteChoice,
  ProblemValues,
} from '../contract/index.js';
import type { ActionStatus, ChangeRefusal, ProjectMonthState, RequirementResult, SeatBar } from '../rules/index.js';
import type { HostNote, HostNoteReason, LoadFailure, RetryReason } from '../data/index.js';
import { ATTENDANCE_WORDS, enCore, minutesAsWords, notInIdSentence } from './en-core.js';
import { closestId } from '../contract/closest-id.js';
import { characterNotInId } from '../contract/problems.js';
import { safeFileName } from './file-name.js';
import { closingSentences, endsSentence } from './sentence.js';
import type { Names } from './names.js';
import { dayOfMoment, madeOnFirstUse, type Format } from './format.js';

const { format } = enCore;
/** What a record too large for the host carries: its size, the host's limit, and whether its `ext` is what is. */
type TooLargeValues = ProblemValues['too-large'];
/** The check-in's words for a seat's attendance, which its refusals name too (en-core.ts). */
const { left: checkedOut, ...attendanceWords } = ATTENDANCE_WORDS;

/**
 * When a proposal's quorum was judged, with its preposition: "at 4:45pm" on the meeting's own day, else "on 11
 * March 2026 at 12:15am". A midnight is said with the day it ends, never as a time alone.
 */
function judgedAt(at: string, meetingStart: string): string {
  const day = dayOfMoment(at);
  const sameDay = !day.endsDay && day.date === dayOfMoment(meetingStart).date;
  return sameDay ? `at ${format.time(at)}` : `on ${format.dateTime(at)}`;
}

/** Some of a group's seats: "one of the seats", "3 of the seats". */
const seatsOfThem = (n: number): string => `${n === 1 ? 'one' : n} of the seats`;

/** A quorum requirement not met, as a clerk minutes it: "Two from A or B had 1 present of 2 needed". */
const shortfall = ({ label, present, needed }: Pick<RequirementResult, 'label' | 'present' | 'needed'>): string =>
  `${label} had ${present} present of ${needed} needed`;

/** A moment in a host's note as a time of day ("4:40pm"); its values come from the host, unchecked. */
const noteTime = (value: unknown): string => format.time(String(value));

/** Why the host timed a check-in that waited by its own clock (its answer's `note`), after "Recorded at 4:40pm…: ". */
const timedWhy: Record<HostNoteReason, (values: Record<string, unknown>) => string> = {
  'at-in-future': () =>
    'this device’s clock was more than a minute ahead of the system’s when it was saved. Check the device’s clock.',
  'waited-too-long': (v) =>
    `it was saved more than ${minutesAsWords(Number(v.maxWaitMinutes), format)} before, longer than a check-in may wait on a device.`,
  'before-doors-open': (v) =>
    `it says it was saved before ${noteTime(v.doorsOpen)}, earlier than anyone can arrive for this meeting. Check the device’s clock.`,
  'before-decision': (v) =>
    `it reached the system after voting closed at ${noteTime(v.closes)}, so it does not change that decision.`,
  'before-seat-times': (v) => `a later time, ${noteTime(v.recorded)}, was already recorded for this seat.`,
};

/**
 * A download's file name, with the part of the partnership it holds when not the whole (a group, meeting,
 * project, person or status): "Sutton Education Partnership – Schools Forum actions.csv". One way for every
 * download, so a calendar and a CSV of the same view are named alike; safe for any file system. The en dash
 * the parts are joined with (part-name.ts) joins the partnership's name too.
 */
const partFile = (partnership: string, part: string | undefined, what: string): string =>
  safeFileName(part ? `${partnership} – ${part} ${what}` : `${partnership} ${what}`);

/**
 * Why no one could give the chair's casting vote (`outcome().castingSeat.barred`), as what the chair's seat is
 * (`past`: once voting closed, as at the close). Not "has no vote": a vacant seat has a vote no one can give.
 */
function chairBarred(bar: SeatBar, seat: string, n: Names, past: boolean): string {
  const chairs = `the chair’s seat, ${seat},`;
  const then = past ? 'when voting closed' : '';
  switch (bar.reason) {
    case 'vacant-seat':
      return past ? `${chairs} was vacant ${then}` : `${chairs} is vacant`;
    case 'term-ended':
      return `${chairs} ${past ? `had no one in post ${then}` : 'has no one in post'} (its term ended on ${n.format.date(bar.values.to)})`;
    case 'term-not-started':
      return past
        ? `${chairs} had no one in post ${then} (its term began on ${n.format.date(bar.values.from)})`
        : `${chairs} has no one in post yet (its term begins on ${n.format.date(bar.values.from)})`;
    case 'declared-interest':
      return `${chairs} ${past ? 'had no one who could vote' : 'has no one who may vote'} (${n.person(bar.values.person)} declared an interest and withdrew)`;
  }
}

// The elements' words.

const choices: Record<VoteChoice, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };
const decisionRules: Record<DecisionRule, string> = {
  'simple-majority': 'simple majority: more votes for than against',
  'absolute-majority': 'absolute majority: votes for from more than half of all voting seats',
  'two-thirds': 'two-thirds majority: at least two thirds of the votes for or against are for',
  'three-quarters': 'three-quarters majority: at least three quarters of the votes for or against are for',
  unanimous: 'unanimity: every vote cast is for, with no votes against and no abstentions',
};
/** "November 2019" for "2019-11": the month in words, as a report's heading names it. */
const monthFormat = madeOnFirstUse(
  () => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const monthName = (period: string): string => {
  const first = new Date(`${period}-01T00:00:00Z`);
  return Number.isNaN(first.getTime()) ? period : monthFormat().format(first);
};
/**
 * The fields of a sent record a host's refusal may be about (its `path`, like `vote.seat`) that an element names in
 * the member's words. The record as a whole, its `id`, `was` and `ext` are not named: the reason already says them.
 */
export type RefusedField =
  | 'vote.proposal'
  | 'vote.seat'
  | 'vote.by'
  | 'vote.cast'
  | 'attendance.meeting'
  | 'attendance.seat'
  | 'attendance.by'
  | 'attendance.attendance'
  | 'action.action'
  | 'action.by'
  | 'action.completed';

/** A refused record's field, said after why it was refused, so the member knows which of their choices it was. */
const refusedAt: Record<RefusedField, string> = {
  'vote.proposal': 'This is about the proposal you voted on.',
  'vote.seat': 'This is about your vote’s seat.',
  'vote.by': 'This is about who cast the vote.',
  'vote.cast': 'This is about when your vote was cast.',
  'attendance.meeting': 'This is about the meeting the change is for.',
  'attendance.seat': 'This is about the seat the change is for.',
  'attendance.by': 'This is about who recorded the change.',
  'attendance.attendance': 'This is about the attendance chosen.',
  'action.action': 'This is about the action the change is for.',
  'action.by': 'This is about who made the change.',
  'action.completed': 'This is about the completion date.',
};

/** Why a change on an action's row still waits, after it is said to be saved on this device. */
const changeRetry: Record<RetryReason, string> = {
  offline: 'You are offline: it will be sent when the connection returns.',
  unreachable: 'The server could not be reached: it will be tried again shortly.',
  'server-error': 'The server could not take it just now: it will be tried again shortly.',
  timeout: 'The server took too long to answer: it will be tried again shortly.',
  'signed-out': 'You are not signed in, or your session has ended: sign in and it will be sent.',
  refused: 'The server turned it away: it is tried again each minute.',
  'other-site':
    'The server does not accept changes sent from the site this page is on. Signing in again will not help: only the site’s web team can change this. It is tried again each minute.',
};

const voteRetry: Record<RetryReason, string> = {
  offline: 'Queued: you are offline. It will be sent when the connection returns.',
  unreachable: 'Queued: the server could not be reached. It will be sent again shortly.',
  'server-error': 'Queued: the server could not take it just now. It will be sent again shortly.',
  timeout: 'Queued: the server took too long to answer. It will be sent again shortly.',
  'signed-out':
    'Queued: you are not signed in, or your session has ended. Once you sign in on this browser, it will be sent.',
  refused:
    'Queued: the server turned it away. It is kept on this device and tried again each minute; if this goes on, tell whoever runs this site.',
  'other-site':
    'Queued: the server does not accept votes sent from the site this page is on. You are signed in, and signing in again will not help: only the site’s web team can change this, so tell whoever runs this site. Your vote is kept on this device and tried again each minute.',
};

/**
 * What is wrong with an attribute's `id`, as the document's check says it of an id in the document: a character
 * no id can have (a no-break space a CMS put in is invisible when quoted), or the id it most likely meant.
 */
function idHint(id: string, known: readonly string[]): string {
  const notInId = characterNotInId(id);
  if (notInId) return `${notInIdSentence(notInId, format)} `;
  const meant = closestId(id, new Set(known));
  return meant === undefined ? '' : `Did you mean '${meant}'? `;
}

/**
 * "Set the meeting attribute to one of: a, b, c.": the ids a web team may mean; of a long list, the first ten.
 * Given the `id` the attribute has, what is wrong with it first.
 */
function setOneOf(attribute: string, known: readonly string[], id?: string): string {
  const named = known.slice(0, 10).join(', ');
  const hint = id === undefined ? '' : idHint(id, known);
  return `${hint}Set the ${attribute} attribute to one of: ${known.length > 10 ? `${named}, … (${known.length} in all)` : named}.`;
}

/** An attribute naming what the document does not have: which ids it has, or where to add the first. */
function unknownId(noun: string, attribute: string, plural: string, id: string, known: readonly string[]): string {
  return known.length === 0
    ? `There is no ${noun} with the id '${id}': the document has no ${plural} yet. Add it under "${plural}".`
    : `There is no ${noun} with the id '${id}'. ${setOneOf(attribute, known, id)}`;
}

/** Who sits for a seat: the seat, and the person unless the seat's label already names them; a proxy says so. */
function sitting(seat: string, person: string | undefined, as: 'holder' | 'proxy'): string {
  const who = person && !seat.includes(person) ? `${seat}: ${person}` : seat;
  return as === 'proxy' ? `${who} (proxy)` : who;
}

/** Every word of the kit in English, as written: `en` closes their sentences. */
const english = {
  ...enCore,
  /** The words' writing direction, set on the element's content: English stays left to right on a right-to-left page. */
  dir: 'ltr' as 'ltr' | 'rtl',
  shared: {
    /** By a Save whose radios differ from what is recorded: a clerk who moves on would lose the choice. */
    notSaved: 'Not saved yet: press Save',
    loading: 'Loading the partnership’s information…',
    loadingSlow: 'This is taking longer than usual: the connection may be slow. It is still loading.',
    problemTitle: 'There is a problem',
    contractIntro: (total: number, listed: number) =>
      total === 1
        ? 'The partnership document has a problem, so nothing is shown from it. Correct it in the document:'
        : total > listed
          ? `The partnership document has ${total} problems, so nothing is shown from it. Here are the first ${listed}: correct them in the document, then check it again.`
          : `The partnership document has ${total} problems, so nothing is shown from it. Correct them in the document:`,
    wholeDocument: 'the whole document',
    failure: (failure: LoadFailure): string => {
      switch (failure.kind) {
        case 'network':
          if (failure.blockedByPolicy) {
            return `The partnership’s information could not be loaded: this page’s Content-Security-Policy does not allow fetching ${failure.url}. The site’s web team can allow it in the policy’s connect-src.`;
          }
          return `The partnership’s information could not be loaded: the connection failed (${failure.message}). Check your connection and reload the page.`;
        case 'http':
          if (failure.status === 404) {
            return `The partnership’s information could not be found at ${failure.url} (HTTP 404). Check the address in the element’s src attribute.`;
          }
          // Trying again later does not mend a refusal to show it: signing in may.
          if (failure.status === 401 || failure.status === 403) {
            return `The partnership’s information could not be loaded from ${failure.url}: the server did not allow it (HTTP ${failure.status}). If this page is for members, sign in and reload the page.`;
          }
          return `The partnership’s information could not be loaded from ${failure.url}: the server answered HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}. Try again later.`;
        case 'not-web-address':
          return `The partnership’s information cannot be loaded from ${failure.url}: the element’s src attribute must be a web address (http: or https:), not one starting ${failure.scheme}. Give it the address of the JSON file.`;
        case 'curly-quotes':
          return `The partnership’s information cannot be loaded from ${failure.src}: the element’s src attribute is in curly quotes, which the page reads as part of the address. Use straight double quotes ("), not curly quotes (${failure.quote}) from a word processor: src="${failure.address}".`;
        case 'timeout':
          return `The partnership’s information did not arrive from ${failure.url} within ${format.plural(failure.seconds, { one: '# second', other: '# seconds' })}. Check your connection, then try again.`;
        case 'not-json':
          if (failure.webPage) {
            return `The address ${failure.url ?? ''} sent a web page, not the partnership’s information as JSON. Check the address in the element’s src attribute: the file may have moved, or the site may need you to sign in.`;
          }
          if (failure.empty) {
            return 'The <script type="application/json"> inside the element is empty, so there is nothing to show. If the JSON was pasted into it, the page’s editor removed it when the page was saved: set the editor up as the kit’s docs/embedding.md says (“In a CMS’s rich-text editor”), or give the element a src attribute instead.';
          }
          // Without a URL the JSON was written in the page, inside the element.
          return failure.syntax
            ? `The partnership’s information has a mistake in its JSON. Check ${failure.url ? `the file at ${failure.url}` : 'the JSON inside the element’s <script type="application/json">'}, ${enCore.json.place(failure.syntax)}.${` ${enCore.json.mistake(failure.syntax)}`.trimEnd()}`
            : `The partnership’s information could not be read as JSON (technical message: ${failure.message}). Check ${failure.url ? `the file at ${failure.url}` : 'the JSON inside the element’s <script type="application/json">'} with a JSON validator.`;
        case 'no-source':
          if (failure.dataAttribute !== undefined) {
            return `No partnership document was given: the element has a data attribute, '${failure.dataAttribute}', but a document is given as the data property, not as an attribute. A framework that sets attributes (React 18 does) writes a document given as data={document} as '[object Object]'. Set the property in a script (React 19 does), or give the element a src attribute instead.`;
          }
          if (failure.scriptType !== undefined) {
            return `No partnership document was given: the <script> inside the element has type="${failure.scriptType}", so the element does not read it. Give the script type="application/json" if it holds the partnership’s JSON.`;
          }
          if (failure.dataUndefined) {
            return 'No partnership document was given: the <partnership-data> this element is inside does nothing, because its script is not on the page. Add <script type="module" src="…/components/partnership-data.js"></script> beside the element’s own script, from the same folder, or load partnership-kit.js, which has every element.';
          }
          if (failure.dataWithoutSrc) {
            return 'No partnership document was given: the <partnership-data> this element is inside has no src attribute. Give it the address of the document, like <partnership-data src="/data/partnership.json">. If it had one, the page’s editor removed it: set the editor up as the kit’s docs/embedding.md says (“In a CMS’s rich-text editor”).';
          }
          return 'No partnership document was given. Set the src attribute, put a <script type="application/json"> inside the element, or place it inside <partnership-data src="…">.';
        case 'contract':
          return en.shared.contractIntro(failure.total, failure.problems.length);
      }
    },
    /**
     * The host cannot be reached: a fetch failed, or the live channel was lost. No time is given: a demo's clock (the
     * element's `now`) is not the device's.
     */
    unreachable: 'The connection to this site was lost, so what is shown may be out of date. Trying again…',
    /**
     * The live channel has never opened (the page's policy, CORS, a host it cannot reach): the document is still
     * fetched at each try, so others' changes come late, and the member's own wait on the device until sent.
     */
    liveUnopened:
      'This page cannot get live updates, so votes and changes made on other devices show here only when it checks again, about every half minute. Your own are kept on this device until they have been sent.',
    /**
     * The live channel opens but is ended at once, try after try (a proxy closing it): as `liveUnopened`, the
     * document is fetched at each try instead.
     */
    liveEnding:
      'Live updates keep stopping on this page, so votes and changes made on other devices show here only when it checks again, about every half minute. Your own are kept on this device until they have been sent.',
    savedCopy: (fetchedAt: string, refreshing: boolean) =>
      refreshing
        ? `Showing the copy saved on this device on ${format.dateTime(fetchedAt)} while the latest loads.`
        : `Showing the copy saved on this device on ${format.dateTime(fetchedAt)}. It may be out of date: the latest could not be loaded.`,
    /** In the saved copy's notice once the latest replaced it: the notice keeps its place, so nothing below it moves. */
    latestLoaded: 'The latest has loaded in place of the copy saved on this device.',
    /** A `today` or `now` attribute that is not a date or date-time, and what the element uses instead. */
    notAMoment: (attribute: 'today' | 'now', value: string) =>
      attribute === 'today'
        ? `The today attribute is '${value}', which is not a date written YYYY-MM-DD (like 2019-12-10), so today’s date is used.`
        : `The now attribute is '${value}', which is not a date and time with its offset (like 2019-10-15T16:30:00+01:00), so this device’s clock is used.`,
    tryAgain: 'Try again',
    /**
     * "Try again" as a screen reader names it on each element, saying what it loads: a page of three failed
     * elements listed three identical buttons. It begins with the visible words, so a voice user can say them.
     */
    tryAgainLoading: {
      'partnership-roster': 'Try again: load the partnership’s members',
      'vote-panel': 'Try again: load the vote',
      'quorum-indicator': 'Try again: load the quorum',
      'risk-register': 'Try again: load the risk register',
      'action-tracker': 'Try again: load the actions',
      'highlight-report': 'Try again: load the highlight report',
    } as Record<string, string | undefined>,
    /** A record kept on this device because someone else, or nobody, is signed in. */
    waitingForOwner: (name: string) => `Saved on this device. Sign in as ${name} to send it.`,
    /** The host's own words, when it kept a record back without refusing it. */
    hostSaid: (message: string) => `The server said: ${message}`,
    /**
     * Of a record the host turned away and that waits to be sent again, when the host gave no words: its HTTP
     * status alone, which is not a reason.
     */
    hostGaveNoReason: (status: number | undefined) =>
      status === undefined
        ? 'The server gave no reason.'
        : `The server gave no reason, only its status (HTTP ${status}).`,
    /** Of a record the host turned away as too large (HTTP 413), which waits to be sent again: it cannot go as it is. */
    hostTookTooLarge:
      'The server says it is too large (HTTP 413), so it will not get through until the site’s web team raises the server’s limit: tell whoever runs this site.',
    /**
     * The host's own words for a refusal whose code this language does not know: in English, as they are. They
     * follow a refusal's own words and a colon ("Not accepted: …"), so they bring no colon of their own.
     */
    hostWords: (message: string) => message,
    /** The field of a refused record the host named (`path`), in the member's words: after why it was refused. */
    refusedAt,
    /** This device could not store a record; `error` is the browser's words. */
    notStored: (error: string) =>
      `this device could not save it, so it was not sent (${error}). Allow this site to store data, or free some space, then try again.`,
    /** The host refused a record without saying why. */
    hostRefused: (status: number | undefined) =>
      status === undefined ? 'The server refused it.' : `The server refused it (HTTP ${status}).`,
    /**
     * The host refused a record as larger than it takes (`too-large`): the record, or (`field: "ext"`) the data the
     * site's page adds to it. Nothing the member chose made it so: the site's web team can.
     */
    recordTooLarge: (v: TooLargeValues, f: Format = format) =>
      v.field === 'ext'
        ? `The data this site’s page adds to it (its “ext”) is ${f.number(v.size)} bytes, more than the ${f.number(v.limit)} bytes the server takes. Trying again will not help: tell the site’s web team, who can make that data smaller.`
        : `It is larger than the server takes (at least ${f.number(v.size)} bytes, where the most is ${f.number(v.limit)}). Trying again will not help: tell the site’s web team, who can raise the server’s limit or make the data the page adds to it smaller.`,
    indicative: 'Votes are indicative: the partnership steers decisions, and holds no delegated statutory powers.',
    errorPrefix: 'Error:',
  },

  votePanel: {
    choice: (choice: VoteChoice) => choices[choice],
    status: (status: ProposalStatus) =>
      ({ draft: 'Draft', open: 'Open for votes', closed: 'Closed', withdrawn: 'Withdrawn' })[status],
    result: (result: 'carried' | 'not-carried' | 'tied' | 'inquorate' | 'pending') =>
      ({
        carried: 'Carried',
        'not-carried': 'Not carried',
        tied: 'Tied, so not carried',
        inquorate: 'Not decided: the meeting was not quorate',
        pending: 'Pending',
      })[result],
    proposedBy: (group: string) => `Proposed by the ${group}`,
    decidedAt: (when: string, open: boolean) => `${open ? 'To be decided' : 'Decided'} at the meeting on ${when}`,
    // Withdrawn, or the meeting not quorate: nothing was, or will be, decided there.
    forMeeting: (when: string) => `For the meeting on ${when}`,
    votingClosed: 'Voting on this proposal has closed.',
    // Withdrawn before a vote, or while voting: either way nothing was, or will be, decided.
    withdrawn: 'This proposal was withdrawn, so it will not be decided.',
    notOpenYet: 'This proposal is not open for votes.',
    closes: (when: string) => `Voting closes on ${when}`,
    summary: 'Summary',
    rationale: 'Rationale',
    yourVote: 'Your vote',
    // Whose vote it is: "How do you vote for Pupil Referral Units?" read as a vote for the units.
    legendHolder: (seat: string) => `Your vote as the representative of ${seat}`,
    legendProxy: (seat: string, holder: string) => `Your vote as proxy for ${holder}, the representative of ${seat}`,
    castButton: 'Cast vote',
    // After "Cast vote" or "Change vote" in the button's name: "vote for Special Schools" read as a vote for them.
    // Unseen, so it begins with a space and no comma: Chromium puts a space before an unseen part ("Cast vote , seat").
    forSeat: (seat: string) => ` on behalf of ${seat}`,
    changeButton: 'Change vote',
    chooseFirst: 'Select how you want to vote',
    unchanged: (choice: string) => `Your vote is already “${choice}”. Choose another to change it.`,
    current: (choice: VoteChoice, when: string) =>
      `Your vote on behalf of this seat is recorded: “${choices[choice]}”, cast on ${when}. You can change it while the proposal is open.`,
    inPlaceOf: (holder: string) =>
      `${holder}, the seat's representative, declared an interest and withdrew for this item, so you vote on behalf of the seat in their place.`,
    holderCounts: (holder: string) =>
      `${holder}, the seat's representative, has also voted. A representative's vote counts before their proxy's, so yours is kept but not counted.`,
    // Before the proxy votes: what they cast would not count, and they may rather not cast it.
    holderVotedFirst: (holder: string) =>
      `${holder}, the seat's representative, has already voted. A representative's vote counts before their proxy's, so a vote you cast here is kept but not counted.`,
    waiting: (choice: VoteChoice) =>
      `Your vote “${choices[choice]}” is saved on this device and waiting to be sent. Changing it sends the new one after it.`,
    signIn: 'Sign in to the portal to vote.',
    youWithdrew: 'You declared an interest in this proposal and withdrew for the item, so you cannot vote on it.',
    // A vote still on the device near the closing time: like a postal vote, it counts only if it arrives in time.
    reachInTime: (closes: string) => `It counts only if it reaches the server before voting closes on ${closes}.`,
    reachedTooLate: (closes: string) =>
      `Voting closed on ${closes}. It counts only if it reached the server before then.`,
    // Declarations of interest.
    declarationsTitle: 'Declarations of interest',
    declaredFor: (person: string, seat: string) => `${person}, ${seat}`,
    /**
     * The interest as the document words it, ended as a sentence: written without a full stop, a screen reader
     * read it and "Withdrew for this item" after it as one sentence.
     */
    interest: (interest: string) => (endsSentence(interest) ? interest : `${interest}.`),
    withdrewForItem: 'Withdrew for this item and does not vote on it.',
    stayedForItem: 'Did not withdraw.',
    declaredAt: (when: string) => `Declared on ${when}.`,
    cannotVote: 'You cannot vote on this proposal.',
    /**
     * Beside the form of a seat they may vote for: the member's other seats they may not (a proxy whose holder came
     * back, a term that ended), `seats` named as a list. "You cannot vote on this proposal" would be untrue there.
     */
    cannotVoteFor: (seats: string) => `You cannot vote on behalf of ${seats} on this proposal.`,
    // Outbox states, announced in the status region.
    recorded: (choice: VoteChoice, seat: string) =>
      `Recorded: your vote “${choices[choice]}” on behalf of ${seat}. Thank you: it is with the partnership.`,
    /** A proxy's vote recorded while the holder's counts: said in the announcement, not only in a note beside it. */
    recordedNotCounted: (choice: VoteChoice, seat: string, holder: string) =>
      `Recorded: your vote “${choices[choice]}” on behalf of ${seat}. It is kept but not counted: ${holder}, the seat's representative, has also voted, and a representative's vote counts before their proxy's.`,
    /** A count withheld while voting was open, on its way from the host now that voting has closed. */
    countComing: 'Voting has closed. The count is being fetched…',
    countNotPublished:
      'Voting has closed. The count of this secret ballot has not been published yet: it is shown here once it is.',
    closedNow: (result: string) => `Voting has closed. Result: ${result}.`,
    // The public's live count read after the close (`liveCountOutlived`): said in place of the result.
    liveCountOutlived:
      'Voting has closed. These totals were published while voting was open, and seats may have voted since, so the result cannot be read from them.',
    withdrawnNow: 'Voting has stopped: the proposal was withdrawn.',
    closedVote: (seat: string, choice: VoteChoice) => `Your vote on behalf of ${seat}: “${choices[choice]}”.`,
    /**
     * The member's vote the count does not take, with the rules' `reason`: a proxy's vote judged invalid once the
     * holder's check-in that waited on the clerk's device put the holder in the room before it.
     */
    notCounted: (seat: string, choice: VoteChoice, when: string, reason: string) =>
      `Your vote “${choices[choice]}” on behalf of ${seat}, cast on ${when}, is not counted: ${reason}`,
    closedRefused: (seat: string, choice: VoteChoice, reason: string) =>
      `Your vote “${choices[choice]}” on behalf of ${seat} was not accepted: ${reason}`,
    /**
     * The member's vote still on this device once they can no longer vote (`closed`: voting has closed; else they
     * cannot vote now, a proxy whose holder came back): named until the host answers for it.
     */
    stillWaiting: (seat: string, choice: VoteChoice, closed: boolean) =>
      `Your vote “${choices[choice]}” on behalf of ${seat} is still saved on this device, and the server has not confirmed it: it is counted only if the server accepts it.${closed ? ' Voting has closed, so unless it reached the server before then, it will most likely not be accepted.' : ''}`,
    queued: (problem?: RetryReason) => (problem ? voteRetry[problem] : 'Saved on this device, sending…'),
    rejected: (reason: string) => `Not accepted: ${reason}`,
    refused: (reason: string) => `Not sent: ${reason}`,
    // The voter's votes on proposals no panel on the page shows.
    otherQueued: (proposal: string) => `Your vote on '${proposal}' is saved on this device and waiting to be sent.`,
    otherRejected: (proposal: string, reason: string) => `Your vote on '${proposal}' was not accepted: ${reason}`,
    // The tally.
    tallyTitle: 'The count',
    tallyCaption: 'Votes counted',
    countsFor: 'For',
    countsAgainst: 'Against',
    countsAbstain: 'Abstain',
    ruleLine: (rule: DecisionRule) => `Decision rule: ${decisionRules[rule]}.`,
    ruleFromGroup: 'This is the group’s own rule.',
    ruleAgreed: (when: string) => `The group agreed this rule unanimously at its meeting on ${when}.`,
    base: (voted: number, entitled: number) =>
      `${voted} of ${format.plural(entitled, { one: '# voting seat has', other: '# voting seats have' })} a counted vote.`,
    needed: (needed: number, _entitled: number, have: number) => {
      const rule = `It needs ${format.plural(needed, { one: '# vote', other: '# votes' })} in favour to carry, if the other votes stay as they are.`;
      // With enough already, "It needs 1 … It has 2" read as a shortfall: say it has enough, as the votes stand (beside
      // "too early to say how it will go", "enough to carry" read as a promise).
      return have >= needed
        ? `${rule} It has ${have}, enough as the votes stand.`
        : `${rule} It has ${have}, so it needs ${needed - have} more.`;
    },
    // `needed` counts the chair's seat's vote for, which carries the tie it makes: `given`, it has voted for; else it has
    // not voted yet and could (`outcome().neededCastingVote`). Its vote is among those needed, not yet among those it has.
    neededCasting: (needed: number, have: number, given: boolean) => {
      const rule = `It needs ${format.plural(needed, { one: '# vote', other: '# votes' })} in favour to carry, if the other votes stay as they are. One must be from the chair’s seat: a tie is decided by the chair’s casting vote.`;
      if (given) {
        return have >= needed
          ? `${rule} It has ${have}, including the chair’s seat’s, enough as the votes stand.`
          : `${rule} It has ${have}, including the chair’s seat’s, so it needs ${needed - have} more.`;
      }
      if (have > needed) return `${rule} It has ${have}, enough as the votes stand.`;
      const more = Math.max(needed - have, 1);
      return more === 1
        ? `${rule} It has ${have}, so it needs the chair’s seat’s vote for.`
        : `${rule} It has ${have}, so it needs ${more} more, including the chair’s seat’s.`;
    },
    // The public's live count, which does not say how the chair's seat voted (`outcome().neededIfChairFor`): the votes for
    // it needs (null: none without the chair), or the fewer that carry it if one is the chair's seat's, its casting vote
    // carrying the tie.
    neededIfChairFor: (needed: number | null, ifChairFor: number, have: number) => {
      const votes = (n: number) => format.plural(n, { one: '# vote', other: '# votes' });
      // "It has 1: enough if one of them is…" spoke of one vote as of several.
      const chairs = (n: number) => (n === 1 ? 'if it is the chair’s seat’s' : 'if one of them is the chair’s seat’s');
      const rule =
        needed === null
          ? // As neededCasting says it: "one of them" after "the other votes" read as one of those.
            `It needs ${votes(ifChairFor)} in favour to carry, if the other votes stay as they are. One must be from the chair’s seat: a tie is decided by the chair’s casting vote.`
          : `It needs ${votes(needed)} in favour to carry, or ${ifChairFor} ${chairs(ifChairFor)}, if the other votes stay as they are: a tie is decided by the chair’s casting vote.`;
      const unsaid = 'These published totals do not say how the chair’s seat has voted.';
      if (needed !== null && have >= needed) return `${rule} It has ${have}, enough as the votes stand.`;
      if (have >= ifChairFor) {
        const otherwise = needed === null ? '' : `, or else ${needed - have} more`;
        return `${rule} ${unsaid} It has ${have}: enough ${chairs(have)}${otherwise}.`;
      }
      const more = needed === null ? '' : `${needed - have} more, or `;
      return `${rule} ${unsaid} It has ${have}, so it needs ${more}${ifChairFor - have} more if the chair’s seat’s vote is among those for.`;
    },
    // Names only the votes cast that stand in its way: under the unanimous rule one abstention, with none against.
    // `cannotVote`: the seats no one can vote for (vacant, a term ended, the holder withdrew), which give no vote for: said, so that
    // "as the votes stand" does not read as though the seats yet to vote could carry it.
    cannotCarry: (against: number, abstain: number, cannotVote = 0) => {
      const what = [
        against === 0 ? '' : against === 1 ? 'the vote against' : 'the votes against',
        abstain === 0 ? '' : abstain === 1 ? 'the abstention' : 'the abstentions',
      ].filter(Boolean);
      const stand = against + abstain === 1 ? 'as it stands' : 'as they stand';
      const line = what.length
        ? `With ${what.join(' and ')} ${stand}, it cannot carry.`
        : 'As the votes stand, it cannot carry.';
      return cannotVote === 0 ? line : `${line} No one can vote for ${seatsOfThem(cannotVote)}.`;
    },
    neededClosed: (needed: number, had: number) =>
      `It needed ${format.plural(needed, { one: '# vote', other: '# votes' })} in favour to carry, and had ${had}.`,
    // Only what stopped it: under the unanimous rule one abstention does, with no vote against.
    couldNotCarry: (against: number, abstain: number, cannotVote = 0) => {
      const votes = against === 1 ? 'the vote against' : 'the votes against';
      const abstentions = abstain === 1 ? 'the abstention' : 'the abstentions';
      const what = [against > 0 ? votes : '', abstain > 0 ? abstentions : ''].filter(Boolean).join(' and ');
      const line = what ? `With ${what}, it could not carry.` : 'It could not carry.';
      return cannotVote === 0 ? line : `${line} No one could vote for ${seatsOfThem(cannotVote)}.`;
    },
    abstentions: (rule: DecisionRule): string =>
      rule === 'unanimous'
        ? 'An abstention is recorded and stops a unanimous decision.'
        : 'Abstentions are recorded but count neither for nor against.',
    // A minute's words: "carried on the chair's casting vote"; and that a tie without one is lost, not undecided.
    tieNone: 'A tie is not carried: the chair has no casting vote.',
    tieChair: 'A tie is decided by the chair’s casting vote, when the chair has voted.',
    tieDecided: (votes: number, carried: boolean) =>
      `The votes for and against are tied, ${votes} each: ${carried ? 'carried' : 'not carried'} on the chair’s casting vote.`,
    // The group's rules give the chair the casting vote, but the chair's seat has none (an independent chair).
    tieChairNoVote: (seat: string) =>
      `A tie would be decided by the chair’s casting vote, but the chair’s seat, ${seat}, has no vote: a tie is not carried.`,
    tiedChairNoVote: (votes: number, seat: string) =>
      `The votes for and against are tied, ${votes} each: not carried, as the chair’s seat, ${seat}, had no vote, so there was no casting vote.`,
    // The chair's seat votes, but no one could give its vote (`castingSeat.barred`): vacant, its term ended or not
    // begun, or everyone in post withdrew. While open (`past` false), as things stand at now; once decided, at the close.
    tieChairBarred: (bar: SeatBar, seat: string, names: Names, past: boolean) =>
      past
        ? `A tie would have been decided by the chair’s casting vote, but ${chairBarred(bar, seat, names, true)}: a tie would not have been carried.`
        : `A tie would be decided by the chair’s casting vote, but ${chairBarred(bar, seat, names, false)}: as things stand, a tie would not be carried.`,
    tiedChairBarred: (votes: number, bar: SeatBar, seat: string, names: Names) =>
      `The votes for and against are tied, ${votes} each: not carried, as ${chairBarred(bar, seat, names, true)}, so there was no casting vote.`,
    // The chair's seat could vote, but abstained or did not vote: a casting vote is for or against.
    tiedChairDidNotCast: (votes: number, seat: string) =>
      `The votes for and against are tied, ${votes} each: not carried, as the chair’s seat, ${seat}, voted neither for nor against, so there was no casting vote.`,
    // A published tied count without `casting`: no casting vote was given, and the votes behind it are not shown.
    tiedNoCastingVote: (votes: number) =>
      `The votes for and against are tied, ${votes} each: not carried, as no casting vote was given by the chair.`,
    // The public's live count of an open proposal, tied, without `casting` (`castingUnpublished`): an older host
    // never sends it, and the copy may predate the chair's vote, so whether one was given is not known here.
    tiedCastingUnpublished: (votes: number) =>
      `The votes for and against are tied, ${votes} each: a tie is decided by the chair’s casting vote, and these published totals do not say whether the chair’s seat has given one.`,
    // How such a tie stands while voting is open, in place of "Tied, so not carried". Once voting has closed the
    // copy's totals give no result at all (`liveCountOutlived`).
    tiedUnlessCasting: 'Tied: carried only if the chair’s casting vote is for',
    // `past`: the meeting's day has ended (the tally of a proposal decided long ago says "was").
    quorate: (when: string, past = false) => `The meeting on ${when} ${past ? 'was' : 'is'} quorate.`,
    inquorate: (when: string, past = false) =>
      past
        ? `The meeting on ${when} was not quorate, so the proposal could not be decided.`
        : `The meeting on ${when} is not quorate, so the proposal cannot be decided.`,
    // Judged by who is in the room while the meeting is under way (the quorum indicator's "quorum now").
    // Quorum judged when voting closed, while the meeting was on (`outcome().quorumJudgedAt`). The meeting may have
    // been quorate as a whole, as the quorum indicator says, so the line says when, and which requirement failed
    // then (`shortfalls`: `outcome().quorumRequirements` not met).
    inquorateAt: (
      at: string,
      meetingStart: string,
      shortfalls: readonly Pick<RequirementResult, 'label' | 'present' | 'needed'>[],
    ) =>
      `Not quorate ${judgedAt(at, meetingStart)}, when voting closed: ${format.list(shortfalls.map(shortfall))}, so the proposal could not be decided.`,
    // `result('inquorate')` of a proposal whose quorum was judged at its close: the meeting may have been quorate.
    resultInquorateAt: 'Not decided: the meeting was not quorate at the close',
    // Quorum judged over the meeting up to the close, voting having closed after the meeting was over
    // (`quorumJudgedAt.moment` 'up-to-close'): the meeting may have been quorate as a whole, with those who came later.
    inquorateBeforeClose: (
      at: string,
      meetingStart: string,
      shortfalls: readonly Pick<RequirementResult, 'label' | 'present' | 'needed'>[],
    ) =>
      `Not quorate before voting closed ${judgedAt(at, meetingStart)}: ${format.list(shortfalls.map(shortfall))}, so the proposal could not be decided.`,
    resultInquorateBeforeClose: 'Not decided: the meeting was not quorate before voting closed',
    quorateNow: 'The meeting is quorate now, with those in the room.',
    inquorateNow:
      'The meeting is not quorate now, with those in the room, so the proposal cannot be decided until it is quorate again.',
    noMeeting: 'No meeting is named, so quorum does not apply.',
    quorumNotYet: (when: string) =>
      `Nobody is recorded at the meeting on ${when} yet, so whether it is quorate is not yet known.`,
    standingAwaiting: 'If voting closed now: not yet known, until the meeting is quorate.',
    resultLine: (result: string) => `Result: ${result}.`,
    standingLine: (result: string) => `If voting closed now: ${result}.`,
    // Not `result('inquorate')`, the past of a decision taken: "was not quorate" said of a meeting still going on.
    standingInquorate: 'If voting closed now: not decided, as the meeting would not be quorate.',
    // Shown instead of standingLine until more than half the voting seats have voted, or every seat someone can
    // still vote for has (outcome's tooEarlyToSay): 3 of 10 "carrying" is no result, and at exactly half it is
    // too early still.
    standingTooEarly: 'Too early to say how it will go: half the voting seats or fewer have voted.',
    /** Said once when another vote (or the room) changes how it would go while the member watches: `line`, the result line. */
    standingMoved: (line: string) => `The count has changed. ${line}`,
    hidden: 'The count is not shown here.',
    unknownResults: (value: string) =>
      `results="${value}" is not a way to show the count: use live, after-close or hidden. The count is hidden.`,
    afterClose: 'The count is shown when voting closes.',
    secretAfterClose:
      'This is a secret ballot: the count is shown when voting closes, so that nobody can tell from it how a member has just voted.',
    publishedCount: 'These are the published totals: the votes behind them are not shown.',
    secretBallot: 'This is a secret ballot: how each seat voted is not shown.',
    choicesTitle: 'How each seat voted',
    /**
     * Unseen, after a control's or a group's visible words: which proposal's it is, where a page shows more than
     * one. It begins with a space, not a comma: Chromium parts an unseen span from the words before it with one.
     */
    onProposal: (title: string) => ` on the proposal “${title}”`,
    choicesSeat: 'Seat',
    choicesBy: 'Member',
    choicesVote: 'Vote',
    asProxy: (person: string) => `${person} (proxy)`,
    notVotedYet: 'Not voted yet',
    noVoteCounted: 'No vote counted',
    votedNotCounted: 'Voted, not counted',
    vacantSeat: 'Vacant',
    seatCannotVote: 'Cannot vote',
    // A seat vacant today whose holder is appointed before voting closes: a vote may yet come for it.
    seatCannotVoteUntil: (from: string) => `Cannot vote until ${format.date(from)}`,
    termEndedHolder: (person: string) => `${person}, term ended`,
    // A seat whose holder declared an interest and withdrew, with no proxy to vote in their place.
    withdrewHolder: (person: string) => `${person}, withdrew for this item`,
    invalidTitle: (count: number) => format.plural(count, { one: '# vote not counted', other: '# votes not counted' }),
    invalidVote: (seat: string, person: string, reason: string) => `${seat}, cast by ${person}: ${reason}`,
    noProposal: 'No proposal is named. Set the proposal attribute to the id of a proposal in the document.',
    unknownProposal: (id: string, known: readonly string[]) =>
      unknownId('proposal', 'proposal', 'proposals', id, known),
    noSender:
      'Voting is not set up on this page: the site’s web team must set the endpoint attribute or the submit property.',
    /**
     * Under "You cannot vote": a `voter` the document has no person for. Read by a member whose sign-in does not
     * match the document as much as by a visitor who is no member, so it lists no ids, as an unknown `owner` does.
     */
    voterUnknown: (id: string) =>
      `The partnership’s records have no one with the id '${id}', so no seat is theirs to vote for. If you are a member, tell the site’s web team: the panel’s voter attribute must be a person’s id from the partnership’s document. ${idHint(id, [])}`,
  },

  quorum: {
    heading: (group: string, when: string) => `Quorum: ${group}, ${when}`,
    quorate: 'Quorate',
    notQuorate: 'Not quorate',
    quorateSummary: 'Every quorum requirement is met, so the meeting can take decisions.',
    notQuorateSummary: (unmet: number) =>
      format.plural(unmet, {
        one: 'One quorum requirement is not met, so decisions taken at the meeting do not count.',
        other: '# quorum requirements are not met, so decisions taken at the meeting do not count.',
      }),
    /**
     * The meeting as a whole while it is on: who has attended so far, said without what it means for decisions, as
     * "Not quorate now… a decision taken now would not count" above it says that. "The meeting can take decisions"
     * stood under it, the room having emptied.
     */
    quorateSoFarSummary: 'Every quorum requirement has been met by those who have attended so far.',
    notQuorateSoFarSummary: (unmet: number) =>
      format.plural(unmet, {
        one: 'One quorum requirement has not been met by those who have attended so far.',
        other: '# quorum requirements have not been met by those who have attended so far.',
      }),
    notYet: 'Not yet known',
    notYetSummary: (when: string) =>
      `The meeting is on ${when}. Whether it is quorate is known once attendance is recorded.`,
    needed: (needed: number) => `${needed} needed`,
    /** The seats a requirement leaves out, as no one held them on the meeting's date. */
    vacantNotCounted: (seats: string) => `Vacant, so not counted: ${seats}.`,
    /** The seats a requirement leaves out as their term had ended by the meeting's date, as the roster says. */
    termEndedNotCounted: (seats: string) => `Term ended, so not counted until the new term is recorded: ${seats}.`,
    termEndedSeat: (seat: string, to: string) => `${seat} (term ended on ${format.date(to)})`,
    /** An item of "In the room" whose seat's term had ended: in the room, and not counted. */
    termEndedInRoom: (item: string) => `${item} (not counted: the term has ended)`,
    proxiesDoNotCount: '(proxies do not count)',
    noRequirements: 'This group has no quorum requirements, so every meeting is quorate.',
    met: 'Met',
    notMet: 'Not met',
    presentOfNeeded: (present: number, needed: number) => `${present} present, ${needed} needed`,
    missingTitle: 'Missing:',
    absentTitle: 'Not here:',
    /** The seat, and its holder when the holder's name says more than the seat's (people named by post often match). */
    missingSeat: (label: string, person?: string) =>
      person === undefined ? `${label} (vacant)` : person === label ? label : `${label} (${person})`,
    /** A seat not here whose holder sent apologies. */
    withApologies: (seat: string) => `${seat}: apologies sent`,
    /** During the meeting. */
    nowHeading: (time: string) => `Now, at ${time}`,
    quorateNow: 'Quorate now',
    notQuorateNow: 'Not quorate now',
    quorateNowSummary: 'Every quorum requirement is met by who is in the room.',
    notQuorateNowSummary: (unmet: number) =>
      format.plural(unmet, {
        one: 'One quorum requirement is not met by who is in the room, so a decision taken now would not count.',
        other: '# quorum requirements are not met by who is in the room, so a decision taken now would not count.',
      }),
    presentNow: (present: number, needed: number) => `${present} in the room, ${needed} needed`,
    notInRoomTitle: 'Not in the room:',
    inRoomTitle: 'In the room',
    nobodyInRoom: 'Nobody is checked in yet.',
    /** "Primary Schools: Jo Bloggs (proxy), since 4:05pm". */
    inRoom: (seat: string, person: string | undefined, as: 'holder' | 'proxy', since: string | undefined) =>
      `${sitting(seat, person, as)}${since ? `, since ${since}` : ''}`,
    wholeMeetingHeading: 'The meeting as a whole',
    movementsHeading: 'Arrivals and departures',
    /** "Primary Schools: Jo Bloggs (proxy) arrived". */
    movement: (seat: string, person: string | undefined, as: 'holder' | 'proxy', kind: 'arrived' | 'left') =>
      `${sitting(seat, person, as)} ${kind === 'arrived' ? 'arrived' : 'left'}`,
    noMeeting: 'No meeting is named. Set the meeting attribute to the id of a meeting in the document.',
    unknownMeeting: (id: string, known: readonly string[]) => unknownId('meeting', 'meeting', 'meetings', id, known),
  },

  /** The clerk's check-in (`editable`). */
  checkIn: {
    caption: 'Record who is here',
    seat: 'Seat',
    person: 'Representative',
    attendance: 'Attendance',
    /** The legend of a seat's attendance radios, heard only: its row already shows the seat. */
    attendanceFor: (seat: string) => `Attendance for ${seat}`,
    options: attendanceWords,
    save: 'Save',
    saveFor: (seat: string) => `attendance for ${seat}`,
    checkOut: 'Check out',
    checkOutFor: (seat: string) => `${seat}: they have left`,
    /** The Save of a seat whose person has left, its radios on the attendance they left with: saving brings them back. */
    checkBackIn: 'Check back in',
    checkBackInFor: (seat: string) => `${seat}: they are back`,
    /** Beside the radios of a seat whose person has left the room: they still say who attended. */
    leftAt: (time: string) => `Left at ${time}.`,
    /** Why a seat's attendance cannot be changed, from the rules core's refusal. */
    fixed: (reason: ChangeRefusal['reason'] | null): string =>
      reason === 'meeting-decided'
        ? 'A proposal decided at this meeting has closed, so the meeting’s attendance can no longer change.'
        : 'This seat’s attendance cannot be changed.',
    notPermitted: (person: string, group: string) =>
      `${person} is not the clerk or chair of the ${group}, so cannot record attendance at its meetings.`,
    unchanged: (seat: string) => `Attendance for ${seat} is already recorded as that: nothing to save.`,
    saving: (seat: string) => `Saving attendance for ${seat}…`,
    saved: (seat: string) => `Attendance for ${seat} saved.`,
    /**
     * Said once, instead of `saved`, when the host stored a change that waited on this device but timed it by its
     * own clock, when it arrived (`received`), not when it was made: why, from its answer's `note`.
     */
    timedByHost: (seat: string, { reason, values, received }: HostNote): string =>
      `Attendance for ${seat} saved. ${received ? `Recorded at ${noteTime(received)}, when it reached the system` : 'Recorded when it reached the system'}: ${timedWhy[reason](values)}`,
    checkingOut: (seat: string) => `Checking out ${seat}…`,
    checkingBackIn: (seat: string) => `Checking ${seat} back in…`,
    /** Said instead of `saved` when the change checked a seat's person back in. */
    checkedBackIn: (seat: string) => `${seat} is checked back in: they are in the room again.`,
    /** Said instead of `saved` when the change checked in, for a seat whose person has left, someone who had not been in. */
    checkedInFor: (seat: string, as: 'holder' | 'proxy') =>
      `The ${as === 'proxy' ? 'proxy' : 'representative'} for ${seat} is checked in: they are in the room for the seat.`,
    /** Beside the radios of a seat whose term ended before the meeting: why it offers no check-in. */
    termEnded: (to: string) =>
      `The term ended on ${format.date(to)}, so its representative and proxy are not counted: record the new term to check them in.`,
    /**
     * Beside the radios of a seat recorded with an attendance they do not offer (a holder whose term had ended, a
     * vacant seat's proxy): what the document holds, so the clerk knows it, and that it cannot be saved as it is.
     */
    recordedNotOffered: (recorded: string) =>
      `Recorded: ${recorded}. This seat cannot be recorded as that now: choose one of these to change it.`,
    /** GOV.UK's error message when that seat's Save was pressed with none of its radios chosen. */
    chooseFirst: (seat: string) => `Select the attendance for ${seat}`,
    queued: (seat: string, problem: RetryReason) =>
      problem === 'signed-out'
        ? `Attendance for ${seat} is saved on this device: you are not signed in, or your session has ended. Sign in and it will be sent.`
        : problem === 'other-site'
          ? `Attendance for ${seat} is saved on this device: the server does not accept changes sent from the site this page is on. Signing in again will not help: only the site’s web team can change this. It will be tried again each minute.`
          : `Attendance for ${seat} is saved on this device and will be sent when the connection returns.`,
    rejected: (seat: string, reason: string) =>
      `Attendance for ${seat} was not accepted, so it is back as it was: ${reason}`,
    /** Said once, when a change is saved on this device and waits its turn to be sent (the outbox sends one at a time). */
    waiting: (seat: string) => `Attendance for ${seat} is saved on this device and waiting to be sent.`,
    /**
     * What the status region says of a change to a meeting it no longer shows (the host moved the indicator to
     * another meeting while the change was on its way): `said` names the seat, `when` is the meeting's start.
     */
    atMeeting: (when: string, said: string) => `At the meeting of ${when}: ${said}`,
    /**
     * Under the check-in, of a change to a meeting it no longer shows that is not on the server yet, or was
     * refused: `note` is what the seat's row would say of it (`change`), `when` the meeting's start.
     */
    elsewhere: (when: string, seat: string, note: string) => `At the meeting of ${when}, ${seat}: ${note}`,
    /**
     * On a seat's row, of a change not yet on the server, or refused: `asked` is what it asks for, an attendance
     * in the select's words or `checkedOut`.
     */
    change: {
      waiting: (asked: string, problem?: RetryReason) =>
        `Your change to “${asked}” is saved on this device and waiting to be sent.${problem ? ` ${changeRetry[problem]}` : ''}`,
      sending: (asked: string) => `Sending your change to “${asked}”…`,
      refused: (asked: string, reason: string) => `Your change to “${asked}” was not saved: ${reason}`,
      /** A change not sent: made after the change to `first`, which was refused for `reason` (what the seat has now). */
      notSent: (asked: string, first: string, reason: string) =>
        `Your change to “${asked}” was not sent: it followed your change to “${first}”, which was not saved. ${reason}`,
      /**
       * A change the host refused that was made on the change to `first`, which another tab or window is still
       * sending: why, and what the seat holds now, follow with that one's answer.
       */
      waitingOn: (asked: string, first: string) =>
        `Your change to “${asked}” was not saved. It followed your change to “${first}”, which another tab or window is still sending: you will be told why when that is answered.`,
      checkedOut,
    },
    /** A check-in with neither a `clerk` nor a way to send (`endpoint` or `submit`). */
    noClerk:
      'To record attendance, the site’s web team must set the clerk attribute to the signed-in clerk’s id, and the endpoint attribute or the submit property.',
    /** With a way to send and no `clerk`: only what is missing. */
    noClerkPerson:
      'To record attendance, the site’s web team must set the clerk attribute to the signed-in clerk’s id.',
    /** With a `clerk` and no way to send. */
    noClerkEndpoint:
      'To record attendance, the site’s web team must set the endpoint attribute or the submit property.',
    /** The holder's cell of a vacant seat. */
    noHolder: 'Vacant',
  },

  roster: {
    /**
     * How much wider this language's words set the roster's table than English words do (1): the seats become
     * cards that much sooner, rather than a table that scrolls sideways with a column out of sight.
     */
    tableWidthFactor: 1,
    caption: (group: string) => `Members of the ${group}`,
    /** A meeting's roster: its rows are the seats as they stood at the meeting (`when`, its date and time), not today. */
    meetingCaption: (group: string, when: string) => `Members of the ${group} at its meeting of ${when}`,
    columns: {
      partner: 'Seat',
      representative: 'Representative',
      proxy: 'Proxy',
      role: 'Role',
      voting: 'Vote',
      term: 'Term',
    },
    attendanceAt: (when: string) => `Attendance on ${when}`,
    notRecordedYet: 'Not recorded yet',
    termEnded: 'Ended',
    termEnding: 'Ends soon',
    /** The tag on the term of an appointment to come, beside a seat vacant until it begins. */
    termNotStarted: 'Not started',
    /** Under "Vacant": who is appointed to the seat, from when. */
    appointedFrom: (from: string, person: string) => `Appointed from ${format.date(from)}: ${person}`,
    /** The compact list's words for a seat vacant until an appointment already made begins. */
    vacantUntil: (from: string, person: string) => `Vacant until ${format.date(from)}, then ${person}`,
    attendance: (value: Attendance) =>
      ({ holder: 'Attended', proxy: 'Proxy attended', apologies: 'Apologies', absent: 'Absent' })[value],
    /** One stretch of a seat's attendance, with the times recorded: "Proxy attended from 4pm to 5pm". */
    attendanceSpan: (as: 'holder' | 'proxy', from?: string, to?: string) => {
      const who = as === 'holder' ? 'Attended' : 'Proxy attended';
      if (from && to) return `${who} from ${from} to ${to}`;
      return from ? `${who} from ${from}` : to ? `${who} until ${to}` : who;
    },
    voting: 'Voting',
    nonVoting: 'Non-voting',
    /** A voting seat whose holder's term had ended by the day shown: no vote, nor counted, until a new term. */
    votingTermEnded: 'No vote: term ended',
    /** A voting seat with no holder on the day shown: no one can vote for it, its proxy included (`vacant-seat`). */
    votingVacant: 'No vote while vacant',
    /** Under a vacant seat's proxy: a proxy stands in for a holder, and the seat has none to stand in for. */
    proxyOfVacantSeat: 'Cannot stand in while the seat is vacant',
    /** The compact list's note on a non-voting seat whose holder's term had ended by the day shown. */
    termEndedNote: 'Term ended',
    vacant: 'Vacant',
    noProxy: 'None',
    noTerm: 'Not set',
    term: (from: string, to?: string) =>
      to ? `${format.date(from)} to ${format.date(to)}` : `From ${format.date(from)}`,
    warningsTitle: (count: number) =>
      format.plural(count, { one: '# thing for the clerk to check', other: '# things for the clerk to check' }),
    noGroups: 'This partnership has no groups yet. Add a group with its seats to the document.',
    noSeats: (group: string) => `The ${group} has no seats yet. Add its seats to the document.`,
    unknownGroup: (id: string, known: readonly string[]) =>
      known.length === 0
        ? `There is no group with the id '${id}': the document has no groups yet. Add the group, with its seats, under "groups".`
        : `There is no group with the id '${id}'. ${setOneOf('group', known, id)}`,
    /** `known`: the group's meetings. */
    unknownMeeting: (id: string, known: readonly string[]) =>
      `There is no meeting of this group with the id '${id}', so attendance is not shown. ${known.length === 0 ? 'The group has no meetings yet.' : setOneOf('meeting', known, id)}`,
    historyCaption: (group: string) => `Who has held the seats of the ${group} that changed hands`,
    historyColumns: { seat: 'Seat', holder: 'Representative', proxy: 'Proxy', from: 'From', to: 'To' },
    /** An appointment with no recorded start: the seat's first, from before the record. */
    historyNoStart: 'Not recorded',
    /** The current appointment with no end date. */
    historyNoEnd: 'No end date',
    partnerLine: (partner: string) => `${partner}:`,
    /** A person and their title, when the title says more than the name: "Jo Bloggs, Headteacher". */
    nameWithTitle: (name: string, title: string) => `${name}, ${title}`,
    /**
     * A seat's line in the compact list, after its `partnerLine`: who holds it, the `notes` on its role and
     * vote, its proxy's name and its attendance when known. "Ann, Head (Chair, Non-voting); proxy Amy: Attended".
     */
    compactLine: (who: string, notes: string[], proxy?: string, attendance?: string) =>
      `${who}${notes.length ? ` (${notes.join(', ')})` : ''}${proxy ? `; proxy ${proxy}` : ''}${attendance ? `: ${attendance}` : ''}`,
  },

  risk: {
    /**
     * How much wider this language's words set the register's table than English words do (1): the table
     * becomes a card per risk that much sooner, rather than scroll sideways with a column out of sight.
     */
    tableWidthFactor: 1,
    /** The register's own heading, at its heading level: heard, not shown (the page's heading above names it). */
    title: 'Risk register',
    caption: (shown: number, total: number) =>
      shown === total ? `Risks (${total})` : `Risks: ${shown} of ${total} shown`,
    shownNow: (shown: number, total: number) =>
      shown === total ? `All ${total} risks shown.` : `${shown} of ${total} risks shown.`,
    columns: {
      id: 'ID',
      title: 'Risk',
      owner: 'Owner',
      category: 'Category',
      score: 'Current score',
      inherent: 'Inherent',
      target: 'Target',
      appetite: 'Appetite',
      trend: 'Trend',
      review: 'Next review',
      mitigation: 'Mitigation',
    },
    status: (status: Risk['status']) => ({ open: 'Open', closed: 'Closed', accepted: 'Accepted' })[status],
    trend: (trend: 'up' | 'down' | 'steady' | null) =>
      trend ? { up: 'Rising', down: 'Falling', steady: 'Steady' }[trend] : 'No earlier rating',
    trendArrow: { up: '↑', down: '↓', steady: '→' },
    /** The sorted column's arrow, hidden from screen readers (they hear aria-sort). */
    sortArrow: { ascending: '▲', descending: '▼' },
    /** Each column as a sentence names it, for "Sort by owner" and "Sorted by owner". */
    sortNames: {
      id: 'ID',
      title: 'risk',
      owner: 'owner',
      category: 'category',
      score: 'current score',
      inherent: 'inherent score',
      target: 'target score',
      appetite: 'appetite',
      trend: 'trend',
      review: 'next review',
      mitigation: 'mitigation',
    },
    /** Before the sort buttons where the table is shown as cards. */
    sortHeading: 'Sort by',
    /** The order a sort puts rows in, by the kind of column. */
    sortOrders: {
      text: { ascending: 'A to Z', descending: 'Z to A' },
      number: { ascending: 'lowest first', descending: 'highest first' },
      date: { ascending: 'earliest first', descending: 'latest first' },
      trend: { ascending: 'falling first', descending: 'rising first' },
      appetite: { ascending: 'within appetite first', descending: 'furthest above appetite first' },
    },
    /** Said once, politely, when the reader sorts. */
    sorted: (column: string, order: string) => `Sorted by ${column}, ${order}.`,
    rating: (likelihood: number, impact: number) => `likelihood ${likelihood} × impact ${impact}`,
    aboveAppetite: 'Above appetite',
    /** A category as written in the document ("financial"), as a heading would write it ("Financial"). */
    category: (category: string) => category.charAt(0).toUpperCase() + category.slice(1),
    withinAppetite: (appetite: number) => `Within appetite (up to ${appetite})`,
    appetiteLimit: (appetite: number) => `(up to ${appetite})`,
    noAppetite: 'Not set',
    overdue: 'Review overdue',
    none: 'None',
    /** An inherent or target rating the register does not record: not "None", which read as no risk at all. */
    notScored: 'Not scored',
    readMore: 'Read the mitigation',
    /** The first words of a long mitigation, folded away after them. */
    folded: (start: string) => `${start}…`,
    filters: 'Filter the risks',
    /**
     * Each filter's label. "Filter by …", not the column's word alone: the column's sort button is "Owner", and two
     * controls named "Owner" (or a tracker's "Status" beside the register's) are one "click Owner" for voice control
     * and two "Owner"s in a screen reader's lists. The sort buttons keep the column's words: a header's name is
     * read before every cell of its column.
     */
    filterStatus: 'Filter by status',
    filterBand: 'Filter by score band',
    filterOwner: 'Filter by owner',
    /**
     * An owner who shares their name with another owner (a post, "Head of School"), told apart by their organisation,
     * or by their person id where the organisation does not tell them apart: in the table, the owner filter and the CSV.
     */
    namesake: (name: string, apart: { organisation: string } | { id: string }) =>
      `${name} (${'organisation' in apart ? apart.organisation : apart.id})`,
    filterCategory: 'Filter by category',
    any: 'Any',
    uncategorised: 'No category',
    clearFilters: 'Clear filters',
    download: 'Download CSV',
    /** After `download`, for screen readers: a page may have a register's and a tracker's button. */
    downloadWhat: 'of the risks shown',
    /** The CSV's file name; `part` is the group, project and filters chosen (`partName`) when not all its risks. */
    csvFile: (partnership: string, part?: string) => partFile(partnership, part, 'risk register.csv'),
    /** The CSV's own columns and words, besides the table's `columns`. */
    csv: {
      status: 'Status',
      band: 'Band',
      yes: 'Yes',
      no: 'No',
      project: 'Project',
    },
    heatMapTitle: 'Heat map',
    /**
     * What the map counts: the open risks (the summary's), or the closed or accepted ones the status filter chose;
     * `filtered` while a band, owner or category filter narrows them too.
     */
    heatMapCaption: (counted: Risk['status'], filtered = false) =>
      `${{ open: 'Open risks', closed: 'Closed risks', accepted: 'Accepted risks' }[counted]}${filtered ? ' that match the filters,' : ''} by likelihood (rows) and impact (columns)${counted === 'open' ? ': closed and accepted risks are not counted.' : ', as the status filter chooses.'}`,
    /** After the caption on screen only: on paper there is no cell to choose. */
    heatMapChoose: 'Choose a cell to show only its risks.',
    legend: 'Score bands',
    /** The contract's default bands, for a document that names none of its own. */
    defaultBands: { low: 'Low', medium: 'Medium', high: 'High' },
    bandRange: (from: number, to: number) => (from === to ? `score ${from}` : `scores ${from} to ${to}`),
    likelihood: 'Likelihood',
    impact: 'Impact',
    /** Under the impact columns: the way impact rises. */
    impactAxis: 'Impact →',
    /** Beside the likelihood rows: the way likelihood rises. */
    likelihoodAxis: 'Likelihood ↑',
    cellLabel: (count: number, likelihood: number, impact: number, band: string) =>
      `${count === 0 ? 'No risks' : format.plural(count, { one: '# risk', other: '# risks' })} with likelihood ${likelihood} and impact ${impact}, ${band}`,
    /** After the table's caption, while a heat-map cell filters it. */
    cellFilter: (likelihood: number, impact: number, counted: Risk['status'] = 'open') =>
      `(Showing ${{ open: 'open', closed: 'closed', accepted: 'accepted' }[counted]} risks with likelihood ${likelihood}, impact ${impact} only)`,
    /** The register's headline: how many risks it holds, how many are open, then what the open ones are. */
    summary: (all: number, open: number, high: number, highLabel: string, above: number, overdue: number) =>
      `${all === open ? format.plural(open, { one: '# open risk', other: '# open risks' }) : `${format.plural(all, { one: '# risk', other: '# risks' })}, ${open} open`}: ${high} ${highLabel.toLowerCase()}, ${above} above appetite, ${format.plural(overdue, { one: '# review', other: '# reviews' })} overdue.`,
    empty: 'There are no risks on this register yet.',
    emptyFiltered: 'No risks match these filters.',
    unknownGroup: (id: string, known: readonly string[]) => unknownId('group', 'group', 'groups', id, known),
    unknownStatus: (value: string) =>
      `status="${value}" is not a status a risk can have: use open, closed or accepted. Every risk is shown.`,
    unknownProject: (id: string, known: readonly string[]) => unknownId('project', 'project', 'projects', id, known),
    projectOf: (title: string) => `Project: ${title}`,
    /**
     * A category that matches no appetite, but one only by letter case: categories match exactly, so its risks have
     * no appetite, and the clerk is told which key to write.
     */
    categoryCase: (category: string, appetiteKey: string) =>
      `The category "${category}" has no appetite: the risk scale sets one for "${appetiteKey}". A category matches its appetite exactly, capital letters included, so its risks show "Not set".`,
  },

  actions: {
    status: (status: ActionStatus) =>
      ({
        open: 'Open',
        'in-progress': 'In progress',
        'due-soon': 'Due soon',
        overdue: 'Overdue',
        done: 'Done',
        'done-late': 'Done late',
        dropped: 'Dropped',
      })[status],
    recordStatus: (status: ActionRecordStatus) =>
      ({ open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' })[status],
    /** The tracker's own heading, at its heading level: heard, not shown (the page's heading above names it). */
    title: 'Actions',
    caption: (count: number) => `Actions (${count})`,
    /** On paper only: the day the statuses (overdue, due soon) are judged on. */
    statusesOn: (date: string) => `Statuses on ${date}.`,
    startedToo: '(in progress)',
    /** Beside the status of an action recorded done before `raised`, the day it was raised: its date is wrong. */
    completedBeforeRaised: (raised: string) => `(completion date before it was raised on ${raised}: check it)`,
    /** In the editor of an action recorded done after the day the statuses are on: its "Done" and the "Open" tag. */
    doneAfterToday: (completed: string, today: string) =>
      `Recorded as done on ${completed}, after ${today}, the day these statuses are on.`,
    shownNow: (shown: number, total: number) =>
      shown === total ? `All ${total} actions shown.` : `${shown} of ${total} actions shown.`,
    groupCaption: (name: string, count: number) => `${name} (${count})`,
    columns: {
      title: 'Action',
      owner: 'By whom',
      due: 'By when',
      status: 'Status',
      completed: 'Completed',
    },
    /** The CSV's columns after the table's own. */
    csvColumns: {
      reference: 'Reference',
      group: 'Group',
      meeting: 'Meeting',
      proposal: 'Proposal',
      notes: 'Notes',
      /** The project a linked action names ("Project: …" in the table), by its title alone. */
      project: 'Project',
    },
    /** The Completed cell of an action not done. */
    notCompleted: 'Not completed',
    /** The Completed cell of an action recorded done with no date (the contract's `completed` is optional). */
    noCompletedDate: 'No date recorded',
    filters: 'Show actions',
    filterOwner: 'By whom',
    /**
     * A person who shares their name with another in the tracker (a post, "Headteacher"), told apart as the risk
     * register tells them: by their organisation, or by their person id where it does not tell them apart. In "By
     * whom", the group headings, the rows and the CSV, and the highlight report's "By whom".
     */
    namesake: (name: string, apart: { organisation: string } | { id: string }) =>
      `${name} (${'organisation' in apart ? apart.organisation : apart.id})`,
    filterStatus: 'Status',
    groupBy: 'Group by',
    groupOptions: { none: 'Nothing', owner: 'Who', meeting: 'Meeting', status: 'Status' },
    any: 'Any',
    noMeeting: 'Not from a meeting',
    meetingLink: (when: string) => `Meeting on ${when}`,
    proposalLink: (title: string) => `Proposal: ${title}`,
    download: 'Download CSV',
    downloadWhat: 'of the actions shown',
    /** The CSV's file name; `part` is what a tracker shows when it is not the whole partnership, as `calendarFile`. */
    csvFile: (partnership: string, part?: string) => partFile(partnership, part, 'actions.csv'),
    downloadCalendar: 'Download calendar (iCalendar)',
    /** After `downloadCalendar`, for screen readers, as `downloadWhat` after the CSV's: which calendar. */
    downloadCalendarWhat: 'of the actions and meetings shown',
    /** The calendar's file name; `part` is what a tracker shows when it is not the whole partnership. */
    calendarFile: (partnership: string, part?: string) => partFile(partnership, part, 'actions.ics'),
    /** A tracker's meeting, as its calendar's name and file name say it. */
    calendarMeeting: (group: string, date: string) => `${group} meeting on ${format.date(date)}`,
    empty: 'There are no actions yet.',
    /** A tracker of one person's actions (`owner`) with none: not "no actions yet", as the group has some. */
    emptyFor: (person: string) => `There are no actions for ${person}.`,
    emptyFiltered: 'No actions match these filters.',
    unknownGroup: (id: string, known: readonly string[]) => unknownId('group', 'group', 'groups', id, known),
    unknownMeeting: (id: string, known: readonly string[]) => unknownId('meeting', 'meeting', 'meetings', id, known),
    /** `known`: the group's meetings. */
    meetingNotOfGroup: (id: string, group: string, known: readonly string[]) =>
      `The meeting '${id}' is not a meeting of the group '${group}'. ${known.length === 0 ? 'The group has no meetings yet.' : setOneOf('meeting', known)}`,
    unknownOwner: (id: string, known: readonly string[]) => unknownId('person', 'owner', 'people', id, known),
    unknownProject: (id: string, known: readonly string[]) => unknownId('project', 'project', 'projects', id, known),
    projectOf: (title: string) => `Project: ${title}`,
    // Deadlines
    deadlinesTitle: 'Notice and minutes',
    deadlinesCaption: (notice: number, minutes: number) =>
      `Meetings: notice is due ${format.plural(notice, { one: '# working day', other: '# working days' })} before, minutes ${format.plural(minutes, { one: '# working day', other: '# working days' })} after`,
    deadlineColumns: {
      meeting: 'Meeting',
      noticeDue: 'Notice due',
      notice: 'Notice',
      minutesDue: 'Minutes due',
      minutes: 'Minutes',
    },
    sentOnTime: (when: string) => `Sent ${when}, on time`,
    sentLate: (when: string) => `Sent ${when}, late`,
    /** Minutes recorded as sent before the meeting was held: not on time, as the date cannot be right. */
    sentBeforeMeeting: (when: string) => `Sent date ${when} is before the meeting: check it`,
    notSentOverdue: (_which: 'notice' | 'minutes') => 'Not sent, overdue',
    toCome: 'To come',
    // Editing
    editStatus: (title: string) => `Status of “${title}”`,
    /** The completion date: GOV.UK's date input, a legend, a hint and a field each for day, month and year. */
    completedOn: 'Completed on',
    /** Unfolds a done action's completion date fields: its date is in its Completed cell. */
    changeCompleted: 'Change the completion date',
    /** Unfolds the empty date fields of an action recorded done with no date: Save with them empty keeps it so. */
    addCompleted: 'Add a completion date',
    addCompletedHint: 'No date is recorded: add one if you know it. For example, 27 3 2019',
    /** Said after the legend to a screen reader: which action's date it is. */
    completedFor: (title: string) => `(for “${title}”)`,
    completedHint: 'For example, 27 3 2019',
    dateParts: { day: 'Day', month: 'Month', year: 'Year' },
    /** GOV.UK's date input errors, the most pressing first: nothing entered, a part missing, no real date, future. */
    dateError: {
      missing: 'Enter the date the action was completed',
      // The date, not the legend "Completed on", which read as broken English in GOV.UK's "[it] must include a day".
      incomplete: (parts: ('day' | 'month' | 'year')[]) => `The completion date must include a ${parts.join(' and ')}`,
      yearDigits: 'Year must include 4 numbers',
      notReal: 'The completion date must be a real date',
      future: 'The completion date must be today or in the past',
      /** `raised`: the day the action was raised (its meeting's), as a date in words. */
      beforeRaised: (raised: string) => `Enter a completion date on or after ${raised}, when the action was raised`,
    },
    save: 'Save',
    saveFor: (title: string) => `the status of “${title}”`,
    unchanged: (title: string) => `“${title}” already has that status: nothing to save.`,
    saving: (title: string) => `Saving “${title}”…`,
    saved: (title: string) => `“${title}” saved.`,
    queued: (title: string, problem: RetryReason) =>
      problem === 'offline'
        ? `“${title}” is saved on this device and will be sent when the connection returns.`
        : problem === 'signed-out'
          ? `“${title}” is saved on this device: you are not signed in, or your session has ended. Sign in and it will be sent.`
          : problem === 'refused'
            ? `“${title}” is saved on this device: the server turned it away. It will be tried again each minute; if this goes on, tell whoever runs this site.`
            : problem === 'other-site'
              ? `“${title}” is saved on this device: the server does not accept changes sent from the site this page is on. Signing in again will not help: only the site’s web team can change this. It will be tried again each minute.`
              : `“${title}” is saved on this device but could not be sent yet. It will be tried again shortly.`,
    /** Said once, when a change is saved on this device and waits its turn to be sent (the outbox sends one at a time). */
    waiting: (title: string) => `“${title}” is saved on this device and waiting to be sent.`,
    /** On an action's row, of a change not yet on the server, or refused: `status` is the status it asks for, in words. */
    change: {
      waiting: (status: string, problem?: RetryReason) =>
        `Your change to “${status}” is saved on this device and waiting to be sent.${problem ? ` ${changeRetry[problem]}` : ''}`,
      sending: (status: string) => `Sending your change to “${status}”…`,
      refused: (status: string, reason: string) => `Your change to “${status}” was not saved: ${reason}`,
      /** A change not sent: made after the change to `first`, which was refused for `reason` (what the action says now). */
      notSent: (status: string, first: string, reason: string) =>
        `Your change to “${status}” was not sent: it followed your change to “${first}”, which was not saved. ${reason}`,
      /**
       * A change the host refused that was made on the change to `first`, which another tab or window is still
       * sending: why, and what the action holds now, follow with that one's answer.
       */
      waitingOn: (asked: string, first: string) =>
        `Your change to “${asked}” was not saved. It followed your change to “${first}”, which another tab or window is still sending: you will be told why when that is answered.`,
    },
    notSaved: (title: string, reason: string) => `“${title}” was not saved: ${reason}`,
    rolledBack: (title: string, reason: string) => `“${title}” was not saved, so it is back as it was: ${reason}`,
    /** An editable tracker with neither an `editor` nor a way to send (`endpoint` or `submit`). */
    noEditor:
      'To change actions, the site’s web team must set the editor attribute to the signed-in person’s id, and the endpoint attribute or the submit property.',
    /** With a way to send and no `editor`: only what is missing, so the web team does not look again at what is set. */
    noEditorPerson:
      'To change actions, the site’s web team must set the editor attribute to the signed-in person’s id.',
    /** With an `editor` and no way to send. */
    noEditorEndpoint: 'To change actions, the site’s web team must set the endpoint attribute or the submit property.',
  },

  /** `<highlight-report>`: a work project's monthly highlight report, and what the records show for its month. */
  highlightReport: {
    /** A month, `YYYY-MM`, in words: "November 2019". */
    month: monthName,
    /** The report's heading, after the project's title: `month` is in words. */
    title: (month: string) => `Highlight report: ${month}`,
    rag: (rag: Rag) => ({ green: 'Green', amber: 'Amber', red: 'Red' })[rag],
    /** A month's report, as the month picker and the CSV say it. */
    state: (state: ProjectMonthState) =>
      ({
        submitted: 'Submitted',
        'submitted-late': 'Submitted late',
        due: 'Due',
        missing: 'Missing',
        'in-progress': 'In progress',
      })[state],
    // The summary list.
    summaryLabel: 'About this report',
    overall: 'Overall status',
    noRating: 'Not rated: there is no report for this month.',
    report: 'Report',
    lead: 'Lead',
    runBy: 'Run by',
    reportsTo: 'Reports to',
    onTime: (submitted: string, due: string) => `Submitted on ${submitted}, on time: it was due by ${due}.`,
    submittedLate: (submitted: string, due: string) => `Submitted late, on ${submitted}: it was due by ${due}.`,
    /** A report whose submission date is not recorded. */
    undated: (due: string, late: boolean) =>
      late
        ? `The date it was submitted is not recorded, so it counts as late: it was due by ${due}.`
        : `The date it was submitted is not recorded. It is due by ${due}.`,
    missing: (month: string, due: string) => `No highlight report was submitted for ${month}. It was due by ${due}.`,
    due: (month: string, due: string) =>
      `The highlight report for ${month} has not been submitted yet. It is due by ${due}.`,
    inProgress: (month: string, due: string) => `${month} is not over yet. Its highlight report is due by ${due}.`,
    // The lead's report.
    leadTitle: 'What the lead reported',
    noReport: (month: string) =>
      `There is no report for ${month}, so nothing is said here in the lead’s words. The records for the month are below.`,
    /** A month whose report is not yet late (it is running, or ended and not yet due): said plainly, not as a fault. */
    noReportYet: (month: string) => `The lead has not reported on ${month} yet. The records for the month are below.`,
    onlyRating: 'The report gives its rating and nothing more.',
    sections: {
      progress: 'Progress this month',
      next: 'Next month',
      benefits: 'Benefits',
      risks: 'Risks',
      interdependencies: 'Interdependencies',
      disadvantages: 'Disadvantages',
      recommendations: 'Recommendations',
    },
    // From the records.
    recordsTitle: 'From the records',
    recordsIntro: (month: string) =>
      `Drawn from the partnership’s own records for ${month}, whether or not the report mentions them.`,
    recordsSoFar: (date: string) => `The month is not over: this is how the records stand on ${date}.`,
    milestonesTitle: 'Milestones',
    milestonesLate: (count: number) => format.plural(count, { one: '# milestone late', other: '# milestones late' }),
    milestonesDone: (count: number, month: string) =>
      format.plural(count, { one: `# milestone met in ${month}`, other: `# milestones met in ${month}` }),
    milestoneLate: 'Late',
    milestoneMet: 'Met',
    milestoneMetLate: 'Met late',
    /** A late milestone's dates. */
    dueNotDone: (due: string) => `Due by ${due}, not met.`,
    /** A met milestone's dates. */
    doneOn: (done: string, due: string) => `Met on ${done}; due by ${due}.`,
    noMilestones: (month: string) => `No milestone was met in ${month}, and none is late.`,
    risksTitle: 'Linked risks',
    riskOwner: (owner: string) => `Owner: ${owner}`,
    noRisks: 'No open risk linked to the project is above appetite, rising or past its review date.',
    actionsTitle: 'Linked actions',
    actionOverdue: (due: string) => `Due by ${due}, not done.`,
    actionDoneLate: (completed: string, due: string) => `Done on ${completed}; due by ${due}.`,
    /** An action recorded done before the day it was raised (its meeting's): the date cannot be right. */
    actionMisdated: (completed: string, raised: string, due: string) =>
      `Recorded done on ${completed}, before it was raised on ${raised}: check the date. Due by ${due}.`,
    actionOwner: (owner: string) => `By whom: ${owner}`,
    noActions: 'No action linked to the project is overdue or was done late.',
    // Decisions.
    decisionsTitle: 'Decisions needed',
    decisionsIntro: (group: string) => `The report asks the ${group} to decide:`,
    decisionsIntroNoGroup: 'The report asks for these decisions:',
    /** Beside each decision, when the report asks more than one group. */
    decisionGroup: (group: string) => `For the ${group} to decide.`,
    // Months.
    monthsTitle: 'Months',
    monthsIntro: 'Choose a month to read its report.',
    /** Said in the status region when the reader chose a month. */
    showing: (month: string) => `Showing the highlight report for ${month}.`,
    download: 'Download CSV',
    /** After `download`, for screen readers: which CSV. */
    downloadWhat: 'of the RAG history',
    csvFile: (partnership: string, project: string) => partFile(partnership, project, 'RAG history.csv'),
    csv: {
      month: 'Month',
      status: 'Status',
      due: 'Due',
      submitted: 'Submitted',
      late: 'Late',
      reason: 'Reason',
      yes: 'Yes',
      no: 'No',
    },
    /** Printed above the report. */
    printed: (partnership: string, date: string) => `${partnership}. Printed on ${date}.`,
    // Problems with the attributes.
    noProject: 'No project is named. Set the project attribute to the id of a project in the document.',
    unknownProject: (id: string, known: readonly string[]) =>
      known.length === 0
        ? `There is no project with the id '${id}': the document has no projects yet. Add the project, with its reports, under "projects".`
        : `There is no project with the id '${id}'. ${setOneOf('project', known, id)}`,
    unknownPeriod: (period: string, first: string, last: string) =>
      `This project has no month '${period}'. Set the period attribute to a month from ${first} to ${last}, written YYYY-MM, or leave it out for the latest.`,
    /** `period` is a month of the project that has not come yet. */
    monthToCome: (month: string, last: string) =>
      `${month} has not come yet, so no highlight report is due for it. Set the period attribute to a month up to ${last}, written YYYY-MM, or leave it out for the latest.`,
    notStarted: (start: string) => `The project starts on ${start}, so it has no months to report on yet.`,
  },
};

/** Every word of the kit in English. */
export const en = /* @__PURE__ */ closingSentences(english);

/** Every word of the kit in one language: the shape each messages module has. */
export type Messages = typeof en;
