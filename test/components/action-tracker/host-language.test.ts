/**
 * The host's own words in a Welsh tracker are marked as English, on the action's row and in the status region: a
 * screen reader read "Changes are closed." in a Welsh voice inside "Yn ôl y gweinydd, “…”" (WCAG 3.1.2, language
 * of parts), as the vote panel's status region no longer does. An English tracker marks nothing.
 */
import { expect } from '@open-wc/testing';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { respondUrl } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { actionRow, editableTracker, saveStatus } from './editable-tracker.js';

const HOST_WORDS = 'Changes are closed.';

const noteOf = (tracker: ActionTracker) => actionRow(tracker, 'Due yesterday').querySelector('.change-note');
const statusOf = (tracker: ActionTracker) => shadowOf(tracker).querySelector('[role="status"]:not(.shown-count)');

/** The parts of `element` marked with a language, each as [lang, text]. */
const marked = (element: Element | null) =>
  [...(element?.querySelectorAll('[lang]') ?? [])].map((part) => [part.getAttribute('lang'), part.textContent]);

/** The tracker in `lang`, a change to Dropped answered by a host that says `HOST_WORDS`, and the note shown. */
async function answered(lang: string, endpoint: { status: number; refuseRecord?: boolean }) {
  const body = JSON.stringify({ error: HOST_WORDS });
  const tracker = await editableTracker(respondUrl({ ...endpoint, body }), { lang });
  await saveStatus(tracker, 'Due yesterday', 'dropped');
  await until(() => textOf(noteOf(tracker)).includes(HOST_WORDS), 'the row quotes the host');
  await until(() => textOf(statusOf(tracker)).includes(HOST_WORDS), 'the status region quotes the host');
  return tracker;
}

describe('<action-tracker editable>: the host’s words in another language', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  it('a refusal: the host’s English words are marked lang="en" on the Welsh row and status region, no more', async () => {
    const tracker = await answered('cy', { status: 422, refuseRecord: true });
    for (const element of [noteOf(tracker), statusOf(tracker)]) {
      expect(marked(element)).to.deep.equal([['en', HOST_WORDS]]);
      // The rest of the sentence is Welsh: outside the span, in the element's own language.
      expect(textOf(element).replace(HOST_WORDS, '')).to.contain('gweinydd');
    }
  });

  it('kept waiting with the host’s words: marked lang="en" on the Welsh row and status region', async () => {
    // A 4xx that names no record: kept on the device, with the host's words.
    const tracker = await answered('cy', { status: 422 });
    expect(marked(noteOf(tracker))).to.deep.equal([['en', HOST_WORDS]]);
    expect(marked(statusOf(tracker))).to.deep.equal([['en', HOST_WORDS]]);
  });

  it('an English tracker marks nothing', async () => {
    const tracker = await answered('en', { status: 422, refuseRecord: true });
    expect(marked(noteOf(tracker))).to.deep.equal([]);
    expect(marked(statusOf(tracker))).to.deep.equal([]);
  });
});
