/** Counts events per key in a sliding one-minute window; `allow` records the event when it is allowed. */
export class PerMinuteLimit {
  private readonly events = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(key: string): boolean {
    const since = this.now() - 60_000
    const recent = (this.events.get(key) ?? []).filter((time) => time > since)
    if (recent.length >= this.limit) {
      this.events.set(key, recent)
      return false
    }
    recent.push(this.now())
    this.events.set(key, recent)
    if (this.events.size > 10_000) this.forgetQuiet(since)
    return true
  }

  private forgetQuiet(since: number): void {
    for (const [key, times] of this.events) if (times.every((time) => time <= since)) this.events.delete(key)
  }
}
