/**
 * English: every word the kit shows or the core explains, in one module.
 * A Welsh module (`cy.ts`) has the same keys; a council adds or changes
 * wording with `registerMessages` (see `registry.ts`).
 *
 * Dates and numbers go through `format` (Intl, en-GB, GOV.UK style: "4pm",
 * "1 December 2026"). Counts go through `format.plural`, never `=== 1`.
 *
 * `enCore` holds the words of the rules core and the contract: the core's
 * English formatter imports only it, so a server does not load the elements'
 * words.
 */
import type {
  Attendance,
  ActionRecordStatus,
  DecisionRule,
  Expected,
  ProblemValues,
  ProposalStatus,
  Risk,
  Seat,
  ValueSummary,
  VoteChoice,
} from '../contract/index.js';
import type {
  ActionStatus,
  ChangeRefusal,
  ChangeRefusalValues,
  RosterWarningValues,
  VoteReasonValues,
} from '../rules/index.js';
import type { Names } from './names.js';
import type { LoadFailure, RetryReason } from '../data/index.js';
import { createFormat, type Format } from './format.js';

const format: Format = /* @__PURE__ */ createFormat('en-GB', {
  am: 'am',
  pm: 'pm',
  midday: 'midday',
  midnight: 'midnight',
  at: 'at',
});

const roles: Record<Seat['role'], string> = {
  member: 'Member',
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  clerk: 'Clerk',
  adviser: 'Adviser',
  observer: 'Observer',
};

/** Why a vote is refused or not counted, and why a person may not vote (the rules). */
const reasons = {
  'unknown-proposal': (v) => `There is no proposal with the id '${v.proposal}'.`,
  'proposal-not-open': (v, n) =>
    v.closes === undefined
      ? `'${n.proposal(v.proposal)}' is ${{ draft: 'still a draft', open: 'open', closed: 'closed', withdrawn: 'withdrawn' }[v.status]}, so it takes no votes.`
      : `Voting on '${n.proposal(v.proposal)}' closed on ${n.format.dateTime(v.closes)}.`,
  'unknown-seat': (v) => `There is no seat with the id '${v.seat}'.`,
  'not-in-group': (v, n) =>
    `Seat '${v.seat}' is not a seat of the ${n.group(v.group)}, so it has no vote on '${n.proposal(v.proposal)}'.`,
  'non-voting-seat': (v, n) => `${n.seat(v.seat)} is a non-voting seat: it has no vote on '${n.proposal(v.proposal)}'.`,
  'vacant-seat': (v, n) =>
    `${n.seat(v.seat)} was vacant${v.date === undefined ? '' : ` on ${n.format.date(v.date)}`}, so no one could vote for it.`,
  'not-holder-or-proxy': (v, n) => `${n.person(v.person)} is neither the holder nor the proxy of ${n.seat(v.seat)}.`,
  'holder-present': (v, n) =>
    `${n.person(v.holder)} ${
      v.arrived === undefined
        ? `attended the meeting for ${n.seat(v.seat)} on ${n.format.date(v.date)}`
        : `was in the room for ${n.seat(v.seat)} from ${n.format.time(v.arrived)}`
    }, so its proxy, ${n.person(v.proxy)}, cannot vote for it.`,
  'term-ended': (v, n) =>
    `The term of ${n.seat(v.seat)} ended on ${n.format.date(v.to)}, so it has no vote until a new term is recorded.`,
  'declared-interest': (v, n) =>
    `${n.person(v.person)} declared an interest in '${n.proposal(v.proposal)}' and withdrew, so cannot vote on it.`,
  'cast-in-future': () => 'The vote says it was cast later than now. Check the clock of the device it came from.',
  'term-not-started': (v, n) =>
    `The first term of ${n.seat(v.seat)} starts on ${n.format.date(v.from)}, so it has no vote before then.`,
  'no-seat': (v, n) => `${n.person(v.person)} holds no seat on the ${n.group(v.group)}, and is no seat’s proxy.`,
} satisfies {
  [C in keyof VoteReasonValues]: (values: VoteReasonValues[C], names: Names) => string;
};

