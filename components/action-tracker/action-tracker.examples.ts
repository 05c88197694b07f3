import type { ElementExamples } from '../internal/example.js';

/**
 * `<action-tracker>`'s examples: its demo page and every shared suite show each one. None has an
 * `href-template`: most of the meetings and proposals an action names have no page or panel on the demo
 * pages to link to, and a link that goes nowhere is worse than a title (a host's template names its own pages).
 */
export const actionTrackerExamples: ElementExamples = [
  {
    name: 'sutton-eog-editable',
    summary: 'The EOG’s actions, where the project manager updates each one’s status.',
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
    summary: 'Every action of the partnership, whichever group set it.',
    document: 'sutton',
    attrs: { today: '2019-12-10' },
    state: 'document',
    ready: 'table',
  },
  {
    name: 'sutton-eog',
    summary: 'The EOG’s actions by whom and by when, and the meeting deadlines.',
    document: 'sutton',
    attrs: { group: 'eog', today: '2019-12-10' },
    state: 'document',
    ready: 'table',
    demo: { page: 'sutton', section: 'actions' },
  },
  {
    name: 'wokingham-wep',
    summary: 'The Wokingham board’s actions.',
    document: 'wokingham',
    attrs: { group: 'wep', today: '2022-09-22' },
    state: 'document',
    ready: 'table',
    demo: { page: 'wokingham', section: 'actions' },
  },
  {
    name: 'suffolk-interim-board',
    summary: 'Suffolk’s interim board’s actions.',
    document: 'suffolk',
    attrs: { group: 'interim-board', today: '2015-01-22' },
    state: 'document',
    ready: 'table',
    demo: { page: 'suffolk', section: 'actions' },
  },
  {
    name: 'ealing-board',
    summary: 'The Ealing board’s actions.',
    document: 'ealing',
    attrs: { group: 'elp-board', today: '2018-10-11' },
    state: 'document',
    ready: 'table',
    demo: { page: 'ealing', section: 'actions' },
  },
];
