// A long write (an import) holds one transaction open across many event-loop turns; other writes wait for it here
// instead of slipping into that transaction. Reads go on, on the same connection.
export class WriteGate {
  private held: Promise<void> | null = null;

  /** Resolves when no long write is under way. */
  async whenFree(): Promise<void> {
    while (this.held) await this.held;
  }

  get busy(): boolean {
    return this.held !== null;
  }

  /** Waits for the gate to be free and holds it, with no other write slipping in between. */
  async acquire(): Promise<() => void> {
    while (this.held) await this.held;
    return this.hold();
  }

  /** Holds the gate until the returned function is called (once; a second call does nothing). */
  hold(): () => void {
    if (this.held) throw new Error('The write gate is already held');
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.held = held;
    return () => {
      if (this.held !== held) return;
      this.held = null;
      release();
    };
  }
}
