/**
 * Welsh (Cymraeg): every word the kit shows or the core explains, in one
 * module with the same keys as `en.ts`. The terms are those of UK public
 * services and education governance in Welsh (cworwm, dirprwy, cofrestr risg,
 * camau gweithredu, datganiad o fuddiant…); docs/welsh-glossary.md lists them
 * and the ones a Welsh-speaking clerk or translation service should review.
 *
 * Dates and numbers go through `format` (Intl, cy-GB: "4yp", "1 Rhagfyr
 * 2026"). Counts go through `format.plural` with the six Welsh plural
 * categories, the singular noun after the numeral, and its mutation: "1
 * bleidlais", "2 bleidlais", "3 pleidlais" (tair), "6 phleidlais" (chwe).
 *
 * Names from the document (seats, people, groups, proposals) are never
 * mutated: the sentences put them where Welsh needs no mutation where they
 * can ("ar ran", "ar gyfer", after "Mae"), and leave them as written where
 * they cannot.
 *
 * Contract problems follow their JSON path ("groups[0].name – rhaid iddo fod
 * yn destun…"): Welsh cannot make the path the subject of a verb-first
 * sentence, so each problem starts with a dash after the path.
 */
import type {
  Attendance,
  ActionRecordStatus,
  DecisionRule,
  ProposalStatus,
  Rag,
  Risk,
  Seat,
  VoteChoice,
  JsonPlace,
  JsonSyntaxError,
} from '../contract/index.js';
import type { ExpectedFormat, ExpectedType, ProblemValues, ReferenceTarget } from '../contract/problems.js';
import type { ActionStatus, ChangeRefusal, ProjectMonthState, RequirementResult, SeatBar } from '../rules/index.js';
import type { HostNote, HostNoteReason, LoadFailure, RetryReason } from '../data/index.js';
import type { Messages } from './en.js';
import { closingSentences, endsSentence } from './sentence.js';
import type { Names } from './names.js';
import { createFormat, dayOfMoment, saidAsWritten, timeOnItsDay, type Format, type PluralForms } from './format.js';
import { safeFileName } from './file-name.js';
import { closestId } from '../contract/closest-id.js';
import { characterNotInId, type NotInId } from '../contract/problems.js';

/** What a program put in an `ext` that JSON cannot carry (names of JavaScript's own kept as they are). */
const NOT_JSON: Record<NonNullable<ProblemValues['wrong-value']['notJson']>['kind'], string> = {
  bigint: 'BigInt',
  function: 'ffwythiant',
  symbol: 'Symbol',
  undefined: 'undefined',
  'not-finite': 'rhif nad yw’n feidraidd (NaN neu Infinity)',
};

/** What a record too large for the host carries: its size, the host's limit, and whether its `ext` is what is. */
type TooLargeValues = ProblemValues['too-large'];

const clock = {
  am: 'yb',
  pm: 'yp',
  midday: 'canol dydd',
  midnight: 'canol nos',
  at: 'am',
  endOfDay: '(diwedd y dydd)',
  startOfDay: '(dechrau’r dydd)',
  summerTime: 'BST',
  winterTime: 'GMT',
};
const base: Format = /* @__PURE__ */ createFormat('cy-GB', clock);

/** "canol dydd" after a preposition that mutates it ("am", "o"): "am ganol dydd". */
const softClock = (time: string): string => time.replace(/^canol /, 'ganol ');

/**
 * "Ann, Bo a Cy", "Bo ac Ann": Welsh "a" before a consonant, "ac" before a
 * vowel, and no comma before it. (Intl's Welsh list writes "a(c)".) Names are
 * left unmutated, as official Welsh leaves names written by others.
 */
function list(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1] ?? '';
  const and = /^[^\p{L}\p{N}]*[aeiouyâêîôûŷàèìòùáéíóúäëïöü]/iu.test(last) ? 'ac' : 'a';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

// Welsh month names, as CLDR writes them ("1 Rhagfyr 2026", "1 Rhag 2026"). Intl is not asked for
// them: browsers that ship trimmed locale data (Chromium's among them) have no Welsh dates and would
// answer "December 1, 2026".
const months = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
];
const shortMonths = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
/** A calendar date ("2026-12-01") with the month from `names`; in UTC, so no time zone moves it by a day. */
const calendarDate = (date: string, names: readonly string[]): string => {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (saidAsWritten(day)) return date;
  return `${day.getUTCDate()} ${names[day.getUTCMonth()] ?? ''} ${day.getUTCFullYear()}`;
};

/** "1 Rhagfyr 2026 am 4yp"; 00:00 in London as the midnight ending the day before: "am ganol nos (diwedd y dydd)". */
const saidOnItsDay = (dateTime: string): string => {
  const said = timeOnItsDay(clock, dateTime, base.time(dateTime));
  return `${calendarDate(dayOfMoment(dateTime).date, months)} am ${softClock(said)}`;
};

const format: Format = {
  ...base,
  date: (date) => calendarDate(date, months),
  shortDate: (date) => calendarDate(date, shortMonths),
  dateTime: (dateTime) => (saidAsWritten(new Date(dateTime)) ? dateTime : saidOnItsDay(dateTime)),
  list,
};

/** A download's file name, with the part it holds when not the whole partnership: "Camau gweithredu [part] – [partnership].csv". */
const partFile = (what: string, partnership: string, part: string | undefined, extension: string): string =>
  safeFileName(part ? `${what} ${part} – ${partnership}.${extension}` : `${what} ${partnership}.${extension}`);

/** Some of a group's seats: "un o’r seddi", "3 o’r seddi". */
const seatsOfThem = (n: number): string => `${n === 1 ? 'un' : n} o’r seddi`;

/** A count with its noun, through the Welsh plural categories. */
const count = (n: number, forms: PluralForms, f: Format = format): string => f.plural(n, forms);
/** A host's limit in minutes, in its largest whole unit; "diwrnod" soft-mutates after "dau", as "munud" does. */
const minutesAsWords = (minutes: number, f: Format): string =>
  minutes > 0 && minutes % 1440 === 0
    ? count(minutes / 1440, { two: '# ddiwrnod', other: '# diwrnod' }, f)
    : minutes > 0 && minutes % 60 === 0
      ? count(minutes / 60, { other: '# awr' }, f)
      : count(minutes, { two: '# funud', other: '# munud' }, f);

/**
 * When a proposal's quorum was judged, with its preposition: "am 4:45yp" on the meeting's own day, else "ar 11
 * Mawrth 2026 am 12:15yb". A midnight is said with the day it ends, never as a time alone.
 */
function judgedAt(at: string, meetingStart: string): string {
  const day = dayOfMoment(at);
  const sameDay = !day.endsDay && day.date === dayOfMoment(meetingStart).date;
  return sameDay ? `am ${softClock(format.time(at))}` : `ar ${format.dateTime(at)}`;
}

/**
 * A quorum requirement not met: "1 yn bresennol o’r 2 oedd eu hangen ar gyfer Two from A or B". The label comes
 * last, after "ar gyfer", which does not mutate it: the document's own words are left as written.
 */
const shortfall = ({ label, present, needed }: Pick<RequirementResult, 'label' | 'present' | 'needed'>): string =>
  `${present} yn bresennol o’r ${needed} oedd eu hangen ar gyfer ${label}`;

/** A moment in a host's note as a time of day, after "am" ("am 4:40yp"); its values come from the host, unchecked. */
const noteTime = (value: unknown): string => softClock(format.time(String(value)));

/** Why the host timed a check-in that waited by its own clock (its answer's `note`), after "Fe’i cofnodwyd am …: ". */
const timedWhy: Record<HostNoteReason, (values: Record<string, unknown>) => string> = {
  'at-in-future': () =>
    'roedd cloc y ddyfais hon fwy na munud o flaen cloc y system pan gafodd ei gadw. Gwiriwch gloc y ddyfais.',
  'waited-too-long': (v) =>
    `cafodd ei gadw fwy na ${minutesAsWords(Number(v.maxWaitMinutes), format)} cyn hynny, yn hwy nag y caiff cofnod presenoldeb aros ar ddyfais.`,
  'before-doors-open': (v) =>
    `mae’n dweud iddo gael ei gadw cyn ${format.time(String(v.doorsOpen))}, cyn y gall neb gyrraedd ar gyfer y cyfarfod hwn. Gwiriwch gloc y ddyfais.`,
  'before-decision': (v) =>
    `cyrhaeddodd y system ar ôl i’r pleidleisio gau am ${noteTime(v.closes)}, felly nid yw’n newid y penderfyniad hwnnw.`,
  'before-seat-times': (v) =>
    `roedd amser diweddarach, ${format.time(String(v.recorded))}, eisoes wedi’i gofnodi ar gyfer y sedd hon.`,
};

// Nouns after numerals: the singular, mutated as the numeral needs (un/dwy + soft for a feminine
// noun, dau + soft for a masculine one, tri + aspirate for a masculine one, chwe + aspirate).
const votes = {
  zero: '# pleidlais',
  one: '# bleidlais',
  two: '# bleidlais',
  few: '# pleidlais',
  many: '# phleidlais',
  other: '# pleidlais',
};
const votesNotCounted = {
  zero: '# pleidlais heb eu cyfrif',
  one: '# bleidlais heb ei chyfrif',
  two: '# bleidlais heb eu cyfrif',
  few: '# pleidlais heb eu cyfrif',
  many: '# phleidlais heb eu cyfrif',
  other: '# pleidlais heb eu cyfrif',
};
const votingSeats = { other: '# sedd bleidleisio' };
/** The other seats of a warning: each by name, or past five the first four and how many more. */
const otherSeats = (others: readonly string[], n: Names): string => {
  const named = others.slice(0, others.length > 5 ? 4 : 5).map((seat) => n.seat(seat));
  const rest = others.length - named.length;
  return n.format.list(rest > 0 ? [...named, count(rest, { other: '# sedd arall' }, n.format)] : named);
};
const actionsCount = {
  zero: '# cam gweithredu',
  one: '# cam gweithredu',
  two: '# gam gweithredu',
  few: '# cham gweithredu',
  many: '# cham gweithredu',
  other: '# cam gweithredu',
};
const workingDays = {
  zero: '# diwrnod gwaith',
  one: '# diwrnod gwaith',
  two: '# ddiwrnod gwaith',
  few: '# diwrnod gwaith',
  many: '# diwrnod gwaith',
  other: '# diwrnod gwaith',
};
/** "carreg filltir" (f.) after a numeral: "1 garreg filltir", "3 carreg filltir" (tair: no mutation), "6 charreg filltir". */
const milestoneForms = (after: string): PluralForms => ({
  zero: `# carreg filltir${after}`,
  one: `# garreg filltir${after}`,
  two: `# garreg filltir${after}`,
  few: `# carreg filltir${after}`,
  many: `# charreg filltir${after}`,
  other: `# carreg filltir${after}`,
});
/**
 * Years after a numeral, mutated as the numeral read aloud mutates "blwyddyn": un flwyddyn, dwy flynedd,
 * tair, pedair and chwe blynedd, and the nasal after pum, saith, wyth, naw, deng and ugain ("20 mlynedd").
 * Not a plural category: 4 (other) takes "blynedd" where 5 (other) takes "mlynedd".
 */
const yearsCount = (n: number, f: Format): string =>
  `${f.number(n)} ${n === 1 ? 'flwyddyn' : n === 2 ? 'flynedd' : [3, 4, 6].includes(n) ? 'blynedd' : 'mlynedd'}`;
/** "Tachwedd 2019" for "2019-11"; a value that is no month is said as written. */
const monthName = (period: string): string => {
  const month = months[Number(period.slice(5, 7)) - 1];
  return /^\d{4}-\d{2}$/.test(period) && month ? `${month} ${period.slice(0, 4)}` : period;
};
/** "Mae gan y ddogfen broblem", "… 2 broblem", "… 6 phroblem": the object of "gan", soft-mutated after one. */
const problemsHad = {
  zero: '# problem',
  one: 'broblem',
  two: '# broblem',
  few: '# problem',
  many: '# phroblem',
  other: '# problem',
};

const roles: Record<Seat['role'], string> = {
  member: 'Aelod',
  chair: 'Cadeirydd',
  'vice-chair': 'Is-gadeirydd',
  clerk: 'Clerc',
  // Not "Cynghorydd": on a council's site that is a councillor. The consortia's "Ymgynghorydd Her" is the adviser.
  adviser: 'Ymgynghorydd',
  observer: 'Sylwedydd',
};

/**
 * A seat inside a sentence where its name alone would not do: where Welsh would mutate the word after ("gan", "i"),
 * and as a sentence's subject, where a name like "Cadeirydd" would read as a person ("Mae Cadeirydd yn wag"). "sedd"
 * takes the mutation (an "s" has none) and the seat's name follows it as a genitive, which no mutation touches; a
 * seat named only by its role reads "sedd y cadeirydd", not "sedd Cadeirydd". A name from the document cannot be
 * mutated by code (docs/welsh-glossary.md).
 */
function seatInSentence(name: string): string {
  if (!Object.values(roles).includes(name)) return `sedd ${name}`;
  const role = name.toLowerCase();
  return `sedd ${/^[aeiouy]/.test(role) ? 'yr' : 'y'} ${role}`;
}

const proposalStates: Record<ProposalStatus, string> = {
  draft: 'yn dal yn ddrafft',
  open: 'ar agor',
  closed: 'wedi cau',
  withdrawn: 'wedi’i dynnu’n ôl',
};

/** An action's recorded status, as a refusal names it. */
const STATUS_WORDS: Record<ActionRecordStatus, string> = {
  open: 'Agored',
  'in-progress': 'Ar y gweill',
  done: 'Wedi’i wneud',
  dropped: 'Wedi’i ganslo',
};

/**
 * A seat's attendance in the check-in's words (its select's, and `left` as a check-out is called), as a refusal
 * names it too.
 */
const ATTENDANCE_WORDS: Record<Attendance | 'left', string> = {
  holder: 'Cynrychiolydd yn bresennol',
  proxy: 'Dirprwy yn bresennol',
  apologies: 'Ymddiheuriadau',
  absent: 'Absennol',
  left: 'Wedi gadael',
};
const { left: checkedOut, ...attendanceWords } = ATTENDANCE_WORDS;

/**
 * Someone else's change reached the host first: what `thing` (soft-mutated, the object of "newidiodd") is now,
 * what it read when the person made theirs (`noun` names it), and that theirs was not saved. As in English, no
 * "o … i …": a second change made on top of a refused one was made on what the host never held. The statuses are
 * quoted, as the outbox's lines quote them: after "i", "Dirprwy yn bresennol" would need a mutation. The English
 * quotes them in the same “ ” (en-core.ts, `label`), so both languages mark the kit's labels one way.
 */
const changedSince = (thing: string, was: string, now: string, noun: string): string =>
  `Newidiodd rhywun arall ${thing} i “${now}”. “${was}” oedd y ${noun} pan wnaethoch eich newid, felly ni chadwyd eich newid chi: newidiwch ef eto os dylai newid o hyd.`;

/**
 * After a refusal naming an id the system's document lacks, what a member can do (en-core.ts,
 * `RELOAD_FOR_LATEST`): reload the page for the latest, and tell whoever runs the site if it goes on.
 */
const RELOAD_FOR_LATEST =
  'Efallai fod gan y dudalen hon wybodaeth hŷn na’r gweinydd: ail-lwythwch y dudalen i gael yr wybodaeth ddiweddaraf. Os bydd hyn yn parhau, rhowch wybod i bwy bynnag sy’n rhedeg y wefan hon.';

/** What a seat did not have on the meeting's date, as the object of "gan" (soft-mutated). */
const attendanceHad: Record<Attendance, string> = {
  // "cynrychiolydd", as people read a seat's holder; "deiliad" is only the document's field.
  holder: 'gynrychiolydd',
  proxy: 'ddirprwy',
  apologies: 'ymddiheuriadau',
  absent: 'absenoldeb',
};

// Contract problems.

type ValueSummary = import('../contract/index.js').ValueSummary;
type Expected = import('../contract/index.js').Expected;