/** What a clerk should put right in a roster (the rules). */
const warnings = {
  vacant: (v, n) => `${n.seat(v.seat)} is vacant: its partner should appoint a representative to it.`,
  'no-proxy': (v, n) =>
    `${n.seat(v.seat)} has no proxy: its partner should appoint one to stand in when ${n.person(v.holder)} cannot attend.`,
  'own-proxy': (v, n) =>
    `${n.person(v.person)} is named as both holder and proxy of ${n.seat(v.seat)}: appoint someone else as proxy.`,
  'term-ended': (v, n) =>
    `${n.seat(v.seat)}: the term ended on ${n.format.date(v.to)}${v.holder ? `, held by ${n.person(v.holder)}` : ''}. Record the new term or appointment.`,
  'term-ending': (v, n) =>
    `${n.seat(v.seat)}: the term ends on ${n.format.date(v.to)}${v.holder ? `, held by ${n.person(v.holder)}` : ''}. Plan the reappointment.`,
  'multiple-seats': (v, n) =>
    `${n.person(v.person)} holds ${n.seat(v.seat)} and also ${n.format.list(v.others.map((seat) => n.seat(seat)))}: one person should hold one voting seat.`,
  'multiple-proxies': (v, n) =>
    `${n.person(v.person)} is proxy for ${n.seat(v.seat)} and also ${n.format.list(v.others.map((seat) => n.seat(seat)))}: each voting seat should have its own proxy.`,
} satisfies {
  [C in keyof RosterWarningValues]: (values: RosterWarningValues[C], names: Names) => string;
};

/** Why a change of attendance or of an action is refused (the rules). */
const refusals = {
  'unknown-meeting': (v) => `There is no meeting '${v.meeting}'.`,
  'unknown-seat': (v, n) => `${n.group(v.group)} has no seat '${v.seat}'.`,
  'unknown-action': (v) => `There is no action '${v.action}'.`,
  // Names has no action titles yet: an action is named by its id until it does.
  'not-permitted': (v, n: Names & { action?: (id: string) => string }) =>
    v.action === undefined
      ? `Only the clerk or chair of ${n.group(v.group)} may record attendance.`
      : `Only the action's owner, or the clerk or chair of its group, may change '${n.action(v.action)}'.`,
  'attendance-not-allowed': (v) => `That seat had no ${v.attendance} on the meeting's date.`,
  'meeting-decided': (v, n) =>
    `'${n.proposal(v.proposal)}' was decided at this meeting, so its attendance can no longer change.`,
  'not-in-room': (v): string =>
    v.meetingDay
      ? 'That seat is not checked in, so it cannot be checked out.'
      : "A departure is recorded only on the meeting's day, until it ends. Record who attended from the minutes instead.",
  'completed-without-done': () => 'Only a done action has a completed date.',
  'completed-in-future': () => 'completed cannot be a date still to come.',
} satisfies {
  [C in keyof ChangeRefusalValues]: (values: ChangeRefusalValues[C], names: Names) => string;
};

