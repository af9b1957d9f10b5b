// Sign-in attempts per client address: a sliding minute, on top of the per-account lockout of the back end.
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit = 20,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  allow(client: string): boolean {
    const now = this.now();
    const recent = (this.attempts.get(client) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(client, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(client, recent);
    return true;
  }
}
