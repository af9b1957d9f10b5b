// Importing the store's parts list (备品备件) from CSV and Excel, and exporting it again: every bad row said with why, one
// transaction (a row that fails leaves nothing behind), each part searchable, opening stock as receipts of the ledger.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, databaseDigest, type TestBackend } from '../../testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function store() {
  const t = await createTestBackend();
  opened.push(t);
  return { t, clerk: await t.signInAs(['inventory_clerk']), info: await t.signInAs(['info_manager']), tech: await t.signInAs(['technician']) };
}

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

const CSV = [
  '编码,名称,规格型号,单位,库位,最低库存,单价,状态,适用型号,备注,期初库存',
  'FU-0032,熔断器,RT18-32 32A,个,A-01,10,3.50,正常,DS-7608N-K2; HY-UPS-3000,,20',
  'CB-0010,网线,CAT6,米,B-02,20.5,2.8,,,整箱拆零,100.25',
  'PW-0001,电源模块,,台,A-02,2,1200,停产,,,',
  'FU-0032,熔断器二,,个,A-01,1,1,,,,',
  'XX-0001,,,个,,,,,,,',
  'XX-0002,继电器,,,,,,,,,',
  'XX-0003,继电器,,个,,1.5,,,,,',
  'XX-0004,继电器,,个,,,12.345,,,,',
  'XX-0005,继电器,,个,,,abc,未知,,,',
  'OLD-01,旧件,,个,,,,,,,',
].join('\n');

