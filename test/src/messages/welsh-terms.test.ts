/**
 * The Welsh read the way docs/welsh-glossary.md says, checked as a reviewer
 * with the glossary in hand would check it, across every place Welsh is
 * written: the kit's messages (src/messages/cy.ts), the demo portal's words
 * (demo/words.js) and the examples' descriptions (components/<element>/*.examples.ts).
 *
 * - One word for each thing: an English message naming a glossary term has the
 *   glossary's Welsh beside it (in any of its mutations), and no Welsh says a
 *   word the glossary turned down for it.
 * - Counts: each count most seen on a page, at 0, 1, 2, 3, 4, 6, 11 and 20, in
 *   the six Welsh plural categories with the numeral's mutation.
 * - No English left: a function message of cy.ts that says what en.ts says.
 */
import { expect } from '@open-wc/testing';
import { EXAMPLES } from '../../../components/examples.js';
import { DEMO_WORDS } from '../../../demo/words.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/index.js';

/**
 * What a function message answers to a few made-up values, one answer for each ('' where it cannot answer them):
 * its words. Its source would not do: every message is wrapped to close its sentences, so its source is the
 * wrapper's (src/messages/sentence.ts).
 */
const MADE_UP: readonly unknown[][] = [[3], ['Xx'], ['Xx', 'Yy'], [3, 'Xx'], ['Xx', 3], [3, 3], [{}]];
function answersOf(say: (...values: unknown[]) => unknown, format: unknown): string[] {
  return MADE_UP.map((values) => {
    try {
      const said = say(...values, ...(values.length === 1 && typeof values[0] === 'object' ? [format] : []));
      return typeof said === 'string' ? said : '';
    } catch {
      return '';
    }
  });
}

/** Every message by its path: a string as written, a function by what it answers to each made-up value. */
function wordsByPath(
  messages: unknown,
  path = 'messages',
  found = new Map<string, string[]>(),
  format = (messages as { format?: unknown }).format,
): Map<string, string[]> {
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const at = `${path}.${key}`;
    if (key === 'format') continue;
    if (typeof value === 'string') found.set(at, [value]);
    else if (typeof value === 'function') found.set(at, answersOf(value as (...values: unknown[]) => unknown, format));
    else if (value && typeof value === 'object') wordsByPath(value, at, found, format);
  }
  return found;
}

/** The demo's words and the examples' descriptions and titles, English beside Welsh, by where they are. */
function demoPairs(): Map<string, { en: string; cy: string }> {
  const pairs = new Map<string, { en: string; cy: string }>();
  const words = DEMO_WORDS as Record<'en' | 'cy', Record<string, unknown>>;
  for (const [key, english] of Object.entries(words.en))
    pairs.set(`demo/words.js ${key}`, { en: JSON.stringify(english), cy: JSON.stringify(words.cy[key]) });
  for (const [tag, examples] of Object.entries(EXAMPLES))
    for (const example of examples) {
      pairs.set(`<${tag}> ${example.name}`, example.summary);
      pairs.set(`<${tag}> ${example.name} (its title)`, example.title);
    }
  return pairs;
}

/**
 * Every English and Welsh pair: the kit's messages, then the demo's. A function message pairs only the answers
 * both languages gave to the same values, so a value one language cannot take does not read as a missing word.
 */
function everyPair(): Map<string, { en: string; cy: string }> {
  const english = wordsByPath(en);
  const welsh = wordsByPath(cy);
  const pairs = new Map<string, { en: string; cy: string }>();
  for (const [path, answers] of english) {
    const other = welsh.get(path) ?? [];
    const both = answers.map((said, i) => [said, other[i] ?? ''] as const).filter(([a, b]) => a !== '' && b !== '');
    pairs.set(path, { en: both.map(([a]) => a).join(' | '), cy: both.map(([, b]) => b).join(' | ') });
  }
  for (const [where, pair] of demoPairs()) pairs.set(where, pair);
  return pairs;
}

/**
 * The glossary's terms: an English word, and its Welsh with the mutations a
 * sentence gives it (soft, aspirate, nasal), or a code word kept in English.
 */
