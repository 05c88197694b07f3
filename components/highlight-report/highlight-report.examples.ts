import type { ElementExamples } from '../internal/example.js';

/** `<highlight-report>`'s examples: its demo page and every shared suite show each one. */
export const highlightReportExamples: ElementExamples = [
  {
    name: 'sutton-wp1',
    title: { en: 'Work Project 1’s report', cy: 'Adroddiad Work Project 1' },
    summary: {
      en: 'Work Project 1’s monthly report to the ELG, built from the records.',
      cy: 'Adroddiad misol Work Project 1 i’r ELG, wedi’i lunio o ddata’r bartneriaeth.',
    },
    document: 'sutton',
    attrs: { project: 'wp1-hnb', today: '2019-12-10', 'href-template': '#proposal-{proposal}' },
    state: 'document',
    ready: '.months',
    demo: { page: 'sutton', section: 'report' },
  },
];
