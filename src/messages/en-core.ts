/**
 * English, the words of the rules core and the contract: why a vote is
 * refused or not counted, roster warnings, why a change is refused, what is
 * wrong with a document, and the roles that name seats. It is the part of the
 * English module (`en.ts`) that `partnership-kit/core` and the server load:
 * `en.ts` adds the elements' words to it. A translator translates both; the
 * Welsh module (`cy.ts`) is one file.
 *
 * Dates and numbers go through `format` (Intl, en-GB, GOV.UK style: "4pm",
 * "1 December 2026"). Counts go through `format.plural`, never `=== 1`.
 */
import type {
  ActionRecordStatus,
  Attendance,
  Expected,
  JsonPlace,
  JsonSyntaxError,
  ProblemValues,
  ReferenceTarget,
  Seat,
  ValueSummary,
} from '../contract/index.js';
import type { ChangeRefusalValues, RosterWarningValues, VoteReasonValues } from '../rules/index.js';
import type { NotInId } from '../contract/problems.js';
import type { Names } from './names.js';
import { createFormat, dayOfMoment, type Format } from './format.js';
import { closingSentences } from './sentence.js';

/** What a program put in an `ext` that JSON cannot carry, named as a developer knows it. */
const NOT_JSON: Record<NonNullable<ProblemValues['wrong-value']['notJson']>['kind'], string> = {
  bigint: 'a BigInt',
  function: 'a function',
  symbol: 'a Symbol',
  undefined: 'undefined',
  'not-finite': 'a number that is not finite (NaN or Infinity)',
};

const format: Format = /* @__PURE__ */ createFormat('en-GB', {
  am: 'am',
  pm: 'pm',
  midday: 'midday',
  midnight: 'midnight',
  at: 'at',
  endOfDay: '(end of day)',
  startOfDay: '(start of day)',
  summerTime: 'BST',
  winterTime: 'GMT',
});

const roles: Record<Seat['role'], string> = {
  member: 'Member',
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  clerk: 'Clerk',
  adviser: 'Adviser',
  observer: 'Observer',
};

/** A host's limit in minutes, in its largest whole unit: 1440 → "1 day", 90 → "90 minutes". */
export const minutesAsWords = (minutes: number, f: Format): string =>
  minutes > 0 && minutes % 1440 === 0
    ? f.plural(minutes / 1440, { one: '# day', other: '# days' })
    : minutes > 0 && minutes % 60 === 0
      ? f.plural(minutes / 60, { one: '# hour', other: '# hours' })
      : f.plural(minutes, { one: '# minute', other: '# minutes' });

/**
 * After a refusal naming an id the server's document lacks, what a member can do: the page may hold an older copy
 * than the server's (a proposal, meeting or seat renamed or removed since it loaded), so reloading it brings the
 * latest; if it does not, the site's people must put it right. A portal's developer reads other words, naming the
 * field (`unknown-ids-for-portals.ts`).
 */
const RELOAD_FOR_LATEST =
  'This page may have older information than the server: reload the page to get the latest. If this keeps happening, tell whoever runs this site.';

