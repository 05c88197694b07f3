/**
 * An action's change the host refuses names the field it is about after why, in the page's language: a 403
 * `not-permitted` at `action.by` (the person changing it may not), and a 422 `completed-in-future` at
 * `action.completed` (the host's day is before the page's), as partnership-kit/server sends them. Before, the
 * outbox kept only the reason and its values, and the row said why but not which field.
 */
import { expect } from '@open-wc/testing';
import { boundaryDocument } from '../../fixtures/documents.js';
import { respondUrl, untilShows } from '../../fixtures/probe-element.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/names.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { editableTracker, saveStatus } from './editable-tracker.js';

/** partnership-kit/server's refusal of a change: its reason and values, the field's path, and the problem there. */
function refusalBody(reason: string, values: Record<string, unknown>, path: string): string {
  const error = 'English words of the host.';
  return JSON.stringify({ error, reason, values, path, problems: [{ path, code: reason, values, message: error }] });
}

describe('<action-tracker>: a refused change names the field it is about', () => {
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`a 403 not-permitted names who made the change (${lang})`, async () => {
      const values = { person: 'p-chair', action: 'A-overdue' };
      const body = refusalBody('not-permitted', values, 'action.by');
      const tracker = await editableTracker(respondUrl({ refuseRecord: true, status: 403, body }), { lang });
      await saveStatus(tracker, 'Due yesterday', 'dropped');
      const names = { ...namesIn(boundaryDocument() as PartnershipDocument, words), action: () => 'Due yesterday' };
      const why = words.refusals['not-permitted'](values, names);
      await untilShows(
        tracker,
        words.actions.rolledBack('Due yesterday', `${why} ${words.shared.refusedAt['action.by']}`),
      );
    });

    it(`a 422 completed-in-future names the completion date (${lang})`, async () => {
      // The page's today is 10 December, which the date fields start from; the host's clock is still on the 9th
      // (a page whose today is a day ahead, or a host that has not reached midnight), so the date is to come.
      const values = { action: 'A-overdue', completed: '2019-12-10', today: '2019-12-09' };
      const body = refusalBody('completed-in-future', values, 'action.completed');
      const tracker = await editableTracker(respondUrl({ refuseRecord: true, status: 422, body }), { lang });
      await saveStatus(tracker, 'Due yesterday', 'done');
      // The reason says the date may not be to come, naming no value: the field says which date.
      const why = words.refusals['completed-in-future']();
      await untilShows(
        tracker,
        words.actions.rolledBack('Due yesterday', `${why} ${words.shared.refusedAt['action.completed']}`),
      );
      // The Welsh reason said the record's English field name ("Ni all completed fod …"), where the page says
      // "dyddiad cwblhau" everywhere else.
      if (lang === 'cy') expect(why).not.to.match(/\bcompleted\b/);
    });
  }
});
