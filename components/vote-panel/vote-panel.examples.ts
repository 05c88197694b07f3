import type { ElementExamples } from '../internal/example.js';

/** `<vote-panel>`'s examples: its demo page and every shared suite show each one. */
export const votePanelExamples: ElementExamples = [
  {
    name: 'sutton-proxy-votes',
    summary: {
      en: 'The primary schools’ proxy, voting for the seat on the WSOA reports: the choice, the vote and the tally.',
      cy: 'Dirprwy sedd Primary Schools, yn pleidleisio ar ran y sedd ar adroddiadau’r WSOA: y dewis, y bleidlais a’r cyfrif.',
    },
    document: 'sutton',
    attrs: { proposal: 'wsoa-reporting', voter: 'p-cirrus-head', endpoint: '/api/votes', today: '2019-12-10' },
    state: 'document',
    ready: '.tally',
  },
  {
    name: 'sutton-special-seat-holder',
    summary: {
      en: 'The special schools’ representative, half an hour into the meeting that decides the WSOA reports.',
      cy: 'Cynrychiolydd sedd Special Schools, hanner awr i mewn i’r cyfarfod sy’n penderfynu ar adroddiadau’r WSOA.',
    },
    document: 'sutton',
    attrs: { proposal: 'wsoa-reporting', voter: 'p-carew-head', now: '2019-12-10T16:30:00+00:00', today: '2019-12-10' },
    state: 'document',
    ready: '.tally',
  },
  {
    name: 'sutton-special-seat-proxy',
    summary: {
      en: 'The same seat’s proxy at the same moment: what the representative does shows here too.',
      cy: 'Dirprwy’r un sedd ar yr un pryd: mae’r hyn y mae’r cynrychiolydd yn ei wneud i’w weld yma hefyd.',
    },
    document: 'sutton',
    attrs: {
      proposal: 'wsoa-reporting',
      voter: 'p-carew-deputy',
      now: '2019-12-10T16:30:00+00:00',
      today: '2019-12-10',
    },
    state: 'document',
    ready: '.tally',
  },
  {
    name: 'sutton-hnb-plan',
    summary: {
      en: 'A decided proposal: the tally explained, and the rule it was decided by.',
      cy: 'Cynnig y penderfynwyd arno: y cyfrif wedi’i egluro, a’r rheol benderfynu a ddefnyddiwyd.',
    },
    document: 'sutton',
    attrs: { id: 'proposal-hnb-plan', proposal: 'hnb-plan', today: '2019-12-10' },
    state: 'document',
    ready: '.tally',
    demo: { page: 'sutton', section: 'decisions' },
  },
  {
    name: 'sutton-send-banding',
    summary: {
      en: 'The SEND banding proposal.',
      cy: 'Y cynnig ar fandio SEND.',
    },
    document: 'sutton',
    attrs: { id: 'proposal-send-banding', proposal: 'send-banding', today: '2019-12-10' },
    state: 'document',
    ready: '.tally',
    demo: { page: 'sutton', section: 'decisions' },
  },
  {
    name: 'sutton-ap-commissioning',
    summary: {
      en: 'The alternative provision commissioning proposal.',
      cy: 'Y cynnig i gomisiynu darpariaeth amgen.',
    },
    document: 'sutton',
    attrs: { id: 'proposal-ap-commissioning', proposal: 'ap-commissioning', today: '2019-12-10' },
    state: 'document',
    ready: '.tally',
    demo: { page: 'sutton', section: 'decisions' },
  },
  {
    name: 'wokingham-secondary-places',
    summary: {
      en: 'Wokingham’s secondary places proposal.',
      cy: 'Cynnig Wokingham ar leoedd mewn ysgolion uwchradd.',
    },
    document: 'wokingham',
    attrs: { proposal: 'secondary-places', today: '2022-09-22' },
    state: 'document',
    ready: '.tally',
    demo: { page: 'wokingham', section: 'decisions' },
  },
  {
    name: 'wokingham-semh-hub',
    summary: {
      en: 'The SEMH hub, decided at the meeting of 22 September 2022.',
      cy: 'Yr hyb SEMH, y penderfynwyd arno yn y cyfarfod ar 22 Medi 2022.',
    },
    document: 'wokingham',
    attrs: { proposal: 'semh-hub', today: '2022-09-22' },
    state: 'document',
    ready: '.tally',
    demo: { page: 'wokingham', section: 'decisions' },
  },
  {
    name: 'suffolk-the-bridge',
    summary: {
      en: 'Suffolk’s Challenge Fund bid for The Bridge.',
      cy: 'Cais Suffolk i’r Challenge Fund ar gyfer The Bridge.',
    },
    document: 'suffolk',
    attrs: { proposal: 'the-bridge', today: '2015-01-22' },
    state: 'document',
    ready: '.tally',
    demo: { page: 'suffolk', section: 'decisions' },
  },
  {
    name: 'ealing-core-subscription',
    summary: {
      en: 'Ealing’s core subscription.',
      cy: 'Tanysgrifiad craidd Ealing.',
    },
    document: 'ealing',
    attrs: { proposal: 'core-subscription', today: '2018-10-11' },
    state: 'document',
    ready: '.tally',
    demo: { page: 'ealing', section: 'decisions' },
  },
];
