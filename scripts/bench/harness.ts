// Timing helpers for `npm run bench`: percentiles of repeated calls, and the report files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentilesOf, type Percentiles } from '../../electron/web/load/figures';

export interface Timing {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export interface Comparison {
  operation: string;
  invoke: Timing;
  raw: Timing;
  /** invoke p95 / raw p95: the API's overhead. */
  ratio: number;
  goal: string;
  met: boolean;
}

export async function measure(iterations: number, fn: (i: number) => unknown, warmup = Math.min(50, iterations)): Promise<Percentiles> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn(i + warmup);
    samples.push(performance.now() - t0);
  }
  return percentilesOf(samples);
}

const ms = (value: number) => value.toFixed(value < 1 ? 3 : 1);

export function markdownTable(title: string, scale: Record<string, number>, rows: Comparison[]): string {
  const lines = [
    `# ${title}`,
    '',
    `Scale: ${Object.entries(scale).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}.`,
    `Measured ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}. Times in ms.`,
    '',
    '| operation | n | invoke p50 | invoke p95 | invoke p99 | raw p50 | raw p95 | raw p99 | ratio (p95) | goal | met |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.operation} | ${r.invoke.n} | ${ms(r.invoke.p50)} | ${ms(r.invoke.p95)} | ${ms(r.invoke.p99)} | ${ms(r.raw.p50)} | ${ms(r.raw.p95)} | ${ms(r.raw.p99)} | ${r.ratio.toFixed(2)} | ${r.goal} | ${r.met ? 'yes' : 'NO'} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}

export function writeReport(name: string, title: string, scale: Record<string, number>, rows: Comparison[]): string {
  const dir = 'bench-results';
  mkdirSync(dir, { recursive: true });
  const markdown = markdownTable(title, scale, rows);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ title, scale, measuredAt: new Date().toISOString(), rows }, null, 2));
  writeFileSync(join(dir, `${name}.md`), markdown);
  return markdown;
}

export { Random } from '../../electron/web/load/random';