/** Why a vote is refused or not counted, and why a person may not vote (the rules). */
const reasons = {
  // Each problem of the vote's shape in the words of a document's problems, after its path: "vote.choice must be …".
  malformed: (v, n) => {
    const say = (p: (typeof v.problems)[number]) =>
      `${p.path} ${(problems[p.code] as (values: unknown, f: Format) => string)(p.values, n.format)}`;
    const intro = n.format.plural(v.problems.length, {
      one: 'There is a problem with the vote:',
      other: 'There are # problems with the vote:',
    });
    return `${intro} ${v.problems.map(say).join(' ')}`;
  },
  'unknown-proposal': (v) => `There is no proposal with the id '${v.proposal}'. ${RELOAD_FOR_LATEST}`,
  'proposal-not-open': (v, n) =>
    v.closes === undefined
      ? `'${n.proposal(v.proposal)}' is ${{ draft: 'still a draft', open: 'open', closed: 'closed', withdrawn: 'withdrawn' }[v.status]}, so it takes no votes.`
      : `Voting on '${n.proposal(v.proposal)}' closed on ${n.format.dateTime(v.closes)}.`,
  'unknown-seat': (v) => `There is no seat with the id '${v.seat}'. ${RELOAD_FOR_LATEST}`,
  'not-in-group': (v, n) =>
    `Seat '${v.seat}' is not a seat of the ${n.group(v.group)}, so it has no vote on '${n.proposal(v.proposal)}'.`,
  'non-voting-seat': (v, n) => `${n.seat(v.seat)} is a non-voting seat: it has no vote on '${n.proposal(v.proposal)}'.`,
  'vacant-seat': (v, n) =>
    `${n.seat(v.seat)} was vacant${v.date === undefined ? '' : ` on ${n.format.date(v.date)}`}, so no one could vote on its behalf.`,
  'not-holder-or-proxy': (v, n) =>
    v.from === undefined
      ? `${n.person(v.person)} is neither the representative nor the proxy of ${n.seat(v.seat)}.`
      : `${n.person(v.person)} is appointed as the ${v.as === 'proxy' ? 'proxy' : 'representative'} of ${n.seat(v.seat)} from ${n.format.date(v.from)}, so cannot vote on its behalf before then.`,
  'holder-present': (v, n) =>
    v.declared !== undefined
      ? `${n.person(v.holder)} was in the room for ${n.seat(v.seat)} until declaring an interest at ${n.format.time(v.declared)}, so the proxy, ${n.person(v.proxy)}, could not vote on behalf of the seat before then.`
      : `${n.person(v.holder)} ${
          v.arrived === undefined
            ? `attended the meeting for ${n.seat(v.seat)} on ${n.format.date(v.date)}`
            : `was in the room for ${n.seat(v.seat)} from ${n.format.time(v.arrived)}`
        }, so the proxy, ${n.person(v.proxy)}, cannot vote on behalf of the seat.`,
  'term-ended': (v, n) =>
    `The term of ${n.seat(v.seat)} ended on ${n.format.date(v.to)}, so it has no vote until a new term is recorded.`,
  'declared-interest': (v, n) =>
    `${n.person(v.person)} declared an interest in '${n.proposal(v.proposal)}' and withdrew, so cannot vote on it.`,
  'cast-in-future': () => 'The vote is dated in the future. Check the clock of the device it came from.',
  'waited-too-long': (v, n) =>
    `The vote says it was cast on ${n.format.dateTime(v.cast)}, but it reached the server on ${n.format.dateTime(v.now)}: this server takes a vote only up to ${minutesAsWords(v.maxWaitMinutes, n.format)} after it was cast. Vote again if you still can.`,
  'term-not-started': (v, n) =>
    `The first term of ${n.seat(v.seat)} starts on ${n.format.date(v.from)}, so it has no vote before then.`,
  'later-vote-stored': (v, n) =>
    `Your vote on behalf of ${n.seat(v.seat)} dated ${n.format.dateTime(v.cast)} is later than this one, and the later vote counts, so this one would not count. Check the clock of the device this came from, and vote again to change it.`,
  'no-seat': (v, n) => `${n.person(v.person)} holds no seat on the ${n.group(v.group)}, and is no seat’s proxy.`,
} satisfies {
  [C in keyof VoteReasonValues]: (values: VoteReasonValues[C], names: Names) => string;
};

/** What a clerk should put right in a roster (the rules). */
/** The other seats of a warning: each by name, or past five the first four and how many more, so a long list stays short. */
const otherSeats = (others: readonly string[], n: Names): string => {
  const named = others.slice(0, others.length > 5 ? 4 : 5).map((seat) => n.seat(seat));
  const rest = others.length - named.length;
  return n.format.list(
    rest > 0 ? [...named, n.format.plural(rest, { one: '# other seat', other: '# other seats' })] : named,
  );
};

