/**
 * The quorum indicator's clock: while no `now` is set, it re-renders its host
 * every half minute, so "quorum now" moves when the meeting starts and ends
 * with no change to the document.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const TICK_MS = 30_000;

export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host follows the device's clock (no fixed `now`). */
    private readonly ticking: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (this.ticking()) this.host.requestUpdate();
    }, TICK_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
