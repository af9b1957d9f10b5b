// Failed sign-ins in a sliding minute, on top of the per-account lockout of the back end: per account and client
// address together, and per address whatever the account (one computer trying password after password on many
// accounts). Only failures count: a center's desks may share one address (every desk of the browser mode is
// 127.0.0.1), so one colleague's typos at their own account never refuse another's right password, and the address's
// own budget is far above what a room of people mistyping reaches.
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 20,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly addressLimit = 100,
  ) {}

  /** Whether this address may try this account now: under both budgets of the last window. */
  allow(client: string, username: string): boolean {
    return this.recent(keyOf(client, username)).length < this.limit && this.recent(addressKeyOf(client)).length < this.addressLimit;
  }

  /** Counts a failed sign-in of this address at this account. */
  failed(client: string, username: string): void {
    for (const key of [keyOf(client, username), addressKeyOf(client)]) {
      const recent = this.recent(key);
      recent.push(this.now());
      this.failures.set(key, recent);
    }
  }

  private recent(key: string): number[] {
    const now = this.now();
    const recent = (this.failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}

/** Usernames match without regard to case or surrounding spaces, as sign-in does. */
function keyOf(client: string, username: string): string {
  return `${client}\u0000${username.trim().toLowerCase()}`;
}

/** Every account at once, from one address. */
const addressKeyOf = (client: string) => `${client}\u0001`;

/** The username a sign-in names, for throttling; '' when the body has none (the back end refuses it anyway). */
export function usernameOf(input: unknown): string {
  if (typeof input !== 'object' || input === null) return '';
  const username = (input as { username?: unknown }).username;
  return typeof username === 'string' ? username.slice(0, 200) : '';
}