const warnings = {
  vacant: (v, n) => `${n.seat(v.seat)} is vacant: its partner should appoint a representative to it.`,
  'appointed-from': (v, n) =>
    `${n.seat(v.seat)} is vacant until ${n.format.date(v.from)}: ${n.person(v.holder)} is appointed as its representative from that day.`,
  'no-proxy': (v, n) =>
    `${n.seat(v.seat)} has no proxy: its partner should appoint one to stand in when ${n.person(v.holder)} cannot attend.`,
  'own-proxy': (v, n) =>
    `${n.person(v.person)} is named as both representative and proxy of ${n.seat(v.seat)}: appoint someone else as proxy.`,
  'term-ended': (v, n) =>
    `${n.seat(v.seat)}: the term ended on ${n.format.date(v.to)}${v.holder ? `, and the representative was ${n.person(v.holder)}` : ''}. Record the new term or appointment.`,
  'term-ending': (v, n) =>
    `${n.seat(v.seat)}: the term ends on ${n.format.date(v.to)}${v.holder ? `, and the representative is ${n.person(v.holder)}` : ''}. Plan the reappointment.`,
  'multiple-seats': (v, n) =>
    `${n.person(v.person)} holds ${n.seat(v.seat)} and also ${otherSeats(v.others, n)}: one person should hold one voting seat.`,
  'multiple-proxies': (v, n) =>
    `${n.person(v.person)} is proxy for ${n.seat(v.seat)} and also ${otherSeats(v.others, n)}: each voting seat should have its own proxy.`,
  'proxy-holds-seat': (v, n) =>
    `${n.person(v.person)} is proxy for ${n.seat(v.seat)} and holds ${otherSeats(v.held, n)}: when the representative of ${n.seat(v.seat)} is away, they could cast two votes. Appoint a proxy who holds no voting seat.`,
  'chair-cannot-cast': (v, n) =>
    `The group’s rules give the chair a casting vote in a tie, but the chair’s seat, ${n.seat(v.seat)}, has no vote: a tie can never be broken, so it is not carried. Give ${n.seat(v.seat)} a vote, or change the rules so that the chair has no casting vote.`,
} satisfies {
  [C in keyof RosterWarningValues]: (values: RosterWarningValues[C], names: Names) => string;
};

/**
 * The kit's own label for a value, as the person sees it on a control (a status, an attendance), quoted where a
 * sentence names it: "set the status to “Done”". Unquoted, a capitalised label mid-sentence read as a slip ("changed
 * it to In progress. It read In progress"). GOV.UK's style guide puts words referred to in quotes; the kit writes
 * its labels in “ ”, as the elements' own lines already quote them ("Your change to “Done” was not saved: …", which
 * a refusal follows on the same line) and as the Welsh does, so a line never quotes one label two ways. A title or
 * id from the document stays in the core's '…'.
 */
const label = (words: string): string => `“${words}”`;

/** An action's recorded status, as a refusal names it. */
const STATUS_WORDS: Record<ActionRecordStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/**
 * A seat's attendance in the check-in's words (its select's, and `left` as a check-out is called), as a refusal
 * names it too: the elements' words (en.ts) are these.
 */
export const ATTENDANCE_WORDS: Record<Attendance | 'left', string> = {
  holder: 'Representative present',
  proxy: 'Proxy present',
  apologies: 'Apologies',
  absent: 'Absent',
  left: 'Checked out',
};

/**
 * What a seat did not have on the meeting's date, in the words people read: "representative", as the check-in says it,
 * where the attendance code is the document's "holder". Only a representative or a proxy can be missing.
 */
const ATTENDANCE_HAD: Record<Attendance, string> = {
  holder: 'representative',
  proxy: 'proxy',
  apologies: 'apologies',
  absent: 'absence',
};

/**
 * Someone else's change reached the host first: what `thing` is now, what it read when the person made theirs, and
 * that theirs was not saved. "From … to …" would be false of a second change made on top of a first one refused:
 * the host never held what that change was made on. One sentence for an action's status and a seat's attendance.
 */
const changedSince = (thing: string, was: string, now: string): string =>
  `Someone else changed ${thing} to ${label(now)}. It read ${label(was)} when you made your change, so yours was not saved: change it again if it should still change.`;

