// An import stalls nobody (issue 22): while a large file is previewed and imported, other calls are answered all along,
// not once the import lets go. Other desks' searches are asked back to back meanwhile; the longest wait between two
// answers is compared with the import's own time, so the test holds on a slow machine as on a fast one.
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../shared/api/import';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

const ROWS = 20_000;

function bigFile(first: number): string {
  const rows = Array.from({ length: ROWS }, (_, n) => {
    const i = first + n;
    return `华东${i}号数据中心有限公司,单位,上海,王工${i % 50},021-6${String(1000000 + i)},DS-${i % 9},SN-${i},2025-03-01,2027-02-28`;
  });
  return ['客户名称,客户类型,地区,联系人,联系电话,型号,序列号,验收日期,保修截止', ...rows].join('\n');
}

/** Searches back to back until `work` settles; the times between answers, and how many came while it ran. */
async function searchWhile(search: () => Promise<unknown>, work: Promise<unknown>): Promise<{ answers: number; longestGap: number }> {
  let done = false;
  void work.then(
    () => (done = true),
    () => (done = true),
  );
  let answers = 0;
  let longestGap = 0;
  let last = performance.now();
  while (!done) {
    // Each search comes as a request does, in a turn of the event loop of its own.
    await new Promise((resolve) => setImmediate(resolve));
    await search();
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    answers += 1;
  }
  await work;
  return { answers, longestGap };
}

describe('an import stalls nobody', () => {
  it(`answers searches all along while ${ROWS.toLocaleString('en')} rows are previewed and imported`, async () => {
    const t = await createTestBackend();
    opened.push(t);
    const info = await t.signInAs(['info_manager']);
    const agent = await t.signInAs(['agent']);
    const contentBase64 = (text: string) => Buffer.from(text).toString('base64');
    const search = () => t.expectOk(agent, 'customers.search', { query: '华东1', limit: 20 });
    await t.expectOk(info, 'import.commit', { fileName: 'first.csv', contentBase64: contentBase64(bigFile(0).split('\n').slice(0, 900).join('\n')), mapping: { 'customer.name': 0, 'customer.kind': 1 } });

    const file = contentBase64(bigFile(1_000_000));
    const previewStarted = performance.now();
    const previewing = t.expectOk(info, 'import.preview', { fileName: 'big.csv', contentBase64: file });
    const duringPreview = await searchWhile(search, previewing);
    const previewMs = performance.now() - previewStarted;
    const preview = await previewing;
    expect(preview.validRowCount).toBe(ROWS);

    const importStarted = performance.now();
    const importing = (async () => {
      let progress: ImportProgress = await t.expectOk(info, 'import.commit', { fileName: 'big.csv', contentBase64: file, mapping: preview.mapping });
      while (progress.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        progress = await t.expectOk(info, 'import.progress', { jobId: progress.jobId });
      }
      return progress;
    })();
    const duringImport = await searchWhile(search, importing);
    const importMs = performance.now() - importStarted;
    expect(await importing).toMatchObject({ state: 'done', created: { customers: ROWS, equipment: ROWS } });

    // Read and checked on the main thread in one go, the file held every search until the preview ended: one answer,
    // a gap as long as the preview. Read in a worker and planned in slices, searches go on throughout.
    expect(duringPreview.answers).toBeGreaterThan(20);
    expect(duringPreview.longestGap).toBeLessThan(previewMs / 4);
    expect(duringImport.answers).toBeGreaterThan(50);
    expect(duringImport.longestGap).toBeLessThan(importMs / 8);
    expect((await search()).items.length).toBeGreaterThan(0);
  }, 120_000);
});