/** What is wrong with a document (the contract). */
// Each message follows its problem's path, which is its subject: "groups[0].seats[2].holder" + " must be text, …".
const problems = /* @__PURE__ */ (() => {
  const quoted = (items: readonly string[]) => items.map((item) => JSON.stringify(item));
  /** "a", "b" or "c". */
  const or = (items: readonly string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
  const value = (v: ValueSummary, f: Format): string => {
    switch (v.type) {
      case 'text':
        return JSON.stringify(v.text);
      case 'number':
      case 'boolean':
        return v.text;
      case 'list':
        return v.count === 0
          ? 'an empty list'
          : f.plural(v.count, { one: 'a list of # entry', other: 'a list of # entries' });
      case 'object':
        return 'an object';
      case 'missing':
        return 'missing';
      case 'null':
        return 'null';
      default:
        return 'something JSON cannot hold';
    }
  };
  const types = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
  };
  const formats = {
    id: 'an id: letters, digits and . _ : -, starting with a letter or digit, at most 64 characters (like "elg-primary")',
    date: 'a real date written YYYY-MM-DD (like "2019-10-15")',
    'date-time': 'a date and time with its offset, like "2019-10-15T16:00:00+01:00" or "2019-12-10T16:00:00Z"',
    'quorum-min': 'a whole number, "all", or a fraction like "1/2"',
    ids: 'a partner id or a list of partner ids',
    ext: 'an object holding your own data',
    attendance:
      'an object of seat ids to "holder", "proxy", "apologies" or "absent", or to entries like { "as": "holder", "arrived": "…" }',
    appetite: 'an object of risk categories to scores from 1 to 25',
  };
  const expected = (e: Expected, f: Format): string => {
    switch (e.kind) {
      case 'type':
        return types[e.type];
      case 'one-of':
        return e.values.length === 1 ? JSON.stringify(e.values[0]) : `one of ${or(quoted(e.values))}`;
      case 'format':
        return formats[e.format];
      case 'whole-number':
        return e.maximum === undefined
          ? `a whole number of at least ${f.number(e.minimum)}`
          : `a whole number from ${f.number(e.minimum)} to ${f.number(e.maximum)}`;
      default:
        return 'a value the contract allows';
    }
  };
  const fields = (keys: readonly string[], f: Format) =>
    `${f.plural(keys.length, { one: 'a field', other: 'fields' })} the contract does not know: ${quoted(keys).join(', ')}`;
  /** A time, and the same with its preposition ("at 4pm"), given as a time alone when both fall on one day. */
  const times = (time: string, other: string, f: Format) => {
    const day = (t: string) => f.dateTime(t).slice(0, -f.time(t).length);
    const sameDay = day(time) === day(other);
    const say = (t: string) => (sameDay ? f.time(t) : f.dateTime(t));
    return { time: say(time), other: `${sameDay ? 'at' : 'on'} ${say(other)}` };
  };
  return {
    'unknown-fields': (v, f) => `has ${fields(v.keys, f)}. Check the spelling, or put your own data under "ext".`,
    'empty-text': () => 'must not be empty.',
    'too-few-entries': (v, f) => `must have at least ${f.plural(v.minimum, { one: '# entry', other: '# entries' })}.`,
    'out-of-range': (v, f) =>
      `must be ${v.bound === 'minimum' ? 'at least' : 'at most'} ${f.number(v.limit)}, but it is ${f.number(v.value)}.`,
    missing: (v, f) => `is missing: add ${expected(v.expected, f)}.`,
    'wrong-value': (v, f) => `must be ${expected(v.expected, f)}, but it is ${value(v.value, f)}.`,
    'not-json': (v) => `is not valid JSON (${v.reason}). Check it with a JSON validator.`,
    'not-an-object': (v, f) =>
      `must be a JSON object with "contract": "${v.contract}", but it is ${value(v.value, f)}.`,
    'other-contract': (v) =>
      `is "${v.found}", but this version of partnership-kit reads "${v.expected}". Use a kit that reads ${v.found}, or write the document to contract ${v.expected}.`,
    'too-many-records': (v, f) =>
      `has ${f.number(v.count)} records, but the kit reads at most ${f.number(v.maximum)}. Split the document.`,
    'not-checked': (v) => `could not be checked: ${v.reason}.`,
    'duplicate-id': (v) => `is '${v.id}', which ${v.first} already uses. Give each record its own id.`,
    'unknown-reference': (v) => `is '${v.id}', but no ${v.target} has that id. Correct the id, or add the ${v.target}.`,
    'reports-to-itself': (v) =>
      `is '${v.group}', the group itself, but a group cannot report to itself. Name the group it reports to, or leave reportsTo out.`,
    'voting-seat-without-partner': (v) =>
      `is missing: seat '${v.seat}' is a voting seat, so it must name the partner it represents. Add the partner's id.`,
    'term-ends-before-start': (v, f) =>
      `is ${f.date(v.to)}, before the term starts on ${f.date(v.from)}. Correct one of the dates.`,
    'appointment-ends-before-start': (v, f) =>
      `is ${f.date(v.to)}, before the appointment starts on ${f.date(v.from)}. Correct one of the dates.`,
    'appointments-overlap': (v, f) =>
      `is ${f.date(v.from)}, but the appointment before it runs to ${f.date(v.previousTo)}. List earlier appointments oldest first, without overlaps.`,
    'term-overlaps-appointment': (v, f) =>
      `is ${f.date(v.from)}, but an earlier appointment under "previous" runs to ${f.date(v.previousTo)}. End the earlier appointment before the current term starts.`,
    'meeting-ends-before-start': (v, f) => {
      const { time, other } = times(v.end, v.start, f);
      return `is ${time}, before the meeting starts ${other}. Correct one of the times.`;
    },
    'rule-not-agreed': (v) =>
      `is missing: proposal '${v.proposal}' uses the decision rule '${v.rule}', not its group's '${v.groupRule}'. A group may only use another rule when it agreed it unanimously: add the id of the meeting where it did, or remove "decisionRule".`,
    'meeting-of-other-group': (v) =>
      `is '${v.meeting}', a meeting of group '${v.meetingGroup}', but the proposal belongs to group '${v.group}'. Name a meeting of '${v.group}'.`,
    'duplicate-declaration': (v) =>
      `is '${v.person}', who already has a declaration at ${v.first}. Keep one declaration a person, with every interest in it.`,
    'bands-out-of-order': (v, f) =>
      `is ${f.number(v.upTo)}, but the bands must rise in order: make it more than ${f.number(v.previous)}.`,
    'last-band-short': (v, f) =>
      v.upTo < v.maximum
        ? `is ${f.number(v.upTo)}, so scores from ${f.number(v.upTo + 1)} to ${f.number(v.maximum)} have no band. Make the last band's upTo ${f.number(v.maximum)}.`
        : `is ${f.number(v.upTo)}, but the highest score is ${f.number(v.maximum)}. Make the last band's upTo ${f.number(v.maximum)}.`,
    'empty-category': () => 'is a category with no name: no risk can have it. Name the category.',
    'appetite-not-a-score': (v, f) =>
      `is ${value(v.value, f)}, but the appetite for '${v.category}' must be the highest acceptable score: a whole number from ${f.number(v.minimum)} to ${f.number(v.maximum)}.`,
    'seat-not-in-group': (v) =>
      `records attendance for seat '${v.seat}', but group '${v.group}' has no seat with that id. Correct the seat's id, or remove the entry.`,
    'empty-attendance': () => 'is an empty list. Record at least one entry, or leave the seat out.',
    'attendance-entry-not-object': (v, f) =>
      `is ${value(v.value, f)}, but each entry in the list is an object like { "as": "holder", "arrived": "…" }.`,
    'attendance-unknown-fields': (v, f) => {
      const [first = '', ...rest] = quoted(v.allowed);
      return `has ${fields(v.keys, f)}. An entry has ${first}, and may have ${f.list(rest)}.`;
    },
    'leaves-before-arriving': (v, f) => {
      const { time, other } = times(v.left, v.arrived, f);
      return `is ${time}, before the arrival ${other}. Correct one of the times.`;
    },
    'no-proxy': (v, f) =>
      `is "proxy", but seat '${v.seat}' had no proxy${v.date === undefined ? '' : ` on ${f.date(v.date)}`}. Name the proxy on the seat (or, for an earlier appointment, under "previous"), or record "holder", "apologies" or "absent".`,
    'seat-vacant': (v, f) =>
      `is "holder", but seat '${v.seat}' was vacant${v.date === undefined ? '' : ` on ${f.date(v.date)}`}. ${
        v.earlier
          ? 'If someone held it then, add the earlier appointment under "previous" on the seat'
          : 'Name the holder on the seat or, if they have since left it, add the earlier appointment under "previous"'
      }, or record "absent".`,
    'set-by-host': () => 'is set by the host when it stores the record: leave it out.',
  } satisfies {
    [C in keyof ProblemValues]: (values: ProblemValues[C], format: Format) => string;
  };
})();