const quoted = (items: readonly string[]) => items.map((item) => JSON.stringify(item));
/** "a", "b" neu "c". */
const or = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} neu ${items[items.length - 1]}`;

/** An offending value, as a noun phrase: 'cafwyd "abc"', '… ydyw'. */
const value = (v: ValueSummary, f: Format): string => {
  switch (v.type) {
    case 'text':
      return JSON.stringify(v.text);
    case 'number':
    case 'boolean':
      return v.text;
    case 'list':
      return v.count === 0 ? 'rhestr wag' : count(v.count, { other: 'rhestr o # eitem' }, f);
    case 'object':
      return 'gwrthrych';
    case 'promise':
      return 'Promise: arhoswch amdano yn gyntaf (element.data = await response.json())';
    case 'missing':
      return 'dim gwerth';
    case 'null':
      return 'null';
    default:
      return 'rhywbeth na all JSON ei ddal';
  }
};

// What a field wants, soft-mutated as after predicative "yn" ("rhaid iddo fod yn destun"), which leaves
// "rh" and "ll" alone; `object` mutates "rh" too, for the object of a verb ("ychwanegwch rif").
const types: Record<ExpectedType, string> = {
  string: 'destun mewn dyfynodau dwbl',
  number: 'rhif',
  int: 'rhif cyfan',
  boolean: 'true neu false, heb ddyfynodau',
  object: 'wrthrych, rhwng cromfachau cyrliog { }',
  array: 'rhestr, rhwng cromfachau sgwâr [ ]',
  null: 'null',
};
const formats: Record<ExpectedFormat, string> = {
  id: 'ddynodydd: llythrennau, digidau a . _ : -, gan ddechrau â llythyren neu ddigid, hyd at 64 nod (fel "elg-primary")',
  date: 'ddyddiad go iawn ar y ffurf YYYY-MM-DD (fel "2019-10-15")',
  'date-time':
    'ddyddiad ac amser gyda’i wrthbwyso, fel "2019-10-15T16:00:00+01:00" (4yp Amser Haf Prydain) neu "2019-12-10T16:00:00Z" (4yp GMT)',
  'quorum-min': 'rhif cyfan o 1 o leiaf, "all", neu ffracsiwn fel "1/2"',
  ids: 'ddynodydd partner neu restr o ddynodyddion partner',
  ext: 'wrthrych sy’n dal eich data eich hun, dim mwy nag 16 lefel o ddyfnder',
  attendance:
    'wrthrych sy’n cysylltu dynodyddion seddi â "holder", "proxy", "apologies" neu "absent", neu ag eitemau fel { "as": "holder", "arrived": "…" }',
  appetite: 'wrthrych sy’n cysylltu categorïau risg â sgorau o 1 i 25',
  month: 'fis ar y ffurf YYYY-MM (fel "2019-11")',
};
/** "ddynodydd person yn "people"", soft-mutated as the object of "ychwanegwch" and after "fod yn". */
const references: Record<ReferenceTarget, string> = {
  partner: 'ddynodydd partner yn "partners"',
  person: 'ddynodydd person yn "people"',
  group: 'ddynodydd grŵp yn "groups"',
  meeting: 'ddynodydd cyfarfod yn "meetings"',
  proposal: 'ddynodydd cynnig yn "proposals"',
  seat: 'ddynodydd sedd yn "seats" y grŵp',
  project: 'ddynodydd prosiect yn "projects"',
  action: 'ddynodydd cam gweithredu yn "actions"',
};
const expected = (e: Expected, f: Format, object = false): string => {
  const said = ((): string => {
    switch (e.kind) {
      case 'type':
        return types[e.type];
      case 'one-of':
        return e.values.length === 1 ? JSON.stringify(e.values[0]) : `un o ${or(quoted(e.values))}`;
      case 'format':
        return formats[e.format];
      case 'whole-number':
        return e.maximum === undefined
          ? `rhif cyfan o leiaf ${f.number(e.minimum)}`
          : `rhif cyfan o ${f.number(e.minimum)} i ${f.number(e.maximum)}`;
      case 'reference':
        return references[e.target];
      default:
        return 'werth y mae’r contract yn ei ganiatáu';
    }
  })();
  return object ? said.replace(/^rh/, 'r') : said;
};
/** "faes nad yw'r contract yn ei adnabod: …", as the object of "mae ganddo". */
const fields = (keys: readonly string[], f: Format) =>
  `${count(keys.length, { one: 'faes nad yw’r contract yn ei adnabod', other: 'feysydd nad yw’r contract yn eu hadnabod' }, f)}: ${quoted(keys).join(', ')}`;
/** A time, and the same with its preposition ("am 4yp", "ar 15 Hydref 2019 am 4yp"), as a time alone when both fall on one day. */
const times = (time: string, other: string, f: Format) => {
  // A midnight is said with the day it ends, never as a time alone that could be read as the next day's start.
  const day = (t: string) => dayOfMoment(t);
  const sameDay = [day(time), day(other)].every((d) => !d.endsDay && d.date === day(time).date);
  const say = (t: string) => (sameDay ? f.time(t) : f.dateTime(t));
  return { time: say(time), other: sameDay ? `am ${softClock(say(other))}` : `ar ${say(other)}` };
};
/** The records a reference may point at, after "yr un" and "y". */
const targets: Record<ReferenceTarget, string> = {
  partner: 'partner',
  person: 'person',
  group: 'grŵp',
  meeting: 'cyfarfod',
  proposal: 'cynnig',
  seat: 'sedd',
  project: 'prosiect',
  action: 'cam gweithredu',
};

// The elements' words.

const choices: Record<VoteChoice, string> = { for: 'O blaid', against: 'Yn erbyn', abstain: 'Ymatal' };
const decisionRules: Record<DecisionRule, string> = {
  'simple-majority': 'mwyafrif syml: mwy o bleidleisiau o blaid nag yn erbyn',
  'absolute-majority': 'mwyafrif absoliwt: pleidleisiau o blaid gan fwy na hanner yr holl seddi pleidleisio',
  'two-thirds': 'mwyafrif o ddwy ran o dair: o’r pleidleisiau o blaid ac yn erbyn, mae o leiaf ddwy ran o dair o blaid',
  'three-quarters': 'mwyafrif o dri chwarter: o’r pleidleisiau o blaid ac yn erbyn, mae o leiaf dri chwarter o blaid',
  unanimous: 'unfrydedd: mae pob pleidlais a fwriwyd o blaid, heb yr un bleidlais yn erbyn a heb neb yn ymatal',
};
const changeRetry: Record<RetryReason, string> = {
  offline: 'Rydych chi all-lein: bydd yn cael ei anfon pan ddaw’r cysylltiad yn ôl.',
  unreachable: 'Nid oedd modd cyrraedd y gweinydd: bydd yn cael ei anfon eto cyn bo hir.',
  'server-error': 'Nid oedd y gweinydd yn gallu ei dderbyn ar hyn o bryd: bydd yn cael ei anfon eto cyn bo hir.',
  timeout: 'Cymerodd y gweinydd ormod o amser i ateb: bydd yn cael ei anfon eto cyn bo hir.',
  'signed-out':
    'Nid ydych wedi mewngofnodi, neu mae eich sesiwn wedi dod i ben: mewngofnodwch a bydd yn cael ei anfon.',
  refused: 'Gwrthododd y gweinydd y newid: mae’n cael ei anfon eto bob munud.',
  'other-site':
    'Nid yw’r gweinydd yn derbyn newidiadau a anfonir o’r wefan y mae’r dudalen hon arni. Ni fydd mewngofnodi eto’n helpu: dim ond tîm gwe’r wefan all newid hyn. Mae’n cael ei anfon eto bob munud.',
};
const voteRetry: Record<RetryReason, string> = {
  offline: 'Mewn ciw: rydych chi all-lein. Bydd yn cael ei hanfon pan ddaw’r cysylltiad yn ôl.',
  unreachable: 'Mewn ciw: nid oedd modd cyrraedd y gweinydd. Bydd yn cael ei hanfon eto cyn bo hir.',
  'server-error':
    'Mewn ciw: nid oedd y gweinydd yn gallu ei derbyn ar hyn o bryd. Bydd yn cael ei hanfon eto cyn bo hir.',
  timeout: 'Mewn ciw: cymerodd y gweinydd ormod o amser i ateb. Bydd yn cael ei hanfon eto cyn bo hir.',
  'signed-out':
    'Mewn ciw: nid ydych wedi mewngofnodi, neu mae eich sesiwn wedi dod i ben. Mewngofnodwch yn y porwr hwn a bydd yn cael ei hanfon.',
  refused:
    'Mewn ciw: gwrthododd y gweinydd y bleidlais. Mae’n cael ei chadw ar y ddyfais hon a’i hanfon eto bob munud; os bydd hyn yn parhau, rhowch wybod i bwy bynnag sy’n rhedeg y wefan hon.',
  'other-site':
    'Mewn ciw: nid yw’r gweinydd yn derbyn pleidleisiau a anfonir o’r wefan y mae’r dudalen hon arni. Rydych wedi mewngofnodi, ac ni fydd mewngofnodi eto’n helpu: dim ond tîm gwe’r wefan all newid hyn, felly rhowch wybod i bwy bynnag sy’n rhedeg y wefan hon. Mae’n cael ei chadw ar y ddyfais hon a’i hanfon eto bob munud.',
};

/**
 * The character an id cannot have, where it is and which it is: said of an id in the document and of an element's
 * id attribute alike.
 */
const notInIdSentence = (v: NotInId, f: Format): string =>
  v.character
    ? `Ni all nod ${f.number(v.at)}, ${JSON.stringify(v.character)} (${v.code}), fod mewn dynodydd: ${v.edge ? 'dilëwch ef' : 'rhowch nod arall yn ei le'}.`
    : `Mae nod ${f.number(v.at)} yn nod anweledig (${v.code}), na all fod mewn dynodydd: dilëwch ef.`;

/**
 * What is wrong with an attribute's `id`, as the document's check says it of an id in the document: a character
 * no id can have (a no-break space a CMS put in is invisible when quoted), or the id it most likely meant.
 */
function idHint(id: string, known: readonly string[]): string {
  const notInId = characterNotInId(id);
  if (notInId) return `${notInIdSentence(notInId, format)} `;
  const meant = closestId(id, new Set(known));
  return meant === undefined ? '' : `Ai '${meant}' oedd dan sylw? `;
}

/**
 * "Gosodwch briodoledd meeting i un o’r rhain: a, b, c.": the ids a web team may mean; of a long list, the first
 * ten. Given the `id` the attribute has, what is wrong with it first.
 */
function setOneOf(attribute: string, known: readonly string[], id?: string): string {
  const named = known.slice(0, 10).join(', ');
  const hint = id === undefined ? '' : idHint(id, known);
  return `${hint}Gosodwch briodoledd ${attribute} i un o’r rhain: ${known.length > 10 ? `${named}, … (${known.length} i gyd)` : named}.`;
}

/**
 * An attribute naming what the document does not have: which ids it has, or where to add the first.
 * `plural` is written as it follows "nid oes gan y ddogfen" (soft mutation: "gyfarfodydd").
 */
function unknownId(
  noun: string,
  attribute: string,
  plural: string,
  key: string,
  id: string,
  known: readonly string[],
): string {
  return known.length === 0
    ? `Nid oes ${noun} â’r dynodydd '${id}': nid oes gan y ddogfen ${plural} eto. Ychwanegwch ef o dan "${key}".`
    : `Nid oes ${noun} â’r dynodydd '${id}'. ${setOneOf(attribute, known, id)}`;
}

/** Who sits for a seat: the seat, and the person unless the seat's label already names them; a proxy says so. */
function sitting(seat: string, person: string | undefined, as: 'holder' | 'proxy'): string {
  const who = person && !seat.includes(person) ? `${seat}: ${person}` : seat;
  return as === 'proxy' ? `${who} (dirprwy)` : who;
}

/** The opening of the error summary for a broken document. */
function contractIntro(total: number, listed: number): string {
  return total > listed
    ? `Mae gan ddogfen y bartneriaeth ${count(total, problemsHad)}, felly ni ddangosir dim ohoni. Dyma’r ${listed} cyntaf: cywirwch nhw yn y ddogfen, yna gwiriwch hi eto.`
    : count(total, {
        one: 'Mae gan ddogfen y bartneriaeth broblem, felly ni ddangosir dim ohoni. Cywirwch hi yn y ddogfen:',
        other: `Mae gan ddogfen y bartneriaeth ${count(total, problemsHad)}, felly ni ddangosir dim ohoni. Cywirwch nhw yn y ddogfen:`,
      });
}

/**
 * JSON text that does not parse: the place, "llinell 4 colofn 1" ("ar linell 4 colofn 1" after "ar", `soft`), and
 * the mistake made there with how to fix it, or '' for a mistake the kit does not name.
 */
const json = {
  // Plain digits, as en-core.ts's: a place to type into an editor's "go to line" box, which takes no comma.
  place: (p: JsonPlace, soft = false) => `${soft ? 'linell' : 'llinell'} ${p.line} colofn ${p.column}`,
  mistake: (s: JsonSyntaxError): string => {
    switch (s.code) {
      case 'comma-after-last':
        return 'Dilëwch y coma ar ôl yr eitem olaf.';
      case 'extra-comma':
        return 'Dilëwch y coma sydd heb eitem o’i flaen.';
      case 'missing-comma':
        return 'Ychwanegwch goma rhwng yr eitem hon a’r un o’i blaen.';
      case 'comment':
        return 'Nid oes sylwadau mewn JSON: dilëwch y sylw, neu gadwch y nodyn yn "ext" y cofnod, fel "ext": { "note": "…" }.';
      case 'single-quotes':
        return 'Defnyddiwch ddyfynodau dwbl syth ("), nid dyfynodau sengl (\').';
      case 'curly-quote':
        return `Defnyddiwch ddyfynodau dwbl syth ("), nid dyfynodau crwm (${s.quote}) o brosesydd geiriau.`;
      case 'unquoted-name':
        return `Rhowch enw’r maes ${s.word} mewn dyfynodau dwbl: "${s.word}".`;
      case 'unquoted-text':
        return `Rhowch y testun sy’n dechrau ${s.word} mewn dyfynodau dwbl (").`;
      case 'not-json-word':
        return s.use
          ? `Ysgrifennwch ${s.use}, nid ${s.word}.`
          : `Nid oes ${s.word} mewn JSON: ysgrifennwch rif neu null, neu gadewch y maes allan.`;
      case 'not-closed':
        return `Nid yw’r ${s.bracket} a agorwyd ar ${json.place(s.opened, true)} wedi’i gau: ychwanegwch ${s.bracket === '{' ? '}' : ']'}.`;
      case 'empty':
        return 'Nid oes JSON yma: mae’r testun yn wag.';
      case 'after-end':
        return s.bracket
          ? `Dilëwch y ${s.bracket} hwn: mae pob cromfach o’i flaen wedi’i chau eisoes.`
          : 'Mae’r JSON eisoes wedi dod i ben yma: dilëwch yr hyn sy’n dod ar ôl ei gromfach gau olaf.';
      case 'invisible':
        return `Mae ${json.invisible[s.codePoint] ?? 'nod anweledig'} (${s.codePoint}) yma: mae’n edrych fel bwlch, neu fel dim byd, ond nid yw JSON yn ei dderbyn rhwng eitemau. Teipiwch y bylchau o’i gwmpas eto, neu gludwch y JSON eto fel testun plaen.`;
      case 'html-entity':
        return `${s.entity} yw’r ffordd y mae tudalen we yn ysgrifennu ${s.means === '"' ? 'dyfynnod dwbl, nid JSON: ysgrifennwch " yn ei le' : s.means === ' ' ? 'bwlch, nid JSON: rhowch fwlch yn ei le' : 'nod, nid JSON: ysgrifennwch y nod ei hun'}, neu gludwch y JSON eto fel testun plaen.`;
      case 'tab-in-text':
        return 'Mae nod tab yn y testun hwn, nad yw JSON yn ei dderbyn: rhowch fwlch yn ei le, neu \\t.';
      case 'break-in-text':
        return 'Mae’r testun hwn yn parhau i’r llinell nesaf, nad yw JSON yn ei dderbyn: ychwanegwch y " sy’n ei gau os yw ar goll, neu unwch y llinellau (ysgrifennwch \\n lle mae angen toriad llinell).';
      case 'repeated-name':
        return `Mae’r maes "${s.name}" wedi’i ysgrifennu ddwywaith yn yr un gwrthrych, yn gyntaf ar ${json.place(s.first, true)}: cadwch un, a dilëwch y llinell sy’n anghywir.`;
      case 'other':
        return '';
    }
  },
  /** As en-core.ts's: the invisible characters a CMS puts in pasted text, by code point. */
  invisible: {
    'U+00A0': 'bwlch di-dor',
    'U+202F': 'bwlch di-dor cul',
    'U+200B': 'bwlch lled sero',
    'U+2060': 'uniwr geiriau',
    'U+FEFF': 'nod trefn beitiau',
    'U+00AD': 'cysylltnod meddal',
  } as Partial<Record<string, string>>,
};

/** Every word of the kit in Welsh. */
/** `text` with its first letter a capital: a clause that begins a sentence. */
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Why no one could give the chair's casting vote (`outcome().castingSeat.barred`), as en.ts's `chairBarred`.
 * Unreviewed (docs/welsh-glossary.md): "yn wag", vacant; "pan ddaeth y pleidleisio i ben", when voting closed.
 * Withdrew, for an interest, is "gadael y cyfarfod", the glossary's term, as the panel's declarations say it.
 */
function chairBarred(bar: SeatBar, seat: string, n: Names, past: boolean): string {
  const chairs = `sedd y cadeirydd, ${seat}`;
  const then = 'pan ddaeth y pleidleisio i ben';
  switch (bar.reason) {
    case 'vacant-seat':
      return past ? `roedd ${chairs}, yn wag ${then}` : `mae ${chairs}, yn wag`;
    case 'term-ended':
      return `${past ? `nid oedd neb yn ${chairs}, ${then}` : `nid oes neb yn ${chairs}`} (daeth ei thymor i ben ar ${n.format.date(bar.values.to)})`;
    case 'term-not-started':
      return past
        ? `nid oedd neb yn ${chairs}, ${then} (dechreuodd ei thymor ar ${n.format.date(bar.values.from)})`
        : `nid oes neb yn ${chairs}, eto (mae ei thymor yn dechrau ar ${n.format.date(bar.values.from)})`;
    case 'declared-interest':
      return `${past ? 'ni allai' : 'ni all'} neb bleidleisio dros ${chairs} (datganodd ${n.person(bar.values.person)} fuddiant a gadael y cyfarfod)`;
  }
}

