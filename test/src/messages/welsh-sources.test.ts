/**
 * The Welsh words changed on the strength of a published source, each as docs/welsh-glossary.md's
 * "Checked against sources" section cites it: the wording a source supports, and no message, demo word or
 * example description left saying the wording it replaced.
 */
import { expect } from '@open-wc/testing';
import { EXAMPLES } from '../../../components/examples.js';
import { DEMO_WORDS } from '../../../demo/words.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

/**
 * A function message's answers to a few made-up values (a number, a name, a problem's values with the format):
 * its words, since every message is wrapped to close its sentences and its source is the wrapper's.
 */
const SAMPLE_VALUES: readonly unknown[][] = [[3], ['Xx'], ['Xx', 'Yy'], [3, 'Xx'], ['Xx', 3], [3, 3], [{}, cy.format]];
const answers = (say: (...values: unknown[]) => unknown): string[] =>
  SAMPLE_VALUES.flatMap((values) => {
    try {
      const said = say(...values);
      return typeof said === 'string' ? [said] : [];
    } catch {
      return [];
    }
  });

/** Every Welsh text the kit shows, by where it is: a string as written, a function by what it answers. */
function everyWelsh(messages: unknown = cy, path = 'cy', found: Array<[string, string]> = []): Array<[string, string]> {
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const at = `${path}.${key}`;
    if (key === 'format') continue;
    if (typeof value === 'string') found.push([at, value]);
    else if (typeof value === 'function')
      for (const said of answers(value as (...values: unknown[]) => unknown)) found.push([at, said]);
    else if (value && typeof value === 'object') everyWelsh(value, at, found);
  }
  return found;
}
const demoWelsh = (): Array<[string, string]> => [
  ...Object.entries((DEMO_WORDS as { cy: Record<string, unknown> }).cy).map(([key, words]): [string, string] => [
    `demo/words.js ${key}`,
    JSON.stringify(words),
  ]),
  ...Object.entries(EXAMPLES).flatMap(([tag, examples]) =>
    examples.flatMap((example): Array<[string, string]> => [
      [`<${tag}> ${example.name}`, example.summary.cy],
      [`<${tag}> ${example.name} (its title)`, example.title.cy],
    ]),
  ),
];

/** Where the kit's or the demo's Welsh says `words`, each place once. */
const whereSaid = (words: RegExp): string[] => [
  ...new Set([...everyWelsh(), ...demoWelsh()].filter(([, text]) => words.test(text)).map(([where]) => where)),
];

/**
 * A verb-noun qualifying a feminine singular noun soft-mutates, as an adjective does: the Senedd's Record of
 * Proceedings writes "y broses benderfynu" and "safon gyfrifo", and the kit already writes "sedd bleidleisio" and
 * "pleidlais fwrw". "Rheol" (f.) is one such noun: "rheol benderfynu", decision rule.
 */
const RADICAL_AFTER_FEMININE =
  /\b(rheol|sedd|[pb]roses|safon|d?dogfen|[pb]leidlais) (penderfynu|pleidleisio|bwrw|cyfrif)\b/giu;

describe('Welsh: wording a published source supports', () => {
  it('soft-mutates a verb-noun after a feminine noun: "rheol benderfynu"', () => {
    expect(cy.votePanel.ruleLine('simple-majority')).to.equal(
      'Rheol benderfynu: mwyafrif syml: mwy o bleidleisiau o blaid nag yn erbyn.',
    );
    const radical = [...everyWelsh(), ...demoWelsh()].flatMap(([where, text]) =>
      [...text.matchAll(RADICAL_AFTER_FEMININE)].map((m) => `${where}: ${m[0]}`),
    );
    expect(radical).to.deep.equal([]);
  });

  it('finds a radical verb-noun after a feminine noun in a sentence made up to have one', () => {
    const made = 'y rheol penderfynu, sedd bleidleisio, sedd pleidleisio, y broses penderfynu';
    expect([...made.matchAll(RADICAL_AFTER_FEMININE)].map((m) => m[0])).to.deep.equal([
      'rheol penderfynu',
      'sedd pleidleisio',
      'broses penderfynu',
    ]);
  });

  it('heads the highlight report’s column of due dates as HMRC’s Welsh heads a due date: "Dyddiad dyledus"', () => {
    expect(cy.highlightReport.csv.due).to.equal('Dyddiad dyledus');
    // HMRC's Welsh tags a late return "Hwyr", the bare adjective, as this column's heading is.
    expect(cy.highlightReport.csv.late).to.equal('Hwyr');
  });

  it('says "try again later" as GOV.UK’s Welsh service pages do: "Rhowch gynnig arall arni yn nes ymlaen"', () => {
    const failure = { kind: 'http', url: '/p.json', status: 503, statusText: '' } as const;
    expect(cy.shared.failure(failure)).to.match(/\. Rhowch gynnig arall arni yn nes ymlaen\.$/);
    expect(whereSaid(/arni nes ymlaen/)).to.deep.equal([]);
  });

  it('says an HTTP status by its number alone: the browser’s words for it are English', () => {
    const failure = { kind: 'http', url: '/p.json', status: 500, statusText: 'Internal Server Error' } as const;
    expect(cy.shared.failure(failure)).to.contain('atebodd y gweinydd HTTP 500. Rhowch');
    // A refusal to show it is not mended by waiting: both languages say to sign in.
    for (const status of [401, 403]) {
      const refused = { ...failure, status, statusText: 'Unauthorized' };
      expect(cy.shared.failure(refused)).to.contain(
        `(HTTP ${status}). Os yw’r dudalen hon ar gyfer aelodau, mewngofnodwch`,
      );
      expect(en.shared.failure(refused)).to.contain(`(HTTP ${status}). If this page is for members, sign in`);
      expect(cy.shared.failure(refused)).to.not.contain('Unauthorized');
    }
  });

  it('writes "yr" before the diphthong "wy", as the Welsh Government’s translators do: "yr wybodaeth"', () => {
    const beforeWy = /(?<![\p{L}’'])[Yy] wy/u;
    expect(beforeWy.test('i gael y wybodaeth') && !beforeWy.test('i gael yr wybodaeth, y wefan')).to.equal(true);
    expect(whereSaid(beforeWy)).to.deep.equal([]);
  });

  it('says someone as "y sawl" or "yr unigolyn", not "y person", as the Welsh Government’s translators do', () => {
    const aPerson = /(?<![\p{L}’'])(y|pob) person\b/iu;
    expect(aPerson.test('ddynodydd y person sydd wedi mewngofnodi')).to.equal(true);
    expect(aPerson.test('ychwanegwch ddynodydd person yn "people"'), 'the record the id names').to.equal(false);
    expect(whereSaid(aPerson)).to.deep.equal([]);
  });
});