/** Why a change of attendance or of an action is refused (the rules). */
const refusals = {
  'unknown-meeting': (v) => `There is no meeting with the id '${v.meeting}'. ${RELOAD_FOR_LATEST}`,
  'unknown-seat': (v, n) => `The ${n.group(v.group)} has no seat with the id '${v.seat}'. ${RELOAD_FOR_LATEST}`,
  'unknown-action': (v) => `There is no action with the id '${v.action}'. ${RELOAD_FOR_LATEST}`,
  // Names has no action titles yet: an action is named by its id until it does.
  'not-permitted': (v, n: Names & { action?: (id: string) => string }) =>
    v.action === undefined
      ? `Only the clerk or chair of the ${n.group(v.group)} may record attendance.`
      : `Only the action's owner, or the clerk or chair of its group, may change '${n.action(v.action)}'.`,
  'attendance-not-allowed': (v) =>
    v.termEnded
      ? `That seat's term ended on ${format.date(v.termEnded)}, so its ${ATTENDANCE_HAD[v.attendance]} is not counted and cannot be checked in until the new term is recorded.`
      : `That seat had no ${ATTENDANCE_HAD[v.attendance]} on the meeting's date.`,
  'meeting-decided': (v, n) =>
    `'${n.proposal(v.proposal)}' was decided at this meeting, so the meeting's attendance can no longer change.`,
  'not-in-room': (v): string =>
    v.meetingDay
      ? 'That seat is not checked in, so it cannot be checked out.'
      : "A departure is recorded only on the meeting's day, until it ends. Record who attended from the minutes instead.",
  'completed-without-done': () =>
    `Only a done action has a completed date: set the status to ${label(STATUS_WORDS.done)}, or leave the completed date out.`,
  // GOV.UK's words for a date that must not be in the future, as the Welsh says it.
  'completed-in-future': () => 'The completed date must be today or in the past.',
  // GOV.UK's error says what to do: the day it was raised, which a completion date cannot be before.
  'completed-before-raised': (v) =>
    `Enter a completion date on or after ${format.date(v.raised)}, when the action was raised.`,
  'changed-since': (v, n) =>
    v.action === undefined
      ? changedSince(`the attendance of ${n.seat(v.seat)}`, ATTENDANCE_WORDS[v.was], ATTENDANCE_WORDS[v.attendance])
      : changedSince(`'${n.action(v.action)}'`, STATUS_WORDS[v.was], STATUS_WORDS[v.status]),
} satisfies {
  [C in keyof ChangeRefusalValues]: (values: ChangeRefusalValues[C], names: Names) => string;
};

/**
 * JSON text that does not parse: the place, "line 4 column 1", and the mistake made there with how to fix it, or ''
 * for a mistake the kit does not name.
 */
const json = {
  // Plain digits, not Intl's "1,423": the reader types them into an editor's "go to line" box, which takes no comma.
  place: (p: JsonPlace) => `line ${p.line} column ${p.column}`,
  mistake: (s: JsonSyntaxError): string => {
    switch (s.code) {
      case 'comma-after-last':
        return 'Delete the comma after the last item.';
      case 'extra-comma':
        return 'Delete the comma that has no item before it.';
      case 'missing-comma':
        return 'Add a comma between this item and the one before it.';
      case 'comment':
        return 'JSON has no comments: delete the comment, or keep the note in the record’s "ext", like "ext": { "note": "…" }.';
      case 'single-quotes':
        return 'Use straight double quotes ("), not single quotes (\').';
      case 'curly-quote':
        return `Use straight double quotes ("), not curly quotes (${s.quote}) from a word processor.`;
      case 'unquoted-name':
        return `Put the field name ${s.word} in double quotes: "${s.word}".`;
      case 'unquoted-text':
        return `Put the text starting ${s.word} in double quotes (").`;
      case 'not-json-word':
        return s.use
          ? `Write ${s.use}, not ${s.word}.`
          : `JSON has no ${s.word}: write a number or null, or leave the field out.`;
      case 'not-closed':
        return `The ${s.bracket} opened at ${json.place(s.opened)} is not closed: add ${s.bracket === '{' ? '}' : ']'}.`;
      case 'empty':
        return 'There is no JSON here: the text is empty.';
      case 'after-end':
        return s.bracket
          ? `Delete this ${s.bracket}: every bracket before it is already closed.`
          : 'The JSON has already ended here: delete what comes after its last closing bracket.';
      case 'invisible':
        return `There is ${json.invisible[s.codePoint] ?? 'an invisible character'} (${s.codePoint}) here: it looks like a space, or like nothing, but JSON does not take it between items. Retype the spaces around it, or paste the JSON again as plain text.`;
      case 'html-entity':
        return `${s.entity} is how a web page writes ${s.means === '"' ? 'a double quote, not JSON: write " in its place' : s.means === ' ' ? 'a space, not JSON: write a space in its place' : 'a character, not JSON: write the character itself'}, or paste the JSON again as plain text.`;
      case 'tab-in-text':
        return 'There is a tab inside this text, which JSON does not take: write a space in its place, or \\t.';
      case 'break-in-text':
        return 'This text runs on to the next line, which JSON does not take: add the closing " if it is missing, or join the lines (write \\n where a line break is meant).';
      case 'repeated-name':
        return `The field "${s.name}" is written twice in the same object, first at ${json.place(s.first)}: keep one, and delete the line that is wrong.`;
      case 'other':
        return '';
    }
  },
  /** The invisible characters a CMS or a word processor puts in pasted text, by code point: the commonest. */
  invisible: {
    'U+00A0': 'a non-breaking space',
    'U+202F': 'a narrow non-breaking space',
    'U+200B': 'a zero-width space',
    'U+2060': 'a word joiner',
    'U+FEFF': 'a byte-order mark',
    'U+00AD': 'a soft hyphen',
  } as Partial<Record<string, string>>,
};

