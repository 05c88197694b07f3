import type { ElementExamples } from '../internal/example.js';

/** `<risk-register>`'s examples: its demo page and every shared suite show each one. */
export const riskRegisterExamples: ElementExamples = [
  {
    name: 'sutton-eog',
    title: { en: 'The EOG’s risks, by score', cy: 'Risgiau’r EOG, yn ôl sgôr' },
    summary: {
      en: 'The EOG’s risks by score, with the heat map that filters them.',
      cy: 'Risgiau’r EOG yn ôl eu sgôr, gyda’r map gwres sy’n eu hidlo.',
    },
    document: 'sutton',
    attrs: { group: 'eog', today: '2019-12-10' },
    state: 'document',
    ready: '.heat-map',
    demo: { page: 'sutton', section: 'risks' },
  },
  {
    name: 'sutton-every-group',
    title: { en: 'Every group’s risks', cy: 'Risgiau pob grŵp' },
    summary: {
      en: 'Every risk of the partnership, whichever group holds it.',
      cy: 'Holl risgiau’r bartneriaeth, pa grŵp bynnag sy’n berchen arnyn nhw.',
    },
    document: 'sutton',
    attrs: { today: '2019-12-10' },
    state: 'document',
    ready: '.heat-map',
  },
  {
    name: 'wokingham-wep',
    title: { en: 'Wokingham board', cy: 'Bwrdd Wokingham' },
    summary: {
      en: 'The Wokingham board’s risks.',
      cy: 'Risgiau bwrdd Wokingham.',
    },
    document: 'wokingham',
    attrs: { group: 'wep', today: '2022-09-22' },
    state: 'document',
    ready: '.heat-map',
    demo: { page: 'wokingham', section: 'risks' },
  },
  {
    name: 'suffolk-interim-board',
    title: { en: 'Suffolk’s interim board', cy: 'Bwrdd dros dro Suffolk' },
    summary: {
      en: 'Suffolk’s interim board’s risks.',
      cy: 'Risgiau bwrdd dros dro Suffolk.',
    },
    document: 'suffolk',
    attrs: { group: 'interim-board', today: '2015-01-22' },
    state: 'document',
    ready: '.heat-map',
    demo: { page: 'suffolk', section: 'risks' },
  },
  {
    name: 'ealing-board',
    title: { en: 'Ealing board', cy: 'Bwrdd Ealing' },
    summary: {
      en: 'The Ealing board’s risks.',
      cy: 'Risgiau bwrdd Ealing.',
    },
    document: 'ealing',
    attrs: { group: 'elp-board', today: '2018-10-11' },
    state: 'document',
    ready: '.heat-map',
    demo: { page: 'ealing', section: 'risks' },
  },
];