export const cy: Messages = /* @__PURE__ */ closingSentences<Messages>({
  lang: 'cy',
  dir: 'ltr',
  format,
  roles,
  json,
  reasons: {
    // Each problem of the vote's shape as a document's problem, after its path: "vote.choice – rhaid iddo fod …".
    malformed: (v, n) => {
      const say = (p: (typeof v.problems)[number]) =>
        `${p.path} ${(cy.problems[p.code] as (values: unknown, f: Format) => string)(p.values, n.format)}`;
      // "problem" is feminine: "dwy broblem", "chwe phroblem"; after "Mae" the noun is not mutated.
      const intro = count(
        v.problems.length,
        {
          zero: 'Mae # problem gyda’r bleidlais:',
          one: 'Mae problem gyda’r bleidlais:',
          two: 'Mae # broblem gyda’r bleidlais:',
          few: 'Mae # problem gyda’r bleidlais:',
          many: 'Mae # phroblem gyda’r bleidlais:',
          other: 'Mae # problem gyda’r bleidlais:',
        },
        n.format,
      );
      return `${intro} ${v.problems.map(say).join(' ')}`;
    },
    'unknown-proposal': (v) => `Nid oes cynnig â’r dynodydd '${v.proposal}'. ${RELOAD_FOR_LATEST}`,
    'proposal-not-open': (v, n) =>
      v.closes === undefined
        ? `Mae '${n.proposal(v.proposal)}' ${proposalStates[v.status]}, felly nid yw’n derbyn pleidleisiau.`
        : `Daeth y pleidleisio ar '${n.proposal(v.proposal)}' i ben ar ${n.format.dateTime(v.closes)}.`,
    'unknown-seat': (v) => `Nid oes sedd â’r dynodydd '${v.seat}'. ${RELOAD_FOR_LATEST}`,
    'not-in-group': (v, n) =>
      `Nid yw sedd '${v.seat}' yn un o seddi ${n.group(v.group)}, felly nid oes ganddi bleidlais ar '${n.proposal(v.proposal)}'.`,
    'non-voting-seat': (v, n) =>
      `Nid oes gan ${seatInSentence(n.seat(v.seat))} bleidlais ar '${n.proposal(v.proposal)}': mae’n sedd heb bleidlais.`,
    'vacant-seat': (v, n) =>
      `Roedd ${seatInSentence(n.seat(v.seat))} yn wag${v.date === undefined ? '' : ` ar ${n.format.date(v.date)}`}, felly ni allai neb bleidleisio ar ei rhan.`,
    'not-holder-or-proxy': (v, n) =>
      v.from === undefined
        ? `Nid ${n.person(v.person)} yw cynrychiolydd na dirprwy ${n.seat(v.seat)}.`
        : `Penodir ${n.person(v.person)} yn ${v.as === 'proxy' ? 'ddirprwy' : 'gynrychiolydd'} ${n.seat(v.seat)} o ${n.format.date(v.from)}, felly ni all bleidleisio ar ei rhan cyn hynny.`,
    'holder-present': (v, n) =>
      v.declared !== undefined
        ? `Roedd ${n.person(v.holder)} yn yr ystafell ar ran ${n.seat(v.seat)} nes datgan buddiant am ${softClock(n.format.time(v.declared))}, felly ni allai’r dirprwy, ${n.person(v.proxy)}, bleidleisio ar ran y sedd cyn hynny.`
        : `Roedd ${n.person(v.holder)} ${
            v.arrived === undefined
              ? `yn bresennol yn y cyfarfod ar ran ${n.seat(v.seat)} ar ${n.format.date(v.date)}`
              : `yn yr ystafell ar ran ${n.seat(v.seat)} o ${softClock(n.format.time(v.arrived))} ymlaen`
          }, felly ni all y dirprwy, ${n.person(v.proxy)}, bleidleisio ar ran y sedd.`,
    'term-ended': (v, n) =>
      `Daeth tymor ${n.seat(v.seat)} i ben ar ${n.format.date(v.to)}, felly nid oes ganddi bleidlais nes i dymor newydd gael ei gofnodi.`,
    'declared-interest': (v, n) =>
      `Datganodd ${n.person(v.person)} fuddiant yn '${n.proposal(v.proposal)}' a gadawodd y cyfarfod, felly ni all bleidleisio arno.`,
    'cast-in-future': () =>
      'Mae’r bleidlais yn dweud iddi gael ei bwrw yn hwyrach na nawr. Gwiriwch gloc y ddyfais y daeth ohoni.',
    'waited-too-long': (v, n) =>
      `Mae’r bleidlais yn dweud iddi gael ei bwrw ar ${n.format.dateTime(v.cast)}, ond cyrhaeddodd y gweinydd ar ${n.format.dateTime(v.now)}: dim ond hyd at ${minutesAsWords(v.maxWaitMinutes, n.format)} ar ôl ei bwrw y mae’r gweinydd hwn yn derbyn pleidlais. Pleidleisiwch eto os gallwch o hyd.`,
    'term-not-started': (v, n) =>
      `Mae tymor cyntaf ${n.seat(v.seat)} yn dechrau ar ${n.format.date(v.from)}, felly nid oes ganddi bleidlais cyn hynny.`,
    'later-vote-stored': (v, n) =>
      `Mae eich pleidlais ar ran ${n.seat(v.seat)} a ddyddiwyd ${n.format.dateTime(v.cast)} yn hwyrach na hon, a’r bleidlais hwyraf sy’n cyfrif, felly ni fyddai hon yn cyfrif. Gwiriwch gloc y ddyfais y daeth hon ohoni, a phleidleisiwch eto i’w newid.`,
    'no-seat': (v, n) =>
      `Nid yw ${n.person(v.person)} yn dal sedd ar y grŵp ${n.group(v.group)}, ac nid yw’n ddirprwy i’r un sedd.`,
  },
  warnings: {
    vacant: (v, n) =>
      `Mae ${seatInSentence(n.seat(v.seat))} yn wag: dylai’r partner sy’n gyfrifol am y sedd benodi cynrychiolydd.`,
    'appointed-from': (v, n) =>
      `Mae ${seatInSentence(n.seat(v.seat))} yn wag tan ${n.format.date(v.from)}: penodwyd ${n.person(v.holder)} yn gynrychiolydd o’r diwrnod hwnnw.`,
    'no-proxy': (v, n) =>
      `Nid oes gan ${seatInSentence(n.seat(v.seat))} ddirprwy: dylai’r partner sy’n gyfrifol am y sedd benodi dirprwy ar gyfer adegau pan na all ${n.person(v.holder)} fod yn bresennol.`,
    'own-proxy': (v, n) =>
      `Enwir ${n.person(v.person)} yn gynrychiolydd ac yn ddirprwy ${n.seat(v.seat)}: penodwch rywun arall yn ddirprwy.`,
    'term-ended': (v, n) =>
      `${n.seat(v.seat)}: daeth y tymor i ben ar ${n.format.date(v.to)}${v.holder ? `, a’r cynrychiolydd oedd ${n.person(v.holder)}` : ''}. Cofnodwch y tymor neu’r penodiad newydd.`,
    'term-ending': (v, n) =>
      `${n.seat(v.seat)}: mae’r tymor yn dod i ben ar ${n.format.date(v.to)}${v.holder ? `, a’r cynrychiolydd yw ${n.person(v.holder)}` : ''}. Cynlluniwch yr ailbenodi.`,
    'multiple-seats': (v, n) =>
      `Mae ${n.person(v.person)} yn dal ${n.seat(v.seat)} a hefyd ${otherSeats(v.others, n)}: ni ddylai neb ddal mwy nag un sedd bleidleisio.`,
    'multiple-proxies': (v, n) =>
      `Mae ${n.person(v.person)} yn ddirprwy ${n.seat(v.seat)} a hefyd ${otherSeats(v.others, n)}: dylai fod gan bob sedd bleidleisio ei dirprwy ei hun.`,
    'proxy-holds-seat': (v, n) =>
      `Mae ${n.person(v.person)} yn ddirprwy ${n.seat(v.seat)} ac yn dal ${otherSeats(v.held, n)}: pan fydd cynrychiolydd ${n.seat(v.seat)} yn absennol, gallai fwrw dwy bleidlais. Penodwch ddirprwy nad yw’n dal sedd bleidleisio.`,
    'chair-cannot-cast': (v, n) =>
      `Mae rheolau’r grŵp yn rhoi pleidlais fwrw i’r cadeirydd pan fo’r pleidleisiau’n gyfartal, ond nid oes gan sedd y cadeirydd, ${n.seat(v.seat)}, bleidlais: ni all y cadeirydd fyth fwrw’r bleidlais honno, felly gwrthodir pob cynnig â phleidleisiau cyfartal. Rhowch bleidlais i ${seatInSentence(n.seat(v.seat))}, neu newidiwch y rheolau fel nad oes gan y cadeirydd bleidlais fwrw.`,
  },
  refusals: {
    'unknown-meeting': (v) => `Nid oes cyfarfod â’r dynodydd '${v.meeting}'. ${RELOAD_FOR_LATEST}`,
    'unknown-seat': (v, n) =>
      `Nid oes gan y grŵp ${n.group(v.group)} sedd â’r dynodydd '${v.seat}'. ${RELOAD_FOR_LATEST}`,
    'unknown-action': (v) => `Nid oes cam gweithredu â’r dynodydd '${v.action}'. ${RELOAD_FOR_LATEST}`,
    'not-permitted': (v, n) =>
      v.action === undefined
        ? `Dim ond clerc neu gadeirydd ${n.group(v.group)} a gaiff gofnodi presenoldeb.`
        : `Dim ond perchennog y cam gweithredu, neu glerc neu gadeirydd y grŵp, a gaiff newid '${n.action(v.action)}'.`,
    'attendance-not-allowed': (v) =>
      v.termEnded
        ? `Daeth tymor y sedd honno i ben ar ${format.date(v.termEnded)}: nid yw neb yn cyfrif drosti, ac ni chaiff neb ei gofnodi’n bresennol drosti nes i dymor newydd gael ei gofnodi.`
        : `Nid oedd gan y sedd honno ${attendanceHad[v.attendance]} ar ddyddiad y cyfarfod.`,
    'meeting-decided': (v, n) =>
      `Penderfynwyd ar '${n.proposal(v.proposal)}' yn y cyfarfod hwn, felly ni ellir newid y presenoldeb ynddo mwyach.`,
    'not-in-room': (v) =>
      v.meetingDay
        ? 'Nid yw’r sedd honno wedi’i chofnodi yn yr ystafell, felly ni ellir cofnodi ei bod wedi gadael.'
        : 'Dim ond ar ddiwrnod y cyfarfod, nes iddo ddod i ben, y caiff ymadawiad ei gofnodi. Yn hytrach, cofnodwch pwy oedd yn bresennol o gofnodion y cyfarfod.',
    'completed-without-done': () =>
      `Dim ond cam gweithredu sydd wedi’i wneud a all fod â dyddiad cwblhau: gosodwch y statws i “${STATUS_WORDS.done}”, neu gadewch y dyddiad cwblhau allan.`,
    'completed-in-future': () => 'Rhaid i’r dyddiad cwblhau fod heddiw neu yn y gorffennol.',
    'completed-before-raised': (v) =>
      `Rhowch ddyddiad cwblhau ar neu ar ôl ${format.date(v.raised)}, pan godwyd y cam gweithredu.`,
    'changed-since': (v, n) =>
      v.action === undefined
        ? changedSince(
            `bresenoldeb ${n.seat(v.seat)}`,
            ATTENDANCE_WORDS[v.was],
            ATTENDANCE_WORDS[v.attendance],
            'presenoldeb',
          )
        : changedSince(`'${n.action(v.action)}'`, STATUS_WORDS[v.was], STATUS_WORDS[v.status], 'statws'),
  },
  problems: {
    'unknown-fields': (v, f) =>
      `– mae ganddo ${fields(v.keys, f)}. ${v.extAllowed === false ? 'Gwiriwch y sillafu: nid yw’r cofnod hwn yn derbyn eich data eich hun.' : 'Gwiriwch y sillafu, neu rowch eich data eich hun o dan "ext".'}`,
    'empty-text': () => '– ni chaiff fod yn wag nac yn fylchau yn unig.',
    'date-time-out-of-calendar': (v) =>
      `– "${v.value}" ydyw, sydd gyda’i wrthbwyso y tu allan i’r blynyddoedd 0001 i 9999. Cywirwch y dyddiad neu’r gwrthbwyso.`,
    'too-few-entries': (v, f) => `– rhaid iddo gynnwys o leiaf ${count(v.minimum, { other: '# eitem' }, f)}.`,
    'out-of-range': (v, f) =>
      `– rhaid iddo fod yn ${f.number(v.limit)} ${v.bound === 'minimum' ? 'neu fwy' : 'neu lai'}, ond ${f.number(v.value)} ydyw.`,
    missing: (v, f) => `– mae ar goll: ychwanegwch ${expected(v.expected, f, true)}.`,
    'wrong-value': (v, f) =>
      v.tooDeep
        ? `– rhaid iddo ddal eich data eich hun hyd at ${f.number(v.tooDeep)} lefel o ddyfnder, gan gyfrif "ext" ei hun, ond mae wedi’i nythu’n ddyfnach. Nythwch eich data yn llai dwfn.`
        : v.notJson
          ? `– mae’n dal ${NOT_JSON[v.notJson.kind]} yn ${v.notJson.at}, na all JSON ei gario. Ysgrifennwch ef fel testun neu rif, neu gadewch ef allan.`
          : `– rhaid iddo fod yn ${expected(v.expected, f)}, ond cafwyd ${value(v.value, f)}.${v.meant ? ` Os ydych yn golygu ${f.date(v.meant)}, ysgrifennwch "${v.meant}".` : ''}${
              v.notInId === undefined ? '' : ` ${notInIdSentence(v.notInId, f)}`
            }${v.leaveOut ? ' Os nad oes ganddo werth, gadewch ef allan.' : ''}`,
    'not-json': (v) =>
      v.syntax
        ? `– mae camgymeriad yn ei JSON ar ${json.place(v.syntax, true)}. ${json.mistake(v.syntax) || 'Gwiriwch y testun yn y fan honno.'}`
        : '– nid oedd modd darllen y JSON. Gwiriwch y JSON gyda dilysydd JSON, sy’n dangos ble mae’r camgymeriad.',
    'not-an-object': (v, f) =>
      `– rhaid iddi fod yn wrthrych JSON, rhwng cromfachau cyrliog, yn dechrau { "contract": "${v.contract}", ond cafwyd ${value(v.value, f)}.`,
    'other-contract': (v) =>
      `– "${v.found}" ydyw, ond mae’r fersiwn hon o partnership-kit yn darllen "${v.expected}". Defnyddiwch fersiwn o’r pecyn sy’n darllen ${v.found}, neu ysgrifennwch y ddogfen yn ôl contract ${v.expected}.`,
    'too-many-records': (v, f) =>
      `– mae ganddo ${count(v.count, { zero: '# cofnod', one: '# cofnod', two: '# gofnod', few: '# chofnod', many: '# chofnod', other: '# cofnod' }, f)}, ond mae’r pecyn yn darllen ${f.number(v.maximum)} ar y mwyaf. Rhannwch y ddogfen yn sawl dogfen.`,
    'not-checked': (v) =>
      `– nid oedd modd gwirio’r data, oherwydd daeth gwall wrth ei ddarllen (neges dechnegol: ${v.reason}). Rhowch ddata plaen, fel y mae JSON.parse neu response.json() yn ei roi.`,
    'duplicate-id': (v) =>
      `– '${v.id}' ydyw, ac mae ${v.first} eisoes yn ei ddefnyddio. Rhowch ei ddynodydd ei hun i bob cofnod.`,
    'unknown-reference': (v) =>
      `– '${v.id}' ydyw, ond nid oes gan yr un ${targets[v.target]} y dynodydd hwnnw.${v.meant ? ` Oeddech chi’n golygu '${v.meant}'?` : ''} Cywirwch y dynodydd, neu ychwanegwch y ${targets[v.target]}.`,
    'quorum-selects-no-seat': (v) =>
      `– nid yw’n dewis yr un o seddi’r grŵp, felly byddai’r gofyniad${v.requirement ? ` '${v.requirement}'` : ''} bob amser yn cael ei fodloni. Gwiriwch y tag, y partner, y rôl neu’r hawl i bleidleisio y mae’n gofyn amdanynt.`,
    'quorum-more-than-seats': (v, f) =>
      `– mae’n gofyn am ${f.number(v.min)} sedd${v.requirement ? ` yn '${v.requirement}'` : ''}, ond dim ond ${count(v.seats, { other: '# sedd' }, f)} y mae’r gofyniad yn eu dewis, felly ni allai unrhyw gyfarfod fod â chworwm. Gwiriwch y rhif, neu ychwanegwch y seddi at y grŵp.`,
    'chair-tie-break-chairs': (v, f) => {
      const then = v.date === undefined ? '' : ` ar ${f.date(v.date)}`;
      return v.chairs === 0
        ? `– "chair" ydyw, ond nid oes gan y grŵp '${v.group}' sedd â’r rôl cadeirydd${then}. Rhowch y rôl honno i sedd y cadeirydd, neu osodwch tieBreak i "none".`
        : `– "chair" ydyw, ond mae gan y grŵp '${v.group}' ${f.number(v.chairs)} sedd â’r rôl cadeirydd${then}, felly pleidlais fwrw’r gyntaf fyddai’n cyfrif. Rhowch y rôl cadeirydd i un sedd.`;
    },
    'reports-to-itself': (v) =>
      `– '${v.group}' ydyw, sef y grŵp ei hun, ond ni all grŵp adrodd iddo’i hun. Enwch y grŵp y mae’n adrodd iddo, neu hepgorwch reportsTo.`,
    'voting-seat-without-partner': (v, f) =>
      v.to === undefined
        ? `– mae ar goll: mae sedd '${v.seat}' yn sedd bleidleisio, felly rhaid iddi enwi’r partner y mae’n ei gynrychioli. Ychwanegwch ddynodydd y partner.`
        : `– mae ar goll: roedd sedd '${v.seat}' yn sedd bleidleisio hyd at ${f.date(v.to)}, felly rhaid iddi enwi’r partner yr oedd yn ei gynrychioli bryd hynny. Ychwanegwch ddynodydd y partner yma neu mewn cofnod diweddarach.`,
    'term-ends-before-start': (v, f) =>
      `– ${f.date(v.to)} ydyw, cyn i’r tymor ddechrau ar ${f.date(v.from)}. Cywirwch un o’r dyddiadau.`,
    'appointment-ends-before-start': (v, f) =>
      `– ${f.date(v.to)} ydyw, cyn i’r penodiad ddechrau ar ${f.date(v.from)}. Cywirwch un o’r dyddiadau.`,
    'appointments-overlap': (v, f) =>
      `– ${f.date(v.from)} ydyw, ond mae’r penodiad o’i flaen yn para tan ${f.date(v.previousTo)}. Rhestrwch benodiadau cynharach gyda’r hynaf yn gyntaf, heb orgyffwrdd.`,
    'rules-out-of-order': (v, f) =>
      `– ${f.date(v.to)} ydyw, ond mae’r rheolau cynharach a restrir o’i flaen yn para tan ${f.date(v.previousTo)}. Rhestrwch reolau cynharach y grŵp gyda’r hynaf yn gyntaf, pob un yn dod i ben ar ôl yr un o’i flaen.`,
    'standing-out-of-order': (v, f) =>
      `– ${f.date(v.to)} ydyw, ond mae’r statws cynharach a restrir o’i flaen yn para tan ${f.date(v.previousTo)}. Rhestrwch statws cynharach sedd '${v.seat}' gyda’r hynaf yn gyntaf, pob cofnod yn dod i ben ar ôl yr un o’i flaen.`,
    'term-overlaps-appointment': (v, f) =>
      `– ${f.date(v.from)} ydyw, ond mae penodiad cynharach o dan "previous" yn para tan ${f.date(v.previousTo)}. Dewch â’r penodiad cynharach i ben cyn i’r tymor presennol ddechrau.`,
    'meeting-ends-before-start': (v, f) => {
      const { time, other } = times(v.end, v.start, f);
      return `– ${time} ydyw, cyn i’r cyfarfod ddechrau ${other}. Cywirwch un o’r amseroedd.`;
    },
    'rule-not-agreed': (v) =>
      `– mae ar goll: mae cynnig '${v.proposal}' yn defnyddio’r rheol benderfynu '${v.rule}', nid rheol y grŵp, '${v.groupRule}'. Dim ond os yw grŵp wedi cytuno arni’n unfrydol y caiff ddefnyddio rheol arall: ychwanegwch ddynodydd y cyfarfod lle gwnaeth hynny, neu dynnwch "decisionRule".`,
    'rule-agreed-later': (v, f) =>
      `– '${v.meeting}' ydyw, cyfarfod ar ${f.dateTime(v.agreed)}, ar ôl i’r cynnig '${v.proposal}' gael ei benderfynu ar ${f.dateTime(v.decided)}. Rhaid cytuno ar reol cyn ei defnyddio: enwch y cyfarfod a gytunodd arni, heb fod yn hwyrach na’r penderfyniad.`,
    'meeting-of-other-group': (v) =>
      `– '${v.meeting}' ydyw, sef cyfarfod y grŵp '${v.meetingGroup}', ond mae’r cynnig yn perthyn i’r grŵp '${v.group}'. Enwch un o gyfarfodydd '${v.group}'.`,
    'casting-without-tie': (v, f) =>
      v.for === v.against && v.for > 0
        ? `– fe’i rhoddwyd, ond penderfynir cynnig '${v.proposal}' gan y rheol '${v.rule}', lle gwrthodir y cynnig os yw’r pleidleisiau’n gyfartal: dim ond dan fwyafrif syml y mae pleidlais fwrw’r cadeirydd yn penderfynu. Tynnwch "casting".`
        : `– fe’i rhoddwyd, ond nid yw’r pleidleisiau ar gynnig '${v.proposal}' yn gyfartal (${f.number(v.for)} o blaid, ${f.number(v.against)} yn erbyn): dim ond pan fo’r pleidleisiau’n gyfartal, o leiaf un yr un, y mae pleidlais fwrw’r cadeirydd yn penderfynu. Tynnwch "casting", neu gywirwch y cyfrif.`,
    'casting-without-chair': (v, f) =>
      v.date === undefined
        ? `– fe’i rhoddwyd, ond nid pleidlais fwrw’r cadeirydd sy’n penderfynu yn y grŵp '${v.group}' pan fo’r pleidleisiau’n gyfartal: nid "chair" yw ei tieBreak. Tynnwch "casting", neu gywirwch tieBreak y grŵp.`
        : `– fe’i rhoddwyd, ond nid pleidlais fwrw’r cadeirydd oedd yn penderfynu yn y grŵp '${v.group}' ar ${f.date(v.date)} pan oedd y pleidleisiau’n gyfartal: nid "chair" oedd ei tieBreak. Tynnwch "casting", neu gywirwch tieBreak y grŵp.`,
    'count-more-than-seats': (v, f) =>
      `– mae’n dod i ${count(v.votes, votes, f)} (o blaid, yn erbyn ac yn ymatal), ond ${v.seats === 0 ? `nid oes gan y grŵp '${v.group}' yr un sedd` : `dim ond ${count(v.seats, { other: '# sedd' }, f)} sydd gan y grŵp '${v.group}'`} a fu erioed â phleidlais, a dim ond unwaith y cyfrifir pleidlais pob sedd. Cywirwch y cyfrif ar gynnig '${v.proposal}', neu ychwanegwch y seddi sydd ar goll at y grŵp.`,
    'duplicate-declaration': (v) =>
      `– '${v.person}' ydyw, ond mae datganiad gan yr unigolyn hwn eisoes yn ${v.first}. Cadwch un datganiad i bob unigolyn, gyda phob buddiant ynddo.`,
    'bands-out-of-order': (v, f) =>
      `– ${f.number(v.upTo)} ydyw, ond rhaid i’r bandiau godi mewn trefn: rhowch werth mwy na ${f.number(v.previous)}.`,
    'last-band-short': (v, f) =>
      `– ${f.number(v.upTo)} ydyw, felly nid oes band i sgorau o ${f.number(v.upTo + 1)} i ${f.number(v.maximum)}. Gosodwch upTo y band olaf yn ${f.number(v.maximum)}.`,
    'empty-category': () => '– categori heb enw ydyw: ni all yr un risg fod ynddo. Rhowch enw i’r categori.',
    'appetite-not-a-score': (v, f) =>
      `– ${value(v.value, f)} ydyw, ond rhaid i’r archwaeth ar gyfer '${v.category}' fod y sgôr uchaf sy’n dderbyniol: rhif cyfan o ${f.number(v.minimum)} i ${f.number(v.maximum)}.`,
    'seat-not-in-group': (v) =>
      `– mae’n cofnodi presenoldeb ar gyfer sedd '${v.seat}', ond nid oes gan y grŵp '${v.group}' sedd â’r dynodydd hwnnw.${v.meant ? ` Oeddech chi’n golygu '${v.meant}'?` : ''} Cywirwch ddynodydd y sedd, neu dynnwch yr eitem os na fu’r sedd erioed yn y grŵp. Mae sedd sydd wedi gadael y grŵp yn aros ynddo â’i thymor wedi dod i ben, fel bod cofnod y cyfarfod a’r hyn a benderfynwyd ynddo yn sefyll.`,
    'empty-attendance': () => '– rhestr wag ydyw. Cofnodwch o leiaf un eitem, neu gadewch y sedd allan.',
    'attendance-entry-not-object': (v, f) =>
      `– ${value(v.value, f)} ydyw, ond rhaid i bob eitem yn y rhestr fod yn wrthrych fel { "as": "holder", "arrived": "…" }.`,
    'attendance-unknown-fields': (v, f) => {
      const [first = '', ...rest] = quoted(v.allowed);
      return `– mae ganddo ${fields(v.keys, f)}. Mae gan eitem ${first}, a gall fod ganddi ${f.list(rest)}.`;
    },
    'leaves-before-arriving': (v, f) => {
      const { time, other } = times(v.left, v.arrived, f);
      return `– ${time} ydyw, cyn yr amser cyrraedd ${other}. Cywirwch un o’r amseroedd.`;
    },
    'no-proxy': (v, f) =>
      `– "proxy" ydyw, ond nid oedd gan sedd '${v.seat}' ddirprwy${v.date === undefined ? '' : ` ar ${f.date(v.date)}`}. Enwch y dirprwy ar y sedd (neu, ar gyfer penodiad cynharach, o dan "previous"), neu gofnodwch "holder", "apologies" neu "absent".`,
    'seat-vacant': (v, f) =>
      `– "holder" ydyw, ond roedd sedd '${v.seat}' yn wag${v.date === undefined ? '' : ` ar ${f.date(v.date)}`}. ${
        v.earlier
          ? 'Os oedd rhywun yn ei dal bryd hynny, ychwanegwch y penodiad cynharach o dan "previous" ar y sedd'
          : 'Enwch y deiliad ar y sedd neu, os yw wedi’i gadael ers hynny, ychwanegwch y penodiad cynharach o dan "previous"'
      }, neu gofnodwch "absent".`,
    'project-ends-before-start': (v, f) =>
      `– ${f.date(v.end)} ydyw, cyn i brosiect '${v.project}' ddechrau ar ${f.date(v.start)}. Cywirwch un o’r dyddiadau.`,
    'project-too-long': (v, f) =>
      `– ${f.date(v.start)} ydyw, mwy na ${yearsCount(v.years, f)} cyn i brosiect '${v.project}' orffen ar ${f.date(v.end)}. Gwiriwch y flwyddyn.`,
    'date-outside-project': (v, f) =>
      `– ${f.date(v.date)} ydyw, y tu allan i brosiect '${v.project}', sy’n rhedeg o ${f.date(v.start)} i ${f.date(v.end)}. Cywirwch y dyddiad, neu ddyddiad dechrau neu ddiwedd y prosiect.`,
    'period-outside-project': (v, f) =>
      `– '${v.period}' ydyw, mis y tu allan i brosiect '${v.project}', sy’n rhedeg o ${f.date(v.start)} i ${f.date(v.end)}. Cywirwch y mis, neu ddyddiad dechrau neu ddiwedd y prosiect.`,
    'duplicate-report': (v) =>
      `– '${v.period}' ydyw, mis y mae ${v.first} eisoes yn adrodd arno. Cadwch un adroddiad y mis, gyda phopeth ynddo.`,
    'rating-without-reason': (v) =>
      `– mae ar goll: mae${v.period ? ` adroddiad '${v.period}'` : '’r adroddiad'} wedi’i raddio’n ${v.status === 'red' ? 'goch' : 'ambr'}, felly rhaid iddo ddweud pam. Ychwanegwch y rheswm.`,
    'set-by-host': () => '– y system sy’n gosod hwn pan fydd yn cadw’r cofnod: gadewch ef allan.',
    'too-large': (v, f) =>
      v.field === 'ext'
        ? `– mae’n ${f.number(v.size)} beit, mwy na’r ${f.number(v.limit)} beit y mae’r system hon yn eu derbyn yn "ext". Cadwch eich data eich hun yno’n fach.`
        : `– mae o leiaf ${f.number(v.size)} beit ynddo, mwy na’r ${f.number(v.limit)} beit y mae’r system hon yn eu derbyn. Chwiliwch am destun hir neu "ext" mawr ynddo.`,
    'by-other-person': (v) =>
      `– '${v.by}' yw hwn, ond '${v.signedIn}' sydd wedi mewngofnodi: y sawl a wnaeth gofnod sy’n ei anfon. Mewngofnodwch fel '${v.by}' i’w anfon.`,
  },
  calendar: {
    name: (partnership: string) => `${partnership}: cyfarfodydd a chamau gweithredu`,
    description: (partnership: string) =>
      `Cyfarfodydd, terfynau amser hysbysiadau a chofnodion, a chamau gweithredu ${partnership}.`,
    partName: (partnership: string, part: string) => `${partnership} – ${part}: cyfarfodydd a chamau gweithredu`,
    partDescription: (partnership: string, part: string) =>
      `Cyfarfodydd, terfynau amser hysbysiadau a chofnodion, a chamau gweithredu ${part}, ${partnership}.`,
    meeting: (group: string) => `Cyfarfod ${group}`,
    noticeDue: (group: string, date: string) => `Hysbysiad yn ddyledus: cyfarfod ${group} ar ${format.date(date)}`,
    minutesDue: (group: string, date: string) => `Cofnodion yn ddyledus: cyfarfod ${group} ar ${format.date(date)}`,
    noticeRule: (days: number) =>
      `Rhaid anfon yr agenda a’r hysbysiad o leiaf ${count(days, workingDays)} cyn y cyfarfod.`,
    minutesRule: (days: number) => `Rhaid anfon y cofnodion cyn pen ${count(days, workingDays)} ar ôl y cyfarfod.`,
    sent: (date: string, late: boolean) => `Anfonwyd ar ${format.date(date)}, ${late ? 'yn hwyr' : 'mewn pryd'}.`,
    sentBeforeMeeting: (date: string) => `Anfonwyd ar ${format.date(date)}, cyn y cyfarfod: gwiriwch y dyddiad.`,
    // "awr" does not mutate after a numeral; "munud" soft-mutates after "dau" only: "2 funud", "3 munud".
    endNotRecorded: (minutes: number) =>
      `Nid yw’r amser gorffen wedi’i gofnodi: fe’i dangosir fel ${
        minutes % 60 === 0
          ? count(minutes / 60, { other: '# awr' })
          : count(minutes, { two: '# funud', other: '# munud' })
      } o hyd.`,
    action: (title: string) => `Cam gweithredu: ${title}`,
    byWhom: (person: string) => `Gan bwy: ${person}`,
    completed: (date: string) => `Cwblhawyd ar ${format.date(date)}.`,
  },

  shared: {
    notSaved: 'Heb ei gadw eto: pwyswch Cadw',
    loading: 'Wrthi’n llwytho gwybodaeth y bartneriaeth…',
    loadingSlow: 'Mae hyn yn cymryd mwy o amser nag arfer: efallai fod y cysylltiad yn araf. Mae’n dal i lwytho.',
    problemTitle: 'Mae problem',
    contractIntro,
    wholeDocument: 'y ddogfen gyfan',
    failure: (failure: LoadFailure): string => {
      switch (failure.kind) {
        case 'network':
          if (failure.blockedByPolicy) {
            return `Nid oedd modd llwytho gwybodaeth y bartneriaeth: nid yw Polisi Diogelwch Cynnwys (Content-Security-Policy) y dudalen hon yn caniatáu nôl ${failure.url}. Gall tîm gwe’r wefan ei ganiatáu yn connect-src y polisi.`;
          }
          return `Nid oedd modd llwytho gwybodaeth y bartneriaeth: methodd y cysylltiad (neges dechnegol: ${failure.message}). Gwiriwch eich cysylltiad ac ail-lwythwch y dudalen.`;
        case 'http':
          if (failure.status === 404) {
            return `Nid oedd modd dod o hyd i wybodaeth y bartneriaeth yn ${failure.url} (HTTP 404). Gwiriwch y cyfeiriad ym mhriodoledd src yr elfen.`;
          }
          if (failure.status === 401 || failure.status === 403) {
            return `Nid oedd modd llwytho gwybodaeth y bartneriaeth o ${failure.url}: ni chaniataodd y gweinydd hynny (HTTP ${failure.status}). Os yw’r dudalen hon ar gyfer aelodau, mewngofnodwch ac ail-lwythwch y dudalen.`;
          }
          // The status's words (statusText) are the browser's, in English: the number is said alone.
          return `Nid oedd modd llwytho gwybodaeth y bartneriaeth o ${failure.url}: atebodd y gweinydd HTTP ${failure.status}. Rhowch gynnig arall arni yn nes ymlaen.`;
        case 'not-web-address':
          return `Nid oes modd llwytho gwybodaeth y bartneriaeth o ${failure.url}: rhaid i briodoledd src yr elfen fod yn gyfeiriad gwe (http: neu https:), nid un sy’n dechrau ${failure.scheme}. Rhowch gyfeiriad y ffeil JSON iddo.`;
        case 'curly-quotes':
          return `Nid oes modd llwytho gwybodaeth y bartneriaeth o ${failure.src}: mae priodoledd src yr elfen mewn dyfynodau crwm, y mae’r dudalen yn eu darllen fel rhan o’r cyfeiriad. Defnyddiwch ddyfynodau dwbl syth ("), nid dyfynodau crwm (${failure.quote}) o brosesydd geiriau: src="${failure.address}".`;
        case 'timeout':
          return `Ni chyrhaeddodd gwybodaeth y bartneriaeth o ${failure.url} o fewn ${count(failure.seconds, { other: '# eiliad' })}. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.`;
        case 'not-json':
          if (failure.webPage) {
            return `Anfonodd y cyfeiriad ${failure.url ?? ''} dudalen we, nid gwybodaeth y bartneriaeth fel JSON. Gwiriwch y cyfeiriad ym mhriodoledd src yr elfen: efallai fod y ffeil wedi symud, neu fod angen i chi fewngofnodi i’r wefan.`;
          }
          if (failure.empty) {
            return 'Mae’r <script type="application/json"> y tu mewn i’r elfen yn wag, felly nid oes dim i’w ddangos. Os cafodd y JSON ei ludo i mewn iddo, fe’i tynnwyd gan olygydd y dudalen pan gadwyd y dudalen: gosodwch y golygydd fel y mae docs/embedding.md y pecyn yn ei ddweud (“In a CMS’s rich-text editor”), neu rowch briodoledd src i’r elfen yn lle hynny.';
          }
          return failure.syntax
            ? `Mae camgymeriad yn JSON gwybodaeth y bartneriaeth. Gwiriwch ${failure.url ? `y ffeil yn ${failure.url}` : 'y JSON yn <script type="application/json"> yr elfen'}, ${json.place(failure.syntax)}.${` ${json.mistake(failure.syntax)}`.trimEnd()}`
            : `Nid oedd modd darllen gwybodaeth y bartneriaeth fel JSON (neges dechnegol: ${failure.message}). Gwiriwch ${failure.url ? `y ffeil yn ${failure.url}` : 'y JSON yn <script type="application/json"> yr elfen'} gyda dilysydd JSON.`;
        case 'no-source':
          if (failure.dataAttribute !== undefined) {
            return `Ni roddwyd dogfen bartneriaeth: mae gan yr elfen briodoledd data, '${failure.dataAttribute}', ond rhoddir dogfen fel y briodwedd data, nid fel priodoledd. Mae fframwaith sy’n gosod priodoleddau (fel React 18) yn ysgrifennu dogfen a roddwyd fel data={document} fel '[object Object]'. Gosodwch y briodwedd mewn sgript (fel y mae React 19 yn ei wneud), neu rowch briodoledd src i’r elfen yn lle hynny.`;
          }
          if (failure.scriptType !== undefined) {
            return `Ni roddwyd dogfen bartneriaeth: mae gan y <script> y tu mewn i’r elfen type="${failure.scriptType}", felly nid yw’r elfen yn ei ddarllen. Rhowch type="application/json" i’r sgript os yw’n dal JSON y bartneriaeth.`;
          }
          if (failure.dataUndefined) {
            return 'Ni roddwyd dogfen bartneriaeth: nid yw’r <partnership-data> y mae’r elfen hon y tu mewn iddi yn gwneud dim, oherwydd nad yw ei sgript ar y dudalen. Ychwanegwch <script type="module" src="…/components/partnership-data.js"></script> wrth ymyl sgript yr elfen ei hun, o’r un ffolder, neu llwythwch partnership-kit.js, sydd â phob elfen.';
          }
          if (failure.dataWithoutSrc) {
            return 'Ni roddwyd dogfen bartneriaeth: nid oes gan y <partnership-data> y mae’r elfen hon y tu mewn iddi briodoledd src. Rhowch gyfeiriad y ddogfen iddi, fel <partnership-data src="/data/partnership.json">. Os oedd ganddi un, fe’i tynnwyd gan olygydd y dudalen: gosodwch y golygydd fel y mae docs/embedding.md y pecyn yn ei ddweud (“In a CMS’s rich-text editor”).';
          }
          return 'Ni roddwyd dogfen bartneriaeth. Gosodwch briodoledd src, rhowch <script type="application/json"> y tu mewn i’r elfen, neu rowch yr elfen y tu mewn i <partnership-data src="…">.';
        case 'contract':
          return contractIntro(failure.total, failure.problems.length);
      }
    },
    unreachable:
      'Collwyd y cysylltiad â’r wefan hon, felly efallai fod yr hyn a ddangosir wedi dyddio. Yn rhoi cynnig arall arni…',
    liveUnopened:
      'Ni all y dudalen hon gael diweddariadau byw, felly dim ond pan fydd yn gwirio eto, tua bob hanner munud, y bydd pleidleisiau a newidiadau a wnaed ar ddyfeisiau eraill yn ymddangos yma. Cedwir eich rhai chi ar y ddyfais hon nes iddynt gael eu hanfon.',
    liveEnding:
      'Mae diweddariadau byw yn dod i ben dro ar ôl tro ar y dudalen hon, felly dim ond pan fydd yn gwirio eto, tua bob hanner munud, y bydd pleidleisiau a newidiadau a wnaed ar ddyfeisiau eraill yn ymddangos yma. Cedwir eich rhai chi ar y ddyfais hon nes iddynt gael eu hanfon.',
    savedCopy: (fetchedAt: string, refreshing: boolean) =>
      refreshing
        ? `Yn dangos y copi a gadwyd ar y ddyfais hon ar ${format.dateTime(fetchedAt)} tra bo’r fersiwn ddiweddaraf yn llwytho.`
        : `Yn dangos y copi a gadwyd ar y ddyfais hon ar ${format.dateTime(fetchedAt)}. Efallai ei fod wedi dyddio: nid oedd modd llwytho’r fersiwn ddiweddaraf.`,
    latestLoaded: 'Mae’r fersiwn ddiweddaraf wedi llwytho yn lle’r copi a gadwyd ar y ddyfais hon.',
    notAMoment: (attribute: 'today' | 'now', value: string) =>
      attribute === 'today'
        ? `Mae priodoledd today yn '${value}', nad yw’n ddyddiad ar y ffurf YYYY-MM-DD (fel 2019-12-10), felly defnyddir dyddiad heddiw.`
        : `Mae priodoledd now yn '${value}', nad yw’n ddyddiad ac amser gyda’i wrthbwyso (fel 2019-10-15T16:30:00+01:00), felly defnyddir cloc y ddyfais hon.`,
    tryAgain: 'Rhoi cynnig arall arni',
    tryAgainLoading: {
      'partnership-roster': 'Rhoi cynnig arall arni: llwytho aelodau’r bartneriaeth',
      'vote-panel': 'Rhoi cynnig arall arni: llwytho’r bleidlais',
      'quorum-indicator': 'Rhoi cynnig arall arni: llwytho’r cworwm',
      'risk-register': 'Rhoi cynnig arall arni: llwytho’r gofrestr risg',
      'action-tracker': 'Rhoi cynnig arall arni: llwytho’r camau gweithredu',
      'highlight-report': 'Rhoi cynnig arall arni: llwytho’r adroddiad uchafbwyntiau',
    },
    // "y cofnod hwn": what waits may be a vote (f.) as well as a check-in or an action's change.
    waitingForOwner: (name: string) =>
      `Mae’r cofnod hwn wedi’i gadw ar y ddyfais hon. Mewngofnodwch fel ${name} er mwyn ei anfon.`,
    hostSaid: (message: string) => `Dywedodd y gweinydd: ${message}`,
    hostGaveNoReason: (status: number | undefined) =>
      status === undefined
        ? 'Ni roddodd y gweinydd reswm.'
        : `Ni roddodd y gweinydd reswm, dim ond ei god statws (HTTP ${status}).`,
    hostTookTooLarge:
      'Mae’r gweinydd yn dweud ei fod yn rhy fawr (HTTP 413), felly ni fydd yn mynd drwodd nes i dîm gwe’r wefan godi terfyn y gweinydd: rhowch wybod i bwy bynnag sy’n rhedeg y wefan hon.',
    // The host's words may well be English: said as the system's, not as the page's own Welsh. They follow a
    // refusal's own words and a colon ("Ni chafodd ei derbyn: …"): quoted, not after a second colon, so the
    // whole reads as one sentence.
    hostWords: (message: string) => `Yn ôl y gweinydd, “${message}”`,
    // "Y sawl a …" for the person, as the server's by-other-person words say it: no gender to choose.
    refusedAt: {
      'vote.proposal': 'Mae hyn yn ymwneud â’r cynnig y pleidleisioch arno.',
      'vote.seat': 'Mae hyn yn ymwneud â sedd eich pleidlais.',
      'vote.by': 'Mae hyn yn ymwneud â’r sawl a fwriodd y bleidlais.',
      'vote.cast': 'Mae hyn yn ymwneud â’r amser y bwriwyd eich pleidlais.',
      'attendance.meeting': 'Mae hyn yn ymwneud â’r cyfarfod y mae’r newid ar ei gyfer.',
      'attendance.seat': 'Mae hyn yn ymwneud â’r sedd y mae’r newid ar ei chyfer.',
      'attendance.by': 'Mae hyn yn ymwneud â’r sawl a gofnododd y newid.',
      'attendance.attendance': 'Mae hyn yn ymwneud â’r presenoldeb a ddewiswyd.',
      'action.action': 'Mae hyn yn ymwneud â’r cam gweithredu y mae’r newid ar ei gyfer.',
      'action.by': 'Mae hyn yn ymwneud â’r sawl a wnaeth y newid.',
      'action.completed': 'Mae hyn yn ymwneud â’r dyddiad cwblhau.',
    },
    // "y cofnod", not "ei gadw": a vote (f.), a check-in and an action's change alike follow "Ni chafodd ei …: ".
    notStored: (error: string) =>
      `nid oedd modd i’r ddyfais hon gadw’r cofnod, felly ni chafodd ei anfon (neges dechnegol: ${error}). Caniatewch i’r wefan hon storio data, neu ryddhewch rywfaint o le, yna rhowch gynnig arall arni.`,
    hostRefused: (status: number | undefined) =>
      status === undefined ? 'Gwrthodwyd gan y gweinydd.' : `Gwrthodwyd gan y gweinydd (HTTP ${status}).`,
    // No "ei gadw" or "ato": the words follow a vote (f.), a check-in and an action's change alike.
    recordTooLarge: (v: TooLargeValues, f: Format = format) =>
      v.field === 'ext'
        ? `Mae’r data y mae tudalen y wefan yn ei ychwanegu (ei “ext”) yn ${f.number(v.size)} beit, mwy na’r ${f.number(v.limit)} beit y mae’r gweinydd yn eu derbyn. Ni fydd rhoi cynnig arall arni’n helpu: dywedwch wrth dîm gwe’r wefan, a all leihau’r data hwnnw.`
        : `Mae’n fwy nag y mae’r gweinydd yn ei dderbyn (o leiaf ${f.number(v.size)} beit, a’r uchafswm yw ${f.number(v.limit)}). Ni fydd rhoi cynnig arall arni’n helpu: dywedwch wrth dîm gwe’r wefan, a all godi terfyn y gweinydd neu leihau’r data y mae’r dudalen yn ei ychwanegu.`,
    indicative:
      'Mae’r pleidleisiau’n ddangosol: mae’r bartneriaeth yn llywio penderfyniadau, ac nid oes ganddi bwerau statudol dirprwyedig.',
    errorPrefix: 'Gwall:',
  },

  votePanel: {
    choice: (choice: VoteChoice) => choices[choice],
    status: (status: ProposalStatus) =>
      ({ draft: 'Drafft', open: 'Ar agor i bleidleisio', closed: 'Ar gau', withdrawn: 'Wedi’i dynnu’n ôl' })[status],
    result: (result: 'carried' | 'not-carried' | 'tied' | 'inquorate' | 'pending') =>
      ({
        // As Welsh minutes record a motion: "Derbyniwyd / Gwrthodwyd y cynnig".
        carried: 'Derbyniwyd',
        'not-carried': 'Gwrthodwyd',
        tied: 'Pleidleisiau cyfartal, felly gwrthodwyd',
        inquorate: 'Heb ei benderfynu: nid oedd cworwm yn y cyfarfod',
        pending: 'Yn yr arfaeth',
      })[result],
    proposedBy: (group: string) => `Cynigiwyd gan y grŵp ${group}`,
    decidedAt: (when: string, open: boolean) => `${open ? 'I’w benderfynu' : 'Penderfynwyd'} yn y cyfarfod ar ${when}`,
    forMeeting: (when: string) => `Ar gyfer y cyfarfod ar ${when}`,
    votingClosed: 'Mae’r pleidleisio ar y cynnig hwn wedi dod i ben.',
    withdrawn: 'Tynnwyd y cynnig hwn yn ôl, felly ni wneir penderfyniad arno.',
    notOpenYet: 'Nid yw’r cynnig hwn ar agor i bleidleisio.',
    closes: (when: string) => `Mae’r pleidleisio’n cau ar ${when}`,
    summary: 'Crynodeb',
    rationale: 'Rhesymeg',
    yourVote: 'Eich pleidlais',
    legendHolder: (seat: string) => `Eich pleidlais fel cynrychiolydd ${seat}`,
    legendProxy: (seat: string, holder: string) => `Eich pleidlais fel dirprwy ${holder}, cynrychiolydd ${seat}`,
    castButton: 'Bwrw pleidlais',
    forSeat: (seat: string) => ` ar ran ${seat}`,
    changeButton: 'Newid pleidlais',
    // As the English, a GOV.UK error message: what to do, with no full stop.
    chooseFirst: 'Dewiswch sut rydych am bleidleisio',
    unchanged: (choice: string) => `“${choice}” yw eich pleidlais eisoes. Dewiswch un arall i’w newid.`,
    current: (choice: VoteChoice, when: string) =>
      `Mae eich pleidlais ar ran y sedd hon wedi’i chofnodi: “${choices[choice]}”, a fwriwyd ar ${when}. Gallwch ei newid tra bo’r cynnig ar agor.`,
    inPlaceOf: (holder: string) =>
      `Datganodd ${holder}, cynrychiolydd y sedd, fuddiant a gadawodd y cyfarfod ar gyfer yr eitem hon, felly rydych chi’n pleidleisio ar ran y sedd yn lle’r cynrychiolydd.`,
    holderCounts: (holder: string) =>
      `Mae ${holder}, cynrychiolydd y sedd, wedi pleidleisio hefyd. Mae pleidlais cynrychiolydd yn cyfrif cyn pleidlais y dirprwy, felly mae eich pleidlais chi’n cael ei chadw ond nid yw’n cael ei chyfrif.`,
    holderVotedFirst: (holder: string) =>
      `Mae ${holder}, cynrychiolydd y sedd, wedi pleidleisio eisoes. Mae pleidlais cynrychiolydd yn cyfrif cyn pleidlais y dirprwy, felly bydd pleidlais a fwriwch chi yma’n cael ei chadw ond ni fydd yn cael ei chyfrif.`,
    waiting: (choice: VoteChoice) =>
      `Mae eich pleidlais “${choices[choice]}” wedi’i chadw ar y ddyfais hon ac yn aros i gael ei hanfon. Os byddwch yn ei newid, bydd yr un newydd yn cael ei hanfon ar ei hôl.`,
    signIn: 'Mewngofnodwch i’r porth i bleidleisio.',
    youWithdrew:
      'Gwnaethoch ddatgan buddiant yn y cynnig hwn a gadael y cyfarfod ar gyfer yr eitem, felly ni allwch bleidleisio arno.',
    reachInTime: (closes: string) =>
      `Dim ond os bydd yn cyrraedd y gweinydd cyn i’r pleidleisio gau ar ${closes} y bydd yn cyfrif.`,
    reachedTooLate: (closes: string) =>
      `Daeth y pleidleisio i ben ar ${closes}. Dim ond os cyrhaeddodd y gweinydd cyn hynny y bydd yn cyfrif.`,
    declarationsTitle: 'Datganiadau o fuddiant',
    declaredFor: (person: string, seat: string) => `${person}, ${seat}`,
    interest: (interest: string) => (endsSentence(interest) ? interest : `${interest}.`),
    withdrewForItem: 'Gadawodd y cyfarfod ar gyfer yr eitem hon ac nid yw’n pleidleisio arni.',
    stayedForItem: 'Ni adawodd y cyfarfod.',
    declaredAt: (when: string) => `Datganwyd ar ${when}.`,
    cannotVote: 'Ni allwch bleidleisio ar y cynnig hwn.',
    cannotVoteFor: (seats: string) => `Ni allwch bleidleisio ar ran ${seats} ar y cynnig hwn.`,
    recorded: (choice: VoteChoice, seat: string) =>
      `Wedi’i chofnodi: eich pleidlais “${choices[choice]}” ar ran ${seat}. Diolch: mae gyda’r bartneriaeth.`,
    recordedNotCounted: (choice: VoteChoice, seat: string, holder: string) =>
      `Wedi’i chofnodi: eich pleidlais “${choices[choice]}” ar ran ${seat}. Mae’n cael ei chadw ond nid yw’n cael ei chyfrif: mae ${holder}, cynrychiolydd y sedd, wedi pleidleisio hefyd, ac mae pleidlais cynrychiolydd yn cyfrif cyn pleidlais y dirprwy.`,
    countComing: 'Mae’r pleidleisio wedi dod i ben. Mae’r cyfrif yn cael ei nôl…',
    countNotPublished:
      'Mae’r pleidleisio wedi dod i ben. Nid yw cyfrif y bleidlais gudd hon wedi’i gyhoeddi eto: fe’i dangosir yma pan gaiff ei gyhoeddi.',
    closedNow: (result: string) => `Mae’r pleidleisio wedi dod i ben. Canlyniad: ${result}.`,
    liveCountOutlived:
      'Mae’r pleidleisio wedi dod i ben. Cyhoeddwyd y cyfansymiau hyn tra oedd y pleidleisio ar agor, ac efallai fod seddi wedi pleidleisio ers hynny, felly ni ellir darllen y canlyniad ohonynt.',
    withdrawnNow: 'Mae’r pleidleisio wedi dod i ben: tynnwyd y cynnig yn ôl.',
    closedVote: (seat: string, choice: VoteChoice) => `Eich pleidlais ar ran ${seat}: “${choices[choice]}”.`,
    notCounted: (seat: string, choice: VoteChoice, when: string, reason: string) =>
      `Nid yw eich pleidlais “${choices[choice]}” ar ran ${seat}, a fwriwyd ar ${when}, yn cael ei chyfrif: ${reason}`,
    closedRefused: (seat: string, choice: VoteChoice, reason: string) =>
      `Ni chafodd eich pleidlais “${choices[choice]}” ar ran ${seat} ei derbyn: ${reason}`,
    stillWaiting: (seat: string, choice: VoteChoice, closed: boolean) =>
      `Mae eich pleidlais “${choices[choice]}” ar ran ${seat} yn dal wedi’i chadw ar y ddyfais hon, ac nid yw’r gweinydd wedi’i chadarnhau: dim ond os bydd y gweinydd yn ei derbyn y bydd yn cael ei chyfrif.${closed ? ' Mae’r pleidleisio wedi dod i ben, felly oni bai iddi gyrraedd y gweinydd cyn hynny, mae’n debygol na fydd yn cael ei derbyn.' : ''}`,
    queued: (problem?: RetryReason) => (problem ? voteRetry[problem] : 'Wedi’i chadw ar y ddyfais hon, yn ei hanfon…'),
    rejected: (reason: string) => `Ni chafodd ei derbyn: ${reason}`,
    refused: (reason: string) => `Heb ei hanfon: ${reason}`,
    otherQueued: (proposal: string) =>
      `Mae eich pleidlais ar '${proposal}' wedi’i chadw ar y ddyfais hon ac yn aros i gael ei hanfon.`,
    otherRejected: (proposal: string, reason: string) =>
      `Ni chafodd eich pleidlais ar '${proposal}' ei derbyn: ${reason}`,
    tallyTitle: 'Y cyfrif',
    tallyCaption: 'Pleidleisiau a gyfrifwyd',
    countsFor: 'O blaid',
    countsAgainst: 'Yn erbyn',
    countsAbstain: 'Ymatal',
    ruleLine: (rule: DecisionRule) => `Rheol benderfynu: ${decisionRules[rule]}.`,
    ruleFromGroup: 'Dyma reol y grŵp ei hun.',
    ruleAgreed: (when: string) => `Cytunodd y grŵp ar y rheol hon yn unfrydol yn ei gyfarfod ar ${when}.`,
    base: (voted: number, entitled: number) =>
      `Mae gan ${voted} o’r ${count(entitled, votingSeats)} bleidlais a gyfrifwyd.`,
    needed: (needed: number, _entitled: number, have: number) => {
      const rule = `Mae angen ${count(needed, votes)} o blaid er mwyn ei dderbyn, os bydd y pleidleisiau eraill yn aros fel y maent.`;
      return have >= needed
        ? `${rule} Mae ganddo ${have}, digon fel y mae’r pleidleisiau’n sefyll.`
        : `${rule} Mae ganddo ${have}, felly mae angen ${needed - have} yn rhagor.`;
    },
    // Unreviewed (docs/welsh-glossary.md): "gan gynnwys pleidlais sedd y cadeirydd", including the chair's seat's vote.
    neededCasting: (needed: number, have: number, given: boolean) => {
      const chairs = 'gan gynnwys pleidlais sedd y cadeirydd';
      const rule = `Mae angen ${count(needed, votes)} o blaid er mwyn ei dderbyn, os bydd y pleidleisiau eraill yn aros fel y maent, ${chairs}: os yw’r pleidleisiau’n gyfartal, pleidlais fwrw’r cadeirydd sy’n penderfynu.`;
      if (given) {
        return have >= needed
          ? `${rule} Mae ganddo ${have}, ${chairs}, digon fel y mae’r pleidleisiau’n sefyll.`
          : `${rule} Mae ganddo ${have}, ${chairs}, felly mae angen ${needed - have} yn rhagor.`;
      }
      if (have > needed) return `${rule} Mae ganddo ${have}, digon fel y mae’r pleidleisiau’n sefyll.`;
      const more = Math.max(needed - have, 1);
      return more === 1
        ? `${rule} Mae ganddo ${have}, felly mae angen pleidlais sedd y cadeirydd o blaid.`
        : `${rule} Mae ganddo ${have}, felly mae angen ${more} yn rhagor, ${chairs}.`;
    },
    neededIfChairFor: (needed: number | null, ifChairFor: number, have: number) => {
      const chairs = (n: number) =>
        n === 1 ? 'os pleidlais sedd y cadeirydd yw hi' : 'os yw pleidlais sedd y cadeirydd yn un ohonynt';
      const rule =
        needed === null
          ? `Mae angen ${count(ifChairFor, votes)} o blaid er mwyn ei dderbyn, os bydd y pleidleisiau eraill yn aros fel y maent, gan gynnwys pleidlais sedd y cadeirydd: os yw’r pleidleisiau’n gyfartal, pleidlais fwrw’r cadeirydd sy’n penderfynu.`
          : `Mae angen ${count(needed, votes)} o blaid er mwyn ei dderbyn, neu ${ifChairFor} ${chairs(ifChairFor)}, os bydd y pleidleisiau eraill yn aros fel y maent: os yw’r pleidleisiau’n gyfartal, pleidlais fwrw’r cadeirydd sy’n penderfynu.`;
      const unsaid = 'Nid yw’r cyfansymiau cyhoeddedig hyn yn dweud sut y pleidleisiodd sedd y cadeirydd.';
      if (needed !== null && have >= needed)
        return `${rule} Mae ganddo ${have}, digon fel y mae’r pleidleisiau’n sefyll.`;
      if (have >= ifChairFor) {
        const otherwise = needed === null ? '' : `, neu fel arall mae angen ${needed - have} yn rhagor`;
        return `${rule} ${unsaid} Mae ganddo ${have}: digon ${chairs(have)}${otherwise}.`;
      }
      const more = needed === null ? '' : `${needed - have} yn rhagor, neu `;
      return `${rule} ${unsaid} Mae ganddo ${have}, felly mae angen ${more}${ifChairFor - have} yn rhagor os yw pleidlais sedd y cadeirydd ymhlith y rhai o blaid.`;
    },
    // After "y", "pleidlais" (feminine, singular) softens: "y bleidlais"; "fel y mae" of one, "fel y maent" of more.
    // `cannotVote`: the seats no one can vote for (vacant, a term ended, the holder withdrew), which give no vote for.
    cannotCarry: (against: number, abstain: number, cannotVote = 0) => {
      const what = [
        against === 0 ? '' : against === 1 ? 'bleidlais yn erbyn' : 'pleidleisiau yn erbyn',
        abstain === 0 ? '' : abstain === 1 ? 'ymataliad' : 'ymataliadau',
      ].filter(Boolean);
      const stand = against + abstain === 1 ? 'fel y mae' : 'fel y maent';
      const line = what.length
        ? `Gyda’r ${what.join(' a’r ')} ${stand}, ni ellir ei dderbyn.`
        : 'Fel y mae’r pleidleisiau, ni ellir ei dderbyn.';
      return cannotVote === 0 ? line : `${line} Ni all neb bleidleisio ar ran ${seatsOfThem(cannotVote)}.`;
    },
    neededClosed: (needed: number, had: number) =>
      `Roedd angen ${count(needed, votes)} o blaid er mwyn ei dderbyn, a chafodd ${had}.`,
    // After "y", "pleidlais" (feminine, singular) softens: "y bleidlais".
    couldNotCarry: (against: number, abstain: number, cannotVote = 0) => {
      const votes = against === 1 ? 'bleidlais yn erbyn' : 'pleidleisiau yn erbyn';
      const abstentions = abstain === 1 ? 'ymataliad' : 'ymataliadau';
      const what = [against > 0 ? votes : '', abstain > 0 ? abstentions : ''].filter(Boolean).join(' a’r ');
      const line = what ? `Gyda’r ${what}, ni ellid ei dderbyn.` : 'Ni ellid ei dderbyn.';
      return cannotVote === 0 ? line : `${line} Ni allai neb bleidleisio ar ran ${seatsOfThem(cannotVote)}.`;
    },
    abstentions: (rule: DecisionRule) =>
      rule === 'unanimous'
        ? 'Caiff ymatal ei gofnodi, ac mae’n atal penderfyniad unfrydol.'
        : 'Caiff ymataliadau eu cofnodi, ond nid ydynt yn cyfrif o blaid nac yn erbyn.',
    tieNone: 'Os yw’r pleidleisiau’n gyfartal, gwrthodir y cynnig: nid oes gan y cadeirydd bleidlais fwrw.',
    tieChair:
      'Os yw’r pleidleisiau’n gyfartal, pleidlais fwrw’r cadeirydd sy’n penderfynu, os yw’r cadeirydd wedi pleidleisio.',
    tieDecided: (votesEach: number, carried: boolean) =>
      `Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, ${votesEach} yr un: ${carried ? 'derbyniwyd' : 'gwrthodwyd'} ar bleidlais fwrw’r cadeirydd.`,
    tieChairNoVote: (seat: string) =>
      `Byddai pleidlais fwrw’r cadeirydd yn penderfynu os yw’r pleidleisiau’n gyfartal, ond nid oes gan sedd y cadeirydd, ${seat}, bleidlais: os yw’r pleidleisiau’n gyfartal, gwrthodir y cynnig.`,
    tiedChairNoVote: (votesEach: number, seat: string) =>
      `Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, ${votesEach} yr un: gwrthodwyd, oherwydd nad oedd gan sedd y cadeirydd, ${seat}, bleidlais, felly nid oedd pleidlais fwrw.`,
    tieChairBarred: (bar: SeatBar, seat: string, names: Names, past: boolean) =>
      past
        ? `Byddai pleidlais fwrw’r cadeirydd wedi penderfynu pe bai’r pleidleisiau’n gyfartal, ond ${chairBarred(bar, seat, names, true)}: byddai’r cynnig wedi’i wrthod pe bai’r pleidleisiau’n gyfartal.`
        : `Byddai pleidlais fwrw’r cadeirydd yn penderfynu os yw’r pleidleisiau’n gyfartal, ond ${chairBarred(bar, seat, names, false)}: fel y mae pethau, gwrthodir y cynnig os yw’r pleidleisiau’n gyfartal.`,
    tiedChairBarred: (votesEach: number, bar: SeatBar, seat: string, names: Names) =>
      `Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, ${votesEach} yr un: gwrthodwyd. ${capitalised(chairBarred(bar, seat, names, true))}, felly nid oedd pleidlais fwrw.`,
    tiedChairDidNotCast: (votesEach: number, seat: string) =>
      `Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, ${votesEach} yr un: gwrthodwyd, oherwydd na phleidleisiodd sedd y cadeirydd, ${seat}, o blaid nac yn erbyn, felly nid oedd pleidlais fwrw.`,
    tiedNoCastingVote: (votesEach: number) =>
      `Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, ${votesEach} yr un: gwrthodwyd, oherwydd na roddodd y cadeirydd bleidlais fwrw.`,
    tiedCastingUnpublished: (votesEach: number) =>
      `Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, ${votesEach} yr un: pleidlais fwrw’r cadeirydd sy’n penderfynu, ac nid yw’r cyfansymiau cyhoeddedig hyn yn dweud a yw sedd y cadeirydd wedi rhoi pleidlais fwrw.`,
    tiedUnlessCasting: 'Pleidleisiau cyfartal: caiff ei dderbyn dim ond os yw pleidlais fwrw’r cadeirydd o blaid',
    quorate: (when: string, past = false) => `${past ? 'Roedd' : 'Mae'} cworwm yn y cyfarfod ar ${when}.`,
    inquorate: (when: string, past = false) =>
      past
        ? `Nid oedd cworwm yn y cyfarfod ar ${when}, felly ni ellid penderfynu ar y cynnig.`
        : `Nid oes cworwm yn y cyfarfod ar ${when}, felly ni ellir penderfynu ar y cynnig.`,
    inquorateAt: (
      at: string,
      meetingStart: string,
      shortfalls: readonly Pick<RequirementResult, 'label' | 'present' | 'needed'>[],
    ) =>
      `Nid oedd cworwm ${judgedAt(at, meetingStart)}, pan gaeodd y pleidleisio: ${list(shortfalls.map(shortfall))}, felly ni ellid penderfynu ar y cynnig.`,
    resultInquorateAt: 'Heb ei benderfynu: nid oedd cworwm yn y cyfarfod pan gaeodd y pleidleisio',
    inquorateBeforeClose: (
      at: string,
      meetingStart: string,
      shortfalls: readonly Pick<RequirementResult, 'label' | 'present' | 'needed'>[],
    ) =>
      `Nid oedd cworwm cyn i’r pleidleisio gau ${judgedAt(at, meetingStart)}: ${list(shortfalls.map(shortfall))}, felly ni ellid penderfynu ar y cynnig.`,
    resultInquorateBeforeClose: 'Heb ei benderfynu: nid oedd cworwm yn y cyfarfod cyn i’r pleidleisio gau',
    quorateNow: 'Mae cworwm yn y cyfarfod nawr, gyda’r rhai sydd yn yr ystafell.',
    inquorateNow:
      'Nid oes cworwm yn y cyfarfod nawr, gyda’r rhai sydd yn yr ystafell, felly ni ellir penderfynu ar y cynnig nes bydd cworwm eto.',
    noMeeting: 'Nid oes cyfarfod wedi’i enwi, felly nid yw’r cworwm yn berthnasol.',
    quorumNotYet: (when: string) =>
      `Nid oes neb wedi’i gofnodi yn y cyfarfod ar ${when} eto, felly nid yw’n hysbys eto a oes cworwm.`,
    standingAwaiting: 'Pe bai’r pleidleisio’n cau nawr: nid yw’n hysbys eto, nes bod cworwm yn y cyfarfod.',
    resultLine: (result: string) => `Canlyniad: ${result}.`,
    standingLine: (result: string) => `Pe bai’r pleidleisio’n cau nawr: ${result}.`,
    standingInquorate:
      'Pe bai’r pleidleisio’n cau nawr: ni fyddai’n cael ei benderfynu, gan na fyddai cworwm yn y cyfarfod.',
    standingTooEarly:
      'Mae’n rhy gynnar i ddweud sut y bydd yn mynd: mae hanner y seddi pleidleisio neu lai wedi pleidleisio.',
    standingMoved: (line: string) => `Mae’r cyfrif wedi newid. ${line}`,
    hidden: 'Nid yw’r cyfrif yn cael ei ddangos yma.',
    unknownResults: (value: string) =>
      `Nid yw results="${value}" yn ffordd o ddangos y cyfrif: defnyddiwch live, after-close neu hidden. Mae’r cyfrif wedi’i guddio.`,
    afterClose: 'Dangosir y cyfrif pan fydd y pleidleisio’n cau.',
    secretAfterClose:
      'Pleidlais gudd yw hon: dangosir y cyfrif pan fydd y pleidleisio’n cau, fel na all neb ddweud ohono sut mae aelod newydd bleidleisio.',
    publishedCount:
      'Dyma’r cyfansymiau y mae’r system yn eu cyhoeddi: nid yw’r pleidleisiau y tu ôl iddynt yn cael eu dangos.',
    secretBallot: 'Pleidlais gudd yw hon: nid yw’r ffordd y pleidleisiodd pob sedd yn cael ei dangos.',
    choicesTitle: 'Sut y pleidleisiodd pob sedd',
    onProposal: (title: string) => ` ar y cynnig “${title}”`,
    choicesSeat: 'Sedd',
    choicesBy: 'Aelod',
    choicesVote: 'Pleidlais',
    asProxy: (person: string) => `${person} (dirprwy)`,
    notVotedYet: 'Heb bleidleisio eto',
    noVoteCounted: 'Dim pleidlais wedi’i chyfrif',
    votedNotCounted: 'Wedi pleidleisio, heb ei chyfrif',
    vacantSeat: 'Gwag',
    seatCannotVote: 'Ni all bleidleisio',
    // A seat vacant today whose holder is appointed before voting closes: a vote may yet come for it.
    seatCannotVoteUntil: (from: string) => `Ni all bleidleisio tan ${format.date(from)}`,
    termEndedHolder: (person: string) => `${person}, tymor wedi dod i ben`,
    // A seat whose holder declared an interest and withdrew, with no proxy to vote in their place (unreviewed).
    withdrewHolder: (person: string) => `${person}, wedi gadael y cyfarfod ar gyfer yr eitem hon`,
    invalidTitle: (n: number) => count(n, votesNotCounted),
    // "pleidlais Ann", the vote of: after "a fwriwyd gan" the name would need a mutation.
    invalidVote: (seat: string, person: string, reason: string) => `${seat}, pleidlais ${person}: ${reason}`,
    noProposal: 'Nid oes cynnig wedi’i enwi. Gosodwch briodoledd proposal i ddynodydd cynnig yn y ddogfen.',
    unknownProposal: (id: string, known: readonly string[]) =>
      unknownId('cynnig', 'proposal', 'gynigion', 'proposals', id, known),
    noSender:
      'Nid yw pleidleisio wedi’i osod ar y dudalen hon: rhaid i dîm gwe’r wefan osod priodoledd endpoint neu briodwedd submit.',
    voterUnknown: (id: string) =>
      `Nid oes gan ddata’r bartneriaeth neb â’r dynodydd '${id}', felly nid oes sedd iddynt bleidleisio drosti. Os ydych chi’n aelod, dywedwch wrth dîm gwe’r wefan: rhaid i briodoledd voter y panel fod yn ddynodydd person o ddogfen y bartneriaeth. ${idHint(id, [])}`,
  },

  quorum: {
    heading: (group: string, when: string) => `Cworwm: ${group}, ${when}`,
    quorate: 'Mae cworwm',
    notQuorate: 'Dim cworwm',
    quorateSummary: 'Mae pob gofyniad cworwm wedi’i fodloni, felly gall y cyfarfod wneud penderfyniadau.',
    notQuorateSummary: (unmet: number) =>
      count(unmet, {
        one: 'Nid yw un gofyniad cworwm wedi’i fodloni, felly nid yw penderfyniadau a wneir yn y cyfarfod yn cyfrif.',
        two: 'Nid yw # ofyniad cworwm wedi’u bodloni, felly nid yw penderfyniadau a wneir yn y cyfarfod yn cyfrif.',
        other: 'Nid yw # gofyniad cworwm wedi’u bodloni, felly nid yw penderfyniadau a wneir yn y cyfarfod yn cyfrif.',
      }),
    quorateSoFarSummary: 'Mae pob gofyniad cworwm wedi’i fodloni gan y rhai sydd wedi dod hyd yma.',
    notQuorateSoFarSummary: (unmet: number) =>
      count(unmet, {
        one: 'Nid yw un gofyniad cworwm wedi’i fodloni gan y rhai sydd wedi dod hyd yma.',
        two: 'Nid yw # ofyniad cworwm wedi’u bodloni gan y rhai sydd wedi dod hyd yma.',
        other: 'Nid yw # gofyniad cworwm wedi’u bodloni gan y rhai sydd wedi dod hyd yma.',
      }),
    notYet: 'Nid yw’n hysbys eto',
    notYetSummary: (when: string) =>
      `Mae’r cyfarfod ar ${when}. Bydd yn hysbys a oes cworwm unwaith y bydd presenoldeb wedi’i gofnodi.`,
    needed: (needed: number) => `angen ${needed}`,
    vacantNotCounted: (seats: string) => `Gwag, felly heb eu cyfrif: ${seats}.`,
    termEndedNotCounted: (seats: string) =>
      `Tymor wedi dod i ben, felly heb eu cyfrif nes i dymor newydd gael ei gofnodi: ${seats}.`,
    termEndedSeat: (seat: string, to: string) => `${seat} (daeth y tymor i ben ar ${format.date(to)})`,
    termEndedInRoom: (item: string) => `${item} (nid yw’n cyfrif: mae’r tymor wedi dod i ben)`,
    proxiesDoNotCount: '(nid yw dirprwyon yn cyfrif)',
    noRequirements: 'Nid oes gofynion cworwm gan y grŵp hwn, felly mae cworwm ym mhob cyfarfod.',
    met: 'Wedi’i fodloni',
    notMet: 'Heb ei fodloni',
    presentOfNeeded: (present: number, needed: number) => `${present} yn bresennol, angen ${needed}`,
    missingTitle: 'Heb fod yn bresennol:',
    absentTitle: 'Heb fod yma:',
    missingSeat: (label: string, person?: string) =>
      person === undefined ? `${label} (gwag)` : person === label ? label : `${label} (${person})`,
    withApologies: (seat: string) => `${seat}: anfonwyd ymddiheuriadau`,
    nowHeading: (time: string) => `Nawr, am ${softClock(time)}`,
    quorateNow: 'Mae cworwm nawr',
    notQuorateNow: 'Dim cworwm nawr',
    quorateNowSummary: 'Mae pob gofyniad cworwm wedi’i fodloni gan y rhai sydd yn yr ystafell.',
    notQuorateNowSummary: (unmet: number) =>
      count(unmet, {
        one: 'Nid yw un gofyniad cworwm wedi’i fodloni gan y rhai sydd yn yr ystafell, felly ni fyddai penderfyniad a wneir nawr yn cyfrif.',
        two: 'Nid yw # ofyniad cworwm wedi’u bodloni gan y rhai sydd yn yr ystafell, felly ni fyddai penderfyniad a wneir nawr yn cyfrif.',
        other:
          'Nid yw # gofyniad cworwm wedi’u bodloni gan y rhai sydd yn yr ystafell, felly ni fyddai penderfyniad a wneir nawr yn cyfrif.',
      }),
    presentNow: (present: number, needed: number) => `${present} yn yr ystafell, angen ${needed}`,
    notInRoomTitle: 'Heb fod yn yr ystafell:',
    inRoomTitle: 'Yn yr ystafell',
    nobodyInRoom: 'Nid oes neb wedi’i gofnodi’n bresennol eto.',
    inRoom: (seat: string, person: string | undefined, as: 'holder' | 'proxy', since: string | undefined) =>
      `${sitting(seat, person, as)}${since ? `, ers ${since}` : ''}`,
    wholeMeetingHeading: 'Y cyfarfod cyfan',
    movementsHeading: 'Cyrraedd a gadael',
    movement: (seat: string, person: string | undefined, as: 'holder' | 'proxy', kind: 'arrived' | 'left') =>
      `${sitting(seat, person, as)} ${kind === 'arrived' ? 'wedi cyrraedd' : 'wedi gadael'}`,
    noMeeting: 'Nid oes cyfarfod wedi’i enwi. Gosodwch briodoledd meeting i ddynodydd cyfarfod yn y ddogfen.',
    unknownMeeting: (id: string, known: readonly string[]) =>
      unknownId('cyfarfod', 'meeting', 'gyfarfodydd', 'meetings', id, known),
  },

  checkIn: {
    caption: 'Cofnodi pwy sydd yma',
    seat: 'Sedd',
    person: 'Cynrychiolydd',
    attendance: 'Presenoldeb',
    attendanceFor: (seat: string) => `Presenoldeb ar gyfer ${seat}`,
    options: attendanceWords,
    save: 'Cadw',
    saveFor: (seat: string) => `presenoldeb ar gyfer ${seat}`,
    checkOut: 'Cofnodi ymadawiad',
    checkOutFor: (seat: string) => `(${seat})`,
    // "Cofnodi dychweliad", as "Cofnodi ymadawiad": the return recorded, not the person as subject.
    checkBackIn: 'Cofnodi dychweliad',
    checkBackInFor: (seat: string) => `(${seat})`,
    leftAt: (time: string) => `Gadawodd am ${softClock(time)}.`,
    fixed: (reason: ChangeRefusal['reason'] | null) =>
      reason === 'meeting-decided'
        ? 'Mae cynnig y penderfynwyd arno yn y cyfarfod hwn wedi cau, felly ni ellir newid y presenoldeb mwyach.'
        : 'Ni ellir newid presenoldeb y sedd hon.',
    notPermitted: (person: string, group: string) =>
      `Nid yw ${person} yn glerc nac yn gadeirydd ${group}, felly ni all gofnodi presenoldeb yn ei gyfarfodydd.`,
    unchanged: (seat: string) =>
      `Mae presenoldeb ar gyfer ${seat} eisoes wedi’i gofnodi fel hynny: nid oes dim i’w gadw.`,
    saving: (seat: string) => `Wrthi’n cadw presenoldeb ar gyfer ${seat}…`,
    saved: (seat: string) => `Mae presenoldeb ar gyfer ${seat} wedi’i gadw.`,
    timedByHost: (seat: string, { reason, values, received }: HostNote): string =>
      `Mae presenoldeb ar gyfer ${seat} wedi’i gadw. ${received ? `Fe’i cofnodwyd am ${noteTime(received)}, pan gyrhaeddodd y system` : 'Fe’i cofnodwyd pan gyrhaeddodd y system'}: ${timedWhy[reason](values)}`,
    // "Cofnodi ymadawiad", the check-out button's words: the seat after "ar gyfer", not the subject of "wedi gadael".
    checkingOut: (seat: string) => `Wrthi’n cofnodi ymadawiad ar gyfer ${seat}…`,
    checkingBackIn: (seat: string) => `Wrthi’n cofnodi dychweliad ar gyfer ${seat}…`,
    checkedBackIn: (seat: string) => `Mae dychweliad ar gyfer ${seat} wedi’i gofnodi: maen nhw yn yr ystafell eto.`,
    checkedInFor: (seat: string, as: 'holder' | 'proxy') =>
      `Mae’r ${as === 'proxy' ? 'dirprwy' : 'cynrychiolydd'} ar gyfer ${seat} wedi’i gofnodi’n bresennol: maen nhw yn yr ystafell ar ran y sedd.`,
    termEnded: (to: string) =>
      `Daeth y tymor i ben ar ${format.date(to)}, felly nid yw ei chynrychiolydd na’i dirprwy yn cyfrif: cofnodwch y tymor newydd i’w cofnodi’n bresennol.`,
    recordedNotOffered: (recorded: string) =>
      `Wedi’i gofnodi: ${recorded}. Ni ellir cofnodi’r sedd hon felly nawr: dewiswch un o’r rhain i’w newid.`,
    chooseFirst: (seat: string) => `Dewiswch y presenoldeb ar gyfer ${seat}`,
    queued: (seat: string, problem: RetryReason) =>
      problem === 'signed-out'
        ? `Mae presenoldeb ar gyfer ${seat} wedi’i gadw ar y ddyfais hon: nid ydych wedi mewngofnodi, neu mae eich sesiwn wedi dod i ben. Mewngofnodwch a bydd yn cael ei anfon.`
        : problem === 'other-site'
          ? `Mae presenoldeb ar gyfer ${seat} wedi’i gadw ar y ddyfais hon: nid yw’r gweinydd yn derbyn newidiadau a anfonir o’r wefan y mae’r dudalen hon arni. Ni fydd mewngofnodi eto’n helpu: dim ond tîm gwe’r wefan all newid hyn. Bydd yn cael ei anfon eto bob munud.`
          : `Mae presenoldeb ar gyfer ${seat} wedi’i gadw ar y ddyfais hon a bydd yn cael ei anfon pan ddaw’r cysylltiad yn ôl.`,
    rejected: (seat: string, reason: string) =>
      `Ni chafodd presenoldeb ar gyfer ${seat} ei dderbyn, felly mae’n ôl fel yr oedd: ${reason}`,
    waiting: (seat: string) =>
      `Mae presenoldeb ar gyfer ${seat} wedi’i gadw ar y ddyfais hon ac yn aros i gael ei anfon.`,
    atMeeting: (when: string, said: string) => `Yn y cyfarfod ar ${when}: ${said}`,
    elsewhere: (when: string, seat: string, note: string) => `Yn y cyfarfod ar ${when}, ${seat}: ${note}`,
    change: {
      waiting: (asked: string, problem?: RetryReason) =>
        `Mae eich newid i “${asked}” wedi’i gadw ar y ddyfais hon ac yn aros i gael ei anfon.${problem ? ` ${changeRetry[problem]}` : ''}`,
      sending: (asked: string) => `Wrthi’n anfon eich newid i “${asked}”…`,
      refused: (asked: string, reason: string) => `Ni chafodd eich newid i “${asked}” ei gadw: ${reason}`,
      notSent: (asked: string, first: string, reason: string) =>
        `Ni chafodd eich newid i “${asked}” ei anfon: daeth ar ôl eich newid i “${first}”, na chafodd ei gadw. ${reason}`,
      waitingOn: (asked: string, first: string) =>
        `Ni chafodd eich newid i “${asked}” ei gadw. Daeth ar ôl eich newid i “${first}”, y mae tab neu ffenestr arall yn dal i’w anfon: cewch wybod pam pan ddaw ateb i hwnnw.`,
      checkedOut,
    },
    noClerk:
      'I gofnodi presenoldeb, rhaid i dîm gwe’r wefan osod priodoledd clerk i ddynodydd y clerc sydd wedi mewngofnodi, a phriodoledd endpoint neu briodwedd submit.',
    noClerkPerson:
      'I gofnodi presenoldeb, rhaid i dîm gwe’r wefan osod priodoledd clerk i ddynodydd y clerc sydd wedi mewngofnodi.',
    noClerkEndpoint: 'I gofnodi presenoldeb, rhaid i dîm gwe’r wefan osod priodoledd endpoint neu briodwedd submit.',
    noHolder: 'Gwag',
  },

  roster: {
    // Measured on the seed rosters in 19 px Arial: the Welsh table needs up to 47.4em where the English one needs 44.
    tableWidthFactor: 1.1,
    caption: (group: string) => `Aelodau ${group}`,
    meetingCaption: (group: string, when: string) => `Aelodau ${group} yn ei gyfarfod ar ${when}`,
    columns: {
      partner: 'Sedd',
      representative: 'Cynrychiolydd',
      proxy: 'Dirprwy',
      role: 'Rôl',
      voting: 'Pleidlais',
      term: 'Tymor',
    },
    attendanceAt: (when: string) => `Presenoldeb ar ${when}`,
    notRecordedYet: 'Heb ei gofnodi eto',
    termEnded: 'Wedi dod i ben',
    termEnding: 'Yn dod i ben cyn bo hir',
    termNotStarted: 'Heb ddechrau',
    appointedFrom: (from: string, person: string) => `Penodwyd o ${format.date(from)}: ${person}`,
    vacantUntil: (from: string, person: string) => `Gwag tan ${format.date(from)}, yna ${person}`,
    attendance: (attendance: Attendance) =>
      ({
        holder: 'Yn bresennol',
        proxy: 'Dirprwy yn bresennol',
        apologies: 'Ymddiheuriadau',
        absent: 'Absennol',
      })[attendance],
    attendanceSpan: (as: 'holder' | 'proxy', from?: string, to?: string) => {
      const who = as === 'holder' ? 'Yn bresennol' : 'Dirprwy yn bresennol';
      // "o" and "tan" soft-mutate the time after them: "o ganol dydd tan ganol nos".
      if (from && to) return `${who} o ${softClock(from)} tan ${softClock(to)}`;
      return from ? `${who} o ${softClock(from)}` : to ? `${who} tan ${softClock(to)}` : who;
    },
    // A no-break space: "Â" alone at a line's end, its word on the next, reads as a stray letter.
    voting: 'Â\u00a0phleidlais',
    nonVoting: 'Heb bleidlais',
    votingTermEnded: 'Dim pleidlais: tymor wedi dod i ben',
    votingVacant: 'Dim pleidlais tra bo’r sedd yn wag',
    proxyOfVacantSeat: 'Ni all ddirprwyo tra bo’r sedd yn wag',
    termEndedNote: 'Tymor wedi dod i ben',
    vacant: 'Gwag',
    noProxy: 'Dim',
    noTerm: 'Heb ei osod',
    term: (from: string, to?: string) => (to ? `${format.date(from)} i ${format.date(to)}` : `O ${format.date(from)}`),
    warningsTitle: (n: number) =>
      count(n, {
        zero: '# peth i’r clerc eu gwirio',
        one: '# peth i’r clerc ei wirio',
        two: '# beth i’r clerc eu gwirio',
        few: '# pheth i’r clerc eu gwirio',
        many: '# pheth i’r clerc eu gwirio',
        other: '# peth i’r clerc eu gwirio',
      }),
    noGroups: 'Nid oes grwpiau gan y bartneriaeth hon eto. Ychwanegwch grŵp a’i seddi at y ddogfen.',
    noSeats: (group: string) => `Nid oes seddi gan y grŵp ${group} eto. Ychwanegwch ei seddi at y ddogfen.`,
    unknownGroup: (id: string, known: readonly string[]) =>
      known.length === 0
        ? `Nid oes grŵp â’r dynodydd '${id}': nid oes gan y ddogfen grwpiau eto. Ychwanegwch y grŵp, gyda’i seddi, o dan "groups".`
        : `Nid oes grŵp â’r dynodydd '${id}'. ${setOneOf('group', known, id)}`,
    unknownMeeting: (id: string, known: readonly string[]) =>
      `Nid oes cyfarfod o’r grŵp hwn â’r dynodydd '${id}', felly nid yw’r presenoldeb yn cael ei ddangos. ${known.length === 0 ? 'Nid oes gan y grŵp gyfarfodydd eto.' : setOneOf('meeting', known, id)}`,
    historyCaption: (group: string) => `Pwy sydd wedi dal seddi ${group} sydd wedi newid dwylo`,
    historyColumns: { seat: 'Sedd', holder: 'Cynrychiolydd', proxy: 'Dirprwy', from: 'O', to: 'Tan' },
    historyNoStart: 'Heb ei gofnodi',
    historyNoEnd: 'Dim dyddiad gorffen',
    partnerLine: (partner: string) => `${partner}:`,
    nameWithTitle: (name: string, title: string) => `${name}, ${title}`,
    // "(dirprwy)" after the name, as the check-in says it: "dirprwy Ann" would read as Ann's proxy.
    compactLine: (who: string, notes: string[], proxy?: string, attendance?: string) =>
      `${who}${notes.length ? ` (${notes.join(', ')})` : ''}${proxy ? `; ${proxy} (dirprwy)` : ''}${attendance ? `: ${attendance}` : ''}`,
  },

  risk: {
    // Measured on the seed registers: the Welsh table needs 60 to 61em where the English one needs 55.
    tableWidthFactor: 1.12,
    title: 'Cofrestr risg',
    caption: (shown: number, total: number) =>
      shown === total ? `Risgiau (${total})` : `Risgiau: yn dangos ${shown} o ${total}`,
    shownNow: (shown: number, total: number) =>
      shown === total ? `Yn dangos pob un o’r ${total} risg.` : `Yn dangos ${shown} o ${total} risg.`,
    columns: {
      id: 'ID',
      title: 'Risg',
      owner: 'Perchennog',
      category: 'Categori',
      score: 'Sgôr ar hyn o bryd',
      inherent: 'Cynhenid',
      target: 'Targed',
      appetite: 'Archwaeth',
      trend: 'Tuedd',
      review: 'Adolygiad nesaf',
      mitigation: 'Lliniaru',
    },
    status: (status: Risk['status']) => ({ open: 'Agored', closed: 'Ar gau', accepted: 'Derbyniwyd' })[status],
    trend: (trend: 'up' | 'down' | 'steady' | null) =>
      trend ? { up: 'Yn codi', down: 'Yn gostwng', steady: 'Sefydlog' }[trend] : 'Dim asesiad cynharach',
    trendArrow: { up: '↑', down: '↓', steady: '→' },
    sortArrow: { ascending: '▲', descending: '▼' },
    sortNames: {
      id: 'ID',
      title: 'risg',
      owner: 'perchennog',
      category: 'categori',
      score: 'sgôr ar hyn o bryd',
      inherent: 'sgôr gynhenid',
      target: 'sgôr darged',
      appetite: 'archwaeth',
      trend: 'tuedd',
      review: 'adolygiad nesaf',
      mitigation: 'lliniaru',
    },
    sortHeading: 'Trefnu yn ôl',
    sortOrders: {
      text: { ascending: 'A i Z', descending: 'Z i A' },
      number: { ascending: 'isaf yn gyntaf', descending: 'uchaf yn gyntaf' },
      date: { ascending: 'cynharaf yn gyntaf', descending: 'diweddaraf yn gyntaf' },
      trend: { ascending: 'yn gostwng yn gyntaf', descending: 'yn codi yn gyntaf' },
      appetite: { ascending: 'o fewn yr archwaeth yn gyntaf', descending: 'pellaf uwchlaw’r archwaeth yn gyntaf' },
    },
    sorted: (column: string, order: string) => `Wedi trefnu yn ôl ${column}, ${order}.`,
    rating: (likelihood: number, impact: number) => `tebygolrwydd ${likelihood} × effaith ${impact}`,
    aboveAppetite: 'Uwchlaw’r archwaeth',
    category: (category: string) => category.charAt(0).toUpperCase() + category.slice(1),
    withinAppetite: (appetite: number) => `O fewn yr archwaeth (hyd at ${appetite})`,
    appetiteLimit: (appetite: number) => `(hyd at ${appetite})`,
    noAppetite: 'Heb ei gosod',
    overdue: 'Adolygiad yn hwyr',
    none: 'Dim',
    notScored: 'Heb sgôr',
    readMore: 'Darllen y mesurau lliniaru',
    folded: (start: string) => `${start}…`,
    filters: 'Hidlo’r risgiau',
    filterStatus: 'Hidlo yn ôl statws',
    filterBand: 'Hidlo yn ôl band sgôr',
    filterOwner: 'Hidlo yn ôl perchennog',
    // The organisation and the id are the document's own words, so only the brackets are the language's.
    namesake: (name: string, apart: { organisation: string } | { id: string }) =>
      `${name} (${'organisation' in apart ? apart.organisation : apart.id})`,
    filterCategory: 'Hidlo yn ôl categori',
    any: 'Unrhyw un',
    uncategorised: 'Dim categori',
    clearFilters: 'Clirio’r hidlwyr',
    download: 'Lawrlwytho CSV',
    downloadWhat: 'o’r risgiau a ddangosir',
    csvFile: (partnership: string, part?: string) => partFile('Cofrestr risg', partnership, part, 'csv'),
    csv: {
      status: 'Statws',
      band: 'Band',
      yes: 'Ydy',
      no: 'Nac ydy',
      project: 'Prosiect',
    },
    heatMapTitle: 'Map gwres',
    heatMapCaption: (counted: Risk['status'], filtered = false) =>
      `${{ open: 'Risgiau agored', closed: 'Risgiau sydd ar gau', accepted: 'Risgiau a dderbyniwyd' }[counted]}${filtered ? ' sy’n cyfateb i’r hidlwyr,' : ''} yn ôl tebygolrwydd (rhesi) ac effaith (colofnau)${counted === 'open' ? ': ni chyfrifir risgiau sydd ar gau neu a dderbyniwyd.' : ', fel y mae’r hidlydd statws yn ei ddewis.'}`,
    heatMapChoose: 'Dewiswch gell i ddangos ei risgiau hi yn unig.',
    legend: 'Bandiau sgôr',
    defaultBands: { low: 'Isel', medium: 'Canolig', high: 'Uchel' },
    bandRange: (from: number, to: number) => (from === to ? `sgôr ${from}` : `sgorau ${from} i ${to}`),
    likelihood: 'Tebygolrwydd',
    impact: 'Effaith',
    impactAxis: 'Effaith →',
    likelihoodAxis: 'Tebygolrwydd ↑',
    cellLabel: (n: number, likelihood: number, impact: number, band: string) =>
      `${n === 0 ? 'Dim risgiau' : count(n, { other: '# risg' })} â thebygolrwydd ${likelihood} ac effaith ${impact}, ${band}`,
    cellFilter: (likelihood: number, impact: number, counted: Risk['status'] = 'open') =>
      `(Yn dangos ${{ open: 'risgiau agored', closed: 'risgiau sydd ar gau', accepted: 'risgiau a dderbyniwyd' }[counted]} â thebygolrwydd ${likelihood}, effaith ${impact} yn unig)`,
    summary: (all: number, open: number, high: number, highLabel: string, above: number, overdue: number) =>
      `${all === open ? count(open, { other: '# risg agored' }) : `${count(all, { other: '# risg' })}, ${open} ohonynt yn agored`}: ${high} ${highLabel.toLowerCase()}, ${above} uwchlaw’r archwaeth, ${count(overdue, { other: '# adolygiad' })} yn hwyr.`,
    empty: 'Nid oes risgiau ar y gofrestr hon eto.',
    emptyFiltered: 'Nid oes risgiau’n cyfateb i’r hidlwyr hyn.',
    unknownGroup: (id: string, known: readonly string[]) => unknownId('grŵp', 'group', 'grwpiau', 'groups', id, known),
    unknownStatus: (value: string) =>
      `Nid yw status="${value}" yn statws y gall risg ei gael: defnyddiwch open, closed neu accepted. Dangosir pob risg.`,
    unknownProject: (id: string, known: readonly string[]) =>
      unknownId('prosiect', 'project', 'brosiectau', 'projects', id, known),
    projectOf: (title: string) => `Prosiect: ${title}`,
    categoryCase: (category: string, appetiteKey: string) =>
      `Nid oes archwaeth i’r categori “${category}”: mae’r raddfa risg yn gosod un ar gyfer “${appetiteKey}”. Rhaid i gategori gyfateb i’w archwaeth yn union, gan gynnwys priflythrennau, felly dangosir “Heb ei gosod” ar gyfer ei risgiau.`,
  },

  actions: {
    status: (status: ActionStatus) =>
      ({
        open: 'Agored',
        'in-progress': 'Ar y gweill',
        'due-soon': 'Yn ddyledus cyn bo hir',
        overdue: 'Yn hwyr',
        done: 'Wedi’i wneud',
        'done-late': 'Wedi’i wneud yn hwyr',
        dropped: 'Wedi’i ganslo',
      })[status],
    recordStatus: (status: ActionRecordStatus) =>
      ({ open: 'Agored', 'in-progress': 'Ar y gweill', done: 'Wedi’i wneud', dropped: 'Wedi’i ganslo' })[status],
    title: 'Camau gweithredu',
    caption: (n: number) => `Camau gweithredu (${n})`,
    statusesOn: (date: string) => `Statws ar ${date}.`,
    // "ar y gweill" for every "in progress", as the review chose (docs/welsh-glossary.md).
    startedToo: '(ar y gweill)',
    completedBeforeRaised: (raised: string) => `(dyddiad cwblhau cyn ei godi ar ${raised}: gwiriwch ef)`,
    doneAfterToday: (completed: string, today: string) =>
      `Cofnodwyd ei fod wedi’i wneud ar ${completed}, ar ôl ${today}, y diwrnod y mae’r statws hwn ar ei gyfer.`,
    shownNow: (shown: number, total: number) =>
      shown === total
        ? `Yn dangos pob un o’r ${count(total, actionsCount)}.`
        : `Yn dangos ${shown} o ${count(total, actionsCount)}.`,
    groupCaption: (name: string, n: number) => `${name} (${n})`,
    columns: {
      title: 'Cam gweithredu',
      owner: 'Gan bwy',
      due: 'Erbyn pryd',
      status: 'Statws',
      completed: 'Cwblhawyd',
    },
    csvColumns: {
      reference: 'Cyfeirnod',
      group: 'Grŵp',
      meeting: 'Cyfarfod',
      proposal: 'Cynnig',
      notes: 'Nodiadau',
      project: 'Prosiect',
    },
    notCompleted: 'Heb ei gwblhau',
    noCompletedDate: 'Dim dyddiad wedi’i gofnodi',
    filters: 'Dangos camau gweithredu',
    filterOwner: 'Gan bwy',
    // The organisation and the id are the document's own words, so only the brackets are the language's.
    namesake: (name: string, apart: { organisation: string } | { id: string }) =>
      `${name} (${'organisation' in apart ? apart.organisation : apart.id})`,
    filterStatus: 'Statws',
    groupBy: 'Grwpio yn ôl',
    groupOptions: { none: 'Dim', owner: 'Gan bwy', meeting: 'Cyfarfod', status: 'Statws' },
    any: 'Unrhyw un',
    noMeeting: 'Nid o gyfarfod',
    meetingLink: (when: string) => `Cyfarfod ar ${when}`,
    proposalLink: (title: string) => `Cynnig: ${title}`,
    download: 'Lawrlwytho CSV',
    downloadWhat: 'o’r camau gweithredu a ddangosir',
    csvFile: (partnership: string, part?: string) => partFile('Camau gweithredu', partnership, part, 'csv'),
    downloadCalendar: 'Lawrlwytho calendr (iCalendar)',
    downloadCalendarWhat: 'o’r camau gweithredu a’r cyfarfodydd a ddangosir',
    calendarFile: (partnership: string, part?: string) => partFile('Camau gweithredu', partnership, part, 'ics'),
    calendarMeeting: (group: string, date: string) => `cyfarfod ${group} ar ${format.date(date)}`,
    empty: 'Nid oes camau gweithredu eto.',
    emptyFor: (person: string) => `Nid oes camau gweithredu ar gyfer ${person}.`,
    emptyFiltered: 'Nid oes camau gweithredu’n cyfateb i’r hidlwyr hyn.',
    unknownGroup: (id: string, known: readonly string[]) => unknownId('grŵp', 'group', 'grwpiau', 'groups', id, known),
    unknownMeeting: (id: string, known: readonly string[]) =>
      unknownId('cyfarfod', 'meeting', 'gyfarfodydd', 'meetings', id, known),
    meetingNotOfGroup: (id: string, group: string, known: readonly string[]) =>
      `Nid yw’r cyfarfod '${id}' yn un o gyfarfodydd y grŵp '${group}'. ${known.length === 0 ? 'Nid oes gan y grŵp gyfarfodydd eto.' : setOneOf('meeting', known)}`,
    unknownOwner: (id: string, known: readonly string[]) => unknownId('person', 'owner', 'bobl', 'people', id, known),
    unknownProject: (id: string, known: readonly string[]) =>
      unknownId('prosiect', 'project', 'brosiectau', 'projects', id, known),
    projectOf: (title: string) => `Prosiect: ${title}`,
    deadlinesTitle: 'Hysbysiad a chofnodion',
    deadlinesCaption: (notice: number, minutes: number) =>
      `Cyfarfodydd: mae’r hysbysiad yn ddyledus ${count(notice, workingDays)} cyn y cyfarfod, a’r cofnodion ${count(minutes, workingDays)} wedyn`,
    deadlineColumns: {
      meeting: 'Cyfarfod',
      noticeDue: 'Hysbysiad yn ddyledus',
      notice: 'Hysbysiad',
      minutesDue: 'Cofnodion yn ddyledus',
      minutes: 'Cofnodion',
    },
    sentOnTime: (when: string) => `Anfonwyd ar ${when}, mewn pryd`,
    sentLate: (when: string) => `Anfonwyd ar ${when}, yn hwyr`,
    sentBeforeMeeting: (when: string) => `Mae’r dyddiad anfon, ${when}, cyn y cyfarfod: gwiriwch ef`,
    // The notice (hysbysiad) is one thing, the minutes (cofnodion) many.
    notSentOverdue: (which: 'notice' | 'minutes') =>
      which === 'notice' ? 'Heb ei anfon, yn hwyr' : 'Heb eu hanfon, yn hwyr',
    toCome: 'I ddod',
    editStatus: (title: string) => `Statws “${title}”`,
    completedOn: 'Dyddiad cwblhau',
    changeCompleted: 'Newid y dyddiad cwblhau',
    addCompleted: 'Ychwanegu dyddiad cwblhau',
    addCompletedHint:
      'Does dim dyddiad wedi’i gofnodi: ychwanegwch un os ydych chi’n ei wybod. Er enghraifft, 27 3 2019',
    completedFor: (title: string) => `(ar gyfer “${title}”)`,
    completedHint: 'Er enghraifft, 27 3 2019',
    dateParts: { day: 'Diwrnod', month: 'Mis', year: 'Blwyddyn' },
    dateError: {
      missing: 'Rhowch y dyddiad y cafodd y cam gweithredu ei gwblhau',
      incomplete: (parts: ('day' | 'month' | 'year')[]) =>
        `Rhaid i’r dyddiad cwblhau gynnwys ${parts.map((part) => ({ day: 'diwrnod', month: 'mis', year: 'blwyddyn' })[part]).join(' a ')}`,
      yearDigits: 'Rhaid i’r flwyddyn gynnwys 4 rhif',
      notReal: 'Rhaid i’r dyddiad cwblhau fod yn ddyddiad go iawn',
      future: 'Rhaid i’r dyddiad cwblhau fod heddiw neu yn y gorffennol',
      beforeRaised: (raised: string) => `Rhowch ddyddiad cwblhau ar neu ar ôl ${raised}, pan godwyd y cam gweithredu`,
    },
    save: 'Cadw',
    saveFor: (title: string) => `statws “${title}”`,
    unchanged: (title: string) => `Mae gan “${title}” y statws hwnnw eisoes: nid oes dim i’w gadw.`,
    saving: (title: string) => `Wrthi’n cadw “${title}”…`,
    saved: (title: string) => `Mae “${title}” wedi’i gadw.`,
    queued: (title: string, problem: RetryReason) =>
      problem === 'offline'
        ? `Mae “${title}” wedi’i gadw ar y ddyfais hon a bydd yn cael ei anfon pan ddaw’r cysylltiad yn ôl.`
        : problem === 'signed-out'
          ? `Mae “${title}” wedi’i gadw ar y ddyfais hon: nid ydych wedi mewngofnodi, neu mae eich sesiwn wedi dod i ben. Mewngofnodwch a bydd yn cael ei anfon.`
          : problem === 'refused'
            ? `Mae “${title}” wedi’i gadw ar y ddyfais hon: gwrthododd y gweinydd y newid. Bydd yn cael ei anfon eto bob munud; os bydd hyn yn parhau, rhowch wybod i bwy bynnag sy’n rhedeg y wefan hon.`
            : problem === 'other-site'
              ? `Mae “${title}” wedi’i gadw ar y ddyfais hon: nid yw’r gweinydd yn derbyn newidiadau a anfonir o’r wefan y mae’r dudalen hon arni. Ni fydd mewngofnodi eto’n helpu: dim ond tîm gwe’r wefan all newid hyn. Bydd yn cael ei anfon eto bob munud.`
              : `Mae “${title}” wedi’i gadw ar y ddyfais hon, ond nid oedd modd ei anfon eto. Bydd yn cael ei anfon eto cyn bo hir.`,
    waiting: (title: string) => `Mae “${title}” wedi’i gadw ar y ddyfais hon ac yn aros i gael ei anfon.`,
    change: {
      waiting: (status: string, problem?: RetryReason) =>
        `Mae eich newid i “${status}” wedi’i gadw ar y ddyfais hon ac yn aros i gael ei anfon.${problem ? ` ${changeRetry[problem]}` : ''}`,
      sending: (status: string) => `Wrthi’n anfon eich newid i “${status}”…`,
      refused: (status: string, reason: string) => `Ni chafodd eich newid i “${status}” ei gadw: ${reason}`,
      notSent: (status: string, first: string, reason: string) =>
        `Ni chafodd eich newid i “${status}” ei anfon: daeth ar ôl eich newid i “${first}”, na chafodd ei gadw. ${reason}`,
      waitingOn: (asked: string, first: string) =>
        `Ni chafodd eich newid i “${asked}” ei gadw. Daeth ar ôl eich newid i “${first}”, y mae tab neu ffenestr arall yn dal i’w anfon: cewch wybod pam pan ddaw ateb i hwnnw.`,
    },
    notSaved: (title: string, reason: string) => `Ni chafodd “${title}” ei gadw: ${reason}`,
    rolledBack: (title: string, reason: string) =>
      `Ni chafodd “${title}” ei gadw, felly mae’n ôl fel yr oedd: ${reason}`,
    noEditor:
      'I newid camau gweithredu, rhaid i dîm gwe’r wefan osod priodoledd editor i ddynodydd y sawl sydd wedi mewngofnodi, a phriodoledd endpoint neu briodwedd submit.',
    noEditorPerson:
      'I newid camau gweithredu, rhaid i dîm gwe’r wefan osod priodoledd editor i ddynodydd y sawl sydd wedi mewngofnodi.',
    noEditorEndpoint:
      'I newid camau gweithredu, rhaid i dîm gwe’r wefan osod priodoledd endpoint neu briodwedd submit.',
  },

  highlightReport: {
    month: monthName,
    title: (month: string) => `Adroddiad uchafbwyntiau: ${month}`,
    rag: (rag: Rag) => ({ green: 'Gwyrdd', amber: 'Ambr', red: 'Coch' })[rag],
    state: (state: ProjectMonthState) =>
      ({
        submitted: 'Wedi’i gyflwyno',
        'submitted-late': 'Wedi’i gyflwyno’n hwyr',
        due: 'Yn ddyledus',
        missing: 'Ar goll',
        'in-progress': 'Ar y gweill',
      })[state],
    summaryLabel: 'Am yr adroddiad hwn',
    overall: 'Statws cyffredinol',
    noRating: 'Heb ei raddio: nid oes adroddiad ar gyfer y mis hwn.',
    report: 'Adroddiad',
    lead: 'Arweinydd',
    runBy: 'Yn cael ei redeg gan',
    reportsTo: 'Yn adrodd i',
    onTime: (submitted: string, due: string) =>
      `Cyflwynwyd ar ${submitted}, mewn pryd: roedd yn ddyledus erbyn ${due}.`,
    submittedLate: (submitted: string, due: string) =>
      `Cyflwynwyd yn hwyr, ar ${submitted}: roedd yn ddyledus erbyn ${due}.`,
    undated: (due: string, late: boolean) =>
      late
        ? `Nid yw’r dyddiad y cafodd ei gyflwyno wedi’i gofnodi, felly mae’n cyfrif yn hwyr: roedd yn ddyledus erbyn ${due}.`
        : `Nid yw’r dyddiad y cafodd ei gyflwyno wedi’i gofnodi. Mae’n ddyledus erbyn ${due}.`,
    missing: (month: string, due: string) =>
      `Ni chyflwynwyd adroddiad uchafbwyntiau ar gyfer mis ${month}. Roedd yn ddyledus erbyn ${due}.`,
    due: (month: string, due: string) =>
      `Nid yw’r adroddiad uchafbwyntiau ar gyfer mis ${month} wedi’i gyflwyno eto. Mae’n ddyledus erbyn ${due}.`,
    inProgress: (month: string, due: string) =>
      `Nid yw mis ${month} ar ben eto. Mae ei adroddiad uchafbwyntiau yn ddyledus erbyn ${due}.`,
    leadTitle: 'Beth ddywedodd yr arweinydd',
    noReport: (month: string) =>
      `Nid oes adroddiad ar gyfer mis ${month}, felly nid oes dim yma yng ngeiriau’r arweinydd. Mae data’r mis isod.`,
    noReportYet: (month: string) => `Nid yw’r arweinydd wedi adrodd ar fis ${month} eto. Mae data’r mis isod.`,
    onlyRating: 'Mae’r adroddiad yn rhoi ei radd a dim mwy.',
    sections: {
      progress: 'Cynnydd y mis hwn',
      next: 'Y mis nesaf',
      benefits: 'Manteision',
      risks: 'Risgiau',
      interdependencies: 'Cyd-ddibyniaethau',
      disadvantages: 'Anfanteision',
      recommendations: 'Argymhellion',
    },
    recordsTitle: 'O ddata’r bartneriaeth',
    recordsIntro: (month: string) =>
      `Wedi’u tynnu o ddata’r bartneriaeth ei hun ar gyfer mis ${month}, p’un a yw’r adroddiad yn sôn amdanynt ai peidio.`,
    recordsSoFar: (date: string) => `Nid yw’r mis ar ben: dyma sut mae’r data’n sefyll ar ${date}.`,
    milestonesTitle: 'Cerrig milltir',
    milestonesLate: (n: number) => count(n, milestoneForms(' yn hwyr')),
    milestonesDone: (n: number, month: string) => count(n, milestoneForms(` a gyrhaeddwyd ym mis ${month}`)),
    milestoneLate: 'Yn hwyr',
    milestoneMet: 'Wedi’i chyrraedd',
    milestoneMetLate: 'Wedi’i chyrraedd yn hwyr',
    dueNotDone: (due: string) => `Yn ddyledus erbyn ${due}, heb ei chyrraedd.`,
    doneOn: (done: string, due: string) => `Cyrhaeddwyd ar ${done}; roedd yn ddyledus erbyn ${due}.`,
    noMilestones: (month: string) => `Ni chyrhaeddwyd yr un garreg filltir ym mis ${month}, ac nid oes yr un yn hwyr.`,
    risksTitle: 'Risgiau cysylltiedig',
    riskOwner: (owner: string) => `Perchennog: ${owner}`,
    noRisks:
      'Nid oes yr un risg agored sy’n gysylltiedig â’r prosiect uwchlaw’r archwaeth, yn codi nac wedi pasio’i dyddiad adolygu.',
    actionsTitle: 'Camau gweithredu cysylltiedig',
    actionOverdue: (due: string) => `Yn ddyledus erbyn ${due}, heb ei wneud.`,
    actionDoneLate: (completed: string, due: string) => `Wedi’i wneud ar ${completed}; roedd yn ddyledus erbyn ${due}.`,
    actionMisdated: (completed: string, raised: string, due: string) =>
      `Cofnodwyd ei fod wedi’i wneud ar ${completed}, cyn ei godi ar ${raised}: gwiriwch y dyddiad. Roedd yn ddyledus erbyn ${due}.`,
    actionOwner: (owner: string) => `Gan bwy: ${owner}`,
    noActions: 'Nid oes yr un cam gweithredu sy’n gysylltiedig â’r prosiect yn hwyr, nac wedi’i wneud yn hwyr.',
    decisionsTitle: 'Penderfyniadau sydd eu hangen',
    decisionsIntro: (group: string) => `Mae’r adroddiad yn gofyn i’r grŵp ${group} benderfynu ar:`,
    decisionsIntroNoGroup: 'Mae’r adroddiad yn gofyn am y penderfyniadau hyn:',
    decisionGroup: (group: string) => `I’r grŵp ${group} benderfynu arno.`,
    monthsTitle: 'Misoedd',
    monthsIntro: 'Dewiswch fis i ddarllen ei adroddiad.',
    showing: (month: string) => `Yn dangos yr adroddiad uchafbwyntiau ar gyfer mis ${month}.`,
    download: 'Lawrlwytho CSV',
    downloadWhat: 'o hanes y statws RAG',
    csvFile: (partnership: string, project: string) => partFile('Hanes RAG', partnership, project, 'csv'),
    csv: {
      month: 'Mis',
      status: 'Statws',
      due: 'Dyddiad dyledus',
      submitted: 'Cyflwynwyd',
      late: 'Hwyr',
      reason: 'Rheswm',
      yes: 'Ydy',
      no: 'Nac ydy',
    },
    printed: (partnership: string, date: string) => `${partnership}. Argraffwyd ar ${date}.`,
    noProject: 'Nid oes prosiect wedi’i enwi. Gosodwch briodoledd project i ddynodydd prosiect yn y ddogfen.',
    unknownProject: (id: string, known: readonly string[]) =>
      known.length === 0
        ? `Nid oes prosiect â’r dynodydd '${id}': nid oes gan y ddogfen brosiectau eto. Ychwanegwch y prosiect, gyda’i adroddiadau, o dan "projects".`
        : `Nid oes prosiect â’r dynodydd '${id}'. ${setOneOf('project', known, id)}`,
    unknownPeriod: (period: string, first: string, last: string) =>
      `Nid oes gan y prosiect hwn fis '${period}'. Gosodwch briodoledd period i fis ar y ffurf YYYY-MM yn y cyfnod ${first} – ${last}, neu gadewch ef allan i gael y mis diweddaraf.`,
    monthToCome: (month: string, last: string) =>
      `Nid yw mis ${month} wedi dod eto, felly nid oes adroddiad uchafbwyntiau yn ddyledus ar ei gyfer. Gosodwch briodoledd period i fis hyd at ${last}, ar y ffurf YYYY-MM, neu gadewch ef allan i gael y mis diweddaraf.`,
    notStarted: (start: string) =>
      `Mae’r prosiect yn dechrau ar ${start}, felly nid oes ganddo fisoedd i adrodd arnynt eto.`,
  },
});
