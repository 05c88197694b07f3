/**
 * Contract fuzzing: generated documents through every element. A valid
 * document always renders; one with a rule broken always shows the error
 * summary; nothing throws or logs an error. At least 1,000 documents per element,
 * and the quorum indicator once more as the clerk's check-in during a meeting.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/messages/index.js';
import fc from 'fast-check';
import '../../components/index.js';
import { invalidDocument, validDocument } from '../fixtures/document-arbitrary.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** Half an hour into the first meeting, when there is one: the clerk's check-in and "in the room now". */
const duringFirstMeeting = (doc: Json): Record<string, string> => {
  const start = doc.meetings?.[0]?.start;
  return typeof start === 'string' ? { now: new Date(Date.parse(start) + 30 * 60_000).toISOString() } : {};
};

const ELEMENTS: [string, Record<string, string>, ((doc: Json) => Record<string, string>)?][] = [
  ['partnership-roster', { meeting: 'm-0' }],
  ['quorum-indicator', { meeting: 'm-0' }],
  [
    'quorum-indicator',
    { meeting: 'm-0', editable: '', clerk: 'p-0', endpoint: '/__respond?status=201' },
    duringFirstMeeting,
  ],
  ['vote-panel', { proposal: 'prop-0', voter: 'p-0', endpoint: '/__respond?status=201' }],
  ['risk-register', {}],
  ['action-tracker', { group: 'g' }],
  // Generated documents have no projects: the report says so, and must not break.
  ['highlight-report', { project: 'wp-0' }],
];

describe('generated documents through every element', function () {
  this.timeout(120_000);
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  const consoleError = console.error;

  beforeEach(() => {
    problems.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
  });

  for (const [tag, attrs, perDocument] of ELEMENTS) {
    const shown = Object.keys(attrs).length ? ` (${Object.keys(attrs).join(', ')}${perDocument ? ', now' : ''})` : '';
    it(`<${tag}>${shown} renders 600 valid documents and refuses 400 broken ones`, async () => {
      const element = document.createElement(tag) as Rendered;
      element.setAttribute('today', '2020-01-15');
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      element.addEventListener('partnership-error', (event) => event.stopPropagation());
      document.body.append(element);
      const show = async (doc: Json) => {
        for (const [name, value] of Object.entries(perDocument?.(doc) ?? {})) element.setAttribute(name, value);
        element.data = doc;
        await element.updateComplete;
        return element.shadowRoot!.querySelector('.error-summary');
      };
      await fc.assert(
        fc.asyncProperty(validDocument, async (doc) => {
          const summary = await show(doc);
          expect(summary?.textContent ?? '', 'a valid document shows no error summary').to.equal('');
        }),
        { numRuns: 600 },
      );
      await fc.assert(
        fc.asyncProperty(invalidDocument, async (doc) => {
          const summary = await show(doc);
          expect(summary, 'a broken document shows the error summary').to.not.equal(null);
          expect(summary!.textContent).to.contain(en.shared.problemTitle);
        }),
        { numRuns: 400 },
      );
      element.remove();
      expect(problems).to.deep.equal([]);
    });
  }
});
