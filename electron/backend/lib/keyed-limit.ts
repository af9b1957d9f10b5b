// At most `limit` tasks at once per key (an account, an address); the rest wait their turn in order. Sign-in uses it so
// fifty parallel guesses at one account are checked one after another, each counted before the next starts.
export class KeyedLimit {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  /** How many tasks of this key run or wait now. */
  load(key: string): number {
    return (this.running.get(key) ?? 0) + (this.waiting.get(key)?.length ?? 0);
  }

  private acquire(key: string): Promise<void> {
    const running = this.running.get(key) ?? 0;
    if (running < this.limit) {
      this.running.set(key, running + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(resolve);
      this.waiting.set(key, queue);
    });
  }

  private release(key: string): void {
    const queue = this.waiting.get(key);
    const next = queue?.shift();
    if (queue && queue.length === 0) this.waiting.delete(key);
    if (next) {
      next(); // the slot passes straight to the next in line
      return;
    }
    const running = (this.running.get(key) ?? 1) - 1;
    if (running === 0) this.running.delete(key);
    else this.running.set(key, running);
  }
}