const TERMS: ReadonlyArray<[string, RegExp, RegExp]> = [
  ['proxy → dirprwy', /\bprox(y|ies)\b/i, /\b(d|dd|n)irprwy|"proxy"/i],
  ['quorum → cworwm', /\bquor(um|ate)\b/i, /\b(c|g|ch|ngh)worwm/i],
  ['vote → pleidlais, pleidleisio', /\bvot(e|es|ed|ing)\b/i, /\b(p|b|ph|mh)leidl/i],
  ['chair → cadeirydd', /\bchair\b/i, /\b(c|g|ch|ngh)adeirydd|"chair"/i],
  ['clerk → clerc', /\bclerk/i, /\b(c|g|ch|ngh)lerc/i],
  ['meeting → cyfarfod', /\bmeetings?\b/i, /\b(c|g|ch|ngh)yfarfod|\bmeeting\b/i],
  ['proposal → cynnig', /\bproposals?\b/i, /\b(c|g|ch|ngh)y(nn|n)ig/i],
  ['seat → sedd', /\bseats?\b/i, /\bsedd/i],
  ['risk register → cofrestr risg', /\brisk register\b/i, /\b(c|g|ch|ngh)ofrestr risg\b/i],
  ['action → cam gweithredu', /\bactions?\b/i, /\b(c|g|ch|ngh)(am|amau) gweithredu\b|action-tracker/i],
  ['overdue → yn hwyr', /\boverdue\b/i, /\bhwyr\b/i],
  ['due → yn ddyledus, erbyn', /\bdue\b/i, /\b(d|dd)yledus\b|\berbyn\b/i],
  ['representative → cynrychiolydd', /\brepresentative\b/i, /\b(c|g|ch|ngh)ynrychiol/i],
  ['minutes (of a meeting) → cofnodion', /\bminutes\b/i, /\b(c|g|ch|ngh)ofnodion\b|\b(m|f)unud/i],
  ['There is a problem → Mae problem', /\bThere is a problem\b/, /\bMae problem\b/],
  ['in progress → ar y gweill', /\bin progress\b/i, /\bar y gweill\b/i],
  ['dropped → wedi’i ganslo', /\bdropped\b/i, /\bganslo\b/i],
  ['withdrawn (a proposal) → wedi’i dynnu’n ôl', /\bwithdrawn\b/i, /\b(t|d|th|nh)ynn(u|wyd)/i],
  ['id → dynodydd', /\bids?\b/, /\b([Dd]|[Dd]d|[Nn])ynodydd|\bID\b/],
  ['server → gweinydd', /\bserver\b/i, /\b(g|ng)?weinydd/i],
  ['score → sgôr', /\bscores?\b/i, /\bsg[oô]r/i],
  ['site → gwefan', /\bsite\b/i, /\b(g|ng)?wefan|\bgwefan/i],
];

/**
 * Words the glossary turned down, with why; a Welsh message saying one fails.
 * `only` lists the messages where the word is the glossary's choice after all.
 */