/**
 * The character an id cannot have, where it is and which it is: said of an id in the document and of an element's
 * id attribute alike. "Character 4, " " (U+00A0), cannot be in an id: delete it."
 */
export const notInIdSentence = (v: NotInId, f: Format): string =>
  v.character
    ? `Character ${f.number(v.at)}, ${JSON.stringify(v.character)} (${v.code}), cannot be in an id: ${v.edge ? 'delete it' : 'replace it'}.`
    : `Character ${f.number(v.at)} is an invisible character (${v.code}), which cannot be in an id: delete it.`;

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
      case 'promise':
        return 'a Promise: await it first (element.data = await response.json())';
      case 'missing':
        return 'missing';
      case 'null':
        return 'null';
      default:
        return 'something JSON cannot hold';
    }
  };
  // A JSON type as a web team writes it: the quotes or brackets that make it one, not only its name.
  const types = {
    string: 'text in double quotes',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false, without quotes',
    object: 'an object, in curly brackets { }',
    array: 'a list, in square brackets [ ]',
    null: 'null',
  };
  const formats = {
    id: 'an id: letters, digits and . _ : -, starting with a letter or digit, at most 64 characters (like "elg-primary")',
    date: 'a real date written YYYY-MM-DD (like "2019-10-15")',
    // The offset said by example: +01:00 is summer time in the UK, Z is GMT.
    'date-time':
      'a date and time with its offset, like "2019-10-15T16:00:00+01:00" (4pm British Summer Time) or "2019-12-10T16:00:00Z" (4pm GMT)',
    'quorum-min': 'a whole number of at least 1, "all", or a fraction like "1/2"',
    ids: 'a partner id or a list of partner ids',
    ext: 'an object holding your own data, at most 16 levels deep',
    attendance:
      'an object of seat ids to "holder", "proxy", "apologies" or "absent", or to entries like { "as": "holder", "arrived": "…" }',
    appetite: 'an object of risk categories to scores from 1 to 25',
    month: 'a month written YYYY-MM (like "2019-11")',
  };
  const references: Record<ReferenceTarget, string> = {
    partner: 'the id of a partner in "partners"',
    person: 'the id of a person in "people"',
    group: 'the id of a group in "groups"',
    meeting: 'the id of a meeting in "meetings"',
    proposal: 'the id of a proposal in "proposals"',
    seat: 'the id of a seat in the group\'s "seats"',
    project: 'the id of a project in "projects"',
    action: 'the id of an action in "actions"',
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
      case 'reference':
        return references[e.target];
      default:
        return 'a value the contract allows';
    }
  };
  const fields = (keys: readonly string[], f: Format) =>
    `${f.plural(keys.length, { one: 'a field', other: 'fields' })} the contract does not know: ${quoted(keys).join(', ')}`;
  /** A time, and the same with its preposition ("at 4pm"), given as a time alone when both fall on one day. */
  const times = (time: string, other: string, f: Format) => {
    // A midnight is said with the day it ends, never as a time alone that could be read as the next day's start.
    const day = (t: string) => dayOfMoment(t);
    const sameDay = [day(time), day(other)].every((d) => !d.endsDay && d.date === day(time).date);
    const say = (t: string) => (sameDay ? f.time(t) : f.dateTime(t));
    return { time: say(time), other: `${sameDay ? 'at' : 'on'} ${say(other)}` };
  };
  return {
    'unknown-fields': (v, f) =>
      `has ${fields(v.keys, f)}. ${v.extAllowed === false ? 'Check the spelling: this record takes no data of your own.' : 'Check the spelling, or put your own data under "ext".'}`,
    'empty-text': () => 'must not be empty or only spaces.',
    'date-time-out-of-calendar': (v) =>
      `is "${v.value}", which with its offset falls outside the years 0001 to 9999. Correct the date or the offset.`,
    'too-few-entries': (v, f) => `must have at least ${f.plural(v.minimum, { one: '# entry', other: '# entries' })}.`,
    'out-of-range': (v, f) =>
      `must be ${v.bound === 'minimum' ? 'at least' : 'at most'} ${f.number(v.limit)}, but it is ${f.number(v.value)}.`,
    missing: (v, f) => `is missing: add ${expected(v.expected, f)}.`,
    'wrong-value': (v, f) =>
      v.tooDeep
        ? `must hold your own data at most ${f.number(v.tooDeep)} levels deep, counting "ext" itself, but it is nested deeper. Nest your data less deeply.`
        : v.notJson
          ? `holds ${NOT_JSON[v.notJson.kind]} at ${v.notJson.at}, which JSON cannot carry. Write it as text or a number, or leave it out.`
          : `must be ${expected(v.expected, f)}, but it is ${value(v.value, f)}.${v.meant ? ` If you mean ${f.date(v.meant)}, write "${v.meant}".` : ''}${
              v.notInId === undefined ? '' : ` ${notInIdSentence(v.notInId, f)}`
            }${v.leaveOut ? ' If it has no value, leave it out.' : ''}`,
    'not-json': (v) =>
      v.syntax
        ? `has a mistake in its JSON at ${json.place(v.syntax)}. ${json.mistake(v.syntax) || 'Check the text there.'}`
        : 'could not be read as JSON. Check it with a JSON validator, which shows where the mistake is.',
    'not-an-object': (v, f) =>
      `must be a JSON object, in curly brackets, starting { "contract": "${v.contract}", but it is ${value(v.value, f)}.`,
    'other-contract': (v) =>
      `is "${v.found}", but this version of partnership-kit reads "${v.expected}". Use a kit that reads ${v.found}, or write the document to contract ${v.expected}.`,
    'too-many-records': (v, f) =>
      `has ${f.number(v.count)} records, but the kit reads at most ${f.number(v.maximum)}. Split the document.`,
    // Only a program meets it (a getter that throws, a Proxy): JSON text never does. The reason is its own words.
    'not-checked': (v) =>
      `could not be checked, because reading it stopped with an error (technical message: ${v.reason}). Give it plain data, as JSON.parse or response.json() returns it.`,
    'duplicate-id': (v) => `is '${v.id}', which ${v.first} already uses. Give each record its own id.`,
    'unknown-reference': (v) =>
      `is '${v.id}', but no ${v.target} has that id.${v.meant ? ` Did you mean '${v.meant}'?` : ''} Correct the id, or add the ${v.target}.`,
    'quorum-selects-no-seat': (v) =>
      `picks none of the group's seats, so the requirement${v.requirement ? ` '${v.requirement}'` : ''} would always be met. Check the tag, partner, role or voting it asks for.`,
    'quorum-more-than-seats': (v, f) =>
      `asks for ${f.number(v.min)} seats${v.requirement ? ` in '${v.requirement}'` : ''}, but the requirement picks only ${f.plural(v.seats, { one: '# seat', other: '# seats' })}, so no meeting could be quorate. Check the number, or add the seats to the group.`,
    'chair-tie-break-chairs': (v, f) => {
      const then = v.date === undefined ? '' : ` on ${f.date(v.date)}`;
      return v.chairs === 0
        ? `is "chair", but the group '${v.group}' has no seat with the role chair${then}. Give the chair's seat that role, or set tieBreak to "none".`
        : `is "chair", but the group '${v.group}' has ${f.number(v.chairs)} seats with the role chair${then}, so the casting vote would be the first one's. Give the role chair to one seat.`;
    },
    'reports-to-itself': (v) =>
      `is '${v.group}', the group itself, but a group cannot report to itself. Name the group it reports to, or leave reportsTo out.`,
    'voting-seat-without-partner': (v, f) =>
      v.to === undefined
        ? `is missing: seat '${v.seat}' is a voting seat, so it must name the partner it represents. Add the partner's id.`
        : `is missing: seat '${v.seat}' was a voting seat up to ${f.date(v.to)}, so it must name the partner it represented then. Add the partner's id here or in a later entry.`,
    'term-ends-before-start': (v, f) =>
      `is ${f.date(v.to)}, before the term starts on ${f.date(v.from)}. Correct one of the dates.`,
    'appointment-ends-before-start': (v, f) =>
      `is ${f.date(v.to)}, before the appointment starts on ${f.date(v.from)}. Correct one of the dates.`,
    'appointments-overlap': (v, f) =>
      `is ${f.date(v.from)}, but the appointment before it runs to ${f.date(v.previousTo)}. List earlier appointments oldest first, without overlaps.`,
    'rules-out-of-order': (v, f) =>
      `is ${f.date(v.to)}, but the earlier rules listed before it run to ${f.date(v.previousTo)}. List the group's earlier rules oldest first, each ending after the one before.`,
    'standing-out-of-order': (v, f) =>
      `is ${f.date(v.to)}, but the earlier standing listed before it runs to ${f.date(v.previousTo)}. List the earlier standing of seat '${v.seat}' oldest first, each entry ending after the one before.`,
    'term-overlaps-appointment': (v, f) =>
      `is ${f.date(v.from)}, but an earlier appointment under "previous" runs to ${f.date(v.previousTo)}. End the earlier appointment before the current term starts.`,
    'meeting-ends-before-start': (v, f) => {
      const { time, other } = times(v.end, v.start, f);
      return `is ${time}, before the meeting starts ${other}. Correct one of the times.`;
    },
    'rule-not-agreed': (v) =>
      `is missing: proposal '${v.proposal}' uses the decision rule '${v.rule}', not its group's '${v.groupRule}'. A group may only use another rule when it agreed it unanimously: add the id of the meeting where it did, or remove "decisionRule".`,
    'rule-agreed-later': (v, f) =>
      `is '${v.meeting}', a meeting on ${f.dateTime(v.agreed)}, after proposal '${v.proposal}' was decided on ${f.dateTime(v.decided)}. A rule is agreed before it is used: name the meeting that agreed it, no later than the decision.`,
    'meeting-of-other-group': (v) =>
      `is '${v.meeting}', a meeting of group '${v.meetingGroup}', but the proposal belongs to group '${v.group}'. Name a meeting of '${v.group}'.`,
    'casting-without-tie': (v, f) =>
      v.for === v.against && v.for > 0
        ? `is given, but proposal '${v.proposal}' is decided by the rule '${v.rule}', under which a tie is not carried: the chair's casting vote breaks only a tie under simple majority. Remove "casting".`
        : `is given, but the count of proposal '${v.proposal}' is not a tie (${f.number(v.for)} for, ${f.number(v.against)} against): the chair's casting vote breaks only a tie of at least one vote each way. Remove "casting", or correct the count.`,
    'casting-without-chair': (v, f) =>
      `is given, but the group '${v.group}' ${v.date === undefined ? 'does' : 'did'} not break ties by the chair's casting vote${v.date === undefined ? '' : ` on ${f.date(v.date)}`}: its tieBreak ${v.date === undefined ? 'is' : 'was'} not "chair". Remove "casting", or correct the group's tieBreak.`,
    'count-more-than-seats': (v, f) =>
      `adds up to ${f.plural(v.votes, { one: '# vote', other: '# votes' })} (for, against and abstaining), but the group '${v.group}' has ${v.seats === 0 ? 'no seat' : `only ${f.plural(v.seats, { one: '# seat', other: '# seats' })}`} that ever had a vote, and each seat's vote is counted once. Correct the count of proposal '${v.proposal}', or add the missing seats to the group.`,
    'duplicate-declaration': (v) =>
      `is '${v.person}', who already has a declaration at ${v.first}. Keep one declaration for each person, with every interest in it.`,
    'bands-out-of-order': (v, f) =>
      `is ${f.number(v.upTo)}, but the bands must rise in order: make it more than ${f.number(v.previous)}.`,
    // Only ever short: an upTo above the highest score is told by its range (out-of-range), not here.
    'last-band-short': (v, f) =>
      `is ${f.number(v.upTo)}, so scores from ${f.number(v.upTo + 1)} to ${f.number(v.maximum)} have no band. Make the last band's upTo ${f.number(v.maximum)}.`,
    'empty-category': () => 'is a category with no name: no risk can have it. Name the category.',
    'appetite-not-a-score': (v, f) =>
      `is ${value(v.value, f)}, but the appetite for '${v.category}' must be the highest acceptable score: a whole number from ${f.number(v.minimum)} to ${f.number(v.maximum)}.`,
    'seat-not-in-group': (v) =>
      `records attendance for seat '${v.seat}', but group '${v.group}' has no seat with that id.${v.meant ? ` Did you mean '${v.meant}'?` : ''} Correct the seat's id, or remove the entry if the seat was never in the group. A seat that has left the group stays in it with its term ended, so the meeting's record and what was decided at it stand.`,
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
    'project-ends-before-start': (v, f) =>
      `is ${f.date(v.end)}, before project '${v.project}' starts on ${f.date(v.start)}. Correct one of the dates.`,
    'project-too-long': (v, f) =>
      `is ${f.date(v.start)}, more than ${f.number(v.years)} years before project '${v.project}' ends on ${f.date(v.end)}. Check the year.`,
    'date-outside-project': (v, f) =>
      `is ${f.date(v.date)}, outside project '${v.project}', which runs from ${f.date(v.start)} to ${f.date(v.end)}. Correct the date, or the project's start or end.`,
    'period-outside-project': (v, f) =>
      `is '${v.period}', a month outside project '${v.project}', which runs from ${f.date(v.start)} to ${f.date(v.end)}. Correct the month, or the project's start or end.`,
    'duplicate-report': (v) =>
      `is '${v.period}', a month that ${v.first} already reports on. Keep one report a month, with everything in it.`,
    'rating-without-reason': (v) =>
      `is missing: ${v.period ? `the report for '${v.period}'` : 'the report'} is rated ${v.status}, so it must say why. Add the reason.`,
    'set-by-host': () => 'is set by the host when it stores the record: leave it out.',
    'too-large': (v, f) =>
      v.field === 'ext'
        ? `is ${f.number(v.size)} bytes, more than the ${f.number(v.limit)} bytes this host takes in "ext". Keep your own data there small.`
        : `is at least ${f.number(v.size)} bytes, more than the ${f.number(v.limit)} bytes this host takes. Look for a long text or a large "ext" in it.`,
    'by-other-person': (v) =>
      `is '${v.by}', but the person signed in is '${v.signedIn}': a record is sent by the person who made it. Sign in as '${v.by}' to send it.`,
  } satisfies {
    [C in keyof ProblemValues]: (values: ProblemValues[C], format: Format) => string;
  };
})();

