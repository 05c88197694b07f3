// The demo portal's own words, in English and Welsh: its header, index, sign-in and vote pages and the React
// page. The kit's words are the kit's (src/messages); these are the portal's, as a council's site has its own.
// The host and the page generator write the English; the host says each marked element's words in the reader's
// language before sending a page (host/page-language.js), and demo/language-switch.js when the reader chooses. Names and titles from a partnership's document are written as they are.
// The Welsh follows docs/welsh-glossary.md ("The demo portal's words"): unreviewed, model-written.

export const DEMO_WORDS = {
  en: {
    portal: 'partnership-kit demo portal',
    skipLink: 'Skip to main content',
    'index.title': 'partnership-kit demo',
    'index.lede':
      'Embeddable web components for education partnerships, shown on pages like the ones a council already has. Every page is served with a strict Content-Security-Policy and Trusted Types.',
    'index.partnerships': 'The partnerships',
    'index.demoPages': 'Demo pages',
    'index.voting': 'Voting',
    'index.signInToVote': 'Sign in to the {partnership} portal and vote',
    'index.votingRest': 'on the open proposal. Open the vote page in two tabs to see the count move in both.',
    'index.errorStates': 'The error states',
    'index.examples': 'Every element’s examples',
    'index.data': 'The data',
    'index.schema': 'The JSON Schema of the contract',
    'signIn.title': 'Sign in – partnership-kit demo',
    'signIn.errorTitle': 'Error: Sign in – partnership-kit demo',
    'signIn.heading': 'Sign in to the {partnership} portal',
    'signIn.lede':
      'This demo has no passwords: choose who you are. The portal then sets a session cookie, and the kit votes as that person.',
    'signIn.who': 'Who are you?',
    'signIn.records': 'Records who is at the meeting',
    'signIn.votes': 'Votes on the open proposal',
    'signIn.button': 'Sign in',
    'signIn.waitingTitle': 'Not sent yet',
    'signIn.waitingLede':
      'This device is keeping what these people did before they signed out. It is sent when they sign in here again.',
    'signIn.waitingVotes': { one: '{name}: # vote', other: '{name}: # votes' },
    'signIn.waitingAttendance': {
      one: '{name}: # change to who is at a meeting',
      other: '{name}: # changes to who is at a meeting',
    },
    'signIn.waitingActions': { one: '{name}: # change to an action', other: '{name}: # changes to actions' },
    'signIn.problem': 'There is a problem',
    'signIn.choose': 'Select who you are',
    'signIn.error': 'Error:',
    // A sign-in or sign-out the portal never heard: the device had no connection (demo/service-worker.js).
    'signIn.notSentTitle': 'You are not signed in',
    'signIn.notSent':
      'This device has no connection, so the portal could not sign you in. Connect to the internet, then sign in again.',
    'vote.notSentTitle': 'You are not signed out yet',
    'vote.notSent': 'This device has no connection, so the portal could not sign you out: you are still signed in.',
    'vote.notSentWhat':
      'Connect to the internet, then sign out again. On a shared computer, stay until you have: the next person to use it would be signed in as you.',
    'vote.title': 'Vote – partnership-kit demo',
    'problem.title': 'Sorry, there is a problem with the service – partnership-kit demo',
    'problem.heading': 'Sorry, there is a problem with the service',
    'problem.tryAgain': 'Try again in a few minutes.',
    'problem.safe':
      'What you voted or recorded before this is safe. Anything the service had not yet stored is kept on your device, and sent when you open the page again once the service is back.',
    // GOV.UK's "Page not found" pattern, for an address the portal has no page at.
    'notFound.title': 'Page not found – partnership-kit demo',
    'notFound.heading': 'Page not found',
    'notFound.typed': 'If you typed the web address, check it is correct.',
    'notFound.pasted': 'If you pasted the web address, check you copied the entire address.',
    'notFound.startPage': 'Go to the start page',
    'vote.heading': 'Vote',
    'vote.signedInAs': 'Signed in as {name}.',
    'vote.someoneElse': 'Sign in as someone else',
    'vote.or': ', or',
    'vote.signOut': 'sign out',
    'vote.loading': 'Loading the vote…',
    'vote.decided': 'No proposal is open for votes now. This is the one decided most recently.',
    'vote.none': 'No proposal is open for votes in this document.',
    'vote.yourActions': 'Your actions',
    'vote.groupActions': 'The group’s actions',
    'decisions.signIn': 'Members vote in the portal:',
    'decisions.signInLink': 'sign in to vote',
    'decisions.onePortal':
      'The demo host keeps one partnership’s portal at a time: started with PARTNERSHIP={page}, it is this one’s.',
    'section.quorum': 'Quorum',
    'section.decisions': 'Decisions',
    'section.risks': 'Risk register',
    'section.actions': 'Actions: by whom and by when',
    // Under each partnership page's lede: whose words the names, titles and quorum requirements are, which a Welsh
    // reader otherwise took for words the kit had left in English.
    'partnership.asWritten':
      'The names, titles and quorum requirements are the partnership’s own, as its document writes them: in English here. A partnership with Welsh pages writes them in Welsh.',
    'sutton.description': 'ELG and EOG, High Needs Block Review',
    'sutton.lede':
      'The Education Leadership Group (ELG) steers; the Education Operational Group (EOG) proposes and implements. This page is set on 10 December 2019, half an hour into that day’s ELG meeting.',
    'sutton.roster': 'Who represents each partner',
    'sutton.report': 'Work Project 1: monthly highlight report to the ELG',
    'wokingham.description': 'independent chair, quorum of two from each of three groups',
    'wokingham.lede':
      'A strategic advisory board on behalf of all Wokingham school leaders, with an independent chair. This page is set on 22 September 2022.',
    'wokingham.roster': 'Membership',
    'wokingham.quorum': 'Quorum: two from each of Schools Forum, the Primary Heads and the Secondary Heads',
    'suffolk.description': 'the interim board, 2014-15',
    'suffolk.lede':
      'The interim board, from September 2014 until the partnership becomes independent. This page is set on 22 January 2015.',
    'suffolk.roster': 'The interim board',
    'ealing.description': 'the school-led board, 2018-20',
    'ealing.lede':
      'A school-led partnership with Ealing Council: the ELP board, 2018 to 2020. This page is set on 11 October 2018, for a trust’s public page: the compact roster.',
    'ealing.roster': 'The ELP board',
    // The tab's title: the partnership's name as its document writes it.
    'partnership.title': '{partnership} – partnership-kit demo',
    'errors.tabTitle': 'When things go wrong – partnership-kit demo',
    'examples.title': '<{element}>: examples – partnership-kit demo',
    'errors.title': 'When things go wrong',
    'errors.description': 'a document that breaks the contract, a missing file, a file that is not JSON',
    'errors.lede':
      'Each element says what is wrong and how to put it right, and fires a partnership-error event for the host page. Nothing breaks the page around it.',
    'errors.contract': 'A document that breaks the contract',
    'errors.missing': 'A file that is not there',
    'errors.not-json': 'A file that is not JSON',
    'errors.ids': 'An id the document does not have',
    // An examples page's heading follows the element's tag (`<vote-panel>: examples`); its lede, the file's path.
    'examples.heading': ': examples',
    'examples.ledeStart': 'Every example in',
    'examples.ledeEnd': '. The demo’s partnership pages show some of them; every shared test suite runs them all.',
    // An example's description and its title: its own words in each language, from its examples file, which the
    // page carries (scripts/demo-pages.js says why they are kept there).
    'examples.summary': '{en}',
    'examples.exampleTitle': '{en}',
    'examples.markup': 'The markup',
    'examples.noEndpoint':
      'It sets voter but no endpoint, so it shows the message the site’s web team sees until the page can send a vote.',
    'react.title': 'In a React 19 page – partnership-kit demo',
    'react.heading': 'The kit in a React 19 page',
    'react.lede': 'React renders the elements and hands each the whole document as its',
    'react.property': ' property.',
    'react.loading': 'Loading the partnership…',
    // A count's words by its plural category (Intl.PluralRules), `#` the number.
    'react.status': {
      one: 'Rendered by React; # problem reported.',
      other: 'Rendered by React; # problems reported.',
    },
  },
  cy: {
    portal: 'porth demo partnership-kit',
    skipLink: 'Neidio i’r prif gynnwys',
    'index.title': 'Demo partnership-kit',
    'index.lede':
      'Cydrannau gwe i’w mewnosod ar gyfer partneriaethau addysg, wedi’u dangos ar dudalennau fel y rhai sydd gan gyngor eisoes. Mae pob tudalen yn cael ei gweini gyda Content-Security-Policy caeth a Trusted Types.',
    'index.partnerships': 'Y partneriaethau',
    'index.demoPages': 'Tudalennau’r demo',
    'index.voting': 'Pleidleisio',
    'index.signInToVote': 'Mewngofnodwch i borth {partnership} a phleidleisiwch',
    'index.votingRest':
      'ar y cynnig agored. Agorwch y dudalen bleidleisio mewn dau dab i weld y cyfrif yn newid yn y ddau.',
    'index.errorStates': 'Y cyflyrau gwall',
    'index.examples': 'Enghreifftiau pob elfen',
    'index.data': 'Y data',
    'index.schema': 'JSON Schema y contract',
    'signIn.title': 'Mewngofnodi – demo partnership-kit',
    'signIn.errorTitle': 'Gwall: Mewngofnodi – demo partnership-kit',
    'signIn.heading': 'Mewngofnodi i borth {partnership}',
    'signIn.lede':
      'Nid oes cyfrineiriau yn y demo hwn: dewiswch pwy ydych chi. Yna mae’r porth yn gosod cwci sesiwn, ac mae’r pecyn yn pleidleisio fel yr unigolyn hwnnw.',
    'signIn.who': 'Pwy ydych chi?',
    'signIn.records': 'Yn cofnodi pwy sydd yn y cyfarfod',
    'signIn.votes': 'Yn pleidleisio ar y cynnig agored',
    'signIn.button': 'Mewngofnodi',
    'signIn.waitingTitle': 'Heb ei anfon eto',
    'signIn.waitingLede':
      'Mae’r ddyfais hon yn cadw’r hyn a wnaeth y bobl hyn cyn allgofnodi. Caiff ei anfon pan fyddant yn mewngofnodi yma eto.',
    // The singular after a numeral, mutated as the kit's counts of votes are (src/messages/cy.ts).
    'signIn.waitingVotes': {
      one: '{name}: # bleidlais',
      two: '{name}: # bleidlais',
      many: '{name}: # phleidlais',
      other: '{name}: # pleidlais',
    },
    'signIn.waitingAttendance': {
      one: '{name}: # newid i bwy sydd mewn cyfarfod',
      other: '{name}: # newid i bwy sydd mewn cyfarfod',
    },
    'signIn.waitingActions': {
      one: '{name}: # newid i gam gweithredu',
      other: '{name}: # newid i gamau gweithredu',
    },
    'signIn.problem': 'Mae problem',
    'signIn.choose': 'Dewiswch pwy ydych chi',
    'signIn.error': 'Gwall:',
    'signIn.notSentTitle': 'Nid ydych wedi mewngofnodi',
    'signIn.notSent':
      'Nid oes gan y ddyfais hon gysylltiad, felly nid oedd modd i’r porth eich mewngofnodi. Cysylltwch â’r rhyngrwyd, yna mewngofnodwch eto.',
    'vote.notSentTitle': 'Nid ydych wedi allgofnodi eto',
    'vote.notSent':
      'Nid oes gan y ddyfais hon gysylltiad, felly nid oedd modd i’r porth eich allgofnodi: rydych yn dal wedi mewngofnodi.',
    'vote.notSentWhat':
      'Cysylltwch â’r rhyngrwyd, yna allgofnodwch eto. Ar gyfrifiadur a rennir, arhoswch nes i chi wneud hynny: byddai’r person nesaf i’w ddefnyddio wedi mewngofnodi fel chi.',
    'vote.title': 'Pleidleisio – demo partnership-kit',
    'problem.title': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth – demo partnership-kit',
    'problem.heading': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
    'problem.tryAgain': 'Rhowch gynnig arall arni ymhen ychydig funudau.',
    'problem.safe':
      'Mae’r hyn y gwnaethoch ei bleidleisio neu ei gofnodi cyn hyn yn ddiogel. Mae unrhyw beth nad oedd y gwasanaeth wedi’i storio eto yn cael ei gadw ar eich dyfais, a’i anfon pan fyddwch yn agor y dudalen eto ar ôl i’r gwasanaeth ddod yn ôl.',
    'notFound.title': 'Heb ddod o hyd i’r dudalen – demo partnership-kit',
    'notFound.heading': 'Heb ddod o hyd i’r dudalen',
    'notFound.typed': 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
    'notFound.pasted': 'Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
    'notFound.startPage': 'Ewch i’r dudalen gychwyn',
    'vote.heading': 'Pleidleisio',
    'vote.signedInAs': 'Rydych wedi mewngofnodi fel {name}.',
    'vote.someoneElse': 'Mewngofnodi fel rhywun arall',
    'vote.or': ', neu',
    'vote.signOut': 'allgofnodi',
    'vote.loading': 'Wrthi’n llwytho’r bleidlais…',
    'vote.decided': 'Nid oes cynnig ar agor i bleidleisio arno nawr. Dyma’r un a benderfynwyd ddiwethaf.',
    'vote.none': 'Nid oes cynnig ar agor i bleidleisio arno yn y ddogfen hon.',
    'vote.yourActions': 'Eich camau gweithredu',
    'vote.groupActions': 'Camau gweithredu’r grŵp',
    'decisions.signIn': 'Mae aelodau’n pleidleisio yn y porth:',
    'decisions.signInLink': 'mewngofnodwch i bleidleisio',
    'decisions.onePortal':
      'Mae gweinydd y demo yn cadw porth un bartneriaeth ar y tro: wedi’i gychwyn gyda PARTNERSHIP={page}, porth y bartneriaeth hon ydyw.',
    'section.quorum': 'Cworwm',
    'section.decisions': 'Penderfyniadau',
    'section.risks': 'Cofrestr risg',
    'section.actions': 'Camau gweithredu: gan bwy ac erbyn pryd',
    'partnership.asWritten':
      'Enwau, teitlau a gofynion cworwm y bartneriaeth ei hun yw’r rhain, fel y mae ei dogfen yn eu hysgrifennu: yn Saesneg yma. Mae partneriaeth sydd â thudalennau Cymraeg yn eu hysgrifennu yn Gymraeg.',
    'sutton.description': 'ELG ac EOG, High Needs Block Review',
    'sutton.lede':
      'Mae’r Education Leadership Group (ELG) yn llywio; mae’r Education Operational Group (EOG) yn cynnig ac yn gweithredu. Mae’r dudalen hon wedi’i gosod ar 10 Rhagfyr 2019, hanner awr i mewn i gyfarfod yr ELG y diwrnod hwnnw.',
    'sutton.roster': 'Pwy sy’n cynrychioli pob partner',
    'sutton.report': 'Work Project 1: adroddiad uchafbwyntiau misol i’r ELG',
    'wokingham.description': 'cadeirydd annibynnol, cworwm o ddau o bob un o dri grŵp',
    'wokingham.lede':
      'Bwrdd cynghori strategol ar ran holl arweinwyr ysgolion Wokingham, gyda chadeirydd annibynnol. Mae’r dudalen hon wedi’i gosod ar 22 Medi 2022.',
    'wokingham.roster': 'Aelodaeth',
    'wokingham.quorum': 'Cworwm: dau o bob un o’r grwpiau Schools Forum, Primary Heads a Secondary Heads',
    'suffolk.description': 'y bwrdd dros dro, 2014-15',
    'suffolk.lede':
      'Y bwrdd dros dro, o fis Medi 2014 nes i’r bartneriaeth ddod yn annibynnol. Mae’r dudalen hon wedi’i gosod ar 22 Ionawr 2015.',
    'suffolk.roster': 'Y bwrdd dros dro',
    'ealing.description': 'y bwrdd dan arweiniad ysgolion, 2018-20',
    'ealing.lede':
      'Partneriaeth dan arweiniad ysgolion gyda Chyngor Ealing: bwrdd yr ELP, 2018 i 2020. Mae’r dudalen hon wedi’i gosod ar 11 Hydref 2018, ar gyfer tudalen gyhoeddus: y rhestr gryno.',
    'ealing.roster': 'Bwrdd yr ELP',
    'partnership.title': '{partnership} – demo partnership-kit',
    'errors.tabTitle': 'Pan fydd pethau’n mynd o chwith – demo partnership-kit',
    'examples.title': '<{element}>: enghreifftiau – demo partnership-kit',
    'errors.title': 'Pan fydd pethau’n mynd o chwith',
    'errors.description': 'dogfen sy’n torri’r contract, ffeil sydd ar goll, ffeil nad yw’n JSON',
    'errors.lede':
      'Mae pob elfen yn dweud beth sydd o’i le a sut i’w gywiro, ac yn tanio digwyddiad partnership-error ar gyfer tudalen y wefan. Nid oes dim yn torri’r dudalen o’i chwmpas.',
    'errors.contract': 'Dogfen sy’n torri’r contract',
    'errors.missing': 'Ffeil nad yw yno',
    'errors.not-json': 'Ffeil nad yw’n JSON',
    'errors.ids': 'Dynodydd nad yw yn y ddogfen',
    'examples.heading': ': enghreifftiau',
    'examples.ledeStart': 'Pob enghraifft yn',
    'examples.ledeEnd':
      '. Mae tudalennau partneriaeth y demo yn dangos rhai ohonyn nhw; mae pob cyfres brofion a rennir yn eu rhedeg i gyd.',
    'examples.summary': '{cy}',
    'examples.exampleTitle': '{cy}',
    'examples.markup': 'Y cod HTML',
    'examples.noEndpoint':
      'Mae’n gosod voter ond dim endpoint, felly mae’n dangos y neges a welir gan dîm gwe’r wefan nes y gall y dudalen anfon pleidlais.',
    'react.title': 'Mewn tudalen React 19 – demo partnership-kit',
    'react.heading': 'Y pecyn mewn tudalen React 19',
    'react.lede': 'Mae React yn llunio’r elfennau ac yn rhoi’r ddogfen gyfan i bob un fel ei phriodwedd',
    'react.property': '.',
    'react.loading': 'Wrthi’n llwytho’r bartneriaeth…',
    'react.status': {
      zero: 'Lluniwyd gan React; adroddwyd am # problem.',
      one: 'Lluniwyd gan React; adroddwyd am 1 broblem.',
      two: 'Lluniwyd gan React; adroddwyd am # broblem.',
      few: 'Lluniwyd gan React; adroddwyd am # problem.',
      many: 'Lluniwyd gan React; adroddwyd am # phroblem.',
      other: 'Lluniwyd gan React; adroddwyd am # problem.',
    },
  },
};

export const DEMO_LANGUAGES = Object.keys(DEMO_WORDS);

/**
 * The cookie the language switch keeps the reader's choice in ('en' or 'cy'): the reference host reads it, and sends
 * each page already in that language (host/page-language.js), so that a Welsh page never arrives English first.
 */
export const DEMO_LANGUAGE_COOKIE = 'pk-demo-lang';

/**
 * The demo's words for `key` in `lang`, each `{name}` filled from `values`; a counted entry takes the form
 * `values.count` asks for, as the kit's messages do.
 */
export function demoWords(lang, key, values = {}) {
  const entry = DEMO_WORDS[lang]?.[key] ?? DEMO_WORDS.en[key];
  const template =
    typeof entry === 'string'
      ? entry
      : (entry[new Intl.PluralRules(lang).select(values.count)] ?? entry.other).replace(
          '#',
          new Intl.NumberFormat(lang).format(values.count),
        );
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
