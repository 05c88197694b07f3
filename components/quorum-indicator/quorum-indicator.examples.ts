import type { ElementExamples } from '../internal/example.js';

/** `<quorum-indicator>`'s examples: its demo page and every shared suite show each one. */
export const quorumExamples: ElementExamples = [
  {
    name: 'sutton-eog-check-in',
    summary: {
      en: 'The clerk’s check-in: the project manager records who came to the EOG.',
      cy: 'Y clerc yn cofnodi presenoldeb: mae’r Project Manager yn cofnodi pwy ddaeth i’r EOG.',
    },
    document: 'sutton',
    attrs: {
      meeting: 'eog-2019-11-05',
      editable: '',
      clerk: 'p-project-manager',
      endpoint: '/api/attendance',
      today: '2019-12-10',
    },
    state: 'document',
    ready: '.verdict',
  },
  {
    name: 'sutton-elg-on-the-day',
    summary: {
      en: 'The ELG’s meeting of 10 December 2019, judged on the day.',
      cy: 'Cyfarfod yr ELG ar 10 Rhagfyr 2019, wedi’i farnu ar y diwrnod.',
    },
    document: 'sutton',
    attrs: { meeting: 'elg-2019-12-10', today: '2019-12-10' },
    state: 'document',
    ready: '.verdict',
  },
  {
    name: 'sutton-elg-in-meeting',
    summary: {
      en: 'The ELG half an hour into its meeting: who is in the room now.',
      cy: 'Yr ELG hanner awr i mewn i’w gyfarfod: pwy sydd yn yr ystafell nawr.',
    },
    document: 'sutton',
    attrs: { meeting: 'elg-2019-12-10', now: '2019-12-10T16:30:00+00:00' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'sutton', section: 'quorum' },
  },
  {
    name: 'sutton-elg-november',
    summary: {
      en: 'A past ELG meeting, judged on its attendance record.',
      cy: 'Cyfarfod blaenorol o’r ELG, wedi’i farnu yn ôl y presenoldeb a gofnodwyd.',
    },
    document: 'sutton',
    attrs: { meeting: 'elg-2019-11-12', today: '2019-12-10' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'sutton', section: 'quorum' },
  },
  {
    name: 'sutton-eog-november',
    summary: {
      en: 'A past EOG meeting.',
      cy: 'Cyfarfod blaenorol o’r EOG.',
    },
    document: 'sutton',
    attrs: { meeting: 'eog-2019-11-05', today: '2019-12-10' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'sutton', section: 'quorum' },
  },
  {
    name: 'wokingham-september',
    summary: {
      en: 'Two from each of three groups: the Wokingham board’s own quorum.',
      cy: 'Dau o bob un o dri grŵp: cworwm bwrdd Wokingham ei hun.',
    },
    document: 'wokingham',
    attrs: { meeting: 'wep-2022-09-22' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'wokingham', section: 'quorum' },
  },
  {
    name: 'wokingham-february',
    summary: {
      en: 'An earlier Wokingham meeting.',
      cy: 'Cyfarfod cynharach o fwrdd Wokingham.',
    },
    document: 'wokingham',
    attrs: { meeting: 'wep-2022-02-24' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'wokingham', section: 'quorum' },
  },
  {
    name: 'suffolk-january',
    summary: {
      en: 'Suffolk’s interim board in January 2015.',
      cy: 'Bwrdd dros dro Suffolk ym mis Ionawr 2015.',
    },
    document: 'suffolk',
    attrs: { meeting: 'ib-2015-01-22' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'suffolk', section: 'quorum' },
  },
  {
    name: 'suffolk-november',
    summary: {
      en: 'Suffolk’s interim board in November 2014.',
      cy: 'Bwrdd dros dro Suffolk ym mis Tachwedd 2014.',
    },
    document: 'suffolk',
    attrs: { meeting: 'ib-2014-11-13' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'suffolk', section: 'quorum' },
  },
  {
    name: 'ealing-october',
    summary: {
      en: 'The Ealing board in October 2018.',
      cy: 'Bwrdd Ealing ym mis Hydref 2018.',
    },
    document: 'ealing',
    attrs: { meeting: 'elp-2018-10-11' },
    state: 'document',
    ready: '.verdict',
    demo: { page: 'ealing', section: 'quorum' },
  },
  {
    name: 'missing-file',
    summary: {
      en: 'A document file that is not there.',
      cy: 'Dogfen mewn ffeil nad yw yno.',
    },
    attrs: { src: '/demo/errors/no-such-file.json', meeting: 'elg-2019-10-15' },
    state: 'error',
    ready: '.error-summary',
    demo: { page: 'errors', section: 'missing' },
  },
  {
    name: 'unknown-meeting',
    summary: {
      en: 'A meeting id the document does not have.',
      cy: 'Dynodydd cyfarfod nad yw yn y ddogfen.',
    },
    document: 'sutton',
    attrs: { meeting: 'elg-2030-01-01' },
    state: 'not-found',
    ready: 'p:not(.loading)',
    demo: { page: 'errors', section: 'ids' },
  },
];
