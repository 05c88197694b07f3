/**
 * An element's clock: the moment its `now` attribute names, running on from
 * when it was set (a host on its own clock, such as a demo replaying a past
 * meeting), else the device's clock. The host re-renders every half minute,
 * so what depends on the time ("quorum now", a closing time drawing near)
 * moves with no change to the document.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isDateTime } from '../../src/contract/index.js';

const TICK_MS = 30_000;

export class ElementClock implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private given?: string;
  private givenAt = Date.now();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's `now` attribute, as written. */
    private readonly nowAttribute: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** `now`, when the host was given a real date-time; else undefined (the device's clock). */
  get set(): string | undefined {
    const value = this.nowAttribute();
    if (value !== this.given) {
      this.given = value;
      this.givenAt = Date.now();
    }
    return value && isDateTime(value) ? value : undefined;
  }

  /** The moment now, as an ISO date-time. */
  get now(): string {
    const set = this.set;
    return set === undefined
      ? new Date().toISOString()
      : new Date(Date.parse(set) + Date.now() - this.givenAt).toISOString();
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.host.requestUpdate(), TICK_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