/** The words of the calendar feed (`toICalendar`): titles and notes of its events. */
const calendar = {
  /** X-WR-CALNAME: what a calendar app lists the subscription as. */
  name: (partnership: string) => `${partnership}: meetings and actions`,
  description: (partnership: string) => `Meetings, notice and minutes deadlines, and actions of ${partnership}.`,
  /** X-WR-CALNAME of a calendar of one part of the partnership: a group, a meeting, a project, a person. */
  partName: (partnership: string, part: string) => `${partnership} – ${part}: meetings and actions`,
  partDescription: (partnership: string, part: string) =>
    `Meetings, notice and minutes deadlines, and actions of ${part}, ${partnership}.`,
  meeting: (group: string) => `${group} meeting`,
  noticeDue: (group: string, date: string) => `Notice due: ${group} meeting on ${format.date(date)}`,
  minutesDue: (group: string, date: string) => `Minutes due: ${group} meeting on ${format.date(date)}`,
  noticeRule: (days: number) =>
    `The agenda and notice go out no later than ${format.plural(days, { one: '# working day', other: '# working days' })} before the meeting.`,
  minutesRule: (days: number) =>
    `The minutes go out within ${format.plural(days, { one: '# working day', other: '# working days' })} after the meeting.`,
  sent: (date: string, late: boolean) => `Sent on ${format.date(date)}, ${late ? 'late' : 'on time'}.`,
  /** Minutes recorded as sent before the meeting was held: the date cannot be right. */
  sentBeforeMeeting: (date: string) => `Sent on ${format.date(date)}, before the meeting: check the date.`,
  endNotRecorded: (minutes: number) =>
    `The end time is not recorded: shown as ${
      minutes % 60 === 0
        ? format.plural(minutes / 60, { one: '# hour', other: '# hours' })
        : format.plural(minutes, { one: '# minute', other: '# minutes' })
    } long.`,
  action: (title: string) => `Action: ${title}`,
  byWhom: (person: string) => `By whom: ${person}`,
  completed: (date: string) => `Completed on ${format.date(date)}.`,
};

/** The words of the rules core and the contract: all the core's English formatter loads. */
export const enCore = /* @__PURE__ */ closingSentences({
  lang: 'en',
  format,
  roles,
  reasons,
  warnings,
  refusals,
  problems,
  json,
  calendar,
});
