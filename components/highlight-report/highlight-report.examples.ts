import type { ElementExamples } from '../internal/example.js';

/** `<highlight-report>`'s examples: its demo page and every shared suite show each one. */
export const highlightReportExamples: ElementExamples = [
  {
    name: 'sutton-wp1',
    summary: 'Work Project 1’s monthly report to the ELG, built from the records.',
    document: 'sutton',
    attrs: { project: 'wp1-hnb', today: '2019-12-10', 'href-template': '#proposal-{proposal}' },
    state: 'document',
    ready: '.months',
    demo: { page: 'sutton', section: 'report' },
  },
];
