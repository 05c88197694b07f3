/**
 * An <action-tracker editable> for the tests of its editors: the boundary
 * document's board, fetched (so a change goes through the outbox), edited by
 * the chair unless `attrs` say otherwise; an action's row, and a status saved
 * in its editor; the editor's status radios, and a status chosen in them.
 */
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import { documentUrl, respondUrl, untilShows } from '../../fixtures/probe-element.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

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

/** The row of the action titled `title`; throws, naming the title, when the tracker shows none. */
export function actionRow(tracker: ActionTracker, title: string): HTMLTableRowElement {
  const row = [...shadowOf(tracker).querySelectorAll<HTMLTableRowElement>('tbody tr')].find(
    (r) => textOf(r.querySelector('.action-title')) === title,
  );
  if (!row) throw new Error(`no row for "${title}"`);
  return row;
}

/** Chooses `status` in the editor of the action titled `title` and presses its Save, as the editor does. */
export async function saveStatus(tracker: ActionTracker, title: string, status: string): Promise<void> {
  chooseStatus(actionRow(tracker, title), status);
  await tracker.updateComplete;
  actionRow(tracker, title).querySelector<HTMLButtonElement>('.edit button')!.click();
}

/** The status radios of the editor in `scope` (an action's row, card or editor), in their order. */
export function statusRadios(scope: ParentNode | null | undefined): HTMLInputElement[] {
  const radios = [...(scope?.querySelectorAll<HTMLInputElement>('.edit input[type=radio]') ?? [])];
  if (radios.length === 0) throw new Error('no status radios here');
  return radios;
}

/** Chooses `status` in the editor in `scope` as a person does: a click on its radio (input and change follow). */
export function chooseStatus(scope: ParentNode | null | undefined, status: string): void {
  const radios = statusRadios(scope);
  const radio = radios.find((r) => r.value === status);
  if (!radio) throw new Error(`no status radio "${status}": ${radios.map((r) => r.value).join(', ')}`);
  radio.click();
}

/** The status checked in the editor in `scope`: what Save would send. */
export function chosenStatus(scope: ParentNode | null | undefined): string | undefined {
  return statusRadios(scope).find((r) => r.checked)?.value;
}
