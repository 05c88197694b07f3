/**
 * Whether the reader's system forces its colours (Windows' contrast themes), for an element whose layout depends on
 * it: forced colours draw an edge round controls that colour alone marked, and the edge takes room. The element
 * renders again when the reader turns the theme on or off.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const query = globalThis.matchMedia?.('(forced-colors: active)');

export class ForcedColours implements ReactiveController {
  private readonly changed = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get active(): boolean {
    return query?.matches ?? false;
  }

  hostConnected(): void {
    query?.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    query?.removeEventListener('change', this.changed);
  }
}