/** The words of the rules core and the contract: all the core's English formatter loads. */
export const enCore = { lang: 'en', format, roles, reasons, warnings, refusals, problems };

// The elements' words.

const choices: Record<VoteChoice, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };
const decisionRules: Record<DecisionRule, string> = {
  'simple-majority': 'simple majority: more votes for than against',
  'absolute-majority': 'absolute majority: votes for from more than half of all voting seats',
  'two-thirds': 'two-thirds majority: at least two thirds of the votes for or against are for',
  'three-quarters': 'three-quarters majority: at least three quarters of the votes for or against are for',
  unanimous: 'unanimity: every vote cast is for, with no votes against and no abstentions',
};
const voteRetry: Record<RetryReason, string> = {
  offline: 'Queued: you are offline. It will be sent when the connection returns.',
  'server-error': 'Queued: the server could not take it just now. It will be sent again shortly.',
  timeout: 'Queued: the server took too long to answer. It will be sent again shortly.',
  'signed-out': 'Queued: your session has ended. Sign in again in this browser and it will be sent.',
};

/** Who sits for a seat: the seat, and the person unless the seat's label already names them; a proxy says so. */
function sitting(seat: string, person: string | undefined, as: 'holder' | 'proxy'): string {
  const who = person && !seat.includes(person) ? `${seat}: ${person}` : seat;
  return as === 'proxy' ? `${who} (proxy)` : who;
}

