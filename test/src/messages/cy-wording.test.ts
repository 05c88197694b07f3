/**
 * A few messages in Welsh, word for word: the GOV.UK Welsh error summary,
 * Welsh dates and times, the six plural categories with the mutation each
 * numeral brings, and the rules core's reasons named from a real document.
 * The terms are those of docs/welsh-glossary.md.
 */
import { expect } from '@open-wc/testing';
import { parseDocument, type ProblemValues, type Vote } from '../../../src/contract/index.js';
import { cy } from '../../../src/messages/cy.js';
import { explainProblem, explainReason, namesIn } from '../../../src/messages/index.js';
import { checkVote } from '../../../src/rules/index.js';
import { parsedSeed, seedDocument } from '../../fixtures/documents.js';

describe('Welsh wording', () => {
  it('uses GOV.UK Welsh for the error summary, errors and buttons', () => {
    expect(cy.shared.problemTitle).to.equal('Mae problem');
    expect(cy.shared.errorPrefix).to.equal('Gwall:');
    expect(cy.shared.tryAgain).to.equal('Rhoi cynnig arall arni');
    const blocked = { kind: 'network', url: '/d.json', message: 'Failed to fetch', blockedByPolicy: true } as const;
    expect(cy.shared.failure(blocked)).to.equal(
      'Nid oedd modd llwytho gwybodaeth y bartneriaeth: nid yw Polisi Diogelwch Cynnwys (Content-Security-Policy) y dudalen hon yn caniatáu nôl /d.json. Gall tîm gwe’r wefan ei ganiatáu yn connect-src y polisi.',
    );
    expect(cy.votePanel.castButton).to.equal('Bwrw pleidlais');
    expect(cy.checkIn.save).to.equal('Cadw');
    expect(cy.risk.download).to.equal('Lawrlwytho CSV');
  });

  it('says what the English says of a whole document that is not an object, or could not be read, without "dilys"', () => {
    const say = (code: 'not-an-object' | 'not-checked' | 'not-json', values: unknown) =>
      (cy.problems[code] as (v: unknown, f: typeof cy.format) => string)(values, cy.format);
    // "y ddogfen gyfan – rhaid i’r ddogfen fod …" said the document twice; the English says how an object is written.
    expect(say('not-an-object', { value: { type: 'list', count: 0 }, contract: 'partnership-kit/1' })).to.equal(
      '– rhaid iddi fod yn wrthrych JSON, rhwng cromfachau cyrliog, yn dechrau { "contract": "partnership-kit/1", ond cafwyd rhestr wag.',
    );
    expect(say('not-checked', { reason: 'boom' })).to.equal(
      '– nid oedd modd gwirio’r data, oherwydd daeth gwall wrth ei ddarllen (neges dechnegol: boom). Rhowch ddata plaen, fel y mae JSON.parse neu response.json() yn ei roi.',
    );
    expect(say('not-json', { reason: 'x' })).to.equal(
      '– nid oedd modd darllen y JSON. Gwiriwch y JSON gyda dilysydd JSON, sy’n dangos ble mae’r camgymeriad.',
    );
    const list = { expected: { kind: 'type', type: 'array' }, value: { type: 'object' } };
    expect((cy.problems['wrong-value'] as (v: unknown, f: typeof cy.format) => string)(list, cy.format)).to.equal(
      '– rhaid iddo fod yn rhestr, rhwng cromfachau sgwâr [ ], ond cafwyd gwrthrych.',
    );
  });

  it('tells a completed date on an action not done how to put it right, as the English does', () => {
    expect(cy.refusals['completed-without-done']()).to.equal(
      'Dim ond cam gweithredu sydd wedi’i wneud a all fod â dyddiad cwblhau: gosodwch y statws i “Wedi’i wneud”, neu gadewch y dyddiad cwblhau allan.',
    );
  });

  it('writes dates and times in Welsh, mutating "canol dydd" after "am"', () => {
    expect(cy.format.shortDate('2026-07-15')).to.equal('15 Gorff 2026');
    expect(cy.format.date('2026-12-01')).to.equal('1 Rhagfyr 2026');
    expect(cy.format.time('2026-12-01T16:00:00Z')).to.equal('4yp');
    expect(cy.format.dateTime('2026-12-01T16:00:00Z')).to.equal('1 Rhagfyr 2026 am 4yp');
    expect(cy.format.dateTime('2026-12-01T12:00:00Z')).to.equal('1 Rhagfyr 2026 am ganol dydd');
    expect(cy.quorum.nowHeading(cy.format.time('2026-12-01T12:00:00Z'))).to.equal('Nawr, am ganol dydd');
  });

  it('mutates "canol dydd" and "canol nos" after "o" and "tan" in a seat’s stretch of attendance', () => {
    const midday = cy.format.time('2026-12-01T12:00:00Z');
    const midnight = cy.format.time('2026-12-01T00:00:00Z');
    expect(cy.roster.attendanceSpan('holder', midday, '5yp')).to.equal('Yn bresennol o ganol dydd tan 5yp');
    expect(cy.roster.attendanceSpan('proxy', '9yp', midnight)).to.equal('Dirprwy yn bresennol o 9yp tan ganol nos');
    expect(cy.roster.attendanceSpan('holder', midday)).to.equal('Yn bresennol o ganol dydd');
    expect(cy.roster.attendanceSpan('holder', undefined, midday)).to.equal('Yn bresennol tan ganol dydd');
  });

  it('counts votes with the singular noun and the mutation of each numeral', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => cy.votePanel.invalidTitle(n))).to.deep.equal([
      '0 pleidlais heb eu cyfrif',
      '1 bleidlais heb ei chyfrif',
      '2 bleidlais heb eu cyfrif',
      '3 pleidlais heb eu cyfrif',
      '6 phleidlais heb eu cyfrif',
      '7 pleidlais heb eu cyfrif',
    ]);
    expect(cy.votePanel.base(3, 6)).to.equal('Mae gan 3 o’r 6 sedd bleidleisio bleidlais a gyfrifwyd.');
    expect([1, 2, 3].map((n) => cy.actions.shownNow(n, n))).to.deep.equal([
      'Yn dangos pob un o’r 1 cam gweithredu.',
      'Yn dangos pob un o’r 2 gam gweithredu.',
      'Yn dangos pob un o’r 3 cham gweithredu.',
    ]);
    expect(cy.risk.summary(6, 5, 3, 'Uchel', 4, 2)).to.equal(
      '6 risg, 5 ohonynt yn agored: 3 uchel, 4 uwchlaw’r archwaeth, 2 adolygiad yn hwyr.',
    );
    expect(cy.risk.summary(5, 5, 3, 'Uchel', 4, 2)).to.equal(
      '5 risg agored: 3 uchel, 4 uwchlaw’r archwaeth, 2 adolygiad yn hwyr.',
    );
    expect(cy.shared.contractIntro(1, 1)).to.equal(
      'Mae gan ddogfen y bartneriaeth broblem, felly ni ddangosir dim ohoni. Cywirwch hi yn y ddogfen:',
    );
  });

  it('soft-mutates the verb after "neu" ("or"), as "neu gadewch" does', () => {
    expect(cy.problems['seat-not-in-group']({ seat: 's1', group: 'g1' })).to.equal(
      "– mae’n cofnodi presenoldeb ar gyfer sedd 's1', ond nid oes gan y grŵp 'g1' sedd â’r dynodydd hwnnw. Cywirwch ddynodydd y sedd, neu dynnwch yr eitem os na fu’r sedd erioed yn y grŵp. Mae sedd sydd wedi gadael y grŵp yn aros ynddo â’i thymor wedi dod i ben, fel bod cofnod y cyfarfod a’r hyn a benderfynwyd ynddo yn sefyll.",
    );
    expect(cy.problems['no-proxy']({ seat: 's1' }, cy.format)).to.equal(
      '– "proxy" ydyw, ond nid oedd gan sedd \'s1\' ddirprwy. Enwch y dirprwy ar y sedd (neu, ar gyfer penodiad cynharach, o dan "previous"), neu gofnodwch "holder", "apologies" neu "absent".',
    );
    expect(cy.problems['seat-vacant']({ seat: 's1', earlier: true }, cy.format)).to.match(
      /, neu gofnodwch "absent"\.$/,
    );
    expect(cy.problems['chair-tie-break-chairs']({ group: 'g1', chairs: 0 }, cy.format)).to.match(
      /, neu osodwch tieBreak i "none"\.$/,
    );
    expect(cy.problems['unknown-fields']({ keys: ['nmae'] }, cy.format)).to.equal(
      '– mae ganddo faes nad yw’r contract yn ei adnabod: "nmae". Gwiriwch y sillafu, neu rowch eich data eich hun o dan "ext".',
    );
    expect(cy.shared.failure({ kind: 'no-source' })).to.equal(
      'Ni roddwyd dogfen bartneriaeth. Gosodwch briodoledd src, rhowch <script type="application/json"> y tu mewn i’r elfen, neu rowch yr elfen y tu mewn i <partnership-data src="…">.',
    );
    expect(cy.shared.failure({ kind: 'no-source', dataAttribute: '[object Object]' })).to.contain(
      "mae gan yr elfen briodoledd data, '[object Object]', ond rhoddir dogfen fel y briodwedd data, nid fel priodoledd.",
    );
    expect(cy.shared.failure({ kind: 'not-json', message: '', empty: true })).to.contain(
      ', neu rowch briodoledd src i’r elfen yn lle hynny.',
    );
    expect(cy.shared.notStored('QuotaExceededError')).to.contain(', neu ryddhewch rywfaint o le,');
  });

  it('keeps to the formal register, and leaves the gender of "priodoledd" unguessed as the glossary says', () => {
    expect(cy.quorum.notYet).to.equal('Nid yw’n hysbys eto');
    expect(cy.quorum.missingTitle).to.equal('Heb fod yn bresennol:');
    expect(cy.quorum.absentTitle).to.equal('Heb fod yma:');
    expect(cy.quorum.notInRoomTitle).to.equal('Heb fod yn yr ystafell:');
    expect(cy.shared.notAMoment('today', 'yfory')).to.equal(
      "Mae priodoledd today yn 'yfory', nad yw’n ddyddiad ar y ffurf YYYY-MM-DD (fel 2019-12-10), felly defnyddir dyddiad heddiw.",
    );
    expect(cy.shared.notAMoment('now', '4yp')).to.match(/^Mae priodoledd now yn '4yp', nad yw’n ddyddiad ac amser/);
  });

  it('lists with "a" or "ac", without a comma before it', () => {
    expect(cy.format.list(['Ann', 'Bo', 'Cy'])).to.equal('Ann, Bo a Cy');
    expect(cy.format.list(['Bo', 'Ann'])).to.equal('Bo ac Ann');
  });

  it('names the decision rule and the result in the terms of Welsh governance', () => {
    expect(cy.votePanel.ruleLine('simple-majority')).to.equal(
      'Rheol benderfynu: mwyafrif syml: mwy o bleidleisiau o blaid nag yn erbyn.',
    );
    expect(cy.votePanel.result('carried')).to.equal('Derbyniwyd');
    expect(cy.votePanel.result('not-carried')).to.equal('Gwrthodwyd');
    expect(cy.roles['adviser'], 'not “Cynghorydd”, a councillor').to.equal('Ymgynghorydd');
    expect(cy.roles['vice-chair']).to.equal('Is-gadeirydd');
    // A meeting whose day is over "was" quorate; the minutes, plural, were not sent.
    expect(cy.votePanel.quorate('15 Hydref 2019', true)).to.equal('Roedd cworwm yn y cyfarfod ar 15 Hydref 2019.');
    expect(cy.votePanel.quorate('15 Hydref 2019')).to.equal('Mae cworwm yn y cyfarfod ar 15 Hydref 2019.');
    expect(cy.actions.notSentOverdue('minutes')).to.equal('Heb eu hanfon, yn hwyr');
    expect(cy.actions.notSentOverdue('notice')).to.equal('Heb ei anfon, yn hwyr');
    // Quorum of those in the room while the meeting is under way; a vote refused after the close.
    expect(cy.votePanel.quorateNow).to.equal('Mae cworwm yn y cyfarfod nawr, gyda’r rhai sydd yn yr ystafell.');
    expect(cy.votePanel.closedRefused('Ysgolion Cynradd', 'for', 'Mae’r pleidleisio wedi dod i ben.')).to.equal(
      'Ni chafodd eich pleidlais “O blaid” ar ran Ysgolion Cynradd ei derbyn: Mae’r pleidleisio wedi dod i ben.',
    );
  });

  it('gives the rules core’s reasons in Welsh, named from the document', async () => {
    const doc = await parsedSeed('sutton');
    const names = namesIn(doc, cy);
    expect(cy.reasons['non-voting-seat']({ seat: 'elg-consultant-head', proposal: 'hnb-plan' }, names)).to.equal(
      "Nid oes gan sedd Consultant Head Teacher bleidlais ar 'Adopt the High Needs Block implementation plan': mae’n sedd heb bleidlais.",
    );
    const late: Vote = {
      id: 'late-vote',
      proposal: 'hnb-plan',
      seat: 'elg-early-years',
      by: 'p-hackbridge-head',
      choice: 'for',
      cast: '2019-10-15T18:30:00+01:00',
    };
    // Were the proposal still open, a vote cast after it closed.
    const open = {
      ...doc,
      proposals: doc.proposals.map((p) => (p.id === 'hnb-plan' ? { ...p, status: 'open' as const } : p)),
    };
    const check = checkVote(open, late, { now: '2019-10-15T18:30:00+01:00' });
    expect(check.ok ? 'ok' : explainReason(cy, names, check)).to.equal(
      "Daeth y pleidleisio ar 'Adopt the High Needs Block implementation plan' i ben ar 15 Hydref 2019 am 6yp.",
    );
  });

  it('says why a chair with no vote can never break a tie, with the mutations after "gan" and "i"', async () => {
    const names = namesIn(await parsedSeed('sutton'), cy);
    expect(cy.warnings['chair-cannot-cast']({ seat: 'elg-consultant-head' }, names)).to.equal(
      'Mae rheolau’r grŵp yn rhoi pleidlais fwrw i’r cadeirydd pan fo’r pleidleisiau’n gyfartal, ond nid oes gan sedd y cadeirydd, Consultant Head Teacher, bleidlais: ni all y cadeirydd fyth fwrw’r bleidlais honno, felly gwrthodir pob cynnig â phleidleisiau cyfartal. Rhowch bleidlais i sedd Consultant Head Teacher, neu newidiwch y rheolau fel nad oes gan y cadeirydd bleidlais fwrw.',
    );
  });

  it('puts "sedd" before a seat’s name after "gan" and "i" and as a subject, and names a seat known only by its role "sedd y cadeirydd"', async () => {
    const doc = await parsedSeed('sutton');
    // The chair's and the adviser's seats without their labels: named by their roles, "Cadeirydd" and "Ymgynghorydd".
    const byRole = new Set(['elg-chair', 'elg-consultant-head']);
    const unlabelled = {
      ...doc,
      groups: doc.groups.map((group) => ({
        ...group,
        seats: group.seats.map((seat) => (byRole.has(seat.id) ? withoutLabel(seat) : seat)),
      })),
    };
    const names = namesIn(unlabelled, cy);
    expect(names.seat('elg-chair', 'elg')).to.equal('Cadeirydd');
    expect(cy.warnings['no-proxy']({ seat: 'elg-chair', holder: 'p-elg-chair' }, names)).to.match(
      /^Nid oes gan sedd y cadeirydd ddirprwy: /,
    );
    expect(cy.warnings['no-proxy']({ seat: 'elg-pru', holder: 'p-limes-head' }, namesIn(doc, cy))).to.match(
      new RegExp(`^Nid oes gan sedd ${namesIn(doc, cy).seat('elg-pru')} ddirprwy: `),
    );
    expect(cy.warnings['chair-cannot-cast']({ seat: 'elg-consultant-head' }, names)).to.contain(
      ' Rhowch bleidlais i sedd yr ymgynghorydd, neu newidiwch',
    );
    // As a sentence's subject, "sedd" before the name: "Mae Cadeirydd yn wag" would read as a person.
    expect(cy.warnings['vacant']({ seat: 'elg-chair' }, names)).to.match(/^Mae sedd y cadeirydd yn wag: /);
    expect(cy.warnings['vacant']({ seat: 'elg-pru' }, namesIn(doc, cy))).to.match(
      new RegExp(`^Mae sedd ${namesIn(doc, cy).seat('elg-pru')} yn wag: `),
    );
    expect(cy.reasons['vacant-seat']({ seat: 'elg-chair', date: '2019-10-15' }, names)).to.equal(
      'Roedd sedd y cadeirydd yn wag ar 15 Hydref 2019, felly ni allai neb bleidleisio ar ei rhan.',
    );
    expect(cy.reasons['non-voting-seat']({ seat: 'elg-consultant-head', proposal: 'hnb-plan' }, names)).to.equal(
      "Nid oes gan sedd yr ymgynghorydd bleidlais ar 'Adopt the High Needs Block implementation plan': mae’n sedd heb bleidlais.",
    );
    expect(cy.checkIn.checkingOut('Cadeirydd')).to.equal('Wrthi’n cofnodi ymadawiad ar gyfer Cadeirydd…');
    // A person's name after "a fwriwyd gan" would need a mutation: "pleidlais Ann" (Ann's vote) needs none.
    expect(cy.votePanel.invalidVote('Ysgolion Cynradd', 'Gwen Davies', 'Rheswm.')).to.equal(
      'Ysgolion Cynradd, pleidlais Gwen Davies: Rheswm.',
    );
    // The check-in's words after "i" are quoted, as the outbox's lines quote them, not "i Dirprwy yn bresennol".
    const values = { seat: 'elg-pru', meeting: 'm1', attendance: 'proxy', was: 'holder' } as const;
    expect(cy.refusals['changed-since'](values, namesIn(doc, cy))).to.contain(
      ' i “Dirprwy yn bresennol”. “Cynrychiolydd yn bresennol” oedd y presenoldeb pan wnaethoch eich newid',
    );
  });

  it('soft-mutates "cywirwch" after "neu", keeps the module’s apostrophe, and gives a record no gender', async () => {
    const tie = { proposal: 'p1', rule: 'two-thirds', for: 2, against: 2 };
    expect(cy.problems['casting-without-tie'](tie, cy.format)).to.match(/\. Tynnwch "casting"\.$/);
    expect(cy.problems['casting-without-tie']({ ...tie, for: 3 }, cy.format)).to.match(/, neu gywirwch y cyfrif\.$/);
    expect(cy.problems['casting-without-chair']({ proposal: 'p1', group: 'g1' }, cy.format)).to.match(
      /, neu gywirwch tieBreak y grŵp\.$/,
    );
    const dated = { proposal: 'p1', group: 'g1', date: '2019-10-15' };
    expect(cy.problems['casting-without-chair'](dated, cy.format)).to.match(/, neu gywirwch tieBreak y grŵp\.$/);
    const overCount = { proposal: 'p1', group: 'g1', votes: 2, seats: 1 };
    expect(cy.problems['count-more-than-seats'](overCount, cy.format)).to.equal(
      "– mae’n dod i 2 bleidlais (o blaid, yn erbyn ac yn ymatal), ond dim ond 1 sedd sydd gan y grŵp 'g1' a fu erioed â phleidlais, a dim ond unwaith y cyfrifir pleidlais pob sedd. Cywirwch y cyfrif ar gynnig 'p1', neu ychwanegwch y seddi sydd ar goll at y grŵp.",
    );
    const names = namesIn(await parsedSeed('sutton'), cy);
    expect(cy.reasons['proposal-not-open']({ proposal: 'hnb-plan', status: 'withdrawn' }, names)).to.equal(
      "Mae 'Adopt the High Needs Block implementation plan' wedi’i dynnu’n ôl, felly nid yw’n derbyn pleidleisiau.",
    );
    expect(cy.problems['seat-vacant']({ seat: 's1', earlier: false }, cy.format)).to.contain(
      ', os yw wedi’i gadael ers hynny,',
    );
    // After "Ni chafodd ei derbyn: " of a vote (f.) as after a check-in's: "y cofnod" (m.), not "ei gadw".
    expect(cy.shared.notStored('QuotaExceededError')).to.match(
      /^nid oedd modd i’r ddyfais hon gadw’r cofnod, felly ni chafodd ei anfon \(/,
    );
  });

  it('says "ar y gweill" for every "in progress", the overdue action’s note too', () => {
    expect(cy.actions.status('in-progress')).to.equal('Ar y gweill');
    expect(cy.actions.startedToo).to.equal(`(${cy.actions.status('in-progress').toLowerCase()})`);
  });

  it('tells a member whose page lacks the system’s ids to reload it, as the English does, for every unknown id', () => {
    const names = { group: (id: string) => (id === 'g' ? 'Bwrdd' : id) } as never;
    const reload =
      'Efallai fod gan y dudalen hon wybodaeth hŷn na’r gweinydd: ail-lwythwch y dudalen i gael yr wybodaeth ddiweddaraf. Os bydd hyn yn parhau, rhowch wybod i bwy bynnag sy’n rhedeg y wefan hon.';
    expect(cy.reasons['unknown-proposal']({ proposal: 'x' })).to.equal(`Nid oes cynnig â’r dynodydd 'x'. ${reload}`);
    expect(cy.reasons['unknown-seat']({ seat: 'x' })).to.equal(`Nid oes sedd â’r dynodydd 'x'. ${reload}`);
    expect(cy.refusals['unknown-meeting']({ meeting: 'x' })).to.equal(`Nid oes cyfarfod â’r dynodydd 'x'. ${reload}`);
    expect(cy.refusals['unknown-seat']({ seat: 'x', group: 'g' }, names)).to.equal(
      `Nid oes gan y grŵp Bwrdd sedd â’r dynodydd 'x'. ${reload}`,
    );
    expect(cy.refusals['unknown-action']({ action: 'x' })).to.equal(
      `Nid oes cam gweithredu â’r dynodydd 'x'. ${reload}`,
    );
  });

  it('says a record waiting for its owner’s sign-in is "y cofnod hwn", a vote (f.) or a change (m.) alike', () => {
    expect(cy.shared.waitingForOwner('Gwen Davies')).to.equal(
      'Mae’r cofnod hwn wedi’i gadw ar y ddyfais hon. Mewngofnodwch fel Gwen Davies er mwyn ei anfon.',
    );
  });

  it('says a seat’s proxy "Ann (dirprwy)" in the roster’s compact line, not "dirprwy Ann" (Ann’s proxy)', () => {
    expect(cy.roster.compactLine('Ann Jones', ['Cadeirydd'], 'Bo Evans', 'Yn bresennol')).to.equal(
      'Ann Jones (Cadeirydd); Bo Evans (dirprwy): Yn bresennol',
    );
  });

  it('says in the tally why a chair with no vote broke no tie', () => {
    expect(cy.votePanel.tiedChairDidNotCast(2, 'Cadeirydd')).to.equal(
      'Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, 2 yr un: gwrthodwyd, oherwydd na phleidleisiodd sedd y cadeirydd, Cadeirydd, o blaid nac yn erbyn, felly nid oedd pleidlais fwrw.',
    );
    expect(cy.votePanel.tiedChairNoVote(2, 'Cadeirydd Annibynnol')).to.equal(
      'Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, 2 yr un: gwrthodwyd, oherwydd nad oedd gan sedd y cadeirydd, Cadeirydd Annibynnol, bleidlais, felly nid oedd pleidlais fwrw.',
    );
    expect(cy.votePanel.tieChairNoVote('Cadeirydd Annibynnol')).to.equal(
      'Byddai pleidlais fwrw’r cadeirydd yn penderfynu os yw’r pleidleisiau’n gyfartal, ond nid oes gan sedd y cadeirydd, Cadeirydd Annibynnol, bleidlais: os yw’r pleidleisiau’n gyfartal, gwrthodir y cynnig.',
    );
  });

  it('words a contract problem after its path', async () => {
    const raw = await seedDocument('sutton');
    delete raw.groups[0]?.name;
    const parsed = parseDocument(raw);
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    const problem = parsed.problems.find((p) => p.path === 'groups[0].name');
    expect(problem && explainProblem(cy, problem)).to.equal('– mae ar goll: ychwanegwch destun mewn dyfynodau dwbl.');
  });

  it('names a JSON mistake and its place in Welsh, never in the browser’s English', () => {
    const problem = (syntax: NonNullable<ProblemValues['not-json']['syntax']>) =>
      cy.problems['not-json']({ reason: 'Unexpected token', syntax });
    expect(problem({ line: 4, column: 1, code: 'comma-after-last' })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 4 colofn 1. Dilëwch y coma ar ôl yr eitem olaf.',
    );
    expect(problem({ line: 3, column: 3, code: 'missing-comma' })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 3 colofn 3. Ychwanegwch goma rhwng yr eitem hon a’r un o’i blaen.',
    );
    expect(problem({ line: 1, column: 7, code: 'not-json-word', word: 'True', use: 'true' })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 1 colofn 7. Ysgrifennwch true, nid True.',
    );
    expect(problem({ line: 9, column: 1, code: 'not-closed', bracket: '{', opened: { line: 1, column: 1 } })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 9 colofn 1. Nid yw’r { a agorwyd ar linell 1 colofn 1 wedi’i gau: ychwanegwch }.',
    );
    expect(problem({ line: 1, column: 1, code: 'empty' })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 1 colofn 1. Nid oes JSON yma: mae’r testun yn wag.',
    );
    expect(problem({ line: 1, column: 16, code: 'after-end', bracket: '}' })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 1 colofn 16. Dilëwch y } hwn: mae pob cromfach o’i flaen wedi’i chau eisoes.',
    );
    expect(problem({ line: 1, column: 10, code: 'after-end' })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 1 colofn 10. Mae’r JSON eisoes wedi dod i ben yma: dilëwch yr hyn sy’n dod ar ôl ei gromfach gau olaf.',
    );
    expect(problem({ line: 1, column: 6, code: 'other' })).to.equal(
      '– mae camgymeriad yn ei JSON ar linell 1 colofn 6. Gwiriwch y testun yn y fan honno.',
    );
    const syntax = { line: 2, column: 3, code: 'curly-quote', quote: '“' } as const;
    expect(cy.shared.failure({ kind: 'not-json', url: '/d.json', message: 'Unexpected token', syntax })).to.equal(
      'Mae camgymeriad yn JSON gwybodaeth y bartneriaeth. Gwiriwch y ffeil yn /d.json, llinell 2 colofn 3. Defnyddiwch ddyfynodau dwbl syth ("), nid dyfynodau crwm (“) o brosesydd geiriau.',
    );
  });
  it('keeps one register and no gender after a seat’s holder in the vote panel’s lines', () => {
    // "eisoes" (already), as every other line, not "yn barod".
    expect(cy.votePanel.unchanged('O blaid')).to.equal(
      '“O blaid” yw eich pleidlais eisoes. Dewiswch un arall i’w newid.',
    );
    // "y dirprwy", not "ei ddirprwy", which gave the representative a gender.
    expect(cy.votePanel.holderCounts('Gwen Davies')).to.contain(
      ' Mae pleidlais cynrychiolydd yn cyfrif cyn pleidlais y dirprwy, felly ',
    );
    // A GOV.UK error message says what to do, as the English "Select how you want to vote", with no full stop.
    expect(cy.votePanel.chooseFirst).to.equal('Dewiswch sut rydych am bleidleisio');
  });

  it('names the site’s web team, the host and a maybe one way each (docs/welsh-glossary.md)', () => {
    const said = [...welshSaid(), ...webTeamAndHostMessages()];
    // "gwefan" for a site, as "y wefan hon" everywhere: not "tîm gwe’r safle".
    expect(said.filter((text) => text.includes('gwe’r safle'))).to.deep.equal([]);
    // The host that stores records is "y system" (reviewed); a web team, not a "gwesteiwr", sets an element's attributes.
    expect(said.filter((text) => /gwesteiwr/i.test(text))).to.deep.equal([]);
    // "efallai fod", the formal form, as the same sentence's "neu fod": never "efallai bod".
    expect(said.filter((text) => /efallai bod/i.test(text))).to.deep.equal([]);
    expect(cy.votePanel.noSender).to.equal(
      'Nid yw pleidleisio wedi’i osod ar y dudalen hon: rhaid i dîm gwe’r wefan osod priodoledd endpoint neu briodwedd submit.',
    );
    expect(cy.checkIn.noClerk).to.match(/^I gofnodi presenoldeb, rhaid i dîm gwe’r wefan osod priodoledd clerk /);
    expect(cy.actions.noEditor).to.match(/^I newid camau gweithredu, rhaid i dîm gwe’r wefan osod priodoledd editor /);
    expect(cy.problems['set-by-host']()).to.equal(
      '– y system sy’n gosod hwn pan fydd yn cadw’r cofnod: gadewch ef allan.',
    );
    expect(cy.problems['too-large']({ size: 20123, limit: 8192 }, cy.format)).to.equal(
      '– mae o leiaf 20,123 beit ynddo, mwy na’r 8,192 beit y mae’r system hon yn eu derbyn. Chwiliwch am destun hir neu "ext" mawr ynddo.',
    );
    expect(cy.shared.loadingSlow).to.contain(': efallai fod y cysylltiad yn araf.');
  });

  it('says it is too early while half the voting seats or fewer have voted, as the English does', () => {
    expect(cy.votePanel.standingTooEarly).to.equal(
      'Mae’n rhy gynnar i ddweud sut y bydd yn mynd: mae hanner y seddi pleidleisio neu lai wedi pleidleisio.',
    );
  });

  it('names the seat of a recorded vote “ar ran”, as the form does, without brackets around it', () => {
    expect(cy.votePanel.recorded('for', 'Cadeirydd (cynradd)')).to.equal(
      'Wedi’i chofnodi: eich pleidlais “O blaid” ar ran Cadeirydd (cynradd). Diolch: mae gyda’r bartneriaeth.',
    );
    expect(cy.votePanel.closedVote('Cadeirydd (cynradd)', 'for')).to.equal(
      'Eich pleidlais ar ran Cadeirydd (cynradd): “O blaid”.',
    );
  });

  it('says what the count would be if voting closed now of a meeting not quorate, in the conditional', () => {
    expect(cy.votePanel.standingInquorate).to.equal(
      'Pe bai’r pleidleisio’n cau nawr: ni fyddai’n cael ei benderfynu, gan na fyddai cworwm yn y cyfarfod.',
    );
  });
});

