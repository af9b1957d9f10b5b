// Bench of the import: a generated CSV of customers, contacts and equipment, previewed and imported through invoke.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import type { ImportProgress } from '../../shared/api/import';
import { benchImportUnderLoad, importLoadMarkdown } from './import-load';

const COMPANIES = ['华通', '恒信', '申达', '远景', '博瑞', '嘉禾', '中联', '瑞丰', '金桥', '新锐', '永安', '宏远'];
const KINDS = ['科技有限公司', '电子股份有限公司', '通信工程公司', '数据服务中心', '物业管理有限公司'];
const CITIES = ['上海', '北京', '广州', '深圳', '杭州', '南京', '苏州', '成都'];
const PEOPLE = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨帆', '赵磊', '黄丽'];
const MODELS = ['DS-7608N-K2', 'iDS-7216HQHI', 'HY-UPS-3000', 'NVR-4432', 'AC-2100'];

/** A file of `rows` rows, two to a customer; `first` numbers them on from an earlier file's, so no name or serial repeats. */
export function importCsv(rows: number, first = 0): string {
  const lines = ['客户名称,客户类型,地区,联系人,联系电话,安装地点,型号,序列号,验收合格日期,保修截止'];
  for (let i = first; i < first + rows; i++) {
    const customer = Math.floor(i / 2);
    const city = CITIES[customer % CITIES.length]!;
    const name = `${city}${COMPANIES[customer % COMPANIES.length]}${KINDS[customer % KINDS.length]}${customer}`;
    const phone = i % 3 === 0 ? `0${21 + (customer % 50)}-${String(60000000 + customer).slice(0, 4)} ${String(customer).padStart(4, '0')}` : `1${38 + (customer % 10)} ${String(10000000 + customer).slice(0, 4)} ${String(customer % 10000).padStart(4, '0')}`;
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      [name, '单位', city, PEOPLE[customer % PEOPLE.length], phone, `${i % 2 ? '二' : '一'}号机房`, MODELS[i % MODELS.length], `SN${String(i).padStart(8, '0')}`, `2025-${month}-15`, `2027-${month}-14`].join(','),
    );
  }
  return lines.join('\n');
}

export interface ImportFigures {
  rows: number;
  previewSeconds: number;
  commitSeconds: number;
  rowsPerSecond: number;
  created: ImportProgress['created'];
}

export async function benchImport(rows: number): Promise<ImportFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-import-'));
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  try {
    const session = backend.newSession();
    const setup = await backend.invoke(session, 'auth.setup', { centerName: '基准', username: 'admin', displayName: '管理员', password: 'bench-pass-1' });
    if (!setup.ok) throw new Error(setup.error.message);
    const contentBase64 = Buffer.from(importCsv(rows)).toString('base64');
    const t0 = performance.now();
    const preview = await backend.invoke(session, 'import.preview', { fileName: 'bench.csv', contentBase64 });
    const t1 = performance.now();
    if (!preview.ok) throw new Error(preview.error.message);
    const { mapping, invalidRows } = preview.value as { mapping: Record<string, number>; invalidRows: unknown[] };
    if (invalidRows.length > 0) throw new Error(`${invalidRows.length} generated rows were refused`);
    const t2 = performance.now();
    let progress = await backend.invoke(session, 'import.commit', { fileName: 'bench.csv', contentBase64, mapping });
    while (progress.ok && (progress.value as ImportProgress).state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = await backend.invoke(session, 'import.progress', { jobId: (progress.value as ImportProgress).jobId });
    }
    const t3 = performance.now();
    if (!progress.ok) throw new Error(progress.error.message);
    const done = progress.value as ImportProgress;
    if (done.state !== 'done') throw new Error(`the import ${done.state}: ${done.error ?? ''}`);
    const commitSeconds = (t3 - t2) / 1000;
    return { rows, previewSeconds: (t1 - t0) / 1000, commitSeconds, rowsPerSecond: rows / commitSeconds, created: done.created };
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runImportBench(rows: number, loadRows: number): Promise<string> {
  const figures = await benchImport(rows);
  const load = await benchImportUnderLoad(loadRows);
  const goal = 20_000;
  const markdown = [
    '# Import: CSV of customers, contacts and equipment through invoke',
    '',
    `Measured ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}.`,
    '',
    '| rows | preview (s) | import (s) | rows/s | goal | met | created |',
    '|---:|---:|---:|---:|---|---|---|',
    `| ${figures.rows} | ${figures.previewSeconds.toFixed(2)} | ${figures.commitSeconds.toFixed(2)} | ${Math.round(figures.rowsPerSecond)} | ≥ ${goal} rows/s | ${figures.rowsPerSecond >= goal ? 'yes' : 'NO'} | ${figures.created.customers} customers, ${figures.created.contacts} contacts, ${figures.created.equipment} equipment |`,
    '',
    importLoadMarkdown(load),
  ].join('\n');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/import.json', JSON.stringify({ measuredAt: new Date().toISOString(), goalRowsPerSecond: goal, ...figures, underLoad: load }, null, 2));
  writeFileSync('bench-results/import.md', markdown);
  return markdown;
}
