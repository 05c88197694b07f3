/**
 * An <action-tracker editable> for the tests of its editors: the boundary
 * document's board, fetched (so a change goes through the outbox), edited by
 * the chair unless `attrs` say otherwise.
 */
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import { documentUrl, respondUrl, untilShows } from '../../fixtures/probe-element.js';
import { showElement } from '../../fixtures/risk-action-helpers.js';

/** The tracker sending to `endpoint` (by default one that accepts), once it shows the board's actions. */
export async function editableTracker(
  endpoint = respondUrl({ status: 201, body: '{}' }),
  attrs: Record<string, string> = {},
): Promise<ActionTracker> {
  const tracker = await showElement<ActionTracker>('action-tracker', {
    src: documentUrl(boundaryDocument()),
    group: 'board',
    today: '2019-12-10',
    editable: '',
    editor: 'p-chair',
    endpoint,
    ...attrs,
  });
  await untilShows(tracker, 'Due yesterday');
  return tracker;
}
