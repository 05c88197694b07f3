import type { ElementExamples } from '../internal/example.js';

/** `<partnership-roster>`'s examples: its demo page and every shared suite show each one. */
export const rosterExamples: ElementExamples = [
  {
    name: 'sutton-elg-meeting',
    title: { en: 'The ELG on a meeting day', cy: 'Yr ELG ar ddiwrnod cyfarfod' },
    summary: {
      en: 'The ELG on the day of its meeting: who holds each seat, and who attended.',
      cy: 'Yr ELG ar ddiwrnod ei gyfarfod: pwy yw cynrychiolydd pob sedd, a phwy oedd yn bresennol.',
    },
    document: 'sutton',
    attrs: { group: 'elg', meeting: 'elg-2019-12-10', today: '2019-12-10' },
    state: 'document',
    ready: 'table',
    demo: { page: 'sutton', section: 'roster' },
  },
  {
    name: 'sutton-every-group',
    title: { en: 'Every group', cy: 'Pob grŵp' },
    summary: {
      en: 'Every group of the partnership, one after another.',
      cy: 'Pob grŵp yn y bartneriaeth, y naill ar ôl y llall.',
    },
    document: 'sutton',
    attrs: { today: '2019-12-10' },
    state: 'document',
    ready: 'table',
  },
  {
    name: 'sutton-eog',
    title: { en: 'The EOG, with warnings', cy: 'Yr EOG, gyda rhybuddion' },
    summary: {
      en: 'The EOG as it stands, with the warnings a clerk should act on.',
      cy: 'Yr EOG fel y mae, gyda’r rhybuddion y dylai clerc weithredu arnyn nhw.',
    },
    document: 'sutton',
    attrs: { group: 'eog', today: '2019-12-10' },
    state: 'document',
    ready: 'table',
    demo: { page: 'sutton', section: 'roster' },
  },
  {
    name: 'wokingham-wep-meeting',
    title: { en: 'Wokingham board on a meeting day', cy: 'Bwrdd Wokingham ar ddiwrnod cyfarfod' },
    summary: {
      en: 'The Wokingham board on the day of its meeting, with its independent chair.',
      cy: 'Bwrdd Wokingham ar ddiwrnod ei gyfarfod, gyda’i gadeirydd annibynnol.',
    },
    document: 'wokingham',
    attrs: { group: 'wep', meeting: 'wep-2022-09-22', today: '2022-09-22' },
    state: 'document',
    ready: 'table',
    demo: { page: 'wokingham', section: 'roster' },
  },
  {
    name: 'suffolk-interim-board-meeting',
    title: { en: 'Suffolk’s interim board', cy: 'Bwrdd dros dro Suffolk' },
    summary: {
      en: 'Suffolk’s interim board on the day of its meeting.',
      cy: 'Bwrdd dros dro Suffolk ar ddiwrnod ei gyfarfod.',
    },
    document: 'suffolk',
    attrs: { group: 'interim-board', meeting: 'ib-2015-01-22', today: '2015-01-22' },
    state: 'document',
    ready: 'table',
    demo: { page: 'suffolk', section: 'roster' },
  },
  {
    name: 'ealing-compact',
    title: { en: 'Ealing’s compact roster', cy: 'Rhestr gryno Ealing' },
    summary: {
      en: 'The Ealing board in the compact roster a trust’s public page shows.',
      cy: 'Bwrdd Ealing yn y rhestr gryno a ddangosir ar dudalen gyhoeddus.',
    },
    document: 'ealing',
    attrs: { group: 'elp-board', compact: '', today: '2018-10-11' },
    state: 'document',
    ready: 'ul.compact',
    demo: { page: 'ealing', section: 'roster' },
  },
  {
    name: 'broken-document',
    title: { en: 'Document breaks the contract', cy: 'Dogfen sy’n torri’r contract' },
    summary: {
      en: 'A document that breaks the contract: each problem with its place in the file.',
      cy: 'Dogfen sy’n torri’r contract: pob problem gyda’i lle yn y ffeil.',
    },
    attrs: { src: '/demo/errors/broken-document.json' },
    state: 'error',
    ready: '.error-summary__list',
    demo: { page: 'errors', section: 'contract' },
  },
  {
    name: 'not-json',
    title: { en: 'Not JSON', cy: 'Nid yw’n JSON' },
    summary: {
      en: 'A file that is not JSON.',
      cy: 'Ffeil nad yw’n JSON.',
    },
    attrs: { src: '/demo/errors/not-json.json' },
    state: 'error',
    ready: '.error-summary',
    demo: { page: 'errors', section: 'not-json' },
  },
];