describe('importing spare parts', () => {
  it('recognises the Chinese columns and lists every bad row with its reasons', async () => {
    const { t, clerk } = await store();
    await t.expectOk(clerk, 'parts.create', { code: 'old-01', name: '库里已有', unit: '个' });
    const preview = await t.expectOk(clerk, 'import.previewParts', { fileName: '备件.csv', contentBase64: base64(CSV) });
    expect(preview.mapping).toEqual({
      'part.code': 0, 'part.name': 1, 'part.spec': 2, 'part.unit': 3, 'part.bin': 4, 'part.reorderPoint': 5,
      'part.unitCost': 6, 'part.status': 7, 'part.models': 8, 'part.notes': 9, 'part.openingStock': 10,
    });
    expect(preview.rowCount).toBe(10);
    expect(preview.validRowCount).toBe(3);
    expect(preview.openingStockRows).toBe(2);
    expect(preview.invalidRows.map((r) => [r.row, r.issues.map((i) => `${i.path}:${i.key}`)])).toEqual([
      [5, ['part.code:import.partCodeTwice']],
      [6, ['part.name:validation.required']],
      [7, ['part.unit:validation.required']],
      [8, ['part.reorderPoint:validation.quantity.unitDecimals']],
      [9, ['part.unitCost:validation.amount']],
      [10, ['part.unitCost:validation.amount', 'part.status:validation.invalidChoice']],
      [11, ['part.code:validation.partCodeTaken']],
    ]);
    expect(preview.invalidRows[0]!.issues[0]!.params).toEqual({ row: 2 });
  });

  it('imports the valid rows in one transaction: searchable, no stock but the opening stock received through the ledger', async () => {
    const { t, clerk, tech } = await store();
    const preview = await t.expectOk(clerk, 'import.previewParts', { fileName: '备件.csv', contentBase64: base64(CSV) });
    const done = await t.expectOk(clerk, 'import.commitParts', { fileName: '备件.csv', contentBase64: base64(CSV), mapping: preview.mapping });
    expect(done).toMatchObject({ state: 'done', processedRows: 4, totalRows: 4, created: { parts: 4, receipts: 2 } });
    const found = await t.expectOk(tech, 'parts.search', { query: '熔断' });
    expect(found.items.map((p) => [p.code, p.onHand, p.bin, p.reorderPoint])).toEqual([['FU-0032', 20, 'A-01', 10]]);
    const byPinyin = await t.expectOk(tech, 'parts.search', { query: 'dymk' });
    expect(byPinyin.items.map((p) => [p.code, p.status, p.onHand])).toEqual([['PW-0001', 'discontinued', 0]]);
    const cable = await t.expectOk(tech, 'parts.get', { id: (await t.expectOk(tech, 'parts.byCode', { code: 'CB-0010' })).part!.id });
    expect(cable.part).toMatchObject({ unit: '米', decimals: 2, onHand: 100.25, reorderPoint: 20.5, unitCostFen: 280, valueFen: 28070, notes: '整箱拆零' });
    expect(cable.movements.map((m) => [m.kind, m.quantity, m.reason])).toEqual([['receipt', 100.25, '期初库存']]);
    const fuse = await t.expectOk(tech, 'parts.get', { id: found.items[0]!.id });
    expect(fuse.part.models.map((m) => m.model).sort()).toEqual(['DS-7608N-K2', 'HY-UPS-3000']);
  });

  it('reads an Excel file, and refuses a clerk-less caller and a file without a name column', async () => {
    const { t, clerk, info } = await store();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('备件');
    sheet.addRow(['Part code', 'Name', 'Unit', 'Unit cost', 'Reorder point']);
    sheet.addRow(['RL-01', 'Relay', 'pcs', 12.5, 3]);
    sheet.addRow(['RL-02', 'Relay 24V', 'pcs', '8', '']);
    const xlsx = base64(Buffer.from(await workbook.xlsx.writeBuffer()));
    const preview = await t.expectOk(clerk, 'import.previewParts', { fileName: 'parts.xlsx', contentBase64: xlsx });
    expect(preview.mapping).toEqual({ 'part.code': 0, 'part.name': 1, 'part.unit': 2, 'part.unitCost': 3, 'part.reorderPoint': 4 });
    expect(preview.invalidRows).toEqual([]);
    const done = await t.expectOk(clerk, 'import.commitParts', { fileName: 'parts.xlsx', contentBase64: xlsx, mapping: preview.mapping });
    expect(done.created.parts).toBe(2);
    const relay = await t.expectOk(clerk, 'parts.byCode', { code: 'RL-01' });
    expect(relay.part).toMatchObject({ name: 'Relay', averageCostFen: 1250, reorderPoint: 3, onHand: 0 });

    const refused = await t.call(info, 'import.commitParts', { fileName: 'parts.xlsx', contentBase64: xlsx, mapping: preview.mapping });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const noName = await t.call(clerk, 'import.commitParts', { fileName: 'parts.xlsx', contentBase64: xlsx, mapping: { 'part.code': 0, 'part.unit': 2 } });
    expect(noName).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'mapping.part.name', key: 'validation.required' }] } } });
  });

  it('a row that fails while writing rolls the whole import back', async () => {
    const { t, clerk } = await store();
    const side = t.openSideConnection();
    side.exec(`CREATE TRIGGER fail_part BEFORE INSERT ON parts WHEN NEW.code = 'PW-0001' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = databaseDigest(side);
    const preview = await t.expectOk(clerk, 'import.previewParts', { fileName: '备件.csv', contentBase64: base64(CSV) });
    const failed = await t.call(clerk, 'import.commitParts', { fileName: '备件.csv', contentBase64: base64(CSV), mapping: preview.mapping });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(databaseDigest(side)).toBe(before);
    expect(side.prepare('SELECT count(*) FROM parts').pluck().get()).toBe(0);
    expect(side.prepare('SELECT count(*) FROM stock_movements').pluck().get()).toBe(0);
    side.close();
  });
});

describe('exporting spare parts', () => {
  it('writes the filtered list in the import columns, and the file imports again as it is', async () => {
    const { t, clerk } = await store();
    const preview = await t.expectOk(clerk, 'import.previewParts', { fileName: '备件.csv', contentBase64: base64(CSV) });
    await t.expectOk(clerk, 'import.commitParts', { fileName: '备件.csv', contentBase64: base64(CSV), mapping: preview.mapping });

    const binA = await t.expectOk(clerk, 'export.parts', { format: 'csv', bin: 'a-01' });
    expect(binA.rowCount).toBe(1);
    const text = Buffer.from(binA.contentBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeff备件编码,名称,规格型号,单位,库位,最低库存,单价,状态,适用型号,备注,库存数量');
    expect(text.split('\r\n')[1]).toBe('FU-0032,熔断器,RT18-32 32A,个,A-01,10,3.50,正常,DS-7608N-K2; HY-UPS-3000,,20');
    expect((await t.expectOk(clerk, 'export.parts', { format: 'csv', status: 'discontinued' })).rowCount).toBe(1);
    expect((await t.expectOk(clerk, 'export.parts', { format: 'csv', low: true })).rowCount).toBe(1);
    expect((await t.expectOk(clerk, 'export.parts', { format: 'csv', query: '熔断' })).rowCount).toBe(1);

    for (const format of ['xlsx', 'csv'] as const) {
      const all = await t.expectOk(clerk, 'export.parts', { format, language: 'en' });
      expect(all.rowCount).toBe(4);
      const other = await store();
      const again = await other.t.expectOk(other.clerk, 'import.previewParts', { fileName: all.fileName, contentBase64: all.contentBase64 });
      expect(again.invalidRows).toEqual([]);
      await other.t.expectOk(other.clerk, 'import.commitParts', { fileName: all.fileName, contentBase64: all.contentBase64, mapping: again.mapping });
      const exportedAgain = await other.t.expectOk(other.clerk, 'export.parts', { format: 'csv', language: 'en' });
      const original = await t.expectOk(clerk, 'export.parts', { format: 'csv', language: 'en' });
      expect(Buffer.from(exportedAgain.contentBase64, 'base64').toString('utf8')).toBe(Buffer.from(original.contentBase64, 'base64').toString('utf8'));
    }
  });
});
