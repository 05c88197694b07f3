/**
 * What the <highlight-report> tests share: placing the element, reading its
 * parts as a person reads them, and Sutton's Work Project 1 judged on the
 * demo page's day, 10 December 2019.
 */
import '../../../components/highlight-report/highlight-report.js';
import type { HighlightReport } from '../../../components/highlight-report/highlight-report.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { seenText as textOf } from '../../fixtures/text.js';

export const TODAY = '2019-12-10';
export const PROJECT = 'wp1-hnb';

/** A <highlight-report> with `attrs`, showing `data` when given, once it shows its document or its problem. */
export const showReport = (attrs: Record<string, string>, data?: unknown) =>
  showElement<HighlightReport>('highlight-report', attrs, data);

/** Sutton's Work Project 1 on the demo page's day, with `attrs` over that. */
export async function sutton(attrs: Record<string, string> = {}): Promise<HighlightReport> {
  return showReport({ project: PROJECT, today: TODAY, ...attrs }, await seedDocument('sutton'));
}

const root = (element: HighlightReport) => shadowOf(element);

/** The report's heading, as one string. */
export const headingOf = (element: HighlightReport) => textOf(root(element).querySelector('#report-title'));

/** The summary list as [key, value] pairs. */
export function summaryOf(element: HighlightReport): [string, string][] {
  return [...root(element).querySelectorAll('[part="summary"] .summary-list__row')].map((row) => [
    textOf(row.querySelector('dt')),
    textOf(row.querySelector('dd')),
  ]);
}

/** The lead's sections, each as [heading, text]. */
export function leadSectionsOf(element: HighlightReport): [string, string][] {
  return [...root(element).querySelectorAll('[part="lead-report"] .text-section')].map((section) => [
    textOf(section.querySelector('h1, h2, h3, h4, h5, h6')),
    textOf(section.querySelector('p')),
  ]);
}

/** The items of one group of "From the records" (milestones, risks or actions), as text. */
export function recordsOf(element: HighlightReport, group: 'milestones' | 'risks' | 'actions'): string[] {
  return [...root(element).querySelectorAll(`[part="records"] [data-records="${group}"] li`)].map((li) => textOf(li));
}

/** Each month button as [period, text, aria-current]. */
export function monthsOf(element: HighlightReport): [string, string, string | null][] {
  return [...root(element).querySelectorAll<HTMLButtonElement>('[part="months"] button.month')].map((button) => [
    button.dataset.period ?? '',
    textOf(button),
    button.getAttribute('aria-current'),
  ]);
}

export function monthButton(element: HighlightReport, period: string): HTMLButtonElement {
  const button = root(element).querySelector<HTMLButtonElement>(`button.month[data-period="${period}"]`);
  if (!button) throw new Error(`no month button ${period}`);
  return button;
}

export function downloadButton(element: HighlightReport): HTMLButtonElement {
  const button = root(element).querySelector<HTMLButtonElement>('[part="download-button"]');
  if (!button) throw new Error('no download button');
  return button;
}