/** Every word of the kit in English. */
export const en = {
  lang: 'en',
  format,
  roles,
  reasons,
  warnings,
  refusals,
  problems,
  shared: {
    loading: 'Loading the partnership’s information…',
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
          return `The partnership’s information could not be loaded: the connection failed (${failure.message}). Check your connection and reload the page.`;
        case 'http':
          return failure.status === 404
            ? `The partnership’s information could not be found at ${failure.url} (HTTP 404). Check the address in the element’s src attribute.`
            : `The partnership’s information could not be loaded from ${failure.url}: the server answered HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}. Try again later.`;
        case 'timeout':
          return `The partnership’s information did not arrive from ${failure.url} within ${format.plural(failure.seconds, { one: '# second', other: '# seconds' })}. Check your connection, then try again.`;
        case 'not-json':
          return `The partnership’s information is not valid JSON (${failure.message}). Check the file${failure.url ? ` at ${failure.url}` : ''} with a JSON validator.`;
        case 'no-source':
          return 'No partnership document was given. Set the src attribute, put a <script type="application/json"> inside the element, or place it inside <partnership-data src="…">.';
        case 'contract':
          return en.shared.contractIntro(failure.total, failure.problems.length);
      }
    },
    savedCopy: (fetchedAt: string, refreshing: boolean) =>
      refreshing
        ? `Showing the copy saved on this device on ${format.dateTime(fetchedAt)} while the latest loads.`
        : `Showing the copy saved on this device on ${format.dateTime(fetchedAt)}. It may be out of date: the latest could not be loaded.`,
    tryAgain: 'Try again',
    /** A record kept on this device because someone else, or nobody, is signed in. */
    waitingForOwner: (name: string) => `Saved on this device. Sign in as ${name} to send it.`,
    /** The host's own words, when it kept a record back without refusing it. */
    hostSaid: (message: string) => `The host said: ${message}`,
    /** This device could not store a record; `error` is the browser's words. */
    notStored: (error: string) =>
      `this device could not save it, so it was not sent (${error}). Allow this site to store data, or free some space, then try again.`,
    /** The host refused a record without saying why. */
    hostRefused: (status: number | undefined) =>
      status === undefined ? 'The host refused it.' : `The server refused it (HTTP ${status}).`,
    indicative: 'Votes are indicative: the partnership steers decisions, and holds no delegated statutory powers.',
    errorPrefix: 'Error:',
  },

  votePanel: {
    choice: (choice: VoteChoice) => choices[choice],
    status: (status: ProposalStatus) =>
      ({ draft: 'Draft', open: 'Open for votes', closed: 'Closed', withdrawn: 'Withdrawn' })[status],
    rule: (rule: DecisionRule) => decisionRules[rule],
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
    votingClosed: 'Voting on this proposal has closed.',
    withdrawn: 'This proposal was withdrawn, so it was not put to a vote.',
    notOpenYet: 'This proposal is not open for votes.',
    closes: (when: string) => `Voting closes ${when}`,
    summary: 'Summary',
    rationale: 'Rationale',
    yourVote: 'Your vote',
    legendHolder: (seat: string) => `How do you vote for ${seat}?`,
    legendProxy: (seat: string, holder: string) => `How do you vote for ${seat}, as proxy for ${holder}?`,
    castButton: 'Cast vote',
    forSeat: (seat: string) => `for ${seat}`,
    changeButton: 'Change vote',
    chooseFirst: 'Choose for, against or abstain.',
    unchanged: (choice: string) => `Your vote is already “${choice}”. Choose another to change it.`,
    current: (choice: VoteChoice, when: string) =>
      `Your vote for this seat is recorded: ${choices[choice].toLowerCase()}, cast ${when}. You can change it while the proposal is open.`,
    inPlaceOf: (holder: string) =>
      `${holder}, the seat's holder, declared an interest and withdrew for this item, so you vote for the seat in their place.`,
    holderCounts: (holder: string) =>
      `${holder}, the seat's holder, has also voted. A holder's vote counts before a proxy's, so yours is kept but not counted.`,
    waiting: (choice: VoteChoice) =>
      `Your vote, ${choices[choice].toLowerCase()}, is saved on this device and waiting to be sent. Changing it sends the new one after it.`,
    signIn: 'Sign in to the portal to vote.',
    youWithdrew: 'You declared an interest in this proposal and withdrew for the item, so you cannot vote on it.',
    // A vote still on the device near the closing time: like a postal vote, it counts only if it arrives in time.
    reachInTime: (closes: string) => `It counts only if it reaches the host before voting closes at ${closes}.`,
    reachedTooLate: (closes: string) =>
      `Voting closed at ${closes}. It counts only if it reached the host before then.`,
    // Declarations of interest.
    declarationsTitle: 'Declarations of interest',
    declaredFor: (person: string, seat: string) => `${person}, ${seat}`,
    withdrewForItem: 'Withdrew for this item and does not vote on it.',
    stayedForItem: 'Did not withdraw.',
    declaredAt: (when: string) => `Declared ${when}.`,
    cannotVote: 'You cannot vote on this proposal.',
    // Outbox states, announced in the status region.
    saving: 'Saved on this device, sending…',
    recorded: 'Recorded. Thank you: your vote is with the partnership.',
    queued: (problem?: RetryReason) => (problem ? voteRetry[problem] : 'Saved on this device, sending…'),
    rejected: (reason: string) => `Not accepted: ${reason}`,
    refused: (reason: string) => `Not sent: ${reason}`,
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
    needed: (needed: number, entitled: number, have: number) =>
      have >= needed
        ? `With the other votes as they stand, it carries with ${needed} votes for (of ${entitled} voting seats), and it has ${have}.`
        : `With the other votes as they stand, it needs ${needed} votes for to carry (of ${entitled} voting seats): ${needed - have} more.`,
    cannotCarry: 'With the votes against and abstentions as they stand, it cannot carry.',
    abstentions: (rule: DecisionRule): string =>
      rule === 'unanimous'
        ? 'An abstention is recorded and stops a unanimous decision.'
        : 'Abstentions are recorded but count neither for nor against.',
    tieNone: 'A tie is not carried.',
    tieChair: 'A tie is decided by the chair’s vote, when the chair has voted.',
    tieDecided: (votes: number, carried: boolean) =>
      `The votes for and against are tied, ${votes} each, so the chair’s vote decides it: ${carried ? 'carried' : 'not carried'}.`,
    quorate: (when: string) => `The meeting on ${when} is quorate.`,
    inquorate: (when: string) => `The meeting on ${when} is not quorate, so the proposal cannot be decided.`,
    noMeeting: 'No meeting is named, so quorum does not apply.',
    quorumNotYet: (when: string) =>
      `Nobody is recorded at the meeting on ${when} yet, so whether it is quorate is not yet known.`,
    standingAwaiting: 'If voting closed now: not yet known, until the meeting is quorate.',
    resultLine: (result: string) => `Result: ${result}.`,
    standingLine: (result: string) => `If voting closed now: ${result}.`,
    hidden: 'The count is not shown here.',
    afterClose: 'The count is shown when voting closes.',
    publishedCount: 'These are the totals the host publishes: the votes behind them are not shown.',
    secretBallot: 'This is a secret ballot: how each seat voted is not shown.',
    choicesTitle: 'How each seat voted',
    choicesSeat: 'Seat',
    choicesBy: 'Voted by',
    choicesVote: 'Vote',
    asProxy: (person: string) => `${person} (proxy)`,
    invalidTitle: (count: number) => format.plural(count, { one: '# vote not counted', other: '# votes not counted' }),
    invalidVote: (seat: string, person: string, reason: string) => `${seat}, cast by ${person}: ${reason}`,
    noProposal: 'No proposal is named. Set the proposal attribute to the id of a proposal in the document.',
    unknownProposal: (id: string) =>
      `There is no proposal with the id '${id}'. Set the proposal attribute to the id of a proposal in the document.`,
    noSender: 'Voting is not set up on this page: the host must set the endpoint attribute or the submit property.',
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
    notYet: 'Not yet known',
    notYetSummary: (when: string) =>
      `The meeting is on ${when}. Whether it is quorate is known once attendance is recorded.`,
    needed: (needed: number) => `${needed} needed`,
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
    unknownMeeting: (id: string) =>
      `There is no meeting with the id '${id}'. Set the meeting attribute to the id of a meeting in the document.`,
  },

  /** The clerk's check-in (`editable`). */
  checkIn: {
    caption: 'Record who is here',
    seat: 'Seat',
    person: 'Holder',
    attendance: 'Attendance',
    selectLabel: (seat: string) => `Attendance for ${seat}`,
    options: { holder: 'Holder present', proxy: 'Proxy present', apologies: 'Apologies', absent: 'Absent' },
    save: 'Save',
    saveFor: (seat: string) => `attendance for ${seat}`,
    checkOut: 'Check out',
    checkOutFor: (seat: string) => `${seat}: they have left`,
    /** Why a seat's attendance cannot be changed, from the rules core's refusal. */
    fixed: (reason: ChangeRefusal['reason'] | null): string =>
      reason === 'meeting-decided'
        ? 'A proposal decided at this meeting is closed, so its attendance can no longer change.'
        : 'This seat’s attendance cannot be changed.',
    notPermitted: (person: string, group: string) =>
      `${person} is not the clerk or chair of ${group}, so cannot record attendance at its meetings.`,
    unchanged: (seat: string) => `Attendance for ${seat} is already recorded as that: nothing to save.`,
    saving: (seat: string) => `Saving attendance for ${seat}…`,
    saved: (seat: string) => `Attendance for ${seat} saved.`,
    checkingOut: (seat: string) => `Checking out ${seat}…`,
    queued: (seat: string, signedOut: boolean) =>
      signedOut
        ? `Attendance for ${seat} is saved on this device: your session has ended. Sign in again and it will be sent.`
        : `Attendance for ${seat} is saved on this device and will be sent when the connection returns.`,
    rejected: (seat: string, reason: string) =>
      `Attendance for ${seat} was not accepted, so it is back as it was: ${reason}`,
    noClerk:
      'To record attendance, the host must set the clerk attribute to the signed-in clerk’s id and the endpoint attribute.',
    /** The holder's cell of a vacant seat. */
    noHolder: '—',
  },

  roster: {
    caption: (group: string) => `Members of the ${group}`,
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
    role: (role: Seat['role']) => roles[role],
    attendance: (value: Attendance) =>
      ({ holder: 'Attended', proxy: 'Proxy attended', apologies: 'Apologies', absent: 'Absent' })[value],
    voting: 'Voting',
    nonVoting: 'Non-voting',
    vacant: 'Vacant',
    noProxy: 'None',
    noTerm: '—',
    term: (from: string, to?: string) =>
      to ? `${format.date(from)} to ${format.date(to)}` : `From ${format.date(from)}`,
    warningsTitle: (count: number) =>
      format.plural(count, { one: '# thing for the clerk to check', other: '# things for the clerk to check' }),
    noGroups: 'This partnership has no groups yet. Add a group with its seats to the document.',
    noSeats: (group: string) => `The ${group} has no seats yet. Add its seats to the document.`,
    unknownGroup: (id: string, known: string[]) =>
      `There is no group with the id '${id}'. Set the group attribute to one of: ${known.join(', ') || 'none'}.`,
    unknownMeeting: (id: string) =>
      `There is no meeting of this group with the id '${id}', so attendance is not shown. Check the meeting attribute.`,
    historyCaption: (group: string) => `Who has held the seats of the ${group} that changed hands`,
    historyColumns: { seat: 'Seat', holder: 'Holder', proxy: 'Proxy', from: 'From', to: 'To' },
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
    rating: (likelihood: number, impact: number) => `likelihood ${likelihood} × impact ${impact}`,
    aboveAppetite: 'Above appetite',
    /** A category as written in the document ("financial"), as a heading would write it ("Financial"). */
    category: (category: string) => category.charAt(0).toUpperCase() + category.slice(1),
    withinAppetite: (appetite: number) => `Within appetite (up to ${appetite})`,
    appetiteLimit: (appetite: number) => `(up to ${appetite})`,
    noAppetite: '—',
    overdue: 'Review overdue',
    none: '—',
    readMore: 'Read the mitigation',
    /** The first words of a long mitigation, folded away after them. */
    folded: (start: string) => `${start}…`,
    filters: 'Filter the risks',
    filterStatus: 'Status',
    filterBand: 'Score band',
    filterOwner: 'Owner',
    filterCategory: 'Category',
    any: 'Any',
    uncategorised: 'No category',
    clearFilters: 'Clear filters',
    download: 'Download CSV',
    csvFile: (partnership: string) => `${partnership} risk register.csv`,
    /** The CSV's own columns and words, besides the table's `columns`. */
    csv: {
      status: 'Status',
      likelihood: 'Likelihood',
      impact: 'Impact',
      band: 'Band',
      reviewOverdue: 'Review overdue',
      yes: 'Yes',
      no: 'No',
    },
    heatMapTitle: 'Heat map',
    heatMapCaption: 'Risks by likelihood (rows) and impact (columns). Choose a cell to show only its risks.',
    legend: 'Score bands',
    bandRange: (from: number, to: number) => (from === to ? `score ${from}` : `scores ${from} to ${to}`),
    likelihood: 'Likelihood',
    impact: 'Impact',
    /** Under the impact columns: the way impact rises. */
    impactAxis: 'Impact →',
    cellLabel: (count: number, likelihood: number, impact: number, band: string) =>
      `${format.plural(count, { one: '# risk', other: '# risks' })} with likelihood ${likelihood} and impact ${impact}, ${band}`,
    /** After the table's caption, while a heat-map cell filters it. */
    cellFilter: (likelihood: number, impact: number) => `(Showing likelihood ${likelihood}, impact ${impact} only)`,
    summary: (open: number, high: number, highLabel: string, above: number, overdue: number) =>
      `${format.plural(open, { one: '# open risk', other: '# open risks' })}: ${high} ${highLabel.toLowerCase()}, ${above} above appetite, ${format.plural(overdue, { one: '# review', other: '# reviews' })} overdue.`,
    empty: 'There are no risks on this register yet.',
    emptyFiltered: 'No risks match these filters.',
    unknownGroup: (id: string) => `There is no group with the id '${id}'. Check the group attribute.`,
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
    caption: (count: number) => `Actions (${count})`,
    startedToo: '(in progress)',
    shownNow: (shown: number, total: number) =>
      shown === total ? `All ${total} actions shown.` : `${shown} of ${total} actions shown.`,
    groupCaption: (name: string, count: number) => `${name} (${count})`,
    columns: {
      title: 'Action',
      owner: 'By whom',
      due: 'By when',
      status: 'Status',
      completed: 'Completed',
      from: 'From',
    },
    /** The CSV's columns after the table's own. */
    csvColumns: { meeting: 'Meeting', proposal: 'Proposal', notes: 'Notes' },
    /** The Completed cell of an action not done. */
    notCompleted: '—',
    filters: 'Show actions',
    filterOwner: 'By whom',
    filterStatus: 'Status',
    groupBy: 'Group by',
    groupOptions: { none: 'Nothing', owner: 'Who', meeting: 'Meeting', status: 'Status' },
    any: 'Any',
    noMeeting: 'Not from a meeting',
    meetingLink: (when: string) => `Meeting on ${when}`,
    proposalLink: (title: string) => `Proposal: ${title}`,
    download: 'Download CSV',
    csvFile: (partnership: string) => `${partnership} actions.csv`,
    empty: 'There are no actions yet.',
    emptyFiltered: 'No actions match these filters.',
    unknownGroup: (id: string) => `There is no group with the id '${id}'. Check the group attribute.`,
    unknownMeeting: (id: string) => `There is no meeting with the id '${id}'. Check the meeting attribute.`,
    unknownOwner: (id: string) => `There is no person with the id '${id}'. Check the owner attribute.`,
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
    notSentOverdue: 'Not sent, overdue',
    toCome: 'To come',
    // Editing
    editStatus: (title: string) => `Status of “${title}”`,
    completedOn: (title: string) => `Completed on (for “${title}”)`,
    save: 'Save',
    saveFor: (title: string) => `the status of “${title}”`,
    unchanged: (title: string) => `“${title}” already has that status: nothing to save.`,
    saving: (title: string) => `Saving “${title}”…`,
    saved: (title: string) => `“${title}” saved.`,
    queued: (title: string, problem: RetryReason) =>
      problem === 'offline'
        ? `“${title}” is saved on this device and will be sent when the connection returns.`
        : problem === 'signed-out'
          ? `“${title}” is saved on this device: your session has ended. Sign in again and it will be sent.`
          : `“${title}” is saved on this device but could not be sent yet. It will be tried again shortly.`,
    notSaved: (title: string, reason: string) => `“${title}” was not saved: ${reason}`,
    rolledBack: (title: string, reason: string) => `“${title}” was not saved, so it is back as it was: ${reason}`,
    noEditor:
      'To change actions, the host must set the editor attribute to the signed-in person’s id and the endpoint attribute.',
  },
};

/** Every word of the kit in one language: the shape each messages module has. */
export type Messages = typeof en;
