/**
 * Notices when the document an element shows becomes another partnership's: a single-page app, or a portal's
 * script, may give a kept element another partnership's `data`, with the same proposal, meeting and person ids.
 * What the element said, and what the member was choosing, was about the partnership shown before.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentState } from '../../src/data/index.js';

export class PartnershipChange implements ReactiveController {
  /** The `partnership.id` of the document last shown. */
  private shown?: string;

  /**
   * Add it after the element's document source (the base class's), so that it reads the document this render shows.
   * @param changed called before the render of another partnership's document, never for the first one.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly state: () => DocumentState,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const state = this.state();
    if (state.status !== 'ready') return;
    const { id } = state.document.partnership;
    if (this.shown !== undefined && id !== this.shown) this.changed();
    this.shown = id;
  }
}
