import type { ElementExamples } from '../internal/example.js';

/**
 * `<action-tracker>`'s examples: its demo page and every shared suite show each one. None has an
 * `href-template`: most of the meetings and proposals an action names have no page or panel on the demo
 * pages to link to, and a link that goes nowhere is worse than a title (a host's template names its own pages).
 */
export const actionTrackerExamples: ElementExamples = [
  {
    name: 'sutton-eog-editable',
    title: { en: 'Updating the EOG’s actions', cy: 'Diweddaru camau gweithredu’r EOG' },
    summary: {
      en: 'The EOG’s actions, where the project manager updates each one’s status.',
      cy: 'Camau gweithredu’r EOG, lle mae’r Project Manager yn diweddaru statws pob un.',
    },
    document: 'sutton',
    attrs: {
      group: 'eog',
      editable: '',
      editor: 'p-project-manager',
      endpoint: '/api/actions',
      today: '2019-12-10',
    },
    state: 'document',
    ready: 'table',
  },
  {
    name: 'sutton-every-group',
    title: { en: 'Every group’s actions', cy: 'Camau gweithredu pob grŵp' },
    summary: {
      en: 'Every action of the partnership, whichever group set it.',
      cy: 'Holl gamau gweithredu’r bartneriaeth, pa grŵp bynnag a’u gosododd.',
    },
    document: 'sutton',
    attrs: { today: '2019-12-10' },
    state: 'document',
    ready: 'table',
  },
  {
    name: 'sutton-eog',
    title: { en: 'The EOG’s actions and deadlines', cy: 'Camau gweithredu a therfynau amser yr EOG' },
    summary: {
      en: 'The EOG’s actions by whom and by when, and the meeting deadlines.',
      cy: 'Camau gweithredu’r EOG gan bwy ac erbyn pryd, a therfynau amser y cyfarfodydd.',
    },
    document: 'sutton',
    attrs: { group: 'eog', today: '2019-12-10' },
    state: 'document',
    ready: 'table',
    demo: { page: 'sutton', section: 'actions' },
  },
  {
    name: 'wokingham-wep',
    title: { en: 'Wokingham board', cy: 'Bwrdd Wokingham' },
    summary: {
      en: 'The Wokingham board’s actions.',
      cy: 'Camau gweithredu bwrdd Wokingham.',
    },
    document: 'wokingham',
    attrs: { group: 'wep', today: '2022-09-22' },
    state: 'document',
    ready: 'table',
    demo: { page: 'wokingham', section: 'actions' },
  },
  {
    name: 'suffolk-interim-board',
    title: { en: 'Suffolk’s interim board', cy: 'Bwrdd dros dro Suffolk' },
    summary: {
      en: 'Suffolk’s interim board’s actions.',
      cy: 'Camau gweithredu bwrdd dros dro Suffolk.',
    },
    document: 'suffolk',
    attrs: { group: 'interim-board', today: '2015-01-22' },
    state: 'document',
    ready: 'table',
    demo: { page: 'suffolk', section: 'actions' },
  },
  {
    name: 'ealing-board',
    title: { en: 'Ealing board', cy: 'Bwrdd Ealing' },
    summary: {
      en: 'The Ealing board’s actions.',
      cy: 'Camau gweithredu bwrdd Ealing.',
    },
    document: 'ealing',
    attrs: { group: 'elp-board', today: '2018-10-11' },
    state: 'document',
    ready: 'table',
    demo: { page: 'ealing', section: 'actions' },
  },
];
