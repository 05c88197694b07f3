/**
 * How many records each signed-in person may send a minute. Every page
 * downloads every stored record, and records are never deleted, so one
 * member sending without end (300 votes a second, each with its `ext`) would
 * make every other member's page slow. A clerk checking in a full room sends
 * one record a seat; a member, one a vote.
 */
const MINUTE_MS = 60_000;

export class SendRate {
  private readonly sent = new Map<string, number[]>();

  constructor(
    /** Records a person may send in any minute. */
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a record from `person`; false, counting nothing, when they have sent `perMinute` in the last minute. */
  take(person: string): boolean {
    if (this.perMinute === Number.POSITIVE_INFINITY) return true;
    const now = this.now();
    const recent = (this.sent.get(person) ?? []).filter((at) => at > now - MINUTE_MS);
    if (recent.length >= this.perMinute) {
      this.sent.set(person, recent);
      return false;
    }
    recent.push(now);
    this.sent.set(person, recent);
    if (this.sent.size > 10_000) this.forgetQuiet(now);
    return true;
  }

  /** Seconds until `person` may send again. */
  waitSeconds(person: string): number {
    const oldest = this.sent.get(person)?.[0] ?? this.now();
    return Math.max(1, Math.ceil((oldest + MINUTE_MS - this.now()) / 1000));
  }

  /** Drops the people who sent nothing in the last minute, so the map holds only those sending now. */
  private forgetQuiet(now: number): void {
    for (const [person, times] of this.sent) if (!times.some((at) => at > now - MINUTE_MS)) this.sent.delete(person);
  }
}