const TURNED_DOWN: ReadonlyArray<{ word: RegExp; why: string; only?: readonly string[] }> = [
  { word: /\bsafle\b/i, why: 'a site is "gwefan" ("tîm gwe’r wefan", "y wefan hon")' },
  { word: /\bgwesteiwr\b/i, why: 'the host is "y system": a member read "gwesteiwr" as whoever hosts the meeting' },
  { word: /\bc?ynghorydd\b/i, why: 'an adviser is "ymgynghorydd": "cynghorydd" is a councillor' },
  { word: /\bprocsi\b/i, why: 'a proxy is "dirprwy"' },
  { word: /\bmae yr\b/i, why: 'the article after a vowel is “’r”: “mae’r”' },
  { word: /\bcorwm\b/i, why: 'quorum is "cworwm"' },
  { word: /\bar waith\b/i, why: 'in progress is "ar y gweill" (reviewed)' },
  { word: /\bgollwng/i, why: 'a dropped action is "wedi’i ganslo" (reviewed)' },
  { word: /\bcofrestr risgiau\b|\bgofrestr risgiau\b/i, why: 'a risk register is "cofrestr risg"' },
  { word: /\byn barod\b/i, why: 'already is "eisoes"' },
  { word: /\befallai bod\b/i, why: 'the module writes "efallai fod"' },
  {
    word: /\bI[dD]\b(?! ")/,
    why: 'an id is "dynodydd"; only the risk register’s column heading, and its sort by it, say "ID"',
    only: ['messages.risk.columns.id', 'messages.risk.sortNames.id'],
  },
  {
    word: /\b(d|dd|n)eiliad\b/i,
    why: 'a seat’s holder is "cynrychiolydd"; "deiliad" names only the document’s "holder" field',
    only: ['messages.problems.seat-vacant'],
  },
];

describe('Welsh: one word for each thing, as the glossary says', () => {
  const pairs = everyPair();

  it('says the glossary’s Welsh wherever the English says one of its terms', () => {
    const missing: string[] = [];
    for (const [term, english, welsh] of TERMS)
      for (const [where, pair] of pairs)
        if (english.test(pair.en) && !welsh.test(pair.cy)) missing.push(`${where}: ${term}`);
    expect(missing).to.deep.equal([]);
  });

  it('says no word the glossary turned down', () => {
    const found: string[] = [];
    for (const { word, why, only = [] } of TURNED_DOWN)
      for (const [where, pair] of pairs)
        if (word.test(pair.cy) && !only.includes(where)) found.push(`${where}: ${why}`);
    expect(found).to.deep.equal([]);
  });

  it('reads a function message by its words, not by the source of the wrapper that closes its sentences', () => {
    const rule = everyPair().get('messages.votePanel.ruleLine')!;
    expect(rule.en).to.contain('Decision rule:');
    expect(rule.cy).to.contain('Rheol benderfynu:');
  });

  it('finds a turned-down word and a missing term in a message made up to have them', () => {
    const [, english, welsh] = TERMS.find(([term]) => term.startsWith('proxy'))!;
    expect(english.test('Vote as proxy') && !welsh.test('Pleidleisio fel procsi')).to.equal(true);
    expect(TURNED_DOWN.some(({ word }) => word.test('tîm gwe’r safle'))).to.equal(true);
  });
});

/** Every Welsh text: the kit's messages (a function by its source) and the demo's words and descriptions. */
const everyWelsh = (): Array<[string, string]> => [...everyPair()].map(([where, pair]) => [where, pair.cy]);

/**
 * Words after which the glossary's "Grammar the module follows" soft-mutates the next: the prepositions
 * i, o, am, ar, dan, gan, heb, trwy, wrth, at, hyd, the conjunction "neu", and the numerals dau, dwy.
 */
const SOFT_AFTER =
  /(?<![\p{L}’'-])(i|o|am|ar|dan|gan|heb|trwy|drwy|wrth|at|hyd|neu|dau|dwy) (p(?!h)|t(?!h)|c(?!h)|m|ll|rh)[\p{L}’'-]*/gu;
/** Radicals that stay after them: "i mewn" (in), "mae" and "mewn" never mutate, and a name as written. */
const UNMUTATED_AFTER: ReadonlySet<string> = new Set(['i mewn', 'neu mae', 'neu mewn', 'o partnership-kit']);

/**
 * Words after which c, p and t aspirate ("a thebygolrwydd", "â phleidlais", "gyda chadeirydd"); the relative "a"
 * soft-mutates them instead ("a gyfrifwyd"), so after "a" a radical c, p or t is wrong either way.
 */
const ASPIRATE_AFTER = /(?<![\p{L}’'-])(a|â|gyda|tua|na) (p(?!h)|t(?!h)|c(?!h))[\p{L}’'-]*/gu;

/** Feminine nouns of the glossary whose first letter mutates after "y" (not ll or rh: "y rheol hon"). */
const FEMININE =
  /(?<![\p{L}])(y|’r|'r|un) (pleidlais|partneriaeth|cofrestr|dogfen|tudalen|gwefan|dyfais|carreg|gwybodaeth|cromfach|colofn|problem|blwyddyn|wythnos|mantais)\b/gu;

describe('Welsh: the mutations the glossary documents', () => {
  it('soft-mutates the word after a preposition, "neu", "dau" and "dwy"', () => {
    const unmutated = everyWelsh().flatMap(([where, text]) =>
      [...text.matchAll(SOFT_AFTER)]
        .map((m) => m[0])
        .filter((words) => !UNMUTATED_AFTER.has(words))
        .map((words) => `${where}: ${words}`),
    );
    expect(unmutated).to.deep.equal([]);
  });

  it('aspirates c, p and t after "a", "â", "gyda", "tua" and "na"', () => {
    const radical = everyWelsh().flatMap(([where, text]) =>
      [...text.matchAll(ASPIRATE_AFTER)].map((m) => `${where}: ${m[0]}`),
    );
    expect(radical).to.deep.equal([]);
  });

  it('soft-mutates a feminine noun after "y" and "un": "y bleidlais", "un bartneriaeth"', () => {
    const unmutated = everyWelsh().flatMap(([where, text]) =>
      [...text.matchAll(FEMININE)].map((m) => `${where}: ${m[0]}`),
    );
    expect(unmutated).to.deep.equal([]);
  });

  it('finds an unmutated word in a sentence made up to have one', () => {
    expect([...'Rhowch bleidlais i partneriaeth o plaid y dogfen'.matchAll(SOFT_AFTER)].map((m) => m[0])).to.deep.equal(
      ['i partneriaeth', 'o plaid'],
    );
    expect([...'risg â tebygolrwydd 3 gyda chadeirydd'.matchAll(ASPIRATE_AFTER)].map((m) => m[0])).to.deep.equal([
      'â tebygolrwydd',
    ]);
    expect([...'y dogfen, un pleidlais, y rheol'.matchAll(FEMININE)].map((m) => m[0])).to.deep.equal([
      'y dogfen',
      'un pleidlais',
    ]);
  });
});

const COUNTS = [0, 1, 2, 3, 4, 6, 11, 20];

describe('Welsh: counts take the plural category and the numeral’s mutation', () => {
  it('counts votes: un/dwy soft-mutate "pleidlais", tair leaves it, chwe aspirates it', () => {
    expect(COUNTS.map((n) => cy.votePanel.neededClosed(n, 0).replace(/ o blaid.*/, ''))).to.deep.equal([
      'Roedd angen 0 pleidlais',
      'Roedd angen 1 bleidlais',
      'Roedd angen 2 bleidlais',
      'Roedd angen 3 pleidlais',
      'Roedd angen 4 pleidlais',
      'Roedd angen 6 phleidlais',
      'Roedd angen 11 pleidlais',
      'Roedd angen 20 pleidlais',
    ]);
  });

  it('counts seats: "sedd" has no mutation to take', () => {
    expect(COUNTS.map((n) => cy.votePanel.base(n, n))).to.deep.equal(
      COUNTS.map((n) => `Mae gan ${n} o’r ${n} sedd bleidleisio bleidlais a gyfrifwyd.`),
    );
  });

  it('counts actions: dau soft-mutates "cam", tri and chwe aspirate it', () => {
    expect(COUNTS.map((n) => cy.actions.shownNow(n, n))).to.deep.equal([
      'Yn dangos pob un o’r 0 cam gweithredu.',
      'Yn dangos pob un o’r 1 cam gweithredu.',
      'Yn dangos pob un o’r 2 gam gweithredu.',
      'Yn dangos pob un o’r 3 cham gweithredu.',
      'Yn dangos pob un o’r 4 cam gweithredu.',
      'Yn dangos pob un o’r 6 cham gweithredu.',
      'Yn dangos pob un o’r 11 cam gweithredu.',
      'Yn dangos pob un o’r 20 cam gweithredu.',
    ]);
  });

  it('counts risks and the heat map’s cells: "risg" has no mutation to take', () => {
    expect(COUNTS.map((n) => cy.risk.shownNow(n, n))).to.deep.equal(
      COUNTS.map((n) => `Yn dangos pob un o’r ${n} risg.`),
    );
    expect(COUNTS.map((n) => cy.risk.cellLabel(n, 2, 3, 'Uchel').replace(/ â .*/, ''))).to.deep.equal([
      'Dim risgiau',
      ...COUNTS.slice(1).map((n) => `${n} risg`),
    ]);
  });

  it('counts working days and days: dau soft-mutates "diwrnod"; tri and chwe leave a "d"', () => {
    expect(COUNTS.map((n) => cy.calendar.noticeRule(n).replace(/^.* o leiaf | cyn y cyfarfod\.$/g, ''))).to.deep.equal([
      '0 diwrnod gwaith',
      '1 diwrnod gwaith',
      '2 ddiwrnod gwaith',
      '3 diwrnod gwaith',
      '4 diwrnod gwaith',
      '6 diwrnod gwaith',
      '11 diwrnod gwaith',
      '20 diwrnod gwaith',
    ]);
    const waited = (days: number) =>
      cy.checkIn.timedByHost('Xx', { reason: 'waited-too-long', values: { maxWaitMinutes: days * 1440 } });
    expect([1, 2, 3, 6].map((n) => /fwy na (\d+ \S+)/.exec(waited(n))?.[1])).to.deep.equal([
      '1 diwrnod',
      '2 ddiwrnod',
      '3 diwrnod',
      '6 diwrnod',
    ]);
  });

  it('counts years as the numeral read aloud mutates "blwyddyn": flwyddyn, flynedd, blynedd, mlynedd', () => {
    const tooLong = (years: number) =>
      cy.problems['project-too-long']({ project: 'p', start: '2000-01-01', end: '2030-01-01', years }, cy.format);
    expect([1, 2, 3, 4, 5, 6, 10, 20].map((n) => /mwy na (\d+ \S+)/.exec(tooLong(n))?.[1])).to.deep.equal([
      '1 flwyddyn',
      '2 flynedd',
      '3 blynedd',
      '4 blynedd',
      '5 mlynedd',
      '6 blynedd',
      '10 mlynedd',
      '20 mlynedd',
    ]);
  });

  it('counts the clerk’s warnings: "peth" soft after dau, aspirate after tri and chwe', () => {
    expect(COUNTS.map((n) => cy.roster.warningsTitle(n))).to.deep.equal([
      '0 peth i’r clerc eu gwirio',
      '1 peth i’r clerc ei wirio',
      '2 beth i’r clerc eu gwirio',
      '3 pheth i’r clerc eu gwirio',
      '4 peth i’r clerc eu gwirio',
      '6 pheth i’r clerc eu gwirio',
      '11 peth i’r clerc eu gwirio',
      '20 peth i’r clerc eu gwirio',
    ]);
  });
});

/** What a function message is given in the check below: a number, a word, then both again. */
const SAMPLE_ARGUMENTS: readonly unknown[][] = [[3], ['Xx'], ['Xx', 'Yy'], [3, 'Xx'], ['Xx', 3], [3, 3]];

/**
 * Function messages that say the same in both languages, each for a reason: the
 * date and number formats (their words come from the language's own tables),
 * and templates with no words of their own, only the values they are given.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  'messages.votePanel.declaredFor',
  'messages.roster.nameWithTitle',
  'messages.actions.groupCaption',
]);

/** A function's answer with the values it was given taken out: the words it says itself. */
const ownWords = (answer: string, given: readonly unknown[]): string =>
  given.reduce<string>((left, value) => left.split(String(value)).join(''), answer);

/** The function messages of cy.ts that answer as en.ts does, in words of their own. */
function englishLeft(english: unknown, welsh: unknown, path: string, found: string[]): string[] {
  for (const [key, value] of Object.entries(english as Record<string, unknown>)) {
    const at = `${path}.${key}`;
    const other = (welsh as Record<string, unknown>)[key];
    if (typeof value === 'function' && typeof other === 'function') {
      if (at.startsWith('messages.format.') || SAME_IN_BOTH.has(at)) continue;
      const same = SAMPLE_ARGUMENTS.some((given) => {
        try {
          const said = (value as (...a: unknown[]) => unknown)(...given);
          return typeof said === 'string' && said === other(...given) && /\p{L}{2}/u.test(ownWords(said, given));
        } catch {
          return false;
        }
      });
      if (same) found.push(at);
    } else if (value && typeof value === 'object' && other && typeof other === 'object')
      englishLeft(value, other, at, found);
  }
  return found;
}

describe('Welsh: no English left', () => {
  it('has no function message that answers in English', () => {
    expect(englishLeft(en, cy, 'messages', [])).to.deep.equal([]);
  });

  it('finds a Welsh function message left in English', () => {
    const found = englishLeft(
      { a: { b: (n: number) => `${n} votes` } },
      { a: { b: (n: number) => `${n} votes` } },
      'm',
      [],
    );
    expect(found).to.deep.equal(['m.a.b']);
  });

  it('has every demo word and example description in Welsh, not as the English says it', () => {
    const same = [...demoPairs()].filter(([, pair]) => pair.en === pair.cy).map(([where]) => where);
    expect(same).to.deep.equal([]);
  });
});
