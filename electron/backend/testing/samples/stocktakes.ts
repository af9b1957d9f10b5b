// Sample inputs of stock-taking: a part of its own in a bin of its own, and two count sheets of that bin being counted
// (one counted, to post; one to cancel), made once by an inventory clerk and made again when a sample posted or
// cancelled them.
import type Database from 'better-sqlite3';
import { lazyCalls, ref, type DomainSamples } from './types';

const PART = 'SAMPLE-PD-01';
const BIN = 'PD-SAMPLE';
const SHEETS = ['counted', 'fresh'] as const;

async function prepare(t: Parameters<NonNullable<DomainSamples<'stocktakes'>['prepare']>>[0], side: Database.Database) {
  const ok = lazyCalls(t, ['inventory_clerk']);
  let partId = side.prepare('SELECT id FROM parts WHERE code = ?').pluck().get(PART) as number | undefined;
  if (partId === undefined) {
    partId = (await ok('parts.create', { code: PART, name: '样例盘点继电器', unit: '个', bin: BIN })).id;
    await ok('stock.receive', { partId, quantity: 8, unitCostFen: 900 });
  }
  // Counting sheets of the sample bin, newest first: the sheet counted (to post) is marked by its count.
  const counting = () =>
    side
      .prepare(
        `SELECT t.id, t.version, l.counted FROM stocktakes t JOIN stocktake_lines l ON l.stocktake_id = t.id AND l.part_id = ?
         WHERE t.state = 'counting' AND t.bins = ? ORDER BY t.id DESC`,
      )
      .all(partId, JSON.stringify([BIN])) as Array<{ id: number; version: number; counted: number | null }>;
  const refs: Record<string, number> = { 'stocktakes.partId': partId };
  for (const stage of SHEETS) {
    const find = () => counting().find((sheet) => (stage === 'counted') === (sheet.counted !== null));
    if (!find()) {
      const sheet = await ok('stocktakes.create', { bins: [BIN], showBook: true });
      if (stage === 'counted') await ok('stocktakes.count', { id: sheet.id, version: sheet.version, lines: [{ partId, counted: 7 }] });
    }
    const sheet = find()!;
    refs[`stocktakes.${stage}Id`] = sheet.id;
    refs[`stocktakes.${stage}Version`] = sheet.version;
  }
  return refs;
}

export const stocktakesSamples: DomainSamples<'stocktakes'> = {
  inputs: {
    'stocktakes.create': () => ({ bins: [BIN], showBook: false }),
    'stocktakes.get': (c) => ({ id: ref(c, 'stocktakes.countedId') }),
    'stocktakes.list': () => ({ state: 'counting', limit: 20 }),
    'stocktakes.count': (c) => ({ id: ref(c, 'stocktakes.freshId'), version: ref(c, 'stocktakes.freshVersion'), lines: [{ partId: ref(c, 'stocktakes.partId'), counted: '８' }] }),
    'stocktakes.post': (c) => ({ id: ref(c, 'stocktakes.countedId'), version: ref(c, 'stocktakes.countedVersion'), reason: '样例月末盘点' }),
    'stocktakes.cancel': (c) => ({ id: ref(c, 'stocktakes.freshId'), version: ref(c, 'stocktakes.freshVersion'), reason: '样例作废' }),
  },
  prepare,
};