/** The messages that name the site's web team or the host, each in every form it takes. */
function webTeamAndHostMessages(): string[] {
  const tooLarge = { size: 20123, limit: 8192 };
  return [
    cy.shared.failure({ kind: 'network', url: '/d.json', message: 'Failed to fetch', blockedByPolicy: true }),
    cy.shared.failure({ kind: 'not-json', url: '/d.json', message: '', webPage: true }),
    cy.shared.recordTooLarge(tooLarge),
    cy.shared.recordTooLarge({ ...tooLarge, field: 'ext' }),
    cy.problems['too-large'](tooLarge, cy.format),
    cy.problems['too-large']({ ...tooLarge, field: 'ext' }, cy.format),
    cy.problems['set-by-host'](),
  ];
}

/**
 * Every text of the Welsh module, and what each of its messages says given values that read as "X" (a message
 * that cannot take such values is left out): a sweep for a word the glossary has retired, which a test of
 * single messages would miss in a message no test names.
 */
function welshSaid(): string[] {
  const anything: unknown = new Proxy(() => 'X', {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => 'X' : key === 'length' ? 1 : anything),
    apply: () => 'X',
  });
  const said: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (typeof value === 'string') said.push(value);
    else if (typeof value === 'function' && depth > 0) {
      try {
        walk(value(anything, anything, anything, anything), 0);
      } catch {
        // A message whose values must have their real shape: the tests of that message cover it.
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) walk(inner, depth);
    }
  };
  walk(cy, 1);
  return said;
}

/** A seat without its label, so that it is named by its partner or its role. */
function withoutLabel<T extends { label?: string }>(seat: T): T {
  const copy = { ...seat };
  delete copy.label;
  return copy;
}
