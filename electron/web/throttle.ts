// Failed sign-ins per client address: a sliding minute, on top of the per-account lockout of the back end. Only
// failures count: a center's desks may share one address, and colleagues signing in one after another at the start of
// a shift are not an attack; guessing passwords is.
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 20,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this address may try to sign in now (fewer than `limit` failures in the last window). */
  allow(client: string): boolean {
    return this.recent(client).length < this.limit;
  }

  /** Counts a failed sign-in of this address. */
  failed(client: string): void {
    const recent = this.recent(client);
    recent.push(this.now());
    this.failures.set(client, recent);
  }

  private recent(client: string): number[] {
    const now = this.now();
    const recent = (this.failures.get(client) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length === 0) this.failures.delete(client);
    else this.failures.set(client, recent);
    return recent;
  }
}
