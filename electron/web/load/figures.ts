// What a load run measures, summed up: percentiles of times, and each listening desk's notices matched with the writes
// they tell of.

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentilesOf(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return {
    n: sorted.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
  };
}

/** A write a desk had answered: what the notices of it are matched against. */
export interface AnsweredWrite {
  method: string;
  answeredAt: number;
}

export interface HeardNotice {
  method: string;
  heardAt: number;
}

export interface NoticeDelivery {
  /** Notices expected: each answered write, once for every other listening desk. */
  expected: number;
  delivered: number;
  /** Expected and never heard. */
  missing: number;
  /** Heard in another order or of another write than expected, or heard more often than written. */
  mismatched: number;
  /** From the writer's answer to the listener hearing it; a notice heard before the writer had its answer counts 0. */
  latency: Percentiles;
  /** How many notices came before the writer had its answer (the host sends the notice first). */
  beforeTheAnswer: number;
}

/**
 * Matches what each listener heard from each writer with what that writer wrote, in order: a desk writes one call at a
 * time and the host sends a writer's notices in the order of its writes, so the i-th notice heard from a writer is of
 * its i-th write.
 */
export function matchNotices(
  writes: ReadonlyMap<string, readonly AnsweredWrite[]>,
  heard: ReadonlyArray<{ listener: string; from: ReadonlyMap<string, readonly HeardNotice[]> }>,
): NoticeDelivery {
  let expected = 0;
  let delivered = 0;
  let missing = 0;
  let mismatched = 0;
  let beforeTheAnswer = 0;
  const latencies: number[] = [];
  for (const { listener, from } of heard) {
    for (const [writer, written] of writes) {
      if (writer === listener) continue;
      const notices = from.get(writer) ?? [];
      expected += written.length;
      for (let i = 0; i < Math.max(written.length, notices.length); i++) {
        const write = written[i];
        const notice = notices[i];
        if (!write) mismatched += 1;
        else if (!notice) missing += 1;
        else if (notice.method !== write.method) mismatched += 1;
        else {
          delivered += 1;
          const latency = notice.heardAt - write.answeredAt;
          if (latency < 0) beforeTheAnswer += 1;
          latencies.push(Math.max(0, latency));
        }
      }
    }
  }
  return { expected, delivered, missing, mismatched, latency: percentilesOf(latencies), beforeTheAnswer };
}
